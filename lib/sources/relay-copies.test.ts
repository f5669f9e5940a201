// Tests for the forms of the eighteenth corpus's relays of foreign broadcasters and wires: the site's "today" above
// the headline when the story's only date below it is its update ("Cập nhật lúc …"), in text copies and saved pages;
// a "pubdate" meta; dates with the month's abbreviation between slashes ("03/Dec/2026") and a blog's "Posted on
// <date> by <who>"; a short last paragraph under a related box with its credit below it.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { htmlToImportText } from "./html";
import { readDateLine } from "./layout-model";
import { parseImport } from "./parse-import";

const P1 = "Tổng thống Nga ngày 2/12 đã ký sắc lệnh phê chuẩn nghị định thư bổ sung vào hiệp ước đối tác chiến lược toàn diện với Triều Tiên.";
const P2 = "Theo văn bản đăng trên cổng thông tin pháp luật của Nga, hai bên sẽ thành lập ủy ban hỗn hợp về công nghệ vũ trụ, họp mỗi năm một lần.";
const P3 = "Washington và Seoul cho rằng nghị định thư là bước tiến nguy hiểm, có thể giúp Bình Nhưỡng hoàn thiện tên lửa đạn đạo liên lục địa.";
const parse = (...lines: string[]) => parseImport(`${lines.join("\n")}\n`, "page.txt")[0];
const saved = (html: string) => parseImport(htmlToImportText(html, "page.html"), "page.html")[0];
const page = (body: string) => saved(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ông Putin phê chuẩn nghị định thư với Triều Tiên</title></head><body>${body}</body></html>`);

describe("the site's day above the headline and the story's update below it", () => {
  it.each([
    ["Thứ sáu, 04/12/2026", "Cập nhật lúc 10:05 - 03/12/2026", "2026-12-03T10:05"],
    ["Thứ Sáu, 04/12/2026", "Cập nhật lúc 11:30, Thứ Năm, 03/12/2026 (GMT+7)", "2026-12-03T11:30"],
    ["Friday, December 4, 2026", "Updated: 9:40 AM, December 3, 2026", "2026-12-03T09:40"],
    ["Thứ năm, 03/12/2026", "Cập nhật: 03/12/2026 08:15", "2026-12-03T08:15"],
  ])("a text copy: %s above, %s below: the update's", (today, update, want) => {
    const s = parse("VnMedia", today, "Thời sự", "Thế giới", "Kinh tế", "Thế giới", "Ông Putin phê chuẩn nghị định thư với Triều Tiên", update, P1, P2, P3);
    expect(s?.publishedAt?.startsWith(want), s?.publishedAt ?? "∅").toBe(true);
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it("keeps a day above the headline that comes before the update: then it is the publication", () => {
    const s = parse("VnMedia", "Thời sự", "Thế giới", "03/12/2026 08:00", "Ông Putin phê chuẩn nghị định thư với Triều Tiên", "Cập nhật lúc 10:05 - 04/12/2026", P1, P2, P3);
    expect(s?.publishedAt?.startsWith("2026-12-03T08:00"), s?.publishedAt ?? "∅").toBe(true);
  });

  it("a saved page: the header's day gives way to the update under the headline when nothing else dates it", () => {
    const s = page(`<div class="header"><div class="date">Thứ Sáu, 04/12/2026</div><ul><li>Thời sự</li><li>Quốc tế</li></ul></div>
<div class="detail"><h1>Ông Putin phê chuẩn nghị định thư với Triều Tiên</h1><div class="info"><span class="time">Cập nhật lúc 11:30, Thứ Năm, 03/12/2026 (GMT+7)</span></div>
<div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`);
    expect(s?.publishedAt?.startsWith("2026-12-03T11:30"), s?.publishedAt ?? "∅").toBe(true);
  });

  it("a saved page: an update later than the header's day is not taken for it", () => {
    const s = page(`<div class="header"><div class="date">Thứ Năm, 03/12/2026</div></div>
<div class="detail"><h1>Ông Putin phê chuẩn nghị định thư với Triều Tiên</h1><div class="info"><span class="time">Cập nhật lúc 11:30, Thứ Sáu, 04/12/2026 (GMT+7)</span></div>
<div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`);
    expect(s?.publishedAt?.startsWith("2026-12-04T11:30")).toBe(false);
  });

  it.each(["pubdate", "publishdate", "publish-date"])('reads <meta name="%s"> as the publication', (name) => {
    const s = saved(`<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="${name}" content="2026-12-03T11:30:00+07:00"><title>Gặp mặt cựu lưu học sinh</title></head><body><div class="date">Thứ Sáu, 04/12/2026</div><h1>Gặp mặt cựu lưu học sinh</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></body></html>`);
    expect(s?.publishedAt).toBe("2026-12-03T11:30+07:00");
  });
});

describe("dates with the month's abbreviation between slashes, and a blog's poster after the date", () => {
  it.each([
    ["03/Dec/2026", "2026-12-03"],
    ["3/Dec/2026", "2026-12-03"],
    ["03/December/2026 10:20", "2026-12-03T10:20"],
    ["06-Jun-2025", "2025-06-06"],
    ["Vũ Văn An 03/Dec/2026", "2026-12-03"],
    ["Posted on 03/12/2026 by Nghiên cứu Quốc tế", "2026-12-03"],
    ["Posted on December 3, 2026 by Jane Doe-Smith", "2026-12-03"],
    ["Published on 03/12/2026 by The Editors", "2026-12-03"],
    ["Đăng ngày 03/12/2026 bởi Ban biên tập", "2026-12-03"],
  ])("%s", (line, want) => {
    expect(readDateLine(line)?.publishedAt).toBe(want);
  });

  it.each([
    "03/Dec-2026",
    "Bought on 03/12/2026 by John Smith and his brother, who paid in cash.",
    "The report was posted on 03/12/2026 by the committee, and it passed.",
    "Posted by",
    "Dec/03/2026x",
  ])("not a date line: %s", (line) => {
    expect(readDateLine(line)).toBeNull();
  });

  it("dates a copy whose only date is printed after the writer's name", () => {
    const s = parse("Tòa Thánh kêu gọi chấm dứt việc đưa quân Triều Tiên vào Ukraine", "Vũ Văn An 03/Dec/2026", P1, P2, P3);
    expect(s?.publishedAt).toBe("2026-12-03");
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });
});

describe("a short last paragraph under a related box, with the article's credit below it", () => {
  const SHORT = "Bộ Kinh tế Nga không trả lời đề nghị bình luận của Reuters.";
  it.each([
    ["Tin cùng chuyên mục", "Theo Lan Phương"],
    ["Xem thêm:", "Theo Reuters"],
    ["Tin liên quan", "(Theo AP, Yonhap)"],
    ["Read more", "Reporting by Jane Doe"],
  ])("keeps it below %s when %s follows it", (marker, credit) => {
    const s = parse("Xuất khẩu than, thép của Triều Tiên sang Nga tăng gần gấp đôi", "03/12/2026 16:45", P1, P2, marker, "Giá dầu tăng vọt sau quyết định của OPEC+", SHORT, credit, "Tin mới", "Giá vàng hôm nay 4/12: tiếp tục giảm");
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${SHORT}`);
  });

  it("in the cleaner: a box's short items are dropped, the signed sentence below them kept", () => {
    const r = cleanArticle(`${P1}\n${P2}\nTin cùng chuyên mục\nGiá dầu tăng vọt\nXem theo ngày\n${SHORT}\nTheo Lan Phương\n`);
    const texts = r.blocks.map((b) => b.text);
    expect(texts).toContain(SHORT);
    expect(texts.join("\n")).not.toMatch(/Giá dầu|Xem theo ngày|Tin cùng chuyên mục/);
  });

  it.each([
    ["a teaser's headline below it", ["Hàn Quốc giám sát tàu thuyền", "Nhật Bản phản đối cuộc diễn tập", "Tin mới"]],
    ["a too short line", ["Xem tất cả.", "Theo Reuters"]],
    ["a sentence in lower case", ["xem thêm các bài viết khác của tác giả tại đây.", "Theo Reuters"]],
  ])("still drops the box's lines with %s", (_, tail) => {
    const [first, ...rest] = tail as [string, ...string[]];
    const s = parse("Xuất khẩu than, thép của Triều Tiên sang Nga tăng gần gấp đôi", "03/12/2026 16:45", P1, P2, "Tin liên quan", "Giá dầu tăng vọt sau quyết định của OPEC+", first, ...rest);
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe("an audio player's buttons and a blog's like buttons", () => {
  it.each(["Nghe bài này", "Nghe bài viết", "Nghe đọc bài", "Nghe toàn bài", "Nghe bản tin", "Giọng nữ miền Bắc", "Giọng nam miền Nam", "Listen to article", "Listen now", "Play audio", "Download audio", "Like this:", "Like Loading...", "Liked by 12 people", "Be the first to like this."])("%s is furniture", (line) => {
    const s = parse("Mỹ cáo buộc Nga chuyển công nghệ tàu ngầm cho Triều Tiên", "03/12/2026 14:20", line, P1, P2, line, P3);
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it.each([
    "Nghe bài này, ông nói, người ta sẽ hiểu vì sao Moskva im lặng suốt nhiều tháng qua.",
    "Listen to the people of Kursk, who have seen North Korean soldiers arrive by train each week.",
    "Like this year's summit, the talks ended without a joint statement from the two leaders.",
    "Giọng nữ miền Bắc vang lên trên loa phóng thanh của nhà ga Tumangang sáng 3/12.",
  ])("a sentence that opens so stays: %s", (line) => {
    const s = parse("Mỹ cáo buộc Nga chuyển công nghệ tàu ngầm cho Triều Tiên", "03/12/2026 14:20", P1, line, P2, P3);
    expect(s?.body).toContain(line);
  });
});

describe("an address pasted above the copy", () => {
  it.each([[], ["https://baolamha.vn/the-gioi/nga-trieu-tien-120784.html"], ["Link: https://baolamha.vn/the-gioi/nga-trieu-tien-120784.html"], ["Nguồn: https://baolamha.vn/the-gioi/nga-trieu-tien-120784.html", ""]])("leaves the masthead below it the masthead, not the lead's first words (%j)", (...above) => {
    const s = parse(...(above as string[]), "BÁO LÂM HÀ", "Thứ Năm, 03/12/2026 14:20", "Mỹ cáo buộc Nga chuyển công nghệ tàu ngầm cho Triều Tiên", P1, P2, P3);
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(s?.outlet).toMatch(/lâm hà/i);
    expect(s?.url ?? null).toBe(above.length ? "https://baolamha.vn/the-gioi/nga-trieu-tien-120784.html" : null);
  });
});

describe("a media player's clock copied with its buttons", () => {
  it.each(["00:00", "0:00", "0:00 / 3:25", "00:00 / 02:41:07", "1:12 / 4:05"])("%s under the player's button is furniture, not the first paragraph's opening", (clock) => {
    // a single-newline phone copy: the clock must not be glued onto the paragraph below it
    const s = parse("Mỹ cáo buộc Nga chuyển công nghệ tàu ngầm cho Triều Tiên", "03/12/2026 14:20", "Nghe bài viết", clock, P1, P2, P3);
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it("a time of day alone under the date line still dates the page", () => {
    const s = parse("Mỹ cáo buộc Nga chuyển công nghệ tàu ngầm cho Triều Tiên", "Thứ Năm, 03/12/2026", "14:20", P1, P2, P3);
    expect(s?.publishedAt).toBe("2026-12-03T14:20");
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it.each(["Lúc 00:00 ngày 3/12, tàu rời cảng Rajin.", "The vote closed at 0:00 / midnight local time, officials said."])("a sentence with a clock in it stays: %s", (line) => {
    const s = parse("Mỹ cáo buộc Nga chuyển công nghệ tàu ngầm cho Triều Tiên", "03/12/2026 14:20", P1, line, P2, P3);
    expect(s?.body).toContain(line);
  });
});

describe("a picture credited with \"Hình\", as overseas papers write it", () => {
  it.each(["(Hình minh họa: AP)", "(Hình: Reuters)", "(Hình ảnh: KCNA)", "(Hình tư liệu: Getty Images)"])("a caption ending in %s", (credit) => {
    const caption = "Tàu hàng của Nga cập cảng Rajin hôm 2/12.";
    const s = parse("Mỹ cáo buộc Nga chuyển công nghệ tàu ngầm cho Triều Tiên", "03/12/2026 14:20", P1, "", `${caption} ${credit}`, "", P2, P3);
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(s?.captions.join(" ")).toContain(caption);
  });

  it("a sentence with a bracketed aside that is no credit stays in the text", () => {
    const line = "Ông nói hình ảnh vệ tinh đã rõ ràng (hình như từ tháng 11: theo lời ông).";
    const s = parse("Mỹ cáo buộc Nga chuyển công nghệ tàu ngầm cho Triều Tiên", "03/12/2026 14:20", P1, "", line, "", P2, P3);
    expect(s?.body).toContain(line);
  });
});

describe("a WordPress theme's site name in the page's one h1, the headline in an h2", () => {
  const HEAD = "Nhật triệu tập đại sứ Nga vì chuyến bay chung với chiến đấu cơ Bắc Hàn";
  const wp = (title: string, h1: string, siteName = "Người Việt Úc") =>
    saved(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="${siteName}"></head><body>
<header><h1 class="site-title"><a href="/">${h1}</a></h1><nav><a>Úc Châu</a><a>Thế Giới</a></nav></header>
<article><h2 class="entry-title">${HEAD}</h2><div class="entry-meta">Ngày đăng: 03/12/2026 - 23:40</div>
<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article></body></html>`);

  it.each([`${HEAD} – Người Việt Úc`, `${HEAD} | Người Việt Úc`, HEAD])("takes the headline the <title> holds (%s)", (title) => {
    expect(wp(title, "Người Việt Úc")?.title).toBe(HEAD);
  });

  it("keeps an h1 that is not the site's name", () => {
    const s = wp(`Tin thế giới – Người Việt Úc`, "Nhật Bản phản đối chuyến bay chung của Nga và Triều Tiên");
    expect(s?.title).toBe("Nhật Bản phản đối chuyến bay chung của Nga và Triều Tiên");
  });

  it("takes the article's own h2 when the <title> and the one h1 are both the site's name", () => {
    expect(wp("Người Việt Úc", "Người Việt Úc")?.title).toBe(HEAD);
  });

  it("keeps the site's name when nothing on the page holds a longer title", () => {
    const page = saved(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Người Việt Úc</title><meta property="og:site_name" content="Người Việt Úc"></head><body>
<header><h1 class="site-title"><a href="/">Người Việt Úc</a></h1><nav><a>Úc Châu</a><a>Thế Giới</a></nav></header>
<article><div class="entry-meta">Ngày đăng: 03/12/2026 - 23:40</div>
<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article></body></html>`);
    expect(page?.title).toBe("Người Việt Úc");
  });
});
