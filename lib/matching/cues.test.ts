import { describe, expect, it } from "vitest";
import { cuesOf, rankCheckWorthy } from "./cues";

const kinds = (text: string) => [...new Set(cuesOf(text).map((c) => c.kind))].sort();

describe("check-worthiness cues", () => {
  it("finds attribution verbs, in Vietnamese and English", () => {
    for (const verb of ["cho biết", "tuyên bố", "khẳng định", "bác bỏ", "phủ nhận", "cáo buộc", "cam kết"]) expect(kinds(`Bộ Ngoại giao ${verb} rằng hai nước hợp tác`)).toContain("attribution");
    for (const verb of ["said", "denied", "accused", "pledged"]) expect(kinds(`The ministry ${verb} that the two countries cooperate`)).toContain("attribution");
  });

  it("counts quantities but not dates", () => {
    expect(kinds("Triều Tiên đã chuyển 1.000 container sang Nga")).toContain("quantity");
    expect(kinds("Nga cần hai triệu quả đạn")).toContain("quantity");
    expect(kinds("Hai ông gặp nhau hôm 13/9 năm 2023")).not.toContain("quantity");
    expect(kinds("Ngày 12/09/2023, ông Kim đến Nga")).not.toContain("quantity");
  });

  it("does not read Triều Tiên as a quantity (triệu folds to trieu)", () => {
    expect(kinds("Triều Tiên và Nga hợp tác")).toEqual([]);
  });

  it("finds named weapons and treaty articles", () => {
    expect(kinds("Nga có thể giúp Triều Tiên phát triển tên lửa Hwasong")).toContain("weapon");
    expect(kinds("Điều này vi phạm nghị quyết 2397 của Hội đồng Bảo an")).toContain("treaty");
  });

  it("ranks sentences with more kinds of cues first and leaves out questions and cue-less sentences", () => {
    const ranked = rankCheckWorthy([
      { text: "Thời tiết ở Vladivostok hôm đó khá đẹp và trời nắng nhẹ suốt buổi chiều." },
      { text: "Liệu Nga có cung cấp tên lửa cho Triều Tiên hay không, các nhà phân tích cho biết?" },
      { text: "Bộ Quốc phòng cho biết Triều Tiên đã chuyển 1.000 container đạn pháo sang Nga." },
      { text: "Ông Peskov cho biết hai nhà lãnh đạo đã có cuộc trò chuyện thân mật." },
    ]);
    expect(ranked.map((r) => r.text.slice(0, 14))).toEqual(["Bộ Quốc phòng ", "Ông Peskov cho"]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it("reads no amount in a date written with a month name, nor dollars in \"đó là\", nor a treaty body in the National Security Council", () => {
    const kinds = (text: string) => cuesOf(text).map((c) => `${c.kind}:${c.words}`);
    expect(kinds("Kim arrived in Russia on Sept. 12 and met Putin the following day")).toEqual([]);
    expect(kinds("the shipments took place between October 7 and Oct. 1")).toEqual([]);
    expect(kinds("Bộ Quốc phòng gọi đó là tin đồn")).not.toContain("quantity:đô la");
    expect(kinds("khoản viện trợ 5 triệu đô la")).toContain("quantity:đô la");
    expect(kinds("National Security Council spokesman John Kirby")).not.toContain("treaty:security council");
    expect(kinds("a UN Security Council resolution")).toContain("treaty:security council");
    expect(kinds("about one million artillery shells")).toContain("quantity:1000000");
    expect(kinds("nearly 500 containers")).toContain("quantity:500");
  });

  it("shows each cue's words as the sentence writes them, diacritics and all, once per phrase however it is written", () => {
    const shown = (text: string) => cuesOf(text).map((c) => `${c.kind}:${c.words}`);
    expect(shown("Ông Kirby cho biết Nga đã dùng máy bay không người lái của Iran")).toEqual(["attribution:cho biết", "weapon:máy bay không người lái"]);
    expect(shown("Bộ Quốc phòng BÁC BỎ tin này, rồi lại bác bỏ lần nữa")).toEqual(["attribution:bác bỏ"]);
  });

  it("reads whether as a hedge: a sentence that asks whether is no checkable statement", () => {
    expect(rankCheckWorthy([{ text: "Whether the shells work as intended is another matter entirely." }])).toEqual([]);
  });
});

