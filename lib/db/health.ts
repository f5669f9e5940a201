// The database's state for /api/health: reachable, how fast, and whether any migration failed.
import "server-only";
import { getDb, type Db } from "./client";

/**
 * /api/health answers anyone (load balancers ask without a session), so a failure says only that the database is
 * unavailable: the driver's message names the database's host, port, user or database name. It goes to the log.
 */
export async function getDatabaseHealth(db: Pick<Db, "$queryRaw"> = getDb()) {
  const started = performance.now();
  try {
    const rows = await db.$queryRaw<{ applied: bigint; failed: bigint; latest: string | null }[]>`
      SELECT count(*) FILTER (WHERE finished_at IS NOT NULL)::bigint AS applied,
             count(*) FILTER (WHERE finished_at IS NULL)::bigint AS failed,
             max(migration_name) FILTER (WHERE finished_at IS NOT NULL) AS latest
      FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`;
    const row = rows[0];
    const failed = Number(row?.failed ?? 0);
    return {
      ok: failed === 0 && Number(row?.applied ?? 0) > 0,
      latencyMs: Math.round(performance.now() - started),
      migrations: { applied: Number(row?.applied ?? 0), failed, latest: row?.latest ?? null },
    };
  } catch (error) {
    console.error("database health:", error);
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: "unavailable" };
  }
}

/**
 * One check shared by the requests that ask while it runs, its answer reused for `reuseMs` after it settles:
 * /api/health answers anyone, unlimited (load balancers and uptime probes ask without a session or a budget), and each
 * request ran its own query, so a flood of probes was a flood of database round trips. A load balancer still sees a
 * failure within `reuseMs` of the database's.
 */
export function sharedCheck<T>(check: () => Promise<T>, reuseMs = 1_000, now: () => number = () => performance.now()): () => Promise<T> {
  let pending: Promise<T> | null = null;
  let settled: { at: number; answer: T } | null = null;
  return () => {
    if (pending) return pending;
    if (settled && now() - settled.at < reuseMs) return Promise.resolve(settled.answer);
    const asked = check().then((answer) => {
      settled = { at: now(), answer };
      return answer;
    });
    pending = asked;
    const clear = () => {
      if (pending === asked) pending = null;
    };
    asked.then(clear, clear);
    return asked;
  };
}
