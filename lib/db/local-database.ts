// Which PostgreSQL a command uses: DATABASE_URL when set, else the project's embedded one under .data/; and as
// whom: the owner role migrates and restores, the app role serves the desk (lib/db/roles.ts).
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded";
import { APP_ROLE, roleOfUrl } from "./roles";

export type OpenDatabase = {
  /** The owner's URL: migrations, restore, seeding, command-line imports. */
  url: string;
  /** The URL `next start` and the front server connect with. */
  appUrl: string;
  /** The role the migration runner grants the app's privileges to; null when the app uses the owner's URL. */
  appRole: string | null;
  /** A one-line warning for `npm start` to print, when the app would run with the owner's privileges. */
  warning: string | null;
  isEmbedded: boolean;
  dataDir: string | null;
  stop: () => Promise<void>;
};

export const DATA_DIR = path.resolve(process.env.CLAIMDESK_DATA_DIR ?? ".data");

export async function openDatabase(options: { log?: (line: string) => void; database?: string } = {}): Promise<OpenDatabase> {
  const external = process.env.DATABASE_URL;
  const owner = process.env.CLAIMDESK_OWNER_DATABASE_URL;
  if (external) return { ...externalRoles(external, owner), isEmbedded: false, dataDir: null, stop: async () => {} };
  if (owner) throw new Error("CLAIMDESK_OWNER_DATABASE_URL is set without DATABASE_URL: set both (the app role's URL in DATABASE_URL), or neither for the embedded database.");
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "pg"),
    stateDir: DATA_DIR,
    database: options.database ?? "claimdesk",
    log: options.log,
    appRole: APP_ROLE,
  });
  return { url: cluster.url, appUrl: cluster.appUrl!, appRole: APP_ROLE, warning: null, isEmbedded: true, dataDir: cluster.dataDir, stop: cluster.stop };
}

/** DATABASE_URL is the app's; CLAIMDESK_OWNER_DATABASE_URL, when set, the migrations'. Without it, both are DATABASE_URL. */
export function externalRoles(appUrl: string, ownerUrl: string | undefined): Pick<OpenDatabase, "url" | "appUrl" | "appRole" | "warning"> {
  const sameRole = "the app runs with the migration role's privileges (it could switch off the database's append-only and two-person rules)";
  if (!ownerUrl) {
    return { url: appUrl, appUrl, appRole: null, warning: `only DATABASE_URL is set, so ${sameRole}; set CLAIMDESK_OWNER_DATABASE_URL for migrations and give DATABASE_URL a role of its own (README).` };
  }
  const appRole = roleOfUrl(appUrl);
  if (appRole === roleOfUrl(ownerUrl)) {
    return { url: ownerUrl, appUrl, appRole: null, warning: `DATABASE_URL and CLAIMDESK_OWNER_DATABASE_URL name the same role, so ${sameRole}.` };
  }
  return { url: ownerUrl, appUrl, appRole, warning: null };
}

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Run SQL on the server's maintenance database (CREATE/DROP DATABASE cannot run inside the target). */
export async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(url: string, name: string, template?: string): Promise<string> {
  await onServer(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`));
  return withDatabaseName(url, name);
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await onServer(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** A throwaway database on the same server, dropped afterwards. */
export async function withScratchDatabase<T>(url: string, prefix: string, fn: (scratchUrl: string) => Promise<T>): Promise<T> {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const scratchUrl = await createDatabase(url, name);
  try {
    return await fn(scratchUrl);
  } finally {
    await dropDatabase(url, name);
  }
}
