// One background import per account, decided by PostgreSQL: the application's look-up for an open job races when two
// servers (or two requests on one) start a job at the same moment, so a partial unique index on ImportJob(ownerId)
// over queued and running jobs keeps the second insert out, and startImportJob answers it with the usual refusal.
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { TOO_MANY_AT_ONCE } from "@/lib/http/in-flight";
import { startImportJob } from "@/lib/sources/import-jobs";
import { makeUser } from "@/test/factories";

const N = 10;

const article = (i: number) => ({
  fileName: `job-${i}.txt`,
  text: `Bài số ${i} về đạn pháo\n\nHà Nội, 21/9/2023\n\nMột đoạn văn bản đủ dài để thành một bài báo về việc chuyển giao vũ khí, số ${i}.`,
  overrides: [],
});

const openJobs = (ownerId: string) => getDb().importJob.count({ where: { ownerId, state: { in: ["queued", "running"] } } });

/** Resolves once `count` callers have reached it: every connection has read before any one writes. */
function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM "ImportJob"`;
});

describe("one background import per account", () => {
  it(`lets exactly one of ${N} simultaneous starts through, each on its own connection, and refuses the rest as a second start is refused`, async () => {
    const editor = await makeUser();
    const results = await Promise.allSettled(Array.from({ length: N }, (_, i) => startImportJob(editor, { files: [article(i)] }, { run: false })));
    const started = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(started).toHaveLength(1);
    expect(refused).toHaveLength(N - 1);
    for (const { reason } of refused) expect(reason).toMatchObject({ code: "RATE_LIMITED", message: TOO_MANY_AT_ONCE });
    expect(await openJobs(editor.id)).toBe(1);
    // One audit event: the refused starts left nothing behind.
    expect(await getDb().auditEvent.count({ where: { action: "import.job.start", actorId: editor.id } })).toBe(1);
  });

  it(`holds in the database itself: ${N} servers that each saw no open job and then insert one get exactly one row`, async () => {
    const editor = await makeUser();
    const clients = Array.from({ length: N }, () => new pg.Client({ connectionString: process.env.DATABASE_URL }));
    await Promise.all(clients.map((c) => c.connect()));
    const allHaveLooked = barrier(N);
    try {
      const outcomes = await Promise.allSettled(
        clients.map(async (client) => {
          await client.query("BEGIN");
          try {
            const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "ImportJob" WHERE "ownerId" = $1 AND state IN ('queued', 'running')`, [editor.id]);
            expect(Number(rows[0]!.n)).toBe(0); // what the application's look-up sees on every server
            await allHaveLooked();
            await client.query(`INSERT INTO "ImportJob" (id, "ownerId", files) VALUES (gen_random_uuid(), $1, '[]'::jsonb)`, [editor.id]);
            await client.query("COMMIT");
          } catch (error) {
            await client.query("ROLLBACK");
            throw error;
          }
        }),
      );
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "23505", constraint: "ImportJob_one_open_per_owner" });
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    expect(await openJobs(editor.id)).toBe(1);
  });

  it("allows the next job once the first has finished or failed, and never holds one account's job against another's", async () => {
    const editor = await makeUser();
    const colleague = await makeUser();
    const first = await startImportJob(editor, { files: [article(1)] }, { run: false });
    await expect(startImportJob(editor, { files: [article(2)] }, { run: false })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another account's job is its own.
    await expect(startImportJob(colleague, { files: [article(3)] }, { run: false })).resolves.toMatchObject({ id: expect.any(String) });
    for (const state of ["done", "failed"] as const) {
      await getDb().importJob.updateMany({ where: { ownerId: editor.id, state: { in: ["queued", "running"] } }, data: { state, finishedAt: new Date() } });
      await expect(startImportJob(editor, { files: [article(4)] }, { run: false })).resolves.toMatchObject({ id: expect.any(String) });
    }
    expect(await getDb().importJob.count({ where: { ownerId: editor.id } })).toBe(3);
    expect(await getDb().importJob.findUniqueOrThrow({ where: { id: first.id }, select: { state: true } })).toEqual({ state: "done" });
    expect(await openJobs(editor.id)).toBe(1);
  });
});
