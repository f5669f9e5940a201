// The read-only public API's data: the same published data as the public pages, shaped as JSON.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { getPublishedClaim, listCorrections, listClaimReviews, oldestClaimReviewPosition, oldestCorrectionPosition, type PublishedRevision } from "./published-claims";
import { claimReviewFor } from "./claim-review";
import { claimUrl, organisation } from "./site";
import { siteTimeZone, zonedDateTime } from "./datetime";
import { vi } from "@/lib/i18n/vi";
import { keptUntilPublication, parseSearchFilters, searchPublishedClaims } from "./search";
import { getLedger, ledgerFilterSchema, parseLedgerFilter } from "./ledger";
import { RATING_VALUE, BEST_RATING, WORST_RATING, type Verdict } from "@/lib/workflow/verdicts";
import { RANKED_RESULTS_MAX } from "./search-window";
import { firstOfEach } from "@/lib/list-filters";

export const API_PAGE_SIZE = 20;
export const API_MAX_PAGE_SIZE = 100;

/**
 * Cursors are opaque to clients. A time-ordered list (the corrections log, the ClaimReview feed, claims without a
 * query) pages by keyset: its cursor holds the commit-order position ("PublicationOrder") of the last item given, and
 * the next page holds what committed before it, so a publication between two requests neither repeats nor skips an
 * item (it goes to the front, where the next poll from the start finds it). A relevance-ranked search pages by
 * offset, which a claim published between two requests can shift by one place.
 */
export type Cursor = { offset: number } | { before: bigint };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from("offset" in cursor ? `o:${cursor.offset}` : `p:${cursor.before}`).toString("base64url");
}

const cursorError = (message: string) => new AppError("INVALID", message, { fieldErrors: { cursor: [message] } });

/**
 * A cursor as the list `kind` takes it: "keyset" (time order) or "offset" (ranked search). An offset cursor on a
 * time-ordered list (as every list gave before they paged by keyset) is refused with a 400 that says to start again.
 */
export function decodeCursor(cursor: string | null, kind: "keyset" | "offset"): Cursor | null {
  if (!cursor) return null;
  const match = /^(?:o:(0|[1-9]\d{0,6})|p:([1-9]\d{0,17}))$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw cursorError("Unknown cursor.");
  const decoded: Cursor = match[1] !== undefined ? { offset: Number(match[1]) } : { before: BigInt(match[2]!) };
  // Only as encodeCursor writes it: Node's base64url reader skips padding, spaces and any character it does not know,
  // and ignores a last character's unused bits, so "cDoxMg", "cDoxMg=", "cD.oxMg" and "cDoxMh" were one cursor under
  // as many addresses, each a new search or read for every cache on the way.
  if (encodeCursor(decoded) !== cursor) throw cursorError("Unknown cursor.");
  if (kind === "keyset" && "offset" in decoded) throw cursorError("This cursor pages by offset, which this list no longer does; start again without a cursor.");
  if (kind === "offset" && "before" in decoded) throw cursorError("This cursor belongs to a list without a query; start again without a cursor.");
  return decoded;
}

/** The position a keyset cursor continues before, or null for the first page. */
function keysetBefore(params: URLSearchParams): bigint | null {
  const cursor = decodeCursor(params.get("cursor"), "keyset");
  return cursor && "before" in cursor ? cursor.before : null;
}

/**
 * Refuses query parameters an operation does not take (a misspelt filter, or `page` where paging is by cursor)
 * with a 400 that names them, rather than answering as if they had not been sent.
 */
export function onlyParams(params: URLSearchParams, allowed: readonly string[]): void {
  const unknown = [...new Set([...params.keys()].filter((name) => !allowed.includes(name)))];
  if (unknown.length) {
    const names = unknown.map((n) => n.slice(0, 40));
    throw new AppError("INVALID", `Unknown query parameter${names.length > 1 ? "s" : ""}: ${names.join(", ")}.`, {
      fieldErrors: Object.fromEntries(names.map((n) => [n, [`Unknown parameter; this operation takes ${allowed.length ? allowed.join(", ") : "none"}.`]])),
    });
  }
  const repeated = [...new Set([...params.keys()].filter((name, i, all) => all.indexOf(name) !== i))];
  if (repeated.length) {
    throw new AppError("INVALID", `Repeated query parameter: ${repeated.join(", ")}.`, { fieldErrors: Object.fromEntries(repeated.map((n) => [n, ["Send this parameter once."]])) });
  }
}

