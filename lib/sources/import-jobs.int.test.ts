// Import jobs on a real database: progress in whole batches, a job whose process was killed resumed (or given
// up), a big dossier cut into batches yet kept one dossier, refused input leaving nothing, owner-only access.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { getDb } from "@/lib/db/client";
import { generateArticles } from "@/bench/desk-data";
import { buildBigPaste } from "@/bench/big-paste";
import { clearSources, makeUser } from "@/test/factories";
import { getImportJob, latestImportJob, launchImportJob, listedOutcomes, MAX_ATTEMPTS, OUTCOMES_LISTED, resumeStaleImportJobs, startImportJob } from "./import-jobs";
import { SOURCES_PER_BATCH } from "./store-sources";

const children = new Set<ChildProcess>();

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM "ImportJob"`;
  await clearSources();
});

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

const filesOf = (articles: { fileName: string; text: string }[]) => ({ files: articles.map((a) => ({ ...a, overrides: [] })) });
const sourceCount = () => getDb().source.count();

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("an import job", () => {
  it("counts progress in whole batches, each committed with its articles, and lists what was stored first", async () => {
    const editor = await makeUser();
    const articles = generateArticles(250);
    // 50 of them are in the desk already.
    const first = await startImportJob(editor, filesOf(articles.slice(200)), { run: false });
    await launchImportJob(first.id);
    expect(await sourceCount()).toBe(50);

    const { id } = await startImportJob(editor, filesOf(articles), { run: false });
    const seen: { done: number; sources: number }[] = [];
    const run = launchImportJob(id);
    let finished = false;
    void run.then(() => (finished = true));
    while (!finished) {
      const job = await getImportJob(editor, id);
      seen.push({ done: job.done, sources: await sourceCount() });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await run;
    // Every count seen is a whole number of batches (or the end).
    for (const { done } of seen) expect(done % SOURCES_PER_BATCH === 0 || done === 250).toBe(true);
    expect(seen.some((s) => s.done > 0 && s.done < 250), "progress was seen between the start and the end").toBe(true);

    const job = await getImportJob(editor, id);
    expect(job).toMatchObject({ state: "done", total: 250, done: 250, stored: 200, duplicates: 50, failed: 0, error: null });
    expect(job.finishedAt).not.toBeNull();
    // The screen gets the first OUTCOMES_LISTED of each kind, stored first, in the order handled; the counts tell the rest.
    expect(job.outcomes).toHaveLength(OUTCOMES_LISTED + 50);
    expect(job.outcomes!.slice(0, OUTCOMES_LISTED).every((o) => o.status === "stored")).toBe(true);
    expect(job.outcomes!.slice(OUTCOMES_LISTED).every((o) => o.status === "duplicate")).toBe(true);
    expect(job.outcomes!.slice(0, OUTCOMES_LISTED).map((o) => o.fileName)).toEqual(articles.slice(0, OUTCOMES_LISTED).map((a) => a.fileName));
    expect(listedOutcomes(job)).toEqual(job);
    expect(job).toMatchObject({ stored: 200, duplicates: 50 });
    // The job keeps no more than that: its row does not grow with its articles, so neither a batch's write nor a poll's
    // read does (a job of 100,000 articles rewrote 18 MB of outcomes at each batch and read them at each poll).
    const [row] = await getDb().$queryRaw<{ kept: number }[]>`SELECT jsonb_array_length(outcomes) AS kept FROM "ImportJob" WHERE id = ${id}::uuid`;
    expect(row!.kept).toBe(OUTCOMES_LISTED + 50);
    expect(await sourceCount()).toBe(250);
    expect(await getDb().source.count({ where: { importedById: editor.id } })).toBe(250);
    expect(await getDb().auditEvent.count({ where: { action: "import.job.start", actorId: editor.id } })).toBe(2);
  }, 120_000); // (250 articles parsed and stored in batches: 40–53 s on a machine loaded 13 on 2 cores)

  it("has a job written before it kept only what is listed cut to that by its migration, which lists the same", async () => {
    const editor = await makeUser();
    const outcomes = Array.from({ length: 300 }, (_, index) => ({ fileName: "paste.txt", index, title: `Bài ${index}`, status: index % 6 === 5 ? "duplicate" : "stored", id: randomUUID(), nearDuplicateOf: null }));
    const [inserted] = await getDb().$queryRaw<{ id: string }[]>`
      INSERT INTO "ImportJob" (id, "ownerId", state, total, done, stored, duplicates, files, outcomes, "finishedAt")
      VALUES (gen_random_uuid(), ${editor.id}::uuid, 'done', 300, 300, 250, 50, '[]'::jsonb, ${JSON.stringify(outcomes)}::jsonb, now()) RETURNING id::text AS id`;
    const id = inserted!.id;
    const before = await getImportJob(editor, id);
    expect(before.outcomes).toHaveLength(OUTCOMES_LISTED + 50);
    const migration = readFileSync(new URL("../../prisma/migrations/20261207230000_import_job_outcomes_listed/migration.sql", import.meta.url), "utf8");
    const kept = async () => (await getDb().$queryRaw<{ kept: number }[]>`SELECT jsonb_array_length(outcomes) AS kept FROM "ImportJob" WHERE id = ${id}::uuid`)[0]!.kept;
    for (let run = 0; run < 2; run++) {
      await getDb().$executeRawUnsafe(migration);
      expect(await kept()).toBe(OUTCOMES_LISTED + 50);
      expect(await getImportJob(editor, id)).toEqual(before);
    }
  });

  it("cuts a 156-article dossier paste into batches, yet stores one dossier with its articles in order, and the editor's corrections", async () => {
    const editor = await makeUser();
    const text = buildBigPaste(6);
    const { id } = await startImportJob(editor, { files: [{ fileName: "paste.txt", text, overrides: [{ index: 130, title: "Sửa bởi biên tập viên" }] }] }, { run: false });
    await launchImportJob(id);
    const job = await getImportJob(editor, id);
    expect(job).toMatchObject({ state: "done", total: 156, done: 156, stored: 156 });
    const dossiers = await getDb().dossier.findMany({ include: { sources: { orderBy: { dossierIndex: "asc" }, select: { dossierIndex: true, title: true } } } });
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]!.sources).toHaveLength(156);
    expect(dossiers[0]!.raw).toBe(text);
    expect(job.outcomes!.map((o) => o.index)).toEqual([...Array(OUTCOMES_LISTED).keys()]);
    expect(await getDb().source.count({ where: { title: "Sửa bởi biên tập viên" } })).toBe(1);
  });

  it("refuses an empty paste and a 21 MB one with one line, and records nothing", async () => {
    const editor = await makeUser();
    await expect(startImportJob(editor, { files: [{ fileName: "empty.txt", text: "  \n ", overrides: [] }] })).rejects.toMatchObject({ code: "INVALID" });
    await expect(startImportJob(editor, { files: [] })).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { files: ["Paste or upload some text."] } } });
    const big = "Một câu tin tức đủ dài để lặp lại nhiều lần.\n\n".repeat(Math.ceil((21 * 1024 * 1024) / 50));
    await expect(startImportJob(editor, { files: [{ fileName: "big.txt", text: big, overrides: [] }] })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { files: ["The text is over the 20 MB import limit."] } },
    });
    expect(await getDb().importJob.count()).toBe(0);
    expect(await sourceCount()).toBe(0);
  });
});

describe("who sees an import job", () => {
  it("shows a job to its owner and to admins only, and answers NOT_FOUND to anyone else, as for no job at all", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const reviewer = await makeUser({ role: "REVIEWER" });
    const admin = await makeUser({ role: "ADMIN" });
    const { id } = await startImportJob(owner, filesOf(generateArticles(3)), { run: false });
    await launchImportJob(id);

    expect((await getImportJob(owner, id)).stored).toBe(3);
    expect((await getImportJob(admin, id)).stored).toBe(3);
    for (const stranger of [other, reviewer]) await expect(getImportJob(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getImportJob(other, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getImportJob(other, "'; DROP TABLE x; --")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getImportJob(null, id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(startImportJob(null, filesOf(generateArticles(1)))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    expect((await latestImportJob(owner))?.id).toBe(id);
    expect(await latestImportJob(other)).toBeNull();
    expect(await latestImportJob(admin)).toBeNull(); // the page shows an admin their own jobs
  });
});

describe("an import job whose process was killed", () => {
  /** The job run by a process of its own, as the app server would, so it can be killed in the middle of a batch. */
  function runner(id: string): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "test/run-import-job.ts", id], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.add(child);
    return { child, exit: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal }))) };
  }

  /**
   * A job of five batches: killed after two committed, with one of the other three open. More articles would only
   * lengthen the resumed run.
   */
  const ARTICLES = 5 * SOURCES_PER_BATCH;

  async function killMidBatch(id: string): Promise<number> {
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const batchOpen = async () =>
        Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)).rows[0]!.n) > 0;
      const { child, exit } = runner(id);
      await until(async () => (await getDb().importJob.findUniqueOrThrow({ where: { id } })).done >= 2 * SOURCES_PER_BATCH && (await batchOpen()), "two committed batches and an open one");
      child.kill("SIGKILL");
      expect(await exit).toMatchObject({ code: null, signal: "SIGKILL" });
      await until(async () => !(await batchOpen()), "the killed batch to roll back", 30_000);
    } finally {
      await db.end();
    }
    const job = await getDb().importJob.findUniqueOrThrow({ where: { id } });
    // The counts committed with the articles: what the job says is done is exactly what is stored.
    expect(job.state).toBe("running");
    expect(job.done % SOURCES_PER_BATCH).toBe(0);
    expect(await sourceCount()).toBe(job.done);
    expect(job.done).toBeLessThan(ARTICLES);
    return job.done;
  }

  it("resumes from its last committed batch on the next start, and ends with every article stored once", async () => {
    const editor = await makeUser();
    const articles = generateArticles(ARTICLES);
    const { id } = await startImportJob(editor, filesOf(articles), { run: false });
    const survived = await killMidBatch(id);

    // A live job is left alone; one whose heartbeat stopped is taken over.
    expect(await resumeStaleImportJobs()).toEqual([]);
    expect(await resumeStaleImportJobs({ staleAfterMs: 0, wait: true })).toEqual([id]);
    const job = await getImportJob(editor, id);
    expect(job).toMatchObject({ state: "done", total: ARTICLES, done: ARTICLES, stored: ARTICLES, duplicates: 0, failed: 0 });
    // The resumed run read how many outcomes the job held (those of the batches before the kill) and kept no more.
    expect(job.outcomes!.map((o) => o.fileName)).toEqual(articles.slice(0, OUTCOMES_LISTED).map((a) => a.fileName));
    const [row] = await getDb().$queryRaw<{ kept: number }[]>`SELECT jsonb_array_length(outcomes) AS kept FROM "ImportJob" WHERE id = ${id}::uuid`;
    expect(row!.kept).toBe(OUTCOMES_LISTED);
    expect(await sourceCount()).toBe(ARTICLES);
    expect(new Set((await getDb().source.findMany({ select: { contentHash: true } })).map((s) => s.contentHash)).size).toBe(ARTICLES);
    expect(await getDb().auditEvent.count({ where: { action: "source.import", actorId: editor.id } })).toBe(ARTICLES);
    console.log(`import job: killed after ${survived} of ${ARTICLES} articles; resumed and stored the other ${ARTICLES - survived}`);
  }, 180_000);

  it(`is marked failed, with what was not stored counted as failed, once it has been started ${MAX_ATTEMPTS} times`, async () => {
    const editor = await makeUser();
    const { id } = await startImportJob(editor, filesOf(generateArticles(ARTICLES)), { run: false });
    const survived = await killMidBatch(id);
    await getDb().importJob.update({ where: { id }, data: { attempts: MAX_ATTEMPTS } });

    expect(await resumeStaleImportJobs({ staleAfterMs: 0, wait: true })).toEqual([]);
    const job = await getImportJob(editor, id);
    expect(job).toMatchObject({ state: "failed", error: "gave-up", total: ARTICLES, done: survived, stored: survived, failed: ARTICLES - survived });
    expect(job.outcomes).toHaveLength(Math.min(survived, OUTCOMES_LISTED));
    expect(await sourceCount()).toBe(survived);
  }, 180_000);
});
