// Whether a request's session cookie is a session Auth.js would read, decided without the database: the front server
// (lib/public/page-cache.ts) keeps public pages for visitors without a session, and a session cookie sent it past the
// kept copy to a render of its own. Anyone can send one: made up, cut, expired, or sealed with another secret, each
// read by Auth.js as signed out, so every such request rendered the page anew for a page as anyone gets it. Only a
// cookie that opens under this desk's secret and has not run out is taken for a session here; the rest are dropped.
// A cookie that opens but names a session ended since (signed out elsewhere, the account deactivated, demoted or its
// password changed or reset) is no session either once the front server is given the desk's database
// (`checkSessionsIn`, as `npm start` does): its session's row is read and judged as Auth.js's session read does it
// (./live-session.ts: not revoked, not past its end, its account active and at the cookie's version), one
// read for all the requests asking at once, an ended session remembered as ended (it never comes back) and a live
// one for a few seconds, or until the database announces its end (every instance's front server hears it at once, on
// its publications listener: `sessionEnded`); the few seconds are the fallback for a notice missed. Otherwise one
// revoked cookie rendered a public page per request for its 8 hours.
// No "server-only": the front server runs outside Next.
import { getToken } from "next-auth/jwt";
import { sessionCookieName } from "./auth.config";
import { sidePool } from "@/lib/db/connection";
import { isUuid } from "@/lib/validation";
import { isLiveSessionRow, SESSION_ROW_SQL, type SessionRow } from "./live-session";

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
  let token: Record<string, unknown> | null;
  try {
    token = await getToken({ req: { headers: { cookie } }, secret, secureCookie: https, cookieName, salt: cookieName });
  } catch {
    return false;
  }
  if (token === null) return false;
  return liveSessions ? liveSessions.isLive(token.sid, token.sv) : true;
}

/** How long a session read as live is taken as live without reading it again. */
export const LIVE_SESSION_KEPT_MS = 5_000;
/** The sessions remembered (ended ones for good, live ones for LIVE_SESSION_KEPT_MS); the oldest go first. */
const MAX_REMEMBERED = 10_000;


type Remembered = { live: boolean; until: number } | { pending: Promise<boolean> };

/** Sessions read from the desk's database: whether the session a cookie names is still live. */
export class SessionLiveness {
  private readonly remembered = new Map<string, Remembered>();
  reads = 0;
  /** Sessions' ends heard (and lost connections), for tests. */
  heard = 0;

  constructor(
    private readonly read: (sessionId: string, sessionVersion: number) => Promise<boolean>,
    private readonly now: () => number = Date.now,
    private readonly liveKeptMs = LIVE_SESSION_KEPT_MS,
  ) {}

  async isLive(sessionId: unknown, sessionVersion: unknown): Promise<boolean> {
    if (typeof sessionId !== "string" || !isUuid(sessionId) || typeof sessionVersion !== "number" || !Number.isSafeInteger(sessionVersion)) return false;
    const key = `${sessionId.toLowerCase()} ${sessionVersion}`;
    const known = this.remembered.get(key);
    if (known && "pending" in known) return known.pending;
    if (known && (!known.live || known.until > this.now())) return known.live;
    this.reads += 1;
    const entry: Remembered = {
      pending: this.read(sessionId, sessionVersion).then(
        (live) => {
          // Unless the session's end was heard while it was being read (the read may have begun before it committed).
          if (this.remembered.get(key) === entry) this.remember(key, { live, until: this.now() + this.liveKeptMs });
          return live;
        },
        () => {
          // The database did not answer: this request is answered as signed out (a public page from the copy kept for
          // everyone), and the next one asks again.
          if (this.remembered.get(key) === entry) this.remembered.delete(key);
          return false;
        },
      ),
    };
    this.remember(key, entry);
    return entry.pending;
  }

  /**
   * A session's end heard from the database (its id): whatever was remembered of it, at any session version, is
   * forgotten, so the next request reads it again and finds it ended. null: notices may have been missed (the
   * listener's connection was lost), so every session remembered as live is read again.
   */
  ended(sessionId: string | null): void {
    this.heard += 1;
    const id = sessionId?.toLowerCase();
    for (const [key, known] of this.remembered) {
      if (id === undefined ? "pending" in known || known.live : key.startsWith(`${id} `)) this.remembered.delete(key);
    }
  }

  private remember(key: string, entry: Remembered): void {
    this.remembered.delete(key);
    this.remembered.set(key, entry);
    while (this.remembered.size > MAX_REMEMBERED) this.remembered.delete(this.remembered.keys().next().value as string);
  }
}

let liveSessions: SessionLiveness | null = null;

/** The front server's listener heard a session's end (null: notices may have been missed): see SessionLiveness.ended. */
export function sessionEnded(sessionId: string | null): void {
  liveSessions?.ended(sessionId);
}

/**
 * From now on a session cookie counts only while the session it names is live in the database at `databaseUrl` (one
 * connection of its own), a live answer kept `liveKeptMs`; `stop` ends that and closes the connection.
 */
export function checkSessionsIn(databaseUrl: string, liveKeptMs = LIVE_SESSION_KEPT_MS): { stop: () => Promise<void>; reads: () => number; heard: () => number } {
  const pool = sidePool(databaseUrl, 1, "claimdesk front server sessions");
  const liveness = new SessionLiveness(async (sessionId, sessionVersion) => isLiveSessionRow((await pool.query<SessionRow>(SESSION_ROW_SQL, [sessionId])).rows[0], sessionVersion), Date.now, liveKeptMs);
  liveSessions = liveness;
  return {
    stop: async () => {
      if (liveSessions === liveness) liveSessions = null;
      await pool.end();
    },
    reads: () => liveness.reads,
    heard: () => liveness.heard,
  };
}
