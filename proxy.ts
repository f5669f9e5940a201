// Runs before every page: sends visitors without a session cookie from the workbench to sign-in, and sets
// the CSP nonce. Pages and data functions check the session itself; this is a courtesy, not the guard.
// It deliberately does not run Auth.js: Auth.js's middleware re-issues the session cookie on every
// request, and a request still in flight when someone signs out would then bring the session back.
import { NextResponse, type NextRequest } from "next/server";
import { isDeskPath } from "@/lib/auth/paths";
import { isHttpsOrigin, publicOrigin } from "@/lib/public/origin";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name === name || cookie.name.startsWith(`${name}.`)));
}

function contentSecurityPolicy(nonce: string): string {
  const isDev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // No 'unsafe-inline': the app's styles are stylesheets; React sets a style={…} through the CSSOM in the browser,
    // which CSP does not govern, and no server-rendered element carries a style attribute.
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS only when the site is served over https (CLAIMDESK_PUBLIC_URL, or the scheme the front server reports). */
function withTransportSecurity(request: NextRequest, response: NextResponse): NextResponse {
  if (isHttpsOrigin(publicOrigin(request.headers))) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isDeskPath(pathname) && !hasSessionCookie(request)) {
    const target = new URL("/sign-in", request.nextUrl);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-claimdesk-path", `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withTransportSecurity(request, response);
}

export const config = {
  // Pages, the 404 for a missing file such as /favicon.ico included. Not the API: its routes answer 401/403
  // themselves, a proxy would buffer their bodies, and next.config.js gives them a fixed CSP.
  matcher: ["/((?!api/|_next/static|_next/image).*)"],
};
