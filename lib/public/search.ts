// Public search over published claims: the folded search documents that approval writes (lib/public/search-document.ts,
// 'simple' tsvectors) are held in an index in memory (./search-index.ts); typos are corrected against the vocabulary
// of those documents (pg_trgm); the page's claims are read from PostgreSQL; answers are kept until the next publication.
// Drafts, claims in review and merged-away claims have no place here: only published or withdrawn claims.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { readListFilters } from "@/lib/list-filters";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { excerpt, highlight, queryTerms, type Segment } from "./highlight";
import { COMMIT_OVERLAP_MS, generationCatchUp, onPublication, parseGeneration, type Generation } from "./invalidate";
import { publicGeneration } from "./generation";
import { GENERATION_HEADER } from "./shared-cache";
import { SearchIndex, type Facet, type IndexWindow, type QueryGroup } from "./search-index";
import { publishedText } from "./published-text";
import { boundMessage } from "@/lib/i18n/bounds";
import { canonicalSearchWords } from "./canonical-query";

export const SEARCH_PAGE_SIZE = 20;
/** Queries beyond this many words add nothing but cost: the rest are ignored. */
const MAX_TERMS = 12;

const FIELDS = {
  // Read as the page proxy writes it (lib/public/canonical-query.ts): one search, one address.
  q: z.string().trim().max(200, boundMessage("most", 200, "characters")).transform(canonicalSearchWords),
  kind: z.enum(CLAIM_KINDS, "Unknown kind."),
  verdict: z.enum(VERDICTS, "Unknown verdict."),
  // Blank after trimming means no claimant filter, like an empty field.
  claimant: z
    .string()
    .trim()
    .max(200, boundMessage("most", 200, "characters"))
    .transform((v) => v.normalize("NFC") || undefined),
  from: z.iso.date("Use a date like 2023-09-18."),
  to: z.iso.date("Use a date like 2023-09-18."),
};
const filtersSchema = z.object({
  q: FIELDS.q.optional().default(""),
  kind: FIELDS.kind.optional(),
  verdict: FIELDS.verdict.optional(),
  claimant: FIELDS.claimant.optional(),
  from: FIELDS.from.optional(),
  to: FIELDS.to.optional(),
});
export type SearchFilters = z.output<typeof filtersSchema>;
/** The filters the search page reads (lib/public/canonical-query.ts lists them for the page proxy). */
export const SEARCH_FILTER_KEYS = Object.keys(filtersSchema.shape);

/** Empty parameters mean "no filter": a GET form sends every field, filled or not. */
function present(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => key in FIELDS && value !== "" && value !== undefined && value !== null));
}

/** Strict, for the API: a bad parameter is a 400 with field errors. */
export function parseSearchFilters(input: Record<string, unknown>): SearchFilters {
  return parseInput(filtersSchema, present(input));
}

/** Lenient, for the page: a bad parameter (an old link, a hand-edited address) is dropped, not an error. */
export function readSearchFilters(input: Record<string, unknown>): SearchFilters {
  return readListFilters(filtersSchema, present(input));
}

export type { Facet };
export type SearchHit = {
  id: string;
  slug: string;
  state: "PUBLISHED" | "WITHDRAWN";
  verdict: string | null;
  kind: string | null;
  claimant: string | null;
  text: string;
  gloss: string | null;
  summary: string;
  /** First publication, and the latest revision's. */
  publishedAt: Date;
  updatedAt: Date;
  score: number;
  /** Where the claim's first publication stands in commit order: a keyset cursor continues before it. */
  position: number;
  highlight: { text: Segment[]; summary: Segment[] };
};
export type SearchResult = { total: number; hits: SearchHit[]; /** Whether results follow this window. */ more: boolean; facets: { verdict: Facet[]; kind: Facet[]; claimant: Facet[] } };

type Query = { terms: string[]; groups: QueryGroup[] };

/** A query word no document word starts with is corrected only from this length: shorter ones have too few trigrams. */
const MIN_CORRECTED_LENGTH = 4;

/**
 * The query's words, all required, each as a prefix ("vost" finds "Vostochny"). A word that no word of any public
 * claim starts with is taken for a typo ("vostochy") and replaced by its nearest words in the vocabulary (trigram
 * similarity, at most three); one with none stays, and the search finds nothing. Only such words cost a query.
 * `terms` are what the results highlight: the query's words and their corrections.
 */
