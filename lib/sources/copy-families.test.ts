// Tests for the families of layout the twelfth held-out corpus showed: a related-stories box inside the text (its
// list ends where the article's text goes on), reader views (the site's host and a reading time around the headline),
// bylines whose names have a capital inside, desk credits where a byline would stand, and the notes, paywalls and
// appeals printed under the text. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { unwrapArchived } from "./html";
import { isFurniture, readByline } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI = [
  "Theo Tổng cục Thống kê, lượng cà phê xuất sang Ai Cập tăng mạnh trong năm nay, chủ yếu là cà phê Robusta của Tây Nguyên.",
  "Các doanh nghiệp cho biết đã nhận thêm nhiều đơn hàng từ Cairo, song phải kiểm tra kỹ đối tác vì nhiều công ty trung gian mới thành lập.",
  "Sở Công Thương khuyến cáo doanh nghiệp chỉ ký hợp đồng với đối tác đã được xác minh và thanh toán qua ngân hàng.",
];
const EN = [
  "The port authority said on Monday that container traffic rose by a fifth in November, driven by exports of fruit and frozen fish.",
  "Officials expect the new terminal to open in March, doubling the number of ships the port can handle at the same time.",
  "Shipping lines have already asked for berths for the first weeks of operation, the authority said in a statement.",
];

describe("a related-stories box inside the text", () => {
  it.each([
    ["Tin liên quan", "Cà phê Việt vào siêu thị Cairo", "Xuất khẩu nông sản 11 tháng đạt 50 tỷ USD"],
    ["Bài liên quan", "Cà phê Việt vào siêu thị Cairo", "Xuất khẩu nông sản 11 tháng đạt 50 tỷ USD"],
    ["Đọc thêm", "Cà phê Việt vào siêu thị Cairo", "Xuất khẩu nông sản 11 tháng đạt 50 tỷ USD"],
  ])("keeps the text below a %s box and drops the box's list", (marker, a, b) => {
    const text = ["Cà phê Việt tìm đường sang Ai Cập", "", VI[0], "", marker, a, b, "", VI[1], "", VI[2], "", "Chia sẻ", "Tin cùng chuyên mục", "Giá điện tăng, doanh nghiệp tính lại chi phí"].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    for (const para of VI) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain(a);
    expect(parsed.body).not.toContain("Giá điện tăng");
  });

  it("in English too: a Related box between paragraphs", () => {
    const text = ["Port traffic rises a fifth in November", "", EN[0], "", "Related", "New terminal contract signed", "Fruit exports hit record", "", EN[1], "", EN[2]].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Fruit exports hit record");
  });

  it("still ends the article at a box under the text, whose list has no article text below it", () => {
    const text = ["Port traffic rises a fifth in November", "", ...EN.flatMap((p) => [p, ""]), "Related", "New terminal contract signed", "Fruit exports hit record", "", "© 2026 Port News"].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.body).toContain(EN[2]);
    expect(parsed.body).not.toContain("Fruit exports hit record");
  });

  it("still ends the article at a next-story marker, however much text the next story has", () => {
    const next = ["Another story about the airport's new runway", "", "The airport said on Tuesday that its second runway would open in June after two years of building work.", "", "Airlines have asked for more slots in the evening, when the first runway is busiest, the airport said."];
    const text = ["Port traffic rises a fifth in November", "", ...EN.flatMap((p) => [p, ""]), "Next article", ...next].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.body).toContain(EN[2]);
    expect(parsed.body).not.toContain("second runway");
  });

  it("the cleaner alone: the box's list ends at the first finished sentence of article size after a blank line", () => {
    const cleaned = cleanArticle([VI[0], "", "Tin liên quan", "Cà phê Việt vào siêu thị Cairo", "", VI[1], "", VI[2]].join("\n"));
    expect(cleaned.blocks.map((b) => b.text)).toEqual(VI);
  });
});

