// A saved page's date where neither JSON-LD, Open Graph nor a <time> gives it: a Dublin Core header ("DC.date.issued",
// as Plone and other CMSs write it) and a date printed in an element named by its id ("<span id=story_date>"), beside
// the credit in the byline (html.ts dateFinder, dublinCoreIssued).
import { describe, expect, it } from "vitest";
import { decodeImportFile, parseImport } from "./parse-import";

const PARAS = [
  "Một nhóm nghiên cứu độc lập tại Anh hôm 4/12 công bố báo cáo cho biết ít nhất 14 tàu chở hàng đã tắt thiết bị định vị khi di chuyển giữa hai cảng.",
  "Theo báo cáo, phân tích ảnh vệ tinh cho thấy các container được chất lên tàu có kích thước tương tự loại dùng để chở đạn pháo trong các chuyến trước.",
  "Đại sứ quán Nga ở London chưa trả lời yêu cầu bình luận về báo cáo này, theo nhóm nghiên cứu.",
];
const page = (head: string, byline: string): string =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo: 14 tàu hàng tắt định vị</title>${head}</head><body><div id="content"><h1>Báo cáo: 14 tàu hàng tắt định vị</h1>${byline}<div id="storytext">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div></div></body></html>`;
const dateOf = (html: string): string | null => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "page.html"), "page.html")[0]?.publishedAt ?? null;

describe("a Dublin Core date and a date named by its element's id", () => {
  it("reads DC.date.issued and dcterms.issued, the name in any case", () => {
    expect(dateOf(page('<meta name="DC.date.issued" content="2026-12-04">', ""))).toMatch(/^2026-12-04/);
    expect(dateOf(page('<meta name="dcterms.issued" content="2026-12-04T09:30:00+07:00">', ""))).toMatch(/^2026-12-04T09:30/);
    expect(dateOf(page('<meta name="DC.Date.Issued" content="2026-12-04">', ""))).toMatch(/^2026-12-04/);
  });

  it("prefers the issue date to a creation date or a bare DC.date, and never takes the modification date", () => {
    expect(dateOf(page('<meta name="DC.date" content="2026-12-01"><meta name="DC.date.issued" content="2026-12-04">', ""))).toMatch(/^2026-12-04/);
    expect(dateOf(page('<meta name="DC.date.modified" content="2026-12-05">', ""))).toBeNull();
  });

  it("reads a date printed in an element whose id names it, beside the byline's credit", () => {
    expect(dateOf(page("", '<div id="story_byline"><span>RFA</span> <span id="story_date">2026.12.04</span></div>'))).toMatch(/^2026-12-04/);
  });

  it("takes the time the page prints on the header's day, a publication line before an update's, never another day's", () => {
    const dc = '<meta name="DC.date" content="2026-12-05">';
    expect(dateOf(page(dc, '<div class="info"><span class="date-news">Ngày cập nhật 05/12/2026 - 09:45</span></div>'))).toBe("2026-12-05T09:45");
    expect(dateOf(page(dc, '<div class="info"><span class="date">Cập nhật 05/12/2026 11:20</span> <span class="date">Đăng lúc 05/12/2026 08:10</span></div>'))).toBe("2026-12-05T08:10");
    expect(dateOf(page(dc, '<div class="info"><span class="date">04/12/2026 - 21:30</span></div>'))).toBe("2026-12-05");
  });
});
