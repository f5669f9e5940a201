// A claim's summary citing "https://www.rеuters.com/…" (a Cyrillic "е") is published with that host in its ASCII
// form, and so is its search document written at approval. A document written before the look-alike change holds the
// host as typed, and nothing wrote it again until the claim's next approval; a migration now asks the start to write
// every document again from its revision, once across instances, through the upkeep table.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { runPendingUpkeep } from "@/lib/db/pending-upkeep";
import { REWRITE_SEARCH_DOCUMENTS, rewriteSearchDocumentsTask } from "@/lib/public/rewrite-search-documents";
import { foldForMatch } from "@/lib/sources/normalize";
import { makeUser, publishClaim } from "@/test/factories";

const MIGRATION = "20261207200000_search_documents_look_alike_hosts";
const SUMMARY = "Confirmed by the wire: https://www.r\u0435uters.com/world/shells-2026-12-01 and https://www.r\u1eb9uters.com/world/x";

const documentOf = async (id: string) =>
  (await getDb().$queryRaw<{ folded: string; words: string[] }[]>`
    SELECT "searchFolded" AS folded, tsvector_to_array("searchVector") AS words FROM "Claim" WHERE id = ${id}::uuid`)[0]!;

describe("a search document written before look-alike hosts were published in ASCII", () => {
  it("is written again once by the upkeep a migration asks for, with the host in its ASCII form", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const claim = await publishClaim(editor, reviewer, { text: `Đạn pháo qua cảng Rajin ${Date.now()}`, kind: "OTHER", summary: SUMMARY });
    const written = await documentOf(claim.id);
    expect(written.folded).toContain("www xn ruters 3of com");
    expect(written.folded).not.toContain(foldForMatch("r\u0435uters"));
    expect(written.words).not.toContain("reuters");

    // The document as an approval wrote it before: the summary's address as typed.
    const old = foldForMatch(SUMMARY);
    await getDb().$executeRaw`UPDATE "Claim" SET "searchFolded" = ${old}, "searchVector" = to_tsvector('simple', ${old}::text) WHERE id = ${claim.id}::uuid`;
    // (the dotted look-alike folds to "reuters" itself: the public search found the claim by the outlet's name)
    expect((await documentOf(claim.id)).folded).toContain(foldForMatch("r\u0435uters"));
    expect((await documentOf(claim.id)).words).toContain("reuters");

    const migration = readMigrations().find((m) => m.name === MIGRATION);
    expect(migration?.sql).toContain(`'${REWRITE_SEARCH_DOCUMENTS}'`);
    await getDb().$executeRawUnsafe(migration!.sql);
    expect(await getDb().pendingUpkeep.count({ where: { task: REWRITE_SEARCH_DOCUMENTS } })).toBe(1);

    const lines: string[] = [];
    await runPendingUpkeep({ [REWRITE_SEARCH_DOCUMENTS]: rewriteSearchDocumentsTask }, (line) => lines.push(line));
    const rewritten = await documentOf(claim.id);
    expect(rewritten.folded).toContain("www xn ruters 3of com");
    expect(rewritten.folded).not.toContain(foldForMatch("r\u0435uters"));
    expect(rewritten.words).not.toContain("reuters");
    expect(await getDb().pendingUpkeep.count({ where: { task: REWRITE_SEARCH_DOCUMENTS } })).toBe(0);
  });
});
