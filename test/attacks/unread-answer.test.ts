// The streamed import preview queued each line of its answer whether or not the client read it: a client that posts
// a big preview and never reads held the whole answer in the server's memory, and got its import slot back as soon as
// the parse ended, free to post the next. Its lines now wait while the unread part is over a bound.
import { describe, expect, it } from "vitest";
import { ndjsonAnswer } from "@/lib/http/ndjson-stream";

const LINE = { type: "batch", text: "x".repeat(4000) };
const LINE_BYTES = JSON.stringify(LINE).length + 1;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

describe("an NDJSON answer nobody reads", () => {
  it("stops its sender once the unread part passes the bound, and lets it go on as it is read, losing nothing", async () => {
    const bound = 64 * 1024;
    const answer = ndjsonAnswer<typeof LINE & { n: number }>(() => {}, bound);
    let sent = 0;
    const sending = (async () => {
      for (let n = 0; n < 2000; n++) {
        await answer.send({ ...LINE, n }); // 8 MB in all
        sent = n + 1;
      }
      answer.close();
    })();
    for (let i = 0; i < 20; i++) await tick();
    expect(sent * LINE_BYTES).toBeLessThanOrEqual(bound + LINE_BYTES);
    expect(sent).toBeLessThan(2000);
    const text = await readAll(answer.stream);
    await sending;
    const lines = text.trim().split("\n").map((line) => JSON.parse(line) as { n: number });
    expect(lines.map((l) => l.n)).toEqual(Array.from({ length: 2000 }, (_, n) => n));
  });

  it("frees a waiting sender when the reader goes away, and says so once", async () => {
    let cancelled = 0;
    const answer = ndjsonAnswer<typeof LINE>(() => cancelled++, 16 * 1024);
    let finished = false;
    const sending = (async () => {
      for (let n = 0; n < 100; n++) await answer.send(LINE);
      finished = true;
    })();
    await tick();
    expect(finished).toBe(false);
    await answer.stream.cancel();
    await sending;
    expect(finished).toBe(true);
    expect(cancelled).toBe(1);
    answer.close(); // after a cancel: nothing to do, no error
  });
});

describe("an NDJSON answer its reader cancelled", () => {
  it("drops later lines and closes without throwing", async () => {
    const answer = ndjsonAnswer<{ n: number }>(() => {});
    const reader = answer.stream.getReader();
    await answer.send({ n: 1 });
    await reader.cancel(new Error("connection dropped"));
    await expect(answer.send({ n: 2 })).resolves.toBeUndefined();
    expect(() => answer.close()).not.toThrow();
  });
});
