// A writer's name alone right below a date printed under the lead (RFI's Safari copy: headline, picture, standfirst,
// "Đăng ngày: …", "Minh Anh", text): the author, out of the text (metadata.ts belowLeadDate). A picture's short caption
// there is still a caption, and words that are no name stay the text's.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";

const HEAD = ["Châu Á", "", "Thượng đỉnh Putin - Kim lần ba: Bình Nhưỡng muốn biến chiến tranh thành cam kết lâu dài", "", "Theo nhiều nguồn tin ngoại giao, Putin và Kim Jong Un có thể gặp nhau tại Vladivostok vào mùa xuân năm 2027.", "", "Đăng ngày: 05/12/2026 - 10:12", ""];
const PARAS = [
  "Hội nghị thượng đỉnh giữa Vladimir Putin và Kim Jong Un, theo nhiều nguồn tin ngoại giao, có thể diễn ra tại Vladivostok vào mùa xuân năm tới.",
  "Về phía Matxcơva, Triều Tiên vẫn là nguồn cung đạn pháo và nhân lực mà Nga khó tìm được ở nơi khác, theo các nhà phân tích.",
];
const copy = (...below: string[]) => parseImport(`${[...HEAD, ...below, ...PARAS.flatMap((p) => [p, ""])].join("\n")}\n`, "t.txt")[0];

describe("a name alone right below the date under the lead", () => {
  it("is the author, and out of the text", () => {
    const parsed = copy("Minh Anh", "");
    expect(parsed?.author).toBe("Minh Anh");
    expect(parsed?.body).not.toMatch(/^Minh Anh$/m);
    expect(parsed?.publishedAt).toMatch(/^2026-12-05T10:12/);
  });

  it("is no author when it is a sub-heading's words", () => {
    const parsed = copy("Bối cảnh mới", "");
    expect(parsed?.author).toBeNull();
  });

  it("leaves the text's paragraphs whole when no name stands there", () => {
    const parsed = copy();
    expect(parsed?.author).toBeNull();
    for (const p of PARAS) expect(parsed?.body).toContain(p);
  });
});
