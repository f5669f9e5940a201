// The embedded PostgreSQL killed with SIGKILL (a power cut, the OOM killer) while the desk holds data and a
// transaction is open: the next start through lib/db recovers, committed data is intact, the open work is gone.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded";
import { migrate } from "./migrate";
import { isAlive } from "@/lib/process-alive";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-pg-crash-"));
fs.chmodSync(root, 0o755);
// Durable settings, as `npm start` runs it (the shared test server turns fsync off).
const options = { dataDir: path.join(root, "pg"), stateDir: root, database: "claimdesk" };
let cluster: EmbeddedCluster | null = null;

afterAll(async () => {
  await cluster?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // the server going away under an open connection is the point of this test
  await client.connect();
  return client;
}

/** Every application table's rows, hashed in a stable order: equal only if every value is. */
async function fingerprint(client: pg.Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string; md5: string | null }>(`SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM "${name}" t`);
    out[name] = `${rows[0]!.n}:${rows[0]!.md5 ?? "-"}`;
  }
  return out;
}


describe("the embedded PostgreSQL killed with SIGKILL", () => {
  it("recovers on the next start through lib/db: committed rows intact, the open transaction gone, writes work", async () => {
    cluster = await startEmbeddedPostgres(options);
    await migrate(cluster.url);
    // The sample articles, stored by the import command as a user would.
    const fixtures = fs.readdirSync("fixtures/articles").map((name) => path.join("fixtures/articles", name));
    const imported = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...fixtures], {
      env: { ...process.env, DATABASE_URL: cluster.url },
      encoding: "utf8",
    });
    expect(imported.stdout).toMatch(/^28 stored/m);

    const committed = await connect(cluster.url);
    const open = await connect(cluster.url);
    // One write committed just before the crash (durable at COMMIT), and one transaction left open.
    const { rows: marker } = await committed.query<{ id: string }>(`INSERT INTO "AuditEvent" (action, "objectType") VALUES ('test.beforeCrash', 'Test') RETURNING id::text`);
    await open.query("BEGIN");
    await open.query(`INSERT INTO "LoginAttempt" (email, ip, "isSuccess") VALUES ('lost@desk.test', '203.0.113.1', false)`);
    await open.query(`UPDATE "Source" SET title = 'never committed'`);
    const before = await fingerprint(committed);
    expect(before.Source).toMatch(/^28:/);

    const postmaster = Number(fs.readFileSync(path.join(cluster.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    for (let i = 0; i < 200 && isAlive(postmaster); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(isAlive(postmaster)).toBe(false);
    await Promise.allSettled([committed.end(), open.end()]);

    const log: string[] = [];
    cluster = await startEmbeddedPostgres({ ...options, log: (line) => log.push(line) });
    expect(log.join("\n")).toMatch(/not properly shut down; automatic recovery in progress/);
    const after = await connect(cluster.url);
    try {
      expect(await fingerprint(after)).toEqual(before);
      expect((await after.query(`SELECT 1 FROM "Source" WHERE title = 'never committed'`)).rowCount).toBe(0);
      expect((await after.query(`SELECT 1 FROM "LoginAttempt"`)).rowCount).toBe(0);
      // Writes work again, ids continue after the last committed one, and no migration is pending.
      const { rows: next } = await after.query<{ id: string }>(`INSERT INTO "AuditEvent" (action, "objectType") VALUES ('test.afterCrash', 'Test') RETURNING id::text`);
      expect(BigInt(next[0]!.id)).toBeGreaterThan(BigInt(marker[0]!.id));
      expect(await migrate(cluster.url)).toEqual([]);
    } finally {
      await after.end();
    }
  }, 120_000);
});
