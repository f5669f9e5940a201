// How many requests of one kind one caller may have under way at once, in this process. The import parse runs on a
// small worker pool that serves the whole desk in turn (lib/sources/parse-in-worker.ts): without a bound, one
// account firing dozens of big pastes at once queued minutes of parsing ahead of every other editor's preview.
// A browser tab sends its server actions one after another, so an editor working normally has one under way.
// The count is per process, and with several instances an account may have this many under way on each: that is the
// unit of what it guards, since each instance has its own worker pool and memory, and an account busy on every
// instance takes the same share of each pool as it would of one. A preview's draft, besides, is counted in the database
// when it opens (lib/sources/import-drafts.ts), so previews being read stay within the bound across instances.
import { AppError } from "@/lib/errors";

export const TOO_MANY_AT_ONCE = "You already have imports under way. Wait for them to finish, then try again.";

/** Counts what is under way per key, each taken slot released once. Pure: a holder keeps one (this module, a server). */
export class SlotCounter {
  private readonly underWay = new Map<string, number>();

  /** A slot for `key`: the function that releases it (once; later calls do nothing), or null when `limit` are taken. */
  take(key: string, limit: number): (() => void) | null {
    const count = this.underWay.get(key) ?? 0;
    if (count >= limit) return null;
    this.underWay.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.underWay.get(key) ?? 1) - 1;
      if (left > 0) this.underWay.set(key, left);
      else this.underWay.delete(key);
    };
  }

  /**
   * A slot for `key` and one for the `site` it belongs to (an IPv6 /48, which holds 65,536 /64 keys) under `siteLimit`:
   * the function that releases both, or null, nothing kept, when either is full. With no site, the key's slot alone.
   */
  takeWithSite(key: string, limit: number, site: string | null, siteLimit: number): (() => void) | null {
    const own = this.take(key, limit);
    if (!own || site === null) return own;
    const shared = this.take(`site:${site}`, siteLimit);
    if (!shared) {
      own();
      return null;
    }
    return () => {
      own();
      shared();
    };
  }

  count(key: string): number {
    return this.underWay.get(key) ?? 0;
  }
}

const underWay = new SlotCounter();

/** Runs `work` as one of at most `limit` under way for `key`; beyond that, refuses at once with RATE_LIMITED. */
export async function withinInFlightLimit<T>(key: string, limit: number, work: () => Promise<T>): Promise<T> {
  const release = underWay.take(key, limit);
  if (!release) throw new AppError("RATE_LIMITED", TOO_MANY_AT_ONCE);
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * A slot for `key` held past one function's return (a streamed answer holds it until the stream ends): the function
 * that releases it, or null when `limit` are under way.
 */
export function takeInFlightSlot(key: string, limit: number): (() => void) | null {
  return underWay.take(key, limit);
}

/** How many are under way for `key` now (for tests and diagnostics). */
export function inFlight(key: string): number {
  return underWay.count(key);
}
