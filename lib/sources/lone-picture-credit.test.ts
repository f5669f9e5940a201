// Tests for a picture's credit alone on its line between two paragraphs of the text ("Ảnh: Reuters", "Photo: AP",
// "Photograph: Kim Hong-Ji/Reuters", "AFP via Getty Images"): the picture's, never words of the text nor a caption of
// its own, whether the copy parts its paragraphs with a blank line or one newline, or is a saved page; and the text's
// sentences that tell what pictures showed, which stay in the text. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { htmlToImportText } from "./html";
import { parseImport, type ParsedSource } from "./parse-import";

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

type Form = "blank line" | "one newline" | "saved page";
function parse(form: Form, lang: "en" | "vi", middle: string): ParsedSource {
  const [a, b, c] = lang === "en" ? EN : VI;
  const title = lang === "en" ? "Port traffic rises by a fifth" : "Cà phê Việt sang Ai Cập";
  if (form === "saved page") {
    const html = `<!DOCTYPE html><html><head><title>${title}</title><meta property="og:site_name" content="Port Weekly"></head><body><article><h1>${title}</h1><time datetime="2026-12-03T10:00:00Z">Dec 3, 2026</time><p>${a}</p><p>${middle}</p><p>${b}</p><p>${c}</p></article></body></html>`;
    return parseImport(htmlToImportText(html, "x.html"), "x.html")[0]!;
  }
  const sep = form === "blank line" ? [""] : [];
  const head = [title, "", lang === "en" ? "December 3, 2026" : "Thứ Hai, 3/12/2026 10:00", ""];
  return parseImport([...head, a, ...sep, middle, ...sep, b, ...sep, c].join("\n"), "x.txt")[0]!;
}
const FORMS: Form[] = ["blank line", "one newline", "saved page"];

describe("a picture's credit alone between two paragraphs", () => {
  const credits: [string, "en" | "vi"][] = [
    ["Ảnh: Reuters", "vi"],
    ["Ảnh: TTXVN", "vi"],
    ["Photo: AP", "en"],
    ["Photograph: Kim Hong-Ji/Reuters", "en"],
    ["AFP via Getty Images", "en"],
    ["Photo: Reuters", "vi"],
    ["Photo by AP", "en"],
    ["Photos by Jane Doe/Reuters", "en"],
    ["REUTERS/Kim Hong-Ji", "en"],
    ["Getty Images", "en"],
    ["Nguồn ảnh: Getty Images", "vi"],
  ];
  for (const form of FORMS) {
    it.each(credits)(`is the picture's, not the text's nor a caption (${form}): %s`, (credit, lang) => {
      const parsed = parse(form, lang, credit);
      expect(parsed.body).not.toContain(credit);
      expect(parsed.captions).not.toContain(credit);
      for (const para of lang === "en" ? EN : VI) expect(parsed.body).toContain(para);
    });
  }
});

describe("a sentence of the text that tells what pictures showed", () => {
  const sentences: [string, "en" | "vi"][] = [
    ["Photos released by KCNA showed the leader at the port.", "en"],
    ["Satellite images reviewed by analysts showed that two new berths were built.", "en"],
    ["Ảnh chụp vệ tinh cho thấy khu vực cảng đã mở rộng đáng kể so với năm ngoái.", "vi"],
    ["Hình ảnh công bố cho thấy rằng nhà máy vẫn hoạt động.", "vi"],
    ["Photo by photo, the exhibition traces the port's growth over a century.", "en"],
  ];
  for (const form of FORMS) {
    it.each(sentences)(`stays in the text (${form}): %s`, (sentence, lang) => {
      const parsed = parse(form, lang, sentence);
      expect(parsed.body).toContain(sentence);
      expect(parsed.captions).toEqual([]);
    });
  }

  it.each([
    "Ảnh chụp vệ tinh cho thấy cảng Rajin ngày 3/12.",
    "Ảnh chụp tàu chở dầu tại cảng Nakhodka ngày 2/12.",
  ])("a caption that says what its picture shows is still one: %s", (caption) => {
    const parsed = parse("blank line", "vi", caption);
    expect(parsed.captions.join(" ")).toContain(caption);
    expect(parsed.body).not.toContain(caption);
  });
});

describe("a paragraph of the text that reports, over a credit", () => {
  const REPORTED = "Theo Tổng cục Thống kê, lượng cà phê xuất sang Ai Cập tăng mạnh trong năm nay, chủ yếu là cà phê Robusta.";
  const SAID = "Container traffic rose by a fifth in November, driven by exports of fruit, the port authority said.";
  for (const form of ["blank line", "one newline"] as const) {
    it.each([
      [REPORTED, "Ảnh: Reuters", "vi"],
      [REPORTED, "(Ảnh minh họa: Getty)", "vi"],
      [SAID, "Photo: AP", "en"],
    ] as const)(`stays text; the credit alone is the picture's (${form}): %s / %s`, (para, credit, lang) => {
      const [, b, c] = lang === "en" ? EN : VI;
      const title = lang === "en" ? "Port traffic rises by a fifth" : "Cà phê Việt sang Ai Cập";
      const sep = form === "blank line" ? [""] : [];
      const parsed = parseImport([title, "", lang === "en" ? "December 3, 2026" : "Thứ Hai, 3/12/2026 10:00", "", para, ...sep, credit, ...sep, b, ...sep, c].join("\n"), "x.txt")[0]!;
      expect(parsed.body).toContain(para);
      expect(parsed.body).not.toContain(credit);
      expect(parsed.captions).toEqual([]);
    });
  }

  it("a short caption over its credit between paragraphs is still the caption", () => {
    const caption = "Tàu cập bến sáng 10/4 tại cảng Cái Lân.";
    const parsed = parse("blank line", "vi", `${caption}\n\nẢnh: Hoàng Dũng`);
    expect(parsed.captions.join(" ")).toContain(caption);
    expect(parsed.body).not.toContain(caption);
  });
});

describe("a credit over its caption, as a broadcaster's page prints it", () => {
  it("the short line below the credit, with no full stop, is still the caption", () => {
    const caption = "Vladimir Putin and Kim Jong Un at the Vostochny cosmodrome in 2023";
    const parsed = parse("blank line", "en", `Getty Images\n\n${caption}`);
    expect(parsed.captions.join(" ")).toContain(caption);
    expect(parsed.body).not.toContain(caption);
    for (const para of EN) expect(parsed.body).toContain(para);
  });
});
