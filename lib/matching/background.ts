// The background job that matches imported sources: the import's save returns first, matching follows.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import type { StoredOutcome } from "@/lib/sources/store-sources";
import { matchImportedSources } from "./retrieve";

let queue: Promise<void> = Promise.resolve();
let pending = 0;

/**
 * Matches the sources after the current event-loop turn, one job after another, so an import's save never
 * waits for it and two imports never match at once. A failure is logged and the desk goes on: the reader's
 * "find known claims" button runs the same matching on demand.
 */
export function scheduleMatching(sourceIds: string[]): void {
  if (!sourceIds.length) return;
  pending++;
  queue = queue
    .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
    .then(() => matchImportedSources(sourceIds))
    .then(
      () => undefined,
      (error: unknown) => console.error(`matching: could not match ${sourceIds.length} imported source(s):`, error),
    )
    .finally(() => {
      pending--;
    });
}

/** Resolves when every scheduled job has finished (tests, the benchmark and a clean shutdown wait for it). */
export async function matchingIdle(): Promise<void> {
  while (pending > 0) await queue;
}

/**
 * In an import batch's own transaction: its stored sources await matching. The flag is cleared once a source is
 * matched (lib/matching/retrieve.ts); a server that dies with matching queued leaves it set for the next start.
 */
export async function markForMatching(tx: Tx, outcomes: StoredOutcome[]): Promise<void> {
  const ids = outcomes.flatMap((o) => (o.status === "stored" ? [o.id] : []));
  if (ids.length) await tx.$executeRaw`UPDATE "Source" SET "matchPending" = true WHERE id = ANY(${ids}::uuid[])`;
}

/**
 * Sources stored by an import whose matching never ran (its server died first), stored at least `graceMs` ago, are
 * matched in the background. At a server's start nothing is queued in it (grace 0); elsewhere a grace leaves another
 * server's queue its time (matching one twice stores nothing twice). Returns how many were scheduled.
 */
export async function resumePendingMatching(options: { graceMs?: number } = {}): Promise<number> {
  // The age by the database's clock, which stamped createdAt: another server's clock may be off by more than the grace.
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "Source" WHERE "matchPending" AND "createdAt" <= now() - ${options.graceMs ?? 0}::int * interval '1 millisecond' ORDER BY "createdAt"`;
  scheduleMatching(rows.map((r) => r.id));
  return rows.length;
}
