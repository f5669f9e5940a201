// A background import runs in the owner's name after the request that started it has answered, and is resumed at the
// next start when its server died. An account deactivated meanwhile (its sessions end at once) used to go on storing
// articles, each audited as imported by that account. Each batch now confirms the owner in its own transaction.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { lockHolder } from "@/test/lock-wait";
import { generateArticles } from "@/bench/desk-data";
import { setAccountActive } from "@/lib/accounts/update-account";
import { getImportJob, launchImportJob, startImportJob } from "@/lib/sources/import-jobs";
import { SOURCES_PER_BATCH } from "@/lib/sources/store-sources";
import { clearSources, makeUser } from "@/test/factories";

const blocker = lockHolder();
beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM "ImportJob"`;
  await clearSources();
});

async function until(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await condition()); ) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A batch's transaction waits to record its progress on the job's row (not the job's heartbeat, which also may). */
async function batchWaits(): Promise<boolean> {
  await blocker.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await blocker.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%SET done = done +%'`,
  );
  return rows[0]!.n > 0;
}

const filesOf = (articles: { fileName: string; text: string }[]) => ({ files: articles.map((a) => ({ ...a, overrides: [] })) });
const importedBy = (userId: string) => getDb().source.count({ where: { importedById: userId } });

describe("an import job whose owner is deactivated", () => {
  it("stores nothing when the owner was deactivated before it ran (a job resumed after its server died)", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser({ role: "EDITOR" });
    const { id } = await startImportJob(editor, filesOf(generateArticles(5)), { run: false });
    await setAccountActive(admin, { userId: editor.id, isActive: false });
    await launchImportJob(id);
    expect(await getImportJob(admin, id)).toMatchObject({ state: "failed", error: "unauthenticated", stored: 0 });
    expect(await importedBy(editor.id)).toBe(0);
    expect(await getDb().auditEvent.count({ where: { actorId: editor.id, action: "source.import" } })).toBe(0);
  });

  it("stops after the batch under way when the owner is deactivated mid-job; what was stored is whole batches", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser({ role: "EDITOR" });
    const total = SOURCES_PER_BATCH * 2 + 30;
    const { id } = await startImportJob(editor, filesOf(generateArticles(total)), { run: false });
    // A batch is held just before it records its progress, having confirmed its owner; the deactivation then waits
    // for that batch and commits before the next batch confirms.
    const run = launchImportJob(id);
    // Once its texts are parsed (the job's total written), the next write to the job's row is a batch's.
    await until(async () => (await getDb().importJob.findUniqueOrThrow({ where: { id } })).total !== null);
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "ImportJob" WHERE id = $1 FOR UPDATE`, [id]);
    await until(batchWaits);
    const deactivation = setAccountActive(admin, { userId: editor.id, isActive: false });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await blocker.query("COMMIT");
    await deactivation;
    await run;
    const job = await getImportJob(admin, id);
    expect(job).toMatchObject({ state: "failed", error: "unauthenticated" });
    expect(job.done).toBeGreaterThanOrEqual(SOURCES_PER_BATCH);
    expect(job.done).toBeLessThan(total);
    expect(await importedBy(editor.id)).toBe(job.stored);
    expect(await getDb().auditEvent.count({ where: { actorId: editor.id, action: "source.import" } })).toBe(job.stored);
  });
});
