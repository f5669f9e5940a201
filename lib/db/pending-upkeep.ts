// Work a migration asks of the start that applies it. The migration's SQL inserts a "PendingUpkeep" row in its own
// transaction; the task clears it in the transaction that finishes the work; every start runs what is still there.
// Deciding from the names the runner has just applied lost the work when the process died in between: the next
// start applied nothing, so did nothing. Tasks must be safe to run again (and by two starting instances at once):
// a task killed half-way is run from the beginning by the next start.
import "server-only";
import { getDb, type Tx } from "./client";

/** Does its work; calls `finish` inside the transaction that completes it (clearing the row it was asked by). */
export type UpkeepTask = (finish: (tx: Tx) => Promise<void>) => Promise<string>;

/** Runs every task still asked for, oldest first; returns the lines to log. A task this version does not know is left. */
export async function runPendingUpkeep(tasks: Readonly<Record<string, UpkeepTask>>, log: (line: string) => void = () => {}): Promise<void> {
  const pending = await getDb().pendingUpkeep.findMany({ orderBy: { requestedAt: "asc" } });
  for (const { task, requestedAt } of pending) {
    const run = Object.hasOwn(tasks, task) ? tasks[task] : undefined;
    if (!run) {
      log(`Upkeep "${task}" asked by a migration is unknown to this version: left for a version that knows it.`);
      continue;
    }
    // Only the request this run saw: one a later migration made meanwhile (a newer requestedAt) stays.
    log(await run(async (tx) => void (await tx.pendingUpkeep.deleteMany({ where: { task, requestedAt } }))));
  }
}
