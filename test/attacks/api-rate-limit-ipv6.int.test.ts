// The public API's rate limit counted each client address apart, IPv6 ones too. An IPv6 client is usually given a
// whole /64 (2^64 addresses) and picks its source address within it freely (privacy addresses rotate on their own):
// one request per address was a fresh bucket each time, so the limit held for nobody on IPv6. It is now counted per
// /64 (lib/http/address-key.ts), as the sign-in throttle counts, and an IPv4 address written the IPv6 way
// (::ffff:192.0.2.1) is the IPv4 address it is. A site is usually given a /48, 65,536 /64s: rotating through them
// made as many clients, so the /48 has a bucket of its own too, of API_SITE_CLIENTS clients' worth.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { publicApiRoute } from "@/lib/public/api-route";
import { API_SITE_CLIENTS } from "@/lib/public/rate-limit";

const route = publicApiRoute(async () => ({ data: [] }));
const call = (address: string) =>
  route(new Request("http://desk.test/api/v1/corrections", { headers: { "x-forwarded-for": address } }), { params: Promise.resolve({} as Record<string, never>) });
const group = () => randomBytes(2).toString("hex");

let previous: string | undefined;
beforeEach(() => {
  previous = process.env.CLAIMDESK_API_RATE_LIMIT;
  process.env.CLAIMDESK_API_RATE_LIMIT = "3";
});
afterEach(() => {
  if (previous === undefined) delete process.env.CLAIMDESK_API_RATE_LIMIT;
  else process.env.CLAIMDESK_API_RATE_LIMIT = previous;
});

describe("the public API's rate limit", () => {
  it("counts one IPv6 /64 as one client, whichever of its addresses each request comes from", async () => {
    const net64 = `2001:db8:${group()}:${group()}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(`${net64}:${group()}:${group()}:${group()}:${group()}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    // Another /64 has its own bucket.
    expect((await call(`2001:db8:${group()}:${group()}::1`)).status).toBe(200);
  });

  it("counts an IPv4 address written the IPv6 way as that IPv4 address", async () => {
    const v4 = `198.18.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
    const [a, b, c, d] = v4.split(".").map(Number) as [number, number, number, number];
    const hex = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    const statuses = [await call(v4), await call(`::ffff:${v4}`), await call(hex), await call(v4)].map((r) => r.status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("counts one IPv6 /48 as at most a few clients, whichever of its /64s each request comes from", async () => {
    const site = `2001:db8:${group()}`;
    const capacity = 3 * API_SITE_CLIENTS;
    const started = Date.now();
    const statuses: number[] = [];
    // Each /64 asks once, well within its own limit: only the site's limit can stop them.
    for (let i = 0; i < 2 * capacity; i++) statuses.push((await call(`${site}:${i.toString(16)}::1`)).status);
    const elapsed = (Date.now() - started) / 1000;
    const allowed = statuses.filter((s) => s === 200).length;
    // The site's bucket: its capacity, and what refilled while the requests ran (capacity per minute).
    expect(allowed).toBeGreaterThanOrEqual(capacity);
    expect(allowed).toBeLessThanOrEqual(capacity + Math.ceil((elapsed * capacity) / 60) + 1);
    expect(statuses.slice(0, capacity).every((s) => s === 200)).toBe(true);
    // Another site has its own.
    expect((await call(`2001:db8:${group()}:1::1`)).status).toBe(200);
  });
});
