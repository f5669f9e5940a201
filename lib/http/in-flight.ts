// How many requests of one kind one caller may have under way at once, in this process. The import parse runs on a
// small worker pool that serves the whole desk in turn (lib/sources/parse-in-worker.ts): without a bound, one
// account firing dozens of big pastes at once queued minutes of parsing ahead of every other editor's preview.
// A browser tab sends its server actions one after another, so an editor working normally has one under way.
import { AppError } from "@/lib/errors";

export const TOO_MANY_AT_ONCE = "You already have imports under way. Wait for them to finish, then try again.";

const underWay = new Map<string, number>();

/** Runs `work` as one of at most `limit` under way for `key`; beyond that, refuses at once with RATE_LIMITED. */
export async function withinInFlightLimit<T>(key: string, limit: number, work: () => Promise<T>): Promise<T> {
  const count = underWay.get(key) ?? 0;
  if (count >= limit) throw new AppError("RATE_LIMITED", TOO_MANY_AT_ONCE);
  underWay.set(key, count + 1);
  try {
    return await work();
  } finally {
    const left = (underWay.get(key) ?? 1) - 1;
    if (left > 0) underWay.set(key, left);
    else underWay.delete(key);
  }
}

/** How many are under way for `key` now (for tests and diagnostics). */
export function inFlight(key: string): number {
  return underWay.get(key) ?? 0;
}
