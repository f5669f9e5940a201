// The public API's rate limit, counted in PostgreSQL: a burst up to the limit, then refusals with the wait; one
// bucket per address; exact under concurrent requests (as from several instances); refilled with time.
import { describe, expect, it } from "vitest";
import { apiRateLimit, takeApiToken } from "./rate-limit";

describe("the API rate limit in PostgreSQL", () => {
  it("allows the limit in a burst, then refuses with the wait until the next token", async () => {
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push(await takeApiToken("burst", 3, 60_000));
    expect(taken.map((t) => t.allowed)).toEqual([true, true, true]);
    expect(taken.map((t) => t.remaining)).toEqual([2, 1, 0]);
    const refused = await takeApiToken("burst", 3, 60_000);
    expect(refused).toMatchObject({ allowed: false, limit: 3, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(19);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(20);
    // Another address has its own bucket.
    expect((await takeApiToken("other", 3, 60_000)).allowed).toBe(true);
  });

  it("counts concurrent requests exactly: 40 at once against a limit of 10 let 10 through", async () => {
    const decisions = await Promise.all(Array.from({ length: 40 }, () => takeApiToken("concurrent", 10, 60_000)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  it("refills with time", async () => {
    expect((await takeApiToken("refill", 2, 1_000)).allowed).toBe(true);
    expect((await takeApiToken("refill", 2, 1_000)).allowed).toBe(true);
    expect((await takeApiToken("refill", 2, 1_000)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await takeApiToken("refill", 2, 1_000)).allowed).toBe(true);
    expect((await takeApiToken("refill", 2, 1_000)).allowed).toBe(false);
  });

  it("reads its limit from CLAIMDESK_API_RATE_LIMIT, 120 by default", () => {
    expect(apiRateLimit({})).toBe(120);
    expect(apiRateLimit({ CLAIMDESK_API_RATE_LIMIT: "5" })).toBe(5);
    expect(apiRateLimit({ CLAIMDESK_API_RATE_LIMIT: "lots" })).toBe(120);
  });
});
