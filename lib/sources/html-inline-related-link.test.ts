// A related story's link set in a box of its own between a saved page's paragraphs, whatever its class and whatever
// its address (html.ts inlineRelatedLink): furniture. A paragraph that is a link, a box with words beside its link,
// or a link whose words end a sentence stays the text's.
import { describe, expect, it } from "vitest";
import { decodeImportFile, parseImport } from "./parse-import";

const PARAS = [
  "Hình ảnh vệ tinh mới được công bố cho thấy một cầu tàu mới dài khoảng 200 mét đang được xây dựng tại cảng Rajin, gần biên giới với Nga.",
  "Giới phân tích cho rằng cầu tàu có thể phục vụ các tàu chở hàng cỡ lớn của Nga, giúp tăng năng lực vận chuyển hàng hóa giữa hai nước.",
  "Cả Moscow và Bình Nhưỡng đều chưa bình luận về công trình này, theo các hãng tin quốc tế.",
];
const page = (between: string): string =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ảnh vệ tinh hé lộ cầu tàu mới ở cảng Rajin</title><meta property="article:published_time" content="2026-12-05T10:15:00+07:00"></head><body><article><h1>Ảnh vệ tinh hé lộ cầu tàu mới ở cảng Rajin</h1><div class="detail-content"><p>${PARAS[0]}</p><p>${PARAS[1]}</p>${between}<p>${PARAS[2]}</p></div></article></body></html>`;
const body = (between: string): string => parseImport(decodeImportFile(Buffer.from(page(between), "utf8"), "page.html"), "page.html")[0]?.body ?? "";

describe("a related story's link in a box of its own between paragraphs", () => {
  it("is furniture, its address with words or without", () => {
    for (const href of ["https://soha.vn/198261201.htm", "/tau-nga-lien-tuc-ra-vao-cang-rajin-198261201.htm"]) {
      const text = body(`<div class="box-x"><a href="${href}">Tàu Nga liên tục ra vào cảng Rajin</a></div>`);
      expect(text, href).not.toContain("Tàu Nga liên tục");
      for (const p of PARAS) expect(text).toContain(p);
    }
  });

  it("stays the text's as a paragraph that is a link, a box with words beside its link, or a sentence", () => {
    expect(body('<p><a href="https://soha.vn/198261201.htm">Tàu Nga liên tục ra vào cảng Rajin</a></p>')).toContain("Tàu Nga liên tục ra vào cảng Rajin");
    expect(body('<div>Theo báo cáo, <a href="https://example.org/report">tàu Nga liên tục ra vào cảng Rajin</a></div>')).toContain("tàu Nga liên tục ra vào cảng Rajin");
    expect(body('<div><a href="https://example.org/report">Báo cáo cho biết tàu Nga liên tục ra vào cảng Rajin.</a></div>')).toContain("Báo cáo cho biết tàu Nga liên tục ra vào cảng Rajin.");
  });
});
