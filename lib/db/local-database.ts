// Which PostgreSQL a command uses: DATABASE_URL when set, else the project's embedded one under .data/.
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded";

export type OpenDatabase = { url: string; isEmbedded: boolean; dataDir: string | null; stop: () => Promise<void> };

export const DATA_DIR = path.resolve(process.env.CLAIMDESK_DATA_DIR ?? ".data");

export async function openDatabase(options: { log?: (line: string) => void; database?: string } = {}): Promise<OpenDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, isEmbedded: false, dataDir: null, stop: async () => {} };
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "pg"),
    stateDir: DATA_DIR,
    database: options.database ?? "claimdesk",
    log: options.log,
  });
  return { url: cluster.url, isEmbedded: true, dataDir: cluster.dataDir, stop: cluster.stop };
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
