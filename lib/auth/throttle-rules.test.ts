import { describe, expect, it } from "vitest";
import { ACCOUNT_LOCK_FAILURES, ADDRESS_MAX_FAILURES, addressDelaySeconds, decideSignIn, PAIR_MAX_FAILURES, type ThrottleCounts } from "./throttle-rules";

const now = new Date("2026-12-04T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const counts = (partial: Partial<ThrottleCounts>): ThrottleCounts => ({ addressFailures: 0, addressLastFailureAt: null, pairFailures: 0, accountFailures: 0, siteAccountFailures: 0, ...partial });

describe("decideSignIn", () => {
  it("lets a clean address in", () => {
    expect(decideSignIn(counts({}), now)).toEqual({ isAllowed: true });
  });

  it("slows an address with growing delays, then blocks it", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 9, 12].map(addressDelaySeconds)).toEqual([0, 0, 0, 1, 2, 4, 8, 60, 60]);
    expect(decideSignIn(counts({ addressFailures: 2, addressLastFailureAt: ago(0) }), now).isAllowed).toBe(true);
    expect(decideSignIn(counts({ addressFailures: 5, addressLastFailureAt: ago(1) }), now)).toEqual({ isAllowed: false, reason: "slow-down", retryAfterSeconds: 3 });
    expect(decideSignIn(counts({ addressFailures: 5, addressLastFailureAt: ago(4) }), now).isAllowed).toBe(true);
    expect(decideSignIn(counts({ addressFailures: ADDRESS_MAX_FAILURES, addressLastFailureAt: ago(600) }), now)).toMatchObject({ isAllowed: false, reason: "address" });
  });

  it("blocks one account from one address after repeated failures there", () => {
    expect(decideSignIn(counts({ addressFailures: PAIR_MAX_FAILURES, addressLastFailureAt: ago(120), pairFailures: PAIR_MAX_FAILURES }), now)).toMatchObject({ reason: "pair" });
  });

  it("never locks out an address with no failures, however many failures the account has from elsewhere", () => {
    expect(decideSignIn(counts({ accountFailures: 10_000 }), now)).toEqual({ isAllowed: true });
    expect(decideSignIn(counts({ accountFailures: ACCOUNT_LOCK_FAILURES, addressFailures: 1, addressLastFailureAt: ago(300) }), now)).toMatchObject({ reason: "account" });
    expect(decideSignIn(counts({ accountFailures: ACCOUNT_LOCK_FAILURES - 1, addressFailures: 1, addressLastFailureAt: ago(300) }), now).isAllowed).toBe(true);
  });
});
