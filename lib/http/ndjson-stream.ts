// An NDJSON answer written as it goes, with back-pressure: a line is queued at once, but its sender waits while more
// than `highWaterMark` bytes are queued and unread. A client that posts a preview and never reads its answer then
// holds the work that writes it (and its account's import slot) instead of having the server keep the whole answer
// in memory and take the next post.

/** What an answer may hold unread before its sender waits. */
export const NDJSON_UNREAD_BYTES = 256 * 1024;

export type NdjsonAnswer<L> = {
  stream: ReadableStream<Uint8Array>;
  /** Queues one line; resolves once the unread part is back under the bound (at once after the answer ended). */
  send: (line: L) => Promise<void>;
  /** Ends the answer (nothing more is sent). */
  close: () => void;
};

/** `onCancel`: the reader went away (a reload, a closed tab, a dropped connection); later lines are dropped. */
export function ndjsonAnswer<L>(onCancel: () => void, highWaterMark = NDJSON_UNREAD_BYTES): NdjsonAnswer<L> {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let ended = false;
  let waiting: (() => void)[] = [];
  const wake = () => {
    const ready = waiting;
    waiting = [];
    for (const resolve of ready) resolve();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        wake();
      },
      cancel() {
        ended = true;
        wake();
        onCancel();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark }),
  );
  return {
    stream,
    async send(line) {
      if (ended || !controller) return;
      try {
        controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      } catch {
        // The stream was ended from the other side (errored by the server as the connection dropped): nobody reads.
        ended = true;
        return;
      }
      while (!ended && (controller.desiredSize ?? 0) <= 0) await new Promise<void>((resolve) => waiting.push(resolve));
    },
    close() {
      if (ended) return;
      ended = true;
      try {
        controller?.close();
      } catch {
        // Already errored from the other side: nothing to end.
      }
      wake();
    },
  };
}
