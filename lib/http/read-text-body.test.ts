// A text body decoded as it arrives: characters cut between chunks, bytes that are not UTF-8, the byte limit.
import { describe, expect, it } from "vitest";
import { BodyTooLargeError } from "./body-limit";
import { readTextWithin } from "./read-text-body";

/** A body that hands out `chunks` one per pull, counting how many were taken. */
function chunked(chunks: Uint8Array[]) {
  const taken = { count: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[taken.count];
      if (!next) return controller.close();
      taken.count++;
      controller.enqueue(next);
    },
    cancel() {
      taken.cancelled = true;
    },
  });
  return { stream, taken };
}

/** `bytes` cut at every position in `cuts`. */
const cutAt = (bytes: Uint8Array, cuts: number[]) => [0, ...cuts].map((from, i) => bytes.slice(from, [...cuts, bytes.length][i]));

describe("readTextWithin", () => {
  const text = "Bộ Quốc phòng Hàn Quốc — “tên lửa” 🚀 đã được phóng.\nДругая строка.";
  const bytes = new TextEncoder().encode(text);

  it("decodes characters cut between chunks whole, wherever the cut falls", async () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      const { stream } = chunked(cutAt(bytes, [cut]));
      expect(await readTextWithin(stream, 1024)).toBe(text);
    }
    // A byte at a time: every multi-byte character (2, 3 and 4 bytes) spans several chunks.
    const { stream } = chunked(Array.from(bytes, (b) => Uint8Array.of(b)));
    expect(await readTextWithin(stream, 1024)).toBe(text);
  });

  it("turns bytes that are not UTF-8 into U+FFFD as a form part's text is, across chunks too, and drops a leading BOM", async () => {
    // A lead byte whose continuation never comes, cut from it; a lone continuation byte; a truncated character at the end.
    const broken = Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0xe1, 0xba, 0x62, 0x80, 0x63, 0xf0, 0x9f, 0x9a);
    const expected = await new Blob([broken]).text();
    expect(expected).toBe("a\uFFFDb\uFFFDc\uFFFD");
    for (let cut = 1; cut < broken.length; cut++) {
      const { stream } = chunked(cutAt(broken, [cut]));
      expect(await readTextWithin(stream, 1024)).toBe(expected);
    }
  });

  it("refuses a declared length over the limit before reading anything, and an undeclared one as soon as it passes it", async () => {
    const declared = chunked([bytes]);
    await expect(readTextWithin(declared.stream, 10, "11")).rejects.toEqual(new BodyTooLargeError(10, true));
    expect(declared.taken).toEqual({ count: 0, cancelled: true });

    const megabyte = new Uint8Array(1024 * 1024).fill(0x61);
    const streamed = chunked(Array.from({ length: 30 }, () => megabyte));
    await expect(readTextWithin(streamed.stream, 20 * 1024 * 1024)).rejects.toEqual(new BodyTooLargeError(20 * 1024 * 1024, false));
    expect(streamed.taken).toEqual({ count: 21, cancelled: true });
  });

  it("gives up with the stream's own error when the client goes away mid-body", async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ < 2) controller.enqueue(bytes);
        else controller.error(new Error("aborted"));
      },
    });
    await expect(readTextWithin(stream, 1024)).rejects.toThrow("aborted");
  });
});
