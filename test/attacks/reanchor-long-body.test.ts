// An editor corrects a long source's text: every quote of it is found again (lib/anchoring/reanchor.ts), and a quote
// whose words changed was searched for, approximately, through the whole body, on the server's thread. A
// 2,000-character quote in a 2,000,000-character body took 26 s, once per such quote, on every edit: an editor could
// stall the desk and the public site for minutes with one save. The search for an edited quote is now bounded, and
// still finds it near its old place or where its context is.
import { describe, expect, it } from "vitest";
import { reanchor } from "@/lib/anchoring/reanchor";
import { describeAnchor } from "@/lib/anchoring/selectors";
import { bestTime } from "@/lib/sources/pathological";

const WORDS = "Nga Triều Tiên Bình Nhưỡng Moscow đạn pháo tên lửa hiệp ước chuyển giao bác bỏ cáo buộc quan chức giấu tên nói rằng tuần trước container cảng Rajin biên giới vệ tinh hình ảnh cho thấy đoàn tàu".split(" ");
/** `size` characters of sentences of words drawn by a fixed sequence: no two passages alike, as in real text. */
const bodyOf = (size: number) => {
  let seed = 7;
  const next = () => (seed = (seed * 48_271) % 2_147_483_647);
  const parts: string[] = [];
  for (let length = 0; length < size; ) {
    const sentence = `${Array.from({ length: 12 }, () => WORDS[next() % WORDS.length]).join(" ")} đạn pháo ${next() % 10_000}. `;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join("");
};
/** The quote's words with a few changed (a corrected spelling in each sentence): found only approximately. */
const edited = (text: string) => text.replaceAll("đạn pháo", "đạn phao");

function quoteAt(body: string, start: number, length: number) {
  return describeAnchor(body, start, start + length);
}

describe("finding an edited quote again in a long body", () => {
  it("costs about the same in a body ten times longer", () => {
    const time = (size: number) => {
      const body = bodyOf(size);
      const anchor = quoteAt(body, 100_000, 2_000);
      const changed = body.slice(0, 100_000) + edited(body.slice(100_000, 102_000)) + body.slice(102_000);
      let status = "";
      const ms = bestTime(() => (status = reanchor(changed, anchor).status), 2);
      expect(status).toBe("fuzzy");
      return ms;
    };
    time(200_000); // warm the JIT
    const [small, large] = [time(200_000), time(2_000_000)];
    expect(large, `${small.toFixed(0)} ms at 200,000 characters, ${large.toFixed(0)} ms at 2,000,000`).toBeLessThan(4 * Math.max(small, 20));
  }, 60_000);

  it("finds it where its context now is, far from its old place, and an unedited quote anywhere", () => {
    const body = bodyOf(2_000_000);
    const anchor = quoteAt(body, 1_500_000, 2_000);
    // 40,000 characters of new text before it, and its words edited: its prefix, still before it, leads to it.
    const inserted = edited(body.slice(1_500_000, 1_502_000));
    const changed = body.slice(0, 40_000) + "Đoạn mới. ".repeat(4_000) + body.slice(40_000, 1_500_000) + inserted + body.slice(1_502_000);
    const result = reanchor(changed, anchor);
    expect(result.status).toBe("fuzzy");
    expect(changed.slice(result.anchor!.position.start, result.anchor!.position.end)).toBe(inserted);

    const unedited = body.slice(0, 10_000) + "Đoạn mới. ".repeat(50_000) + body.slice(10_000);
    const found = reanchor(unedited, anchor);
    expect(found.status).toBe("quote");
    expect(unedited.slice(found.anchor!.position.start, found.anchor!.position.end)).toBe(body.slice(1_500_000, 1_502_000));
  }, 60_000);

  it("scores only the nearest of a quote's many exact occurrences, and picks the one at its old place", () => {
    const body = "Nga nhận đạn pháo. ".repeat(100_000);
    const anchor = quoteAt(body, 19 * 50_000, 19);
    const result = reanchor(`x${body}`, anchor);
    expect(result.status).not.toBe("orphaned");
    expect(result.anchor!.position.start).toBe(19 * 50_000 + 1);
  }, 60_000);
});
