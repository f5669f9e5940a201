// Backup and restore on real databases: the demo desk (plus merges, edits and sign-in attempts, so that
// every table has rows) survives a dump and a restore row for row, and bad targets are refused untouched.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { disconnectDb, getDb } from "@/lib/db/client";
import { changeRole } from "@/lib/accounts/update-account";
import { takeApiToken } from "@/lib/public/rate-limit";
import { GET as searchRoute } from "@/app/api/v1/claims/route";
import { GET as claimRoute } from "@/app/api/v1/claims/[id]/route";
import { GET as correctionsRoute } from "@/app/api/v1/corrections/route";
import { seedDemo } from "@/prisma/seed";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { linkClaims } from "@/lib/claims/link-claims";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimant, mergeClaimants } from "@/lib/claims/claimants";
import { editSourceBody } from "@/lib/sources/edit-source-body";
import { authenticate } from "@/lib/auth/authenticate";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { parseImport } from "@/lib/sources/parse-import";
import { storeParsedFiles } from "@/lib/sources/store-sources";
import type { Actor } from "@/lib/auth/permissions";
import { BackupError, dumpDatabase, restoreDatabase } from "./backup";
import { withScratchDatabase } from "./local-database";
import { migrate, MIGRATIONS_DIR } from "./migrate";
import { queryRows } from "@/test/sql";

const serverUrl = inject("serverUrl");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-backup-"));
fs.chmodSync(dir, 0o755);
const backupFile = path.join(dir, "desk.jsonl.gz");
let sourceUrl: string;

/** Every base table but Prisma's own, found independently of the backup code. */
async function tableNames(url: string): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

/** Each table's rows as PostgreSQL prints whole rows, sorted: equal only if every value of every row is equal. */
async function contents(url: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await tableNames(url)) {
    out[table] = (await queryRows<{ row: string }>(url, `SELECT t::text AS row FROM "${table}" t ORDER BY 1`)).map((r) => r.row);
  }
  return out;
}

async function sequences(url: string) {
  return queryRows<{ sequencename: string; last_value: string | null }>(url, `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1`);
}

type Answer = { status: number; etag: string | null; body: unknown };

/**
 * What the public API answers on the database at `url`, through its route handlers: searches, every published
 * claim by id and by slug, a draft (404) and the corrections log.
 */
async function publicApiAnswers(url: string): Promise<Record<string, Answer>> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  await disconnectDb();
  try {
    const answers: Record<string, Answer> = {};
    const none = { params: Promise.resolve({}) };
    const ask = async (path: string, route: (request: Request) => Promise<Response>) => {
      const response = await route(new Request(`http://desk.test${path}`, { headers: { "x-forwarded-for": "203.0.113.77" } }));
      answers[path] = { status: response.status, etag: response.headers.get("etag"), body: await response.json() };
      return answers[path]!.body;
    };
    const all = (await ask("/api/v1/claims?limit=100", (r) => searchRoute(r, none))) as { data: { id: string; slug: string }[] };
    for (const query of ["q=trieu+tien", "q=tri%E1%BB%81u+ti%C3%AAn+%C4%91%E1%BA%A1n", "verdict=UNVERIFIABLE", "limit=1"]) await ask(`/api/v1/claims?${query}`, (r) => searchRoute(r, none));
    for (const claim of all.data) {
      for (const id of [claim.id, claim.slug]) await ask(`/api/v1/claims/${id}`, (r) => claimRoute(r, { params: Promise.resolve({ id }) }));
    }
    const draft = await getDb().claim.findFirstOrThrow({ where: { state: { not: "PUBLISHED" } }, orderBy: { createdAt: "asc" }, select: { id: true } });
    await ask(`/api/v1/claims/${draft.id}`, (r) => claimRoute(r, { params: Promise.resolve({ id: draft.id }) }));
    await ask("/api/v1/corrections", (r) => correctionsRoute(r, none));
    return answers;
  } finally {
    process.env.DATABASE_URL = previous;
    await disconnectDb();
  }
}

async function rowCount(url: string): Promise<number> {
  return Object.values(await contents(url)).reduce((n, rows) => n + rows.length, 0);
}

