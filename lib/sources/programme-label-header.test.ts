// A broadcaster's header: the programme's label with its day over the item ("Thời sự 19h - 17/11/2026") is no stamp of
// the page, and its menu copied as one line ("Trang chủ Thời sự Truyền hình Phát thanh Video") is no headline.
import { describe, expect, it } from "vitest";
import { isSection } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một phái đoàn Duma Quốc gia Nga do Phó Chủ tịch Duma dẫn đầu đã tới Bình Nhưỡng sáng 17/11 trong chuyến thăm ba ngày.";
const VI2 = "Truyền thông Triều Tiên cho biết hai bên nhất trí tổ chức phiên họp đầu tiên của nhóm nghị sĩ này tại Moskva vào mùa xuân năm 2027.";
const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a broadcaster's header", () => {
  it("reads the page's stamp under the headline, not the programme's hour in its label above", () => {
    const a = parse(["Thời sự 19h - 17/11/2026", "Phái đoàn Duma Quốc gia Nga thăm Triều Tiên", "17/11/2026 20:05", "", VI1, "", VI2, ""].join("\n"));
    expect(a?.publishedAt).toBe("2026-11-17T20:05");
    expect(a?.title).toBe("Phái đoàn Duma Quốc gia Nga thăm Triều Tiên");
  });

  it("still reads a paper's name and its stamp after a dash, which names no programme", () => {
    const a = parse(["Phái đoàn Duma Quốc gia Nga thăm Triều Tiên", "Tạp chí Hữu nghị - 17/11/2026", "", VI1, "", VI2, ""].join("\n"));
    expect(a?.publishedAt?.slice(0, 10)).toBe("2026-11-17");
  });

  it("takes a menu run together after the home label as a section line, not the headline", () => {
    for (const line of ["Trang chủ Thời sự Truyền hình Phát thanh Video", "Trang chủ Thời sự Thế giới Kinh tế Đời sống", "Home News World Business"]) expect(isSection(line), line).toBe(true);
    for (const line of ["Trang chủ của đài truyền hình bị tấn công mạng", "Home News Network wins award", "Trang chủ Thời sự"]) expect(isSection(line), line).toBe(false);
    const a = parse(["Đài Phát thanh - Truyền hình Hồng Lĩnh", "Trang chủ Thời sự Truyền hình Phát thanh Video", "Phái đoàn Duma Quốc gia Nga thăm Triều Tiên", "17/11/2026 20:05", VI1, VI2, ""].join("\n"));
    expect(a?.title).toBe("Phái đoàn Duma Quốc gia Nga thăm Triều Tiên");
  });
});
