// Sign-in on a real database: the right answers, one message for every wrong one, and throttling that holds.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { authenticate, TOO_MANY_ATTEMPTS, WRONG_CREDENTIALS } from "./authenticate";
import { THROTTLE_MAX_FAILURES } from "./throttle";
import { makeUser, TEST_PASSWORD } from "@/test/factories";

let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

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

  it(`throttles an account after ${THROTTLE_MAX_FAILURES} failures, even for the right password`, async () => {
    const user = await makeUser();
    for (let i = 0; i < THROTTLE_MAX_FAILURES; i++) {
      expect(await outcome(authenticate({ email: user.email, password: `wrong-${i}` }, freshIp()))).toBe("UNAUTHENTICATED");
    }
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD }, freshIp())).rejects.toThrow(TOO_MANY_ATTEMPTS);
  });

  it(`throttles an address after ${THROTTLE_MAX_FAILURES} failures across accounts`, async () => {
    const ip = freshIp();
    for (let i = 0; i < THROTTLE_MAX_FAILURES; i++) {
      expect(await outcome(authenticate({ email: `guess-${i}@desk.test`, password: "guess" }, ip))).toBe("UNAUTHENTICATED");
    }
    const user = await makeUser();
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, ip))).toBe("RATE_LIMITED");
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, freshIp()))).toBe("ok");
  });

  it("holds the limit under 30 concurrent guesses: exactly 10 are checked, the rest refused", async () => {
    const user = await makeUser();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => outcome(authenticate({ email: user.email, password: `guess-${i}` }, freshIp()))));
    expect(results.filter((r) => r === "UNAUTHENTICATED")).toHaveLength(THROTTLE_MAX_FAILURES);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(30 - THROTTLE_MAX_FAILURES);
    expect(await getDb().loginAttempt.count({ where: { email: user.email, isSuccess: false } })).toBe(THROTTLE_MAX_FAILURES);
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
