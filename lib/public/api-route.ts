// The one wrapper for the public API's routes: read-only JSON for anyone (CORS open), rate limited per
// address (counted in PostgreSQL, across instances), cacheable (lib/public/cache-policy.ts: a minute; the data feed as the public pages), with an ETag so an unchanged answer costs a 304 and no body.
import "server-only";
import { createHash } from "node:crypto";
import { AppError, errorBody, httpStatus, isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/auth/client-ip";
import { addressKey, addressSitePrefix } from "@/lib/http/address-key";
import { API_SITE_CLIENTS, apiRateLimit, takeApiToken, type RateDecision } from "./rate-limit";
import { API_CACHE_CONTROL, ERROR_CACHE_CONTROL } from "./cache-policy";
import { canonicalApiAddress } from "./canonical-query";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining",
  "Access-Control-Max-Age": "86400",
};

/** The answer to a CORS preflight. */
export function apiPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

/** A strong ETag: the body's sha256. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match holds a list of tags, possibly weak (W/"…"), or *. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/**
 * A token of the client's bucket, counted as the sign-in throttle counts clients (lib/http/address-key.ts): an IPv6
 * /64 is one client, not 2^64 of them; and, for IPv6, one of its /48's too (API_SITE_CLIENTS clients' worth), asked
 * only when the client's own allowed the request.
 */
async function takeClientToken(client: string): Promise<RateDecision> {
  const limit = apiRateLimit();
  const own = await takeApiToken(`api:${client}`, limit);
  const site = addressSitePrefix(client);
  if (!own.allowed || site === null) return own;
  const shared = await takeApiToken(`api-site:${site}`, limit * API_SITE_CLIENTS);
  return shared.allowed ? own : { ...shared, limit };
}

/** `cacheControl`: the feeds use the public pages' policy (lib/public/cache-policy.ts); other answers a minute. */
export function publicApiRoute<P = Record<string, never>>(handler: (request: Request, params: P) => Promise<unknown>, options: { cacheControl?: () => string } = {}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const headers: Record<string, string> = { ...CORS };
    // Another spelling of an address (canonicalApiAddress) is sent to the API's own before the rate limit or any read,
    // and the redirect is not kept: each spelling was otherwise a read of its own behind every cache's copy.
    const url = new URL(request.url);
    const canonical = canonicalApiAddress(url.pathname, url.search);
    if (canonical !== null) return new Response(null, { status: 308, headers: { ...headers, Location: canonical, "Cache-Control": ERROR_CACHE_CONTROL } });
    try {
      const rate = await takeClientToken(addressKey(clientIp(request.headers)));
      // A shared cache serves an answer to every caller for a minute: it carries only what is the same for all of
      // them. What this address has left is said with the refusal (never kept), to the address it is about.
      headers["RateLimit-Limit"] = String(rate.limit);
      if (!rate.allowed) {
        Object.assign(headers, { "RateLimit-Remaining": "0", "Retry-After": String(rate.retryAfterSeconds) });
        throw new AppError("RATE_LIMITED", "Too many requests. Wait a moment and try again.");
      }
      const body = JSON.stringify(await handler(request, await context.params));
      const etag = etagOf(body);
      Object.assign(headers, { ETag: etag, "Cache-Control": options.cacheControl?.() ?? API_CACHE_CONTROL });
      if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
      return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
    } catch (error) {
      if (!isAppError(error)) console.error(error);
      return Response.json(errorBody(error), { status: httpStatus(error), headers: { ...headers, "Cache-Control": ERROR_CACHE_CONTROL } });
    }
  };
}
