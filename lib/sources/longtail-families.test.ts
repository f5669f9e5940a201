// Tests for the families the twenty-eighth held-out corpus showed (the Vietnamese long tail: sector magazines,
// ministry and provincial portals, universities, provincial stations, embassies, overseas sites): a page wrapped
// whole in one form (ASP.NET Web Forms), a portal's banner in the page's one h1 with the headline in an h2, the site's
// name before the title in <title>, an old page's picture with its caption in italics after a line break, a writer's
// note naming the source in brackets ("(t/h Theo Sputnik)"), a photographer's credit after the writer's ("Tin: … –
// Ảnh: …") and a gallery's captions without a full stop in a copy with one newline between paragraphs. Forms written
// for these tests.
import { describe, expect, it } from "vitest";
import { isFurnitureLine, isTailMarker } from "./clean";
import { htmlToImportText, withoutLeadingSiteName } from "./html";
import { NOTED_SOURCE, PHOTO_CREDIT_AFTER } from "./metadata";
import { parseImport } from "./parse-import";

const VI: [string, string, string] = [
  "Ngày 3/12, Sở Công Thương tỉnh tổ chức hội nghị kết nối doanh nghiệp xuất khẩu với các nhà nhập khẩu vùng Viễn Đông của Liên bang Nga, với hơn 60 doanh nghiệp tham dự.",
  "Tại hội nghị, các doanh nghiệp trao đổi về thủ tục hải quan, phương thức thanh toán và chi phí vận chuyển container qua cảng Vladivostok trong bối cảnh nhiều quy định mới được áp dụng.",
  "Kết thúc hội nghị, Sở Công Thương đề nghị các doanh nghiệp kiểm tra kỹ đối tác và thường xuyên cập nhật thông tin từ Thương vụ Việt Nam tại Liên bang Nga.",
];
const p = (ps: readonly string[]): string => ps.map((x) => `<p>${x}</p>`).join("\n");
const parseHtml = (html: string) => parseImport(htmlToImportText(html, "x.html"), "x.html")[0]!;
const parseText = (lines: readonly string[]) => parseImport(lines.join("\n"), "x.txt")[0]!;

describe("a page wrapped whole in one form", () => {
  it("an ASP.NET page's form gives way to the article it holds: text, date and byline are read", () => {
    const html = `<html><head><title>Tạp chí Cảng biển - Doanh nghiệp gặp khó khi xuất hàng sang Nga</title></head><body>
<form name="aspnetForm" method="post" action="./Detail.aspx?ID=1" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKLTE2">
<table><tr><td><span class="title">Doanh nghiệp gặp khó khi xuất hàng sang Nga</span><br><span class="date">Ngày đăng: 04/12/2026 15:22</span>
<div class="content">${p(VI)}<p align="right"><b>Hà Linh</b> (Tổng hợp)</p></div></td></tr><tr><td class="footer">Bản quyền © Tạp chí Cảng biển</td></tr></table></form></body></html>`;
    const parsed = parseHtml(html);
    for (const para of VI) expect(parsed.body).toContain(para);
    expect(parsed.publishedAt).toBe("2026-12-04T15:22");
    expect(parsed.author).toBe("Hà Linh");
    expect(parsed.title).toBe("Doanh nghiệp gặp khó khi xuất hàng sang Nga");
  });

  it("a comment form and a newsletter form below the article are still dropped", () => {
    const html = `<html><head><title>Doanh nghiệp gặp khó khi xuất hàng sang Nga</title></head><body><article><h1>Doanh nghiệp gặp khó khi xuất hàng sang Nga</h1>${p(VI)}</article>
<form class="comment-form"><p>Ý kiến của bạn sẽ được biên tập trước khi đăng.</p><textarea></textarea><button>Gửi bình luận</button></form>
<form class="signup"><p>Nhận bản tin mỗi sáng, miễn phí.</p><input type="email"></form></body></html>`;
    const parsed = parseHtml(html);
    for (const para of VI) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Ý kiến của bạn sẽ được biên tập");
    expect(parsed.body).not.toContain("Nhận bản tin mỗi sáng");
  });
});

