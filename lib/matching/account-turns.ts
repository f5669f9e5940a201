// Matching's heavy work (keying and ranking a source's sentences) runs on the server's own thread. It is sliced so
// other requests run in between (yielding.ts), but slices of many runs at once still add up: one account opening
// the reader of a 2,000,000-character source in twenty tabs, or of twenty such sources, had twenty rankings of 2.7 s
// each sharing the thread, and every other request waited behind a slice of each. An account's runs take turns:
// one at a time per account in this process, the rest waiting in order.
import "server-only";

const tails = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier run queued under `account` has settled; runs of other accounts are not held. */
export function inAccountTurn<T>(account: string, work: () => Promise<T>): Promise<T> {
  const before = tails.get(account) ?? Promise.resolve();
  const run = before.then(work, work);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(account, tail);
  void tail.then(() => {
    if (tails.get(account) === tail) tails.delete(account);
  });
  return run;
}

/** How many accounts have runs queued or under way (for tests and diagnostics). */
export function accountsWithTurns(): number {
  return tails.size;
}
