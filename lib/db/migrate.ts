// Applies prisma/migrations in order and records them in `_prisma_migrations` exactly as Prisma Migrate does.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { advisoryLockHolder, deskConnection } from "./connection";
import { applyAppGrants } from "./roles";

export type Migration = { name: string; sql: string; checksum: string };

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same for every migrator of this project.
const LOCK_KEY = 72_023_913;

/**
 * The migrators' lock, taken for the whole run. One held by another session is waited for, and said: which
 * PostgreSQL session holds it, and how to end it when the instance that opened it is gone (a host lost without closing
 * its connection keeps its session, and so the lock, until the server notices; a start waited without a word).
 */
async function takeMigrationTurn(client: pg.Client, log: ((line: string) => void) | undefined): Promise<void> {
  const { rows } = await client.query<{ taken: boolean }>("SELECT pg_try_advisory_lock($1) AS taken", [LOCK_KEY]);
  if (rows[0]?.taken) return;
  const found = await advisoryLockHolder(client, LOCK_KEY);
  log?.(
    found
      ? `Another instance is migrating this database (${found.said}): waiting for it. If that instance is gone, end its session: SELECT pg_terminate_backend(${found.pid});`
      : "Another instance is migrating this database: waiting for it.",
  );
  await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationError extends Error {}

type Applied = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Apply pending migrations, each in its own transaction. Returns the names applied. With `appRole`, the app's
 * login role then gets its grants afresh (lib/db/roles.ts), in one transaction, whether or not anything was applied.
 */
export async function migrate(url: string, options: { dir?: string; log?: (line: string) => void; appRole?: string } = {}): Promise<string[]> {
  const migrations = readMigrations(options.dir);
  const client = new pg.Client(deskConnection(url));
  await client.connect();
  const appliedNow: string[] = [];
  try {
    await takeMigrationTurn(client, options.log);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<Applied>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) throw new MigrationError(`Migration ${failed.migration_name} failed earlier; fix the database by hand, then mark it rolled back.`);
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    for (const migration of migrations) {
      const previous = applied.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new MigrationError(`Migration ${migration.name} was changed after it was applied (checksum differs). Write a new migration instead.`);
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        const id = randomUUID();
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [
          id,
          migration.checksum,
          migration.name,
        ]);
        await client.query(migration.sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      options.log?.(`applied ${migration.name}`);
      appliedNow.push(migration.name);
    }
    if (options.appRole) {
      await client.query("BEGIN");
      try {
        await applyAppGrants(client, options.appRole);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Granting the app role ${options.appRole} its privileges failed: ${(error as Error).message}`);
      }
    }
    return appliedNow;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
