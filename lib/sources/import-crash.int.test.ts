// A 500-article import (five batches) killed with SIGKILL in the middle of its third batch: what was committed is
// whole articles only, and running the same import again completes the desk without a duplicate. Five batches leave
// the poll three chances to find a batch open after two committed; more articles would only lengthen the rerun.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "@/bench/desk-data";
import { parseImport, type ParsedSource } from "./parse-import";
import { normalizedHash } from "./normalize";
import { fingerprintOf, SOURCES_PER_BATCH } from "./store-sources";

const ARTICLES = 5 * SOURCES_PER_BATCH;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-import-crash-"));
let files: string[];
let expected: Map<string, ParsedSource>;
let db: pg.Client;
/** Importers started by this file, killed at the end should an assertion stop a test while one runs. */
const children = new Set<ChildProcess>();

beforeAll(async () => {
  const articles = generateArticles(ARTICLES);
  files = articles.map((a) => {
    const file = path.join(dir, a.fileName);
    fs.writeFileSync(file, a.text);
    return file;
  });
  expected = new Map(articles.flatMap((a) => parseImport(a.text, path.join(dir, a.fileName))).map((s) => [s.contentHash, s]));
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await db.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** `npm run import -- FILE...` on this test's database, as a child process that can be killed. */
function importCli(): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> } {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...files], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    stdio: ["ignore", "pipe", "ignore"],
  });
  children.add(child);
  let stdout = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  return { child, exit: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, stdout }))) };
}

const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
const sources = () => count(`SELECT count(*) AS n FROM "Source"`);
/** A batch transaction is open: it holds its articles' advisory locks until it commits. */
const batchOpen = () => count(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`);

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every stored article is whole: its text, structure, hash, fingerprint and audit event agree, and it is one of the imported ones. */
async function expectWholeArticles(): Promise<number> {
  const { rows } = await db.query<{ id: string; title: string | null; body: string; raw: string; blocks: { kind: string; text: string }[]; contentHash: string; fingerprint: string; bodyVersion: number; audits: string }>(
    `SELECT s.id, s.title, s.body, s.raw, s.blocks, s."contentHash", s.fingerprint, s."bodyVersion",
            (SELECT count(*) FROM "AuditEvent" a WHERE a.action = 'source.import' AND a."objectId" = s.id::text) AS audits
     FROM "Source" s`,
  );
  for (const row of rows) {
    const source = expected.get(row.contentHash);
    expect(source, `source ${row.id} is one of the imported articles`).toBeDefined();
    expect(row.body.length).toBeGreaterThan(0);
    expect({ title: row.title, body: row.body, raw: row.raw }).toEqual({ title: source!.title, body: source!.body, raw: source!.raw });
    expect(normalizedHash(row.body)).toBe(row.contentHash);
    expect(row.blocks.filter((b) => b.kind !== "caption").map((b) => b.text).join("\n\n")).toBe(row.body);
    expect(row.fingerprint).toBe(fingerprintOf(row.body));
    expect({ bodyVersion: row.bodyVersion, audits: Number(row.audits) }).toEqual({ bodyVersion: 1, audits: 1 });
  }
  // An import keeps no earlier versions, and no audit event outlives the article it records.
  expect(await count(`SELECT count(*) AS n FROM "SourceVersion"`)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'source.import'`)).toBe(rows.length);
  return rows.length;
}

describe("an import killed mid-batch", () => {
  it("leaves whole batches of whole articles, and a rerun stores exactly the rest", async () => {
    expect(expected.size).toBe(ARTICLES);
    const first = importCli();
    // Two batches committed and the third one open: kill the importer inside that transaction.
    await until(async () => (await sources()) >= 2 * SOURCES_PER_BATCH && (await batchOpen()) > 0, "two committed batches and an open one");
    first.child.kill("SIGKILL");
    expect(await first.exit).toMatchObject({ code: null, signal: "SIGKILL" });
    // PostgreSQL rolls the dead connection's transaction back and releases its locks.
    await until(async () => (await batchOpen()) === 0, "the killed batch to roll back", 30_000);

    const survived = await expectWholeArticles();
    expect(survived).toBeGreaterThanOrEqual(2 * SOURCES_PER_BATCH);
    expect(survived).toBeLessThan(ARTICLES);
    expect(survived % SOURCES_PER_BATCH).toBe(0); // one article per file: whole batches only

    const rerun = importCli();
    const { code, stdout } = await rerun.exit;
    expect(code).toBe(0);
    expect(stdout).toContain(`${ARTICLES - survived} stored, ${survived} skipped as duplicates`);
    expect(await expectWholeArticles()).toBe(ARTICLES);
    expect(await count(`SELECT count(DISTINCT "contentHash") AS n FROM "Source"`)).toBe(ARTICLES);
    console.log(`import crash: killed after ${survived} of ${ARTICLES} articles; the rerun stored ${ARTICLES - survived}`);
  }, 180_000);
});
