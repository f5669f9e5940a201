// A Vietnamese public body of a place whose name the page sets only in capitals ("CÔNG AN TỈNH KHÁNH HÒA", "ĐÀI PHÁT
// THANH - TRUYỀN HÌNH HÀ TĨNH"): the outlet in running case, as the corpora's manifests write such bodies (the kind's
// words as the body writes them, the place's kind in small letters, the place a capital per syllable). Forms written
// for these tests, with the near misses that stay in capitals.
import { describe, expect, it } from "vitest";
import { one, text, VI } from "@/test/family-parse";
import { placeBodyInRunningCase } from "./outlet-clues";

const portal = (top: string): string => text(top, "Trang chủ", "Tin tức", "Hàn Quốc quan ngại việc Triều Tiên cử thêm nhân lực tới Nga", "18/06/2025 09:40", ...VI);

describe("a public body of a place set in capitals", () => {
  it("is named in running case, the place's kind small and the place a capital per syllable", () => {
    expect(one(portal("CÔNG AN TỈNH KHÁNH HÒA")).outlet).toBe("Công an tỉnh Khánh Hòa");
    expect(one(portal("CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM")).outlet).toBe("Cổng thông tin điện tử quận Hoàn Kiếm");
    expect(placeBodyInRunningCase("ĐÀI PHÁT THANH - TRUYỀN HÌNH HÀ TĨNH")).toBe("Đài Phát thanh - Truyền hình Hà Tĩnh");
    expect(placeBodyInRunningCase("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÀ RỊA - VŨNG TÀU")).toBe("Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu");
    expect(placeBodyInRunningCase("CỔNG GIAO TIẾP ĐIỆN TỬ THÀNH PHỐ HÀ NỘI")).toBe("Cổng giao tiếp điện tử thành phố Hà Nội");
    expect(placeBodyInRunningCase("ĐẠI SỨ QUÁN VIỆT NAM TẠI HÀN QUỐC")).toBe("Đại sứ quán Việt Nam tại Hàn Quốc");
  });
  it("keeps in capitals a name whose rest is no place, and names in other forms", () => {
    for (const name of ["TẠP CHÍ THANH TRA", "BÁO CÔNG AN NGHỆ AN", "CỔNG THÔNG TIN ĐIỆN TỬ BỘ NGOẠI GIAO", "VĂN PHÒNG CHỦ TỊCH NƯỚC", "CÔNG AN TP.HCM", "VTV4", "BBC NEWS"]) {
      expect(placeBodyInRunningCase(name)).toBe(name);
    }
    expect(one(portal("TẠP CHÍ THANH TRA")).outlet).toBe("TẠP CHÍ THANH TRA");
  });
  it("takes the page's own mixed-case form first", () => {
    expect(one(`${portal("CÔNG AN TỈNH KHÁNH HÒA")}© Bản quyền thuộc Công An Tỉnh Khánh Hòa\n`).outlet).toBe("Công An Tỉnh Khánh Hòa");
  });
});
