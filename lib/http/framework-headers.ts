// Request headers Next.js uses between its own parts (middleware, its router server, its prerender cache, the
// pages router's data requests), which no browser of this App Router site sends. From a client they only steer the
// framework: `x-middleware-prefetch: 1` made next-server answer a public page with `{}` (200); such headers were behind
// Next's middleware bypass (x-middleware-subrequest, CVE-2025-29927) and a cache poisoning (x-now-route-matches,
// CVE-2024-46982). The front server (lib/public/page-cache.ts) drops them, so whatever Next version runs behind it,
// they never come from outside. Pure: no "server-only", the front server reads it.

const PREFIXES = ["x-middleware-", "x-invoke-", "x-nextjs-", "x-next-", "x-prerender-"];
const NAMES = new Set(["x-now-route-matches", "x-matched-path"]);

/** Whether a request header (lower case, as Node gives it) is one of Next's internal ones. */
export function isFrameworkInternalHeader(name: string): boolean {
  return NAMES.has(name) || PREFIXES.some((prefix) => name.startsWith(prefix));
}
