// Tests for a ministry's name at the top of a public body's page: "Bộ" opens one only before its field ("Bộ Ngoại
// giao", "BỘ QUỐC PHÒNG", "Bộ Công Thương"); a unit, a collection, the troops or a minister ("Bộ phận một cửa", "Bộ
// sưu tập", "Bộ đội", "Bộ trưởng") never do. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { institutionMasthead } from "./metadata";

describe("a ministry's name as a masthead", () => {
  it.each(["Bộ Ngoại giao", "BỘ NGOẠI GIAO", "Bộ Quốc phòng", "Bộ Công Thương", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bộ Tư lệnh Thủ đô Hà Nội", "Sở Ngoại vụ tỉnh Cà Mau"])(
    "a ministry or a department before its field is one: %s",
    (line) => expect(institutionMasthead(line)).toBe(true),
  );

  it.each([
    "Bộ phận một cửa",
    "BỘ PHẬN MỘT CỬA",
    "Bộ phận tiếp dân",
    "BỘ PHẬN TIẾP DÂN",
    "Bộ sưu tập ảnh",
    "BỘ SƯU TẬP",
    "Bộ đội Biên phòng tỉnh Kiên Giang",
    "Bộ trưởng Ngoại giao",
    "BỘ TRƯỞNG QUỐC PHÒNG",
    "Bộ máy hành chính",
    "Bộ hồ sơ mẫu",
  ])("a unit, a collection, the troops or a minister is none: %s", (line) => expect(institutionMasthead(line)).toBe(false));
});
