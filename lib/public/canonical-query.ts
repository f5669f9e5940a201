// The query string each public address takes. nginx and the front server keep an answer per full address, so every
// new query string reaches the app and is rendered anew: `/sitemap.xml?page=1&x=<random>` or `/claims/x?utm=<random>`
// ran the page's queries (the sitemap's count and sorted scan of every public claim) once per made-up string. proxy.ts
// answers an address whose query is not as the site writes it (an unknown or repeated key, a stray `&`, another
// spelling of a value) with a redirect to the canonical address before any query runs; the redirect is not kept.
// No "server-only": proxy.ts uses it.
import { MATERIEL } from "@/lib/claims/attributes";
import { VERDICTS } from "@/lib/workflow/verdicts";

/** The search page's filters (lib/public/search.ts's filtersSchema) and its page. */
export const SEARCH_PAGE_KEYS = ["q", "kind", "verdict", "claimant", "from", "to", "page"] as const;
/** The ledger's filters (lib/public/ledger.ts's ledgerFilterSchema). */
export const LEDGER_FILTER_KEYS = ["supplier", "recipient", "materiel", "verdict", "from", "to"] as const;

/** Keys taken by each public address (its plain path, without /en); a claim's page takes none. */
const KEYS: Record<string, readonly string[]> = {
  "/": [],
  "/claims": SEARCH_PAGE_KEYS,
  "/corrections": [],
  "/ledger": [...LEDGER_FILTER_KEYS, "page"],
  "/ledger.csv": LEDGER_FILTER_KEYS,
  "/feed.xml": [],
  "/sitemap.xml": ["page"],
};
const CLAIM_PAGE = /^\/claims\/[^/]+$/;

/**
 * The search's words as the site writes them: composed (NFC), in lower case, one space between words and none around.
 * The search folds case and reads Unicode's two spellings of a letter alike, and spaces only part its words, so
 * "Triều  Tiên", "triều tiên" and "Trie\u0302\u0300u tie\u0302n" are one search; as separate addresses each was
 * searched and kept anew. The page proxy redirects the others to this one, and the search reads it so.
 */
export function canonicalSearchWords(q: string): string {
  return q.normalize("NFC").toLowerCase().normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * A ledger name filter (supplier, recipient) as the ledger reads it: composed, in lower case (it matches names so, and
 * keeps them so: `ledger_names`), no spaces around. "Nga", "NGA" and "nga" were three addresses of one table.
 */
export function canonicalLedgerName(name: string): string {
  return name.normalize("NFC").toLowerCase().normalize("NFC").trim();
}

/** One of `choices` as given, else "" (read as no filter): the ledger drops a value it does not know. */
const oneOf = (choices: readonly string[]) => (value: string) => (choices.includes(value) ? value : "");
/** A month as the ledger reads it (lib/public/ledger.ts: trimmed, YYYY-MM), else "". */
const ledgerMonth = (value: string) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(value.trim()) ? value.trim() : "");

/**
 * Values a public address reads one way whatever their spelling, written as it reads them. The ledger (its page, its
 * CSV and the API) reads a materiel, verdict or month it does not know as no filter, so `/ledger.csv?from=<random>` was
 * the whole ledger read and written out under a new address each time: such a value is written as blank.
 */
const LEDGER_VALUES = { supplier: canonicalLedgerName, recipient: canonicalLedgerName, materiel: oneOf(MATERIEL), verdict: oneOf(VERDICTS), from: ledgerMonth, to: ledgerMonth };
/**
 * A list's page number as the site writes it: page 1 is the list's own address, without it (`/ledger?page=1` and
 * `/ledger` were two addresses of one page, each rendered and kept apart). Any other value is left to the page's reader.
 */
const pageNumber = (value: string) => (value === "1" ? "" : value);

/** A page number as a list's address holds it (for acceptedSearch): none for page 1, whatever spelled it. */
export const writtenPage = (page: number): string | undefined => (page > 1 ? String(page) : undefined);
const VALUES: Record<string, Record<string, (value: string) => string>> = {
  "/claims": { q: canonicalSearchWords, page: pageNumber },
  "/ledger": { ...LEDGER_VALUES, page: pageNumber },
  "/ledger.csv": LEDGER_VALUES,
};

