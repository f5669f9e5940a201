// Whether a request came from the desk's own pages, for the route handlers a browser form could reach from another
// site (a multipart or urlencoded post needs no preflight). Server actions get Next's own check; Auth.js its token.

/**
 * False for a browser's request from another site: its Origin names another host (or is "null": a sandboxed frame,
 * a data: page), or, when it sent no Origin, its Sec-Fetch-Site says it came from another site or a sibling one.
 * A request with neither header is no browser's cross-site post (a script, the command line) and passes.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** What a write refused by that check is told. */
export const CROSS_SITE_WRITE = "This request came from another site.";
