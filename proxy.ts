// Runs before every page: sends visitors without a session cookie from the workbench to sign-in, serves the
// language of public pages from their URL (lib/public/locale-path.ts) and sets the CSP. Pages and data functions check the
// session itself; this is a courtesy, not the guard. It deliberately does not run Auth.js: Auth.js's middleware
// re-issues the session cookie on every request, and a request still in flight when someone signs out would then
// bring the session back.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/auth.config";
import { isDeskPath } from "@/lib/auth/paths";
import { isHttpsOrigin, publicOrigin } from "@/lib/public/origin";
import { PUBLIC_LOCALE_HEADER, splitLocalePath } from "@/lib/public/locale-path";
import { canonicalPagePath, canonicalPublicSearch, publicQueryKeys } from "@/lib/public/canonical-query";
import { contentSecurityPolicy, HASH_CSP_REQUEST_HEADER, HASH_CSP_RESPONSE_HEADER } from "@/lib/public/csp";

const SESSION_COOKIES: readonly string[] = SESSION_COOKIE_NAMES;

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name === name || cookie.name.startsWith(`${name}.`)));
}

/** HSTS only when the site is served over https (CLAIMDESK_PUBLIC_URL, or the scheme the front server reports). */
function withTransportSecurity(request: NextRequest, response: NextResponse): NextResponse {
  if (isHttpsOrigin(publicOrigin(request.headers))) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

/**
 * A GET or HEAD that is not a server action. Next takes the client router's flight headers (RSC, Next-Router-*) and
 * `_rsc` off before the proxy runs, so its requests are never seen here as such: they are read as plain ones, the
 * site's own links pass the checks below, and the front server keeps their answers apart (lib/public/page-cache.ts)
 * and sends a request for HTML holding `_rsc` to the address without it (lib/http/request-shape.ts).
 */
function isPlainRead(request: NextRequest): boolean {
  return (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isDeskPath(pathname) && !hasSessionCookie(request)) {
    const target = new URL("/sign-in", request.nextUrl);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  const publicPage = splitLocalePath(pathname);
  // A public address with a query the site does not write is sent to its canonical one before anything is read, and
  // the redirect is not kept: each made-up query string would otherwise be rendered, and cached, anew.
  // The path as the site writes it first: a public page spelled with escapes ("/e%6E/claims/x") or a claim's slug in
  // capitals ("/claims/Tau-Angara") is one too.
  const canonicalPath = isPlainRead(request) ? canonicalPagePath(pathname) : null;
  const plainPath = splitLocalePath(canonicalPath ?? pathname)?.path ?? canonicalPath ?? pathname;
  const publicAddress = isPlainRead(request) && publicQueryKeys(plainPath) !== null;
  const canonical = publicAddress ? canonicalPublicSearch(plainPath, search) : null;
  if (publicAddress && (canonical !== null || canonicalPath !== null)) {
    // On the request's own origin, whose host Next writes back as a relative Location (a relative one given here is
    // refused by Next's handler as an invalid URL, a 500); set part by part, so no path can name another host.
    const target = new URL(request.nextUrl.href);
    target.pathname = canonicalPath ?? pathname;
    target.search = canonical ?? search;
    return withTransportSecurity(request, NextResponse.redirect(target, { status: 308, headers: { "Cache-Control": "no-store" } }));
  }
  const requestHeaders = new Headers(request.headers);
  // The client never chooses these: the language comes from the URL, the hashed CSP only from the front server.
  requestHeaders.delete(PUBLIC_LOCALE_HEADER);
  requestHeaders.delete(HASH_CSP_REQUEST_HEADER);
  if (publicPage) requestHeaders.set(PUBLIC_LOCALE_HEADER, publicPage.locale);
  // An anonymous public page the front server asked to hash is rendered without a nonce, so it can be cached.
  const hashed = publicPage !== null && !hasSessionCookie(request) && request.headers.get(HASH_CSP_REQUEST_HEADER) === "hashes";
  const nonce = hashed ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce ? { nonce } : "hashes", process.env.NODE_ENV === "development");
  if (nonce) requestHeaders.set("x-nonce", nonce);
  else requestHeaders.delete("x-nonce");
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-claimdesk-path", `${publicPage?.path ?? pathname}${search}`);
  // The English pages are routes of their own (app/(public)/en/…, each the Vietnamese page's module).
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (hashed) response.headers.set(HASH_CSP_RESPONSE_HEADER, "hashes");
  return withTransportSecurity(request, response);
}

export const config = {
  // Pages, the 404 for a missing file such as /favicon.ico included. Not the API: its routes answer 401/403
  // themselves, a proxy would buffer their bodies, and next.config.js gives them a fixed CSP. Nor the import
  // preview's route, for the same reasons: it answers 401 itself before reading the body, and a 5 MB paste held
  // whole by the proxy kept the route from starting until the last byte had come.
  matcher: ["/((?!api/|_next/static|_next/image|sources/import/preview$).*)"],
};
