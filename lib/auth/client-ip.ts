// The caller's address for throttling and the audit trail.
/**
 * Takes the left-most X-Forwarded-For entry (set by the reverse proxy in production; `next start`
 * fills it from the socket). Behind no proxy a client can forge it, which only weakens the per-address
 * limit: the per-account limit still holds.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 64);
}
