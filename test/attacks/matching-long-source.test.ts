// A source's body may hold 2,000,000 characters (22,000 sentences). Matching keyed all its sentences in one go (7 s),
// and the reader's margin ranked them in one go (7 s more) and compared each with every suggestion and appearance,
// all on the thread that answers every request: any reader opening such a source stalled the whole site.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/matching/sentences";
import { keyWords } from "@/lib/matching/keywords";
import { rankCheckWorthy } from "@/lib/matching/cues";
import { eachYielding, mapYielding } from "@/lib/matching/yielding";
import { overlapTest } from "@/lib/matching/suggestions";

const SENTENCE = "Ông Kim nói rằng Moscow nhận 1.000 quả đạn pháo từ Bình Nhưỡng, Nga bác bỏ cáo buộc này. ";
const longBody = (chars: number) => SENTENCE.repeat(Math.ceil(chars / SENTENCE.length));

describe("matching a long source", () => {
  it("keys its sentences in slices: other work runs in between, and the keys are the same", async () => {
    const sentences = splitSentences(longBody(80_000));
    let turns = 0;
    const timer = setInterval(() => turns++, 1);
    const keyed = await mapYielding(sentences, (s) => keyWords(s.text), 5);
    clearInterval(timer);
    expect(turns).toBeGreaterThan(0);
    expect(keyed).toEqual(sentences.map((s) => keyWords(s.text)));
  });

  it("yields nothing and loses nothing on a short one", async () => {
    const seen: number[] = [];
    await eachYielding([3, 1, 2], (n, i) => seen.push(n * 10 + i));
    expect(seen).toEqual([30, 11, 22]);
  });

  it("ranks check-worthy sentences slice by slice exactly as all at once", () => {
    const body = Array.from({ length: 900 }, (_, i) => [
      `Bộ Quốc phòng Mỹ cáo buộc Triều Tiên đã chuyển ${i} container đạn dược cho Nga theo hiệp ước.`,
      `Trời hôm nay đẹp và mọi người đi dạo trong công viên số ${i} rất đông.`,
      `Theo nguồn tin, có thể ${i} tên lửa đã được bàn giao cho Moscow vào tuần trước.`,
    ][i % 3]).join(" ");
    const sentences = splitSentences(body);
    const whole = rankCheckWorthy(sentences);
    const sliced = [0, 200, 400, 600, 800].flatMap((from) => rankCheckWorthy(sentences.slice(from, from + 200))).sort((a, b) => b.score - a.score);
    expect(whole.length).toBeGreaterThan(300);
    expect(sliced.map((s) => s.start)).toEqual(whole.map((s) => s.start));
  });

  it("tells a sentence that overlaps a known span as the pairwise check does, in n log n", () => {
    const spans = Array.from({ length: 400 }, (_, i) => ({ start: (i * 37) % 5000, end: ((i * 37) % 5000) + 1 + (i % 90) }));
    const overlaps = overlapTest(spans);
    for (let start = 0; start < 5100; start += 7) {
      for (const length of [1, 5, 40]) {
        const s = { start, end: start + length };
        expect(overlaps(s), `${start}+${length}`).toBe(spans.some((k) => k.start < s.end && k.end > s.start));
      }
    }
    expect(overlapTest([])({ start: 0, end: 10 })).toBe(false);
    // 22,000 sentences against as many known spans: no pairwise pass.
    const many = Array.from({ length: 22_000 }, (_, i) => ({ start: i * 100, end: i * 100 + 90 }));
    const test = overlapTest(many);
    expect(many.filter((s) => !test({ start: s.start + 91, end: s.start + 99 }))).toHaveLength(22_000);
  });
});
