// Duplicate suggestions while typing: the closest existing claims by trigram similarity, without diacritics.
import "server-only";
import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { foldClaimText } from "./create-claim";

export type SimilarClaim = { id: string; slug: string; text: string; state: string; score: number };

/** word_similarity threshold: how much of the typed text must be found in a claim to suggest it. */
export const SIMILARITY_THRESHOLD = 0.45;

export async function suggestSimilarClaims(actor: Actor | null, text: string, options: { limit?: number; excludeId?: string } = {}): Promise<SimilarClaim[]> {
  assertCan(actor, "claim.read");
  const folded = foldClaimText(text).slice(0, 500);
  if (folded.length < 4) return [];
  const limit = Math.min(options.limit ?? 5, 20);
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`;
    // `<%` uses the trigram index on textFolded; the ranking blends both directions of similarity.
    const rows = await tx.$queryRaw<SimilarClaim[]>`
      SELECT id, slug, text, state::text AS state,
             greatest(word_similarity(${folded}, "textFolded"), similarity(${folded}, "textFolded"))::float8 AS score
      FROM "Claim"
      WHERE ${folded} <% "textFolded" AND "mergedIntoId" IS NULL AND id <> ${options.excludeId ?? "00000000-0000-0000-0000-000000000000"}::uuid
      ORDER BY score DESC, "updatedAt" DESC
      LIMIT ${limit}`;
    return rows;
  });
}
