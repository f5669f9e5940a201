// The database's state for /api/health: reachable, how fast, and whether any migration failed.
import "server-only";
import { getDb } from "./client";

export async function getDatabaseHealth() {
  const started = performance.now();
  try {
    const rows = await getDb().$queryRaw<{ applied: bigint; failed: bigint; latest: string | null }[]>`
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
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: (error as Error).message.split("\n")[0] };
  }
}
