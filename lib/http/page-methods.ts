// Which methods an address answers. A page answers GET and HEAD, and POST (a server action, or a form posted to it
// without JavaScript, which Next reads as one); Next rendered a page for PUT, PATCH, DELETE, OPTIONS and any other
// method too, 200 with the whole page. The front server (lib/public/page-cache.ts) answers those 405 with `Allow`.
// Route handlers (app/**/route.ts, and the metadata routes robots.txt and icon.svg) keep their own method handling:
// Next answers a method a route does not export 405 itself, OPTIONS from what it exports. A method no route can
// export (PROPFIND, PURGE, QUERY …: Node's parser takes them) is answered here everywhere.
// test/attacks/page-methods.test.ts reads app/ and fails when a route handler's address is missing below.
import { plainAnswer, type ShapeAnswer } from "./plain-answer";
import { canonicalPublicPath, publicQueryKeys } from "@/lib/public/canonical-query";
import { splitLocalePath } from "@/lib/public/locale-path";

export const PAGE_METHODS = "GET, HEAD, POST";
/** The methods a Next route handler may export (Next's HTTP_METHODS). */
export const ROUTE_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

/**
 * Addresses answered by route handlers or by Next itself, not by a page: the APIs, Next's own files (/_next/…), the
 * feeds, the sitemap and robots.txt, the icon, the ledger's and the audit log's CSV, and the import preview stream.
 */
const ROUTE_HANDLER_PATH = /^(?:\/api(?:\/.*)?|\/_next\/.*|\/feed\.xml|\/sitemap\.xml|\/robots\.txt|\/icon\.svg|\/ledger\.csv|\/admin\/audit\/csv|\/sources\/import\/preview)$/;

/** Whether the path (no query) is a route handler's or Next's own rather than a page's. */
export function isRouteHandlerPath(path: string): boolean {
  return ROUTE_HANDLER_PATH.test(path);
}

/**
 * The pages' addresses (each app/…/page.tsx, route groups dropped, each dynamic segment any one segment), checked against
 * app/ by test/attacks/page-methods.test.ts.
 */
const PAGE_PATH =
  /^(?:\/|\/en|(?:\/en)?\/(?:claims|corrections|ledger)|(?:\/en)?\/claims\/[^/]+|\/sign-in|\/account\/password|\/admin\/(?:accounts|audit|outlet-profiles)|\/desk(?:\/claimants|\/claims|\/claims\/[^/]+|\/reanchor)?|\/sources(?:\/[^/]+)?)$/;

/** Whether the path (no query) is a page's. */
export function isPagePath(path: string): boolean {
  return PAGE_PATH.test(path);
}

/**
 * Whether a path (no query) is no address at all: neither a page's nor a route handler's (Next answers a trailing or
 * doubled slash or a backslash by a redirect, and its development server's own addresses begin with "/__"). Next
 * rendered its not-found page, layout and all, for each such path, never kept: `/<random>` was a render per request.
 * An escape counts as Next reads it: a page's or route's fixed segments match only as written (`/%64esk` and
 * `/sign%2Din` are not found), a dynamic segment takes any, and the page proxy sends a public address spelt with
 * escapes to its plain spelling (`/%63laims` to `/claims`, canonicalPublicPath); so `/<random>%41` was a render each,
 * and so was every escaped spelling of a desk page. The proxy sends on a GET or HEAD only: a POST (or any other
 * method) to an escaped spelling of a public page reached Next's not-found page, so for those methods it is no address.
 */
export function isNoAddress(path: string, method = "GET"): boolean {
  if (/\\|\/\/|.\/$|^\/__/.test(path) || isAddress(path)) return false;
  if (method !== "GET" && method !== "HEAD") return true;
  // The page proxy sends a public address spelt with escapes to its plain spelling (proxy.ts); Next finds no other.
  const plain = canonicalPublicPath(path);
  return plain === null || publicQueryKeys(splitLocalePath(plain)?.path ?? plain) === null;
}

const isAddress = (path: string) => isPagePath(path) || isRouteHandlerPath(path);

/** The methods the address in a request target answers, for `Allow`. */
export function allowedMethods(url: string | undefined): string {
  return isRouteHandlerPath((url ?? "/").split("?", 1)[0]!) ? ROUTE_METHODS : PAGE_METHODS;
}

/** 405 for a method the address does not answer, or null to pass the request on. */
export function refuseMethod(method: string | undefined, url: string | undefined): ShapeAnswer | null {
  const allow = allowedMethods(url);
  if (allow.split(", ").includes((method ?? "").toUpperCase())) return null;
  return plainAnswer(405, "Phương thức này không được hỗ trợ ở địa chỉ này. / This method is not allowed at this address.\n", { allow });
}
