// A picture's credit printed as RFI prints it after the caption's sentence: the wire or picture service, a dash, the
// photographer's name (layout-model.ts WIRE_DASH_PHOTOGRAPHER). The caption is read as one wherever it stands, above
// the lead too; a sentence with a wire and a dash before lower-case words is no caption.
import { describe, expect, it } from "vitest";
import { isCaptionLine } from "./layout-model";
import { parseImport } from "./parse-import";

describe("a caption whose credit is a wire, a dash and the photographer", () => {
  it("is a caption, the wire bare, after 'via' or after ©", () => {
    for (const line of [
      "Kim Jong Un và Vladimir Putin tại Bình Nhưỡng, ngày 19/06/2024. AP - Gavriil Grigorov",
      "Tổng thống Nga tại Điện Kremlin, ngày 04/12/2026. via Reuters - Maxim Shemetov",
      "Ông Putin tại Kremlin. © Reuters - Sergei Karpukhin",
      "Binh sĩ Triều Tiên diễu hành tại Bình Nhưỡng. AFP - Kim Won Jin",
      "North Korean soldiers march in Pyongyang. (KCNA) EPA - Kim Jae-hwan",
    ])
      expect(isCaptionLine(line), line).toBe(true);
  });

  it("is not a sentence that names a wire before a dash and lower-case words", () => {
    for (const line of ["The report was released on Friday. AP - the agency said so.", "Ông Putin nói với báo giới. AP - một hãng tin Mỹ - cho biết như vậy.", "The report was released on Friday. AP - the agency", "Đoàn tàu đã đến ga. Reuters - hãng tin Anh"]) expect(isCaptionLine(line), line).toBe(false);
  });

  it("comes out as the caption in a Safari copy where it stands above the lead", () => {
    const parsed = parseImport(
      [
        "Châu Á",
        "",
        "Thượng đỉnh Putin - Kim lần ba: Bình Nhưỡng muốn biến chiến tranh Ukraine thành cam kết lâu dài",
        "",
        "Kim Jong Un và Vladimir Putin tại Bình Nhưỡng, ngày 19/06/2024. AP - Gavriil Grigorov",
        "",
        "Theo nhiều nguồn tin ngoại giao, Putin và Kim Jong Un có thể gặp nhau tại Vladivostok vào mùa xuân năm 2027.",
        "",
        "Đăng ngày: 05/12/2026 - 10:12",
        "",
        "Hội nghị thượng đỉnh giữa Vladimir Putin và Kim Jong Un, theo nhiều nguồn tin ngoại giao, có thể diễn ra tại Vladivostok vào mùa xuân năm tới.",
        "",
        "Về phía Matxcơva, Triều Tiên vẫn là nguồn cung đạn pháo và nhân lực mà Nga khó tìm được ở nơi khác, theo các nhà phân tích.",
        "",
      ].join("\n"),
      "t.txt",
    )[0];
    expect(parsed?.captions.join(" ")).toContain("Kim Jong Un và Vladimir Putin tại Bình Nhưỡng, ngày 19/06/2024.");
    expect(parsed?.body).not.toContain("Gavriil Grigorov");
  });
});
