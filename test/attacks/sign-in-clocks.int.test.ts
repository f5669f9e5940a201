// Sign-in throttling across instances whose clocks differ. The wait after
// an address's third failure, and the 15-minute window the failures are counted in, were read against the answering
// instance's own clock, and Prisma stamped the attempts with it too: behind a load balancer, an instance running a minute
// ahead let an address guess again at once after each failure (the 1 s, 2 s, 4 s … waits gone), one behind stamped its
// failures a minute in the past for every instance, and one ahead by the window counted no failure at all. Attempts are
// now stamped, and the waits and the window read, by the database's clock.
import { afterEach, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";

/** This instance's clock set `offsetMs` away from the database's (Date only; timers run as they do). */
const clockOff = (offsetMs: number) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(Date.now() + offsetMs));
};
afterEach(() => {
  vi.useRealTimers();
});

const guess = (email: string, ip: string, n: number) => authenticate({ email, password: `wrong guess ${n}` }, ip).then(
  () => "signed in",
  (error: { code?: string }) => error.code ?? "error",
);

describe("sign-in throttling read by an instance whose clock is off", () => {
  it("keeps an address's wait after its third failure on an instance a minute ahead", async () => {
    const user = await makeUser();
    const ip = "198.51.100.77";
    for (let n = 0; n < 3; n += 1) expect(await guess(user.email, ip, n)).toBe("UNAUTHENTICATED");
    expect(await guess(user.email, ip, 3)).toBe("RATE_LIMITED");
    clockOff(60_000);
    expect(await guess(user.email, ip, 4)).toBe("RATE_LIMITED");
    // The attempts are the database's to stamp, whatever the instance's clock says.
    expect(await guess(user.email, "198.51.100.79", 5)).toBe("UNAUTHENTICATED");
    const [stamped] = await getDb().$queryRaw<{ skew: number }[]>`SELECT abs(extract(epoch FROM now() - max("createdAt")))::float8 AS skew FROM "LoginAttempt" WHERE ip = '198.51.100.79'`;
    expect(stamped!.skew).toBeLessThan(30);
  });

  it("counts an address's failures in the window on an instance ahead by the window", async () => {
    const user = await makeUser();
    const ip = "198.51.100.78";
    // Ten failures, spaced past each wait as the database sees them.
    for (let n = 0; n < 10; n += 1) {
      await getDb().loginAttempt.create({ data: { email: user.email, ip, isSuccess: false } });
    }
    await getDb().$executeRaw`UPDATE "LoginAttempt" SET "createdAt" = now() - interval '5 minutes' WHERE ip = ${ip}`;
    expect(await guess(user.email, ip, 10)).toBe("RATE_LIMITED");
    clockOff(16 * 60_000);
    expect(await guess(user.email, ip, 11)).toBe("RATE_LIMITED");
  });
});
