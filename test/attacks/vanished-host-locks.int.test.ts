// A desk instance whose host vanishes (power lost, network cut) does not close its connections: PostgreSQL keeps its
// sessions, and the locks they hold, until the operating system gives up on the silent peer (two hours and more by
// default), and no setting ended a transaction left open. The desk's connections now ask the server for TCP keepalives
// and end a session idle inside a transaction, which frees its locks; the upkeep's wait names the holder, as the
// migrations' does.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { deskConnection, IDLE_IN_TRANSACTION_MS } from "@/lib/db/connection";
import { runPendingUpkeep, UPKEEP_LOCKS } from "@/lib/db/pending-upkeep";

const url = process.env.DATABASE_URL!;
let other: pg.Client;

beforeAll(async () => {
  other = new pg.Client({ connectionString: url });
  await other.connect();
});
afterAll(async () => {
  await other.end();
});

type Setting = { name: string; setting: string };
const settings = `SELECT name, setting FROM pg_settings WHERE name IN ('idle_in_transaction_session_timeout', 'tcp_keepalives_idle', 'tcp_keepalives_interval', 'tcp_keepalives_count') ORDER BY name`;
/** What a session over TCP reads (over a Unix socket the keepalive settings read 0). */
const overTcp = async (client: { query: (sql: string) => Promise<{ rows: unknown[] }> }) =>
  ((await client.query(`SELECT inet_server_addr() IS NOT NULL AS tcp`)).rows[0] as { tcp: boolean }).tcp;

describe("a desk session whose host or process stops answering", () => {
  it("asks the server for keepalives and to end a transaction left idle, on the desk's pool and its own clients", async () => {
    const pooled = await getDb().$queryRawUnsafe<Setting[]>(settings);
    const tcp = (await getDb().$queryRawUnsafe<{ tcp: boolean }[]>(`SELECT inet_server_addr() IS NOT NULL AS tcp`))[0]!.tcp;
    expect(Object.fromEntries(pooled.map((s) => [s.name, s.setting]))).toEqual({
      idle_in_transaction_session_timeout: String(IDLE_IN_TRANSACTION_MS),
      tcp_keepalives_count: tcp ? "6" : "0",
      tcp_keepalives_idle: tcp ? "60" : "0",
      tcp_keepalives_interval: tcp ? "10" : "0",
    });
    const client = new pg.Client(deskConnection(url));
    await client.connect();
    try {
      expect((await client.query<Setting>(settings)).rows).toEqual(pooled);
      expect(await overTcp(client)).toBe(tcp);
    } finally {
      await client.end();
    }
  });

  it("frees the lock a transaction left idle holds, once its session is ended", async () => {
    const stalled = new pg.Client(deskConnection(url, { idleInTransactionMs: 400 }));
    const ended = new Promise<Error>((resolve) => stalled.on("error", resolve));
    await stalled.connect();
    await stalled.query("BEGIN");
    await stalled.query("SELECT pg_advisory_xact_lock(1, 90210)");
    // Taken while the stalled session still holds it: this waits until the server ends that session.
    const { rows } = await other.query<{ taken: boolean }>("SELECT pg_try_advisory_lock(1, 90210) AS taken");
    expect(rows[0]!.taken).toBe(false);
    await other.query("SELECT pg_advisory_lock(1, 90210)");
    expect((await ended).message).toMatch(/idle-in-transaction timeout/);
    await other.query("SELECT pg_advisory_unlock(1, 90210)");
    await stalled.end().catch(() => undefined);
  }, 60_000);

  it("says, waiting for an upkeep task's turn, which session holds it and how to end it", async () => {
    const task = "test-held-turn";
    await getDb().pendingUpkeep.create({ data: { task } });
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      const { rows } = await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid, pg_advisory_lock($1, hashtext($2))", [UPKEEP_LOCKS, task]);
      const pid = rows[0]!.pid;
      const lines: string[] = [];
      let said: () => void = () => {};
      const waiting = new Promise<void>((resolve) => (said = resolve));
      const run = runPendingUpkeep({ [task]: async (finish) => (await getDb().$transaction(finish), "held turn done") }, (line) => (lines.push(line), line.includes("under way") && said()));
      await waiting;
      expect(lines.filter((l) => l.includes(task))).toEqual([
        expect.stringMatching(new RegExp(`^Upkeep "${task}" is under way in another instance \\(PostgreSQL session ${pid}, open since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\): waiting for it\\. If that instance is gone, end its session: SELECT pg_terminate_backend\\(${pid}\\);$`)),
      ]);
      await holder.query("SELECT pg_advisory_unlock($1, hashtext($2))", [UPKEEP_LOCKS, task]);
      await run;
      expect(lines).toContain("held turn done");
      expect(await getDb().pendingUpkeep.count({ where: { task } })).toBe(0);
    } finally {
      await holder.end();
    }
  }, 60_000);
});
