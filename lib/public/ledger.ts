// The public ledger: published claims as data, by kind, with their frozen attributes and verdicts, and a count per
// month of what was alleged, denied, confirmed and refuted. Reads the database's copy of published revisions
// ("LedgerEntry"), never a working copy.
import { csvCell } from "@/lib/csv";
import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { firstOfEach, readListFilters } from "@/lib/list-filters";
import { ATTRIBUTE_FIELDS, MATERIEL, type AttributeKind, type ClaimAttributes } from "@/lib/claims/attributes";
import { VERDICTS, type Verdict } from "@/lib/workflow/verdicts";
import { publishedAttributes, publishedText } from "./published-text";
import { boundMessage } from "@/lib/i18n/bounds";
import { canonicalLedgerName } from "./canonical-query";

export const LEDGER_KINDS = Object.keys(ATTRIBUTE_FIELDS) as AttributeKind[];
export const LEDGER_STATUSES = ["ALLEGED", "DENIED", "CONFIRMED", "REFUTED"] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];
/** Rows a ledger answer holds at most (newest month first); the timeline counts every matching claim. */
export const LEDGER_MAX_ROWS = 500;
/** Rows per page of the HTML ledger: a page stays a few hundred KB at most, and older rows are a link away. */
export const LEDGER_PAGE_ROWS = 100;

/** `?page=` as a page number from 1; anything else is the first page. */
export function parseLedgerPage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,6}$/.test(raw.trim())) return 1;
  return Math.max(1, Number(raw.trim()));
}

const month = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2023-09.")
  .optional()
  .or(z.literal("").transform(() => undefined));
// Composed (NFC), as names are typed on the desk: one typed or pasted with combining marks found nothing. In lower case,
// as they are matched: the page proxy sends another case to this spelling (lib/public/canonical-query.ts).
const name = z
  .string()
  .trim()
  .max(120, boundMessage("most", 120, "characters"))
  .optional()
  .transform((v) => (v === undefined ? undefined : canonicalLedgerName(v) || undefined));

export const ledgerFilterSchema = z.object({
  supplier: name,
  recipient: name,
  materiel: z.enum(MATERIEL).optional().or(z.literal("").transform(() => undefined)).catch(undefined),
  verdict: z.enum(VERDICTS).optional().or(z.literal("").transform(() => undefined)).catch(undefined),
  from: month.catch(undefined),
  to: month.catch(undefined),
});
export type LedgerFilter = z.infer<typeof ledgerFilterSchema>;

export function parseLedgerFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): LedgerFilter {
  // A repeated key's first value, as the page reads it (readLedgerFilter), whichever form the parameters come in.
  const entries = Object.entries(params instanceof URLSearchParams ? firstOfEach(params) : params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]);
  const known = Object.keys(ledgerFilterSchema.shape);
  return parseInput(ledgerFilterSchema, Object.fromEntries(entries.filter(([k, v]) => known.includes(String(k)) && v !== undefined)));
}

/**
 * Lenient, for the page: a filter it cannot take (a name over its length, NUL, a broken surrogate, from an old link or
 * a hand-edited address) is dropped, as the search page drops one, instead of failing the page with a 500. The API and
 * ledger.csv keep parseLedgerFilter's 400.
 */
export function readLedgerFilter(params: Record<string, string | string[] | undefined>): LedgerFilter {
  return readListFilters(ledgerFilterSchema, params);
}

export type LedgerRow = {
  slug: string;
  url: string;
  kind: AttributeKind;
  text: string;
  verdict: Verdict | null;
  status: LedgerStatus;
  /** The month the item is about: its period's start, the meeting or signing date, when it was said, or else when published. */
  month: string;
  publishedAt: string;
  attributes: ClaimAttributes;
  /** For a denial: the claims it denies, as their published revisions word them. */
  denies: { slug: string; text: string }[];
};

export type Ledger = {
  filter: LedgerFilter;
  total: number;
  /** How many matching rows come before `rows[0]`. */
  offset: number;
  rows: LedgerRow[];
  timeline: { month: string; counts: Record<LedgerStatus, number> }[];
};

