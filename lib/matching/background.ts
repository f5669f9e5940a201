// The background job that matches imported sources: the import's save returns first, matching follows.
import "server-only";
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
