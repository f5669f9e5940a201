// A restore took a backup's old addresses (ClaimSlug) and its publication order as the file had them. The claim page
// redirects an old address to its claim's page, so an edited row sent a merged claim's readers, and its links in search
// engines, to another claim's page (or a planted one made up an address for any claim); and the public lists, feeds and
// cursors page by the publication order, so an edited one put an old or withdrawn claim at the head of the home page and
// the search, or a claim's correction before its first verdict. A sequence set back broke every approval after the
// restore on the order's key. Each is now refused in one line before the restore commits, the target unchanged.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BackupError, dumpDatabase, restoreDatabase } from "@/lib/db/backup";
import { withScratchDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";
import { makeUser, publishClaim } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { queryRows } from "@/test/sql";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-slugs-order-"));
let lines: string[] = [];
let first = { id: "", slug: "" };
let second = { id: "", slug: "" };
let merged = { id: "", slug: "" };
/** Each revision's id by claim and number. */
const revisions = new Map<string, string>();

beforeAll(async () => {
  await makeUser({ role: "ADMIN" });
  const editor = await makeUser({ role: "EDITOR" });
  const reviewer = await makeUser({ role: "REVIEWER" });
  const a = await publishClaim(editor, reviewer, { text: "Nga nhận đạn pháo của Triều Tiên trong tháng Mười", kind: "ARMS_TRANSFER", verdict: "CONFIRMED" });
  const b = await publishClaim(editor, reviewer, { text: "Triều Tiên gửi pháo tự hành sang Nga", kind: "OTHER", verdict: "MIXED" });
  const correction = await proposeVerdict(editor, { claimId: b.id, kind: "CORRECTION", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two independent outlets report it.", reason: "A second outlet confirms it.", evidenceIds: [b.evidenceId] });
  await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
  const draft = await createClaim(editor, { text: "Nga nhận đạn pháo Triều Tiên (bản trùng)", kind: "ARMS_TRANSFER" });
  await linkClaims(editor, { fromClaimId: draft.id, toClaimId: a.id, type: "DUPLICATE_OF" });
  const slugs = await queryRows<{ id: string; slug: string }>(process.env.DATABASE_URL!, `SELECT id::text, slug FROM "Claim" WHERE id IN ('${a.id}', '${b.id}', '${draft.id}')`);
  const slugOf = (id: string) => slugs.find((row) => row.id === id)!.slug;
  first = { id: a.id, slug: slugOf(a.id) };
  second = { id: b.id, slug: slugOf(b.id) };
  merged = { id: draft.id, slug: slugOf(draft.id) };
  for (const row of await queryRows<{ key: string; id: string }>(process.env.DATABASE_URL!, `SELECT "claimId" || ':' || number AS key, id::text FROM "ClaimRevision"`)) revisions.set(row.key, row.id);
  const file = path.join(dir, "desk.jsonl.gz");
  await dumpDatabase(process.env.DATABASE_URL!, file);
  lines = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n").filter(Boolean);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, string | null>;
/**
 * The dump with each row of a table passed through its edit (by column name; one returning false drops the row), rows
 * added after a table's, sequence records edited, and the end record's counts kept true, as a backup file.
 */
function tampered(name: string, edits: { rows?: Record<string, (row: Row) => void | false>; add?: Record<string, Row[]>; sequence?: (s: { table: string; lastValue: string }) => void }): string {
  const out: string[] = [];
  let columns: string[] = [];
  let table = "";
  const counts = new Map<string, number>();
  const flushAdded = () => {
    for (const row of edits.add?.[table] ?? []) {
      out.push(JSON.stringify(columns.map((c) => row[c] ?? null)));
      counts.set(table, (counts.get(table) ?? 0) + 1);
    }
  };
  for (const line of lines) {
    const record = JSON.parse(line) as (string | null)[] | { table?: string; columns?: { name: string }[]; sequence?: { table: string; lastValue: string }; end?: true; rows?: Record<string, number> };
    if (Array.isArray(record)) {
      const row = Object.fromEntries(columns.map((c, i) => [c, record[i] ?? null]));
      if (edits.rows?.[table]?.(row) === false) {
        counts.set(table, (counts.get(table) ?? 0) - 1);
        continue;
      }
      out.push(JSON.stringify(columns.map((c) => row[c] ?? null)));
      continue;
    }
    if (record.table || record.sequence || record.end) flushAdded();
    if (record.table) [table, columns] = [record.table, record.columns!.map((c) => c.name)];
    else table = "";
    if (record.sequence) edits.sequence?.(record.sequence);
    if (record.end) for (const [t, n] of counts) record.rows![t] = (record.rows![t] ?? 0) + n;
    out.push(JSON.stringify(record));
  }
  const file = path.join(dir, `${name}.jsonl.gz`);
  fs.writeFileSync(file, zlib.gzipSync(out.join("\n")));
  return file;
}

/** Positions swapped between two revisions (by "claimId:number"). */
function swapped(a: string, b: string): (row: Row) => void {
  const [x, y] = [revisions.get(a)!, revisions.get(b)!];
  const positions = new Map<string, string>();
  for (const line of lines) {
    const record = JSON.parse(line) as unknown;
    if (Array.isArray(record) && (record[0] === x || record[0] === y)) positions.set(record[0] as string, record[1] as string);
  }
  return (row) => {
    if (row.revisionId === x) row.position = positions.get(y)!;
    else if (row.revisionId === y) row.position = positions.get(x)!;
  };
}

describe("restoring a backup whose old addresses or publication order were edited", () => {
  it("refuses each in one line naming it, restores nothing, and restores the desk's own file", async () => {
    const firstVerdict = `${first.id}:1`;
    // The first claim published long ago: the desk's own order, which restores.
    const longAgo = (row: Row) => void (row.id === revisions.get(firstVerdict) && (row.publishedAt = "2026-01-01 00:00:00+00"));
    const cases: [string, string, RegExp][] = [
      ["slug-elsewhere", tampered("slug-elsewhere", { rows: { ClaimSlug: (s) => void (s.claimId = second.id) } }), new RegExp(`the old address ${merged.slug} leads to claim ${second.id}, which no claim of that address was merged into`)],
      ["slug-planted", tampered("slug-planted", { add: { ClaimSlug: [{ slug: "mot-trang-gia", claimId: second.id, createdAt: "2026-12-01 00:00:00+00" }] } }), new RegExp(`the old address mot-trang-gia leads to claim ${second.id}`)],
      ["slug-of-a-live-claim", tampered("slug-of-a-live-claim", { add: { ClaimSlug: [{ slug: second.slug, claimId: first.id, createdAt: "2026-12-01 00:00:00+00" }] } }), new RegExp(`the old address ${second.slug} leads to claim ${first.id}`)],
      ["order-missing", tampered("order-missing", { rows: { PublicationOrder: (o) => (o.revisionId === revisions.get(`${second.id}:2`) ? false : undefined) } }), new RegExp(`revision 2 of claim ${second.id} has no place in the publication order`)],
      ["correction-first", tampered("correction-first", { rows: { PublicationOrder: swapped(`${second.id}:1`, `${second.id}:2`) } }), new RegExp(`revision 2 of claim ${second.id} comes before revision 1 in the publication order`)],
      ["old-claim-at-the-head", tampered("old-claim-at-the-head", { rows: { ClaimRevision: longAgo, PublicationOrder: swapped(firstVerdict, `${second.id}:1`) } }), new RegExp(`revision 1 of claim ${first.id} is placed after revisions published over a day later`)],
    ];
    await withScratchDatabase(inject("serverUrl"), "claimdesk_slugs_order", async (url) => {
      await migrate(url);
      for (const [name, file, reason] of cases) {
        const refusal = restoreDatabase(url, file);
        await expect(refusal, name).rejects.toBeInstanceOf(BackupError);
        await expect(refusal, name).rejects.toThrow(reason);
        await expect(refusal, name).rejects.toThrow(/^[^\n]*: refused, it breaks a rule the desk keeps: [^\n]*; nothing was restored\.$/);
      }
      const setBack = restoreDatabase(url, tampered("sequence-set-back", { sequence: (s) => void (s.table === "PublicationOrder" && (s.lastValue = "1")) }));
      await expect(setBack).rejects.toThrow(/: damaged \(the sequence of PublicationOrder\.position gives a value the table holds already\); nothing was restored\.$/);
      expect(await queryRows(url, `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }]);
      await expect(restoreDatabase(url, tampered("whole", { rows: { ClaimRevision: longAgo } }))).resolves.toMatchObject({ rows: expect.objectContaining({ ClaimSlug: 1, PublicationOrder: 3 }) });
      expect(await queryRows(url, `SELECT slug, "claimId"::text AS "claimId" FROM "ClaimSlug"`)).toEqual([{ slug: merged.slug, claimId: first.id }]);
    });
  }, 120_000);
});