describe("reader views: the host and the reading time around the headline", () => {
  it.each([
    ["Firefox, English", ["example-news.com", "Ports brace for a record winter", "Jane Doe and John McKenzie", "5–6 minutes", "", ...EN.flatMap((p) => [p, ""])], "Ports brace for a record winter", "Jane Doe and John McKenzie"],
    ["Firefox, Vietnamese", ["tapchi-vidu.vn", "Cà phê Việt tìm đường sang Ai Cập", "Nguyễn Văn An", "8–10 phút", "", ...VI.flatMap((p) => [p, ""])], "Cà phê Việt tìm đường sang Ai Cập", "Nguyễn Văn An"],
    ["Safari, host under the headline", ["Cà phê Việt tìm đường sang Ai Cập", "tapchi-vidu.com.vn", "Nguyễn Văn An, Trần Thu", "", "03/12/2026", "", ...VI.flatMap((p) => [p, ""])], "Cà phê Việt tìm đường sang Ai Cập", "Nguyễn Văn An, Trần Thu"],
  ])("%s", (_name, lines, title, author) => {
    const parsed = parseImport(lines.join("\n"), "x.txt")[0]!;
    expect(parsed.title).toBe(title);
    expect(parsed.author).toBe(author);
    expect(parsed.body).not.toMatch(/minutes|phút|\.com|\.vn/);
  });

  it("a host alone on its line is furniture unless it names a known outlet; a reading time as a range is furniture", () => {
    for (const line of ["thenews-example.com", "www.example.org", "tapchi-vidu.com.vn", "5–6 minutes", "8–10 phút", "12-15 min read"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["Kenh14.vn", "5 to 6 minutes of silence", "The talks lasted 5–6 minutes.", "example.com is a domain"]) expect(isFurniture(line), line).toBe(false);
  });
});

describe("bylines", () => {
  it.each([
    ["Nada AlTaher and Ali Al Shouk", "Nada AlTaher and Ali Al Shouk"],
    ["By Glenn McConnell", "Glenn McConnell"],
    ["Ron DeSantis, Mary O’Brien", "Ron DeSantis, Mary O’Brien"],
  ])("reads %s, whose names have a capital inside", (line, name) => {
    expect(readByline(line)).toBe(name);
  });

  it.each(["YouTube Shorts Team", "iPhone", "McDONALD'S", "ChatGPT Plus"])("still reads no byline in %s", (line) => {
    expect(readByline(line)).toBeNull();
  });

  it.each(["Star Business Report", "Star Online Report", "Staff Report", "KT Video Desk", "Web Desk", "News Desk"])("%s is a desk's credit: furniture, no byline", (line) => {
    expect(isFurniture(line)).toBe(true);
    expect(readByline(line)).toBeNull();
  });
});

describe("notes, paywalls and appeals under the text", () => {
  it.each([
    "Want the full story?",
    "Subscribe to The Island Times digital edition for full access to all our stories.",
    "Support PREMIUM NEWS' journalism of integrity and credibility",
    "TEXT AD: Call Ade - +234800000000",
    "Keep up to date with what’s happening in the region and the world.",
    "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
    "For more information, please see our Comments FAQ",
    "All Content by Example Times is licensed under a Creative Commons Attribution 4.0 International License.",
    "News ID: 512877",
    "Bài đăng Tia Sáng số 23/2026",
  ])("%s", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    "Comments are welcome, the minister said, but the decision has been made.",
    "Support for the bill's journalism clauses fell sharply.",
    "The news ID card scheme starts in 2027.",
    "Keep up the pressure on Moscow, he said.",
  ])("a sentence of the text that opens alike stays text: %s", (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe("standfirst, byline, dates, picture, text: a phone's copy of a story", () => {
  const head = ["Port traffic rises a fifth in November", "Officials expect the new terminal to double capacity by the spring.", "Jane Doe", "Published at : December 3, 2026", "Updated at : December 3, 2026 18:20", "3 hours ago", ""];

  it("takes every date line below the standfirst out of the text, and the picture's caption set apart by blank lines", () => {
    const text = [...head, "Container cranes at the port's eastern terminal.", "", ...EN, "", "Jane Doe", "Doe is a reporter covering trade for the Post."].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.publishedAt).toBe("2026-12-03");
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.captions).toEqual(["Container cranes at the port's eastern terminal."]);
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toMatch(/Updated at|Container cranes|is a reporter covering/);
  });

  it.each([
    ["a short first paragraph with a quote", 'He said: "We are ready."'],
    ["two sentences", "Cranes stand idle. Workers wait."],
    ["a line with no blank line below it", "Container cranes at the port's eastern terminal."],
  ])("keeps %s as text", (name, line) => {
    const below = name.startsWith("a line with no blank") ? [line, ...EN] : [line, "", ...EN];
    const parsed = parseImport([...head, ...below].join("\n"), "x.txt")[0]!;
    expect(parsed.captions).toEqual([]);
    expect(parsed.body).toContain(line);
  });

  it("a bio by surname alone is the author's only when the surname is the byline's", () => {
    const tail = (name: string) => parseImport(["Port traffic rises a fifth in November", "", ...EN.flatMap((p) => [p, ""]), "Jane Doe", "", `${name} is a reporter covering trade for the Post.`].join("\n"), "x.txt")[0]!;
    expect(tail("Doe").body).not.toContain("is a reporter covering");
    expect(tail("Smith").body).toContain("Smith is a reporter covering trade");
  });
});

describe("captions that open with the kind of picture", () => {
  it.each(["Ảnh vệ tinh khu vực nhà máy chụp tháng 10/2026.", "A satellite image of the port taken in October."])("%s", (line) => {
    const cleaned = cleanArticle([VI[0], "", line, "", VI[1]].join("\n"));
    expect(cleaned.captions).toEqual([line]);
  });

  it("a sentence about satellite images stays text", () => {
    const line = "Satellite images published this week showed at least four vessels at the port, where containers are moved by rail.";
    expect(cleanArticle([EN[0], "", line, "", EN[1]].join("\n")).captions).toEqual([]);
  });
});

describe("saved pages: archives, caches, print views and galleries", () => {
  const page = (head: string, article: string): string =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body><main><article><h1>Port traffic rises a fifth in November</h1>${article}${EN.map((p) => `<p>${p}</p>`).join("")}</article></main></body></html>`;
  const read = (html: string) => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "x.html"), "x.html")[0]!;

  it.each([
    ["the Wayback Machine", "https://web.archive.org/web/20261203142207/https://example.com/news/port-traffic-rises-2026"],
    ["the Wayback Machine, an image's address", "https://web.archive.org/web/20261203142207im_/https://example.com/news/port-traffic-rises-2026"],
    ["archive.today", "https://archive.ph/aB3dE/https://example.com/news/port-traffic-rises-2026"],
  ])("an address inside %s's gives the original", (_name, address) => {
    expect(read(page(`<link rel="canonical" href="${address}">`, "")).url).toBe("https://example.com/news/port-traffic-rises-2026");
  });

  it("a search engine's cache keeps the original's address in <base href>; a site's root there is no article's address", () => {
    expect(read(page('<base href="https://example.com/news/2026/12/03/port-traffic-rises/201877">', "")).url).toBe("https://example.com/news/2026/12/03/port-traffic-rises/201877");
    expect(read(page('<base href="https://example.com/">', "")).url).toBeNull();
  });

  it("a read-later export names the original by a link printed as its host; a link to a site's root is none", () => {
    const origin = (href: string, text: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Port traffic rises a fifth in November</title></head><body><main><h1>Port traffic rises a fifth in November</h1><div class="origin"><a href="${href}">${text}</a> · 3 min</div>${EN.map((p) => `<p>${p}</p>`).join("")}</main></body></html>`;
    expect(read(origin("https://www.example.com/2026/12/port-traffic-rises/", "www.example.com")).url).toBe("https://www.example.com/2026/12/port-traffic-rises/");
    expect(read(origin("https://www.example.com/2026/12/port-traffic-rises/", "example.com")).url).toBe("https://www.example.com/2026/12/port-traffic-rises/");
    expect(read(origin("https://www.example.com/", "www.example.com")).url).toBeNull();
    expect(read(origin("https://www.example.com/2026/12/port-traffic-rises/", "Read the original")).url).toBeNull();
  });

  it("a date element holding the published and the updated time: the published one", () => {
    const parsed = read(page("", '<div class="dates"><span>Thu Dec 3, 2026 08:00 PM</span><br><span>Last update on: Thu Dec 3, 2026 09:15 PM</span></div>'));
    expect(parsed.publishedAt).toBe("2026-12-03T20:00");
  });

  it.each([
    ['<div class="byline">Star Business Report</div>', null],
    ['<div class="byline">Web Desk</div>', null],
    ['<p class="author">Bài, ảnh: NGỌC LAN</p>', "NGỌC LAN"],
    ['<p class="author">Text and photos: Jane Doe</p>', "Jane Doe"],
  ])("%s: the author is %s", (byline, author) => {
    expect(read(page("", byline)).author).toBe(author);
  });

  it("a gallery's counter inside its figure is no caption", () => {
    const parsed = read(page("", '<figure><span class="idx">1/12</span><img src="1.jpg" alt=""><figcaption>Container cranes at the eastern terminal.</figcaption></figure>'));
    expect(parsed.captions.join(" ")).toContain("Container cranes at the eastern terminal.");
    expect(parsed.captions.join(" ")).not.toMatch(/1\/12/);
  });
});

