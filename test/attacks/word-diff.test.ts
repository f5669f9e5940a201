// A correction's diff is shown word by word, on the public claim history and on the desk beside an open correction (an
// editor's proposal, before any review). The word diff's time grew with the text's length times its changes: two
// unrelated 20,000-character rationales took 5 s of the server's one thread on every view of either page.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WordDiff } from "@/app/components/revision-diff";
import { bestTime } from "@/lib/sources/pathological";

const WORDS = "Nga Triều Tiên Bình Nhưỡng Moscow đạn pháo tên lửa hiệp ước chuyển giao bác bỏ cáo buộc quan chức nói rằng tuần trước".split(" ");
/** `count` words drawn by a fixed sequence from `seed`: two seeds give two unrelated texts. */
const text = (seed: number, count: number) => {
  let s = seed;
  return Array.from({ length: count }, () => WORDS[(s = (s * 48_271) % 2_147_483_647) % WORDS.length]).join(" ");
};
const render = (before: string, after: string) => renderToStaticMarkup(WordDiff({ before, after }));

describe("the word diff of a rewritten rationale", () => {
  it("takes time linear in the texts' length however much was rewritten", () => {
    const time = (count: number) => bestTime(() => render(text(7, count), text(11, count)), 2);
    time(300);
    const [small, large] = [time(300), time(3_000)];
    expect(large, `${small.toFixed(0)} ms for 300 words, ${large.toFixed(0)} ms for 3,000`).toBeLessThan(30 * Math.max(small, 5));
  }, 60_000);

  it("shows a few changed words as such, and a rewrite as the old text struck out and the new one whole", () => {
    const before = text(7, 2_000);
    const words = before.split(" ");
    words[1_000] = "thay-đổi";
    const small = render(before, words.join(" "));
    expect(small.match(/<ins>/g)).toHaveLength(1);
    expect(small).toContain("<ins>thay-đổi</ins>");
    const after = text(11, 2_000);
    expect(render(before, after)).toBe(`<p class="diff"><del>${before}</del><ins>${after}</ins></p>`);
  });
});