describe("the headline when the page's one h1 is not it", () => {
  it("a portal's banner in the h1, outside the article, gives way to the h2 that prints the page's title", () => {
    const html = `<html><head><title>Tiếp đoàn doanh nghiệp vùng Primorsky</title><meta property="og:title" content="Tiếp đoàn doanh nghiệp vùng Primorsky"></head><body>
<div id="header"><h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH</h1></div><div id="content"><h2 class="news-title">Tiếp đoàn doanh nghiệp vùng Primorsky</h2><div class="news-date">Ngày cập nhật 04/12/2026</div>${p(VI)}</div></body></html>`;
    expect(parseHtml(html).title).toBe("Tiếp đoàn doanh nghiệp vùng Primorsky");
  });

  it("an h1 the page's title holds stays the headline, and so does one no heading below repeats the title of", () => {
    const named = `<html><head><title>Tiếp đoàn doanh nghiệp vùng Primorsky - Báo Cảng biển</title></head><body><header><h1>Tiếp đoàn doanh nghiệp vùng Primorsky</h1></header>${p(VI)}<h2>Tin khác</h2></body></html>`;
    expect(parseHtml(named).title).toBe("Tiếp đoàn doanh nghiệp vùng Primorsky");
    const lone = `<html><head><title>Trang tin tổng hợp</title></head><body><div><h1>Hội nghị kết nối doanh nghiệp với vùng Viễn Đông</h1></div>${p(VI)}<h2>Tin khác</h2></body></html>`;
    expect(parseHtml(lone).title).toBe("Hội nghị kết nối doanh nghiệp với vùng Viễn Đông");
  });

  it("the site's name printed before the title in <title> goes, when the page has no h1", () => {
    const html = `<html><head><title>Tạp chí Cảng biển - Doanh nghiệp gặp khó khi xuất hàng sang Nga</title><meta property="og:site_name" content="Tạp chí Cảng biển"></head><body><div class="content">${p(VI)}</div></body></html>`;
    expect(parseHtml(html).title).toBe("Doanh nghiệp gặp khó khi xuất hàng sang Nga");
  });

  it("a place or a party before a dash is no site name and stays; nor does a title too short once cut", () => {
    expect(withoutLeadingSiteName("Hà Nội - Moscow: tuyến bay thẳng được nối lại", "Tạp chí Cảng biển")).toBe("Hà Nội - Moscow: tuyến bay thẳng được nối lại");
    expect(withoutLeadingSiteName("Tạp chí Cảng biển - Tin ngắn", "Tạp chí Cảng biển")).toBe("Tạp chí Cảng biển - Tin ngắn");
    expect(withoutLeadingSiteName("tạp chí cảng biển | Doanh nghiệp gặp khó khi xuất hàng sang Nga", "Tạp chí Cảng biển")).toBe("Doanh nghiệp gặp khó khi xuất hàng sang Nga");
  });
});

describe("an old page's picture with its caption after a line break", () => {
  const page = (block: string): string => `<html><head><title>Tàu hàng cập cảng Rajin</title></head><body><table><tr><td><h1>Tàu hàng cập cảng Rajin</h1>${block}${p(VI)}</td></tr></table></body></html>`;

  it("a line in italics under the picture in the same paragraph is its caption", () => {
    const parsed = parseHtml(page('<p align="center"><img src="a.jpg"><br><font size="2"><i>Tàu hàng Nga tại cảng Rajin tháng 11/2026</i></font></p>'));
    expect(parsed.captions.join(" ")).toContain("Tàu hàng Nga tại cảng Rajin tháng 11/2026");
    expect(parsed.body).not.toContain("Tàu hàng Nga tại cảng Rajin tháng 11/2026");
  });

  it("a plain line, or a block with a link, is no caption", () => {
    expect(parseHtml(page('<p><img src="a.jpg"><br>Tàu hàng Nga tại cảng Rajin tháng 11/2026</p>')).captions.join(" ")).not.toContain("Tàu hàng Nga tại cảng Rajin");
    expect(parseHtml(page('<p><img src="a.jpg"><br><i>Tàu hàng Nga tại cảng Rajin</i> <a href="/x">Xem thêm</a></p>')).captions.join(" ")).not.toContain("Tàu hàng Nga tại cảng Rajin");
  });
});

