// Matching runs on the server's own thread (after an import, on the reader's button and margin). A long source (a body
// may hold 2,000,000 characters: 22,000 sentences took 7 s to key and 7 s more to rank) must not hold every other
// request that long: its sentences are worked through in slices, the event loop let run between them.

/** How long one slice may run before other requests get their turn. */
export const SLICE_MS = 20;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `work` for each item in order, yielding to the event loop whenever a slice has run `sliceMs`. */
export async function eachYielding<T>(items: readonly T[], work: (item: T, index: number) => void, sliceMs = SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    work(items[i]!, i);
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

/** `items.map(work)`, yielding as eachYielding does. */
export async function mapYielding<T, R>(items: readonly T[], work: (item: T, index: number) => R, sliceMs = SLICE_MS): Promise<R[]> {
  const out: R[] = [];
  await eachYielding(items, (item, index) => void out.push(work(item, index)), sliceMs);
  return out;
}
