// Sign-in from many addresses of one holder. Each IPv6 /64 is an address to the throttle, and one holder of a /48 has
// 65,536 of them: ten failures each a window (any account) were 655,360 password checks, each an argon2 hash (up to
// three), and as many audit events, every fifteen minutes. And an address once held back wrote an audit event for
// every attempt it went on sending, refused before any password was read: anyone grew the audit table, whose rows are
// kept for good, without bound. A /48 now fails SITE_MAX_FAILURES times a window at most, and a held-back sign-in is
// audited once a minute per site (its /48, or the IPv4 address).
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { authenticate, TOO_MANY_ATTEMPTS } from "@/lib/auth/authenticate";
import { ADDRESS_MAX_FAILURES, SITE_MAX_FAILURES } from "@/lib/auth/throttle-rules";
import { addressKey } from "@/lib/http/address-key";

let site = 0x300 + Math.floor(Math.random() * 0xc00);
const newSite = () => `2001:db8:${(++site).toString(16)}`;
const outcome = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`);
const email = (i: number) => `nobody-${i}-${Math.random().toString(36).slice(2)}@example.org`;

/** Failed attempts as sign-in records them (by client, the database's time), from these addresses. */
async function failedFrom(addresses: string[]) {
  const keys = addresses.map(addressKey);
  await getDb().$executeRaw`INSERT INTO "LoginAttempt" (email, ip, "isSuccess") SELECT 'guess-' || k || '@example.org', k, false FROM unnest(${keys}::text[]) AS k`;
}

const heldBackEvents = async (ips: string[]) => (await getDb().auditEvent.findMany({ where: { action: "auth.signInThrottled", ip: { in: ips } } })).length;

describe("sign-in from many addresses of one site", () => {
  it("blocks every /64 of a /48 that has failed SITE_MAX_FAILURES times, before any password is read", async () => {
    const attacker = newSite();
    await failedFrom(Array.from({ length: SITE_MAX_FAILURES }, (_, i) => `${attacker}:${i.toString(16)}::1`));
    expect(await outcome(authenticate({ email: email(1), password: "a guess" }, `${attacker}:ffff::1`))).toBe(`RATE_LIMITED: ${TOO_MANY_ATTEMPTS}`);
    // Another site, and an IPv4 address, sign in as before.
    expect(await outcome(authenticate({ email: email(2), password: "a guess" }, `${newSite()}:1::1`))).toMatch(/^UNAUTHENTICATED/);
  });

  it("one short of the bound, the site's fresh /64 still gets its guess", async () => {
    const attacker = newSite();
    await failedFrom(Array.from({ length: SITE_MAX_FAILURES - 1 }, (_, i) => `${attacker}:${i.toString(16)}::1`));
    expect(await outcome(authenticate({ email: email(3), password: "a guess" }, `${attacker}:ffff::1`))).toMatch(/^UNAUTHENTICATED/);
  });

  it("audits a held-back sign-in once a minute per site, however many attempts follow", async () => {
    const v4 = `198.18.250.${1 + Math.floor(Math.random() * 250)}`;
    await failedFrom(Array.from({ length: ADDRESS_MAX_FAILURES }, () => v4));
    for (let i = 0; i < 30; i++) expect(await outcome(authenticate({ email: email(i), password: "a guess" }, v4))).toBe(`RATE_LIMITED: ${TOO_MANY_ATTEMPTS}`);
    expect(await heldBackEvents([v4])).toBe(1);

    const attacker = newSite();
    await failedFrom(Array.from({ length: SITE_MAX_FAILURES }, (_, i) => `${attacker}:${i.toString(16)}::1`));
    const cycled = Array.from({ length: 30 }, (_, i) => `${attacker}:${(0x1000 + i).toString(16)}::${i + 1}`);
    for (const [i, ip] of cycled.entries()) expect(await outcome(authenticate({ email: email(i), password: "a guess" }, ip))).toBe(`RATE_LIMITED: ${TOO_MANY_ATTEMPTS}`);
    expect(await heldBackEvents(cycled)).toBe(1);
    const [event] = await getDb().auditEvent.findMany({ where: { action: "auth.signInThrottled", ip: { in: cycled } } });
    expect(event?.after).toMatchObject({ reason: "address", site: `${attacker}:` });
  });
});
