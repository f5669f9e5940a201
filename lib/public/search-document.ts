// The public search document of a claim, written at each approval from what the public will see.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { publishedClaimant } from "./published-text";
import { searchDocument } from "./search-document-words";

export { FILL_VOCABULARY_SQL, searchDocument } from "./search-document-words";

/** Called inside the approving transaction, so the search index and the published revision never disagree. */
export async function writeSearchDocument(tx: Tx, claimId: string, snapshot: RevisionSnapshot): Promise<void> {
  // The claimant's aliases as the revision recorded them, never as they stand now: one an editor added since was
  // never reviewed, and would make the published claim found by any word.
  const { wording, context } = searchDocument(snapshot);
  // Raw SQL: Prisma cannot write a tsvector column. Words of the claim itself weigh more (A) in ts_rank_cd than
  // words found only around it (B), so a claim that says "Triều Tiên" outranks one whose claimant's alias does.
  await tx.$executeRaw`
    UPDATE "Claim" SET "searchFolded" = ${`${wording} ${context}`.trim()},
      "searchVector" = setweight(to_tsvector('simple', ${wording}::text), 'A') || setweight(to_tsvector('simple', ${context}::text), 'B'),
      "publicKind" = ${snapshot.kind}::"ClaimKind", "publicClaimant" = ${publishedClaimant(snapshot.claimant)?.name ?? null}
    WHERE id = ${claimId}::uuid`;
  // Its words join the vocabulary that corrects typos in public queries (lib/public/search.ts).
  await tx.$executeRaw`
    INSERT INTO "SearchWord" (word)
    SELECT DISTINCT word FROM unnest(tsvector_to_array((SELECT "searchVector" FROM "Claim" WHERE id = ${claimId}::uuid))) AS t(word)
    WHERE word ~ '^[a-z0-9]+$'
    ON CONFLICT DO NOTHING`;
}
