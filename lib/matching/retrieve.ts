// Candidate claims for a source's sentences, found through PostgreSQL's word indexes, and the suggestions they make.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";

type Db = ReturnType<typeof getDb>;
import { describeAnchor } from "@/lib/anchoring/selectors";
import { aliasExpansions, claimantKeys, keyWords, type AliasExpansion } from "./keywords";
import { SYNONYMS } from "./vocabulary";
import { splitSentences } from "./sentences";
import { claimWeights, matchSentence, MATCH_THRESHOLD, type ClaimKeys, type Explanation } from "./score";

/** Words in more than this share of claims pick too many candidates: they still count in the score. */
const COMMON_WORD_SHARE = 0.02;
/** On a small desk, at most this many probe words per article (the rarest); on a large one, this many per sentence. */
const PROBE_WORDS = 80;
const RARE_WORDS = 4;
/**
 * Legs (word pairs) per tsquery, rows read from each index per tsquery, and candidate claims scored (those
 * sharing the most words with the article). A GIN index checks the whole tsquery against every claim on any of
 * its words' lists, so its work grows with legs times list lengths: many queries of few legs, each reading a
 * few rows, cost far less than few long ones (at 100,000 claims: 4 legs and 80 rows found the same sentences
 * as 40 legs and 600 rows, in half the time; see bench/matching.ts).
 */
const ARM_LIMIT = 80;
const LEGS_PER_QUERY = 4;
const CANDIDATES = 300;
/** Suggestions per sentence, best first. */
const PER_SENTENCE = 3;
const QUOTES_PER_CLAIM = 20;
const WORDS_INDEX = "Claim_textFolded_words_idx";

export type SuggestionRow = {
  sourceId: string;
  claimId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  bodyVersion: number;
  score: number;
  explanation: Explanation;
};

let aliasCache: { expansions: AliasExpansion[]; readAt: number } | null = null;
const CACHE_MS = 60_000;

/** Every claimant alias as an expansion to its claimant's name (kept a minute: aliases change rarely). */
async function claimantAliases(db: Db): Promise<AliasExpansion[]> {
  if (aliasCache && Date.now() - aliasCache.readAt < CACHE_MS) return aliasCache.expansions;
  const claimants = await db.claimant.findMany({ where: { mergedIntoId: null }, select: { name: true, aliases: { select: { alias: true } } } });
  aliasCache = { expansions: aliasExpansions(claimants.map((c) => ({ name: c.name, aliases: c.aliases.map((a) => a.alias) }))), readAt: Date.now() };
  return aliasCache.expansions;
}

let frequencyCache: { frequencies: Map<string, number>; readAt: number } | null = null;

/** The commonest words of claims with the share of claims having each, from ANALYZE's statistics of the word index. */
async function wordFrequencies(db: Db): Promise<Map<string, number>> {
  if (frequencyCache && Date.now() - frequencyCache.readAt < 10 * CACHE_MS) return frequencyCache.frequencies;
  const rows = await db.$queryRaw<{ lexeme: string; frequency: number }[]>`
    SELECT e.lexeme, e.frequency::float8 AS frequency
    FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) AS e(lexeme, frequency)
    WHERE schemaname = current_schema() AND tablename = ${WORDS_INDEX} AND e.lexeme IS NOT NULL`;
  frequencyCache = { frequencies: new Map(rows.map((r) => [r.lexeme, r.frequency])), readAt: Date.now() };
  return frequencyCache.frequencies;
}

/** Rarest first (by the share of claims having the word; unknown words are rarest), then longest. */
function byRarity(frequencies: Map<string, number>, renamed: ReadonlySet<string> = new Set()) {
  return (a: string, b: string) => Number(renamed.has(a)) - Number(renamed.has(b)) || (frequencies.get(a) ?? 0) - (frequencies.get(b) ?? 0) || b.length - a.length;
}

