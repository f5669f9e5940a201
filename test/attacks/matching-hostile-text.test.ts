// Matching reads every imported article on the server's own thread (after an import, and on each reader page's
// check-worthy list), so an article made to be slow to split or to score stalls every request meanwhile. Two shapes
// did: a long run of stops or marks ("....", "!!!!"; 20,000 took 4 s to split, 80,000 took 48 s) and a long run
// with no sentence end at all (80,000 characters of one "sentence" took 8 s to score, 2.8 MB never ended).
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, splitSentences } from "@/lib/matching/sentences";
import { keyWords, words } from "@/lib/matching/keywords";
import { rankCheckWorthy } from "@/lib/matching/cues";
import { bestTime } from "@/lib/sources/pathological";

/** Growth of the time from the smallest to the largest size, against the growth of the size (see clean-linear.test.ts). */
function growth(sizes: number[], work: (size: number) => unknown): { ratio: number; bound: number; times: string } {
  work(sizes[0]!); // warm the JIT
  const times = sizes.map((size) => bestTime(() => work(size), 2));
  return { ratio: times.at(-1)! / Math.max(times[0]!, 0.5), bound: 3 * (sizes.at(-1)! / sizes[0]!), times: times.map((t) => t.toFixed(0)).join(", ") };
}

const STOP_RUNS = [".", "!", "?", "…", "?!", ".”"];
/** A text of `size` characters: a sentence, then a run of one kind of stop with nothing that could end it. */
const stopRun = (mark: string, size: number) => `Ông nói rằng Nga nhận đạn pháo${mark.repeat(Math.ceil(size / mark.length))}x`;
/** One run-on "sentence" of `size` characters, dense in what the matcher weighs: names, transfers, denials, doubts, negations. */
const runOn = (size: number) => {
  const unit = "ông Kim nói rằng Moscow nhận đạn pháo từ Bình Nhưỡng có thể không phủ nhận tên lửa 1.000 ";
  return "Theo " + unit.repeat(Math.ceil(size / unit.length));
};

describe("matching on hostile article text", () => {
  it("splits a run of stops in linear time, whatever the stop", () => {
    for (const mark of STOP_RUNS) {
      const r = growth([8_000, 64_000], (size) => splitSentences(stopRun(mark, size)));
      expect(r.ratio, `${JSON.stringify(mark)}: ${r.times} ms`).toBeLessThanOrEqual(r.bound);
      // The sentence before the run is still read as one.
      expect(splitSentences(stopRun(mark, 100))[0]!.text.startsWith("Ông nói rằng Nga nhận đạn pháo")).toBe(true);
    }
  }, 30_000);

  it("keys and ranks a run-on article in linear time: no sentence is longer than a quote may be", () => {
    const keys = growth([8_000, 128_000], (size) => splitSentences(runOn(size)).map((s) => keyWords(s.text)));
    expect(keys.ratio, `keys: ${keys.times} ms`).toBeLessThanOrEqual(keys.bound);
    const ranked = growth([8_000, 128_000], (size) => rankCheckWorthy(splitSentences(runOn(size))));
    expect(ranked.ratio, `check-worthy: ${ranked.times} ms`).toBeLessThanOrEqual(ranked.bound);
  }, 30_000);

  it("cuts a run-on text at spaces, losing no word, each piece anchored where it stands", () => {
    const body = runOn(20_000);
    const sentences = splitSentences(body);
    expect(sentences.length).toBeGreaterThan(9);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(body.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(sentences.flatMap((s) => words(s.text))).toEqual(words(body));
  });

  it("cuts a run with no space at the limit, never inside a surrogate pair", () => {
    const body = `Mở đầu ${"😀".repeat(3_100)}`; // 7 + 6,200 UTF-16 units, the pairs straddling every even limit
    const sentences = splitSentences(body);
    expect(sentences.length).toBe(4);
    expect(sentences.map((s) => s.text).join("") === body).toBe(true);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it("leaves ordinary sentences as they were", () => {
    const body = "Nga bác bỏ cáo buộc. Ông Kim nói: “Không!” Mỹ cho biết… 1.000 quả đạn đã được chuyển đi.\n\nĐoạn hai ở đây rồi.";
    expect(splitSentences(body).map((s) => s.text)).toEqual(["Nga bác bỏ cáo buộc.", "Ông Kim nói: “Không!”", "Mỹ cho biết…", "1.000 quả đạn đã được chuyển đi.", "Đoạn hai ở đây rồi."]);
  });
});
