// A session cookie that still opens under the desk's secret, but whose session was ended in PostgreSQL (signed out
// elsewhere, the account deactivated, its password changed), was taken by the front server for a signed-in visitor
// for the cookie's 8 hours: every request carrying it passed the public pages' kept copy to a render of its own, so a
// flood of one revoked cookie rendered the page each time. The front server now reads the session's row (one read for
// the requests asking at once; an ended session remembered as ended) and answers such a cookie from the copy kept for
// everyone. Counted in renders at a stand-in app behind the real front server, the sessions real rows.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { checkSessionsIn, holdsSession, SessionLiveness } from "@/lib/auth/session-cookie";
import { sessionCookieName } from "@/lib/auth/auth.config";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { setAccountActive } from "@/lib/accounts/update-account";
import { makeUser } from "@/test/factories";
import { answerLikeNext, startStandIn, type StandIn } from "@/test/next-stand-in";

const SECRET = "a-secret-of-this-desk-only-32-characters-long";
const NAME = sessionCookieName(false);

let upstream: StandIn;
let front: Awaited<ReturnType<typeof startPageCache>>;
let frontPort: number;
let sessions: ReturnType<typeof checkSessionsIn>;
/** Each render of a page that reached the app, and whether a session cookie came with it. */
const reached: { url: string; session: boolean }[] = [];

beforeAll(async () => {
  // A live answer read again at every request: the session ended just before the flood is read as ended.
  sessions = checkSessionsIn(process.env.DATABASE_URL!, 0);
  upstream = await startStandIn((request, response) => {
    reached.push({ url: request.url ?? "", session: /authjs\.session-token/.test(String(request.headers.cookie ?? "")) });
    answerLikeNext(request, response);
  });
  frontPort = await freePort();
  front = await startPageCache({
    port: frontPort,
    host: "127.0.0.1",
    upstream: { host: "127.0.0.1", port: upstream.port },
    env: { CLAIMDESK_PUBLIC_URL: `http://127.0.0.1:${frontPort}` },
    trustedProxies: parseTrustedProxies("127.0.0.1"),
    sessionSecret: SECRET,
  });
});

afterAll(async () => {
  await front?.close();
  await upstream?.close();
  await sessions?.stop();
});

function get(path: string, cookie?: string): Promise<{ status: number; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: frontPort, path, headers: { host: `127.0.0.1:${frontPort}`, "accept-encoding": "identity", ...(cookie ? { cookie } : {}) }, agent: false }, (answer) => {
        answer.resume();
        answer.on("end", () => resolve({ status: answer.statusCode!, cache: answer.headers["x-claimdesk-cache"] as string | undefined }));
      })
      .on("error", reject);
  });
}

/** A signed-in account's cookie, as Auth.js seals it at sign-in, and its session's row. */
async function signedIn(role: "EDITOR" | "ADMIN" = "EDITOR") {
  const user = await makeUser({ role });
  const session = await getDb().$transaction((tx) => createSession(tx, user.id));
  const token = { sub: user.id, sid: session.id, sv: user.sessionVersion, role, name: user.name, email: user.email };
  return { user, sessionId: session.id, cookie: `theme=dark; ${NAME}=${await encode({ token, secret: SECRET, salt: NAME, maxAge: 8 * 3600 })}` };
}

const page = "/claims/a-claim";

describe("a session cookie whose session was ended", () => {
  it("a live session passes the kept copy; once signed out elsewhere, a flood of its cookie is answered from the copy", async () => {
    expect((await get(page)).status).toBe(200);
    expect((await get(page)).cache).toBe("hit");
    const { sessionId, cookie } = await signedIn();
    let before = reached.length;
    expect((await get(page, cookie)).status).toBe(200);
    expect(reached.slice(before)).toEqual([{ url: page, session: true }]);

    await revokeSession(sessionId);
    before = reached.length;
    const reads = sessions.reads();
    const answers = await Promise.all(Array.from({ length: 40 }, () => get(page, cookie)));
    expect(answers.every((a) => a.status === 200 && a.cache === "hit")).toBe(true);
    for (let i = 0; i < 10; i++) expect((await get(page, cookie)).cache).toBe("hit");
    expect(reached.slice(before), "renders for a signed-out cookie").toEqual([]);
    // Fifty requests, and the session read as ended once or a few times (the requests asking at once share a read).
    expect(sessions.reads() - reads).toBeLessThanOrEqual(5);
  });

  it("the account deactivated, or its password changed (its session version moved on), is no session either", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const deactivated = await signedIn();
    const changed = await signedIn();
    expect(await holdsSession(deactivated.cookie, false, SECRET)).toBe(true);
    await setAccountActive(admin, { userId: deactivated.user.id, isActive: false });
    await getDb().user.update({ where: { id: changed.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await holdsSession(deactivated.cookie, false, SECRET)).toBe(false);
    expect(await holdsSession(changed.cookie, false, SECRET)).toBe(false);
    const before = reached.length;
    for (const cookie of [deactivated.cookie, changed.cookie]) for (let i = 0; i < 5; i++) expect((await get(page, cookie)).cache).toBe("hit");
    expect(reached.slice(before)).toEqual([]);
  });
});

describe("reading sessions' liveness", () => {
  it("one read for the requests asking at once; an ended session is not read again, a live one after a few seconds", async () => {
    let clock = 0;
    const answers = new Map<string, boolean>();
    const liveness = new SessionLiveness(async (id) => answers.get(id) ?? false, () => clock);
    const live = "00000000-0000-4000-8000-000000000001";
    const ended = "00000000-0000-4000-8000-000000000002";
    answers.set(live, true);
    expect(await Promise.all(Array.from({ length: 20 }, () => liveness.isLive(live, 1)))).toEqual(Array(20).fill(true));
    expect(liveness.reads).toBe(1);
    for (let i = 0; i < 20; i++) expect(await liveness.isLive(ended, 1)).toBe(false);
    expect(liveness.reads).toBe(2);
    clock += 60_000;
    expect(await liveness.isLive(ended, 1)).toBe(false);
    expect(liveness.reads).toBe(2);
    answers.set(live, false);
    expect(await liveness.isLive(live, 1)).toBe(false);
    expect(liveness.reads).toBe(3);
    // Not a session id as the desk writes them: no read at all.
    expect(await liveness.isLive("x", 1)).toBe(false);
    expect(await liveness.isLive(live, "1")).toBe(false);
    expect(liveness.reads).toBe(3);
  });
});
