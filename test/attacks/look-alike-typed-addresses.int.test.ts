// An address an editor types (the import preview's address field, the source page's, an external reference's) was
// stored as the browser sent it, so "https://www.rеuters.com/…" with a Cyrillic "е" reached the database as Reuters'
// address while an import stores a capture's look-alike host in its ASCII form. The server stores each in that form,
// whatever the browser sent; an honest international name is kept as typed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addEvidence } from "@/lib/claims/add-evidence";
import { updateSourceMetadata } from "@/lib/sources/update-source";
import { importRequestSchema } from "@/lib/sources/schemas";
import { makeUser, publishClaim } from "@/test/factories";

const LOOK_ALIKE = "https://www.r\u0435uters.com/world/shells-2026-12-01/";
const DOTTED = "https://www.r\u1eb9uters.com/world/shells-2026-12-01/";
const ASCII = "https://www.xn--ruters-3of.com/world/shells-2026-12-01/";
const HONEST = "https://báo.vn/thoi-su/dan-phao.html";

async function source() {
  return getDb().source.create({
    data: { title: `Bản chụp ${randomUUID()}`, url: null, language: "vi", body: "Nội dung.", blocks: [{ kind: "paragraph", text: "Nội dung." }], raw: "Nội dung.", contentHash: randomUUID(), fingerprint: randomUUID() },
    select: { id: true, version: true },
  });
}

describe("an address an editor types with a look-alike host", () => {
  it("is stored in its ASCII form from the source page's field", async () => {
    const editor = await makeUser();
    for (const [typed, stored] of [[LOOK_ALIKE, ASCII], [DOTTED, null], [HONEST, HONEST]] as const) {
      const row = await source();
      await updateSourceMetadata(editor, { id: row.id, version: row.version, title: "Bản chụp", url: typed });
      const { url } = await getDb().source.findUniqueOrThrow({ where: { id: row.id }, select: { url: true } });
      if (stored === null) expect(url, typed).toMatch(/^https:\/\/www\.xn--[a-z0-9-]+\.com\/world\/shells-2026-12-01\/$/);
      else expect(url, typed).toBe(stored);
    }
  });

  it("is warned of when an outlet is named over it, and the warning goes once the address is an honest one", async () => {
    const editor = await makeUser();
    const row = await source();
    const saved = await updateSourceMetadata(editor, { id: row.id, version: row.version, title: "Bản chụp", outlet: "Reuters", url: LOOK_ALIKE });
    const warningsOf = async () => (await getDb().source.findUniqueOrThrow({ where: { id: row.id }, select: { warnings: true } })).warnings as { code: string; params: Record<string, string> }[];
    expect(await warningsOf()).toContainEqual({ code: "lookAlikeAddress", params: { outlet: "Reuters", host: "www.xn--ruters-3of.com" } });
    await updateSourceMetadata(editor, { id: row.id, version: saved.version, title: "Bản chụp", outlet: "Reuters", url: "https://www.reuters.com/world/shells-2026-12-01/" });
    expect((await warningsOf()).map((w) => w.code)).not.toContain("lookAlikeAddress");
  });

  it("is stored in its ASCII form from the import preview's field", () => {
    const request = importRequestSchema.parse({ fileName: "a.txt", text: "Bài\n\nNội dung.", overrides: [{ index: 0, url: LOOK_ALIKE }, { index: 1, url: HONEST }] });
    expect(request.overrides.map((o) => o.url)).toEqual([ASCII, HONEST]);
  });

  it("is stored in its ASCII form as an external reference's address", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const claim = await publishClaim(editor, reviewer, { text: `Tàu chở đạn pháo ${randomUUID()}`, kind: "OTHER" });
    const fake = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: LOOK_ALIKE, title: "Wire" });
    const honest = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: HONEST, title: "Báo" });
    const stored = await getDb().evidence.findMany({ where: { id: { in: [fake.id, honest.id] } }, select: { id: true, url: true } });
    expect(stored.find((e) => e.id === fake.id)?.url).toBe(ASCII);
    expect(stored.find((e) => e.id === honest.id)?.url).toBe(HONEST);
  });
});
