// Duplicate suggestions while typing: the closest existing claims by trigram similarity, without diacritics.
import "server-only";
import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { foldClaimText } from "./create-claim";
import { similarQuerySchema } from "./schemas";

export type SimilarClaim = { id: string; slug: string; text: string; state: string; score: number };

/** word_similarity threshold: how much of the typed text must be found in a claim to suggest it. */
export const SIMILARITY_THRESHOLD = 0.45;

export async function suggestSimilarClaims(actor: Actor | null, text: string, options: { limit?: number; excludeId?: string } = {}): Promise<SimilarClaim[]> {
  assertCan(actor, "claim.read");
  const { q } = parseInput(similarQuerySchema, { q: text });
  const folded = foldClaimText(q).slice(0, 500);
  if (folded.length < 4) return [];
  const limit = Math.min(options.limit ?? 5, 20);
  // Nearest neighbours by word-similarity distance through the GiST index, then the threshold: a GIN
  // `<%` filter would score every claim sharing a few trigrams, which at 100,000 claims is most of them.
  return getDb().$queryRaw<SimilarClaim[]>`
    SELECT c.id, c.slug, c.text, c.state::text AS state,
           greatest(word_similarity(${folded}, c."textFolded"), similarity(${folded}, c."textFolded"))::float8 AS score
    FROM (SELECT id FROM "Claim" ORDER BY ${folded} <<-> "textFolded" LIMIT ${limit * 4}) nearest
    JOIN "Claim" c ON c.id = nearest.id
    WHERE c."mergedIntoId" IS NULL AND c.id <> ${options.excludeId ?? "00000000-0000-0000-0000-000000000000"}::uuid
      AND greatest(word_similarity(${folded}, c."textFolded"), similarity(${folded}, c."textFolded")) >= ${SIMILARITY_THRESHOLD}
    ORDER BY score DESC, c."updatedAt" DESC
    LIMIT ${limit}`;
}
