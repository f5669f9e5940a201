// Families of pages a Vietnamese desk meets in the ordinary stream (the seventy-seventh corpus's misses): a foreign
// service's language switch in the languages' own scripts and its broadcaster's menu, a sports site's menu with a
// label glued to a number and its live-score bar; a portal's stamp with its views after a dash, a writer labelled
// before the stamp; an overseas paper's shop advertisements, links to the neighbouring posts with their headlines, a
// tools row ending in "Lưu", a long rights line with its reuse rule; the writer's sign-offs under the text: a compiler
// with the source in brackets, a writer and the wire after a spaced slash, a labelled writer with a note on who they are;
// a department's portal naming itself in its top bar beside "CỔNG THÔNG TIN ĐIỆN TỬ"; a weekly's or a magazine's
// domain spelling its name without its kind; a broadcaster's Vietnamese service printed in full under a short brand. Each with the lines that look like them and must stay.
import { describe, expect, it } from "vitest";
import { classifyLine, domainSpells, isFurniture, isSection, readByline, readDateLine } from "./layout-model";
import { isFurnitureLine } from "./clean";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Cơ quan tình báo Hàn Quốc hôm thứ Sáu cho biết Triều Tiên đã chuyển thêm khoảng một triệu quả đạn pháo cho Nga kể từ mùa hè năm nay.";
const VI2 = "Theo các nghị sĩ dự phiên họp kín, phần lớn số đạn được chở bằng tàu hàng từ cảng Rajin và bằng đường sắt qua sông Tumen.";
const VI3 = "Cơ quan này cũng đánh giá các nhà máy đạn dược của Triều Tiên đang hoạt động hết công suất trong những tháng cuối năm.";
const HEADLINE = "Tình báo Hàn Quốc: Triều Tiên chuyển thêm đạn pháo cho Nga";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a foreign service's language switch and its broadcaster's menu", () => {
  it("are furniture and a section over the service's name, the headline below them", () => {
    for (const bar of ["日本語 | English | Tiếng Việt | 한국어", "한국어 | Tiếng Việt", "Русский / English / 中文", "Tiếng Việt English"]) expect(isFurniture(bar), bar).toBe(true);
    expect(isSection("Tin tức Chương trình Học tiếng Nhật Lịch phát sóng")).toBe(true);
    const a = parse(["日本語 | English | Tiếng Việt | 한국어", "Đài Phát thanh Công cộng Sakai – Chương trình Tiếng Việt", "Tin tức Chương trình Học tiếng Nhật Lịch phát sóng", HEADLINE, "20/11/2026 18:10", VI1, VI2, VI3, "(Theo Kyodo)"].join("\n"));
    expect(a?.title).toBe(HEADLINE);
    expect(a?.outlet).toBe("Đài Phát thanh Công cộng Sakai – Chương trình Tiếng Việt");
    expect(a?.body).not.toContain("한국어");
  });
  it("leave a headline naming countries between bars, a lone language word's sentence and a programme's headline alone", () => {
    expect(isFurniture("Trung Quốc | Nhật Bản")).toBe(false);
    expect(isFurniture("Tiếng Việt được dạy ở 12 trường tại Seoul")).toBe(false);
    expect(isSection("Chương trình nghị sự của Quốc hội Lịch phát sóng")).toBe(false);
    expect(classifyLine("Chương trình nghị sự của Quốc hội Lịch phát sóng", "header").role).toBe("body");
  });
});

