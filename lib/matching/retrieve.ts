// Candidate claims for a source's sentences, found through PostgreSQL's word indexes, and the suggestions they make.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { confirmAccount } from "@/lib/auth/confirm-actor";
import { isAppError } from "@/lib/errors";

type Db = ReturnType<typeof getDb>;
import { describeAnchor } from "@/lib/anchoring/selectors";
import { aliasExpansions, claimantKeys, keyWords, type AliasExpansion } from "./keywords";
import { SYNONYMS } from "./vocabulary";
import { splitSentences } from "./sentences";
import { eachYielding, mapYielding } from "./yielding";
import { claimWeights, matchSentence, MATCH_THRESHOLD, type ClaimKeys, type Explanation } from "./score";

/** Words in more than this share of claims pick too many candidates: they still count in the score. */
const COMMON_WORD_SHARE = 0.02;
/**
 * A sentence with fewer than MIN_PROBE_WORDS such words (on the generated desk, "Hôm 13/9/2023, ông Kim đã gặp Tổng
 * thống Putin tại sân bay vũ trụ Vostochny": only "vostochny") made no pair and found no candidate at all: it is
 * filled up with its rarest words in at most FALLBACK_SHARE of claims.
 */
const FALLBACK_SHARE = 0.06;
const MIN_PROBE_WORDS = 3;
/** On a small desk, at most this many probe words per article (the rarest); on a large one, this many per sentence. */
const PROBE_WORDS = 80;
const RARE_WORDS = 4;
/**
 * Legs (word pairs) per tsquery, rows read from each index per tsquery, and candidate claims scored (those
 * sharing the most words with the article). A GIN index checks the whole tsquery against every claim on any of
 * its words' lists, so its work grows with legs times list lengths: many queries of few legs, each reading a
 * few rows, cost far less than few long ones (at 100,000 claims: 4 legs and 80 rows found the same sentences
 * as 40 legs and 600 rows, in half the time; see bench/matching.ts). Candidates are ranked by how many of the
 * article's tsqueries find them, not by ts_rank (which built the wording's tsvector for every hit): at 400 they
 * make 1.5% fewer suggestions than 300 ranked by ts_rank did, on 80 imported articles of the generated desk,
 * in a quarter less time; most of either set differs from the other, since the generated desk's claims are
 * near-copies of one another and either pick is as good. Scoring (score.ts) takes about as long per candidate as
 * PostgreSQL takes to find it, and the candidates past the first 200 or so of a long article add suggestions
 * that rank low: at 200 instead of 400, on 60 imported articles of the generated desk, 11 % fewer suggestions
 * and a fifth to a quarter less CPU (this process's and PostgreSQL's) an article, with the labelled claims found
 * as often and suggested a little more often (bench/matching.ts: their IDF weights among fewer claims).
 */
const ARM_LIMIT = 80;
const LEGS_PER_QUERY = 4;
const CANDIDATES = 200;
/**
 * The second path (ClaimKey: the words and neighbouring-word pairs of each claim's wording and gloss, kept by the
 * claim_keys migration's triggers): per sentence, up to SIGNATURE_KEYS of its rarest keys by ClaimKey's statistics
 * (a key they do not list is rarer than those they do: most pairs, such as "san_bay"); every claim having two or more of them is
 * ranked by the weight they share, ln(1 + KEY_CAP / claims having the key), and each sentence keeps its best
 * SIGNATURE_PER_SENTENCE (8: few sentences have more than 4, and those that do found one more labelled claim). A key in KEY_CAP claims or more is too common to pick by: only the first KEY_CAP rows of its
 * list are read, and it is left out. Quotes are not keys: they are verbatim text, found by the first path's
 * quote leg ("Appearance_exact_words_idx").
 */
const SIGNATURE_KEYS = 40;
/**
 * A key in at most this many claims picks them alone, without a second key: a sentence whose other words are all
 * common (the generated desk's 6,000 claims worded "… vi phạm nghị quyết … của Hội đồng Bảo an" leave "Theo Ngoại
 * trưởng Blinken, mối quan hệ giữa Moscow và Bình Nhưỡng đang vi phạm nhiều nghị quyết …" one rare key, "quan_he",
 * in 3 claims) still finds the few claims having its rarest one.
 */
