// Duplicate suggestions while typing: the closest existing claims by trigram similarity, without diacritics.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { foldClaimText } from "./create-claim";
import { similarQuerySchema } from "./schemas";
import { similarityBound, trigrams } from "./trigrams";

export type SimilarClaim = { id: string; slug: string; text: string; state: string; score: number };

/** word_similarity threshold: how much of the typed text must be found in a claim to suggest it. */
export const SIMILARITY_THRESHOLD = 0.45;
/** How many typed words pick the candidates: the rarest of each sixth of the text. */
const KEY_WORDS = 6;
/** At most this many candidates are read; bounding one's similarity here takes a few µs. */
const CANDIDATES = 500;
/** How many candidates, those with the highest bounds, PostgreSQL scores (about 80 µs each). */
const SCORED = 100;
/** The word index (see its migration), whose statistics say how common each word is. */
const WORDS_INDEX = "Claim_textFolded_words_idx";
const NO_ID = "00000000-0000-0000-0000-000000000000";

type Word = { lexeme: string; frequency: number; position: number; isLast: boolean };
/** Candidates: claims having every key word of one of `legs`, and for `literal`, the typed text itself. */
type Tier = { legs: string[][]; literal: boolean };
type Candidate = { id: string; textFolded: string };

/**
 * Scoring every claim is too slow at 100,000 claims, and the trigram index cannot narrow the search when
 * the typed words are common ones (they are in most claims). So the word index picks candidates first:
 * claims containing the typed text, then those with all of a few key words, all but one, then those with
 * a run of them (a claim sharing a stretch of the typed text). The candidates' similarity is bounded
 * here, and PostgreSQL's pg_trgm scores the most promising ones.
 */
export async function suggestSimilarClaims(actor: Actor | null, text: string, options: { limit?: number; excludeId?: string } = {}): Promise<SimilarClaim[]> {
  assertCan(actor, "claim.read");
  const { q } = parseInput(similarQuerySchema, { q: text });
  const folded = foldClaimText(q).slice(0, 500);
  if (folded.length < 4) return [];
  const limit = Math.min(options.limit ?? 5, 20);
  const words = keyWords(await typedWords(folded));
  if (words.length === 0) return [];
  const candidates = await findCandidates(folded, candidateTiers(words), limit, options.excludeId ?? NO_ID);
  return scoreBest(folded, candidates, limit);
}

/** The typed words as the word index sees them, with the share of claims having each (0: rarer than any listed). */
async function typedWords(folded: string): Promise<Word[]> {
  const [rows, frequencies] = await Promise.all([
    getDb().$queryRaw<{ lexeme: string; first: number; last: number }[]>`
      SELECT lexeme, positions[1]::int AS first, positions[array_upper(positions, 1)]::int AS last
      FROM unnest(to_tsvector('simple', ${folded}))`,
    wordFrequencies(),
  ]);
  const end = Math.max(...rows.map((r) => r.last));
  return rows.map((r) => ({ lexeme: r.lexeme, frequency: frequencies.get(r.lexeme) ?? 0, position: r.first, isLast: r.last === end }));
}

/** Statistics change slowly, and reading them costs more than the rest of a suggestion: keep them a while. */
const FREQUENCIES_TTL_MS = 10 * 60_000;
let frequenciesCache: { frequencies: Map<string, number>; readAt: number } | null = null;

/** The commonest words of claims with the share of claims having each, from ANALYZE's statistics of the word index. */
async function wordFrequencies(): Promise<Map<string, number>> {
  if (frequenciesCache && Date.now() - frequenciesCache.readAt < FREQUENCIES_TTL_MS) return frequenciesCache.frequencies;
  const rows = await getDb().$queryRaw<{ lexeme: string; frequency: number }[]>`
    SELECT e.lexeme, e.frequency::float8 AS frequency
    FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) AS e(lexeme, frequency)
    WHERE schemaname = current_schema() AND tablename = ${WORDS_INDEX} AND e.lexeme IS NOT NULL`;
  frequenciesCache = { frequencies: new Map(rows.map((r) => [r.lexeme, r.frequency])), readAt: Date.now() };
  return frequenciesCache.frequencies;
}

/**
 * Up to KEY_WORDS tsquery operands in text order: the rarest word of each stretch of the typed text, since
 * rare words tell claims apart and are quick to look up, and a claim sharing part of the text shares some.
 * The last word may be half typed: unless it is a common word it matches as a prefix; under 3 letters it
 * is left out.
 */
