// Families of Vietnamese pages relaying foreign reporting (the seventy-ninth corpus's misses), each with the lines that
// look like them and must stay.
import { describe, expect, it } from "vitest";
import { isCaptionLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Khoảng 400 công nhân Triều Tiên đang làm việc tại một nhà máy đóng tàu ở vùng Primorye, theo hình ảnh vệ tinh được công bố hôm thứ Tư.";
const VI2 = "Những người này được cho là nhập cảnh bằng thị thực học nghề và sống trong khu ký túc xá riêng biệt bên trong nhà máy.";
const VI3 = "Ban lãnh đạo nhà máy từ chối bình luận, trong khi Seoul cho rằng việc này vi phạm các nghị quyết của Hội đồng Bảo an.";
const HEADLINE = "Hàng trăm công nhân Triều Tiên làm việc ở nhà máy đóng tàu Nga";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a caption closing on its source after a bar", () => {
  it("is a caption ('… | Nguồn: KCNA', '| Nguồn: Reuters'), never the headline, in a phone copy", () => {
    expect(isCaptionLine("Công nhân Triều Tiên trước khi sang Nga làm việc | Nguồn: KCNA")).toBe(true);
    expect(isCaptionLine("Tàu hàng rời tại cảng Nampo | Nguồn: Reuters")).toBe(true);
    const a = parse(["Báo Lao động Vùng Cao", HEADLINE, "25/11/2026 10:30", "Công nhân Triều Tiên trước khi sang Nga làm việc | Nguồn: KCNA", VI1, VI2, VI3, "Theo Kyodo"].join("\n"));
    expect(a?.title).toBe(HEADLINE);
    expect(a?.captions).toEqual(["Công nhân Triều Tiên trước khi sang Nga làm việc | Nguồn: KCNA"]);
    expect(a?.body).not.toContain("Nguồn: KCNA");
  });
  it("leaves a headline naming a paper as its source, and a line without the bar, alone", () => {
    expect(isCaptionLine("Giá vàng hôm nay tăng mạnh | Nguồn: Báo Lao Động")).toBe(false);
    expect(isCaptionLine("Nguồn: KCNA")).toBe(false);
    expect(isCaptionLine(HEADLINE)).toBe(false);
  });
});
