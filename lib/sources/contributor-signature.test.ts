// Tests for a contributor's signature as the writer's line, under the headline or at the text's foot ("Cộng tác viên
// Văn Tùng", "CTV Minh Anh", "Contributor: Jane Doe"): it names the writer, the person without the role's word; a
// sentence of the text that opens with the same words stays text. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { htmlToImportText } from "./html";
import { readByline } from "./layout-model";
import { parseImport } from "./parse-import";

const EN = [
  "The port authority said on Monday that container traffic rose by a fifth in November, driven by exports of fruit and frozen fish.",
  "Officials expect the new terminal to open in March, doubling the number of ships the port can handle at the same time.",
  "Shipping lines have already asked for berths for the first weeks of operation, the authority said in a statement.",
];
const VI = [
  "Lượng cà phê xuất sang Ai Cập tăng mạnh trong năm nay, chủ yếu là cà phê Robusta của Tây Nguyên, theo số liệu của Tổng cục Thống kê.",
  "Các doanh nghiệp cho biết đã nhận thêm nhiều đơn hàng từ Cairo, song phải kiểm tra kỹ đối tác vì nhiều công ty trung gian mới thành lập.",
  "Sở Công Thương khuyến cáo doanh nghiệp chỉ ký hợp đồng với đối tác đã được xác minh và thanh toán qua ngân hàng.",
];
function parse(lang: "en" | "vi", line: string, where: "under the headline" | "at the foot") {
  const [a, b, c] = lang === "en" ? EN : VI;
  const title = lang === "en" ? "Port traffic rises by a fifth" : "Cà phê Việt sang Ai Cập";
  const date = lang === "en" ? "December 3, 2026" : "Thứ Hai, 3/12/2026 10:00";
  const lines = where === "under the headline" ? [title, "", line, "", date, "", a, "", b, "", c] : [title, "", date, "", a, "", b, "", c, "", line];
  return parseImport(lines.join("\n"), "x.txt")[0]!;
}

describe("a contributor's signature", () => {
  const signatures: [string, "en" | "vi", string][] = [
    ["Cộng tác viên Văn Tùng", "vi", "Văn Tùng"],
    ["CTV Minh Anh", "vi", "Minh Anh"],
    ["CTV: Minh Anh", "vi", "Minh Anh"],
    ["Cộng tác viên: Văn Tùng", "vi", "Văn Tùng"],
    ["Contributor: Jane Doe", "en", "Jane Doe"],
  ];
  for (const where of ["under the headline", "at the foot"] as const) {
    it.each(signatures)(`names the writer without the role's word (${where}): %s`, (line, lang, name) => {
      const parsed = parse(lang, line, where);
      expect(parsed.author).toBe(name);
      expect(parsed.body).not.toContain(line);
    });
  }

  it("the reporters' team left unnamed signs as printed", () => {
    expect(parse("vi", "Nhóm PV", "at the foot").author).toBe("Nhóm PV");
  });

  it.each(["Cộng tác viên Văn Tùng", "CTV Minh Anh"])("reads as a byline alone: %s", (line) => expect(readByline(line)).toBe(line.replace(/^(?:Cộng tác viên|CTV)\s/u, "")));
});

describe("the same words that sign no one", () => {
  it.each([
    ["Cộng tác viên của báo cho biết giá cà phê đã tăng gấp đôi trong tháng qua.", "vi"],
    ["Cộng tác viên Văn Tùng cho biết giá cà phê đã tăng gấp đôi trong tháng qua.", "vi"],
  ] as const)("a sentence of the text stays text: %s", (line, lang) => {
    for (const where of ["under the headline", "at the foot"] as const) {
      const parsed = parse(lang, line, where);
      expect(parsed.body).toContain(line);
      expect(parsed.author).toBeNull();
    }
  });

  it.each(["Contributor: Reuters", "Contributors: Jane Doe, Tom Lee", "Contributing: Jane Doe", "CTV News"])("no writer: %s", (line) => {
    expect(parse("en", line, "at the foot").author).toBeNull();
  });
});

describe("a saved page's author field or signed foot", () => {
  const page = (byline: string, foot: string): string =>
    `<!DOCTYPE html><html><head><title>Cà phê Việt sang Ai Cập</title><meta property="og:site_name" content="Báo Mẫu"></head><body><article><h1>Cà phê Việt sang Ai Cập</h1>${byline}<time datetime="2026-12-03T10:00:00+07:00">03/12/2026</time><p>${VI[0]}</p><p>${VI[1]}</p>${foot}</article></body></html>`;
  it.each([
    ["Cộng tác viên Văn Tùng", "Văn Tùng"],
    ["CTV Minh Anh", "Minh Anh"],
    ["Contributor: Jane Doe", "Jane Doe"],
    ["CTV: Minh Anh", "Minh Anh"],
  ])("names the writer without the role's word: %s", (sig, name) => {
    for (const html of [page(`<div class="author">${sig}</div>`, ""), page("", `<p style="text-align:right"><strong>${sig}</strong></p>`)]) {
      const parsed = parseImport(htmlToImportText(html, "x.html"), "x.html")[0]!;
      expect(parsed.author).toBe(name);
      expect(parsed.body).not.toContain(sig);
    }
  });
});
