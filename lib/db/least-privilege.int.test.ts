// The app's database role, on real PostgreSQL: every way to silence the append-only and two-person triggers
// from SQL fails for it, while the desk's own work (create, propose, approve by another user) still runs as it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { makeUser, publishClaim } from "@/test/factories";
import { dumpDatabase } from "./backup";
import { startEmbeddedPostgres } from "./embedded";
import { migrate, MIGRATIONS_DIR } from "./migrate";
import { APPEND_ONLY_TABLES, applyAppGrants, ensureAppRole, roleOfUrl } from "./roles";

const ownerUrl = process.env.DATABASE_URL!;
const role = `claimdesk_app_${randomBytes(4).toString("hex")}`;
const password = randomBytes(18).toString("base64url");
const appUrl = (() => {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
})();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-least-privilege-"));
fs.chmodSync(tmp, 0o755);

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs `sql` as the app role on a connection of its own; resolves to the error it fails with. */
async function refusal(sql: string): Promise<string> {
  return withClient(appUrl, async (client) => {
    try {
      await client.query(sql);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`the app role was allowed: ${sql}`);
  });
}

type Trigger = { table: string; name: string; enabled: string };

/** The user triggers on the schema's tables, as the catalog has them now. */
async function triggers(): Promise<Trigger[]> {
  return withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<Trigger>(`
      SELECT c.relname AS table, t.tgname AS name, t.tgenabled AS enabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY 1, 2`);
    return rows;
  });
}

beforeAll(async () => {
  // The role as `npm start` makes it, and its grants as the migration runner gives them (nothing to apply: the template is migrated).
  await withClient(ownerUrl, (client) => ensureAppRole(client, role, password));
  expect(await migrate(ownerUrl, { appRole: role })).toEqual([]);
  // Every data function below runs through the Prisma client connected as the app role.
  process.env.DATABASE_URL = appUrl;
  await disconnectDb();
}, 60_000);

