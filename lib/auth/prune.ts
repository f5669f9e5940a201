// Ended sign-in records are dropped on a schedule: sessions a day after they ended (expired or signed out)
// and sign-in attempts a day after they were made — long past the throttle's 15-minute window, and the
// audit trail keeps every sign-in and failure for good. Without it both tables grow with every guess an
// attacker makes. The public API's rate buckets idle for an hour (full again long since: the limit is per
// minute) go the same way, off the request path, and so do import previews (drafts) abandoned for a day or left
// pending by a process that died mid-preview (their lease ran out). Run by `npm start` at start and every hour,
// as the owner.
import pg from "pg";
import { databaseNowOn } from "@/lib/db/clock";
import { deskConnection } from "@/lib/db/connection";

/** How long an ended session or an attempt is kept, in hours. */
export const SIGN_IN_RECORDS_KEPT_HOURS = 24;
/** Rows deleted per statement, so a flood of old attempts never holds one long lock. */
const BATCH = 10_000;

/** An API rate bucket untouched this long is full again, and dropped. */
export const RATE_BUCKETS_KEPT_HOURS = 1;

/** An import preview nobody saved or replaced for this long is dropped with its articles. */
export const IMPORT_DRAFTS_KEPT_HOURS = 24;

export type PruneResult = { sessions: number; attempts: number; rateBuckets: number; drafts: number };

async function deleteInBatches(client: pg.ClientBase, sql: string, before: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await client.query(sql, [before, BATCH]);
    total += rowCount ?? 0;
    if ((rowCount ?? 0) < BATCH) return total;
  }
}

/**
 * Every age is read by the database's clock, which stamped the rows (sessions, attempts, buckets, drafts): an instance
 * whose clock ran a day ahead dropped live sessions, signing their accounts out.
 */
export async function pruneSignInRecords(databaseUrl: string): Promise<PruneResult> {
  const client = new pg.Client(deskConnection(databaseUrl));
  await client.connect();
  try {
    const now = await databaseNowOn(client);
    const before = new Date(now.getTime() - SIGN_IN_RECORDS_KEPT_HOURS * 3_600_000);
    const sessions = await deleteInBatches(
      client,
      `DELETE FROM "Session" WHERE id IN (SELECT id FROM "Session" WHERE "expiresAt" < $1 OR "revokedAt" < $1 LIMIT $2)`,
      before,
    );
    const attempts = await deleteInBatches(client, `DELETE FROM "LoginAttempt" WHERE id IN (SELECT id FROM "LoginAttempt" WHERE "createdAt" < $1 LIMIT $2)`, before);
    const rateBuckets = await deleteInBatches(
      client,
      `DELETE FROM "ApiRateBucket" WHERE key IN (SELECT key FROM "ApiRateBucket" WHERE "at" < $1 LIMIT $2)`,
      new Date(now.getTime() - RATE_BUCKETS_KEPT_HOURS * 3_600_000),
    );
    const drafts =
      (await deleteInBatches(
        client,
        `DELETE FROM "ImportDraft" WHERE id IN (SELECT id FROM "ImportDraft" WHERE "createdAt" < $1 LIMIT $2)`,
        new Date(now.getTime() - IMPORT_DRAFTS_KEPT_HOURS * 3_600_000),
      )) +
      // A preview whose process died mid-way (its lease not renewed): the outer condition is checked again on a row
      // whose lock was waited for, so a draft being completed meanwhile stays.
      (await deleteInBatches(
        client,
        // The lease is the database's time (import-drafts.ts): never read as run out before its clock says so, whatever
        // this instance's clock (one running a minute ahead dropped the drafts other instances were reading).
        `DELETE FROM "ImportDraft" WHERE "pending" AND "leaseUntil" < LEAST($1, now()) AND id IN (SELECT id FROM "ImportDraft" WHERE "pending" AND "leaseUntil" < LEAST($1, now()) LIMIT $2)`,
        now,
      ));
    return { sessions, attempts, rateBuckets, drafts };
  } finally {
    await client.end();
  }
}

/** Prunes now and then every hour until the returned function is called. Failures are logged, never thrown. */
export function schedulePruning(databaseUrl: string, log: (line: string) => void): () => void {
  const run = () =>
    pruneSignInRecords(databaseUrl).then(
      (r) => {
        if (r.sessions || r.attempts || r.rateBuckets || r.drafts)
          log(`pruned ${r.sessions} ended sessions, ${r.attempts} old sign-in attempts, ${r.rateBuckets} idle API rate buckets and ${r.drafts} abandoned import previews.`);
      },
      (error: unknown) => log(`pruning sign-in records failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  void run();
  const timer = setInterval(() => void run(), 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
