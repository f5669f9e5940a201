// Two instances started at the same moment on one database both found the search documents' rewrite asked for
// ("PendingUpkeep") and both did all of it: correct, but twice the work and twice the load on a big desk. A task is
// now done under an advisory lock of its own: one start does it, the other waits and then finds the request cleared.
// The lock is the session's, so a start killed while it works frees it, and the next start does the task.
// Two real `npm run db:migrate` processes, made to meet: a second connection holds "Claim" (which the rewrite reads
// first) until both wait, on it or on the other's turn.
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { REWRITE_SEARCH_DOCUMENTS } from "@/lib/public/rewrite-search-documents";
import { makeUser, publishClaim } from "@/test/factories";
import { untilSomeoneWaits } from "@/test/lock-wait";
import { killAll, runScript, type ScriptEnd, type ScriptRun } from "@/test/script-process";

let blocker: pg.Client;
const children = new Set<ChildProcess>();
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});
afterAll(async () => {
  killAll(children);
  await blocker.end();
});

/** `npm run db:migrate` on this test's database, as a process of its own. */
const dbMigrate = (): ScriptRun => runScript(["scripts/db-migrate.ts"], { children });

/** What a run wrote, both streams. */
const said = (end: ScriptEnd) => `${end.out}\n${end.err}`;
const rewrote = (end: ScriptEnd) => said(end).split("\n").filter((line) => /^Rewrote \d+ public search document/.test(line)).length;

async function staleClaim(): Promise<string> {
  const claim = await publishClaim(editor, reviewer, { text: `Giá gạo tăng gấp ba trong tháng ${Date.now().toString(36)}`, kind: "ARMS_TRANSFER", summary: "Sai, theo số liệu công bố." });
  await getDb().$executeRaw`UPDATE "Claim" SET "searchVector" = "searchVector" || to_tsvector('simple', 'tucuqvx') WHERE id = ${claim.id}::uuid`;
  return claim.id;
}
const found = async (claimId: string, word: string) =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" WHERE id = ${claimId}::uuid AND "searchVector" @@ to_tsquery('simple', ${word})`)[0]!.n > 0;

/** Both processes started while "Claim" is held, released once both wait (for it, or for each other). */
async function twoStartsMeeting(): Promise<[ScriptRun, ScriptRun]> {
  await blocker.query("BEGIN");
  await blocker.query(`LOCK TABLE "Claim" IN ACCESS EXCLUSIVE MODE`);
  const runs: [ScriptRun, ScriptRun] = [dbMigrate(), dbMigrate()];
  try {
    await untilSomeoneWaits(blocker, 60_000, 2);
  } finally {
    await blocker.query("ROLLBACK");
  }
  return runs;
}

describe("a task asked of the start, two instances starting at the same moment", () => {
  it("is done by one of them; the other waits for it and finds it done", { timeout: 150_000 }, async () => {
    await getDb().pendingUpkeep.upsert({ where: { task: REWRITE_SEARCH_DOCUMENTS }, create: { task: REWRITE_SEARCH_DOCUMENTS }, update: {} });
    const claimId = await staleClaim();
    const [a, b] = await twoStartsMeeting();
    const ends = await Promise.all([a.exited, b.exited]);
    expect(ends.map((end) => end.code)).toEqual([0, 0]);
    expect(ends.map(rewrote).sort()).toEqual([0, 1]);
    expect(ends.map(said).join("\n")).toMatch(/Upkeep "rewrite-search-documents" was done by another instance meanwhile/);
    expect(await found(claimId, "tucuqvx")).toBe(false);
    expect(await getDb().pendingUpkeep.count()).toBe(0);
  });

  it("is done by the other when the one doing it is killed", { timeout: 150_000 }, async () => {
    await getDb().pendingUpkeep.upsert({ where: { task: REWRITE_SEARCH_DOCUMENTS }, create: { task: REWRITE_SEARCH_DOCUMENTS }, update: {} });
    const claimId = await staleClaim();
    await blocker.query("BEGIN");
    await blocker.query(`LOCK TABLE "Claim" IN ACCESS EXCLUSIVE MODE`);
    const first = dbMigrate();
    let second: ScriptRun | null = null;
    try {
      // The first waits for "Claim" inside the task; the second then waits for the first's turn.
      await untilSomeoneWaits(blocker, 60_000, 1);
      second = dbMigrate();
      await untilSomeoneWaits(blocker, 60_000, 2);
      first.child.kill("SIGKILL");
      expect((await first.exited).signal).toBe("SIGKILL");
    } finally {
      await blocker.query("ROLLBACK");
    }
    const end = await second.exited;
    expect(end.code).toBe(0);
    expect(rewrote(end)).toBe(1);
    expect(said(end)).toMatch(/Upkeep "rewrite-search-documents" is under way in another instance \(PostgreSQL session \d+, open since [^)]*\): waiting for it/);
    expect(await found(claimId, "tucuqvx")).toBe(false);
    expect(await getDb().pendingUpkeep.count()).toBe(0);
  });
});
