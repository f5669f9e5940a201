// Import jobs across instances: a job's runner writes its heartbeat with the database's clock, and another instance
// takes the job over once the heartbeat is older than STALE_AFTER_MS. That age was read against the taking instance's
// own clock: one whose clock ran a minute ahead took every live job of the other instances for dead and ran it again
// (the runner's next batch lost its claim; at a job's third start it was given up under the instance running it), and
// one whose clock ran behind never took over a job whose process had died. Staleness is now the database's to say, as is
// the grace another server's queued matching is left and the lease of a preview's draft another server reads.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { generateArticles } from "@/bench/desk-data";
import { clearSources, makeUser } from "@/test/factories";
import { pruneSignInRecords } from "@/lib/auth/prune";
import { matchingIdle, resumePendingMatching } from "@/lib/matching/background";
import { launchImportJob, MAX_ATTEMPTS, resumeStaleImportJobs, startImportJob, STALE_AFTER_MS } from "@/lib/sources/import-jobs";
import { dropStreamedDraft, openStreamedDraft } from "@/lib/sources/import-drafts";

const filesOf = (articles: { fileName: string; text: string }[]) => ({ files: articles.map((a) => ({ ...a, overrides: [] })) });
const job = (id: string) => getDb().importJob.findUniqueOrThrow({ where: { id }, select: { state: true, runnerId: true, attempts: true, error: true, done: true } });

/** A job another instance is running, its heartbeat `ageMs` old by the database's clock. */
async function runningElsewhere(ageMs: number, attempts = 1): Promise<string> {
  const editor = await makeUser();
  const { id } = await startImportJob(editor, filesOf(generateArticles(3)), { run: false });
  await getDb().$executeRaw`
    UPDATE "ImportJob" SET state = 'running', "runnerId" = 'another-instance', attempts = ${attempts},
      "heartbeatAt" = now() - ${ageMs}::int * interval '1 millisecond', "createdAt" = now() - interval '1 hour'
    WHERE id = ${id}::uuid`;
  return id;
}

/** This instance's clock set `offsetMs` away from the database's (Date only; timers run as they do). */
const clockOff = (offsetMs: number) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(Date.now() + offsetMs));
};

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM "ImportJob"`;
  await clearSources();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("an import job another instance runs, read by an instance whose clock is off", () => {
  it("is left to its runner by an instance a minute ahead, however often it looks", async () => {
    const live = await runningElsewhere(1_000);
    const lastTry = await runningElsewhere(1_000, MAX_ATTEMPTS);
    clockOff(60_000);
    expect(await resumeStaleImportJobs()).toEqual([]);
    await launchImportJob(live);
    expect(await job(live)).toMatchObject({ state: "running", runnerId: "another-instance", attempts: 1 });
    expect(await job(lastTry)).toMatchObject({ state: "running", runnerId: "another-instance", attempts: MAX_ATTEMPTS, error: null });
  });

  it("is taken over by an instance a minute behind once its heartbeat is stale by the database's clock", async () => {
    const dead = await runningElsewhere(STALE_AFTER_MS + 10_000);
    clockOff(-60_000);
    expect(await resumeStaleImportJobs({ wait: true })).toEqual([dead]);
    expect(await job(dead)).toMatchObject({ state: "done", runnerId: null, attempts: 2, done: 3 });
  }, 60_000);

  it("leaves another server's queued matching its grace, and takes up what is past it, by the database's clock", async () => {
    const dead = await runningElsewhere(STALE_AFTER_MS + 10_000);
    expect(await resumeStaleImportJobs({ wait: true })).toEqual([dead]);
    await matchingIdle();
    // Stored a moment ago by another server, whose matching is queued there.
    await getDb().$executeRaw`UPDATE "Source" SET "matchPending" = true, "createdAt" = now() - interval '1 second'`;
    clockOff(60_000);
    expect(await resumePendingMatching({ graceMs: 30_000 })).toBe(0);
    // That server died: its sources are past the grace.
    await getDb().$executeRaw`UPDATE "Source" SET "createdAt" = now() - interval '40 seconds'`;
    clockOff(-60_000);
    expect(await resumePendingMatching({ graceMs: 30_000 })).toBe(3);
    await matchingIdle();
  }, 60_000);

  it("keeps an import preview's draft whose lease runs by the database's clock when an instance a minute ahead prunes", async () => {
    const editor = await makeUser();
    const lease = (seconds: number) =>
      getDb().$queryRaw<{ id: string }[]>`
        INSERT INTO "ImportDraft" ("id", "ownerId", "pending", "leaseUntil") VALUES (gen_random_uuid(), ${editor.id}::uuid, true, now() + make_interval(secs => ${seconds}))
        RETURNING "id"::text AS "id"`;
    const [reading] = await lease(20);
    const [dead] = await lease(-1);
    clockOff(60_000);
    expect((await pruneSignInRecords(process.env.DATABASE_URL!)).drafts).toBe(1);
    expect(await getDb().importDraft.count({ where: { id: reading!.id } })).toBe(1);
    expect(await getDb().importDraft.count({ where: { id: dead!.id } })).toBe(0);
  });

  it("keeps another account's preview made a moment ago when an instance a day ahead opens a preview", async () => {
    const [editor, other] = [await makeUser(), await makeUser()];
    const [theirs] = await getDb().$queryRaw<{ id: string }[]>`
      INSERT INTO "ImportDraft" ("id", "ownerId", "pending", "leaseUntil") VALUES (gen_random_uuid(), ${other.id}::uuid, false, now())
      RETURNING "id"::text AS "id"`;
    clockOff(25 * 3_600_000);
    const mine = await openStreamedDraft(editor);
    vi.useRealTimers();
    expect(await getDb().importDraft.count({ where: { id: theirs!.id } })).toBe(1);
    await dropStreamedDraft(editor, mine);
  });

  it("leaves a job just queued by an instance running behind to the instance that queued it", async () => {
    const editor = await makeUser();
    clockOff(-(STALE_AFTER_MS + 60_000));
    const { id } = await startImportJob(editor, filesOf(generateArticles(2)), { run: false });
    vi.useRealTimers();
    expect(await resumeStaleImportJobs()).toEqual([]);
    expect(await job(id)).toMatchObject({ state: "queued", attempts: 0 });
    await getDb().$executeRaw`DELETE FROM "ImportJob" WHERE id = ${id}::uuid`;
  });
});

