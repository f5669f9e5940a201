import { describe, expect, it } from "vitest";
import { excerpt, highlight, queryTerms } from "./highlight";

const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe("highlight", () => {
  it("folds queries into words: diacritics, case and punctuation ignored, đ as d", () => {
    expect(queryTerms("  Triều TIÊN, kim jong-un  Đạn ")).toEqual(["trieu", "tien", "kim", "jong", "un", "dan"]);
  });

  it("marks the original words whatever the diacritics, at word starts only", () => {
    const segments = highlight("Triều Tiên cung cấp đạn dược cho Nga", queryTerms("trieu tien dan"));
    expect(marked(segments)).toEqual(["Triều", "Tiên", "đạn"]);
    expect(segments.map((s) => s.text).join("")).toBe("Triều Tiên cung cấp đạn dược cho Nga");
    expect(marked(highlight("Nga gửi lính", ["ga"]))).toEqual([]);
  });

  it("marks a prefix of a word and merges overlapping terms", () => {
    expect(marked(highlight("Sân bay Vũ trụ Vostochny", ["vost"]))).toEqual(["Vost"]);
    expect(highlight("Kim Jong Un", ["kim", "kim jong"])).toEqual([
      { text: "Kim Jong", match: true },
      { text: " Un", match: false },
    ]);
  });

  it("keeps markup as text: segments carry characters, never HTML", () => {
    const segments = highlight("<script>alert(1)</script> Nga", ["nga"]);
    expect(segments).toEqual([
      { text: "<script>alert(1)</script> ", match: false },
      { text: "Nga", match: true },
    ]);
  });

  it("cuts a long text around the first match", () => {
    const text = `${"mở đầu ".repeat(60)}Triều Tiên gửi đạn pháo ${"kết thúc ".repeat(60)}`;
    const segments = excerpt(text, ["trieu"], 120);
    const joined = segments.map((s) => s.text).join("");
    expect(joined.length).toBeLessThanOrEqual(126);
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.endsWith(" …")).toBe(true);
    expect(marked(segments)).toEqual(["Triều"]);
  });
});