describe("the archive address pattern on hostile input", () => {
  it("answers at once on a long near miss and leaves it as it is", () => {
    const near = `https://web.archive.org/web/${"1".repeat(14)}im_/${"https:/".repeat(20_000)} x`;
    expect(unwrapArchived(near)).toBe(near);
    const archived = `https://archive.ph/${"a".repeat(50_000)}/https://example.com/a`;
    expect(unwrapArchived(archived)).toBe(archived);
  });
});

describe("who wrote it and whose page it is, in a text's header and footer", () => {
  const story = (head: string[], foot: string[]) => parseImport([...head, "", ...EN.flatMap((p) => [p, ""]), ...foot].join("\n"), "x.txt")[0]!;

  it.each([
    ["by DAILY EXAMPLE WITH AFP", "AFP", null],
    ["By Jane Doe with Reuters", "Reuters", "Jane Doe"],
    ["by Jane Doe WITH AFP", "AFP", "Jane Doe"],
  ])("%s: the wire, and the writer unless a paper is named", (byline, agency, author) => {
    const parsed = story(["Port traffic rises a fifth in November", byline, "Dec 03, 2026 - 4:45 pm"], []);
    expect(parsed.agency).toBe(agency);
    expect(parsed.author).toBe(author);
  });

  it("a language switch's codes above the masthead are furniture, and the masthead names the outlet", () => {
    const parsed = story(["QAZ", "РУС", "ENG", "EXAMPLEINFORM", "Politics", "Economy", "", "Port traffic rises a fifth in November", "03 December 2026 13:25"], []);
    expect(parsed.outlet?.toLowerCase()).toBe("exampleinform");
    for (const code of ["QAZ", "РУС", "ENG"]) expect(isFurniture(code)).toBe(true);
    expect(isFurniture("Qaz")).toBe(false);
  });

  it.each([
    ["Tạp chí Dân chủ và Pháp luật - Bộ Tư pháp", "Tạp chí Dân chủ và Pháp luật"],
    ["Báo Ví Dụ - Hội Nhà báo Việt Nam", "Báo Ví Dụ"],
  ])("%s under the text: furniture, and the outlet", (line, outlet) => {
    const parsed = story(["Cà phê Việt tìm đường sang Ai Cập", "03/12/2026"], [line]);
    expect(parsed.outlet).toBe(outlet);
    expect(parsed.body).not.toContain(line);
  });

  it.each([
    ["example-news.com", "Example News"],
    ["© 2026 example-news.com", "Example News"],
  ])("a text copy whose only clue to its outlet is '%s' at its foot: the outlet the domain reads as", (line, outlet) => {
    expect(story(["Port traffic rises a fifth in November", "Dec 03, 2026 - 4:45 pm"], [line]).outlet).toBe(outlet);
  });

  it("a Vietnamese copy ending with its domain alone, or with it after the rights sign, reads the domain as the outlet", () => {
    for (const line of ["example-news.vn", "© 2026 example-news.vn"]) expect(story(["Cà phê Việt tìm đường sang Ai Cập", "03/12/2026"], [line]).outlet).toBe("example-news.vn");
  });

  it("a domain at the foot gives way to a masthead the copy prints, and a file's name is no domain", () => {
    expect(story(["Báo Ví Dụ", "Cà phê Việt tìm đường sang Ai Cập", "03/12/2026"], ["example-news.vn"]).outlet).toBe("Báo Ví Dụ");
    expect(story(["Port traffic rises a fifth in November", "Dec 03, 2026 - 4:45 pm"], ["chart.png"]).outlet).toBeNull();
  });

  it("an interview's credit, 'Name (thực hiện)', names its writer", () => {
    expect(story(["Cà phê Việt tìm đường sang Ai Cập", "03/12/2026"], ["Thu Hiền (thực hiện)"]).author).toBe("Thu Hiền");
  });
});

describe("a dateline printed as a paragraph of its own above the lead", () => {
  it.each([
    ["BAKU, Azerbaijan, December 3. /Exinform/", "Exinform"],
    ["ASTANA, Dec. 3 (Exinform)", "Exinform"],
    ["MOSCOW, December 3. /TASS/", "TASS"],
  ])("%s credits %s", (dateline, agency) => {
    const parsed = parseImport(["Port traffic rises a fifth in November", "3 December 2026 15:47", "", dateline, "", ...EN.flatMap((p) => [p, ""])].join("\n"), "x.txt")[0]!;
    expect(parsed.agency).toBe(agency);
  });

  it("a short line of capitals without a credit credits no one", () => {
    const parsed = parseImport(["Port traffic rises a fifth in November", "3 December 2026 15:47", "", "BAKU, Azerbaijan, December 3.", "", ...EN.flatMap((p) => [p, ""])].join("\n"), "x.txt")[0]!;
    expect(parsed.agency).toBeNull();
  });
});
