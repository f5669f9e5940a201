// The Vietnamese desk's ordinary stream (blind corpus 66): the lines its pages print around the story, family by
// family, each with its near misses.
import { describe, expect, it } from "vitest";
import { isFurnitureLine, isTagRow, isTailMarker } from "./clean";
import { isCaptionLine, isSection } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Đoàn xe tải chở hàng đầu tiên đã chạy thử qua cây cầu đường bộ bắc qua sông Tumen nối Khasan của Nga với Tumangang của Triều Tiên sáng 9/9.";
const VI2 = "Theo chính quyền vùng Primorye, đoàn gồm 12 xe chở phân bón, dầu thực vật và phụ tùng máy nông nghiệp, mất chưa đầy hai giờ để hoàn tất thủ tục tại cửa khẩu.";
const EN1 = "The first convoy of cargo trucks crossed the new road bridge over the Tumen River between Russia's Khasan and North Korea's Tumangang on Wednesday morning.";
const EN2 = "Primorye officials said the 12 trucks carried fertilizer, vegetable oil and farm machinery parts, and cleared the border post in under two hours.";
const parse = (lines: string[], name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(`${lines.join("\n")}\n`), name), name)[0];

describe("a paper's header lines", () => {
  it("takes a menu run together after the home label as a section line however long it runs", () => {
    const menu = "Trang chủ Thời sự Thế giới Kinh tế Xã hội Pháp luật Văn hóa Thể thao";
    expect(menu.length).toBeGreaterThan(60);
    expect(isSection(menu)).toBe(true);
    expect(isSection("Home World Business Politics Technology Sports Health Culture Science Opinion")).toBe(true);
    // a headline opening with the home label goes on in words no menu holds
    expect(isSection("Trang chủ của báo bị tin tặc tấn công trong đêm, nhiều bài viết về Triều Tiên bị thay đổi")).toBe(false);
    const a = parse(["Báo Hải Đăng", "Thứ Ba, 08/09/2026", menu, "Thế giới  /  Châu Á - Thái Bình Dương", "Xe tải đầu tiên qua cầu sông Tumen", "Thứ Ba, 08/09/2026 - 18:25", VI1, VI2]);
    expect(a?.title).toBe("Xe tải đầu tiên qua cầu sông Tumen");
    expect(a?.body).not.toContain("Thế giới");
  });

  it("takes a trail between spaced slashes as a section line when it opens at a known section", () => {
    expect(isSection("Thế giới / Châu Á - Thái Bình Dương")).toBe(true);
    expect(isSection("World / Asia Pacific")).toBe(true);
    // a headline with a slash opens at no section, and a date is no label
    expect(isSection("Nga / Triều Tiên ký hiệp định mới")).toBe(false);
    expect(isSection("Thế giới / 2 giờ trước")).toBe(false);
  });
});

describe("a caption in square brackets", () => {
  it("is a caption when its words inside are one, its credit included", () => {
    expect(isCaptionLine("[Đoàn xe tải làm thủ tục tại cửa khẩu Khasan sáng 9/9 - Ảnh: Primorye24]")).toBe(true);
    expect(isCaptionLine("[Trucks wait at the Khasan border post. Photo: Reuters]")).toBe(true);
    const a = parse(["Tạp chí Vận tải", "Xe tải đầu tiên qua cầu sông Tumen", "09-09-2026 | 20:10", VI1, "[Đoàn xe tải làm thủ tục tại cửa khẩu Khasan sáng 9/9 - Ảnh: Primorye24]", VI2]);
    expect(a?.captions).toEqual(["[Đoàn xe tải làm thủ tục tại cửa khẩu Khasan sáng 9/9 - Ảnh: Primorye24]"]);
    expect(a?.body).toBe(`${VI1}\n\n${VI2}`);
  });

  it("is not when the bracket holds an editor's note with no credit", () => {
    expect(isCaptionLine("[Cập nhật lúc 10:00 ngày 9/9 với phản ứng của Điện Kremlin]")).toBe(false);
    expect(isCaptionLine("[NHẠC]")).toBe(false);
  });
});