describe("credits of the long tail", () => {
  const foot = (credit: string) => parseText(["Hội nghị kết nối doanh nghiệp với vùng Viễn Đông", "04/12/2026 09:30", ...VI, credit, "Tin cùng chuyên mục"]);

  it.each([
    ["Bảo Anh (t/h Theo Sputnik)", "Bảo Anh", "Sputnik"],
    ["Bảo Anh (tổng hợp theo Reuters)", "Bảo Anh", "Reuters"],
    ["Minh Châu (lược dịch từ TASS)", "Minh Châu", "TASS"],
    ["Hồng Nhung (TH, nguồn: Yonhap)", "Hồng Nhung", "Yonhap"],
    ["Thu Trang (biên dịch theo AFP)", "Thu Trang", "AFP"],
  ])("%s: the writer and the source named after the note", (credit, author, agency) => {
    const parsed = foot(credit);
    expect(parsed.author).toBe(author);
    expect(parsed.agency).toBe(agency);
  });

  it("a note with no source after it names the writer only", () => {
    const parsed = foot("Bảo Anh (t/h)");
    expect(parsed.author).toBe("Bảo Anh");
    expect(parsed.agency).toBeNull();
  });

  it.each([
    ["Tin: Minh Khuê – Ảnh: Quốc Tuấn", "Minh Khuê"],
    ["Bài: Lan Anh, ảnh: Hữu Hưng", "Lan Anh"],
    ["Tin: An Bình / Video: Thu Hà", "An Bình"],
    ["Bài: Hà Linh - Đồ họa: Minh Tâm", "Hà Linh"],
    ["Tin, ảnh: Ngọc Trâm", "Ngọc Trâm"],
  ])("%s: the writer, not the photographer", (credit, author) => {
    expect(foot(credit).author).toBe(author);
  });

  it("the patterns keep to their forms", () => {
    expect(NOTED_SOURCE.exec("t/h theo Sputnik")?.[1]).toBe("Sputnik");
    expect(NOTED_SOURCE.test("theo dõi")).toBe(false);
    expect(NOTED_SOURCE.test("tổng hợp")).toBe(false);
    expect("Lê Ảnh Dương".replace(PHOTO_CREDIT_AFTER, "")).toBe("Lê Ảnh Dương");
    expect("Minh Khuê – Ảnh: Quốc Tuấn".replace(PHOTO_CREDIT_AFTER, "")).toBe("Minh Khuê");
  });
});

describe("a gallery's captions without a full stop in a copy with one newline between paragraphs", () => {
  const copy = (between: readonly string[]) => parseText(["Hội nghị kết nối doanh nghiệp với vùng Viễn Đông", "Đăng lúc: 03/12/2026 - 16:40", VI[0], VI[1], ...between, VI[2], "Tin, ảnh: Ngọc Trâm"]);

  it("two or three short lines between two finished paragraphs are the pictures' captions, each its own", () => {
    const parsed = copy(["Các doanh nghiệp tại hội nghị", "Đại diện Thương vụ phát biểu", "Ký kết biên bản hợp tác"]);
    expect(parsed.captions).toEqual(expect.arrayContaining(["Các doanh nghiệp tại hội nghị", "Đại diện Thương vụ phát biểu", "Ký kết biên bản hợp tác"]));
    for (const para of VI) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Các doanh nghiệp tại hội nghị");
  });

  it("one such line alone is no caption of this form, nor are items under a line ending in a colon", () => {
    const one = copy(["Thủ tục hải quan mới"]);
    expect(one.captions).not.toContain("Thủ tục hải quan mới");
    const list = parseText(["Hội nghị kết nối doanh nghiệp với vùng Viễn Đông", "03/12/2026", VI[0], "Các nội dung được thống nhất gồm:", "Thủ tục hải quan điện tử", "Thanh toán bằng nội tệ", VI[2]]);
    expect(list.captions).not.toContain("Thủ tục hải quan điện tử");
    expect(list.body).toContain("Thủ tục hải quan điện tử");
  });
});

describe("outlets and wires of the long tail", () => {
  const top = (first: readonly string[], foot: readonly string[] = []) => parseText([...first, "Thời sự", "Quốc tế", "Hội nghị kết nối doanh nghiệp với vùng Viễn Đông", "04/12/2026 - 20:15", ...VI, ...foot]);

  it("a station's, a portal's or an institute's name in capitals on the first line is the outlet, dash and all", () => {
    expect(top(["ĐÀI PHÁT THANH - TRUYỀN HÌNH QUẢNG TRỊ"]).outlet?.toLowerCase()).toBe("đài phát thanh - truyền hình quảng trị");
    expect(top(["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH"]).outlet?.toLowerCase()).toBe("cổng thông tin điện tử tỉnh bắc ninh");
  });

  it("a name in capitals the page writes lower down in running case is written so", () => {
    expect(top(["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH"], ["Ghi rõ nguồn Cổng thông tin điện tử tỉnh Bắc Ninh khi phát hành lại thông tin từ website này"]).outlet).toBe("Cổng thông tin điện tử tỉnh Bắc Ninh");
  });

  it("under a parent body's name, the unit's own name below it is the outlet", () => {
    expect(top(["VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM", "VIỆN NGHIÊN CỨU CHÂU ÂU"]).outlet?.toLowerCase()).toBe("viện nghiên cứu châu âu");
  });

  it("in running case the name is taken only when the page prints it again; a sentence opening with a ministry is no name", () => {
    expect(top(["Đài Phát thanh - Truyền hình Quảng Trị"], ["Ghi rõ nguồn Đài Phát thanh - Truyền hình Quảng Trị khi phát hành lại thông tin"]).outlet).toBe("Đài Phát thanh - Truyền hình Quảng Trị");
    expect(top(["Bộ Công Thương công bố giá điện mới"]).outlet).toBeNull();
  });

  it("a wire's name alone in brackets under the text is the agency, not the outlet", () => {
    const parsed = parseText(["Bắc Hàn phóng thử hỏa tiễn hành trình", "Thứ Sáu, 05/12/2026", VI[0], VI[1], "(Reuters)", "Xem thêm: Nga và Bắc Hàn ký thêm thỏa thuận đường sắt"]);
    expect(parsed.agency).toBe("Reuters");
    expect(parsed.outlet).not.toBe("Reuters");
    const place = parseText(["Bắc Hàn phóng thử hỏa tiễn hành trình", "Thứ Sáu, 05/12/2026", VI[0], VI[1], "(Hà Nội)"]);
    expect(place.agency).toBeNull();
  });

  it("a picture in a link to the site's home page written in full names the site; a network's icon does not", () => {
    const page = (logo: string) => `<html><head><title>Tàu hàng cập cảng Rajin</title></head><body><table><tr><td>${logo}<h1>Tàu hàng cập cảng Rajin</h1>${p(VI)}</td></tr></table></body></html>`;
    expect(parseHtml(page('<p align="center"><a href="http://www.tinbienxa.com/"><img src="logo.gif" alt="Tin Biển Xa"></a></p>')).outlet).toBe("Tin Biển Xa");
    expect(parseHtml(page('<p><a href="https://www.facebook.com/"><img src="fb.png" alt="Facebook"></a></p>')).outlet).not.toBe("Facebook");
  });
});