function keyWords(words: Word[]): string[] {
  const usable = words.filter((w) => !w.isLast || w.lexeme.length >= 3 || words.length === 1).sort((a, b) => a.position - b.position);
  const stretches = Math.min(KEY_WORDS, usable.length);
  const rarest = (a: Word, b: Word) => a.frequency - b.frequency || b.lexeme.length - a.lexeme.length;
  return Array.from({ length: stretches }, (_, i) => {
    const stretch = usable.slice(Math.floor((i * usable.length) / stretches), Math.floor(((i + 1) * usable.length) / stretches));
    const word = stretch.sort(rarest)[0]!;
    return `'${word.lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${word.isLast && word.frequency === 0 ? ":*" : ""}`;
  });
}

/**
 * Strictest first: the typed text itself; all key words; all but one (a changed word anywhere); then runs
 * of consecutive key words down to half of them (a claim sharing a stretch of the text). Each tier's legs
 * are looked up separately and ORed: the index finds a conjunction quickly, where one tsquery saying
 * "at least n of these words" would make it test every claim having any of them.
 */
function candidateTiers(words: string[]): Tier[] {
  const tiers: Tier[] = [
    { legs: [words], literal: true },
    { legs: [words], literal: false },
  ];
  if (words.length > 1) tiers.push({ legs: words.map((_, i) => words.filter((_, j) => j !== i)), literal: false });
  for (let run = words.length - 2; run >= Math.max(2, Math.ceil(words.length / 2)); run--) {
    tiers.push({ legs: Array.from({ length: words.length - run + 1 }, (_, i) => words.slice(i, i + run)), literal: false });
  }
  return tiers;
}

/** Up to CANDIDATES claims, tier by tier; enough claims containing the typed text end the search. */
async function findCandidates(folded: string, tiers: Tier[], limit: number, excludeId: string): Promise<Candidate[]> {
  const found = new Map<string, Candidate>();
  let literal = 0;
  for (const tier of tiers) {
    if (found.size >= CANDIDATES || literal >= limit) break;
    const rows = await tierClaims(folded, tier, [...found.keys(), excludeId], tier.literal ? 4 * limit : CANDIDATES - found.size);
    for (const row of rows) found.set(row.id, row);
    if (tier.literal) literal = rows.length;
  }
  return [...found.values()];
}

/** Up to `count` claims of one tier that are not merged away nor among `excluded`. */
async function tierClaims(folded: string, tier: Tier, excluded: string[], count: number): Promise<Candidate[]> {
  const legs = tier.legs.map((leg) => Prisma.sql`to_tsvector('simple', "textFolded") @@ ${leg.join(" & ")}::tsquery`);
  // strpos, not LIKE: PostgreSQL would look a LIKE up in the trigram index, slow for common words.
  const literal = tier.literal ? Prisma.sql`AND strpos("textFolded", ${folded}) > 0` : Prisma.empty;
  return getDb().$queryRaw`
    SELECT id, "textFolded" FROM "Claim"
    WHERE (${Prisma.join(legs, " OR ")}) ${literal}
      AND "mergedIntoId" IS NULL AND id <> ALL(${excluded}::uuid[])
    LIMIT ${count}`;
}

/** pg_trgm's scores of the SCORED candidates with the highest bounds; the best `limit` above the threshold. */
async function scoreBest(folded: string, candidates: Candidate[], limit: number): Promise<SimilarClaim[]> {
  const typed = new Set(trigrams(folded));
  const promising = candidates
    .map((c) => ({ id: c.id, bound: similarityBound(typed, trigrams(c.textFolded)) }))
    .filter((c) => c.bound >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.bound - a.bound)
    .slice(0, SCORED);
  if (promising.length === 0) return [];
  const scored = await getDb().$queryRaw<(SimilarClaim & { updatedAt: Date })[]>`
    SELECT id, slug, text, state::text AS state, "updatedAt",
           greatest(word_similarity(${folded}, "textFolded"), similarity(${folded}, "textFolded"))::float8 AS score
    FROM "Claim" WHERE id = ANY(${promising.map((c) => c.id)}::uuid[])`;
  return scored
    .filter((c) => c.score >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.score - a.score || b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, limit)
    .map(({ updatedAt: _, ...claim }) => claim);
}