describe("a sports site's menu and its live-score bar", () => {
  it("are a section (a label glued to its number, 'Thế giới 24h') and furniture, the headline below them", () => {
    expect(isSection("Bóng đá | Quần vợt | Esports | Thế giới 24h | Video")).toBe(true);
    expect(isFurniture("Tỷ số trực tiếp: Hà Nội FC 2-1 Thép Xanh Nam Định (75')")).toBe(true);
    expect(isFurniture("Live score: Ulsan Hyundai 1-0 Jeonbuk (62')")).toBe(true);
    const a = parse(["Thể Thao Bốn Phương", "Bóng đá | Quần vợt | Esports | Thế giới 24h | Video", "Tỷ số trực tiếp: Hà Nội FC 2-1 Thép Xanh Nam Định (75')", HEADLINE, "20/11/2026 | 21:40", VI1, VI2, VI3, "Thu Hà (Theo Yonhap)"].join("\n"));
    expect(a?.title).toBe(HEADLINE);
  });
  it("leave a date split by bars, numbers standing alone between bars and a sentence about a live score", () => {
    expect(isSection("Thứ Năm | 20 | 11 | 2026")).toBe(false);
    expect(isSection("Kỳ họp | Ngày 20 | Phiên chiều")).toBe(false);
    expect(isFurniture("Tỷ số trực tiếp cho thấy đội khách vượt trội")).toBe(false);
  });
});

