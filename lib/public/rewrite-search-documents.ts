// The public search documents rewritten from the revisions they were written from, once, when a migration asks for it.
// A search document is written at each approval (./search-document.ts) from what the public will read. When what
// the public reads changes (published-text.ts began to leave local addresses out of published text: the words of
// "http://wiki.newsroom.internal/…" in a summary were still found by the public search and offered as spellings),
// the documents written before stay as they were until the claim's next approval, which may never come. SQL cannot
// read Markdown as the page does, so a migration that makes such a change asks for this rewrite by inserting the
// REWRITE_SEARCH_DOCUMENTS task into "PendingUpkeep" (`ON CONFLICT DO NOTHING`), and every start does it
// (lib/db/pending-upkeep.ts, from scripts/start.ts and scripts/db-migrate.ts) until it has committed.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { writeSearchDocument } from "./search-document";

/** The "PendingUpkeep" task after which every search document is written again from its claim's latest revision. */
export const REWRITE_SEARCH_DOCUMENTS = "rewrite-search-documents";

/**
 * Every published claim's search document from its latest revision, and the vocabulary from those documents alone
 * (as FILL_VOCABULARY_SQL fills it, after emptying it). Each claim in a transaction of its own, as an approval writes it;
 * `lastly` runs inside the vocabulary's transaction, the last one.
 */
export async function rewriteSearchDocuments(lastly: (tx: Tx) => Promise<void> = async () => {}): Promise<number> {
  const claims = await getDb().$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "Claim" WHERE "searchVector" IS NOT NULL ORDER BY id`;
  for (const { id } of claims) {
    await getDb().$transaction(async (tx) => {
      const latest = await tx.claimRevision.findFirst({ where: { claimId: id }, orderBy: { number: "desc" }, select: { snapshot: true } });
      if (latest) await writeSearchDocument(tx, id, latest.snapshot as RevisionSnapshot);
    });
  }
  // Words only the old documents held (an intranet's host name) leave the spellings offered to the public.
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM "SearchWord"`;
    await tx.$executeRaw`
      INSERT INTO "SearchWord" (word)
      SELECT word FROM ts_stat('SELECT "searchVector" FROM "Claim" WHERE "searchVector" IS NOT NULL')
      WHERE word ~ '^[a-z0-9]+$'
      ON CONFLICT DO NOTHING`;
    await lastly(tx);
  });
  return claims.length;
}

/** The upkeep task: the rewrite, its request cleared with the vocabulary (a start killed before that does it again). */
export async function rewriteSearchDocumentsTask(finish: (tx: Tx) => Promise<void>): Promise<string> {
  const count = await rewriteSearchDocuments(finish);
  return `Rewrote ${count} public search document(s) as the public site now publishes them.`;
}