const CONFIRMED: readonly string[] = ["CONFIRMED", "MOSTLY_CONFIRMED"];
const REFUTED: readonly string[] = ["FALSE", "MISLEADING"];

export function statusOf(kind: string, verdict: string | null): LedgerStatus {
  if (kind === "DENIAL") return "DENIED";
  if (verdict && CONFIRMED.includes(verdict)) return "CONFIRMED";
  if (verdict && REFUTED.includes(verdict)) return "REFUTED";
  return "ALLEGED";
}

/**
 * The ledger entries (e) of published claims of a ledger kind that match the filter: the FROM and WHERE of both
 * queries. Entries are the database's copy of each public claim's latest revision (table "LedgerEntry", kept by a
 * trigger), with names lower-cased into indexed arrays, so a filter is an index lookup rather than a scan of revisions.
 */
function matching(filter: LedgerFilter) {
  const conditions: Prisma.Sql[] = [Prisma.sql`e.state = 'PUBLISHED' AND e.kind = ANY(${LEDGER_KINDS}::"ClaimKind"[])`];
  // Supplier, recipient and materiel of an entry; a denial matches through the claims it denies.
  const attributeConditions = (x: Prisma.Sql) => [
    ...(filter.supplier ? [Prisma.sql`${x}.suppliers @> ARRAY[lower(${filter.supplier})]`] : []),
    ...(filter.recipient ? [Prisma.sql`${x}.recipients @> ARRAY[lower(${filter.recipient})]`] : []),
    ...(filter.materiel ? [Prisma.sql`${x}.materiel @> ARRAY[${filter.materiel}::text]`] : []),
  ];
  const own = attributeConditions(Prisma.sql`e`);
  if (own.length) {
    // A denied claim counts while it is public (published or withdrawn, not merged away): it then has an entry. The
    // denials are read once (an array), from the few entries the indexed filter matches, not per denial: the addresses
    // those claims have had first, then the published links to them from the index on "toSlug" (a join let the planner
    // scan every link). Published links ("PublishedLink", the denials' latest revisions), never "ClaimLink": an editor's
    // link on a denial's working copy is unreviewed, and made a published denial appear under these filters at once.
    const deniedWhere = Prisma.join(attributeConditions(Prisma.sql`d`), " AND ");
    conditions.push(Prisma.sql`((${Prisma.join(own, " AND ")}) OR (e.kind = 'DENIAL' AND e."claimId" = ANY(ARRAY(
      SELECT pl."fromClaimId" FROM "PublishedLink" pl
      WHERE pl.type = 'DENIES' AND pl."toSlug" = ANY(ARRAY(
        SELECT c.slug FROM "LedgerEntry" d JOIN "Claim" c ON c.id = d."claimId" WHERE ${deniedWhere}
        UNION ALL SELECT s.slug FROM "LedgerEntry" d JOIN "ClaimSlug" s ON s."claimId" = d."claimId" WHERE ${deniedWhere}))))))`);
  }
  // As the enum the column holds: a cast of the column to text hid it from every index, and the filter scanned each entry.
  if (filter.verdict) conditions.push(Prisma.sql`e.verdict = ${filter.verdict}::"Verdict"`);
  if (filter.from) conditions.push(Prisma.sql`e.month >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`e.month <= ${filter.to}`);
  return Prisma.sql`"LedgerEntry" e WHERE ${Prisma.join(conditions, " AND ")}`;
}

type Raw = { slug: string; kind: AttributeKind; text: string; verdict: Verdict | null; month: string; publishedAt: Date; attributes: ClaimAttributes | null; denies: { slug: string; text: string }[] | null };

/** The two statements of a ledger answer: its window of rows, and the count per month, kind and verdict of all that match. */
export function ledgerStatements(filter: LedgerFilter, limit: number, offset: number): { rows: Prisma.Sql; counts: Prisma.Sql } {
  const from = matching(filter);
  return {
    rows: Prisma.sql`
    SELECT c.slug, m.kind, m.text, m.verdict, m.month, m."publishedAt", m.attributes, m.denies
    FROM (SELECT e."claimId", e.kind::text AS kind, e.text, e.verdict::text AS verdict, e.month, e."publishedAt", e.attributes, e.denies
          FROM ${from}
          ORDER BY e.month DESC, e."publishedAt" DESC, e."claimId"
          LIMIT ${limit} OFFSET ${offset}) m
    JOIN "Claim" c ON c.id = m."claimId"
    ORDER BY m.month DESC, m."publishedAt" DESC, m."claimId"`,
    counts: Prisma.sql`
    SELECT month, kind::text AS kind, verdict::text AS verdict, n FROM (SELECT e.month, e.kind, e.verdict, count(*) AS n FROM ${from} GROUP BY 1, 2, 3) g ORDER BY 1`,
  };
}

/**
 * The ledger for a filter: a window of its rows (newest month first; by default the first LEDGER_MAX_ROWS) and
 * the per-month timeline of all that match.
 */
export async function getLedger(filter: LedgerFilter, window: { limit?: number; offset?: number } = {}): Promise<Ledger> {
  const limit = Math.min(LEDGER_MAX_ROWS, Math.max(1, window.limit ?? LEDGER_MAX_ROWS));
  const offset = Math.max(0, window.offset ?? 0);
  const db = getDb();
  const statements = ledgerStatements(filter, limit, offset);
  // The timeline's counts and the rows are read from one snapshot (a read-only REPEATABLE READ transaction): read
  // apart, a publication committed between them made the total disagree with the rows beside it.
  const [, counts, rows] = await db.$transaction(
    [db.$executeRaw`SET TRANSACTION READ ONLY`, db.$queryRaw<{ month: string; kind: string; verdict: string | null; n: bigint }[]>(statements.counts), db.$queryRaw<Raw[]>(statements.rows)],
    { isolationLevel: "RepeatableRead" },
  );
  const timeline = new Map<string, Record<LedgerStatus, number>>();
  let total = 0;
  for (const row of counts) {
    const entry = timeline.get(row.month) ?? { ALLEGED: 0, DENIED: 0, CONFIRMED: 0, REFUTED: 0 };
    entry[statusOf(row.kind, row.verdict)] += Number(row.n);
    total += Number(row.n);
    timeline.set(row.month, entry);
  }
  return {
    filter,
    total,
    offset,
    rows: rows.map((r) => ({
      slug: r.slug,
      url: `/claims/${r.slug}`,
      kind: r.kind,
      text: publishedText(r.text),
      verdict: r.verdict,
      status: statusOf(r.kind, r.verdict),
      month: r.month,
      publishedAt: r.publishedAt.toISOString(),
      attributes: publishedAttributes(r.attributes ?? {}),
      denies: (r.denies ?? []).map((d) => ({ slug: d.slug, text: publishedText(d.text) })),
    })),
    timeline: [...timeline.entries()].map(([m, c]) => ({ month: m, counts: c })),
  };
}

/** One attribute as plain text, for the table and the CSV. */
export function attributeText(attributes: ClaimAttributes, field: string, materielName: (m: string) => string = (m) => m): string {
  const value = (attributes as Record<string, unknown>)[field];
  if (value === undefined || value === null) return "";
  if (field === "materiel" && Array.isArray(value)) return value.map((m) => materielName(String(m))).join(", ");
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return String((value as { text?: string }).text ?? "");
  return String(value);
}

const CSV_FIELDS = ["supplier", "recipient", "materiel", "quantity", "periodFrom", "periodTo", "route", "deniedBy", "treaty", "article", "obligation", "parties", "signedAt", "ratifiedAt", "inForceAt", "who", "where", "when", "imposedBy", "target", "measures"] as const;

/** The same rows as the table, one line each (RFC 4180, UTF-8 with a byte order mark for spreadsheets). */
export function ledgerCsv(ledger: Ledger, origin: string): string {
  const header = ["kind", "status", "verdict", "month", "claim", "url", ...CSV_FIELDS, "denies"];
  const lines = ledger.rows.map((r) =>
    [r.kind, r.status, r.verdict ?? "", r.month, r.text, `${origin}${r.url}`, ...CSV_FIELDS.map((f) => attributeText(r.attributes, f)), r.denies.map((d) => `${origin}/claims/${d.slug}`).join(" ")].map(csvCell).join(","),
  );
  return `\uFEFF${[header.join(","), ...lines].join("\r\n")}\r\n`;
}
