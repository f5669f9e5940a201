// What the concurrency tests wait for: another session of the test database blocked on a lock held by `client`.
import pg from "pg";
import { afterAll, beforeAll } from "vitest";

/**
 * Until some session of this database waits for a lock (`atLeast` sessions, when given), asking every 25 ms for at most
 * `ms`; throws if none ever does.
 * The statistics snapshot is cleared before each look: inside a transaction (as a lock holder usually is) PostgreSQL
 * keeps the first pg_stat_activity it read, so a first look before the other session blocked would be the only one.
 */
export async function untilSomeoneWaits(client: pg.Client, ms = 10_000, atLeast = 1): Promise<number> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    await client.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    if (rows[0]!.n >= atLeast) return rows[0]!.n;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(atLeast > 1 ? `fewer than ${atLeast} sessions ever waited for a lock` : "no session ever waited for the lock");
}

/**
 * A second session of the file's test database, connected before its tests and closed after them: the one that holds
 * a lock while the code under test waits for it (and asks `untilSomeoneWaits`).
 */
export function lockHolder(): pg.Client {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  beforeAll(() => client.connect());
  afterAll(() => client.end());
  return client;
}
