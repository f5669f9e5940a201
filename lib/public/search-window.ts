// How deep the public search pages. A window far down a ranking sorts every match (search-index.ts, firstByScore),
// and its offset comes from the visitor: the page's `page` and the API's offset cursor (up to seven digits).

/** Results a search gives at most, on the page and through the API: narrower words or filters reach the rest. */
export const RANKED_RESULTS_MAX = 10_000;

/**
 * The page number the search page shows for `raw` (its `page` parameter): 1 for anything but a whole number from 1,
 * and the last page within the bound for one past it (an old or hand-edited link still lands on a page of results).
 */
export function searchPageNumber(raw: unknown, pageSize: number): number {
  const requested = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(requested) || requested < 1) return 1;
  return Math.min(requested, lastSearchPage(pageSize));
}

/** The last page a search shows. */
export function lastSearchPage(pageSize: number): number {
  return Math.ceil(RANKED_RESULTS_MAX / pageSize);
}
