// A picture's caption above its credit alone on the next line ("North Korean soldiers at a parade in Pyongyang" /
// "KCNA via REUTERS"), right under a line that stops without a full stop (a standfirst printed without one, once the
// byline and date between them are cut, in a copy with one newline between all its lines): the caption is a block of
// its own, read as the picture's caption, never the end of the standfirst. Near misses: a line above that stops on a
// comma (a sentence going on), and a line of two sentences above the credit, keep their paragraph.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { cleanArticle } from "./clean";

const lines = (...l: string[]): string => `${l.join("\n")}\n`;

describe("a caption over its credit under an unfinished line", () => {
  it("is a caption of its own in an English copy", () => {
    const parsed = one(text("Cargo volumes rise at the harbour", "The board expects a second wharf to open in April", "Ana Ruiz", "3 December 2026", "A container ship at the harbour's first wharf", "Jim Watson/AFP via Getty Images", ...EN));
    expect(parsed.captions.some((c) => c.startsWith("A container ship at the harbour's first wharf"))).toBe(true);
    expect(parsed.body).toContain("The board expects a second wharf to open in April");
    expect(parsed.body).not.toContain("April A container ship");
  });

  it("is a caption of its own in a Vietnamese copy's lines", () => {
    const cleaned = cleanArticle(lines("Nhiều nhà vườn lo lắng vì giá giảm gần một nửa so với tháng trước", "Nông dân thu hoạch sầu riêng tại huyện Cai Lậy", "Ảnh: Reuters/Kim Hong-Ji", ...VI));
    expect(cleaned.captions.some((c) => c.startsWith("Nông dân thu hoạch sầu riêng tại huyện Cai Lậy"))).toBe(true);
    expect(cleaned.body).toContain("Nhiều nhà vườn lo lắng vì giá giảm gần một nửa so với tháng trước");
    expect(cleaned.body).not.toContain("tháng trước Nông dân");
  });

  it("leaves a sentence going on past a comma, and two sentences, in their paragraph", () => {
    const comma = cleanArticle(lines("The board said on Tuesday that cargo volumes rose by a quarter in the year to November,", "Led by timber and dairy exports, the harbour had its best year", "Jim Watson/AFP via Getty Images", ...EN));
    expect(comma.body).toContain("November, Led by timber");
    const two = cleanArticle(lines("The board expects a second wharf to open in April", "Ships wait. The board has asked for more cranes", "Jim Watson/AFP via Getty Images", ...EN));
    expect(two.captions.some((c) => c.startsWith("Ships wait."))).toBe(false);
  });
});

describe("a finished paragraph of the story over the writer's own picture credit", () => {
  const LAST_VI = "Chính phủ Nga cho biết sẽ xem xét mở rộng chương trình vào năm sau.";
  const LAST_EN = "The board said it would review the figures again next year.";

  it("stays the text's last paragraph, never the picture's caption (vi, en)", () => {
    const vi = cleanArticle(lines(...VI, LAST_VI, "Ảnh: Minh Anh"), { writer: "Minh Anh" });
    expect(vi.captions).toEqual([]);
    expect(vi.body.split("\n\n").at(-1)).toBe(LAST_VI);
    const en = cleanArticle(lines(...EN, LAST_EN, "Photo: Jane Marsh"), { writer: "Jane Marsh and Tom Reed" });
    expect(en.captions).toEqual([]);
    expect(en.body.split("\n\n").at(-1)).toBe(LAST_EN);
  });

  it("is a caption when it names its picture, stops without a full stop, or the credit is another's", () => {
    for (const [caption, credit, writer] of [
      ["Công nhân Triều Tiên tại một công trường ở Vladivostok (ảnh chụp năm 2024).", "Ảnh: Minh Anh", "Minh Anh"],
      ["Bộ trưởng Lao động Nga (phải) tiếp đoàn đại biểu Triều Tiên.", "Ảnh: Minh Anh", "Minh Anh"],
      ["Công nhân Triều Tiên tại một công trường ở Vladivostok", "Ảnh: Minh Anh", "Minh Anh"],
      [LAST_VI, "Ảnh: Hoàng Dũng", "Minh Anh"],
      ["Dock workers at the north terminal, pictured on Tuesday.", "Photo: Jane Marsh", "Jane Marsh"],
    ] as const)
      expect(cleanArticle(lines(...(writer === "Jane Marsh" ? EN : VI), caption, credit), { writer }).captions.some((c) => c.startsWith(caption)), caption).toBe(true);
  });
});

describe("a finished caption over the writer's own picture credit inside the story", () => {
  it("stays the picture's caption when the text goes on below the credit", () => {
    const caption = "Lễ xuất hàng tại kho của doanh nghiệp ở phường Tân Thành.";
    const cleaned = cleanArticle(lines(VI[0], caption, "Ảnh: Minh Anh", VI[1], VI[2]), { writer: "Minh Anh" });
    expect(cleaned.captions.some((c) => c.startsWith(caption))).toBe(true);
  });
});
