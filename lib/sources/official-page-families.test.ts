// Tests for the families the thirty-eighth held-out corpus showed (official pages: governments, parliaments,
// international organizations, ministries and provincial portals): an official site's long breadcrumb trail, its
// filing lines and short link under the text, attachments with their sizes, a transcript's delivery note, the way back,
// a dated board row ("Date 2026.12.04"), a body's initials spelled out in its banner, a statement's kind with its
// "by …" half below and its speaker, a parent body's greeting and a language list over an office's name, a statement's
// signatory, a news release's "Associated links", a portal's long name in capitals or after the <title>'s dash, "Official website of …", the house's
// news service after a writer's name, the ministry as its own portal's author, a writer signed with their unit, and a
// province's media unit as a source. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { isTailMarker } from "./clean";
import { classifyLine, isFurniture, isSection, readDateLine, withoutBylineTail } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";
import { siteSuffix } from "./share-copy";

const EN = [
  "The ministry said on Thursday that it had shared its assessment of the shipments with the governments of its allies.",
  "Officials added that the count drew on containers moved by sea and by rail over the past eighteen months.",
  "The assessment will be updated once the new satellite images of the border crossing have been reviewed.",
];
const VI = [
  "Ngày 4/12, lãnh đạo Ủy ban làm việc với đoàn đại biểu nước bạn về tình hình khu vực và hợp tác giữa hai cơ quan.",
  "Hai bên trao đổi về việc thực hiện các thỏa thuận đã ký kết, trong đó có hợp tác đào tạo và trao đổi đoàn các cấp.",
  "Lãnh đạo Ủy ban đề nghị hai bên tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương trong thời gian tới.",
];
const parse = (text: string, file = "page.txt") => parseImport(file.endsWith(".html") ? decodeImportFile(Buffer.from(text, "utf8"), file) : text, file)[0];

describe("an official site's breadcrumb trail of long labels", () => {
  it.each([
    "Trang chủ > Hoạt động của Chủ tịch nước > Đối ngoại",
    "Tin tức - Sự kiện > Hoạt động của Ủy ban",
    "Trang chủ / Đấu tranh phản bác quan điểm sai trái",
    "Home > Newsroom > Press releases and statements",
    "Trang chủ » Tin tức » Hoạt động của Lãnh đạo Bộ",
  ])("reads %j as a section trail", (line) => {
    expect(isSection(line)).toBe(true);
  });

  it.each([
    // a headline with an arrow, opening at no home page nor known section
    "Giá vàng hôm nay > 90 triệu đồng một lượng sau phiên tăng mạnh",
    // a sentence after the arrow, lower case
    "Tin tức > những gì hai bên đã thỏa thuận tại cuộc họp hôm qua và sau đó",
    // one long label only
    "Hoạt động của Chủ tịch nước trong tuần qua với các đoàn khách quốc tế",
  ])("leaves %j alone", (line) => {
    expect(isSection(line)).toBe(false);
  });
});

