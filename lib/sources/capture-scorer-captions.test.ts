// The capture scorer's test of a caption left in the body (capture-accuracy.ts captionLeftInBody): a body block that
// is the caption, with at most its credit, is a caption left in the text; the caption's words recurring inside a
// longer paragraph are not.
import { describe, expect, it } from "vitest";
import { captionLeftInBody } from "./capture-accuracy";
import { foldForMatch } from "./normalize";

const fold = (s: string): string => foldForMatch(s);
const check = (caption: string, blocks: string[]): boolean => captionLeftInBody(fold(caption), fold(blocks.join("\n")), blocks.map(fold));

describe("captionLeftInBody", () => {
  const para = "Tổng thống Ukraine Volodymyr Zelensky ngày 4-12 cho biết quân đội nước này đã bắt giữ thêm hai binh sĩ Triều Tiên trong giao tranh tại khu vực giáp ranh tỉnh Kursk của Nga.";

  it("is true for a block that is the caption, bare or with its credit", () => {
    expect(check("Tổng thống Ukraine Volodymyr Zelensky.", [para, "Tổng thống Ukraine Volodymyr Zelensky."])).toBe(true);
    expect(check("Tổng thống Ukraine Volodymyr Zelensky.", [para, "Tổng thống Ukraine Volodymyr Zelensky. Ảnh: REUTERS"])).toBe(true);
    expect(check("North Korean soldiers at a parade", ["North Korean soldiers at a parade KCNA via REUTERS / Handout"])).toBe(true);
  });

  it("is false when the caption's words only recur inside a longer paragraph", () => {
    expect(check("Tổng thống Ukraine Volodymyr Zelensky.", [para])).toBe(false);
    expect(check("Đạn pháo cỡ 152mm.", ["Chính phủ Ukraine ngày 4.12 công bố danh sách 27 doanh nghiệp Nga và Triều Tiên mà Kiev cho là liên quan đến việc sản xuất và vận chuyển đạn pháo cỡ 152mm cho quân đội Nga."])).toBe(false);
  });

  it("is false when the body does not hold the caption at all", () => {
    expect(check("Quang cảnh cuộc hội đàm.", [para])).toBe(false);
  });

  it("counts text found in the body but in none of its blocks as left", () => {
    expect(captionLeftInBody(fold("Quang cảnh cuộc hội đàm."), fold(`${para} Quang cảnh cuộc hội đàm.`), [fold(para)])).toBe(true);
  });
});
