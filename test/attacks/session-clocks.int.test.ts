// Sessions, one-time passwords and the sign-in unlock across instances whose clocks differ. Sign-in stamps a session's
// absolute end and checks a one-time password's by the database's clock, but the session's end was read by the
// answering instance's clock (one running behind kept a session past its end, one ahead ended it early), an account's
// one-time password was given an end by the creating instance's clock (one three days behind made a password that had
// already run out, one ahead one that lived days longer), an unlock was stamped by the unlocking instance's clock (one a
// minute behind left the account locked by the failures just before), and the hourly pruning read the sessions' ends by
// its own (an instance a day ahead dropped live sessions). Each is now read and stamped by the database's clock.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { unlockAccount } from "@/lib/accounts/unlock-account";
import { authenticate } from "@/lib/auth/authenticate";
import { pruneSignInRecords } from "@/lib/auth/prune";
import { readLiveSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { makeUser, TEST_PASSWORD } from "@/test/factories";

const HOUR = 3_600_000;
/** This instance's clock set `offsetMs` away from the database's (Date only; timers run as they do). */
const clockOff = (offsetMs: number) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(Date.now() + offsetMs));
};
afterEach(() => {
  vi.useRealTimers();
});

const outcome = (email: string, password: string, ip: string) =>
  authenticate({ email, password }, ip).then(
    () => "signed in",
    (error: { code?: string }) => error.code ?? "error",
  );

describe("sessions read by an instance whose clock is off", () => {
  it("keeps a live session on an instance thirteen hours ahead, and ends one past its end on an instance behind", async () => {
    const user = await makeUser();
    const signedIn = await authenticate({ email: user.email, password: TEST_PASSWORD }, "198.51.100.90");
    clockOff(13 * HOUR);
    expect(await readLiveSession(signedIn.sessionId, signedIn.sessionVersion)).toMatchObject({ id: user.id });
    vi.useRealTimers();
    await getDb().$executeRaw`UPDATE "Session" SET "expiresAt" = clock_timestamp() - interval '1 minute' WHERE id = ${signedIn.sessionId}::uuid`;
    clockOff(-HOUR);
    expect(await readLiveSession(signedIn.sessionId, signedIn.sessionVersion)).toBeNull();
  });

  it("prunes no live session on an instance a day and a half ahead", async () => {
    const user = await makeUser();
    const signedIn = await authenticate({ email: user.email, password: TEST_PASSWORD }, "198.51.100.91");
    clockOff(36 * HOUR);
    await pruneSignInRecords(process.env.DATABASE_URL!);
    vi.useRealTimers();
    expect(await getDb().session.count({ where: { id: signedIn.sessionId } })).toBe(1);
    expect(await readLiveSession(signedIn.sessionId, signedIn.sessionVersion)).toMatchObject({ id: user.id });
  });

  it("gives a new account's one-time password its 72 hours by the database's clock, whichever instance creates it", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    clockOff(-73 * HOUR);
    const behind = await createAccount(admin, { email: `behind-${Date.now()}@desk.test`, name: "Behind", role: "EDITOR" });
    vi.useRealTimers();
    expect(await outcome(behind.user.email, behind.oneTimePassword, "198.51.100.92")).toBe("signed in");
    clockOff(24 * HOUR);
    const ahead = await createAccount(admin, { email: `ahead-${Date.now()}@desk.test`, name: "Ahead", role: "EDITOR" });
    vi.useRealTimers();
    const [left] = await getDb().$queryRaw<{ hours: number }[]>`
      SELECT extract(epoch FROM "passwordExpiresAt" - clock_timestamp())::float8 / 3600 AS hours FROM "User" WHERE id = ${ahead.user.id}::uuid`;
    expect(left!.hours).toBeLessThanOrEqual(72);
    expect(left!.hours).toBeGreaterThan(71);
  });

  it("lifts the sign-in lock with an unlock given on an instance a minute behind", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const user = await makeUser();
    // Ten failures from as many addresses lock the account for each of them.
    for (let n = 0; n < 10; n += 1) expect(await outcome(user.email, `wrong guess ${n}`, `203.0.113.${100 + n}`)).toBe("UNAUTHENTICATED");
    expect(await outcome(user.email, TEST_PASSWORD, "203.0.113.100")).toBe("RATE_LIMITED");
    clockOff(-60_000);
    await unlockAccount(admin, { userId: user.id });
    vi.useRealTimers();
    expect(await outcome(user.email, TEST_PASSWORD, "203.0.113.101")).toBe("signed in");
  });
});
