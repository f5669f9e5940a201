// The public site's origin (scheme, host and port) that every absolute URL starts with: ClaimReview, canonical
// and og:url, the sitemap, robots.txt, the Atom feed and the API's bodies. CLAIMDESK_PUBLIC_URL when set;
// otherwise the host the visitor asked for. The front server (lib/public/page-cache.ts) REPLACES
// X-Forwarded-Host / -Proto with the values it determined (from trusted proxies only), so behind it these
// headers are the visitor's; `next start`'s own private port never appears.
// No "server-only": the front server keys its cache by this same origin.

/** Anything with a get(name) (the Fetch API's Headers, Next's headers()) or a Node header record. */
export type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  const value = typeof headers.get === "function" ? (headers as { get(name: string): string | null }).get(name) : (headers as Record<string, string | string[] | undefined>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  // A proxy chain may list several values; the first is the one the visitor used.
  return first?.split(",")[0]?.trim() || undefined;
}

/** A host as RFC 3986 allows it in an authority (name or IPv4, or [IPv6]) with an optional port; lower case. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/;

function validHost(value: string | undefined): string | undefined {
  const host = value?.toLowerCase();
  if (!host || host.length > 260 || !HOST.test(host)) return undefined;
  const port = /:(\d+)$/.exec(host)?.[1];
  return port && Number(port) > 65535 ? undefined : host;
}

/** CLAIMDESK_PUBLIC_URL without its trailing slash, or null when unset. */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const configured = env.CLAIMDESK_PUBLIC_URL?.trim();
  return configured ? configured.replace(/\/+$/, "") : null;
}

/**
 * The origin to write into absolute URLs for a request with these headers: CLAIMDESK_PUBLIC_URL when set,
 * else `x-forwarded-proto` (http or https; http by default) and `x-forwarded-host`, then `host`. A header that
 * is not a well-formed host is ignored (it could otherwise carry markup or a path into every URL); with no
 * usable host at all the answer is http://localhost.
 */
export function publicOrigin(headers: HeaderSource, env: Record<string, string | undefined> = process.env): string {
  const configured = configuredOrigin(env);
  if (configured) return configured;
  const proto = header(headers, "x-forwarded-proto")?.toLowerCase() === "https" ? "https" : "http";
  const host = validHost(header(headers, "x-forwarded-host")) ?? validHost(header(headers, "host")) ?? "localhost";
  // The scheme's default port says nothing: http://news.example, not http://news.example:80.
  const bare = (proto === "http" && host.endsWith(":80")) || (proto === "https" && host.endsWith(":443")) ? host.replace(/:\d+$/, "") : host;
  return `${proto}://${bare}`;
}

/** Whether the public site is served over https (HSTS is sent only then). */
export function isHttpsOrigin(origin: string): boolean {
  return origin.startsWith("https://");
}