async function compileQuery(q: string, held: SearchIndex): Promise<Query> {
  const words = queryTerms(q).slice(0, MAX_TERMS);
  const unknown = words.filter((word) => word.length >= MIN_CORRECTED_LENGTH && !held.hasPrefix(word));
  // Words hold letters and digits only.
  const near = new Map(
    unknown.length
      ? (
          await getDb().$queryRaw<{ word: string; near: string[] }[]>`
            SELECT t.word, ARRAY(SELECT v.word FROM "SearchWord" v WHERE v.word % t.word ORDER BY v.word <-> t.word, v.word LIMIT 3) AS near
            FROM unnest(${unknown}::text[]) AS t(word)`
        ).map((row) => [row.word, row.near])
      : [],
  );
  const corrected = words.map((word) => {
    const options = near.get(word);
    return options?.length ? { group: { words: options }, terms: options } : { group: { prefix: word }, terms: [word] };
  });
  return { terms: [...new Set(corrected.flatMap((c) => c.terms))], groups: corrected.map((c) => c.group) };
}

type Row = Omit<SearchHit, "highlight" | "score" | "position">;

/**
 * The index in memory, built on first use and kept current by `publicationChanged`. A claim it has not heard of
 * yet (another process's approval, announced a moment later) is missing for that moment; one it holds but that
 * is no longer public is never shown, because the page's rows are read with the same conditions.
 */
let index: Promise<SearchIndex> | null = null;
/**
 * The build under way, and the claims announced since it began: read again into it before it is used. `swap`:
 * it replaces an index in use (searches meanwhile use the old one); otherwise it is the first, which they await.
 */
let building: { announced: string[]; swap: boolean } | null = null;

/** A fresh index; `swap` puts it in use once built (unless everything was dropped meanwhile). */
function startBuild(swap: boolean): Promise<SearchIndex> {
  const pending = { announced: [] as string[], swap };
  building = pending;
  // The generation first, then the claims: the index holds at least what that generation names.
  const fresh = publicGeneration()
    .then(parseGeneration, () => null)
    .then(async (seen) => {
      const built = await SearchIndex.build();
      if (seen) generation.assume(seen);
      for (const slug of pending.announced) await built.refresh(slug); // sees slugs pushed while it awaits
      if (building === pending) {
        building = null;
        if (swap) {
          index = fresh;
          cache.clear(); // answers the old index gave
        }
      }
      return built;
    });
  fresh.catch(() => building === pending && (building = null));
  return fresh;
}

function currentIndex(): Promise<SearchIndex> {
  if (index) return index;
  const fresh = startBuild(false);
  index = fresh;
  fresh.catch(() => index === fresh && (index = null));
  return fresh;
}

async function search(filters: SearchFilters, window: IndexWindow): Promise<SearchResult> {
  const held = await currentIndex();
  const query = await compileQuery(filters.q, held);
  const found = held.search(query.groups, filters, window);
  const ids = found.page.map((p) => p.id);
  const rows = ids.length
    ? await getDb().$queryRaw<Row[]>`
        SELECT c.id, c.slug, c.state::text AS state, c.verdict::text AS verdict, c."publicKind"::text AS kind, c."publicClaimant" AS claimant,
               r.snapshot->>'text' AS text, r.snapshot->>'gloss' AS gloss, r.snapshot->>'summary' AS summary,
               c."publishedAt" AS "publishedAt", r."publishedAt" AS "updatedAt"
        FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
        WHERE c.id = ANY(${ids}::uuid[]) AND c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL`
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    total: found.total,
    more: found.more,
    hits: found.page.flatMap(({ id, score, position }) => {
      const row = byId.get(id);
      if (!row) return [];
      const shown = { ...row, text: publishedText(row.text), gloss: publishedText(row.gloss), summary: publishedText(row.summary) };
      return [{ ...shown, score, position, highlight: { text: highlight(shown.text, query.terms), summary: excerpt(shown.summary, query.terms) } }];
    }),
    facets: found.facets,
  };
}


/**
 * Step 4 of lib/public/invalidate.ts: nginx asked for a generation this process has not heard of. The answers kept
 * go, and every claim published since the generation it last saw is read again into the index before the search
 * runs (searches wait for the index's refreshes).
 */
