// Whether a request's session cookie is a session Auth.js would read, decided without the database: the front server
// (lib/public/page-cache.ts) keeps public pages for visitors without a session, and a session cookie sent it past the
// kept copy to a render of its own. Anyone can send one: made up, cut, expired, or sealed with another secret, each
// read by Auth.js as signed out, so every such request rendered the page anew for a page as anyone gets it. Only a
// cookie that opens under this desk's secret and has not run out is taken for a session here; the rest are dropped.
// A cookie that opens but names a session ended since (signed out, reset) is still a session to this check: it is one
// a visitor was given at sign-in, and the page reads the session's row as every page does.
// No "server-only": the front server runs outside Next.
import { getToken } from "next-auth/jwt";
import { sessionCookieName } from "./auth.config";

/** Every cookie whose name Auth.js, proxy.ts, the front server or nginx's map could take for the session's. */
const SESSION_COOKIE_NAME = /^\s*(?:__Secure-|__Host-)?authjs\.session-token/;

/** The Cookie header without any session cookie (null when nothing is left). */
export function withoutSessionCookies(cookie: string): string | null {
  const kept = cookie
    .split(";")
    .filter((part) => !SESSION_COOKIE_NAME.test(part))
    .map((part) => part.trim())
    .filter(Boolean);
  return kept.length ? kept.join("; ") : null;
}

/**
 * Whether `cookie` (a Cookie header) holds a session Auth.js reads on this visitor's scheme: the cookie of the name it
 * reads there (lib/auth/auth.config.ts sessionCookieName), its chunks joined as Auth.js joins them, opened with
 * `secret` and within its expiry (Auth.js's own decode: the same key, algorithms and 15 s of clock tolerance).
 */
export async function holdsSession(cookie: string, https: boolean, secret: string): Promise<boolean> {
  const cookieName = sessionCookieName(https);
  try {
    return (await getToken({ req: { headers: { cookie } }, secret, secureCookie: https, cookieName, salt: cookieName })) !== null;
  } catch {
    return false;
  }
}
