// /api/health answers anyone without a limit (load balancers and uptime probes ask without a session or a budget), and
// each request ran its own query: a flood of probes was a flood of database round trips. Probes asking at once now share
// one check, and its answer stands for a second after it settles.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { getDatabaseHealth, sharedCheck } from "@/lib/db/health";
import { GET } from "@/app/api/health/route";

afterEach(() => vi.restoreAllMocks());

/** The real database's health check, its queries counted. */
function countedHealth(): { check: () => ReturnType<typeof getDatabaseHealth>; queries: () => number } {
  let queries = 0;
  const db = getDb();
  const counted = { $queryRaw: ((...args: Parameters<typeof db.$queryRaw>) => (queries++, db.$queryRaw(...args))) as typeof db.$queryRaw };
  return { check: () => getDatabaseHealth(counted), queries: () => queries };
}

describe("the health check under a flood of probes", () => {
  it("runs one query for probes asking at once, reuses its answer for a second, then asks again", async () => {
    const { check, queries } = countedHealth();
    let clock = 0;
    const health = sharedCheck(check, 1_000, () => clock);
    const answers = await Promise.all(Array.from({ length: 200 }, () => health()));
    expect(queries()).toBe(1);
    expect(answers.every((a) => a.ok)).toBe(true);
    clock += 999;
    await Promise.all(Array.from({ length: 50 }, () => health()));
    expect(queries()).toBe(1);
    clock += 2;
    expect((await health()).ok).toBe(true);
    expect(queries()).toBe(2);
  });

  it("asks again after a check that threw, and never keeps a failure for longer than its second", async () => {
    let calls = 0;
    let clock = 0;
    const health = sharedCheck(async () => {
      calls++;
      if (calls === 1) throw new Error("refused");
      return calls;
    }, 1_000, () => clock);
    await expect(Promise.all([health(), health()])).rejects.toThrow("refused");
    expect(calls).toBe(1);
    expect(await health()).toBe(2);
    clock += 1_001;
    expect(await health()).toBe(3);
  });

  it("is what GET /api/health asks: a hundred requests at once run one query on the database", async () => {
    const db = getDb();
    const spy = vi.spyOn(db, "$queryRaw");
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // (past any answer an earlier test left standing)
    const responses = await Promise.all(Array.from({ length: 100 }, () => GET()));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
