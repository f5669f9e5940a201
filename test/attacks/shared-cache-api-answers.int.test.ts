// The public API's answers are `public, max-age=60`: nginx, a CDN or a browser's shared proxy keeps one and serves it
// to every caller for a minute. Whatever it carries is then told to callers it was not made for; a header about the
// caller who filled the cache (how many requests their address has left) is wrong for all the others, and says to
// each what another address has been doing. A cacheable answer carries only what is the same for everyone; the
// per-address count goes with the refusal (429, no-store), where it is the caller's own.
import { describe, expect, it } from "vitest";
import { publicApiRoute } from "@/lib/public/api-route";

const route = publicApiRoute(async () => ({ data: [] }));
const call = (address: string) =>
  route(new Request("http://desk.test/api/v1/claims", { headers: { "x-forwarded-for": `${address}` } }), { params: Promise.resolve({} as Record<string, never>) });
const shared = (answer: Response) => Object.fromEntries([...answer.headers].filter(([name]) => name !== "date"));

describe("a public API answer a shared cache keeps", () => {
  it("is the same for every caller: no header says how much the caller who filled the cache has left", async () => {
    const a = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const b = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    await call(a);
    await call(a);
    const fromA = await call(a);
    const fromB = await call(b);
    expect(fromA.status).toBe(200);
    expect(fromA.headers.get("cache-control")).toMatch(/public/);
    expect(shared(fromA)).toEqual(shared(fromB));
    expect(fromA.headers.get("ratelimit-limit")).toBe("120");
    expect(fromA.headers.get("ratelimit-remaining")).toBeNull();
  });

  it("a refusal, never kept, still tells its own caller how long to wait and that nothing is left", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const previous = process.env.CLAIMDESK_API_RATE_LIMIT;
    process.env.CLAIMDESK_API_RATE_LIMIT = "2";
    try {
      await call(address);
      await call(address);
      const refused = await call(address);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("cache-control")).toBe("no-store");
      expect(refused.headers.get("ratelimit-remaining")).toBe("0");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      if (previous === undefined) delete process.env.CLAIMDESK_API_RATE_LIMIT;
      else process.env.CLAIMDESK_API_RATE_LIMIT = previous;
    }
  });
});