afterAll(async () => {
  process.env.DATABASE_URL = ownerUrl;
  await disconnectDb();
  await withClient(ownerUrl, async (client) => {
    await client.query(`DROP OWNED BY ${client.escapeIdentifier(role)}`);
    await client.query(`DROP ROLE ${client.escapeIdentifier(role)}`);
  });
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the app role", () => {
  it("is what the Prisma client connects as, and is no superuser, owns nothing and may create nothing", async () => {
    const [me] = await getDb().$queryRaw<{ user: string }[]>`SELECT current_user AS user`;
    expect(me!.user).toBe(role);
    const [facts] = await withClient(ownerUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls,
                (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned_relations,
                (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS owned_functions,
                has_schema_privilege(r.oid, current_schema(), 'CREATE') AS schema_create,
                has_database_privilege(r.oid, current_database(), 'CREATE') AS database_create,
                has_database_privilege(r.oid, current_database(), 'TEMPORARY') AS temporary,
                pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = '"Review"'::regclass), 'USAGE') AS acts_as_owner,
                (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
         FROM pg_roles r WHERE r.rolname = $1`,
        [role],
      );
      return rows;
    });
    expect(facts).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      rolbypassrls: false,
      owned_relations: 0,
      owned_functions: 0,
      schema_create: false,
      database_create: false,
      temporary: false,
      acts_as_owner: false,
      memberships: 0,
    });
  });

  it("runs the workflow through the data functions: create, research, propose, approve by another user", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const published = await publishClaim(editor, reviewer, { text: "Hai nước ký hiệp ước đối tác chiến lược toàn diện.", kind: "MEETING_OR_VISIT" });
    // A correction of the published verdict, approved by the reviewer: a second revision and a Correction row.
    const correction = await proposeVerdict(editor, {
      claimId: published.id,
      kind: "CORRECTION",
      verdict: "UNVERIFIABLE",
      summary: "Corrected: one detail of the treaty was misreported.",
      rationale: "The treaty text differs from the first reports in one article.",
      reason: "One article was misreported.",
    });
    await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: published.id }, select: { state: true, revision: true, verdict: true } });
    expect(claim).toEqual({ state: "PUBLISHED", revision: 2, verdict: "UNVERIFIABLE" });
    expect(await getDb().claimRevision.count({ where: { claimId: published.id } })).toBe(2);
    expect(await getDb().review.count({ where: { proposal: { claimId: published.id } } })).toBe(2);
    expect(await getDb().correction.count()).toBe(1);
    expect(await getDb().auditEvent.count({ where: { objectId: published.id } })).toBeGreaterThan(0);

    // The two-person rule still holds for the app role: an author cannot approve their own proposal.
    const other = await createClaim(editor, { text: "Một tuyên bố khác để đề xuất.", kind: "OTHER" });
    await startResearch(editor, { claimId: other.id });
    const proposal = await proposeVerdict(editor, { claimId: other.id, kind: "VERDICT", verdict: "UNVERIFIABLE", summary: "Không thể kiểm chứng độc lập.", rationale: "Không có nguồn nào xác nhận." });
    const editorAsReviewer = await getDb().user.update({ where: { id: editor.id }, data: { role: "REVIEWER" }, select: { id: true, email: true, name: true, role: true } });
    await expect(reviewProposal(editorAsReviewer, { proposalId: proposal.id, decision: "APPROVE" })).rejects.toThrow();
    expect(await getDb().claimRevision.count({ where: { claimId: other.id } })).toBe(0);
  });

  it("cannot set session_replication_role (which would skip every trigger)", async () => {
    expect(await refusal("SET session_replication_role = replica")).toMatch(/permission denied to set parameter "session_replication_role"/);
    expect(await refusal("BEGIN; SET LOCAL session_replication_role = replica")).toMatch(/permission denied to set parameter/);
    expect(await refusal("SELECT set_config('session_replication_role', 'replica', false)")).toMatch(/permission denied to set parameter/);
    expect(await refusal(`ALTER ROLE ${role} SET session_replication_role = replica`)).toMatch(/permission denied/);
  });

  it("cannot disable, drop, replace or add a trigger on any table", async () => {
    const all = await triggers();
    // The rules the migrations put in the database: two-person, approval, workflow edges, append-only.
    for (const name of ["Review_two_person_rule", "ClaimRevision_requires_approval", "Claim_workflow_guard", "AuditEvent_no_update_delete", "AuditEvent_no_truncate", "Review_append_only", "ClaimRevision_append_only", "Correction_append_only", "Correction_no_truncate"]) {
      expect(all.map((t) => t.name)).toContain(name);
    }
    for (const { table, name } of all) {
      expect(await refusal(`ALTER TABLE "${table}" DISABLE TRIGGER "${name}"`)).toMatch(/must be owner of table/);
      expect(await refusal(`DROP TRIGGER "${name}" ON "${table}"`)).toMatch(/must be owner of (table|relation)/);
    }
    for (const table of new Set(all.map((t) => t.table))) {
      expect(await refusal(`ALTER TABLE "${table}" DISABLE TRIGGER USER`)).toMatch(/must be owner of table/);
      expect(await refusal(`ALTER TABLE "${table}" DISABLE TRIGGER ALL`)).toMatch(/must be owner of table/);
    }
    expect(await refusal(`CREATE OR REPLACE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`)).toMatch(
      /permission denied for schema|must be owner of function/,
    );
    expect(await refusal(`CREATE OR REPLACE FUNCTION "review_two_person_rule"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`)).toMatch(
      /permission denied for schema|must be owner of function/,
    );
    expect(await refusal(`CREATE TRIGGER "skip" BEFORE INSERT ON "Review" FOR EACH ROW EXECUTE FUNCTION "refuse_change"()`)).toMatch(/permission denied for table Review/);
    // Every attempt left every trigger as it was: there and enabled.
    expect(await triggers()).toEqual(all);
    expect(all.every((t) => t.enabled === "O")).toBe(true);
  });

  // After the workflow above, each append-only table holds rows.
  it("cannot TRUNCATE, UPDATE or DELETE any append-only table, but can read and append to it", async () => {
    for (const table of APPEND_ONLY_TABLES) {
      const [{ n }] = (await withClient(ownerUrl, (c) => c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`))).rows as [{ n: number }];
      expect(n, `${table} has rows to attack`).toBeGreaterThan(0);
      expect(await refusal(`TRUNCATE "${table}"`)).toMatch(new RegExp(`permission denied for table ${table}`));
      expect(await refusal(`TRUNCATE "${table}" CASCADE`)).toMatch(/permission denied for table/);
      expect(await refusal(`DELETE FROM "${table}"`)).toMatch(new RegExp(`permission denied for table ${table}`));
      const column = table === "PublicationOrder" ? `"position"` : "id"; // its key is the revision's
      expect(await refusal(`UPDATE "${table}" SET ${column} = ${column}`)).toMatch(new RegExp(`permission denied for table ${table}`));
      expect((await withClient(ownerUrl, (c) => c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`))).rows[0]!.n).toBe(n);
    }
    await withClient(appUrl, async (client) => {
      const { rows } = await client.query<{ id: string }>(`INSERT INTO "AuditEvent" (action, "objectType") VALUES ('test.appRole', 'Test') RETURNING id::text`);
      expect(rows).toHaveLength(1);
    });
  });

  it("cannot create tables, temporary tables (which would shadow the triggers' tables), functions or schemas", async () => {
    expect(await refusal(`CREATE TABLE "Sneaky" (id int)`)).toMatch(/permission denied for schema/);
    expect(await refusal(`CREATE TABLE public."Sneaky" (id int)`)).toMatch(/permission denied for schema/);
    // A temporary "Proposal" comes first on the search path: inside the two-person trigger it would stand in for the real one.
    expect(await refusal(`CREATE TEMP TABLE "Proposal" ("proposedById" uuid, "status" text)`)).toMatch(/permission denied to create temporary tables/);
    expect(await refusal(`CREATE FUNCTION "sneaky"() RETURNS int LANGUAGE sql AS 'SELECT 1'`)).toMatch(/permission denied for schema/);
    expect(await refusal(`CREATE SCHEMA "sneaky"`)).toMatch(/permission denied for database/);
    expect(await refusal(`ALTER TABLE "Claim" ADD COLUMN "sneaky" int`)).toMatch(/must be owner of table/);
    expect(await refusal(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'x', 'x')`)).toMatch(/permission denied for table _prisma_migrations/);
  });

  it("lists every table whose triggers refuse TRUNCATE as append-only", async () => {
    const guarded = await withClient(ownerUrl, async (client) => {
      const { rows } = await client.query<{ table: string }>(`
        SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE NOT t.tgisinternal AND (t.tgtype & 32) <> 0 AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`);
      return rows.map((r) => r.table);
    });
    expect(guarded).toEqual([...APPEND_ONLY_TABLES].sort());
  });

  it("can dump the whole desk for a backup", async () => {
    const file = path.join(tmp, "as-app.jsonl.gz");
    const summary = await dumpDatabase(appUrl, file);
    expect(summary.migrations).toBeGreaterThan(0);
    expect(summary.rows.Claim).toBeGreaterThanOrEqual(2);
    expect(summary.rows.AuditEvent).toBeGreaterThan(0);
  });

  it("gets its grants on a table a later migration adds, append-only ones excepted", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "migrations-"));
    for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((n) => fs.statSync(path.join(MIGRATIONS_DIR, n)).isDirectory())) {
      fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    }
    fs.mkdirSync(path.join(dir, "29991231000000_later_table"));
    fs.writeFileSync(path.join(dir, "29991231000000_later_table", "migration.sql"), `CREATE TABLE "LaterTable" ("id" SERIAL PRIMARY KEY, "note" TEXT);`);
    expect(await migrate(ownerUrl, { dir, appRole: role })).toEqual(["29991231000000_later_table"]);
    await withClient(appUrl, async (client) => {
      await client.query(`INSERT INTO "LaterTable" (note) VALUES ('a'), ('b')`);
      await client.query(`UPDATE "LaterTable" SET note = 'c' WHERE id = 1`);
      await client.query(`DELETE FROM "LaterTable" WHERE id = 2`);
      expect((await client.query(`SELECT note FROM "LaterTable"`)).rows).toEqual([{ note: "c" }]);
    });
    expect(await refusal(`TRUNCATE "LaterTable"`)).toMatch(/permission denied for table LaterTable/);
    expect(await refusal(`DROP TABLE "LaterTable"`)).toMatch(/must be owner of table/);
    // Granting again changes nothing (the step is idempotent) and keeps the append-only tables closed.
    await withClient(ownerUrl, (client) => applyAppGrants(client, role));
    expect(await refusal(`DELETE FROM "Review"`)).toMatch(/permission denied for table Review/);
  });
});

