// The address a saver wrote into a page it saved whole (Chrome's "saved from url" mark, SingleFile's header comment):
// the article's url when the page's head names none.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";
import { htmlToImportText, savedMarkAddress } from "./html";

const VI_URL = "https://vi.example.vn/the-gioi/tau-hang-mua-dong-vladivostok-rajin-38217.html";
const EN_URL = "https://news.example.com/world/seoul-tokyo-washington-warn-moscow/";
const body = (title: string, paras: string[]): string =>
  `<body><h1>${title}</h1><div class="date">02/12/2026 10:05</div><div class="content">${paras.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
const VI_PARAS = [
  "Tuyến tàu hàng mùa đông nối Vladivostok với cảng Rajin đã chạy chuyến đầu tiên ngày 2/12, chở than, phân bón và bột mì.",
  "Đường sắt Viễn Đông cho biết mỗi tuần sẽ có hai chuyến, đi qua cầu Hữu Nghị trên sông Tumen, với thời gian vận chuyển khoảng 30 giờ.",
];
const EN_PARAS = [
  "The foreign ministers of South Korea, Japan and the United States said on Thursday they were deeply concerned about transfers of technology.",
  "Their joint statement urged Moscow to abide by United Nations Security Council resolutions and to stop the transfers at once.",
];
const chromeMark = (url: string): string => `<!DOCTYPE html>\n<!-- saved from url=(${String(url.length).padStart(4, "0")})${url} -->\n`;
const singleFile = (url: string): string => `<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n url: ${url} \n saved date: Thu Dec 03 2026 22:40:09 GMT+0900\n-->`;

describe("the address a saver wrote into the page", () => {
  it("reads Chrome's mark on a Vietnamese page saved as Webpage, Complete, with no canonical", () => {
    const html = `${chromeMark(VI_URL)}<html lang="vi"><head><title>Tàu hàng mùa đông chạy chuyến đầu tiên</title></head>${body("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", VI_PARAS)}`;
    expect(parseImport(htmlToImportText(html, "x.html"), "x.html")[0]?.url).toBe(VI_URL);
  });

  it("reads SingleFile's header comment on an English page", () => {
    const html = `${singleFile(EN_URL)}<head><title>Seoul, Tokyo and Washington warn Moscow</title></head>${body("Seoul, Tokyo and Washington warn Moscow over technology", EN_PARAS)}`;
    expect(parseImport(htmlToImportText(html, "x.html"), "x.html")[0]?.url).toBe(EN_URL);
  });

  it("prefers the page's own canonical over the mark", () => {
    const own = "https://news.example.com/canonical-story/";
    const html = `${singleFile(EN_URL)}<head><link rel="canonical" href="${own}"><title>Seoul warns Moscow</title></head>${body("Seoul, Tokyo and Washington warn Moscow over technology", EN_PARAS)}`;
    expect(parseImport(htmlToImportText(html, "x.html"), "x.html")[0]?.url).toBe(own);
  });

  it("takes no mark whose length disagrees, none saved from a file, and none far down the page", () => {
    expect(savedMarkAddress(`<!-- saved from url=(0012)${VI_URL} -->`)).toBeNull();
    expect(savedMarkAddress("<!-- saved from url=(0022)file:///C:/page.html -->")).toBeNull();
    expect(savedMarkAddress(`<html><body>${"<p>x</p>".repeat(600)}<!-- saved from url=(${String(EN_URL.length).padStart(4, "0")})${EN_URL} --></body></html>`)).toBeNull();
    expect(savedMarkAddress(`<!-- a comment naming url: ${EN_URL} -->`)).toBeNull();
  });
});
