// The caller's address for throttling, the public API limit and the audit trail.
import { normalizeIp } from "@/lib/http/forwarded";

/**
 * The address the front server decided (lib/public/page-cache.ts): it replaces X-Forwarded-For with one
 * value, the socket address or, only from trusted proxies, the client they name. The right-most entry is
 * read should a list ever arrive (the nearest hop's); anything that is not an address counts as "unknown".
 * X-Real-IP is never read: a client could set it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1);
  return normalizeIp(forwarded) ?? "unknown";
}
