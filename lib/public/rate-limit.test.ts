import { describe, expect, it } from "vitest";
import { apiRateLimit, RateLimiter } from "./rate-limit";

describe("the API rate limiter", () => {
  it("allows the limit in a burst, then refuses with the wait until the next token", () => {
    const limiter = new RateLimiter(3, 60_000);
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", t).allowed)).toEqual([true, true, true]);
    const refused = limiter.take("a", t);
    expect(refused).toEqual({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 20 });
    expect(limiter.take("a", t + 10_000).allowed).toBe(false);
    expect(limiter.take("a", t + 20_000)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("keeps one bucket per address", () => {
    const limiter = new RateLimiter(1);
    expect(limiter.take("a", 0).allowed).toBe(true);
    expect(limiter.take("a", 0).allowed).toBe(false);
    expect(limiter.take("b", 0).allowed).toBe(true);
  });

  it("never forgets a limited address when it prunes buckets to bound its memory", () => {
    const limiter = new RateLimiter(2, 60_000, 2);
    limiter.take("a", 0);
    limiter.take("a", 0);
    limiter.take("b", 0);
    expect(limiter.take("c", 0).allowed).toBe(true);
    expect(limiter.take("a", 0).allowed).toBe(false);
  });

  it("reads its limit from CLAIMDESK_API_RATE_LIMIT, 120 by default", () => {
    expect(apiRateLimit({})).toBe(120);
    expect(apiRateLimit({ CLAIMDESK_API_RATE_LIMIT: "5" })).toBe(5);
    expect(apiRateLimit({ CLAIMDESK_API_RATE_LIMIT: "lots" })).toBe(120);
  });
});