/**
 * The page to send a request for page `page` of a list of `total` items (`perPage` a page, `bound` pages at most) to
 * when it is past the last one: that last page (1 for an empty list); null when `page` is within the list. A page past
 * the end was rendered empty under each of its numbers (up to 6 digits on the ledger): the ledger and search pages send
 * it to the last page, read from the count their query gives, before anything is rendered, and sitemap.xml's files
 * likewise. The redirect is temporary (307) and not kept: the last page moves as claims are published.
 */
export function pastTheLastPage(page: number, total: number, perPage: number, bound = Number.POSITIVE_INFINITY): number | null {
  const last = lastPageOf(total, perPage, bound);
  return page > last ? last : null;
}

/** The last page of a list of `total` items, `perPage` a page and `bound` pages at most: 1 for an empty list. */
export function lastPageOf(total: number, perPage: number, bound = Number.POSITIVE_INFINITY): number {
  return Math.max(1, Math.min(bound, Math.ceil(total / perPage)));
}

/** The keys the public address at `path` takes, or null when it is no public address. */
export function publicQueryKeys(path: string): readonly string[] | null {
  return KEYS[path] ?? (CLAIM_PAGE.test(path) ? [] : null);
}

/** Addresses whose readers take a blank value as no value (a GET form sends its empty fields): `?q=nga&kind=` is `?q=nga`. */
const BLANK_IS_ABSENT = new Set(["/claims", "/ledger", "/ledger.csv"]);

/**
 * The query string (with its `?`, or "") the site writes for `values` at the public address `path`: its keys in the
 * order the address lists them (KEYS), each value written as it is read (VALUES), and a blank one left out where its
 * reader takes blank as absent. Every link the site writes to a filtered list is written by it, so none is redirected.
 */
export function publicQuery(path: string, values: Record<string, string | undefined>): string {
  const keys = publicQueryKeys(path) ?? [];
  const spell = VALUES[path] ?? {};
  const query = new URLSearchParams();
  for (const key of keys) {
    const given = values[key];
    if (given === undefined) continue;
    const value = spell[key]?.(given) ?? given;
    if (value === "" && BLANK_IS_ABSENT.has(path)) continue;
    query.set(key, value);
  }
  return query.size ? `?${query.toString()}` : "";
}

/** A search page's address (`/claims…`, without the language) for `filters` with some changed; a changed filter starts again at page 1. */
export function searchPageHref(filters: Record<string, string | undefined>, change: Record<string, string | undefined>): string {
  return `/claims${publicQuery("/claims", { ...filters, page: undefined, ...change })}`;
}

/** The ledger's page `page` (`/ledger…`, without the language) for `filter`. */
export function ledgerPageHref(filter: Record<string, string | undefined>, page: number): string {
  return `/ledger${publicQuery("/ledger", { ...filter, page: page > 1 ? String(page) : undefined })}`;
}

/**
 * The canonical query string (with its `?`, or "") of a public address whose `search` is not as the site writes it;
 * null when it is (or the path is no public address). Known keys keep their first value, as every reader takes the
 * first (lib/list-filters.ts), and are written by publicQuery: in one order, blank ones dropped where they read as
 * absent, the search's words as it reads them (canonicalSearchWords). `?kind=OTHER&q=nga`, `?q=nga&kind=OTHER` and
 * `?q=nga&kind=OTHER&verdict=` were three addresses of one search, each searched and rendered anew. The client
 * router's `_rsc` goes too where it is seen; Next takes it (and the flight headers) off before proxy.ts runs, so the
 * front server sends a request for HTML holding it to the address without it (lib/http/request-shape.ts).
 */
export function canonicalPublicSearch(path: string, search: string): string | null {
  const keys = publicQueryKeys(path);
  if (!keys || search === "") return null;
  const first: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) if (keys.includes(key) && !Object.hasOwn(first, key)) first[key] = value;
  const canonical = publicQuery(path, first);
  return canonical === search ? null : canonical;
}

/**
 * The query string of what a page's lenient reader took of `given` (its parameters' first values, in their order): a
 * value it dropped (an unknown kind, a malformed date, a page that is no number) goes, one it read another way (trimmed,
 * composed, a page past the last) is written as it was read, and a blank value (a GET form's empty field) goes. null
 * when that is the given query itself. Each made-up value rendered the page unfiltered, its queries run anew and the
 * answer kept under a new address; the page redirects to this one before reading anything.
 */
