// A restore loads a backup with the tables' triggers off (replayed row by row they would refuse the desk's own
// history), so a backup edited before it is restored could hold what the triggers never let in: a review by the
// proposal's author or by an account its author created, a revision that publishes what no reviewer approved or
// skips a number, a claim showing a verdict no revision gave, an account confirmed by itself, a desk with no admin.
// The rows are now read against those rules before the restore commits: the first breach is named in one line and
// the target is left as it was. The untouched dump still restores.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BackupError, dumpDatabase, restoreDatabase } from "@/lib/db/backup";
import { withScratchDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";
import { makeUser, publishClaim } from "@/test/factories";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { queryRows } from "@/test/sql";
import { backupLines, editedBackup } from "@/test/backup-edit";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-invariants-"));
let lines: string[] = [];
let claimId = "";
let editorId = "";
let reviewerId = "";
let adminId = "";

beforeAll(async () => {
  const admin = await makeUser({ role: "ADMIN" });
  const editor = await makeUser({ role: "EDITOR" });
  const reviewer = await makeUser({ role: "REVIEWER" });
  [adminId, editorId, reviewerId] = [admin.id, editor.id, reviewer.id];
  claimId = (await publishClaim(editor, reviewer, { text: "Nga nhận đạn pháo của Triều Tiên trong tháng Mười", kind: "ARMS_TRANSFER", verdict: "CONFIRMED" })).id;
  const file = path.join(dir, "desk.jsonl.gz");
  await dumpDatabase(process.env.DATABASE_URL!, file);
  lines = backupLines(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The dump with each row of `table` passed through `edit` (by column name), as a backup file. */
const tampered = (name: string, edits: Parameters<typeof editedBackup>[2]): string => editedBackup(lines, path.join(dir, `${name}.jsonl.gz`), edits);

describe("restoring a backup whose rows break the desk's rules", () => {
  it("refuses each breach in one line naming it, and restores nothing", async () => {
    const cases: [string, string, RegExp][] = [
      [
        "self-review",
        tampered("self-review", { Review: (r) => void (r.reviewerId = editorId) }),
        /review [0-9a-f-]{36} of proposal [0-9a-f-]{36} is by the proposal's author/,
      ],
      ["created-by-author", tampered("created-by-author", { User: (u) => void (u.id === reviewerId && (u.createdById = editorId)) }), /review [0-9a-f-]{36} of proposal [0-9a-f-]{36} is by an account created by its author's or that created it/],
      ["creator-loop", tampered("creator-loop", { User: (u) => void (u.id === editorId && (u.createdById = editorId)) }), new RegExp(`account ${editorId} is up its own chain of creators`)],
      [
        "self-confirmed",
        tampered("self-confirmed", { User: (u) => void (u.id === reviewerId && ((u.heldConfirmedById = reviewerId), (u.heldConfirmedAt = "2026-12-01 00:00:00+00"))) }),
        new RegExp(`account ${reviewerId} is confirmed as held by its own person by itself`),
      ],
      ["no-admin", tampered("no-admin", { User: (u) => void (u.role === "ADMIN" && (u.role = "EDITOR")) }), /the desk has accounts but no active admin/],
      ["admin-inactive", tampered("admin-inactive", { User: (u) => void (u.id === adminId && (u.isActive = "f")) }), /the desk has accounts but no active admin/],
      [
        "revision-text",
        tampered("revision-text", { ClaimRevision: (r) => void (r.snapshot = r.snapshot!.replace("Nga nhận", "Mỹ nhận")) }),
        new RegExp(`revision 1 of claim ${claimId} is not its approved proposal's`),
      ],
      ["revision-verdict", tampered("revision-verdict", { ClaimRevision: (r) => void (r.verdict = "FALSE"), Claim: (c) => void (c.id === claimId && (c.verdict = "FALSE")) }), new RegExp(`revision 1 of claim ${claimId} is not its approved proposal's`)],
      ["revision-gap", tampered("revision-gap", { ClaimRevision: (r) => void (r.number = "2"), Claim: (c) => void (c.id === claimId && (c.revision = "2")) }), new RegExp(`the revisions of claim ${claimId} are not numbered 1 to 1 without a gap`)],
      ["claim-verdict", tampered("claim-verdict", { Claim: (c) => void (c.id === claimId && (c.verdict = "FALSE")) }), new RegExp(`claim ${claimId} shows revision 1 as published, not its latest revision's`)],
    ];
    await withScratchDatabase(inject("serverUrl"), "claimdesk_invariants", async (url) => {
      await migrate(url);
      const before = await queryRows(url, `SELECT task FROM "PendingUpkeep" ORDER BY task`);
      for (const [name, file, reason] of cases) {
        const refusal = restoreDatabase(url, file);
        await expect(refusal, name).rejects.toBeInstanceOf(BackupError);
        await expect(refusal, name).rejects.toThrow(reason);
        await expect(refusal, name).rejects.toThrow(/^[^\n]*: refused, it breaks a rule the desk keeps: [^\n]*; nothing was restored\.$/);
      }
      expect(await queryRows(url, `SELECT task FROM "PendingUpkeep" ORDER BY task`)).toEqual(before);
      expect(await queryRows(url, `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }]);
      await expect(restoreDatabase(url, tampered("whole", {}))).resolves.toMatchObject({ rows: expect.objectContaining({ ClaimRevision: 1, Review: 1 }) });
    });
  }, 120_000);

  it("writes the public ledger's rows and the published links again from the revisions, whatever the backup holds", async () => {
    const edited = tampered("ledger-text", {
      LedgerEntry: (l) => void ((l.text = "Một câu không ai duyệt"), (l.verdict = "FALSE")),
    });
    const planted = edited.replace(".jsonl.gz", "-planted.jsonl.gz");
    // A published link the revision does not hold, added to the file's PublishedLink rows.
    const all = zlib.gunzipSync(fs.readFileSync(edited)).toString("utf8").split("\n");
    const at = all.findIndex((l) => l.startsWith("{") && (JSON.parse(l) as { table?: string }).table === "PublishedLink");
    all.splice(at + 1, 0, JSON.stringify([claimId, "DENIES", "mot-trang-gia"]));
    const end = JSON.parse(all.at(-1)!) as { end: true; rows: Record<string, number> };
    end.rows.PublishedLink = (end.rows.PublishedLink ?? 0) + 1;
    all[all.length - 1] = JSON.stringify(end);
    fs.writeFileSync(planted, zlib.gzipSync(all.join("\n")));
    await withScratchDatabase(inject("serverUrl"), "claimdesk_read_models", async (url) => {
      await migrate(url);
      await restoreDatabase(url, planted);
      const source = await queryRows(process.env.DATABASE_URL!, `SELECT text, verdict::text AS verdict FROM "LedgerEntry" WHERE "claimId" = '${claimId}'`);
      expect(source).toEqual([{ text: "Nga nhận đạn pháo của Triều Tiên trong tháng Mười", verdict: "CONFIRMED" }]);
      expect(await queryRows(url, `SELECT text, verdict::text AS verdict FROM "LedgerEntry" WHERE "claimId" = '${claimId}'`)).toEqual(source);
      expect(await queryRows(url, `SELECT count(*)::int AS n FROM "PublishedLink"`)).toEqual(await queryRows(process.env.DATABASE_URL!, `SELECT count(*)::int AS n FROM "PublishedLink"`));
    });
  }, 120_000);
});

describe("restoring a backup whose public search documents were edited", () => {
  it("writes each search document and the vocabulary again from the published revisions", async () => {
    const planted = tampered("search-words", {
      Claim: (c) =>
        void (c.id === claimId &&
          ((c.searchVector = `'chuyen':1A 'khoan':2A 'lua':3A 'dao':4A`), (c.searchFolded = "chuyen khoan lua dao"), (c.publicClaimant = "Một người không ai duyệt"))),
    });
    // A spelling the public would be offered, added to the file's SearchWord rows.
    const all = zlib.gunzipSync(fs.readFileSync(planted)).toString("utf8").split("\n");
    const at = all.findIndex((l) => l.startsWith("{") && (JSON.parse(l) as { table?: string }).table === "SearchWord");
    all.splice(at + 1, 0, JSON.stringify(["luadaochuyenkhoan"]));
    const end = JSON.parse(all.at(-1)!) as { end: true; rows: Record<string, number> };
    end.rows.SearchWord = (end.rows.SearchWord ?? 0) + 1;
    all[all.length - 1] = JSON.stringify(end);
    fs.writeFileSync(planted, zlib.gzipSync(all.join("\n")));
    const documents = `SELECT "searchVector"::text AS vector, "searchFolded" AS folded, "publicKind"::text AS kind, "publicClaimant" AS claimant FROM "Claim" ORDER BY id`;
    const words = `SELECT word FROM "SearchWord" ORDER BY word`;
    const found = (word: string) => `SELECT count(*)::int AS n FROM "Claim" WHERE "searchVector" @@ to_tsquery('simple', '${word}')`;
    await withScratchDatabase(inject("serverUrl"), "claimdesk_search_words", async (url) => {
      await migrate(url);
      await restoreDatabase(url, planted);
      const source = process.env.DATABASE_URL!;
      expect(await queryRows(source, found("nga"))).toEqual([{ n: 1 }]);
      expect(await queryRows(url, found("lua & dao"))).toEqual([{ n: 0 }]);
      expect(await queryRows(url, found("nga"))).toEqual([{ n: 1 }]);
      expect(await queryRows(url, `SELECT count(*)::int AS n FROM "SearchWord" WHERE word = 'luadaochuyenkhoan'`)).toEqual([{ n: 0 }]);
      expect(await queryRows(url, documents)).toEqual(await queryRows(source, documents));
      expect(await queryRows(url, words)).toEqual(await queryRows(source, words));
    });
  }, 120_000);
});

describe("restoring a backup whose public corrections were edited", () => {
  it("writes each correction again from its revision: the reason no reviewer saw and a planted one are not published", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const corrected = await publishClaim(editor, reviewer, { text: "Triều Tiên gửi pháo tự hành sang Nga", kind: "OTHER", verdict: "MIXED" });
    const proposal = await proposeVerdict(editor, { claimId: corrected.id, kind: "CORRECTION", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two independent outlets report it.", reason: "A second outlet confirms it.", evidenceIds: [corrected.evidenceId] });
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    const file = path.join(dir, "corrected.jsonl.gz");
    await dumpDatabase(process.env.DATABASE_URL!, file);
    const all = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n").filter(Boolean);
    let columns: string[] = [];
    let table = "";
    let revisionColumns: string[] = [];
    let firstVerdict: string | null = null;
    const edited = all.map((line) => {
      const record = JSON.parse(line) as (string | null)[] | { table?: string; columns?: { name: string }[] };
      if (!Array.isArray(record)) {
        if (record.table) [table, columns] = [record.table, record.columns!.map((c) => c.name)];
        if (table === "ClaimRevision") revisionColumns = columns;
        return line;
      }
      const row = Object.fromEntries(columns.map((c, i) => [c, record[i] ?? null]));
      if (table === "ClaimRevision" && row.claimId === claimId) firstVerdict = row.id ?? null;
      if (table !== "Correction") return line;
      row.reason = "Một lý do không ai duyệt";
      row.newVerdict = "FALSE";
      return JSON.stringify(columns.map((c) => row[c] ?? null));
    });
    expect(revisionColumns).toContain("kind");
    // A correction planted on the other claim's first verdict.
    const at = edited.findIndex((l) => l.startsWith("{") && (JSON.parse(l) as { table?: string }).table === "Correction");
    const correctionColumns = (JSON.parse(edited[at]!) as { columns: { name: string }[] }).columns.map((c) => c.name);
    const planted: Record<string, string | null> = { id: "00000000-0000-4000-8000-000000000001", claimId, revisionId: firstVerdict, kind: "CORRECTION", oldVerdict: "FALSE", newVerdict: "CONFIRMED", reason: "Một đính chính bịa ra", createdAt: "2026-12-01 00:00:00+00" };
    edited.splice(at + 1, 0, JSON.stringify(correctionColumns.map((c) => planted[c] ?? null)));
    const end = JSON.parse(edited.at(-1)!) as { end: true; rows: Record<string, number> };
    end.rows.Correction = (end.rows.Correction ?? 0) + 1;
    edited[edited.length - 1] = JSON.stringify(end);
    const tamperedFile = path.join(dir, "corrected-tampered.jsonl.gz");
    fs.writeFileSync(tamperedFile, zlib.gzipSync(edited.join("\n")));
    const corrections = `SELECT id, "claimId", "revisionId", kind::text AS kind, "oldVerdict"::text AS "oldVerdict", "newVerdict"::text AS "newVerdict", reason, "createdAt" FROM "Correction" ORDER BY id`;
    await withScratchDatabase(inject("serverUrl"), "claimdesk_corrections_again", async (url) => {
      await migrate(url);
      await restoreDatabase(url, tamperedFile);
      const source = await queryRows(process.env.DATABASE_URL!, corrections);
      expect(source).toEqual(expect.arrayContaining([expect.objectContaining({ reason: "A second outlet confirms it.", oldVerdict: "MIXED", newVerdict: "CONFIRMED" })]));
      expect(await queryRows(url, corrections)).toEqual(source);
    });
  }, 120_000);
});
