// How long shared caches (nginx, a CDN) may keep the public pages and feeds, as one Cache-Control value:
// fresh for CLAIMDESK_CACHE_S_MAXAGE seconds (default 60), then served stale for up to
// CLAIMDESK_CACHE_STALE_SECONDS more (default 600) while the cache fetches the new one in the background.
// Browsers keep nothing fresh (max-age=0) and revalidate with the ETag, which costs a 304.
// An approval reaches the front server's cache at once (lib/public/invalidate.ts); a shared cache in front
// serves the old page for at most s-maxage (plus one background refresh).
// No "server-only": the front server reads it.

import { wholeSetting } from "@/lib/env-setting";

export const DEFAULT_S_MAXAGE = 60;
export const DEFAULT_STALE_SECONDS = 600;

export function publicCacheControl(env: Record<string, string | undefined> = process.env): string {
  const sMaxAge = wholeSetting(env.CLAIMDESK_CACHE_S_MAXAGE, DEFAULT_S_MAXAGE);
  const stale = wholeSetting(env.CLAIMDESK_CACHE_STALE_SECONDS, DEFAULT_STALE_SECONDS);
  return `public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=${stale}`;
}

/** The public API's other answers (search, a claim, corrections, ledger, the OpenAPI document): a minute anywhere. */
export const API_CACHE_CONTROL = "public, max-age=60";

/** Refused answers (400, 404, 429): never kept. */
export const ERROR_CACHE_CONTROL = "no-store";

/** For signed-in visitors' pages: never stored by anyone but the browser, and not even there. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/**
 * What a public page's bytes depend on besides its URL: the encoding, and the framework's client-navigation headers
 * (those answer with another payload). Never the cookie: the language is in the URL, and signed-in answers are
 * private. Not the host or scheme either: every cache keys by them already (the URL), and X-Forwarded-* are set by
 * the proxy, not sent by visitors. At most 128 characters: nginx keeps nothing whose Vary is longer.
 */
export const PUBLIC_VARY = "Accept-Encoding, RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch";