/**
 * Words of alias phrases and synonyms ("kremlin", "binh", "nhuong", "washington"): probed last. A relay's metonym
 * is the word a claim most likely words otherwise (the claim says Nga where the relay says Điện Kremlin), so
 * a leg on it finds only claims that use the same metonym; its expansion is among the key words anyway.
 */
function renamedWords(aliases: readonly AliasExpansion[]): Set<string> {
  return new Set([...aliases, ...SYNONYMS].flatMap((e) => e.alias));
}

const quoted = (word: string) => `'${word}'`;

/**
 * The tsquery that picks candidates. On a small desk (no word statistics yet): any of the article's words.
 * On a large one: for each sentence, any two of its RARE_WORDS rarest words; a claim the sentence states shares
 * most of its own words with it, so two of the sentence's rarest are almost always among them, and a GIN index
 * answers a conjunction of rare words by reading a few short lists.
 */
function candidateQueries(sentences: string[][], frequencies: Map<string, number>, renamed: ReadonlySet<string> = new Set()): string[] {
  // A number is no probe: PostgreSQL's parser keeps "13/9/2023" or "1.000" as one lexeme where key words have 13, 9,
  // 2023 and 1000, so a leg with a number would never find the claim that has it.
  const usable = (w: string) => /^\p{L}[\p{L}\p{N}]*$/u.test(w) && (frequencies.get(w) ?? 0) <= COMMON_WORD_SHARE;
  if (frequencies.size === 0) {
    const words = [...new Set(sentences.flat().filter(usable))].sort(byRarity(frequencies)).slice(0, PROBE_WORDS);
    return words.length ? [words.map(quoted).join(" | ")] : [];
  }
  const legs = new Set<string>();
  for (const sentence of sentences) {
    const rare = [...new Set(sentence.filter(usable))].sort(byRarity(frequencies, renamed)).slice(0, RARE_WORDS);
    for (let i = 0; i < rare.length; i++) for (let j = i + 1; j < rare.length; j++) legs.add(`(${quoted(rare[i]!)} & ${quoted(rare[j]!)})`);
  }
  // A long OR costs PostgreSQL more than its parts: many short queries (one statement) are quicker than one long one.
  const all = [...legs];
  return Array.from({ length: Math.ceil(all.length / LEGS_PER_QUERY) }, (_, i) => all.slice(i * LEGS_PER_QUERY, (i + 1) * LEGS_PER_QUERY).join(" | "));
}

/**
 * Claims the article's sentences may state, found in their wording (the duplicate-suggestion word index), their
 * gloss or one of their quotes (the two word indexes of the matching migration): for each short tsquery, the hits
 * whose wording ts_rank ranks highest (the most of its word pairs). One statement for the whole article: the
 * tsqueries travel as one array, each is answered in a LATERAL subquery, and only claim ids come back. No
 * word vector is built for a quote or a gloss (their folding calls unaccent, the costliest part): only the
 * wording's, for the few claims each tsquery ranks.
 */