describe("the embedded database", () => {
  it("gives an install from before the app role existed the role on its next start, password file 0600", async () => {
    const root = fs.mkdtempSync(path.join(tmp, "install-"));
    fs.chmodSync(root, 0o755);
    const options = { dataDir: path.join(root, "pg"), stateDir: root, database: "claimdesk", settings: { fsync: "off" } };
    const old = await startEmbeddedPostgres(options);
    try {
      expect(old.appUrl).toBeNull();
      await migrate(old.url);
    } finally {
      await old.stop();
    }
    expect(fs.existsSync(path.join(root, "pg-app-password"))).toBe(false);

    const upgraded = await startEmbeddedPostgres({ ...options, appRole: "claimdesk_app" });
    try {
      expect(upgraded.appUrl).not.toBeNull();
      expect(roleOfUrl(upgraded.appUrl!)).toBe("claimdesk_app");
      expect(fs.statSync(path.join(root, "pg-app-password")).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(root, "pg-password")).mode & 0o777).toBe(0o600);
      expect(await migrate(upgraded.url, { appRole: "claimdesk_app" })).toEqual([]);
      await withClient(upgraded.appUrl!, async (client) => {
        expect((await client.query(`SELECT current_user AS u, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS s`)).rows).toEqual([{ u: "claimdesk_app", s: false }]);
        expect((await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).rows[0].n).toBeGreaterThan(0);
        await expect(client.query("SET session_replication_role = replica")).rejects.toThrow(/permission denied/);
      });
      // The password in the file is the role's password, also after a restart that joins the running server.
      const joined = await startEmbeddedPostgres({ ...options, appRole: "claimdesk_app" });
      expect(joined.appUrl).toBe(upgraded.appUrl);
      await withClient(joined.appUrl!, (client) => client.query("SELECT 1"));
    } finally {
      await upgraded.stop();
    }
  }, 90_000);
});
