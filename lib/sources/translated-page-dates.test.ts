// Date lines of pages read through a browser's translation: the labels of Korean, Japanese and Chinese pages translated
// word for word ("입력" → "Đầu vào" / "Input", "수정" → "Sửa đổi", "송고" → "Thời gian gửi"), a stamp with its source after
// it ("… 来源：新华社" → "… Nguồn: Tân Hoa Xã"), and North Korea's Juche year with the common era's in brackets.
import { describe, expect, it } from "vitest";
import { commonEraDate, parseDateLine } from "./dates";
import { isUpdateLine, readDateLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const at = (line: string): string | null => readDateLine(line)?.publishedAt ?? null;

describe("translated date labels", () => {
  it.each([
    ["Đầu vào 2026.12.04 (21:15)", "2026-12-04T21:15"],
    ["Đầu vào 2026.12.04. 21:15", "2026-12-04T21:15"],
    ["Input 2026-12-04 21:15", "2026-12-04T21:15"],
    ["Article input 2026.12.04 21:15", "2026-12-04T21:15"],
    ["Thời gian gửi 2026-12-04 21:15", "2026-12-04T21:15"],
    ["Thông báo 2026/12/04 21:15", "2026-12-04T21:15"],
    ["Announced 2026/12/04 21:15", "2026-12-04T21:15"],
  ])("reads %s as the publication", (line, want) => {
    expect(at(line)).toBe(want);
    expect(isUpdateLine(line)).toBe(false);
  });

  it.each(["Sửa đổi 2026.12.04 (21:42)", "Sửa đổi 2026-12-04 21:32", "Chỉnh sửa 2026.12.04 22:03", "Modified 2026-12-04 21:40"])("reads %s as an update", (line) => {
    expect(isUpdateLine(line)).toBe(true);
  });

  it("leaves words that only begin like a label alone", () => {
    // "Sửa đổi" opens a sentence as well: only a date line is an update's
    expect(isUpdateLine("Sửa đổilớn")).toBe(false);
    expect(at("Thông báo của Bộ Ngoại giao ngày 4/12/2026 nêu rõ lập trường của Việt Nam về vấn đề này.")).toBeNull();
    expect(at("Đầu vào của nhà máy tăng 12% trong năm 2026")).toBeNull();
  });

  it("reads a stamp with its source after it, in Chinese or translated", () => {
    expect(at("2026-12-04 21:15:08 Nguồn: Tân Hoa Xã")).toBe("2026-12-04T21:15");
    expect(at("2026-12-04 21:15:08 来源：新华社")).toBe("2026-12-04T21:15");
    expect(at("2026-12-04 21:15 Source: Xinhua")).toBe("2026-12-04T21:15");
    // a source line with no clock before it is no stamp
    expect(at("Nguồn: Tân Hoa Xã 2026")).toBeNull();
  });

  it("takes the first publication of a translated Korean header, not the modification", () => {
    const body = [
      "Ngoại trưởng Nga Sergei Lavrov đã đến Bình Nhưỡng vào ngày 3 tháng 12 và hội đàm với Bộ trưởng Ngoại giao Choe Son Hui, chuyến thăm thứ hai của ông trong năm nay.",
      "Hai bên đã thảo luận về việc thực hiện hiệp ước đối tác và chuẩn bị cho chuyến thăm Moscow của Chủ tịch Kim Jong Un, dự kiến diễn ra vào mùa xuân năm sau.",
    ];
    const text = ["Ngoại trưởng Nga Lavrov thăm Bình Nhưỡng", "Sửa đổi 2026.12.05 (09:10)", "Đầu vào 2026.12.04 (21:15)", "Phóng viên Choi Hyun-woo", ...body].join("\n");
    expect(parseImport(decodeImportFile(Buffer.from(text), "x.txt"), "x.txt")[0]?.publishedAt).toMatch(/^2026-12-04T21:15/);
  });
});

describe("a Juche-year date", () => {
  it.each([
    ["주체115(2026)년 12월 4일 금요일", "2026-12-04"],
    ["Juche 115 (2026) ngày 4 tháng 12, thứ Sáu", "2026-12-04"],
    ["Juche 115 (2026), December 4, Friday", "2026-12-04"],
    ["Juche 115 (2026) 4 December", "2026-12-04"],
  ])("reads %s as the common era's day", (line, want) => {
    expect(parseDateLine(line)?.publishedAt).toBe(want);
    expect(readDateLine(line)?.publishedAt).toBe(want);
  });

  it("leaves other lines, and a bracketed year with no day, as they are", () => {
    expect(commonEraDate("Juche 115 (2026)")).toBe("Juche 115 (2026)");
    expect(commonEraDate("Tư tưởng Juche (2026) và thời đại")).toBe("Tư tưởng Juche (2026) và thời đại");
    expect(parseDateLine("Juche 115 (2026) là năm kỷ niệm")).toBeNull();
    expect(commonEraDate(`Juche 1 (2026) ${"x".repeat(5000)}`)).toContain("Juche");
  });
});
