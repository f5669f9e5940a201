// Public search over published claims, in PostgreSQL alone: full-text search ('simple' tsvector) over the folded
// search document that approval writes (lib/public/search-document.ts), with typos corrected against the
// vocabulary of those documents (pg_trgm), and answers kept until the next publication.
// Drafts, claims in review and merged-away claims have no place here: only published or withdrawn claims.
import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { excerpt, highlight, queryTerms, type Segment } from "./highlight";
import { listenForPublications } from "./publications";

export const SEARCH_PAGE_SIZE = 20;
/** Queries beyond this many words add nothing but cost: the rest are ignored. */
const MAX_TERMS = 12;

const FIELDS = {
  q: z.string().trim().max(200, "At most 200 characters."),
  kind: z.enum(CLAIM_KINDS, "Unknown kind."),
  verdict: z.enum(VERDICTS, "Unknown verdict."),
  // Blank after trimming means no claimant filter, like an empty field.
  claimant: z
    .string()
    .trim()
    .max(200, "At most 200 characters.")
    .transform((v) => v || undefined),
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
  const kept = Object.fromEntries(Object.entries(present(input)).filter(([key, value]) => FIELDS[key as keyof typeof FIELDS].safeParse(value).success));
  return filtersSchema.parse(kept);
}

export type Facet = { value: string; count: number };
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
  highlight: { text: Segment[]; summary: Segment[] };
};
export type SearchResult = { total: number; hits: SearchHit[]; facets: { verdict: Facet[]; kind: Facet[]; claimant: Facet[] } };

type Dimension = "verdict" | "kind" | "claimant";
type Query = { terms: string[]; tsquery: string };

/** A query word no document word starts with is corrected only from this length: shorter ones have too few trigrams. */
const MIN_CORRECTED_LENGTH = 4;

/**
 * The query as a tsquery: every word as a prefix ("vost" finds "Vostochny"), all required. A word that no word
 * of any public claim starts with is taken for a typo ("vostochy") and replaced by its nearest words in the
 * vocabulary (trigram similarity, at most three); one with none stays, and the search finds nothing.
 * `terms` are what the results highlight: the query's words and their corrections.
 */
async function compileQuery(q: string): Promise<Query> {
  const words = queryTerms(q).slice(0, MAX_TERMS);
  if (!words.length) return { terms: [], tsquery: "" };
  // Words hold letters and digits only, so they carry neither LIKE wildcards nor tsquery operators.
  const rows = await getDb().$queryRaw<{ word: string; known: boolean; near: string[] }[]>`
    SELECT t.word,
           EXISTS (SELECT 1 FROM "SearchWord" v WHERE v.word LIKE t.word || '%') AS known,
           ARRAY(SELECT v.word FROM "SearchWord" v WHERE length(t.word) >= ${MIN_CORRECTED_LENGTH} AND v.word % t.word
                 ORDER BY v.word <-> t.word, v.word LIMIT 3) AS near
    FROM unnest(${words}::text[]) WITH ORDINALITY AS t(word, n)
    ORDER BY t.n`;
  const corrected = rows.map((row) => (row.known || !row.near.length ? { query: `${row.word}:*`, terms: [row.word] } : { query: `(${row.near.join(" | ")})`, terms: row.near }));
  return { terms: [...new Set(corrected.flatMap((c) => c.terms))], tsquery: corrected.map((c) => c.query).join(" & ") };
}

const DIMENSION_FILTER: Record<Dimension, (filters: SearchFilters) => Prisma.Sql | null> = {
  kind: (f) => (f.kind ? Prisma.sql`c."publicKind" = ${f.kind}::"ClaimKind"` : null),
  verdict: (f) => (f.verdict ? Prisma.sql`c.verdict = ${f.verdict}::"Verdict"` : null),
  claimant: (f) => (f.claimant ? Prisma.sql`c."publicClaimant" = ${f.claimant}` : null),
};

