// Vietnamese local, trade, campus, community and video pages (blind corpus 71): the lines they print around the
// story, family by family, each with its near misses.
import { describe, expect, it } from "vitest";
import { isSection } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một phái đoàn của bộ lao động nước láng giềng đã tới thành phố cảng hôm thứ Ba để bàn về việc đưa thêm công nhân xây dựng sang vùng này.";
const VI2 = "Theo chính quyền địa phương, hai bên đã thảo luận về nhà ở, bảo hiểm y tế và thời hạn hợp đồng cho khoảng năm nghìn công nhân.";
const parse = (lines: string[], name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(`${lines.join("\n")}\n`), name), name)[0];

describe("a Vietnamese site's menu run together", () => {
  it("takes labels run together as a menu when known labels open it and hold half its words", () => {
    for (const menu of [
      "Giới thiệu Tin tức - Sự kiện Thủ tục hành chính Văn bản Liên hệ",
      "Trang chủ Thời sự Hàn Quốc Cuộc sống Học tiếng Hàn Podcast",
      "Tin Úc Tin Việt Nam Tin thế giới Đời sống Quảng cáo",
    ])
      expect(isSection(menu), menu).toBe(true);
    // a headline opening with a section's word goes on in a sentence's lower-case words, or names no other label
    for (const headline of [
      "Đời sống người Việt ở Nga khó khăn hơn sau lệnh cấm vận",
      "Thời sự Hàn Quốc tuần này xoay quanh bản án của tòa Seoul",
      "Giới thiệu Luật Đất đai sửa đổi tới bà con phường Long Sơn",
      "Tin tức Triều Tiên Nga Hàn Quốc",
    ])
      expect(isSection(headline), headline).toBe(false);
  });

  it("reads the headline under the site's name and its menu, not the menu", () => {
    const a = parse(["Radio Phương Nam", "Trang chủ Thời sự Hàn Quốc Cuộc sống Học tiếng Hàn Podcast", "Phái đoàn lao động tới thành phố cảng", "Phóng viên: Lê Minh", "13/08/2026 09:00", VI1, VI2]);
    expect(a?.title).toBe("Phái đoàn lao động tới thành phố cảng");
    expect(a?.body).not.toContain("Podcast");
  });
});