export function acceptedSearch(given: Record<string, string | string[] | undefined>, accepted: Record<string, string | undefined>): string | null {
  const before = new URLSearchParams();
  const after = new URLSearchParams();
  for (const [key, raw] of Object.entries(given)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    // The client router's key is Next's own, never the page's.
    if (value === undefined || key === "_rsc") continue;
    before.set(key, value);
    const read = value.trim() === "" ? undefined : accepted[key];
    if (read !== undefined) after.set(key, read);
  }
  return before.toString() === after.toString() ? null : after.toString();
}

/**
 * A public address's path as the site writes it, when `pathname` spells it another way (a letter, digit or `-._~`
 * percent-encoded, an escape in lower case: `/claims/tau%2dangara`); null when it is that path, or cannot be decoded.
 * Each spelling is an address of its own to nginx, whose cache key is the request's raw target.
 */
export function canonicalPublicPath(pathname: string): string | null {
  if (!pathname.includes("%")) return null;
  try {
    const canonical = pathname
      .split("/")
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join("/");
    return canonical === pathname ? null : canonical;
  } catch {
    return null;
  }
}

/**
 * What a claim's address may hold (lib/claims/slug.ts makes slugs of lower-case ASCII letters, digits and hyphens, the
 * Claim table's CHECK holds them so, and lib/public/published-claims.ts reads nothing else): a spelling of one with
 * capitals is that address.
 */
export const SLUG = /^[a-z0-9-]{1,200}$/;

/** `segment` with its ASCII capitals lowered: the slug it spells, if it spells one. */
export const slugSpelling = (segment: string): string => segment.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

/**
 * A claim's slug (or id) as the site writes it, when `segment` spells it with ASCII capitals ("Tau-Angara"); null when
 * it is that spelling, or is no slug in any case. Every capitalisation was an address of its own to nginx and the front
 * server, each read and answered 404, and 404s are never kept.
 */
export function canonicalSlug(segment: string): string | null {
  const lower = slugSpelling(segment);
  return lower !== segment && SLUG.test(lower) ? lower : null;
}

/** A claim page's path, however its segment is spelt: the language prefix, the segment. */
export const PAGE_CLAIM = /^(\/en)?\/claims\/([^/]+)$/;

/**
 * A public page's path as the site writes it (canonicalPublicPath's escapes, and a claim's slug in lower case:
 * `/claims/Tau-Angara`, `/en/claims/T%41U-angara`); null when `pathname` is that path.
 */
export function canonicalPagePath(pathname: string): string | null {
  const path = canonicalPublicPath(pathname) ?? pathname;
  const claim = PAGE_CLAIM.exec(path);
  const slug = claim ? canonicalSlug(claim[2]!) : null;
  const canonical = slug === null ? path : `${claim![1] ?? ""}/claims/${slug}`;
  return canonical === pathname ? null : canonical;
}

/** Values the public API reads one way whatever their spelling (as the pages do), by the API path that takes them. */
const API_VALUES: Record<string, Record<string, (value: string) => string>> = {
  // The claimant is matched exactly as published, composed and without spaces around (lib/public/search.ts).
  "/api/v1/claims": { q: canonicalSearchWords, claimant: (name) => name.trim().normalize("NFC") },
  "/api/v1/ledger": LEDGER_VALUES,
};
const API_CLAIM = /^\/api\/v1\/claims\/([^/]+)$/;

/**
 * A public API address as the API writes it (path and query, `?` included), when `pathname` and `search` spell it
 * another way; null when they are that address. A claim's id or slug in any letter case, a path segment percent-encoded
 * (`/api/v1/claims/tau%2dangara`), a search's words or a ledger name in another case, spacing or Unicode spelling,
 * and a query escaped otherwise than URLSearchParams writes it (`%20` for `+`, an escape in lower case) were each an
 * address of its own to nginx, and each a fresh read of the database behind its copy. Keys keep their order and every
 * value (an unknown or repeated key is still the API's 400), so the answer at the address given is the same.
 */
export function canonicalApiAddress(pathname: string, search: string): string | null {
  let path = canonicalPublicPath(pathname) ?? pathname;
  const claim = API_CLAIM.exec(path);
  // An id or a slug in capitals: both are written in lower case (a uuid's letters are hex digits).
  const slug = claim ? canonicalSlug(claim[1]!) : null;
  if (slug !== null) path = `/api/v1/claims/${slug}`;
  const values = API_VALUES[path] ?? {};
  const kept = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) kept.append(key, values[key]?.(value) ?? value);
  const query = kept.size ? `?${kept.toString()}` : "";
  return path === pathname && query === search ? null : `${path}${query}`;
}