async function candidateClaims(db: Db, sentences: string[][]): Promise<ClaimKeys[]> {
  const frequencies = await wordFrequencies(db);
  const queries = candidateQueries(sentences, frequencies, renamedWords(await claimantAliases(db)));
  if (!queries.length) return [];
  const perQuery = Math.ceil(CANDIDATES / queries.length);
  const sql = Prisma.sql`
    SELECT DISTINCT best.id FROM unnest(${queries}::text[]) AS u(query), LATERAL (
      SELECT ranked.id FROM (
        SELECT DISTINCT hit.id FROM (
          (SELECT c.id FROM "Claim" c
            WHERE to_tsvector('simple', c."textFolded") @@ u.query::tsquery AND c."mergedIntoId" IS NULL LIMIT ${ARM_LIMIT})
          UNION ALL
          (SELECT c.id FROM "Claim" c
            WHERE to_tsvector('simple', "matching_fold"(coalesce(c.gloss, ''))) @@ u.query::tsquery AND c."mergedIntoId" IS NULL LIMIT ${ARM_LIMIT})
          UNION ALL
          (SELECT a."claimId" FROM "Appearance" a
            WHERE to_tsvector('simple', "matching_fold"(a.exact)) @@ u.query::tsquery LIMIT ${ARM_LIMIT})
        ) hit
      ) ranked JOIN "Claim" c ON c.id = ranked.id
      ORDER BY ts_rank(to_tsvector('simple', c."textFolded"), u.query::tsquery) DESC, c.id
      LIMIT ${perQuery}
    ) best`;
  const rows = await db.$queryRaw<{ id: string }[]>(sql);
  const found = new Set(rows.map((r) => r.id));
  const ids = [...found].map((id) => ({ id }));
  if (!ids.length) return [];
  const claims = await db.claim.findMany({
    where: { id: { in: ids.map((r) => r.id) }, mergedIntoId: null },
    select: {
      id: true,
      text: true,
      gloss: true,
      claimant: { select: { name: true, aliases: { select: { alias: true } } } },
      appearances: { select: { exact: true }, take: QUOTES_PER_CLAIM, orderBy: { createdAt: "asc" } },
    },
  });
  const aliases = await claimantAliases(db);
  return claims.map((c) => ({
    id: c.id,
    wording: keyWords(c.text, aliases),
    gloss: keyWords(c.gloss ?? "", aliases),
    quotes: c.appearances.map((a) => keyWords(a.exact, aliases)),
    claimant: claimantKeys(c.claimant && { name: c.claimant.name, aliases: c.claimant.aliases.map((a) => a.alias) }),
  }));
}

/**
 * What matching suggests for one source: each sentence's best claims at or above the threshold, leaving out
 * a claim the sentence is already an appearance of (any overlap). Reads only; storing is the caller's.
 */
export async function computeSuggestions(sourceId: string): Promise<SuggestionRow[]> {
  const db = getDb();
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, body: true, bodyVersion: true } });
  if (!source) return [];
  const aliases = await claimantAliases(db);
  const sentences = splitSentences(source.body).map((s) => ({ ...s, keys: keyWords(s.text, aliases) }));
  const claims = await candidateClaims(db, sentences.map((s) => [...s.keys]));
  if (!claims.length) return [];
  const anchored = await db.appearance.findMany({ where: { sourceId }, select: { claimId: true, start: true, end: true } });
  const weights = claimWeights(claims);
  const rows: SuggestionRow[] = [];
  for (const sentence of sentences) {
    const matches = matchSentence(sentence.keys, claims, MATCH_THRESHOLD, weights)
      .filter((m) => !anchored.some((a) => a.claimId === m.claimId && a.start < sentence.end && a.end > sentence.start))
      .slice(0, PER_SENTENCE);
    if (!matches.length) continue;
    const anchor = describeAnchor(source.body, sentence.start, sentence.end);
    for (const match of matches) {
      rows.push({
        sourceId,
        claimId: match.claimId,
        start: anchor.position.start,
        end: anchor.position.end,
        exact: anchor.quote.exact,
        prefix: anchor.quote.prefix,
        suffix: anchor.quote.suffix,
        bodyVersion: source.bodyVersion,
        score: match.score,
        explanation: match.explanation,
      });
    }
  }
  return rows;
}

/** Stores new suggestions; one already known for the same sentence and claim (dismissed ones too) is left as it is. */
export async function storeSuggestions(tx: Tx, rows: SuggestionRow[]): Promise<number> {
  if (!rows.length) return 0;
  const { count } = await tx.matchSuggestion.createMany({ data: rows, skipDuplicates: true });
  return count;
}

/** Matching for sources just imported, as the system (no person acts): suggestions only, nothing public. */
export async function matchImportedSources(sourceIds: string[]): Promise<number> {
  let stored = 0;
  for (const sourceId of sourceIds) {
    const rows = await computeSuggestions(sourceId);
    stored += await getDb().$transaction((tx) => storeSuggestions(tx, rows));
  }
  return stored;
}
