// Work a migration asks of the start that applies it. The migration's SQL inserts a "PendingUpkeep" row in its own
// transaction; the task clears it in the transaction that finishes the work; every start runs what is still there.
// Deciding from the names the runner has just applied lost the work when the process died in between: the next
// start applied nothing, so did nothing. Tasks must be safe to run again: a task killed half-way is run from the
// beginning by the next start.
//
// One instance at a time: two instances starting at the same moment both found the request and both did all of the
// work (twice the load on a big desk). Each task is now done holding a session advisory lock of its own, on a
// connection opened for the upkeep: another start waits for it, then reads the request again and finds it cleared.
// A start killed while it works loses its connection, PostgreSQL frees the lock, and the waiting start (or the next
// one) does the task from the beginning.
import "server-only";
import pg from "pg";
import { getDb, type Tx } from "./client";
import { advisoryLockHolder, deskConnection } from "./connection";

/** Does its work; calls `finish` inside the transaction that completes it (clearing the row it was asked by). */
export type UpkeepTask = (finish: (tx: Tx) => Promise<void>) => Promise<string>;

/** The first key of the upkeep's locks (the two-key form, apart from the desk's other advisory locks); the second is the task's. */
export const UPKEEP_LOCKS = 0x43445550;

/**
 * A task that threw: the start stops there, with one line that names the task and says what to do (the database's
 * or the task's own message, on one line, after it; the error itself is the cause). Its request stays.
 */
export class UpkeepFailed extends Error {
  constructor(
    readonly task: string,
    cause: unknown,
  ) {
    const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/\s+/g, " ").trim().slice(0, 500);
    super(`Upkeep "${task}" asked by a migration failed: ${reason || "no reason given"}. It is still asked for: fix the cause and start again (npm start or npm run db:migrate runs it from the beginning).`, { cause });
    this.name = "UpkeepFailed";
  }
}

/**
 * Runs every task still asked for, oldest first, logging what each did. A task this version does not know is left; one
 * that throws stops the run (UpkeepFailed), its request kept.
 */
export async function runPendingUpkeep(tasks: Readonly<Record<string, UpkeepTask>>, log: (line: string) => void = () => {}): Promise<void> {
  const pending = await getDb().pendingUpkeep.findMany({ orderBy: { requestedAt: "asc" } });
  if (!pending.length) return;
  const turns = new pg.Client(deskConnection(process.env.DATABASE_URL, { applicationName: "claimdesk upkeep" }));
  await turns.connect();
  try {
    for (const { task } of pending) {
      const run = Object.hasOwn(tasks, task) ? tasks[task] : undefined;
      if (!run) {
        log(`Upkeep "${task}" asked by a migration is unknown to this version: left for a version that knows it.`);
        continue;
      }
      const key = [UPKEEP_LOCKS, task] as const;
      const { rows } = await turns.query<{ taken: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS taken", [...key]);
      if (!rows[0]?.taken) {
        // Said as the migrations' wait is (lib/db/migrate.ts): a host lost without closing its connection keeps the turn.
        const holder = await advisoryLockHolder(turns, key);
        log(
          holder
            ? `Upkeep "${task}" is under way in another instance (${holder.said}): waiting for it. If that instance is gone, end its session: SELECT pg_terminate_backend(${holder.pid});`
            : `Upkeep "${task}" is under way in another instance: waiting for it.`,
        );
        await turns.query("SELECT pg_advisory_lock($1, hashtext($2))", [...key]);
      }
      try {
        // Read again in the turn: the instance that held it may have done the task meanwhile.
        const request = await getDb().pendingUpkeep.findUnique({ where: { task } });
        if (!request) {
          log(`Upkeep "${task}" was done by another instance meanwhile.`);
          continue;
        }
        // Only the request read here: one a later migration makes meanwhile (a newer requestedAt) stays.
        const { requestedAt } = request;
        const done = await run(async (tx) => void (await tx.pendingUpkeep.deleteMany({ where: { task, requestedAt } }))).catch((error: unknown) => {
          throw new UpkeepFailed(task, error);
        });
        log(done);
      } finally {
        // A connection lost meanwhile took the lock with it.
        await turns.query("SELECT pg_advisory_unlock($1, hashtext($2))", [...key]).catch(() => undefined);
      }
    }
  } finally {
    await turns.end().catch(() => undefined);
  }
}
