// A session signed out, or its account deactivated or its password changed, kept counting as live at each instance's
// front server until that front server read it again (every 5 s): meanwhile its cookie still passed the kept public
// pages to a render of its own, on every instance. The database now announces every session's end (its triggers, on
// SESSION_ENDED_CHANNEL) and each front server hears it on the connection it hears publications on, forgetting what
// it remembered of that session at once; the re-read every few seconds stays as the fallback, and a lost listener
// connection is noticed, makes every live session read again, and is listened on anew. Counted in renders at a
// stand-in app behind two real front servers (two instances), the sessions' live answers kept a minute here so that
// only the notice can end them.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { checkSessionsIn } from "@/lib/auth/session-cookie";
import { sessionCookieName } from "@/lib/auth/auth.config";
import { SESSION_ENDED_CHANNEL } from "@/lib/auth/live-session";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { setAccountActive } from "@/lib/accounts/update-account";
import { knownClaimSlugs, makeUser } from "@/test/factories";
import { answerLikeNext, startStandIn, type StandIn } from "@/test/next-stand-in";

const SECRET = "a-secret-of-this-desk-only-32-characters-long";
const NAME = sessionCookieName(false);
const page = "/claims/a-heard-claim";

let upstream: StandIn;
const fronts: { port: number; server: Awaited<ReturnType<typeof startPageCache>> }[] = [];
let sessions: ReturnType<typeof checkSessionsIn>;
/** Each render that reached the app with a session cookie. */
let sessionRenders = 0;

beforeAll(async () => {
  await knownClaimSlugs("a-heard-claim");
  sessions = checkSessionsIn(process.env.DATABASE_URL!, 60_000);
  upstream = await startStandIn((request, response) => {
    if (/authjs\.session-token/.test(String(request.headers.cookie ?? ""))) sessionRenders += 1;
    answerLikeNext(request, response);
  });
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const server = await startPageCache({
      port,
      host: "127.0.0.1",
      upstream: { host: "127.0.0.1", port: upstream.port },
      databaseUrl: process.env.DATABASE_URL,
      env: { CLAIMDESK_PUBLIC_URL: `http://127.0.0.1:${port}` },
      trustedProxies: parseTrustedProxies("127.0.0.1"),
      sessionSecret: SECRET,
      log: () => {},
    });
    fronts.push({ port, server });
  }
});

afterAll(async () => {
  for (const front of fronts) await front.server.close();
  await upstream?.close();
  await sessions?.stop();
});

function get(port: number, cookie?: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: page, headers: { host: `127.0.0.1:${port}`, "accept-encoding": "identity", ...(cookie ? { cookie } : {}) }, agent: false }, (answer) => {
        answer.resume();
        answer.on("end", () => resolve(answer.headers["x-claimdesk-cache"] as string | undefined));
      })
      .on("error", reject);
  });
}

async function signedIn() {
  const user = await makeUser({ role: "EDITOR" });
  const session = await getDb().$transaction((tx) => createSession(tx, user.id));
  const token = { sub: user.id, sid: session.id, sv: user.sessionVersion, role: "EDITOR", name: user.name, email: user.email };
  return { user, sessionId: session.id, cookie: `${NAME}=${await encode({ token, secret: SECRET, salt: NAME, maxAge: 8 * 3600 })}` };
}

/** Renders for the cookie on each instance: one request to each, the kept copy warmed first. */
async function rendersFor(cookie: string): Promise<number> {
  for (const front of fronts) await get(front.port);
  const before = sessionRenders;
  for (const front of fronts) await get(front.port, cookie);
  return sessionRenders - before;
}

/** Until the front servers have heard `count` more notices (the notice arrives after the commit, not with it). */
async function heardMore(count: number, since: number): Promise<void> {
  await vi.waitFor(() => expect(sessions.heard() - since).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 20 });
}

const listeners = async () =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE ${`LISTEN ${SESSION_ENDED_CHANNEL}`}`)[0]!.n;

describe("a session's end reaches every instance's front server at once", () => {
  it("signed out: the next request on either instance is answered from the kept copy, not rendered", async () => {
    const { sessionId, cookie } = await signedIn();
    expect(await rendersFor(cookie), "a live session is rendered for on both instances").toBe(2);
    const heard = sessions.heard();
    await revokeSession(sessionId);
    // Both instances' listeners hear it.
    await heardMore(2, heard);
    expect(await rendersFor(cookie), "renders for a signed-out cookie").toBe(0);
  });

  it("the account deactivated, or its session version moved on (a password changed): each of its sessions ends", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const deactivated = await signedIn();
    const changed = await signedIn();
    const second = await getDb().$transaction((tx) => createSession(tx, changed.user.id));
    expect(await rendersFor(deactivated.cookie)).toBe(2);
    expect(await rendersFor(changed.cookie)).toBe(2);
    const heard = sessions.heard();
    await setAccountActive(admin, { userId: deactivated.user.id, isActive: false });
    await getDb().user.update({ where: { id: changed.user.id }, data: { sessionVersion: { increment: 1 } } });
    // One notice per live session of each account, on each instance.
    await heardMore(2 * 3, heard);
    expect(second.id).not.toBe(changed.sessionId);
    expect(await rendersFor(deactivated.cookie)).toBe(0);
    expect(await rendersFor(changed.cookie)).toBe(0);
  });

  it("a lost listener connection is noticed (every live session read again) and listened on anew", async () => {
    const before = await listeners();
    expect(before).toBeGreaterThanOrEqual(2);
    const { sessionId, cookie } = await signedIn();
    expect(await rendersFor(cookie)).toBe(2);
    const reads = sessions.reads();
    const heard = sessions.heard();
    await getDb().$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE ${`LISTEN ${SESSION_ENDED_CHANNEL}`} AND pid <> pg_backend_pid()`;
    await heardMore(2, heard);
    // The session is still live: read again (once), and rendered for.
    expect(await rendersFor(cookie)).toBe(2);
    expect(sessions.reads() - reads).toBe(1);
    await vi.waitFor(async () => expect(await listeners()).toBe(before), { timeout: 10_000, interval: 50 });
    const after = sessions.heard();
    await revokeSession(sessionId);
    await heardMore(2, after);
    expect(await rendersFor(cookie)).toBe(0);
  });
});