describe("an official page's furniture", () => {
  it.each([
    "Quay lại",
    "Trở về",
    "Back to top",
    "(As delivered)",
    "Check against delivery",
    "(Bản dịch không chính thức)",
    "Text version",
    "Published in sections: News, Transcripts",
    "Persons: Kim Jong Un",
    "Geography: Korea, Democratic People's Republic of",
    "Topics: Address, North Korea, Sanctions",
    "Chuyên mục: Đối ngoại",
    "Direct link: kremlin.ru/d/78512",
    "20261204_press_release_eng.pdf (182 KB)",
    "Tải về: QĐ-2415.docx (1,2 MB)",
    "tcbc-04122026.pdf - 215 KB",
  ])("drops %j", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    "Persons who crossed the border were detained, officials said.",
    "Topics: the talks covered trade, transport and security.",
    "Back in 2019, Kim travelled to Vladivostok by armoured train.",
    "The report (PDF, 40 pages) was published on Friday by the ministry.",
    "The full text was published as annex.pdf (182 KB) on the ministry's site, officials said.",
    "As delivered to parliament, the bill runs to 40 pages.",
  ])("keeps %j", (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it.each(["العربية", "中文", "English", "Français", "Русский", "Welcome to the United Nations", "Welcome to the International Atomic Energy Agency"])("drops the header's %j", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each(["Welcome to the new normal, officials said.", "English is the working language of the talks."])("keeps %j", (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it.each(["Publications on the topic", "On the same topic", "More on this topic", "Associated links"])("ends the text at %j", (line) => {
    expect(isTailMarker(line)).toBe(true);
  });
});

describe("a board row's date and a body's banner", () => {
  it.each([
    ["Date 2026.12.04", "2026-12-04"],
    ["Date: 2026-12-04", "2026-12-04"],
    ["Publication date: December 5, 2026, 12:40", "2026-12-05T12:40"],
  ])("reads %j", (line, want) => {
    expect(readDateLine(line)?.publishedAt).toBe(want);
  });

  it("reads no date from a sentence about a date", () => {
    expect(readDateLine("Date of the summit: not yet set, officials said on Thursday 4")).toBeNull();
  });

  it.each([
    ["NATO - North Atlantic Treaty Organization", "NATO"],
    ["IAEA – International Atomic Energy Agency", "IAEA"],
    ["OSCE | Organization for Security and Co-operation in Europe", "OSCE"],
  ])("reads %j as the outlet's banner", (line, want) => {
    expect(classifyLine(line, "header")).toMatchObject({ role: "outlet", name: want });
  });

  it.each(["NATO - Allies Agree on Air Defence", "EU - Japan Trade Talks Resume"])("leaves the headline %j", (line) => {
    expect(classifyLine(line, "header").role).not.toBe("outlet");
  });
});

describe("official pages as text copies", () => {
  it("reads a committee's page: its banner in capitals, a long trail, the signature with the wire, the way back", () => {
    const p = parse(
      [
        "ỦY BAN ĐỐI NGOẠI CỦA QUỐC HỘI",
        "Giới thiệu",
        "Tin tức - Sự kiện",
        "Tin tức - Sự kiện > Hoạt động của Ủy ban",
        "Chủ nhiệm Ủy ban làm việc với Đoàn nghị sĩ nước bạn",
        "Thứ Sáu, 04/12/2026 16:05",
        ...VI,
        "Hồng Nhung (TTXVN)",
        "Bản in",
        "Quay lại",
        "Các tin khác",
        "Ủy ban Đối ngoại của Quốc hội",
      ].join("\n"),
    );
    expect(p?.title).toBe("Chủ nhiệm Ủy ban làm việc với Đoàn nghị sĩ nước bạn");
    expect(p?.outlet?.toLowerCase()).toBe("ủy ban đối ngoại của quốc hội");
    expect(p?.author).toBe("Hồng Nhung");
    expect(p?.agency).toBe("TTXVN");
    expect(p?.body).not.toContain("Quay lại");
    expect(p?.body).not.toContain("Hoạt động của Ủy ban");
  });

  it("joins a statement's kind and its 'by …' half into the headline, and keeps a byline a byline", () => {
    const doorstep = parse(["NATO - North Atlantic Treaty Organization", "Newsroom", "Doorstep statement", "by NATO Secretary General Mark Rutte ahead of the meeting of NATO Ministers of Foreign Affairs", "04 Dec. 2026", "(As delivered)", ...EN].join("\n"));
    expect(doorstep?.title).toBe("Doorstep statement by NATO Secretary General Mark Rutte ahead of the meeting of NATO Ministers of Foreign Affairs");
    expect(doorstep?.outlet).toBe("NATO");
    expect(doorstep?.body.startsWith(EN[0] as string)).toBe(true);
    const signed = parse(["Remarks", "by Jane Doe", "04 Dec. 2026", ...EN].join("\n"));
    expect(signed?.title ?? "").not.toContain("Jane Doe");
  });

  it("names an office's site under its parent's greeting and language list, and the statement's signatory", () => {
    const p = parse(["العربية", "中文", "English", "Français", "Welcome to the United Nations", "United Nations Secretary-General", "Statements", "Home", "Statement attributable to the Spokesperson for the Secretary-General", "New York, 4 December 2026", ...EN, "Stéphane Dujarric, Spokesman for the Secretary-General", "Download Document", "Privacy Notice"].join("\n"));
    expect(p?.outlet).toBe("United Nations Secretary-General");
    expect(p?.author).toBe("Stéphane Dujarric");
    expect(p?.body).toBe(EN.join("\n\n"));
    // a sentence with a comma after a name is no signature
    expect(parse(["A headline about the talks in Pyongyang", "4 December 2026", ...EN, "Kim Jong Un, who met the minister on Thursday, did not comment."].join("\n"))?.author).toBeNull();
  });

  it("names the speaker of a statement's 'by …' half, and no one for an office alone", () => {
    expect(parse(["Doorstep statement", "by NATO Secretary General Mark Rutte ahead of the meeting of NATO Ministers of Foreign Affairs", "04 Dec. 2026", ...EN].join("\n"))?.author).toBe("Mark Rutte");
    expect(parse(["Remarks", "by the High Representative at the press conference following the Foreign Affairs Council", "04 Dec. 2026", ...EN].join("\n"))?.author).toBeNull();
  });

  it("drops a Kremlin-style filing block under the text", () => {
    const p = parse(["President of Russia", "News", "Telephone conversation with the Chairman", "December 5, 2026", "12:40", ...EN, "Publication date: December 5, 2026, 12:40", "Direct link: kremlin.ru/d/78512", "Text version", "Published in sections: News, Telephone conversations", "Publications on the topic", "Meeting with the Minister of Foreign Affairs", "Persons: Kim Jong Un"].join("\n"));
    expect(p?.publishedAt).toBe("2026-12-05T12:40");
    expect(p?.body).toBe(EN.join("\n\n"));
  });

  it("signs with the writer, not the unit after the dash; two writers stay two", () => {
    expect(parse(["Tọa đàm về điều ước tương trợ tư pháp", "Ngày đăng: 04/12/2026", ...VI, "Ngọc Lan - Vụ Pháp luật quốc tế"].join("\n"))?.author).toBe("Ngọc Lan");
    expect(parse(["Tọa đàm về điều ước tương trợ tư pháp", "Ngày đăng: 04/12/2026", ...VI, "Thanh Tùng - Ngọc Hân"].join("\n"))?.author).toBe("Thanh Tùng, Ngọc Hân");
  });

  it("reads a province's media unit as no agency, a paper named as the source as one", () => {
    expect(parse(["Rà soát công tác kiểm soát hàng hóa", "Ngày đăng: 03/12/2026", ...VI, "Nguồn: Trung tâm Truyền thông tỉnh"].join("\n"))?.agency).toBeNull();
    expect(parse(["Rà soát công tác kiểm soát hàng hóa", "Ngày đăng: 03/12/2026", ...VI, "Nguồn: Báo Quảng Ninh"].join("\n"))?.agency).toBe("Báo Quảng Ninh");
  });

  it("drops the house's news service after a writer's name", () => {
    expect(withoutBylineTail("Ellen Maddox, DOD News")).toBe("Ellen Maddox");
    expect(withoutBylineTail("Jo Park, Army News Service")).toBe("Jo Park");
    expect(withoutBylineTail("Ellen Maddox, Seoul")).toBe("Ellen Maddox, Seoul");
  });
});

describe("official pages saved as HTML", () => {
  const page = (head: string, body: string): string => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const text = EN.map((x) => `<p>${x}</p>`).join("");

  it("names the office of 'Official website of …', and keeps a headline's own phrase after its dash", () => {
    const headline = "Russia is preparing new groups of soldiers for the war – address by the President";
    const p = parse(page(`<title>${headline} — Official website of the President of Ukraine</title><link rel="canonical" href="https://www.president.gov.ua/en/news/x-1">`, `<h1>${headline}</h1><p>4 December 2026 - 21:10</p>${text}`), "page.html");
    expect(p?.outlet).toBe("President of Ukraine");
    expect(p?.title).toBe(headline);
    expect(siteSuffix("Headline about the war – address by the President", "https://www.president.gov.ua/en/news/x")).toBeNull();
  });

  it("reads a government CMS's SiteName meta, and a portal's long name after the <title>'s dash", () => {
    const cn = parse(page(`<title>Spokesperson's Regular Press Conference</title><meta name="SiteName" content="Ministry of Foreign Affairs of the People's Republic of China">`, `<h1>Spokesperson's Regular Press Conference</h1><p>2026-12-04 19:30</p>${text}`), "page.html");
    expect(cn?.outlet).toBe("Ministry of Foreign Affairs of the People's Republic of China");
    const qn = parse(page(`<title>Rà soát công tác kiểm soát hàng hóa - Cổng thông tin điện tử tỉnh Quảng Ninh</title><meta property="og:url" content="https://www.quangninh.gov.vn/Trang/a.aspx?nid=1">`, `<h1>Rà soát công tác kiểm soát hàng hóa</h1><p>Ngày đăng: 03/12/2026 | 16:20</p>${VI.map((x) => `<p>${x}</p>`).join("")}`), "page.html");
    expect(qn?.outlet).toBe("Cổng thông tin điện tử tỉnh Quảng Ninh");
  });

  it("takes the ministry named as its own portal's author for no one, and the signature under the text instead", () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Thứ trưởng tiếp đoàn công tác", datePublished: "2026-12-04T10:45:00+07:00", author: { "@type": "Organization", name: "Bộ Công an" } });
    const p = parse(page(`<title>Thứ trưởng tiếp đoàn công tác - Cổng Thông tin điện tử Bộ Công an</title><meta property="og:site_name" content="Cổng Thông tin điện tử Bộ Công an"><script type="application/ld+json">${ld}</script>`, `<h1>Thứ trưởng tiếp đoàn công tác</h1>${VI.map((x) => `<p>${x}</p>`).join("")}<p><strong>Thành Trung</strong></p>`), "page.html");
    expect(p?.author).toBe("Thành Trung");
  });
});
