// The header of a foreign page copied through a browser's translation: a menu of long entries copied above the
// headline ("Quân đội và công nghiệp quốc phòng" between "Kinh tế" and "Tin tức mới nhất"), whose entries are no
// headline; a short headline that stands outside a menu keeps its place.
import { describe, expect, it } from "vitest";
import { decodeImportFile, parseImport } from "./parse-import";

const VI = [
  "MOSCOW, ngày 4 tháng 12. /TASS/. Duma Quốc gia Nga ngày 4 tháng 12 đã phê chuẩn hiệp định tương trợ tư pháp trong các vấn đề hình sự với Cộng hòa Dân chủ Nhân dân Triều Tiên.",
  "Văn kiện quy định thủ tục dẫn độ, chuyển giao người bị kết án và trao đổi chứng cứ. Theo Bộ Tư pháp Nga, hiệp định sẽ có hiệu lực sau khi hai bên trao đổi thư phê chuẩn.",
];
const parse = (lines: string[]) => parseImport(decodeImportFile(Buffer.from(lines.join("\n")), "x.txt"), "x.txt")[0]!;
const HEADLINE = "Duma Quốc gia phê chuẩn hiệp định với CHDCND Triều Tiên về tương trợ tư pháp trong các vụ án hình sự";

describe("a menu's long entry above the headline", () => {
  it("is no headline: the line under the date is", () => {
    const parsed = parse(["TASS", "Chính trị", "Thế giới", "Kinh tế", "Quân đội và công nghiệp quốc phòng", "Tin tức mới nhất", "Chính trị", "Ngày 4 tháng 12 năm 2026, 21:15", HEADLINE, "Văn kiện được ký tại Bình Nhưỡng vào tháng 6", ...VI]);
    expect(parsed.title).toBe(HEADLINE);
  });

  it("leaves a short headline under the menu its place when a byline or date stands below it", () => {
    const parsed = parse(["TASS", "Chính trị", "Thế giới", "Kinh tế", "Lavrov tới Bình Nhưỡng", "Ngày 4 tháng 12 năm 2026, 21:15", ...VI]);
    expect(parsed.title).toBe("Lavrov tới Bình Nhưỡng");
  });

  it("leaves a long headline under the menu its place whatever stands below it", () => {
    const parsed = parse(["Asahi Shimbun Digital", "Chính trị", "Quốc tế", "Xã hội", "Hàn Quốc: Triều Tiên chuyển thêm 1,2 triệu viên đạn pháo cho Nga, cơ quan tình báo báo cáo", "Seoul = Takahashi Kenji", "Ngày 4 tháng 12 năm 2026 lúc 21:15", ...VI]);
    expect(parsed.title).toBe("Hàn Quốc: Triều Tiên chuyển thêm 1,2 triệu viên đạn pháo cho Nga, cơ quan tình báo báo cáo");
  });
});
