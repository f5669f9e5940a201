// Sign-in on a real database: the right answers, one message for every wrong one, and throttling that holds.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { authenticate, SLOW_DOWN, TOO_MANY_ATTEMPTS, WRONG_CREDENTIALS } from "./authenticate";
import { ACCOUNT_LOCK_FAILURES, ADDRESS_FREE_FAILURES, ADDRESS_MAX_FAILURES, PAIR_MAX_FAILURES } from "./throttle-rules";
import { hash as argon2Hash } from "@node-rs/argon2";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { checkPassword } from "./password";
import { makeUser, TEST_PASSWORD } from "@/test/factories";

let ipCounter = 0;
const freshIp = () => `198.18.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? "ERROR";
  }
}

describe("authenticate", () => {
  it("signs in with the right password and returns the role and session version", async () => {
    const user = await makeUser({ role: "REVIEWER" });
    const result = await authenticate({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, freshIp());
    expect(result).toMatchObject({ id: user.id, role: "REVIEWER", sessionVersion: 1 });
    const events = await getDb().auditEvent.findMany({ where: { objectId: user.id, action: "auth.signIn" } });
    expect(events).toHaveLength(1);
  });

  it("gives the same answer for a wrong password, an unknown e-mail and a deactivated account", async () => {
    const user = await makeUser();
    const inactive = await makeUser({ isActive: false });
    const messages = await Promise.all(
      [
        authenticate({ email: user.email, password: "not the password" }, freshIp()),
        authenticate({ email: "nobody@desk.test", password: TEST_PASSWORD }, freshIp()),
        authenticate({ email: inactive.email, password: TEST_PASSWORD }, freshIp()),
      ].map((p) => p.then(() => "signed in", (error: Error) => error.message)),
    );
    expect(messages).toEqual([WRONG_CREDENTIALS, WRONG_CREDENTIALS, WRONG_CREDENTIALS]);
    expect(await getDb().auditEvent.count({ where: { action: "auth.signInFailed" } })).toBeGreaterThanOrEqual(3);
  });

  it("rejects malformed input with field errors", async () => {
    await expect(authenticate({ email: "not-an-email", password: "" }, freshIp())).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { email: expect.any(Array), password: expect.any(Array) } },
    });
  });

  it("a correct password from an address with no failures signs in, however many addresses failed against the account", async () => {
    const user = await makeUser({ role: "ADMIN" });
    // The attack: ten wrong passwords from ten addresses, then again, forever.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < ACCOUNT_LOCK_FAILURES; i++) {
        expect(await outcome(authenticate({ email: user.email, password: `wrong-${round}-${i}` }, freshIp()))).toBe("UNAUTHENTICATED");
      }
      expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, freshIp()))).toBe("ok");
    }
  });

  it("locks the account for addresses that have failed, even with the right password", async () => {
    const user = await makeUser();
    const ips = Array.from({ length: ACCOUNT_LOCK_FAILURES }, freshIp);
    for (const ip of ips) expect(await outcome(authenticate({ email: user.email, password: "guess" }, ip))).toBe("UNAUTHENTICATED");
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD }, ips[0]!)).rejects.toThrow(TOO_MANY_ATTEMPTS);
    const [event] = await getDb().auditEvent.findMany({ where: { action: "auth.signInThrottled", ip: ips[0] } });
    expect(event?.after).toMatchObject({ email: user.email, reason: "account" });
  });

  it("slows an address down after a few failures, with a growing delay", async () => {
    const user = await makeUser();
    const ip = freshIp();
    for (let i = 0; i < ADDRESS_FREE_FAILURES; i++) expect(await outcome(authenticate({ email: user.email, password: `wrong-${i}` }, ip))).toBe("UNAUTHENTICATED");
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD }, ip)).rejects.toThrow(SLOW_DOWN);
    // Once the delay has passed (failures moved 2 s into the past), the address may try again.
    await getDb().$executeRaw`UPDATE "LoginAttempt" SET "createdAt" = "createdAt" - interval '2 seconds' WHERE ip = ${ip}`;
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, ip))).toBe("ok");
  });

  it(`blocks an address after ${ADDRESS_MAX_FAILURES} failures across accounts, and one account from one address after ${PAIR_MAX_FAILURES}`, async () => {
    const ip = freshIp();
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await getDb().loginAttempt.createMany({
      data: Array.from({ length: ADDRESS_MAX_FAILURES }, (_, i) => ({ email: `guess-${i}@desk.test`, ip, isSuccess: false, createdAt: twoMinutesAgo })),
    });
    const user = await makeUser();
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, ip))).toBe("RATE_LIMITED");
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, freshIp()))).toBe("ok");

    const pairIp = freshIp();
    await getDb().loginAttempt.createMany({
      data: Array.from({ length: PAIR_MAX_FAILURES }, () => ({ email: user.email, ip: pairIp, isSuccess: false, createdAt: twoMinutesAgo })),
    });
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, pairIp))).toBe("RATE_LIMITED");
  });

  it("counts an IPv6 /64 as one address: rotating within it does not escape the block", async () => {
    const user = await makeUser();
    for (let i = 1; i <= ADDRESS_MAX_FAILURES; i++) {
      await getDb().loginAttempt.create({ data: { email: `guess-${i}@desk.test`, ip: "2001:db8:7:7::/64", isSuccess: false, createdAt: new Date(Date.now() - 120_000) } });
    }
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, "2001:db8:7:7:1234:5678:9abc:def0"))).toBe("RATE_LIMITED");
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, "2001:db8:7:8::1"))).toBe("ok");
    // Failures are recorded under the network; the audit trail keeps the address that was used.
    await outcome(authenticate({ email: user.email, password: "wrong password here" }, "2001:db8:9:9::abcd"));
    expect(await getDb().loginAttempt.count({ where: { ip: "2001:db8:9:9::/64", isSuccess: false } })).toBe(1);
    const event = await getDb().auditEvent.findFirst({ where: { action: "auth.signInFailed", ip: "2001:db8:9:9::abcd" } });
    expect(event).not.toBeNull();
  });

  it("holds the account lock under 30 concurrent guesses from addresses that have failed: exactly 10 are checked", async () => {
    const user = await makeUser();
    const ips = Array.from({ length: 30 }, freshIp);
    // Each address failed once before, elsewhere and long enough ago not to be slowed down.
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000);
    await getDb().loginAttempt.createMany({ data: ips.map((ip) => ({ email: "someone-else@desk.test", ip, isSuccess: false, createdAt: fiveMinutesAgo })) });
    const results = await Promise.all(ips.map((ip, i) => outcome(authenticate({ email: user.email, password: `guess-${i}` }, ip))));
    expect(results.filter((r) => r === "UNAUTHENTICATED")).toHaveLength(ACCOUNT_LOCK_FAILURES);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(30 - ACCOUNT_LOCK_FAILURES);
    expect(await getDb().loginAttempt.count({ where: { email: user.email, isSuccess: false } })).toBe(ACCOUNT_LOCK_FAILURES);
  });

  it("opens a server-side session with an absolute end for each sign-in", async () => {
    const user = await makeUser();
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD }, freshIp());
    const session = await getDb().session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId: user.id, revokedAt: null });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * 3_600_000);
  });

  it("forgets failures older than the window", async () => {
    const user = await makeUser();
    const old = new Date(Date.now() - 16 * 60_000);
    await getDb().loginAttempt.createMany({
      data: Array.from({ length: 12 }, () => ({ email: user.email, ip: "198.51.100.1", isSuccess: false, createdAt: old })),
    });
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, freshIp()))).toBe("ok");
  });
});

describe("a password with diacritics", () => {
  const composed = "Bình Nhưỡng tháng Chín";
  const decomposed = composed.normalize("NFD");
  const storedHash = async (id: string) => (await getDb().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;

  it("signs in whether it was set and is typed precomposed or with combining marks", async () => {
    const user = await makeUser({ password: decomposed });
    expect(await outcome(authenticate({ email: user.email, password: composed }, freshIp()))).toBe("ok");
    expect(await outcome(authenticate({ email: user.email, password: decomposed }, freshIp()))).toBe("ok");
    expect(await outcome(authenticate({ email: user.email, password: composed.replace("ưỡ", "uo") }, freshIp()))).toBe("UNAUTHENTICATED");
  });

  it("signs in an account whose hash was made from the typed form before normalisation, and stores the NFC hash then", async () => {
    const user = await makeUser();
    const legacy = await argon2Hash(decomposed, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await getDb().user.update({ where: { id: user.id }, data: { passwordHash: legacy } });
    expect(await outcome(authenticate({ email: user.email, password: composed }, freshIp()))).toBe("ok");
    const rehashed = await storedHash(user.id);
    expect(rehashed).not.toBe(legacy);
    expect(await checkPassword(rehashed, composed)).toBe("ok");
    expect(await checkPassword(rehashed, decomposed)).toBe("ok");
    // Signing in again leaves the new hash as it is.
    expect(await outcome(authenticate({ email: user.email, password: decomposed }, freshIp()))).toBe("ok");
    expect(await storedHash(user.id)).toBe(rehashed);
  });

  it("changes a password given in one form and takes the new one in the other", async () => {
    const user = await makeUser({ password: composed });
    await changeOwnPassword(user, { currentPassword: decomposed, newPassword: "Hà Nội mùa thu năm ấy".normalize("NFD"), confirmPassword: "Hà Nội mùa thu năm ấy" });
    expect(await outcome(authenticate({ email: user.email, password: "Hà Nội mùa thu năm ấy" }, freshIp()))).toBe("ok");
    expect(await checkPassword(await storedHash(user.id), "Hà Nội mùa thu năm ấy")).toBe("ok");
  });
});
