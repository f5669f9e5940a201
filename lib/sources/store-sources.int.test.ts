// A batch's articles and their audit events are written by one INSERT each (rows as JSON read with the columns'
// types): every field of every parsed article reads back as parsed, and the events in the articles' order.
import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser } from "@/test/factories";
import { parseImport } from "./parse-import";
import { fingerprintOf, publishedOnOf, storeParsedFiles } from "./store-sources";
import { foldDiacritics } from "./normalize";

beforeEach(clearSources);

describe("storeParsedFiles", () => {
  it("stores each article's fields as parsed (dates, blocks, warnings, dossier order, nulls) and one audit event each, in order", async () => {
    const editor = await makeUser();
    const name = "dossier-the-chien-quoc-bac-trieu-tien-1.txt";
    const text = fs.readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), "utf8");
    const sources = parseImport(text, name);
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.some((s) => s.publishedAt === null || s.author === null)).toBe(true); // nulls travel too
    const outcomes = await storeParsedFiles([{ fileName: name, text, sources }], { importedById: editor.id, ip: "203.0.113.9" });
    const ids = outcomes.map((o) => o.id);
    const stored = await getDb().source.findMany({ where: { id: { in: ids } } });
    const byId = new Map(stored.map((s) => [s.id, s]));
    sources.forEach((source, i) => {
      const row = byId.get(ids[i]!)!;
      expect(row).toMatchObject({
        title: source.title, publishedAt: source.publishedAt, datePrecision: source.datePrecision, agency: source.agency, outlet: source.outlet,
        author: source.author, url: source.url, language: source.language, body: source.body, blocks: source.blocks, raw: source.raw,
        contentHash: source.contentHash, fingerprint: fingerprintOf(source.body), titleFolded: foldDiacritics(source.title ?? ""),
        warnings: source.warningCodes, sourceFile: name, dossierIndex: source.dossierIndex ?? i + 1, importedById: editor.id, version: 1, bodyVersion: 1,
      });
      expect(row.publishedOn?.toISOString().slice(0, 10) ?? null).toBe(publishedOnOf(source.publishedAt)?.toISOString().slice(0, 10) ?? null);
      expect(row.dossierId).not.toBeNull();
      expect(row.updatedAt.getTime()).toBe(row.createdAt.getTime());
    });
    const events = await getDb().auditEvent.findMany({ where: { action: "source.import", objectId: { in: ids } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.objectId)).toEqual(ids);
    expect(events[0]).toMatchObject({ actorId: editor.id, objectType: "Source", ip: "203.0.113.9", before: null, after: { title: sources[0]!.title, contentHash: sources[0]!.contentHash } });
  });
});
