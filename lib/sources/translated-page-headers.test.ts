// The header of a foreign page copied through a browser's translation: a menu of long entries copied above the
// headline ("Quân đội và công nghiệp quốc phòng" between "Kinh tế" and "Tin tức mới nhất"), whose entries are no
// headline; a short headline that stands outside a menu keeps its place. And its writer: "Reporter Lee Ji-hoon",
// "Seoul = Takahashi Kenji", "Olena Kovalenko — UP", a lead's "[Seoul = Nakamura Ken]" or "(Phóng viên Zhang Wei)".
import { describe, expect, it } from "vitest";
import { leadWriter, readByline } from "./layout-model";
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

describe("a foreign page's writer, printed or translated", () => {
  it.each([
    ["Reporter Lee Ji-hoon", "Lee Ji-hoon"],
    ["Phóng viên báo Kim Chol", "Kim Chol"],
    ["Seoul = Takahashi Kenji", "Takahashi Kenji"],
    ["[Seoul = Nakamura Ken]", "Nakamura Ken"],
    ["【Moscow = Sato Yuki】", "Sato Yuki"],
    ["Olena Kovalenko — UP", "Olena Kovalenko"],
    ["Ivan Petrov – RBC", "Ivan Petrov"],
  ])("reads %s as %s", (line, name) => {
    expect(readByline(line)).toBe(name);
  });

  it.each(["(Seoul = Yonhap News)", "Seoul = Yonhap", "Russia — DPRK", "Tumangang = the last station before Russia on the line", "Reporter"])("reads no writer in %s", (line) => {
    expect(readByline(line)).toBeNull();
  });

  it.each([
    ["[Seoul = Nakamura Ken] Ngoại trưởng Nga Sergei Lavrov đã đến Bình Nhưỡng vào ngày 3 tháng 12.", "Nakamura Ken"],
    ["Tân Hoa Xã, Moscow, ngày 4 tháng 12 (Phóng viên Zhang Wei) Ngoại trưởng Nga Sergei Lavrov đã đến Bình Nhưỡng.", "Zhang Wei"],
    ["Xinhua, Moscow, Dec. 4 (Reporter Zhang Wei) -- Russian Foreign Minister Sergei Lavrov arrived in Pyongyang.", "Zhang Wei"],
    // (a Korean wire's bracketed dateline names its reporter before the "=", as Newsis's "[Seoul=Newsis] Phóng viên X =")
    ["(Seoul = Yonhap News) Phóng viên Lee Ji-hoon = Cơ quan Tình báo Quốc gia ngày 4 đã báo cáo.", "Lee Ji-hoon"],
  ])("reads the writer in the lead %s", (lead, name) => {
    expect(leadWriter(lead)).toBe(name);
  });

  it.each([
    "Ông Kim (phóng viên Reuters) cho biết Bình Nhưỡng đã chuyển thêm đạn pháo.",
    "Moscow, ngày 4 tháng 12 (TASS) - Duma Quốc gia Nga đã phê chuẩn hiệp định.",
    `${"Ab ".repeat(40)}(Phóng viên Zhang Wei) x`,
  ])("reads no writer in the lead %s", (lead) => {
    expect(leadWriter(lead)).toBeNull();
  });

  it("names the writer of a translated Chinese dispatch", () => {
    const body = [
      "Tân Hoa Xã, Moscow, ngày 4 tháng 12 (Phóng viên Zhang Wei) Ngoại trưởng Nga Sergei Lavrov đã đến Bình Nhưỡng vào ngày 3 tháng 12 và hội đàm với Bộ trưởng Ngoại giao Choe Son Hui.",
      "Hai bên đã thảo luận về việc thực hiện hiệp ước đối tác và chuẩn bị cho chuyến thăm Moscow của Chủ tịch Kim Jong Un, dự kiến diễn ra vào mùa xuân năm sau.",
    ];
    const parsed = parseImport(decodeImportFile(Buffer.from(["Ngoại trưởng Nga tới thăm Triều Tiên", "2026-12-04 21:15:08 Nguồn: Tân Hoa Xã", ...body].join("\n")), "x.txt"), "x.txt")[0]!;
    expect(parsed.author).toBe("Zhang Wei");
    expect(parsed.publishedAt).toMatch(/^2026-12-04T21:15/);
  });
});
