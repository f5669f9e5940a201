// The migrations and schema.prisma describe the same database, and the runner behaves like Prisma Migrate.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, inject } from "vitest";
import { diffDatabaseToSchema, diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { migrate, MigrationError, MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import { withScratchDatabase } from "@/lib/db/local-database";
import { queryRows } from "@/test/sql";

const serverUrl = inject("serverUrl");

function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migrations", () => {
  it("replayed from empty, leave nothing for schema.prisma to add (migrations match the schema)", async () => {
    expect(await diffMigrationsToSchema(serverUrl, readMigrations(), MIGRATIONS_DIR)).toBe("");
  });

  it("applied by the project's runner, give a database the schema engine finds identical to schema.prisma", async () => {
    expect(await diffDatabaseToSchema(process.env.DATABASE_URL!)).toBe("");
  });

  it("notices drift: a schema change without a migration yields SQL", async () => {
    const schema = fs.readFileSync("prisma/schema.prisma", "utf8").replace("model LoginAttempt {", "model LoginAttempt {\n  driftProbe String?");
    const sql = await diffDatabaseToSchema(process.env.DATABASE_URL!, { path: path.resolve("prisma/schema.prisma"), content: schema });
    expect(sql).toContain('ADD COLUMN     "driftProbe" TEXT');
  });

  it("records each migration in _prisma_migrations with its sha256 checksum, and applies nothing twice", async () => {
    await withScratchDatabase(serverUrl, "claimdesk_runner", async (url) => {
      const applied = await migrate(url);
      expect(applied).toEqual(readMigrations().map((m) => m.name));
      const rows = await queryRows<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        url,
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(readMigrations().map((m) => [m.name, m.checksum]));
      expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(true);
      expect(await migrate(url)).toEqual([]);
    });
  });

  it("enables unaccent and pg_trgm in the first migration", async () => {
    const rows = await queryRows<{ folded: string; similarity: number }>(
      process.env.DATABASE_URL!,
      `SELECT unaccent('Triều Tiên cung cấp đạn pháo') AS folded, similarity('trieu tien', unaccent('Triều Tiên')) AS similarity`,
    );
    expect(rows[0]?.folded).toBe("Trieu Tien cung cap dan phao");
    expect(rows[0]?.similarity).toBe(1);
  });

  it("refuses to go on when an applied migration's file was changed", async () => {
    const dir = copyMigrations();
    await withScratchDatabase(serverUrl, "claimdesk_edited", async (url) => {
      await migrate(url, { dir });
      const first = readMigrations(dir)[0]!;
      fs.appendFileSync(path.join(dir, first.name, "migration.sql"), "\n-- edited after the fact\n");
      await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
      await expect(migrate(url, { dir })).rejects.toThrow(/was changed after it was applied/);
    });
  });

  it("rolls back a failing migration whole and records nothing for it", async () => {
    const dir = copyMigrations();
    fs.mkdirSync(path.join(dir, "99999999999999_broken"));
    fs.writeFileSync(path.join(dir, "99999999999999_broken", "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "no_such_table";\n`);
    await withScratchDatabase(serverUrl, "claimdesk_broken", async (url) => {
      await expect(migrate(url, { dir })).rejects.toThrow(/99999999999999_broken failed/);
      const tables = await queryRows<{ n: string }>(url, `SELECT count(*)::text AS n FROM pg_tables WHERE tablename = 'Half'`);
      expect(tables[0]?.n).toBe("0");
      const rows = await queryRows<{ n: string }>(url, `SELECT count(*)::text AS n FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`);
      expect(rows[0]?.n).toBe("0");
    });
  });

  it("lets two migrators race without applying anything twice", async () => {
    await withScratchDatabase(serverUrl, "claimdesk_race", async (url) => {
      const [a, b] = await Promise.all([migrate(url), migrate(url)]);
      expect([...a, ...b].sort()).toEqual(readMigrations().map((m) => m.name));
    });
  });
});

describe("the audit table", () => {
  it("refuses UPDATE, DELETE and TRUNCATE at the database", async () => {
    const url = process.env.DATABASE_URL!;
    await queryRows(url, `INSERT INTO "AuditEvent" (action, "objectType") VALUES ('test.append', 'Test')`);
    await expect(queryRows(url, `UPDATE "AuditEvent" SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(queryRows(url, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(queryRows(url, `TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    const rows = await queryRows<{ action: string }>(url, `SELECT action FROM "AuditEvent"`);
    expect(rows.map((r) => r.action)).toEqual(["test.append"]);
  });
});
