// Whether the visitor is on https, for a cookie set outside Auth.js's route handlers (a server action, a page): read
// as the session cookie's rule reads it (lib/auth/auth.ts), from X-Forwarded-Proto, which the front server always
// sets from the socket and trusted proxies only. A request without it is taken for https: a cookie marked Secure
// that a plain-http browser drops is a smaller harm than one sent in the clear.
export function forwardedHttps(headers: Pick<Headers, "get">): boolean {
  return (headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}
