// The public API's rate limit counted each client address apart, IPv6 ones too. An IPv6 client is usually given a
// whole /64 (2^64 addresses) and picks its source address within it freely (privacy addresses rotate on their own):
// one request per address was a fresh bucket each time, so the limit held for nobody on IPv6. It is now counted per
// /64 (lib/http/address-key.ts), as the sign-in throttle counts, and an IPv4 address written the IPv6 way
// (::ffff:192.0.2.1) is the IPv4 address it is.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { publicApiRoute } from "@/lib/public/api-route";

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
});
