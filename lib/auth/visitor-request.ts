// Auth.js's route handlers read their own origin from the request's URL. Behind the front server
// (lib/public/page-cache.ts) that URL is `next start`'s private address (http://localhost:<private port>), so every
// absolute URL Auth.js wrote (the callback-url cookie, the Location after sign-in and sign-out, the providers'
// URLs) named a port no visitor can reach, and its redirect check took that port's URLs for same-origin ones.
// This rebuilds the request on the origin the visitor used: the scheme and host the front server decided
// (X-Forwarded-Proto / -Host, replaced by it from the socket and trusted proxies only), else Host.
import { NextRequest } from "next/server";
import { publicOrigin } from "@/lib/public/origin";

/**
 * The visitor's origin for this request's headers. Deliberately not CLAIMDESK_PUBLIC_URL: the session cookie
 * belongs to the host the browser is on, which is where Auth.js must send it back.
 */
export function visitorOrigin(headers: Headers): string {
  return publicOrigin(headers, {});
}

/** The same request (method, headers, body) addressed to the visitor's origin instead of the app server's. */
export function atVisitorOrigin(request: Request, body?: BodyInit): NextRequest {
  const url = new URL(request.url);
  const target = new URL(`${url.pathname}${url.search}`, visitorOrigin(request.headers));
  return new NextRequest(target, { method: request.method, headers: request.headers, ...(body !== undefined ? { body } : {}) });
}