export const SEARCH_PARAMS = ["q", "kind", "verdict", "claimant", "from", "to", "limit", "cursor"] as const;
export const PAGED_PARAMS = ["limit", "cursor"] as const;

/**
 * `limit` as decimal digits only, as written without leading zeros: Number() alone also read "1e2", "0x10", "+5", " 5" and "5.0", which the OpenAPI
 * document's integer does not name, so two spellings of one page were two addresses for every cache on the way.
 */
export function pageSize(params: URLSearchParams): number {
  const raw = params.get("limit");
  if (raw === null || raw === "") return API_PAGE_SIZE;
  // Without leading zeros too: "020" and "20" were one page under two addresses.
  const limit = /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > API_MAX_PAGE_SIZE) {
    throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { limit: ["Use a whole number from 1 to 100."] } });
  }
  return limit;
}

/**
 * GET /api/v1/claims: search with the public page's filters, in cursor-paginated windows. URLs are absolute on
 * `base`. With a query, results are ranked by relevance and the cursor holds an offset; without one, they are newest
 * first publication first (in commit order) and the cursor is a keyset.
 */
export async function searchClaimsForApi(params: URLSearchParams, base: string) {
  onlyParams(params, SEARCH_PARAMS);
  const filters = parseSearchFilters(firstOfEach(params));
  const limit = pageSize(params);
  const ranked = filters.q !== "";
  const cursor = decodeCursor(params.get("cursor"), ranked ? "offset" : "keyset");
  const offset = cursor && "offset" in cursor ? cursor.offset : 0;
  if (offset >= RANKED_RESULTS_MAX) throw cursorError(`A search with q gives its first ${RANKED_RESULTS_MAX.toLocaleString("en")} results at most; narrow it with more words or filters.`);
  const before = cursor && "before" in cursor ? cursor.before : undefined;
  // A far window sorts every match; the last one ends at the bound, and a cursor past it (forged: no page names one)
  // is refused.
  const result = await searchPublishedClaims(filters, { offset, limit: Math.min(limit, RANKED_RESULTS_MAX - offset), before });
  const next = offset + result.hits.length;
  const last = result.hits.at(-1);
  return {
    total: result.total,
    data: result.hits.map(({ score, position: _position, ...hit }) => ({ ...hit, score: Math.round(score * 1000) / 1000, url: claimUrl(hit.slug, base) })),
    facets: result.facets,
    nextCursor: !last || !result.more || (ranked && next >= RANKED_RESULTS_MAX) ? null : ranked ? encodeCursor({ offset: next }) : encodeCursor({ before: BigInt(last.position) }),
  };
}

/** The ClaimReview-style rating of a verdict: a 1–5 value when the verdict has one. */
function rating(verdict: string | null) {
  if (!verdict) return null;
  const value = RATING_VALUE[verdict as Verdict];
  return value === null ? { verdict, value: null } : { verdict, value, best: BEST_RATING, worst: WORST_RATING };
}

/**
 * GET /api/v1/claims/{id}: by id or slug (an old slug follows to the claim); a claim never published is not found.
 * A made-up id or slug costs a read each (a lookup by primary key or unique slug): whether it is a public claim's
 * cannot be known without one, since an old slug of a public claim still answers and is held nowhere in memory, and
 * kept 404s would not help against ids that are each new. What reaches here is bounded by the API's rate limit.
 */
export async function getClaimForApi(idOrSlug: string, base: string, params: URLSearchParams = new URLSearchParams()) {
  onlyParams(params, []);
  let slug = idOrSlug;
  if (isUuid(idOrSlug)) {
    const claim = await getDb().claim.findUnique({ where: { id: idOrSlug }, select: { slug: true } });
    if (!claim) throw new AppError("NOT_FOUND", "No such claim.");
    slug = claim.slug;
  }
  let found = await getPublishedClaim(slug);
  if (found && "redirect" in found) found = await getPublishedClaim(found.redirect);
  if (!found || "redirect" in found) throw new AppError("NOT_FOUND", "No such claim.");
  const { claim } = found;
  const revision = (r: PublishedRevision) => ({ number: r.number, kind: r.kind, verdict: r.verdict, publishedAt: r.publishedAt, proposedBy: r.proposedBy, approvedBy: r.approvedBy });
  return {
    id: claim.id,
    slug: claim.slug,
    url: claimUrl(claim.slug, base),
    state: claim.state,
    firstPublishedAt: claim.firstPublishedAt,
    rating: rating(claim.latest.verdict),
    revision: revision(claim.latest),
    published: claim.latest.snapshot,
    revisions: claim.revisions.map(revision),
    corrections: claim.corrections,
  };
}

