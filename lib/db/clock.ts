import type { Tx } from "@/lib/db/client";

/**
 * The database's clock, read inside a transaction. Times that the database compares with one another (an account's
 * password reset and the confirmation given after it) are taken from the one clock every instance shares: two app
 * servers' clocks may differ by seconds, and a confirmation stamped by a slower one would read as given before the
 * reset it followed.
 */
export async function databaseNow(tx: Pick<Tx, "$queryRaw">): Promise<Date> {
  const rows = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return rows[0]!.now;
}

/** The same clock on a connection of its own (node-pg), as the upkeep tasks that run outside Prisma read it. */
export async function databaseNowOn(client: { query: <R extends object>(sql: string) => Promise<{ rows: R[] }> }): Promise<Date> {
  const { rows } = await client.query<{ now: Date }>("SELECT clock_timestamp() AS now");
  return rows[0]!.now;
}
