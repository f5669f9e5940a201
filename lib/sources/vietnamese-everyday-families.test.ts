// Tests for the families the fifty-fifth held-out corpus showed (the Vietnamese everyday stream: trade and ministry
// journals, associations' magazines, universities and the portals of provinces, cities and wards): a masthead in
// capitals longer than five syllables, under the site's date bar or not; a source credited by its address or as its
// electronic edition ("Nguồn: VOV.VN", "Nguồn: Báo điện tử VOV"); a school's or a ministry's office named as a page's
// author; a scholar's unit after a dash in one or two words; a page with no h1 whose <title> opens with the site's
// name; a reader view's site line under the headline; a shared copy's "Tạp chí X - 03/12/2026 20:10" and "Xem bài viết
// tại:" link. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { readByline } from "./layout-model";
import { namesNoWriter } from "./metadata";
import { decodeImportFile, parseImport } from "./parse-import";
import { pastedCopy as copy } from "@/test/pasted-copy";

const VI = [
  "Ngày 2/12, Bộ Công Thương cho biết kim ngạch xuất khẩu nông sản 11 tháng đạt mức cao nhất từ trước tới nay, nhờ nhu cầu tăng mạnh ở các thị trường châu Á.",
  "Theo số liệu của bộ, rau quả và hạt điều là hai mặt hàng đóng góp nhiều nhất, trong khi giá gạo giảm nhẹ so với cùng kỳ năm trước.",
  "Các doanh nghiệp được khuyến nghị theo dõi sát quy định mới về truy xuất nguồn gốc tại các thị trường nhập khẩu lớn.",
];
const page = (html: string) => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "t.html"), "t.html")[0];
const MENU = ["Trang chủ", "Thời sự", "Kinh tế", "Quốc tế"];
const HEADLINE = "Xuất khẩu nông sản 11 tháng đạt mức cao kỷ lục";

describe("a masthead in capitals of six to eight syllables", () => {
  it("reads \"DIỄN ĐÀN VĂN NGHỆ VIỆT NAM\" and \"TẠP CHÍ TÀI NGUYÊN VÀ MÔI TRƯỜNG\" over the menus as the outlet, under a date bar or not", () => {
    const forum = copy("DIỄN ĐÀN VĂN NGHỆ VIỆT NAM", "Liên hiệp các Hội Văn học Nghệ thuật Việt Nam", ...MENU, HEADLINE, "Thứ Năm, 03/12/2026 | 18:45", ...VI);
    expect(forum?.outlet?.toLowerCase()).toBe("diễn đàn văn nghệ việt nam");
    const journal = copy("Thứ Năm, ngày 03/12/2026", "TẠP CHÍ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Đăng nhập", ...MENU, HEADLINE, "03/12/2026 14:20 (GMT+7)", ...VI);
    expect(journal?.outlet?.toLowerCase()).toBe("tạp chí tài nguyên và môi trường");
    expect(journal?.publishedAt).toBe("2026-12-03T14:20+07:00");
    expect(journal?.body).toContain(VI[0]);
  });

  it("spells a paper's capitals as the page writes its name lower down, a last letter of one Latin character and all", () => {
    const p = copy("Thứ Sáu, 04/12/2026", "BÁO QUÂN KHU 9", "Cơ quan của Đảng ủy, Bộ Tư lệnh Quân khu 9", ...MENU, HEADLINE, "04/12/2026 08:35", ...VI, "Ghi rõ nguồn \"Báo Quân khu 9\" khi phát hành lại thông tin từ website này.");
    expect(p?.outlet).toBe("Báo Quân khu 9");
    const east = copy("TẠP CHÍ NGHIÊN CỨU ĐÔNG NAM Á", "ISSN 0868-2739", ...MENU, HEADLINE, "04/12/2026 08:35", ...VI, "Trích dẫn: Tạp chí Nghiên cứu Đông Nam Á, số 12, tr. 3-14.");
    expect(east?.outlet).toBe("Tạp chí Nghiên cứu Đông Nam Á");
  });

  it("keeps a public body over its unit to the unit's reading, and an English line of six words no masthead", () => {
    const ward = copy("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BA ĐÌNH", ...MENU, HEADLINE, "Cập nhật ngày: 05/12/2026", ...VI);
    expect(ward?.outlet?.toLowerCase()).toBe("cổng thông tin điện tử phường ba đình");
    const english = copy("THE FIRST AND LAST PORT NEWS", "Home", "News", "World", "Exports of farm goods reach a record high", "December 3, 2026", ...VI);
    expect(english?.outlet ?? "").not.toBe("THE FIRST AND LAST PORT NEWS");
  });
});

describe("a source credited by its address or as its electronic edition", () => {
  const credited = (line: string) => copy("Báo Tin Tức Miền Tây", "Thế giới", HEADLINE, "05/12/2026 07:20", ...VI, line, "Tin liên quan")?.agency;
  it("reads \"Nguồn: VOV.VN\", \"Nguồn: Báo điện tử VOV\" and \"Theo VnExpress.net\" as the outlet's own name", () => {
    expect(credited("Nguồn: VOV.VN")).toBe("VOV");
    expect(credited("Nguồn: Báo điện tử VOV")).toBe("VOV");
    expect(credited("Theo VnExpress.net")).toBe("VnExpress");
  });
  it("keeps a paper named in another form, an address the lexicon does not know and several sources as credited", () => {
    expect(credited("Theo Báo Lao Động")).toBe("Báo Lao Động");
    expect(credited("Nguồn: TTXVN")).toBe("TTXVN");
    expect(credited("Nguồn: nongsanmoi.vn")).toBe("nongsanmoi.vn");
  });
});