const ONE_KEY_CLAIMS = 8;
const SIGNATURE_PER_SENTENCE = 8;
const KEY_CAP = 500;
/** Suggestions per sentence, best first. */
const PER_SENTENCE = 3;
const QUOTES_PER_CLAIM = 20;
const WORDS_INDEX = "Claim_textFolded_words_idx";
const QUOTE_WORDS_INDEX = "Appearance_exact_words_idx";

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

/**
 * The commonest words of claims with the share of claims having each, from ANALYZE's statistics of the two word
 * indexes a leg reads most from: the wording's, and the quotes' counted in claims (a word in 2 % of 230,000
 * quotes is in as many rows as one in 4.6 % of 100,000 claims). A word rare in wordings but common in quotes (the
 * generated desk's quotes are cut from the articles its imports are made of) has a long list in the quote index,
 * which a bitmap scan reads whole whatever the LIMIT: as a probe it cost more than all the rest of the statement.
 */
async function wordFrequencies(db: Db): Promise<Map<string, number>> {
  if (frequencyCache && Date.now() - frequencyCache.readAt < 10 * CACHE_MS) return frequencyCache.frequencies;
  const rows = await db.$queryRaw<{ lexeme: string; frequency: number }[]>`
    SELECT e.lexeme, max(e.frequency * CASE WHEN s.tablename = ${QUOTE_WORDS_INDEX} THEN greatest(a.reltuples, 0) / greatest(c.reltuples, 1) ELSE 1 END)::float8 AS frequency
    FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, frequency), pg_class a, pg_class c
    WHERE s.schemaname = current_schema() AND s.tablename IN (${WORDS_INDEX}, ${QUOTE_WORDS_INDEX}) AND e.lexeme IS NOT NULL
      AND a.oid = '"Appearance"'::regclass AND c.oid = '"Claim"'::regclass
    GROUP BY e.lexeme`;
  frequencyCache = { frequencies: new Map(rows.map((r) => [r.lexeme, r.frequency])), readAt: Date.now() };
  return frequencyCache.frequencies;
}

let countCache: { claims: number; readAt: number } | null = null;

