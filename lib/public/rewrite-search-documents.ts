// The public search documents rewritten from the revisions they were written from, once, when a migration asks for it.
// A search document is written at each approval (./search-document.ts) from what the public will read. When what
// the public reads changes (published-text.ts began to leave local addresses out of published text: the words of
// "http://wiki.newsroom.internal/…" in a summary were still found by the public search and offered as spellings),
// the documents written before stay as they were until the claim's next approval, which may never come. SQL cannot
// read Markdown as the page does, so the migration that marks such a change is named here, and the migration runner's
// callers (scripts/start.ts, scripts/db-migrate.ts) rewrite every document when it has just been applied.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { writeSearchDocument } from "./search-document";

/** Migrations after which every search document is written again from its claim's latest revision. */
export const SEARCH_DOCUMENT_MIGRATIONS = ["20261206101500_search_documents_as_published"];

/**
 * Every published claim's search document from its latest revision, and the vocabulary from those documents alone
 * (as FILL_VOCABULARY_SQL fills it, after emptying it). Each claim in a transaction of its own, as an approval writes it.
 */
export async function rewriteSearchDocuments(): Promise<number> {
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
  });
  return claims.length;
}

/** After the migration runner: rewrites the documents when one of SEARCH_DOCUMENT_MIGRATIONS was just applied. */
export async function afterMigrations(applied: readonly string[], log: (line: string) => void = () => {}): Promise<void> {
  if (!applied.some((name) => SEARCH_DOCUMENT_MIGRATIONS.includes(name))) return;
  const count = await rewriteSearchDocuments();
  log(`Rewrote ${count} public search document(s) as the public site now publishes them.`);
}