async function catchUpSince(since: Generation | null): Promise<void> {
  forgetAnswers();
  if (!index) return; // not built yet: it will read the database as it is
  if (!since) return publicationChanged(null);
  const changed = await getDb().$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT c.slug FROM "ClaimRevision" r JOIN "Claim" c ON c.id = r."claimId"
    WHERE r."publishedAt" > ${new Date(since.latest.getTime() - COMMIT_OVERLAP_MS)}`;
  for (const { slug } of changed) publicationChanged(slug);
  await index?.catch(() => {});
}

const generation = generationCatchUp(publicGeneration, catchUpSince, (line) => console.error(`search: ${line}`));

/** The generation nginx asked for (X-Claimdesk-Generation, passed on by the front server from a trusted proxy only). */
async function askedGeneration(): Promise<string | undefined> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return undefined;
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get(GENERATION_HEADER) ?? undefined;
  } catch (error) {
    // Next's own signals (a page being rendered ahead of time bails out here) go on; outside a request (a script,
    // a test) there is no header.
    const { unstable_rethrow } = await import("next/navigation");
    unstable_rethrow(error);
    return undefined;
  }
}

/**
 * Catch up with this generation as a request from nginx makes it (for tests): resolves once the search answers
 * reflect it, at once when nothing is newer.
 */
export async function catchUpSearch(asked: string | undefined): Promise<void> {
  await generation.catchUp(asked);
}

/**
 * Answers by filters and window, kept until the next publication (an approval in this process empties it at once,
 * one elsewhere through its notice) and for a minute at most: a popular search costs one lookup.
 */
const cache = new Map<string, { result: Promise<SearchResult>; storedAt: number }>();
const CACHE_ENTRIES = 500;
const CACHE_TTL_MS = 60_000;
let listening: Promise<unknown> | null = null;

/**
 * Facts about the public list that only a publication changes (how many claims are public, for the sitemap's files),
 * kept as the answers are: until the next publication (heard in this process, through its notice, or caught up to
 * the generation nginx asks for) and a minute at most. A read that fails is not kept.
 */
const facts = new Map<string, { value: Promise<unknown>; storedAt: number }>();

function forgetAnswers(): void {
  cache.clear();
  facts.clear();
}

/** Hear other processes' approvals (in the Next.js server), and catch up to the generation nginx asked for. */
async function upToDate(): Promise<void> {
  // In the Next.js server, approvals made by other processes are heard too; scripts and tests hear their own only.
  const url = process.env.DATABASE_URL;
  if (url && process.env.NEXT_RUNTIME === "nodejs") listening ??= onPublication(url, { refreshSearch: heardOf }, (line) => console.log(`search: ${line}`)).catch(() => null);
  await generation.catchUp(await askedGeneration());
}

/** `read`'s answer under `key`, read once until the next publication (see `facts`). */
export async function keptUntilPublication<T>(key: string, read: () => Promise<T>): Promise<T> {
  await upToDate();
  const hit = facts.get(key);
  if (hit && Date.now() - hit.storedAt < CACHE_TTL_MS) return hit.value as Promise<T>;
  const value = read();
  facts.set(key, { value, storedAt: Date.now() });
  value.catch(() => facts.get(key)?.value === value && facts.delete(key));
  return value;
}

/** Drops the kept answers; the index stays (the benchmark ranks each search afresh this way). */
export function clearSearchAnswers(): void {
  forgetAnswers();
}

/** Drops everything kept in memory, the index too: for data changed behind the app's back (tests). */
export function clearSearchCache(): void {
  forgetAnswers();
  index = null;
  building = null;
}

/**
 * A claim was published, corrected or withdrawn (its slug), or notices may have been missed (null): kept answers
 * go, and the index reads that claim again, or is built afresh in the background while the old one serves.
 * Searches begun afterwards wait for the claim to be read, so an approval shows at once in its own process.
 */
export function publicationChanged(slug: string | null): void {
  forgetAnswers();
  if (!index) return;
  if (slug === null) {
    if (!building) void startBuild(true).catch(() => {});
    return;
  }
  building?.announced.push(slug);
  if (building && !building.swap) return; // the first index, still being built: it reads the claim before use
  const after = index.then(async (held) => {
    await held.refresh(slug);
    if (held.wornOut && !building) void startBuild(true).catch(() => {});
    return held;
  });
  index = after;
  // A failed read leaves the index unsure of that claim: the next search builds it again.
  after.catch(() => index === after && (index = null));
}

/** A publication notice (or a lost connection): the claim read again, and the generation re-read. */
function heardOf(slug: string | null): void {
  publicationChanged(slug);
  generation.heard();
}

/** One window of results (best first; without a query, newest first), the total, and facet counts. */
export async function searchPublishedClaims(filters: SearchFilters, window: IndexWindow): Promise<SearchResult> {
  await upToDate();
  const key = JSON.stringify([filters.q, filters.kind, filters.verdict, filters.claimant, filters.from, filters.to, window.offset, window.limit, window.before?.toString()]);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.storedAt < CACHE_TTL_MS) return hit.result;
  const result = search(filters, window);
  cache.delete(key);
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, { result, storedAt: Date.now() });
  // A failed search is not kept.
  result.catch(() => cache.get(key)?.result === result && cache.delete(key));
  return result;
}