describe("a stamp with its views after a dash, and a writer labelled before the stamp", () => {
  it("read the day and the writer", () => {
    expect(readDateLine("Ngày đăng 19/11/2026 16:20 - Lượt xem: 1.234")?.publishedAt).toBe("2026-11-19T16:20");
    expect(readDateLine("Thứ Hai, 23/11/2026 08:00 – Lượt xem: 587")?.publishedAt).toBe("2026-11-23T08:00");
    expect(readDateLine("Tác giả Lâm Quốc Bảo | Thứ Bảy, 21 tháng 11, 2026")?.publishedAt).toBe("2026-11-21");
    expect(readDateLine("Tác giả: Vũ Đình Phong – 18/11/2026 22:10")?.publishedAt).toBe("2026-11-18T22:10");
    const text = parse(["Nhật báo Bắc Cali Mới", "Thế Giới", HEADLINE, "Tác giả Lâm Quốc Bảo | Thứ Bảy, 21 tháng 11, 2026", VI1, VI2, VI3].join("\n"));
    expect(text?.publishedAt).toBe("2026-11-21");
    expect(text?.author).toBe("Lâm Quốc Bảo");
    const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body><div class="masthead">Tuần báo Việt Âu Brno</div><div class="post"><h1>${HEADLINE}</h1><div class="post-meta">Tác giả: Vũ Đình Phong – 18/11/2026 22:10</div><div class="post-body"><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></div></div></body></html>`;
    const html = parse(page, "page.html");
    expect(html?.publishedAt).toBe("2026-11-18T22:10");
    expect(html?.author).toBe("Vũ Đình Phong");
  });
  it("leave a view count with no stamp, a writer's unit after the dash and a headline with a dash", () => {
    expect(readDateLine("Bản tin sáng - Lượt xem: 1.234")).toBeNull();
    expect(readDateLine("Tác giả: Vũ Đình Phong - Khoa Luật")).toBeNull();
    expect(classifyLine("Tác giả: Vũ Đình Phong - Khoa Luật", "header").role).toBe("byline");
    expect(readDateLine("Bài học từ Khabarovsk – 11 tháng lao động không lương")).toBeNull();
  });
});

describe("an overseas paper's advertisements, the neighbouring posts, a tools row and a long reuse rule under the text", () => {
  const RIGHTS = '© Bản quyền thuộc Tạp chí Thuế Nhà nước Miền Đông. Ghi rõ nguồn "Tạp chí Thuế Nhà nước Miền Đông" khi phát hành lại thông tin từ website này.';
  it("are furniture, and the credit and the writer above them are read", () => {
    for (const line of ["Tiệm Vàng Kim Phát – San Jose – (408) 555-2171", "Nha khoa Dr. Trần Mỹ Linh – nhận bảo hiểm Medi-Cal – (408) 555-8830", "Siêu thị Việt Ansan – giao hàng tận nơi – 031-555-4020", "Potraviny Hà Thành – Sapa Praha – tel. 777 555 213", "« Bài trước: Cộng đồng Việt San Jose chuẩn bị chợ Tết", "Bài sau: Giá xăng tại California giảm tuần thứ ba »", "In bài | Gửi email | Lưu", RIGHTS]) expect(isFurnitureLine(line), line).toBe(true);
    const ads = parse(["Nhật báo Bắc Cali Mới", HEADLINE, "21/11/2026", VI1, VI2, VI3, "(AP)", "Quảng cáo", "Tiệm Vàng Kim Phát – San Jose – (408) 555-2171", "Nha khoa Dr. Trần Mỹ Linh – nhận bảo hiểm Medi-Cal – (408) 555-8830", "« Bài trước: Cộng đồng Việt San Jose chuẩn bị chợ Tết", "© 2026 Bắc Cali Mới."].join("\n"));
    expect(ads?.agency).toBe("AP");
    expect(ads?.body).not.toContain("555-2171");
    const rights = parse(["TẠP CHÍ THUẾ NHÀ NƯỚC MIỀN ĐÔNG", HEADLINE, "23/11/2026 08:00", VI1, VI2, VI3, "Minh Khôi (tổng hợp)", "In bài | Gửi email | Lưu", RIGHTS].join("\n"));
    expect(rights?.author).toBe("Minh Khôi");
    expect(rights?.body).not.toContain("Ghi rõ nguồn");
  });
  it("leave a sentence with a year's span or a count after a dash, a label's sentence and a note that opens with 'Lưu'", () => {
    for (const line of ["Hoài Nam - 13.08.2026", "Minh Anh – 19-11-2026", "Kế hoạch đối ngoại – giai đoạn 2025-2026", "Nga và Triều Tiên ký hiệp định – 12 điều khoản", "Bài trước: ông Lavrov nói", "Lưu ý", "Ghi rõ nguồn là yêu cầu bắt buộc đối với mọi bài viết trích dẫn báo cáo của nhóm chuyên gia trong tháng này."]) expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("the writer's sign-off under the text", () => {
  const copy = (...foot: string[]) => parse(["Báo Ánh Sáng Miền Đông", HEADLINE, "20/11/2026 18:10", VI1, VI2, VI3, ...foot].join("\n"));
  it("reads a compiler with the source in brackets, a Vietnamese writer and a wire after a spaced slash, a labelled writer with a note", () => {
    const compiled = copy("Phêrô Nguyễn Văn Hòa tổng hợp (theo Reuters)");
    expect([compiled?.author, compiled?.agency]).toEqual(["Phêrô Nguyễn Văn Hòa", "Reuters"]);
    const slashed = copy("Phạm Thùy Dung / Yonhap", "Quảng cáo");
    expect([slashed?.author, slashed?.agency]).toEqual(["Phạm Thùy Dung", "Yonhap"]);
    expect(readByline("Người viết: Lê Phương Thảo (sinh viên K22 ngành Hàn Quốc học)")).toBe("Lê Phương Thảo");
    const noted = copy("Người viết: Lê Phương Thảo (sinh viên K22 ngành Hàn Quốc học)", "Tin liên quan");
    expect(noted?.author).toBe("Lê Phương Thảo");
  });
  it("leaves a photographer's credit under an English paragraph, a place in brackets after a label and an unlabelled note", () => {
    const en = parse(["The Harbour Ledger", "Seoul says North Korea sent more shells to Russia", "November 20, 2026", "South Korea's spy agency said on Friday that North Korea had shipped about a million more artillery shells to Russia since July.", "Lawmakers briefed behind closed doors said most of the shells crossed by rail over the Tumen river.", "The agency also said North Korean munitions factories were running at full capacity.", "Jim Watson / AFP"].join("\n"));
    expect(en?.author).toBeNull();
    expect(readByline("Lê Phương Thảo (sinh viên K22 ngành Hàn Quốc học)")).toBeNull();
    expect(readByline("Tác giả: An Khê (Hà Nội)")).toBeNull();
  });
});

describe("a department's portal naming itself in its top bar", () => {
  const page = (top: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE}</title><link rel="canonical" href="https://sgtvt.binhhai.gov.vn/tin-tuc/quoc-te/dan-phao-2291.html"></head><body>${top}<div class="breadcrumb">Trang chủ » Tin tức » Quốc tế</div><div class="detail"><h1>${HEADLINE}</h1><div class="date">Ngày đăng 20/11/2026 07:45</div><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></div><footer>Cơ quan chủ quản: UBND tỉnh Bình Hải.</footer></body></html>`;
  it("is the outlet: the body's name beside the portal's label", () => {
    expect(parse(page(`<div class="top"><span>CỔNG THÔNG TIN ĐIỆN TỬ</span> <strong>Sở Giao thông Vận tải tỉnh Bình Hải</strong></div>`), "page.html")?.outlet).toBe("Sở Giao thông Vận tải tỉnh Bình Hải");
    expect(parse(page(`<div class="header-top"><b>Sở Tư pháp tỉnh Bình Hải</b></div>`), "page.html")?.outlet).toBe("Sở Tư pháp tỉnh Bình Hải");
  });
  it("never the portal's label alone, nor a name linking to another page of the site", () => {
    expect(parse(page(`<div class="top"><span>CỔNG THÔNG TIN ĐIỆN TỬ</span></div>`), "page.html")?.outlet).not.toBe("Cổng thông tin điện tử");
    expect(parse(page(`<div class="top"><a href="/so-tu-phap">Sở Tư pháp tỉnh Bình Hải</a></div>`), "page.html")?.outlet).not.toBe("Sở Tư pháp tỉnh Bình Hải");
  });
});

describe("a domain spelling a paper's name without its kind", () => {
  it("spells the name with its kind before it: a weekly, a daily, a magazine", () => {
    expect(domainSpells("Tuần báo Việt Âu Praha", "vietaupraha.cz")).toBe(true);
    expect(domainSpells("Nhật báo Sóng Việt", "songviet.com")).toBe(true);
    expect(domainSpells("Tạp chí Hải quan Cửa Ngõ", "haiquancuango.vn")).toBe(true);
    const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE} - Việt Âu Brno</title><link rel="canonical" href="https://vietaubrno.cz/the-gioi/dan-phao-1190"></head><body><div class="masthead"><a href="/">Tuần báo Việt Âu Brno</a></div><div class="post"><h1>${HEADLINE}</h1><div class="post-meta">20/11/2026 22:10</div><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></div><footer>© 2026 Tuần báo Việt Âu Brno. Ghi rõ nguồn khi phát hành lại.</footer></body></html>`;
    expect(parse(page, "page.html")?.outlet).toBe("Tuần báo Việt Âu Brno");
  });
  it("never a kind alone, nor another paper's name", () => {
    expect(domainSpells("Tuần báo", "vietaupraha.cz")).toBe(false);
    expect(domainSpells("Tuần báo Việt Âu Praha", "vietaubrno.cz")).toBe(false);
    expect(domainSpells("Tạp chí Hải quan", "haiquancuango.vn")).toBe(false);
  });
});

describe("a broadcaster's Vietnamese service printed in full under a short brand", () => {
  const page = (site: string, brand: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE} – Ban Tiếng Việt</title><meta property="og:site_name" content="${site}"><link rel="canonical" href="https://nordhav-radio.eu/vi/the-gioi/dan-phao-20261120"></head><body><header><a href="/vi" class="brand">${brand}</a><nav><a href="/vi">Trang chủ</a> <a href="/vi/the-gioi">Thế giới</a></nav></header><article><h1>${HEADLINE}</h1><time datetime="2026-11-20T11:20:00+01:00">20.11.2026, 11:20 CET</time><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></article></body></html>`;
  it("is the outlet: the service's full name holds the brand's own words", () => {
    expect(parse(page("Nordhav Radio", "Đài Phát thanh Công cộng Nordhav – Ban Tiếng Việt"), "page.html")?.outlet).toBe("Đài Phát thanh Công cộng Nordhav – Ban Tiếng Việt");
  });
  it("never over a site name that is the broadcaster's own name, nor another broadcaster's service", () => {
    expect(parse(page("Đài Phát thanh Công cộng Nordhav", "Đài Phát thanh Công cộng Nordhav – Chương trình tiếng Việt"), "page.html")?.outlet).toBe("Đài Phát thanh Công cộng Nordhav");
    expect(parse(page("Nordhav Radio", "Đài Phát thanh Quốc tế Sông Lam – Ban Tiếng Việt"), "page.html")?.outlet).toBe("Nordhav Radio");
  });
});
