// The read-only public API's data: the same published data as the public pages, shaped as JSON.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getPublishedClaim, listCorrections, type PublishedRevision } from "./published-claims";
import { parseSearchFilters, searchPublishedClaims } from "./search";
import { getLedger, parseLedgerFilter } from "./ledger";
import { RATING_VALUE, BEST_RATING, WORST_RATING, type Verdict } from "@/lib/workflow/verdicts";

export const API_PAGE_SIZE = 20;
export const API_MAX_PAGE_SIZE = 100;

/**
 * Cursors are opaque to clients; inside they hold the offset of the next result. A claim published between
 * two requests can shift a result by one place, which a ranked search tolerates.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

export function decodeCursor(cursor: string | null): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new AppError("INVALID", "Unknown cursor.", { fieldErrors: { cursor: ["Unknown cursor."] } });
  return Number(match[1]);
}

function pageSize(params: URLSearchParams): number {
  const raw = params.get("limit");
  if (raw === null || raw === "") return API_PAGE_SIZE;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > API_MAX_PAGE_SIZE) {
    throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { limit: ["Use a whole number from 1 to 100."] } });
  }
  return limit;
}

/** GET /api/v1/claims: search with the public page's filters, in cursor-paginated windows. */
export async function searchClaimsForApi(params: URLSearchParams) {
  const filters = parseSearchFilters(Object.fromEntries(params));
  const limit = pageSize(params);
  const offset = decodeCursor(params.get("cursor"));
  const result = await searchPublishedClaims(filters, { offset, limit });
  const next = offset + result.hits.length;
  return {
    total: result.total,
    data: result.hits.map(({ score, ...hit }) => ({ ...hit, score: Math.round(score * 1000) / 1000, url: `/claims/${hit.slug}` })),
    facets: result.facets,
    nextCursor: next < result.total && result.hits.length > 0 ? encodeCursor(next) : null,
  };
}

/** The ClaimReview-style rating of a verdict: a 1–5 value when the verdict has one. */
function rating(verdict: string | null) {
  if (!verdict) return null;
  const value = RATING_VALUE[verdict as Verdict];
  return value === null ? { verdict, value: null } : { verdict, value, best: BEST_RATING, worst: WORST_RATING };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /api/v1/claims/{id}: by id or slug (an old slug follows to the claim); a claim never published is not found. */
export async function getClaimForApi(idOrSlug: string) {
  let slug = idOrSlug;
  if (UUID.test(idOrSlug)) {
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
    url: `/claims/${claim.slug}`,
    state: claim.state,
    firstPublishedAt: claim.firstPublishedAt,
    rating: rating(claim.latest.verdict),
    revision: revision(claim.latest),
    published: claim.latest.snapshot,
    revisions: claim.revisions.map(revision),
    corrections: claim.corrections,
  };
}

/** GET /api/v1/corrections: the public corrections log, newest first. */
export async function listCorrectionsForApi(params: URLSearchParams) {
  const corrections = await listCorrections(pageSize(params));
  return { data: corrections.map((c) => ({ ...c, url: `/claims/${c.slug}` })) };
}

/** The public ledger for a filter: the same rows the /ledger page shows, and its timeline. */
export async function getLedgerForApi(params: URLSearchParams) {
  const ledger = await getLedger(parseLedgerFilter(params));
  return { filter: ledger.filter, total: ledger.total, data: ledger.rows, timeline: ledger.timeline };
}
