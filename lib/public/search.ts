// Public search over published claims, in PostgreSQL alone: full-text search ('simple' tsvector) and pg_trgm
// word similarity over the folded search document that approval writes (lib/public/search-document.ts).
// Drafts, claims in review and merged-away claims have no place here: only published or withdrawn claims.
import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { foldForMatch } from "@/lib/sources/normalize";
import { excerpt, highlight, queryTerms, type Segment } from "./highlight";

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

/** Folded query and its tsquery: every word as a prefix ("vost" finds "Vostochny"). */
function compileQuery(q: string) {
  const terms = queryTerms(q).slice(0, MAX_TERMS);
  // Terms hold letters and digits only, so they cannot carry tsquery operators.
  return { terms, folded: foldForMatch(q), tsquery: terms.map((term) => `${term}:*`).join(" & ") };
}

/**
 * The WHERE clause: public claims, the query, and every filter except `except` (facet counts of one dimension
 * ignore its own filter, so choosing a verdict still shows how many claims the other verdicts have).
 */
function whereSql(filters: SearchFilters, query: ReturnType<typeof compileQuery>, except?: Dimension): Prisma.Sql {
  const conditions = [Prisma.sql`c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL AND c."searchFolded" IS NOT NULL`];
  // Full text for whole words and prefixes, trigram word similarity (threshold 0.6) for typos; both use GIN indexes.
  if (query.terms.length) conditions.push(Prisma.sql`(c."searchVector" @@ to_tsquery('simple', ${query.tsquery}) OR ${query.folded} <% c."searchFolded")`);
  if (filters.kind && except !== "kind") conditions.push(Prisma.sql`c."publicKind" = ${filters.kind}::"ClaimKind"`);
  if (filters.verdict && except !== "verdict") conditions.push(Prisma.sql`c.verdict = ${filters.verdict}::"Verdict"`);
  if (filters.claimant && except !== "claimant") conditions.push(Prisma.sql`c."publicClaimant" = ${filters.claimant}`);
  // Dates are the newsroom's calendar days (Vietnam), as the pages show them.
  if (filters.from) conditions.push(Prisma.sql`c."publishedAt" >= (${filters.from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  if (filters.to) conditions.push(Prisma.sql`c."publishedAt" < ((${filters.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  return Prisma.join(conditions, " AND ");
}

const FACET_COLUMN: Record<Dimension, Prisma.Sql> = {
  verdict: Prisma.sql`c.verdict::text`,
  kind: Prisma.sql`c."publicKind"::text`,
  claimant: Prisma.sql`c."publicClaimant"`,
};

async function facet(filters: SearchFilters, query: ReturnType<typeof compileQuery>, dimension: Dimension): Promise<Facet[]> {
  const column = FACET_COLUMN[dimension];
  return getDb().$queryRaw<Facet[]>`
    SELECT ${column} AS value, count(*)::int AS count FROM "Claim" c
    WHERE ${whereSql(filters, query, dimension)} AND ${column} IS NOT NULL
    GROUP BY 1 ORDER BY 2 DESC, 1`;
}

type Row = Omit<SearchHit, "highlight">;

/** One window of results (best first; without a query, newest first), the total, and facet counts. */
export async function searchPublishedClaims(filters: SearchFilters, window: { offset: number; limit: number }): Promise<SearchResult> {
  const query = compileQuery(filters.q);
  const where = whereSql(filters, query);
  // ts_rank_cd rewards matched words close together; word_similarity carries the typo matches.
  const score = query.terms.length
    ? Prisma.sql`(ts_rank_cd(c."searchVector", to_tsquery('simple', ${query.tsquery})) + word_similarity(${query.folded}, c."searchFolded"))`
    : Prisma.sql`0`;
  const db = getDb();
  const [rows, [count], verdict, kind, claimant] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT c.id, c.slug, c.state::text AS state, c.verdict::text AS verdict, c."publicKind"::text AS kind, c."publicClaimant" AS claimant,
             r.snapshot->>'text' AS text, r.snapshot->>'gloss' AS gloss, r.snapshot->>'summary' AS summary,
             c."publishedAt" AS "publishedAt", r."publishedAt" AS "updatedAt", ${score}::float8 AS score
      FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
      WHERE ${where}
      ORDER BY score DESC, c."publishedAt" DESC, c.id
      LIMIT ${window.limit} OFFSET ${window.offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Claim" c WHERE ${where}`,
    facet(filters, query, "verdict"),
    facet(filters, query, "kind"),
    facet(filters, query, "claimant"),
  ]);
  return {
    total: count?.total ?? 0,
    hits: rows.map((row) => ({ ...row, highlight: { text: highlight(row.text, query.terms), summary: excerpt(row.summary, query.terms) } })),
    facets: { verdict, kind, claimant },
  };
}