describe("an office named as the author", () => {
  it("names no writer in \"Phòng Truyền thông\", \"Ban Truyền thông và Tuyển sinh\", \"Press Office\", \"Communications Team\"", () => {
    for (const office of ["Phòng Truyền thông", "Ban Truyền thông và Tuyển sinh", "Trung tâm Thông tin", "Phòng Công tác chính trị", "Press Office", "Communications Team", "Office of Public Affairs"]) {
      expect(namesNoWriter(office), office).toBe(true);
    }
  });
  it("still names writers whose names hold such a word", () => {
    for (const name of ["Nguyễn Văn Phòng", "Ban Mai", "Trần Thông Tin", "Phòng Anh", "Media Jones"]) expect(namesNoWriter(name), name).toBe(false);
  });
  it("takes the writer printed over the text when the page's meta author is the office", () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE}</title><meta name="author" content="Phòng Truyền thông"><meta property="og:site_name" content="Trường Đại học Kinh tế Miền Trung"></head><body><div class="item"><h2>${HEADLINE}</h2><dl><dd>Đăng ngày: 04/12/2026</dd></dl><div><p><em>TS. Hoàng Thu Hà - Khoa Kinh tế</em></p>${VI.map((p) => `<p>${p}</p>`).join("")}</div></div></body></html>`;
    expect(page(html)?.author).toBe("TS. Hoàng Thu Hà");
  });
});

describe("a scholar's unit after a dash", () => {
  it("drops a one- or two-word unit after a degree's name", () => {
    expect(readByline("TS. Lê Minh Châu - Khoa Luật")).toBe("TS. Lê Minh Châu");
    expect(readByline("PGS.TS Trần An - Viện Sử học")).toBe("PGS.TS Trần An");
  });
  it("keeps a second writer after a dash when no degree marks a scholar", () => {
    expect(readByline("Minh Anh - Khoa Nguyễn")).not.toBe("Minh Anh");
  });
});

describe("a page with no h1 whose <title> opens with the site's name", () => {
  const body = (headline: string) => `<div class="path">Tin tức - Sự kiện</div><div class="title-news">${headline}</div><div class="date-news">Cập nhật lúc: 16:10 04/12/2026</div>${VI.map((p) => `<p>${p}</p>`).join("")}`;
  it("takes the headline the page prints, dashes and all, and the name before it as the site", () => {
    const headline = "Hợp tác nông nghiệp Việt - Lào bước sang giai đoạn mới";
    const p = page(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Học viện Nông nghiệp Miền Trung - ${headline}</title></head><body>${body(headline)}</body></html>`);
    expect(p?.title).toBe(headline);
    expect(p?.outlet?.toLowerCase()).toBe("học viện nông nghiệp miền trung");
  });
  it("leaves a page with its own h1 to that h1, whatever its <title> holds", () => {
    const headline = "Hợp tác nông nghiệp Việt - Lào bước sang giai đoạn mới";
    const p = page(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Học viện Nông nghiệp Miền Trung - ${headline}</title></head><body><h1>${HEADLINE}</h1>${body(headline)}</body></html>`);
    expect(p?.title).toBe(HEADLINE);
  });
});

describe("a reader view's site line and a shared copy's source line", () => {
  it("reads the journal's name under a reader view's headline as the outlet, out of the text", () => {
    const p = copy("nongsanviet.vn", HEADLINE, "Tạp chí Nông nghiệp và Phát triển Nông thôn", "4 - 5 phút", ...VI);
    expect(p?.outlet).toBe("Tạp chí Nông nghiệp và Phát triển Nông thôn");
    expect(p?.body.startsWith(VI[0] as string)).toBe(true);
  });
  it("keeps a writer's name under a reader view's headline the author", () => {
    const p = copy("nongsanviet.vn", HEADLINE, "Hoàng Minh", "4 - 5 phút", ...VI);
    expect(p?.outlet ?? "").not.toBe("Hoàng Minh");
    expect(p?.body).toContain(VI[0]);
  });
  it("reads \"Tạp chí X - 03/12/2026 20:10\" under a shared headline as the outlet and the stamp, and \"Xem bài viết tại:\" as the link", () => {
    const url = "https://nongsanviet.vn/thi-truong/xuat-khau-nong-san-11-thang-1234.html";
    const p = copy(HEADLINE, "Tạp chí Nông sản Việt - 03/12/2026 20:10", "", ...VI, "", `Xem bài viết tại: ${url}`, "Được chia sẻ từ ứng dụng Nông sản Việt");
    expect(p?.outlet).toBe("Tạp chí Nông sản Việt");
    expect(p?.publishedAt).toBe("2026-12-03T20:10");
    expect(p?.url).toBe(url);
    expect(p?.body).not.toContain("03/12/2026 20:10");
    expect(p?.body).not.toContain(url);
  });
  it("takes no report's label before a date for a paper's name", () => {
    const p = copy(HEADLINE, "Báo cáo tổng hợp - 03/12/2026", ...VI);
    expect(p?.outlet ?? "").not.toContain("Báo cáo");
  });
});
