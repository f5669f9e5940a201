// Auth.js's route handlers read their own origin from the request's URL. Behind the front server
// (lib/public/page-cache.ts) that URL is `next start`'s private address (http://localhost:<private port>), so every
// absolute URL Auth.js wrote (the callback-url cookie, the Location after sign-in and sign-out, the providers'
// URLs) named a port no visitor can reach, and its redirect check took that port's URLs for same-origin ones.
// This rebuilds the request on the origin the visitor used: the scheme and host the front server decided
// (X-Forwarded-Proto / -Host, replaced by it from the socket and trusted proxies only), else Host.
//
// Auth.js also refuses, before anything else, a request whose callbackUrl (query parameter or its callback-url cookie)
// is not an http(s) URL it can parse ("javascript:…", "\\host", "%2F%2Fhost"): it answered 500 and logged a stack
// trace, on every endpoint, the sign-in itself included. Any visitor could fill the logs with one link, and a cookie
// set for the parent domain (by a sibling site) kept a browser from signing in. Both are handed to Auth.js as its
// redirect callback would make them (lib/auth/paths.ts authRedirect): the same path on the visitor's origin, or its root.
import { NextRequest } from "next/server";
import { publicOrigin } from "@/lib/public/origin";
import { authRedirect } from "@/lib/auth/paths";

/** Auth.js's return-address cookie, under either of its names (the https one carries the __Secure- prefix). */
const CALLBACK_COOKIE = /^(?:__Secure-)?authjs\.callback-url$/;

/**
 * The visitor's origin for this request's headers. Deliberately not CLAIMDESK_PUBLIC_URL: the session cookie
 * belongs to the host the browser is on, which is where Auth.js must send it back.
 */
export function visitorOrigin(headers: Headers): string {
  return publicOrigin(headers, {});
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}

/** A Cookie header with the callback-url cookie's value made safe; every other cookie left as it was sent. */
function withSafeCallbackCookie(cookie: string, origin: string): string {
  return cookie
    .split(";")
    .map((pair) => {
      const at = pair.indexOf("=");
      const name = (at < 0 ? pair : pair.slice(0, at)).trim();
      if (!CALLBACK_COOKIE.test(name)) return pair;
      return ` ${name}=${encodeURIComponent(authRedirect({ url: decoded(pair.slice(at + 1).trim()), baseUrl: origin }))}`;
    })
    .join(";")
    .trim();
}

/** The same request (method, headers, body) addressed to the visitor's origin instead of the app server's, its return address made safe. */
export function atVisitorOrigin(request: Request, body?: BodyInit): NextRequest {
  const url = new URL(request.url);
  const origin = visitorOrigin(request.headers);
  const target = new URL(`${url.pathname}${url.search}`, origin);
  const asked = target.searchParams.getAll("callbackUrl");
  if (asked.length) {
    target.searchParams.delete("callbackUrl");
    for (const value of asked) target.searchParams.append("callbackUrl", authRedirect({ url: value, baseUrl: origin }));
  }
  const headers = new Headers(request.headers);
  const cookie = headers.get("cookie");
  if (cookie) headers.set("cookie", withSafeCallbackCookie(cookie, origin));
  return new NextRequest(target, { method: request.method, headers, ...(body !== undefined ? { body } : {}) });
}
