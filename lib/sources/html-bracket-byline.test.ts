// A saved page whose author element prints a credit in brackets ("(TTXVN/Vietnam+)", "(Theo Reuters)") names no one:
// the credit is read as the text's credit line (html.ts bylineLine), and a person's name there is still the author.
import { describe, expect, it } from "vitest";
import { decodeImportFile, parseImport } from "./parse-import";

const PARAS = [
  "Theo phóng viên TTXVN tại Moskva, ngày 4/12, Phó Thủ tướng Nga và Bộ trưởng Kinh tế đối ngoại Triều Tiên đã đồng chủ trì phiên họp lần thứ 12 của Ủy ban liên chính phủ.",
  "Hai bên ký kết các văn kiện về mở rộng tuyến vận tải đường sắt Khasan - Rajin, hợp tác trong lĩnh vực y tế và đào tạo lao động tại Viễn Đông.",
  "Phó Thủ tướng Nga cho biết kim ngạch thương mại song phương năm 2026 ước tăng gần gấp ba so với năm trước, song không công bố con số cụ thể.",
];
const page = (author: string): string =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nga và Triều Tiên họp Ủy ban liên chính phủ</title><meta property="article:published_time" content="2026-12-04T23:10:00+07:00"></head><body><article><h1>Nga và Triều Tiên họp Ủy ban liên chính phủ</h1><div class="article__body">${PARAS.map((p) => `<p>${p}</p>`).join("")}<p class="article__author">${author}</p></div></article></body></html>`;
const parse = (html: string) => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "page.html"), "page.html")[0];

describe("a credit in brackets in a saved page's author element", () => {
  it("names the agency and no author", () => {
    const parsed = parse(page("(TTXVN/Vietnam+)"));
    expect(parsed?.author).toBeNull();
    expect(parsed?.agency).toBe("TTXVN");
    const theo = parse(page("(Theo Reuters)"));
    expect(theo?.author).toBeNull();
    expect(theo?.agency).toBe("Reuters");
  });

  it("while a person's name there is still the author", () => {
    expect(parse(page("Hồng Nhung"))?.author).toBe("Hồng Nhung");
  });
});