describe("notices of portals, embassies and old sites", () => {
  it.each([
    // a translation's note
    "Đây là bản dịch của Đại sứ quán Hoa Kỳ. Văn bản tiếng Anh là văn bản chính thức.",
    "Bản dịch do Đại sứ quán Anh thực hiện. Bản tiếng Anh là bản gốc.",
    "Bản dịch không chính thức",
    "Đây là bản dịch không chính thức của Tổng Lãnh sự quán",
    "Unofficial translation",
    "This is a courtesy translation.",
    "The English text is the official version.",
    "This is a translation of the original statement. The English text is the authoritative version.",
    // a text-size control with its buttons
    "Cỡ chữ: A A A",
    "Font size: A- A A+",
    "Kích cỡ chữ A A",
    // a link to the whole news list
    "Tất cả tin tức",
    "Xem tất cả tin",
    "View all articles",
    // an app banner's button
    "Cài đặt",
    "Tải về",
    "Get the app",
  ])("%s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each(["Tin đã đưa", "Các tin đã đăng", "Tin bài đã đưa:", "Các tin cũ hơn", "Các tin mới hơn", "Older news", "Previous articles"])("%s heads the list of the site's other stories", (line) => {
    expect(isTailMarker(line)).toBe(true);
  });

  it("a sentence about an earlier report is no such heading", () => {
    expect(isTailMarker("Tin đã đưa trước đó cho biết có ít nhất 40 lao động quá cảnh.")).toBe(false);
    expect(isTailMarker("Older news agencies")).toBe(false);
  });

  it.each([
    "Bản dịch của hiệp ước được Bộ Ngoại giao công bố hôm thứ Năm.",
    "The English text of the treaty was released on Thursday by the foreign ministry.",
    "Cỡ chữ trên các biển báo sẽ được tăng lên theo quy định mới.",
    "Tất cả tin tức về vụ việc đều được kiểm duyệt trước khi đăng.",
    "Cài đặt phần mềm gián điệp trên điện thoại của các nhà báo là vi phạm pháp luật.",
    "Tin đã đưa trước đó cho biết có ít nhất 40 lao động quá cảnh.",
  ])("a sentence that opens the same way is text: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("a public body's account as the byline", () => {
  const page = (author: string) => `<html><head><title>Tuyên bố về hợp tác quân sự</title>${`<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "Article", headline: "Tuyên bố về hợp tác quân sự", datePublished: "2026-12-04T02:15:00+00:00", author: { "@type": "Person", name: author } })}</script>`}</head><body><article><h1>Tuyên bố về hợp tác quân sự</h1>${p(VI)}</article></body></html>`;

  it.each(["Embassy Hanoi", "U.S. Embassy Hanoi", "Consulate General Ho Chi Minh City", "Ministry of Foreign Affairs", "Press Office", "Đại sứ quán Hoa Kỳ Hà Nội", "Ban Biên tập"])("%s names no writer", (author) => {
    expect(parseHtml(page(author)).author).toBeNull();
  });

  it("a writer's name stays, even one whose family name is a word of those", () => {
    expect(parseHtml(page("Sarah Embassy")).author).toBe("Sarah Embassy");
    expect(parseHtml(page("Minh Châu")).author).toBe("Minh Châu");
  });
});
