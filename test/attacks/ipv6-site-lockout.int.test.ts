// Spreading guesses over addresses: a locked account still lets each address that has never failed try once, so
// its owner is never locked out by an attacker elsewhere. An IPv6 site is usually given a /48, 65,536 /64s: counted
// /64 by /64 (lib/http/address-key.ts), that was 65,536 more guesses at a locked account every window. A /64 whose
// /48 has guessed at the account is refused like the addresses that guessed; another site, and IPv4, as before.
import { describe, expect, it } from "vitest";
import { authenticate, TOO_MANY_ATTEMPTS } from "@/lib/auth/authenticate";
import { ACCOUNT_LOCK_FAILURES, decideSignIn } from "@/lib/auth/throttle-rules";
import { addressKey, addressSitePrefix } from "@/lib/http/address-key";
import { makeUser, TEST_PASSWORD } from "@/test/factories";

let site = 0x100 + Math.floor(Math.random() * 0xe00);
const newSite = () => `2001:db8:${(++site).toString(16)}`;
const outcome = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string }) => error.code ?? "error");

describe("a locked account and a fresh IPv6 /64", () => {
  it("is refused when its /48 has guessed at the account, even with the right password", async () => {
    const user = await makeUser();
    const attacker = newSite();
    for (let i = 0; i < ACCOUNT_LOCK_FAILURES; i++) expect(await outcome(authenticate({ email: user.email, password: `guess-${i}` }, `${attacker}:${i.toString(16)}::1`))).toBe("UNAUTHENTICATED");
    // The 11th /64 of the same /48 gets no guess.
    await expect(authenticate({ email: user.email, password: "another guess" }, `${attacker}:ff::1`)).rejects.toThrow(TOO_MANY_ATTEMPTS);
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD }, `${attacker}:fe::1`)).rejects.toThrow(TOO_MANY_ATTEMPTS);
    // The owner, elsewhere, still signs in.
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, `${newSite()}:1::1`))).toBe("ok");
  });

  it("from a site that has not guessed at it still gets its one try, and IPv4 addresses are their own sites", async () => {
    const user = await makeUser();
    const attacker = newSite();
    for (let i = 0; i < ACCOUNT_LOCK_FAILURES; i++) await outcome(authenticate({ email: user.email, password: `guess-${i}` }, `${attacker}:${i.toString(16)}::1`));
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, `${newSite()}:0::1`))).toBe("ok");
    expect(await outcome(authenticate({ email: user.email, password: TEST_PASSWORD }, `198.19.${site % 250}.${(site % 200) + 1}`))).toBe("ok");
  });

  it("reads a /64's site as its /48, and an IPv4 address as none beyond itself", () => {
    expect(addressSitePrefix(addressKey("2001:db8:0:1::1"))).toBe("2001:db8:0:");
    expect(addressSitePrefix(addressKey("2001:0db8:0000:0002:abcd::9"))).toBe("2001:db8:0:");
    expect(addressSitePrefix(addressKey("203.0.113.9"))).toBeNull();
    expect(addressSitePrefix(addressKey("::ffff:203.0.113.9"))).toBeNull();
    const locked = { addressFailures: 0, addressLastFailureAt: null, pairFailures: 0, accountFailures: ACCOUNT_LOCK_FAILURES };
    expect(decideSignIn({ ...locked, siteAccountFailures: 1 }, new Date())).toMatchObject({ isAllowed: false, reason: "account" });
    expect(decideSignIn({ ...locked, siteAccountFailures: 0 }, new Date())).toEqual({ isAllowed: true });
  });
});