/** A scratch database migrated by the project's runner, optionally with only the first `count` migrations. */
async function withMigratedDatabase<T>(fn: (url: string) => Promise<T>, count?: number): Promise<T> {
  return withScratchDatabase(serverUrl, "claimdesk_restore", async (url) => {
    let migrations = MIGRATIONS_DIR;
    if (count !== undefined) {
      migrations = fs.mkdtempSync(path.join(dir, "migrations-"));
      for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((n) => fs.statSync(path.join(MIGRATIONS_DIR, n)).isDirectory()).sort().slice(0, count)) {
        fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(migrations, name), { recursive: true });
      }
    }
    await migrate(url, { dir: migrations });
    return fn(url);
  });
}

beforeAll(async () => {
  sourceUrl = process.env.DATABASE_URL!;
  process.env.CLAIMDESK_DEMO_PASSWORD = "backup-test-password";
  await seedDemo(() => {});
  const db = getDb();
  const editor = (await db.user.findFirstOrThrow({ where: { role: "EDITOR" }, select: { id: true, email: true, name: true, role: true } })) as Actor;
  // A merged claim (Claim → Claim), created after its canonical one so that no id order can stand in for the reference.
  const [canonical] = await db.claim.findMany({ orderBy: { createdAt: "asc" }, take: 1 });
  const duplicate = await createClaim(editor, { text: `${canonical!.text} (nhắc lại)`, kind: canonical!.kind });
  await linkClaims(editor, { fromClaimId: canonical!.id, toClaimId: duplicate.id, type: "DUPLICATE_OF" });
  // A merged claimant (Claimant → Claimant), a corrected source text (SourceVersion), failed sign-ins (LoginAttempt).
  const twin = await createClaimant(editor, { name: "Kim Chính Ân", kind: "PERSON" });
  const kim = await db.claimantAlias.findFirstOrThrow({ where: { alias: "Kim Jong Un" } });
  await mergeClaimants(editor, { fromId: twin.id, intoId: kim.claimantId });
  const source = await db.source.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  await editSourceBody(editor, { id: source.id, bodyVersion: source.bodyVersion, body: `${source.body}\n\nĐính chính: bổ sung một đoạn.` });
  await expect(authenticate({ email: editor.email, password: "not the password" }, "203.0.113.9")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  // Sessions (Session): one live, one ended by signing out.
  const live = await db.$transaction((tx) => createSession(tx, editor.id));
  const ended = await db.$transaction((tx) => createSession(tx, editor.id));
  await revokeSession(ended.id);
  expect(live.id).not.toBe(ended.id);
  // A relay of a stored article with a paragraph added midway: stored, and flagged as its near-duplicate (Source → Source).
  const original = fs.readFileSync("fixtures/articles/nhattan-2023-09-arms-talks.txt", "utf8");
  const cut = original.indexOf("\n\n", original.length / 2);
  const relay = `${original.slice(0, cut)}\n\nMột hãng thông tấn khác đã đăng lại bản tin này với đoạn bổ sung.${original.slice(cut)}`;
  await storeParsedFiles([{ fileName: "relay.txt", text: relay, sources: parseImport(relay, "relay.txt") }], { importedById: editor.id });
  // A correction of a published verdict (Correction, a second ClaimRevision), through the two-person workflow.
  const reviewer = (await db.user.findFirstOrThrow({ where: { role: "REVIEWER" }, select: { id: true, email: true, name: true, role: true } })) as Actor;
  const published = await db.claim.findFirstOrThrow({ where: { state: "PUBLISHED" }, select: { id: true } });
  // Linked to another published claim first, so the correction publishes a link (PublishedLink).
  const other = await db.claim.findFirstOrThrow({ where: { state: "PUBLISHED", id: { not: published.id } }, select: { id: true } });
  await linkClaims(editor, { fromClaimId: published.id, toClaimId: other.id, type: "CORROBORATES" });
  const correction = await proposeVerdict(editor, {
    claimId: published.id,
    kind: "CORRECTION",
    verdict: "UNVERIFIABLE",
    summary: "Corrected: the sources cannot be checked independently.",
    rationale: "On review the sources turned out to relay one unverifiable report.",
    reason: "The sources relay a single report.",
  });
  await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
  // The tables the desk fills as it works: an outlet profile, an import job, a matching suggestion, an API rate bucket.
  await db.outletProfile.create({ data: { outletKey: "bao-thu", outlet: "Báo thử", furniture: ["tin lien quan"], dateHints: [], createdById: editor.id } });
  await db.importJob.create({ data: { ownerId: editor.id, state: "done", total: 0, done: 0, files: [], outcomes: [], finishedAt: new Date() } });
  await db.importDraft.create({ data: { ownerId: editor.id, sources: { create: [{ fileIndex: 0, index: 0, detail: { body: "Bản nháp.", headings: [], captions: [], lines: [] } }] }, files: { create: [{ fileIndex: 0, fileName: "ban-nhap.txt", text: "Bản nháp.\n\nTải lên." }] } } });
  const matched = await db.source.findFirstOrThrow({ where: { body: { not: "" } }, select: { id: true, body: true, bodyVersion: true } });
  await db.matchSuggestion.create({
    data: { sourceId: matched.id, claimId: published.id, start: 0, end: 10, exact: matched.body.slice(0, 10), prefix: "", suffix: matched.body.slice(10, 42), bodyVersion: matched.bodyVersion, score: 0.5, explanation: { code: "wording", params: { shared: 3, total: 5, quotes: 0 } } },
  });
  await takeApiToken("192.0.2.9", 60);
  // A removal of an admin's rights asked by the demo desk's admin, waiting for a second admin or its hold.
  const admin = (await db.user.findFirstOrThrow({ where: { role: "ADMIN", isActive: true }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true } })) as Actor;
  const otherAdmin = await db.user.create({ data: { email: "quan-tri-2@demo.test", name: "Quản trị hai", role: "ADMIN", passwordHash: "x", createdById: admin.id } });
  await changeRole(admin, { userId: otherAdmin.id, role: "EDITOR" });
  await dumpDatabase(sourceUrl, backupFile);
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("dumpDatabase and restoreDatabase", () => {
  it("round-trip every table of the demo desk exactly, with self-references and sequences", async () => {
    const before = await contents(sourceUrl);
    // The desk exercises every table, and the references that need deferring hold values.
    expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]);
    expect(await getDb().claim.count({ where: { mergedIntoId: { not: null } } })).toBe(1);
    expect(await getDb().claimant.count({ where: { mergedIntoId: { not: null } } })).toBe(1);
    expect(await getDb().source.count({ where: { nearDuplicateOfId: { not: null } } })).toBeGreaterThan(0);

    const apiBefore = await publicApiAnswers(sourceUrl);
    await withMigratedDatabase(async (targetUrl) => {
      const restored = await restoreDatabase(targetUrl, backupFile);
      expect(restored.rows).toEqual(Object.fromEntries(Object.entries(before).map(([table, rows]) => [table, rows.length])));
      const after = await contents(targetUrl);
      expect(after).toEqual(before);
      expect(await sequences(targetUrl)).toEqual(await sequences(sourceUrl));

      // The public API answers the restored desk exactly as it answered the original: bodies and ETags.
      const apiAfter = await publicApiAnswers(targetUrl);
      expect(Object.values(apiBefore).filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(10);
      expect((apiBefore["/api/v1/corrections"]!.body as { data: unknown[] }).data.length).toBeGreaterThan(0);
      expect(apiAfter).toEqual(apiBefore);

      // The restored desk takes new rows: ids continue after the restored ones.
      const [maxId] = await queryRows<{ max: string }>(targetUrl, `SELECT max(id)::text AS max FROM "AuditEvent"`);
      const [inserted] = await queryRows<{ id: string }>(targetUrl, `INSERT INTO "AuditEvent" (action, "objectType") VALUES ('test.afterRestore', 'Test') RETURNING id::text`);
      expect(BigInt(inserted!.id)).toBe(BigInt(maxId!.max) + 1n);

      const rows = Object.values(before).reduce((n, r) => n + r.length, 0);
      console.log(`backup round trip: ${Object.keys(before).length} tables, ${rows} rows and ${Object.keys(apiBefore).length} public API answers compared`);
    });
  });

  it("refuses a target that holds data, and leaves it as it was", async () => {
    await withMigratedDatabase(async (targetUrl) => {
      await queryRows(targetUrl, `INSERT INTO "LoginAttempt" (email, ip, "isSuccess") VALUES ('someone@desk.test', '203.0.113.1', false)`);
      const before = await contents(targetUrl);
      await expect(restoreDatabase(targetUrl, backupFile)).rejects.toThrow(/already holds data: LoginAttempt \(1 rows\)/);
      expect(await contents(targetUrl)).toEqual(before);
    });
  });

  it("refuses a target at other migrations, or at none", async () => {
    await withMigratedDatabase(async (targetUrl) => {
      const refusal = restoreDatabase(targetUrl, backupFile);
      await expect(refusal).rejects.toBeInstanceOf(BackupError);
      await expect(refusal).rejects.toThrow(/different migrations \(only in the backup: \d+_trigram_knn_indexes/);
      expect(await rowCount(targetUrl)).toBe(0);
    }, 3);
    await withScratchDatabase(serverUrl, "claimdesk_restore", async (emptyUrl) => {
      await expect(restoreDatabase(emptyUrl, backupFile)).rejects.toThrow(/not migrated/);
      await expect(dumpDatabase(emptyUrl, path.join(dir, "nothing.jsonl.gz"))).rejects.toThrow(/no applied migrations/);
      expect(fs.existsSync(path.join(dir, "nothing.jsonl.gz"))).toBe(false);
    });
  });

  it("refuses a truncated or foreign file and restores nothing", async () => {
    const whole = fs.readFileSync(backupFile);
    const cutFile = path.join(dir, "cut.jsonl.gz");
    fs.writeFileSync(cutFile, whole.subarray(0, Math.floor(whole.length * 0.6)));
    // Complete gzip, but the lines stop before the end record (a dump killed while writing, then compressed).
    const lines = zlib.gunzipSync(whole).toString("utf8").split("\n");
    const noEndFile = path.join(dir, "no-end.jsonl.gz");
    fs.writeFileSync(noEndFile, zlib.gzipSync(lines.slice(0, Math.floor(lines.length * 0.8)).join("\n")));
    const textFile = path.join(dir, "notes.txt");
    fs.writeFileSync(textFile, "not a backup\n");
    await withMigratedDatabase(async (targetUrl) => {
      // A freshly migrated desk: no data, only what its migrations asked of its start (PendingUpkeep).
      const before = await contents(targetUrl);
      await expect(restoreDatabase(targetUrl, cutFile)).rejects.toThrow(/damaged|incomplete/);
      await expect(restoreDatabase(targetUrl, noEndFile)).rejects.toThrow(/incomplete \(it ends before its end record\)/);
      await expect(restoreDatabase(targetUrl, textFile)).rejects.toThrow(/not a Claim desk backup/);
      expect(await contents(targetUrl)).toEqual(before);
      expect(await rowCount(targetUrl)).toBe(before.PendingUpkeep?.length ?? 0);
    });
  });

  it("work as npm run db:dump / db:restore, on DATABASE_URL and on the embedded default", async () => {
    const run = (script: string, args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 });
    const viaCli = path.join(dir, "cli.jsonl.gz");
    const dump = run("scripts/db-dump.ts", [viaCli], { DATABASE_URL: sourceUrl });
    expect(dump.status, dump.stderr).toBe(0);
    expect(dump.stdout).toMatch(/^Dumped \d+ tables, \d+ rows \(at \d+ migrations\) to /);

    // No DATABASE_URL: the restore starts the embedded PostgreSQL in CLAIMDESK_DATA_DIR, migrates it and loads the file.
    const dataDir = fs.mkdtempSync(path.join(dir, "data-"));
    fs.chmodSync(dataDir, 0o755);
    const restore = run("scripts/db-restore.ts", [viaCli], { DATABASE_URL: "", CLAIMDESK_DATA_DIR: dataDir });
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/^Restored \d+ tables, \d+ rows from /);
    const again = run("scripts/db-restore.ts", [viaCli], { DATABASE_URL: "", CLAIMDESK_DATA_DIR: dataDir });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds data/);
    // A dump of the restored embedded desk carries the very same lines (the header's time aside).
    const redump = path.join(dir, "redump.jsonl.gz");
    expect(run("scripts/db-dump.ts", [redump], { DATABASE_URL: "", CLAIMDESK_DATA_DIR: dataDir }).status).toBe(0);
    const body = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n").slice(1);
    expect(body(redump)).toEqual(body(viaCli));
    expect(run("scripts/db-restore.ts", [], {}).status).toBe(2);
  }, 180_000);
});