/**
 * Whether a keyset cursor is past its list's end: at or before the oldest position the list holds. That position is
 * read once until the next publication (as the search keeps its answers), and never goes down (published-claims.ts),
 * so a cursor past the end, under any `limit`, is answered empty without a read. A cursor inside the list is read:
 * which positions it holds is not kept here.
 */
async function pastTheEnd(before: bigint | null, list: string, oldest: () => Promise<bigint | null>): Promise<boolean> {
  if (before === null) return false;
  const known = await keptUntilPublication(`oldest ${list}`, oldest);
  return known !== null && before <= known;
}

/** GET /api/v1/corrections: the public corrections log, newest first, in cursor-paginated windows. */
export async function listCorrectionsForApi(params: URLSearchParams, base: string) {
  onlyParams(params, PAGED_PARAMS);
  const limit = pageSize(params);
  // One more than asked tells whether another page follows, without counting the whole log.
  const before = keysetBefore(params);
  const corrections = (await pastTheEnd(before, "correction", oldestCorrectionPosition)) ? [] : await listCorrections(limit + 1, before);
  const page = corrections.slice(0, limit);
  return { data: page.map(({ position: _position, ...c }) => ({ ...c, url: claimUrl(c.slug, base) })), nextCursor: corrections.length > limit ? encodeCursor({ before: page.at(-1)!.position }) : null };
}

/**
 * GET /api/v1/claimreview-feed.json: every published claim's ClaimReview, latest committed revision first, as a schema.org
 * DataFeed of DataFeedItems (the shape fact-check aggregators ingest), in cursor-paginated windows. A withdrawn
 * claim's review no longer stands, so it is not listed.
 */
export async function claimReviewFeedForApi(params: URLSearchParams, base: string) {
  onlyParams(params, PAGED_PARAMS);
  const limit = pageSize(params);
  const before = keysetBefore(params);
  const zone = siteTimeZone();
  const rows = (await pastTheEnd(before, "claim review", oldestClaimReviewPosition)) ? [] : await listClaimReviews(limit + 1, before);
  const site = { organisation: organisation(base), baseUrl: base };
  const items = rows.slice(0, limit).flatMap((claim) => {
    const review = claimReviewFor(claim, vi.verdicts, site);
    if (!review) return [];
    const { "@context": _context, ...node } = review;
    return [{ "@type": "DataFeedItem", dateCreated: zonedDateTime(claim.firstPublishedAt, zone), dateModified: zonedDateTime(claim.latest.publishedAt, zone), item: node }];
  });
  const nextCursor = rows.length > limit ? encodeCursor({ before: rows[limit - 1]!.position }) : null;
  const self = new URL(`${base}/api/v1/claimreview-feed.json`);
  if (params.get("limit")) self.searchParams.set("limit", String(limit));
  const next = nextCursor ? new URL(self) : null;
  if (params.get("cursor")) self.searchParams.set("cursor", params.get("cursor")!);
  next?.searchParams.set("cursor", nextCursor!);
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    url: self.toString(),
    name: `${site.organisation.name}: ClaimReview`,
    publisher: { "@type": "Organization", name: site.organisation.name, url: site.organisation.url },
    ...(rows[0] && before === null ? { dateModified: zonedDateTime(rows[0].latest.publishedAt, zone) } : {}),
    dataFeedElement: items,
    nextCursor,
    next: next?.toString() ?? null,
  };
}

/** The public ledger for a filter: the same rows the /ledger page shows, and its timeline. */
/** The ledger filter's parameters (lib/public/ledger.ts), as the OpenAPI document lists them. */
const LEDGER_PARAMS = Object.keys(ledgerFilterSchema.shape);

export async function getLedgerForApi(params: URLSearchParams) {
  onlyParams(params, LEDGER_PARAMS);
  const ledger = await getLedger(parseLedgerFilter(params));
  return { filter: ledger.filter, total: ledger.total, data: ledger.rows, timeline: ledger.timeline };
}