/** Public claims matching the query and the dates; the verdict, kind and claimant filters only with `dimensions`. */
function whereSql(filters: SearchFilters, query: Query, dimensions: boolean): Prisma.Sql {
  const conditions = [Prisma.sql`c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL AND c."searchVector" IS NOT NULL`];
  if (query.tsquery) conditions.push(Prisma.sql`c."searchVector" @@ to_tsquery('simple', ${query.tsquery})`);
  // Dates are the newsroom's calendar days (Vietnam), as the pages show them.
  if (filters.from) conditions.push(Prisma.sql`c."publishedAt" >= (${filters.from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  if (filters.to) conditions.push(Prisma.sql`c."publishedAt" < ((${filters.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  if (dimensions) conditions.push(othersHold(filters));
  return Prisma.join(conditions, " AND ");
}

/** True where every dimension filter but `except` holds (facet counts of one dimension ignore its own filter). */
function othersHold(filters: SearchFilters, except?: Dimension): Prisma.Sql {
  const held = (Object.keys(DIMENSION_FILTER) as Dimension[]).filter((d) => d !== except).flatMap((d) => DIMENSION_FILTER[d](filters) ?? []);
  return held.length ? Prisma.join(held, " AND ") : Prisma.sql`true`;
}

type Row = Omit<SearchHit, "highlight">;
type CountRow = { dimension: Dimension | "total"; value: string | null; count: number };

/**
 * The total and the three facets in one pass over the matching claims: grouping sets, each counting the rows
 * that pass the other dimensions' filters (choosing a verdict still shows how many claims the others have).
 */
function countsSql(filters: SearchFilters, query: Query): Prisma.Sql {
  return Prisma.sql`
    SELECT dimension, value, count FROM (
      SELECT CASE WHEN GROUPING(c.verdict) = 0 THEN 'verdict' WHEN GROUPING(c."publicKind") = 0 THEN 'kind'
                  WHEN GROUPING(c."publicClaimant") = 0 THEN 'claimant' ELSE 'total' END AS dimension,
             COALESCE(c.verdict::text, c."publicKind"::text, c."publicClaimant") AS value,
             (CASE WHEN GROUPING(c.verdict) = 0 THEN count(*) FILTER (WHERE ${othersHold(filters, "verdict")})
                   WHEN GROUPING(c."publicKind") = 0 THEN count(*) FILTER (WHERE ${othersHold(filters, "kind")})
                   WHEN GROUPING(c."publicClaimant") = 0 THEN count(*) FILTER (WHERE ${othersHold(filters, "claimant")})
                   ELSE count(*) FILTER (WHERE ${othersHold(filters)}) END)::int AS count
      FROM "Claim" c
      WHERE ${whereSql(filters, query, false)}
      GROUP BY GROUPING SETS ((c.verdict), (c."publicKind"), (c."publicClaimant"), ())
    ) counted
    WHERE dimension = 'total' OR (value IS NOT NULL AND count > 0)
    ORDER BY count DESC, value`;
}

async function search(filters: SearchFilters, window: { offset: number; limit: number }): Promise<SearchResult> {
  const query = await compileQuery(filters.q);
  // ts_rank_cd rewards matched words close together, and the claim's own words (weight A) over its context.
  const score = query.tsquery ? Prisma.sql`ts_rank_cd(c."searchVector", to_tsquery('simple', ${query.tsquery}))` : Prisma.sql`0`;
  const db = getDb();
  // The window is chosen on the claim rows alone; only its few claims read their published snapshot.
  const [rows, counts] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH page AS (
        SELECT c.id, ${score}::float8 AS score FROM "Claim" c
        WHERE ${whereSql(filters, query, true)}
        ORDER BY ${query.tsquery ? Prisma.sql`score DESC, ` : Prisma.empty}c."publishedAt" DESC, c.id
        LIMIT ${window.limit} OFFSET ${window.offset})
      SELECT c.id, c.slug, c.state::text AS state, c.verdict::text AS verdict, c."publicKind"::text AS kind, c."publicClaimant" AS claimant,
             r.snapshot->>'text' AS text, r.snapshot->>'gloss' AS gloss, r.snapshot->>'summary' AS summary,
             c."publishedAt" AS "publishedAt", r."publishedAt" AS "updatedAt", page.score
      FROM page JOIN "Claim" c ON c.id = page.id JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
      ORDER BY page.score DESC, c."publishedAt" DESC, c.id`,
    db.$queryRaw<CountRow[]>(countsSql(filters, query)),
  ]);
  const facet = (dimension: Dimension) => counts.filter((c) => c.dimension === dimension).map(({ value, count }) => ({ value: value!, count }));
  return {
    total: counts.find((c) => c.dimension === "total")?.count ?? 0,
    hits: rows.map((row) => ({ ...row, highlight: { text: highlight(row.text, query.terms), summary: excerpt(row.summary, query.terms) } })),
    facets: { verdict: facet("verdict"), kind: facet("kind"), claimant: facet("claimant") },
  };
}

/**
 * Answers by filters and window, kept until the next publication (an approval in this process empties it at once,
 * one elsewhere through its notice) and for a minute at most: popular searches cost one lookup, not a ranking of
 * thousands of claims.
 */
const cache = new Map<string, { result: Promise<SearchResult>; storedAt: number }>();
const CACHE_ENTRIES = 500;
const CACHE_TTL_MS = 60_000;
let listening: Promise<unknown> | null = null;

export function clearSearchCache(): void {
  cache.clear();
}

/** One window of results (best first; without a query, newest first), the total, and facet counts. */
export async function searchPublishedClaims(filters: SearchFilters, window: { offset: number; limit: number }): Promise<SearchResult> {
  // In the Next.js server, approvals made by other processes are heard too; scripts and tests hear their own only.
  const url = process.env.DATABASE_URL;
  if (url && process.env.NEXT_RUNTIME === "nodejs") listening ??= listenForPublications(url, clearSearchCache, (line) => console.log(`search cache: ${line}`)).catch(() => null);
  const key = JSON.stringify([filters.q, filters.kind, filters.verdict, filters.claimant, filters.from, filters.to, window.offset, window.limit]);
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