/** The claims in the desk as ANALYZE last counted them (0 before the first). */
async function claimCount(db: Db): Promise<number> {
  if (countCache && Date.now() - countCache.readAt < 10 * CACHE_MS) return countCache.claims;
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = '"Claim"'::regclass`;
  countCache = { claims: row?.n ?? 0, readAt: Date.now() };
  return countCache.claims;
}

let keyCache: { shares: Map<string, number>; readAt: number } | null = null;

/**
 * The commonest claim keys (words and pairs of ClaimKey) with the share of claims having each, from ANALYZE's
 * statistics of ClaimKey's key column (its most common values: a key's share of rows times rows per claim).
 */
async function keyShares(db: Db): Promise<Map<string, number>> {
  if (keyCache && Date.now() - keyCache.readAt < 10 * CACHE_MS) return keyCache.shares;
  const rows = await db.$queryRaw<{ key: string; share: number }[]>`
    SELECT e.key, (e.frequency * k.reltuples / greatest(c.reltuples, 1))::float8 AS share
    FROM pg_stats, unnest(most_common_vals::text::text[], most_common_freqs) AS e(key, frequency),
      pg_class k, pg_class c
    WHERE schemaname = current_schema() AND tablename = 'ClaimKey' AND attname = 'key'
      AND k.oid = '"ClaimKey"'::regclass AND c.oid = '"Claim"'::regclass AND c.reltuples > 0`;
  keyCache = { shares: new Map(rows.map((r) => [r.key, r.share])), readAt: Date.now() };
  return keyCache.shares;
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
let renamed: { aliases: readonly AliasExpansion[]; words: Set<string> } | null = null;
function renamedWords(aliases: readonly AliasExpansion[]): Set<string> {
  // Made once per alias list (kept a minute), not once per article.
  if (renamed?.aliases !== aliases) renamed = { aliases, words: new Set([...aliases, ...SYNONYMS].flatMap((e) => e.alias)) };
  return renamed.words;
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
    let rare = [...new Set(sentence.filter(usable))].sort(byRarity(frequencies, renamed)).slice(0, RARE_WORDS);
    if (rare.length < MIN_PROBE_WORDS) {
      const more = [...new Set(sentence.filter((w) => /^\p{L}[\p{L}\p{N}]*$/u.test(w) && !rare.includes(w) && (frequencies.get(w) ?? 0) <= FALLBACK_SHARE))].sort(byRarity(frequencies, renamed));
      rare = [...rare, ...more].slice(0, MIN_PROBE_WORDS);
    }
    for (let i = 0; i < rare.length; i++) for (let j = i + 1; j < rare.length; j++) legs.add(`(${quoted(rare[i]!)} & ${quoted(rare[j]!)})`);
  }
  // A long OR costs PostgreSQL more than its parts: many short queries (one statement) are quicker than one long one.
  const all = [...legs];
  return Array.from({ length: Math.ceil(all.length / LEGS_PER_QUERY) }, (_, i) => all.slice(i * LEGS_PER_QUERY, (i + 1) * LEGS_PER_QUERY).join(" | "));
}

/**
 * The probe keys of each sentence for the second path: words and word pairs, rarest first (see SIGNATURE_KEYS),
 * leaving out those ClaimKey's statistics know to be in KEY_CAP claims or more (their lists would only be read to be
 * dropped).
 */
function signatureProbes(sentences: string[][], shares: Map<string, number>, claims: number): { sentence: number[]; key: string[] } {
  const out = { sentence: [] as number[], key: [] as string[] };
  const common = claims > 0 ? KEY_CAP / claims : Infinity;
  const probe = (k: string) => /^[\p{L}\p{N}]{2,}(?:_[\p{L}\p{N}]{2,})?$/u.test(k) && (shares.get(k) ?? 0) < common;
  sentences.forEach((sentence, i) => {
    for (const key of [...new Set(sentence.filter(probe))].sort(byRarity(shares)).slice(0, SIGNATURE_KEYS)) {
      out.sentence.push(i);
      out.key.push(key);
    }
  });
  return out;
}

type CandidateRow = { id: string; text: string; gloss: string | null; claimantName: string | null; claimantAliases: string[]; quotes: string[] };

/**
 * Claims the article's sentences may state, found in their wording (the duplicate-suggestion word index), their
 * gloss or one of their quotes (the two word indexes of the matching migration), with everything scoring needs,
 * in one statement (one round trip per article). The tsqueries travel as one array; each is answered in a
 * LATERAL subquery of three index scans that return claim ids only. A claim's rank is how many of the
 * article's tsqueries find it (the more of the article's rare word pairs it has, the more); each tsquery keeps
 * its best few, so every sentence brings its own candidates. No word vector is computed to rank (that was the
 * costliest part: the wording's tsvector for every hit). Only the candidates' rows are read: wording, gloss,
 * claimant name and aliases, and their first quotes. Best placed first (bench/matching.ts reports where the
 * labelled claims come).
 */
export async function candidateClaims(db: Db, sentences: string[][]): Promise<ClaimKeys[]> {
  const aliases = await claimantAliases(db);
  const statement = await candidateStatement(db, sentences);
  if (!statement) return [];
  const rows = await db.$queryRaw<CandidateRow[]>(statement);
  return rows.map((c) => claimKeysOf(c, aliases));
}

/** The one statement candidateClaims runs for these sentences (null when they have nothing to probe with); bench/matching.ts explains it. */
export async function candidateStatement(db: Db, sentences: string[][]): Promise<Prisma.Sql | null> {
  const frequencies = await wordFrequencies(db);
  const aliases = await claimantAliases(db);
  const queries = candidateQueries(sentences, frequencies, renamedWords(aliases));
  const shares = await keyShares(db);
  const probes = signatureProbes(sentences, shares, await claimCount(db));
  if (!queries.length && !probes.key.length) return null;
  const perQuery = Math.max(2, Math.ceil(CANDIDATES / Math.max(1, queries.length)));
  return Prisma.sql`
    WITH probe AS (
      SELECT DISTINCT p.s, p.k FROM unnest(${probes.sentence}::int[], ${probes.key}::text[]) AS p(s, k)
    ), keyed AS (
      -- "ClaimKey_pkey" (key, claimId): an index-only scan of each key's list, at most KEY_CAP rows.
      SELECT k.k, hit."claimId" AS id FROM (SELECT DISTINCT k FROM probe) k, LATERAL (
        SELECT ck."claimId" FROM "ClaimKey" ck WHERE ck.key = k.k LIMIT ${KEY_CAP}) hit
    ), weighted AS (
      SELECT k, ln(1 + ${KEY_CAP}::float8 / count(*)) AS weight FROM keyed GROUP BY k HAVING count(*) < ${KEY_CAP}
    ), shared AS (
      SELECT p.s, keyed.id, sum(w.weight) AS weight FROM probe p JOIN weighted w ON w.k = p.k JOIN keyed ON keyed.k = p.k
      GROUP BY p.s, keyed.id HAVING count(*) >= 2 OR max(w.weight) >= ${Math.log(1 + KEY_CAP / ONE_KEY_CLAIMS)}
    ), signed AS (
      SELECT id, row_number() OVER (PARTITION BY s ORDER BY weight DESC, id) AS place FROM shared
    ), hits AS (
      SELECT u.ord, hit.id FROM unnest(${queries}::text[]) WITH ORDINALITY AS u(query, ord), LATERAL (
        (SELECT c.id FROM "Claim" c
          WHERE to_tsvector('simple', c."textFolded") @@ u.query::tsquery AND c."mergedIntoId" IS NULL LIMIT ${ARM_LIMIT})
        UNION
        (SELECT c.id FROM "Claim" c
          WHERE to_tsvector('simple', "matching_fold"(coalesce(c.gloss, ''))) @@ u.query::tsquery AND c."mergedIntoId" IS NULL LIMIT ${ARM_LIMIT})
        UNION
        (SELECT a."claimId" FROM "Appearance" a
          WHERE to_tsvector('simple', "matching_fold"(a.exact)) @@ u.query::tsquery LIMIT ${ARM_LIMIT})
      ) hit
    ), counted AS (
      SELECT ord, id, count(*) OVER (PARTITION BY id) AS found FROM hits
    ), ranked AS (
      SELECT id, row_number() OVER (PARTITION BY ord ORDER BY found DESC, id) AS place FROM counted
    ), picked AS (
      SELECT id, min(place) AS place FROM (
        SELECT id, place FROM ranked WHERE place <= ${perQuery}
        UNION ALL
        SELECT id, place FROM signed WHERE place <= ${SIGNATURE_PER_SENTENCE}
      ) both_paths GROUP BY id
    )
    SELECT c.id, c.text, c.gloss, cl.name AS "claimantName",
      coalesce((SELECT array_agg(al.alias) FROM "ClaimantAlias" al WHERE al."claimantId" = cl.id), '{}') AS "claimantAliases",
      coalesce((SELECT array_agg(q.exact ORDER BY q."createdAt") FROM (
        SELECT a.exact, a."createdAt" FROM "Appearance" a WHERE a."claimId" = c.id ORDER BY a."createdAt" LIMIT ${QUOTES_PER_CLAIM}
      ) q), '{}') AS quotes
    FROM picked JOIN "Claim" c ON c.id = picked.id AND c."mergedIntoId" IS NULL
    LEFT JOIN "Claimant" cl ON cl.id = c."claimantId"
    ORDER BY picked.place, c.id`;
}

/**
 * A claim's keys, kept for the aliases they were made with (a new alias list, read every minute, starts afresh):
 * an import of relays of one story meets the same claims article after article. Keys are a pure function of the
 * row (wording, gloss, claimant, quotes) and the aliases, and a kept one is reused only for the same row, so it
 * is never stale; at most KEPT_CLAIMS are kept, the oldest dropped first.
 */
const KEPT_CLAIMS = 20_000;
let keptFor: readonly AliasExpansion[] | null = null;
const kept = new Map<string, { row: CandidateRow; keys: ClaimKeys }>();
const sameRow = (a: CandidateRow, b: CandidateRow) =>
  a.text === b.text && a.gloss === b.gloss && a.claimantName === b.claimantName && a.claimantAliases.join("\n") === b.claimantAliases.join("\n") && a.quotes.length === b.quotes.length && a.quotes.every((q, i) => q === b.quotes[i]);
function claimKeysOf(c: CandidateRow, aliases: readonly AliasExpansion[]): ClaimKeys {
  if (keptFor !== aliases) {
    kept.clear();
    keptFor = aliases;
  }
  const known = kept.get(c.id);
  if (known && sameRow(known.row, c)) return known.keys;
  const keys: ClaimKeys = {
    id: c.id,
    wording: keyWords(c.text, aliases),
    gloss: keyWords(c.gloss ?? "", aliases),
    quotes: c.quotes.map((q) => keyWords(q, aliases)),
    claimant: claimantKeys(c.claimantName === null ? null : { name: c.claimantName, aliases: c.claimantAliases }),
  };
  kept.delete(c.id);
  if (kept.size >= KEPT_CLAIMS) kept.delete(kept.keys().next().value!);
  kept.set(c.id, { row: c, keys });
  return keys;
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
  const sentences = await mapYielding(splitSentences(source.body), (s) => ({ ...s, keys: keyWords(s.text, aliases) }));
  // The source's own appearances are read beside the candidates, not after them (one round trip less an article).
  const [claims, anchored] = await Promise.all([
    candidateClaims(db, sentences.map((s) => [...s.keys])),
    db.appearance.findMany({ where: { sourceId }, select: { claimId: true, start: true, end: true } }),
  ]);
  if (!claims.length) return [];
  const weights = claimWeights(claims);
  const rows: SuggestionRow[] = [];
  await eachYielding(sentences, (sentence) => {
    const matches = matchSentence(sentence.keys, claims, MATCH_THRESHOLD, weights)
      .filter((m) => !anchored.some((a) => a.claimId === m.claimId && a.start < sentence.end && a.end > sentence.start))
      .slice(0, PER_SENTENCE);
    if (!matches.length) return;
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
  });
  return rows;
}

/**
 * Stores new suggestions; one already known for the same sentence and claim (dismissed ones too) is left as it is.
 * One statement: in a transaction of the caller's or on its own. Each column travels as one array (the rows
 * unnested in SQL): `createMany` compiled its query with every row's values, which cost this process about 40 ms
 * of CPU an article (56 rows) where the statement itself takes a few.
 */
export async function storeSuggestions(tx: Tx | Db, rows: SuggestionRow[]): Promise<number> {
  if (!rows.length) return 0;
  const column = <K extends keyof SuggestionRow>(key: K) => rows.map((r) => r[key]);
  return tx.$executeRaw`
    INSERT INTO "MatchSuggestion" (id, "sourceId", "claimId", start, "end", exact, prefix, suffix, "bodyVersion", score, explanation)
    SELECT gen_random_uuid(), r.* FROM unnest(
      ${column("sourceId")}::uuid[], ${column("claimId")}::uuid[], ${column("start")}::int[], ${column("end")}::int[],
      ${column("exact")}::text[], ${column("prefix")}::text[], ${column("suffix")}::text[], ${column("bodyVersion")}::int[],
      ${column("score")}::float8[], ${rows.map((r) => JSON.stringify(r.explanation))}::jsonb[]
    ) AS r
    ON CONFLICT DO NOTHING`;
}

/**
 * Matching for sources just imported, as the system (no person acts): suggestions only, nothing public. Each
 * source's suggestions are one insert, with no transaction around it (nothing else is written with them).
 */
export async function matchImportedSources(sourceIds: string[]): Promise<number> {
  let stored = 0;
  for (const sourceId of sourceIds) {
    const rows = await computeSuggestions(sourceId);
    stored += await getDb().$transaction(async (tx) => {
      // Matched: a later start need not match it again (lib/matching/background.ts).
      await tx.$executeRaw`UPDATE "Source" SET "matchPending" = false WHERE id = ${sourceId}::uuid AND "matchPending"`;
      // The suggestions are stored in the name of the source's importer, re-read here as an audited write would be
      // (lib/auth/confirm-actor.ts): an account deactivated, or no longer allowed to import, since its import stores none.
      return (await importerStillImports(tx, sourceId)) ? storeSuggestions(tx, rows) : 0;
    });
  }
  return stored;
}

/** Whether the source's importer is an active account that may import (a source with none, the seed's, may). */
async function importerStillImports(tx: Tx, sourceId: string): Promise<boolean> {
  const [source] = await tx.$queryRaw<{ importedById: string | null }[]>`SELECT "importedById"::text AS "importedById" FROM "Source" WHERE id = ${sourceId}::uuid`;
  if (!source) return false;
  if (!source.importedById) return true;
  try {
    await confirmAccount(tx, source.importedById, "source.import");
    return true;
  } catch (error) {
    if (isAppError(error)) return false;
    throw error;
  }
}
