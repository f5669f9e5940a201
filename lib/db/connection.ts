// How the desk connects to PostgreSQL: every pool and client it opens takes these settings, so that a lock held by a
// session whose host vanished, or whose process stopped inside a transaction, is freed in minutes, not hours.
import pg from "pg";

/**
 * Longer than any transaction the desk opens may last (Prisma's interactive transactions are bounded at 120 s at most,
 * `DESK_WRITE_BOUNDS` and the imports'), so only a session that stopped talking inside one is ended. Its
 * transaction-level advisory locks and row locks go with it.
 */
export const IDLE_IN_TRANSACTION_MS = 150_000;

/**
 * TCP keepalives on both ends. The client's (node-pg `keepAlive`) notices a server that is gone; the server's, asked
 * for the session in its startup options, notice a client host that is gone without closing its connection (its
 * session, and the session advisory locks a migration, an upkeep task or a draft's holder takes, otherwise stay until
 * the operating system's default, two hours or more): a probe after a minute of silence, then every 10 s, six missed.
 */
const SERVER_KEEPALIVES = "-c tcp_keepalives_idle=60 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=6";

export type DeskConnectionOptions = { idleInTransactionMs?: number; applicationName?: string };

/** A node-pg client's or pool's configuration for `url` with the desk's session settings. */
export function deskConnection(url: string | undefined, options: DeskConnectionOptions = {}): pg.ClientConfig {
  return {
    connectionString: url,
    keepAlive: true,
    keepAliveInitialDelayMillis: 60_000,
    idle_in_transaction_session_timeout: options.idleInTransactionMs ?? IDLE_IN_TRANSACTION_MS,
    options: SERVER_KEEPALIVES,
    ...(options.applicationName ? { application_name: options.applicationName } : {}),
  };
}

/**
 * A small pool of its own for a reader beside the app (the front server's generation, slug and session reads): idle
 * connections closed after 30 s, and an idle connection's error (the database restarting) never the process's: each
 * query answers for its own failure.
 */
export function sidePool(url: string, max: number, applicationName?: string): pg.Pool {
  const pool = new pg.Pool({ ...deskConnection(url, { applicationName }), max, idleTimeoutMillis: 30_000 });
  pool.on("error", () => {});
  return pool;
}

/**
 * Who holds an advisory lock, said in a waiting line: "PostgreSQL session 1234, open since 2026-12-07 04:00:00 UTC", or
 * null when no session holds it any more. `key` is the one-key form's bigint, or the two-key form's pair.
 */
export async function advisoryLockHolder(client: pg.Client, key: number | readonly [number, string]): Promise<{ pid: number; said: string } | null> {
  const where =
    typeof key === "number"
      ? "l.classid = 0 AND l.objid = $1::bigint::oid AND l.objsubid = 1"
      : "l.classid = $1::int::oid AND l.objid = hashtext($2)::oid AND l.objsubid = 2";
  const { rows } = await client.query<{ pid: number; since: string | null }>(
    `SELECT l.pid, to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC' AS since
     FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND ${where} AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     LIMIT 1`,
    typeof key === "number" ? [key] : [...key],
  );
  const found = rows[0];
  return found ? { pid: found.pid, said: `PostgreSQL session ${found.pid}${found.since ? `, open since ${found.since}` : ""}` } : null;
}
