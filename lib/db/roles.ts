// The two database roles. The owner migrates and restores; the app's login role reads and writes rows and
// nothing else: it owns no table, cannot create objects, and holds neither UPDATE, DELETE nor TRUNCATE on
// the append-only tables, nor any way to switch off the triggers that guard the workflow
// (session_replication_role needs a superuser, ALTER TABLE … DISABLE TRIGGER and DROP TRIGGER the owner).
import pg from "pg";

/** The app's login role in the embedded database. */
export const APP_ROLE = "claimdesk_app";

/**
 * Tables whose rows never change once written: their triggers refuse UPDATE, DELETE and TRUNCATE
 * (prisma/migrations …_init and …_workflow), and the app role is granted only SELECT and INSERT on them.
 * A test checks that every table with a TRUNCATE-refusing trigger is listed here.
 */
export const APPEND_ONLY_TABLES = ["AuditEvent", "ClaimRevision", "Correction", "PublicationOrder", "Review"] as const;

/** Prisma Migrate's bookkeeping: the app reads it (/api/health, backups) and never writes it. */
const MIGRATIONS_TABLE = "_prisma_migrations";

/** Creates the app's login role, or brings an existing one to these attributes and this password. */
export async function ensureAppRole(client: pg.Client, role: string, password: string): Promise<void> {
  const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT";
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const verb = rowCount ? "ALTER" : "CREATE";
  await client.query(`${verb} ROLE ${client.escapeIdentifier(role)} ${attributes} PASSWORD ${client.escapeLiteral(password)}`);
}

/**
 * Gives `role` exactly the privileges the app needs in the current database and schema, from scratch each
 * time (revoke all, then grant): idempotent, and run by the migration runner after every migration, so tables
 * that later migrations add get their grants too. Default privileges cover tables the owner creates by other
 * means in between. Must run as the owner of the tables (or a superuser).
 */
export async function applyAppGrants(client: pg.Client, role: string): Promise<void> {
  const { rows } = await client.query<{ database: string; schema: string; exists: boolean }>(
    "SELECT current_database() AS database, current_schema() AS schema, EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists",
    [role],
  );
  const { database, schema, exists } = rows[0]!;
  if (!exists) throw new Error(`The database role ${role} does not exist: create it first (see README, "Using your own PostgreSQL").`);
  const r = client.escapeIdentifier(role);
  const s = client.escapeIdentifier(schema);
  const d = client.escapeIdentifier(database);
  const { rows: present } = await client.query<{ name: string }>(
    "SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND c.relname = ANY ($1::text[])",
    [[...APPEND_ONLY_TABLES, MIGRATIONS_TABLE]],
  );
  const has = new Set(present.map((p) => p.name));
  const appendOnly = APPEND_ONLY_TABLES.filter((t) => has.has(t)).map((t) => `${s}.${client.escapeIdentifier(t)}`);
  const statements = [
    // Temporary tables come first on the search path: one named "Proposal" would stand in for the real
    // table inside the two-person trigger. Nobody but the owner may create them in this database.
    `REVOKE TEMPORARY ON DATABASE ${d} FROM PUBLIC`,
    `REVOKE ALL ON DATABASE ${d} FROM ${r}`,
    `GRANT CONNECT ON DATABASE ${d} TO ${r}`,
    `REVOKE CREATE ON SCHEMA ${s} FROM PUBLIC`,
    `REVOKE ALL ON SCHEMA ${s} FROM ${r}`,
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    ...(appendOnly.length ? [`REVOKE UPDATE, DELETE ON ${appendOnly.join(", ")} FROM ${r}`] : []),
    ...(has.has(MIGRATIONS_TABLE) ? [`REVOKE INSERT, UPDATE, DELETE ON ${s}.${client.escapeIdentifier(MIGRATIONS_TABLE)} FROM ${r}`] : []),
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
  ];
  for (const statement of statements) await client.query(statement);
}

/** The user name in a postgresql:// URL. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
