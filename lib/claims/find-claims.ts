// The claim picker's search: claims having every typed word (as a prefix, without diacritics), newest first.
import "server-only";
import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { foldClaimText } from "./create-claim";
import { suggestSimilarClaims, type SimilarClaim } from "./suggest-similar";

const MAX_WORDS = 8;

/** The typed words as a tsquery of prefixes: letters and digits only, so nothing typed is tsquery syntax. */
export function wordsQuery(query: string): string {
  const words = foldClaimText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .slice(0, MAX_WORDS);
  return words.map((w) => `${w}:*`).join(" & ");
}

/**
 * Claims to pick from: every word typed, in any order, through the word index; when no claim has them all
 * (a typo, a paraphrase), the duplicate suggestions' similarity search answers instead.
 */
export async function findClaimsByWords(actor: Actor | null, query: string, options: { limit?: number; excludeId?: string } = {}): Promise<SimilarClaim[]> {
  assertCan(actor, "claim.read");
  const tsquery = wordsQuery(query.slice(0, 500));
  if (!tsquery) return [];
  const limit = Math.min(options.limit ?? 8, 20);
  const exclude = options.excludeId ?? "00000000-0000-0000-0000-000000000000";
  const found = await getDb().$queryRaw<SimilarClaim[]>`
    SELECT id, slug, text, state::text AS state, 1.0::float8 AS score
    FROM "Claim"
    WHERE "mergedIntoId" IS NULL AND id <> ${exclude}::uuid
      AND to_tsvector('simple', "textFolded") @@ to_tsquery('simple', ${tsquery})
    ORDER BY "updatedAt" DESC, id
    LIMIT ${limit}`;
  if (found.length) return found;
  return suggestSimilarClaims(actor, query, { limit, excludeId: options.excludeId });
}