describe("a site's language switch", () => {
  it("is furniture, in any order of the languages", () => {
    for (const line of ["Tiếng Việt | English", "English / Tiếng Việt / 中文", "Tiếng Việt | English | 한국어"]) expect(isFurnitureLine(line), line).toBe(true);
    const a = parse(["Hanoi Chronicle", "Tiếng Việt | English", "Trucks cross the new Tumen bridge", "September 08, 2026 | 09:40 pm GMT+7", EN1, EN2], "page.txt");
    expect(a?.captions).toEqual([]);
    expect(a?.body).toBe(`${EN1}\n\n${EN2}`);
  });

  it("but a line naming a language in a phrase is none", () => {
    for (const line of ["English lessons | Tiếng Việt online", "Tiếng Việt", "Tiếng Việt và tiếng Anh trong trường học"]) expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("a box of stories on the topic under the text", () => {
  it("ends the text, and the tags run together on the line above it go with it", () => {
    expect(isTailMarker("Đọc thêm về chủ đề này")).toBe(true);
    expect(isTailMarker("Xem thêm cùng chủ đề")).toBe(true);
    expect(isTagRow("Triều Tiên Nga Hàn Quốc Vũ khí")).toBe(true);
    const a = parse(["Radio Nordica Tiếng Việt", "Xe tải đầu tiên qua cầu sông Tumen", "Đăng ngày: 12/09/2026 - 14:10", VI1, VI2, "Triều Tiên Nga Hàn Quốc Vũ khí", "Đọc thêm về chủ đề này", "Nga - Triều Tiên: Cây cầu qua sông Tumen và tham vọng Viễn Đông"]);
    expect(a?.body).toBe(`${VI1}\n\n${VI2}`);
  });

  it("leaves a credit or a name above the box alone", () => {
    for (const line of ["With reporting by Daniel McConnell", "Reporting by Grace Holloway", "Nguyễn Thị Minh Anh", "Xin cảm ơn ông", "Bài và ảnh Minh Anh"]) expect(isTagRow(line), line).toBe(false);
    const a = parse(["Some Radio", "Trucks cross the new Tumen bridge", "September 9, 2026", EN1, EN2, "Reporting by Grace Holloway", "More from The World Today", "Another programme's item"], "page.txt");
    expect(a?.author).toBe("Grace Holloway");
  });
});

describe("the Vietnamese wire's name alone under the text", () => {
  it("credits the wire, by either of its names", () => {
    for (const [foot, lines] of [["VNA", [EN1, EN2]], ["TTXVN", [VI1, VI2]]] as const) {
      const a = parse(["Some Site", "Trucks cross the new Tumen bridge", "Wednesday, September 9, 2026 17:05", ...lines, foot, "Tags: Russia, North Korea"]);
      expect(a?.agency, foot).toBe("TTXVN");
    }
  });

  it("but a site's own initials alone there are no wire", () => {
    const a = parse(["Some Site", "Trucks cross the new Tumen bridge", "Wednesday, September 9, 2026 17:05", EN1, EN2, "VNS", "Tags: Russia, North Korea"]);
    expect(a?.agency).toBeNull();
  });
});

describe("a reporter left unnamed over the stamp", () => {
  it("is the byline as printed, as it is under the text", () => {
    for (const credit of ["PV", "Nhóm PV", "P.V."]) {
      const a = parse(["Báo Phố Núi", "Du lịch", "Nga tăng chuyến bay Vladivostok - Bình Nhưỡng", credit, "11:05 | 11/09/2026", VI1, VI2]);
      expect(a?.author, credit).toBe(credit);
    }
  });

  it("but the words spelt out, or other capitals, name no one", () => {
    for (const line of ["Nhóm phóng viên", "PVN", "PV GAS"]) {
      const a = parse(["Báo Phố Núi", "Du lịch", "Nga tăng chuyến bay Vladivostok - Bình Nhưỡng", line, "11:05 | 11/09/2026", VI1, VI2]);
      expect(a?.author, line).toBeNull();
    }
  });
});

describe("a phone's top bar over a wire's copy", () => {
  const WIRE1 = `SEOUL (Reuters) - ${EN1}`;

  it("names the site between its buttons, and the site that credits the wire under the text is the outlet", () => {
    for (const bar of ["Menu  Mekong Herald  Search", "☰ Mekong Herald"]) {
      const a = parse([bar, "WORLD", "Trucks cross the new Tumen bridge", "Sep 12, 2026 - 6:15 PM", WIRE1, EN2, "Source: Reuters", "Share  Facebook  X  Email"]);
      expect(a?.outlet, bar).toBe("Mekong Herald");
      expect(a?.agency, bar).toBe("Reuters");
    }
  });

  it("but a bar around a section names no site, and the site's bar over the wire's dateline makes it the outlet without a credit", () => {
    const a = parse(["Menu  World  Search", "Trucks cross the new Tumen bridge", "Sep 12, 2026 - 6:15 PM", WIRE1, EN2, "Source: Reuters"]);
    expect(a?.outlet).not.toBe("World");
    const b = parse(["Menu  Mekong Herald  Search", "WORLD", "Trucks cross the new Tumen bridge", "Sep 12, 2026 - 6:15 PM", WIRE1, EN2, "Share  Facebook  X  Email"]);
    expect(b?.outlet).toBe("Mekong Herald");
    expect(b?.agency).toBe("Reuters");
  });
});
