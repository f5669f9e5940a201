// Tests for the families the twenty-second held-out corpus showed, of pages that reach a newsroom second-hand: the
// chrome an archive, a cache or a translator prints above a copied page (the Wayback Machine's toolbar, archive.today's
// header, a search engine's cache banner, Google Translate's proxy bar, a browser's translate bar) and the original's
// address inside theirs; a relayed headline's flags; a portal's "© Provided by" credit; a picture's label after the
// caption in words "Photo:" does not cover; a compiler's signature; a free site's appeal; a numeric date the address
// states the other way round; a credit printed above its caption. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { COFFEE_VI, PORT_EN } from "@/test/family-parse";
import { archiveTodaySource, isBrowserTranslated, unproxiedAddress, withoutServiceChrome } from "./archive-copy";
import { cleanArticle, isFurnitureLine } from "./clean";
import { monthFirstByAddress } from "./dates";
import { isCaptionLine, isCreditOnly, readByline } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";
import { creditedOriginal, isAggregator, withoutLeadingFlags } from "./relay-post";

const EN = PORT_EN;
const VI = COFFEE_VI;
const ORIGINAL = "https://www.portweekly.com/news/2026/12/03/port-traffic-rises/";
const article = ["Port traffic rises as new terminal nears", "By Jane Doe", "December 3, 2026", ...EN];
const parse = (lines: string[]) => parseImport(`${lines.join("\n")}\n`, "x.txt")[0]!;

describe("a copy through an archive, a cache or a translator", () => {
  const wayback = [
    `The Wayback Machine - https://web.archive.org/web/20261204183310/${ORIGINAL}`,
    ORIGINAL,
    "Go",
    "12 captures",
    "03 Dec 2026 - 05 Dec 2026",
    "NOV\tDEC\tJAN",
    "04",
    "2025\t2026\t2027",
    "success",
    "fail",
    "About this capture",
    "COLLECTED BY",
    "Collection: Save Page Now Outlinks",
    "Pages saved by the Save Page Now service whenever a reader asks for one, with the pages they link to.",
    "TIMESTAMPS",
    "loading",
  ];

  it("drops the Wayback Machine's toolbar, expanded or not, and keeps the original's address", () => {
    for (const bar of [wayback, wayback.slice(0, 11)]) {
      const parsed = parse([...bar, ...article]);
      expect(parsed.title).toBe("Port traffic rises as new terminal nears");
      expect(parsed.url).toBe(ORIGINAL);
      expect(parsed.publishedAt).toBe("2026-12-03");
      expect(parsed.author).toBe("Jane Doe");
      for (const para of EN) expect(parsed.body).toContain(para);
      expect(parsed.body).not.toMatch(/captures|About this capture|Save Page Now|TIMESTAMPS/);
    }
  });

  it("drops archive.today's header and keeps the address it was saved from", () => {
    const header = ["archive.today", "webpage capture", "Saved from", ORIGINAL, "search", "4 Dec 2026 22:17:40 UTC", "no other snapshots from this url", "All snapshots from host www.portweekly.com", "Webpage", "Screenshot", "share", "download .zip", "report bug or abuse", "Buy me a coffee"];
    const parsed = parse([...header, "PORT WEEKLY", ...article]);
    expect(parsed.url).toBe(ORIGINAL);
    expect(parsed.outlet).not.toMatch(/snapshots/i);
    expect(parsed.body).not.toMatch(/report bug|Buy me a coffee/);
  });

  it.each([
    [`This is a snapshot of ${ORIGINAL} as it appeared on 5 Dec 2026 03:02:44 GMT.`, "The current page could have changed in the meantime.", "Full version", "Text-only version", "View source"],
    [`This is Google's cache of ${ORIGINAL}. It is a snapshot of the page as it appeared on 5 Dec 2026 03:02:44 GMT.`, "The current page could have changed in the meantime. Learn more.", "Full version", "Text-only version", "View source", "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar."],
    [`Đây là bản lưu trong bộ nhớ đệm của ${ORIGINAL}.`, "Đây là ảnh chụp nhanh của trang vào lúc 05/12/2026 02:11:35 GMT.", "Trang hiện tại có thể đã thay đổi trong thời gian chờ đợi.", "Phiên bản đầy đủ", "Phiên bản chỉ văn bản", "Xem nguồn"],
  ])("drops a cache's banner, English and Vietnamese, and keeps the original's address: %s", (...banner) => {
    const parsed = parse([...banner, ...article]);
    expect(parsed.title).toBe("Port traffic rises as new terminal nears");
    expect(parsed.url).toBe(ORIGINAL);
    expect(parsed.publishedAt).toBe("2026-12-03");
    expect(parsed.body).not.toMatch(/snapshot|ảnh chụp nhanh|Text-only|chỉ văn bản/i);
  });

  it("drops Google Translate's proxy bar and reads the proxied address as the original's", () => {
    const bar = ["https://www-portweekly-com.translate.goog/news/2026/12/03/port-traffic-rises/?_x_tr_sl=ru&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wapp", "Russian", "English", "Original text", "Rate this translation", "Your feedback will be used to help improve Google Translate"];
    const parsed = parse([...bar, ...article]);
    expect(parsed.title).toBe("Port traffic rises as new terminal nears");
    expect(parsed.url).toBe(ORIGINAL);
    expect(parsed.body).not.toMatch(/Google Translate|Rate this/);
  });

  it.each([
    ["Translated from Korean", "Show original", "Options"],
    ["Dịch từ tiếng Nga", "Hiển thị bản gốc", "Tùy chọn"],
    ["Translated from Russian to English"],
  ])("drops a browser's translate bar: %s", (...bar) => {
    const parsed = parse([...bar, ...article]);
    expect(parsed.title).toBe("Port traffic rises as new terminal nears");
    expect(parsed.outlet ?? "").not.toMatch(/translated|dịch/i);
  });

  it("leaves a text alone when its first line opens no service's block", () => {
    for (const text of [
      `${article.join("\n")}\n`,
      `The Wayback Machine kept a copy of the port's old page, officials said.\n${EN.join("\n")}\n`,
      `Go\n${EN.join("\n")}\n`,
      `${EN[0]}\nAbout this capture\nTIMESTAMPS\n`,
      `This is a snapshot of the port's traffic in November.\n${EN.join("\n")}\n`,
    ]) {
      expect(withoutServiceChrome(text)).toBe(text);
    }
  });

  it("reads only the first lines, and none longer than a toolbar's: a huge first line is left alone", () => {
    const huge = `The Wayback Machine - https://web.archive.org/web/20261204183310/https://${"a".repeat(1_000_000)}\nGo\nTIMESTAMPS\n${EN[0]}\n`;
    expect(withoutServiceChrome(huge)).toBe(huge);
    const deep = `${"Go\n".repeat(100_000)}${EN[0]}\n`;
    expect(withoutServiceChrome(deep)).toBe(deep);
  });

  it("stops at the first line that is not the service's, however the text goes on", () => {
    const text = ["archive.today", "webpage capture", "Saved from", ORIGINAL, "PORT WEEKLY", "search", "share"].join("\n");
    expect(withoutServiceChrome(text)).toBe(`Link: ${ORIGINAL}\n\nPORT WEEKLY\nsearch\nshare`);
  });
});

describe("the original's address inside an archive's or a translation proxy's", () => {
  it.each([
    ["https://www-kommersant-ru.translate.goog/doc/7312458?_x_tr_sl=ru&_x_tr_tl=vi&_x_tr_hl=vi&_x_tr_pto=wapp", "https://www.kommersant.ru/doc/7312458"],
    ["https://rg-ru.translate.goog/2026/12/02/reg-dfo/vladivostok-vonsan.html?_x_tr_sl=ru&_x_tr_tl=en", "https://rg.ru/2026/12/02/reg-dfo/vladivostok-vonsan.html"],
    ["https://my--site-com.translate.goog/a/b?id=5&_x_tr_sl=ko&_x_tr_tl=en#top", "https://my-site.com/a/b?id=5#top"],
    ["https://web.archive.org/web/20261204183310/https://www.portweekly.com/a/", "https://www.portweekly.com/a/"],
    ["https://archive.ph/Qm1zX/https://www.portweekly.com/a/", "https://www.portweekly.com/a/"],
  ])("%s is %s", (address, original) => {
    expect(unproxiedAddress(address)).toBe(original);
  });

  it.each(["https://translate.google.com/?sl=ru&tl=en&text=x", "https://www.portweekly.com/translate.goog/a", "https://web.archive.org/details/portweekly"])("leaves another address as it is: %s", (address) => {
    expect(unproxiedAddress(address)).toBe(address);
  });
});

describe("a relayed headline's flags", () => {
  it.each([
    ["🇷🇺🇰🇵 Putin hands Kim fighter jets", "Putin hands Kim fighter jets"],
    ["🇰🇷 Seoul summons Russian ambassador", "Seoul summons Russian ambassador"],
    ["🇷🇺🇰🇵Khai mạc triển lãm ảnh", "Khai mạc triển lãm ảnh"],
  ])("are no part of it: %s", (title, want) => {
    expect(withoutLeadingFlags(title)).toBe(want);
  });

  it.each(["⚡️ New group of artillerymen arrives", "🇷🇺🇰🇵", "🇷🇺 🇰🇵 …", "Putin 🇷🇺 meets Kim 🇰🇵"])("a title without flags in front, or of flags only, stays as it is: %s", (title) => {
    expect(withoutLeadingFlags(title)).toBe(title);
  });
});

describe("a numeric date the article's address states the other way round", () => {
  it("is read month first", () => {
    expect(monthFirstByAddress("2026-02-12T18:05", "https://rg.ru/2026/12/02/reg-dfo/x.html")).toBe("2026-12-02T18:05");
    expect(monthFirstByAddress("2026-03-12", "https://www.portweekly.com/2026-12-03/x/")).toBe("2026-12-03");
  });

  it.each([
    ["2026-12-02T18:05", "https://rg.ru/2026/12/02/x.html"], // the address agrees
    ["2026-02-12T18:05", "https://rg.ru/2026/12/05/x.html"], // another day
    ["2026-12-13T18:05", "https://rg.ru/2026/13/12/x.html"], // no month 13
    ["2026-05-05T10:00", "https://rg.ru/2026/05/05/x.html"], // day and month the same
    ["2026-02-12T18:05", "https://rg.ru/news/x.html"], // no date in the address
  ])("stays as read otherwise: %s at %s", (date, address) => {
    expect(monthFirstByAddress(date, address)).toBe(date);
  });

  it("in a parse: the page's '12/02/2026 18:05' under an address of 2 December", () => {
    const parsed = parse(["Link: https://rg.ru/2026/12/02/reg-dfo/first-flight.html", "The first flight landed in Wonsan", "12/02/2026 18:05", ...EN]);
    expect(parsed.publishedAt).toBe("2026-12-02T18:05");
  });
});

describe("a portal's credit for a partner's picture", () => {
  it.each(["© Provided by Washington Examiner", "©Provided by The Week", "Provided by Port Weekly", "© Cung cấp bởi Truyền hình Nhân Dân", "Được cung cấp bởi Báo Một Thế Giới"])("is a credit alone: %s", (line) => {
    expect(isCreditOnly(line)).toBe(true);
  });

  it.each(["Provided by the ministry, the figures show a rise in traffic", "provided by the port", "© 2026 Port Weekly. All rights reserved."])("a sentence or a copyright line is none: %s", (line) => {
    expect(isCreditOnly(line)).toBe(false);
  });

  it("makes the short line above it a caption in a text copy", () => {
    const parsed = parse(["Port traffic rises as new terminal nears", "Story by Jane Doe", EN[0], EN[1], "Cranes at the new terminal on Monday.", "© Provided by Port Weekly", EN[2]]);
    expect(parsed.captions.join(" ")).toContain("Cranes at the new terminal on Monday.");
    expect(parsed.body).not.toContain("Provided by");
  });
});

describe("a picture's label after the caption, in the words 'Photo:' does not cover", () => {
  it.each([
    "Kim Jong Un and Vladimir Putin sign the treaty in Pyongyang in June 2024. Image: Kremlin.ru",
    "The minister announced the sanctions on Friday. Picture: Supplied",
    "A view of the new terminal. Illustration: Jane Doe",
    "Tàu cập cảng Hải Phòng sáng 3/12. Hình: TTXVN",
    "A chart of monthly volumes. GRAPHIC: PORT WEEKLY",
  ])("makes the line a caption: %s", (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    "Officials said the figures were preliminary. Picture this: twelve cranes, one berth!",
    "The figures rose again. Image: Port Authority: a rise of a fifth.",
    "The ministry confirmed it on Friday. Image: Mr Kim said he had seen it himself but declined to say where, when or with whom he saw it",
    "Volumes rose in November. Graphic designers at the port drew the new berths.",
  ])("a sentence that uses the words is none: %s", (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });
});

describe("a compiler's signature", () => {
  it.each([
    ["Hải Anh (tổng hợp)", "Hải Anh"],
    ["Hải Anh (Tổng hợp)", "Hải Anh"],
    ["Minh Châu (lược dịch)", "Minh Châu"],
    ["Jane Doe (compiled)", "Jane Doe"],
  ])("names the writer: %s", (line, name) => {
    expect(readByline(line)).toBe(name);
  });

  it.each(["(tổng hợp)", "Theo tổng hợp của Bộ Công Thương, giá cà phê tăng."])("a note or a sentence is no byline: %s", (line) => {
    expect(readByline(line)).toBeNull();
  });

  it("keeps the last paragraph under a one-item related box above it", () => {
    const parsed = parse(["Giá cà phê xuất khẩu tăng mạnh", "Thứ Tư, 03/12/2026, 21:15", VI[0], VI[1], "Tin liên quan:", "Xuất khẩu gạo sang châu Phi tăng", VI[2], "Hải Anh (tổng hợp)", "Báo Cà phê - Cơ quan của Hiệp hội Cà phê"]);
    for (const para of VI) expect(parsed.body).toContain(para);
    expect(parsed.author).toBe("Hải Anh");
  });
});

describe("a free site's appeal", () => {
  it.each(["Our journalism is free and independent. Support it today.", "This journalism is free to read, but not free to produce. Please support us.", "Our reporting is independent — help us keep it that way.", "Support us today", "Báo chí độc lập cần sự ủng hộ của bạn"])("is furniture: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each(["Our journalism is independent of the state, the editor said on Monday.", "This reporting is free of charge for schools, the ministry said.", "Support for the terminal is growing today among shipping lines."])("a sentence of the text is none: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("a picture's credit printed above its caption", () => {
  it.each([
    ["Ảnh: RIA Novosti/Vitaly Ankov", "Phó Thủ tướng Nga tại cuộc họp báo ở Vladivostok."],
    ["Photo: press service of the regional government", "Passengers of the first flight at the airport."],
  ])("makes the short finished sentence below it the caption, not the unfinished line above: %s", (credit, caption) => {
    const text = ["Kim ngạch thương mại tăng gấp ba lần trong mười tháng", credit, caption, EN[0], EN[1]].join("\n");
    const cleaned = cleanArticle(text);
    expect(cleaned.captions.join(" ")).toContain(caption);
    expect(cleaned.captions.join(" ")).not.toContain("Kim ngạch");
    for (const para of EN.slice(0, 2)) expect(cleaned.body).toContain(para);
  });

  it("a finished caption above the credit keeps it (the credit closes the caption above)", () => {
    const cleaned = cleanArticle([EN[0], "", "Cranes at the new terminal on Monday.", "Ảnh: Hoàng Dũng", "Ships wait in the bay.", EN[1]].join("\n"));
    expect(cleaned.captions.join(" ")).toContain("Cranes at the new terminal on Monday.");
    expect(cleaned.captions.join(" ")).not.toContain("Ships wait in the bay.");
  });

  it("a long sentence below the credit is the text, not a caption", () => {
    const cleaned = cleanArticle(["Kim ngạch thương mại tăng gấp ba lần trong mười tháng", "Ảnh: Hoàng Dũng", EN[0], EN[1]].join("\n"));
    expect(cleaned.body).toContain(EN[0]);
    expect(cleaned.captions.join(" ")).not.toContain(EN[0]);
  });
});

describe("a page's buttons and labels copied along", () => {
  it.each([
    "Normal text size",
    "Larger text size",
    "Very large text size",
    "Font size",
    "Tăng cỡ chữ",
    "Cỡ chữ",
    "License this article",
    "Reprint this story",
    "Today's read: 9 minutes.",
    "Estimated reading time: 4 minutes",
    "Thời gian đọc: 5 phút",
    "Related video: North Korea tests new cruise missile (Associated Press)",
    "Video liên quan: Triều Tiên phóng thử tên lửa",
    "Reactions: hoanglong_vn, bmt99 and 12 others",
  ])("is furniture: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "The text size of the treaty is small, but its meaning is large.",
    "Reading time for the treaty is about an hour, diplomats said.",
    "License this article's claims to the ministry, the court ruled on Monday.",
    "Related videos circulated online showed the train arriving in Vladivostok on Tuesday.",
    "Reactions from Seoul and Tokyo were swift and angry on Tuesday.",
  ])("a sentence of the text is none: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("a portal's repost of another outlet's article", () => {
  it.each([
    ["This story was originally published by The Week.", "The Week"],
    ["Originally published by Port Weekly", "Port Weekly"],
    ["Read the original article on The Dallas Morning News", "The Dallas Morning News"],
    ["Xem bài gốc trên Truyền hình Nhân Dân", "Truyền hình Nhân Dân"],
    ["© Provided by Washington Examiner", "Washington Examiner"],
  ])("names the outlet it credits: %s", (line, outlet) => {
    expect(creditedOriginal(`${EN[0]}\n${line}\n${EN[1]}`)).toBe(outlet);
  });

  it.each([`${EN.join("\n")}\n`, "Originally published by MSN\n", "This story was originally published on December 3, 2026.\n", `Read the original ${"a".repeat(200)}\n`])("names none otherwise: %s", (text) => {
    expect(creditedOriginal(text)).toBeNull();
  });

  it("is read as the outlet when the page names only the portal", () => {
    const parsed = parse(["Skip to main content", "MSN", "Search the web", "Port traffic rises as new terminal nears", "Story by Jane Doe", EN[0], EN[1], EN[2], "This story was originally published by Port Weekly.", "Privacy & Cookies"]);
    expect(parsed.outlet).toBe("Port Weekly");
    expect(isAggregator("MSN")).toBe(true);
    expect(isAggregator("Port Weekly")).toBe(false);
  });

  it("an outlet's own page crediting a wire keeps its own name", () => {
    const parsed = parse(["PORT WEEKLY", "Port traffic rises as new terminal nears", "By Jane Doe", EN[0], EN[1], EN[2], "Originally published by Reuters", "© 2026 Port Weekly"]);
    expect(parsed.outlet).not.toBe("Reuters");
  });
});

describe("an archive.today copy saved as a page", () => {
  const header = (value: string, action = "https://archive.ph/search/") =>
    `<html><body><div id="HEADER"><table><tr><td>archive.today</td><td><form action="${action}" method="get"><input type="text" name="q" value="${value}"><input type="submit" value="search"></form></td></tr></table></div><div id="CONTENT"><h1>Port traffic rises as new terminal nears</h1><p>${EN[0]}</p></div></body></html>`;

  it("keeps the address it was saved from, the page's own metadata being stripped", () => {
    expect(archiveTodaySource(header(ORIGINAL))).toBe(ORIGINAL);
    expect(archiveTodaySource(header("https://www.portweekly.com/a?id=1&amp;p=2"))).toBe("https://www.portweekly.com/a?id=1&p=2");
    const parsed = parseImport(decodeImportFile(Buffer.from(header(ORIGINAL)), "x.html"), "x.html")[0]!;
    expect(parsed.url).toBe(ORIGINAL);
  });

  it.each([
    ["another site's search box", header(ORIGINAL, "https://www.portweekly.com/search/")],
    ["no address in the box", header("north korea")],
    ["no header", `<html><body><form action="https://archive.ph/search/"><input name="q" value="${ORIGINAL}"></form></body></html>`],
    ["a huge page of inputs", `<div id="HEADER"><form action="https://archive.ph/search/">${"<input type=text value=x>".repeat(5000)}</form></div>`],
  ])("reads none from %s", (_what, html) => {
    expect(archiveTodaySource(html)).toBeNull();
  });
});

describe("a photographer's bare name under a caption, between paragraphs of the text", () => {
  const caption = "Foreign Minister Penny Wong announced the sanctions in Adelaide on Friday.";

  it("makes the short sentence above it a caption and leaves both out of the text", () => {
    const cleaned = cleanArticle([EN[0], caption, "Michael Currie", EN[1], EN[2]].join("\n"));
    expect(cleaned.captions.join(" ")).toContain(caption);
    expect(cleaned.body).not.toContain("Michael Currie");
    for (const para of EN) expect(cleaned.body).toContain(para);
  });

  it.each([
    ["a signature under the last paragraph", [EN[0], EN[1], "He declined to say when the sanctions would take effect.", "Michael Currie"]],
    ["a sub-heading under a paragraph", [EN[0], "Michael Currie", EN[1], EN[2]]],
    ["a quoted sentence above the name", [EN[0], "\"We will not stand by,\" the minister said in Adelaide on Friday.", "Michael Currie", EN[1]]],
    ["two sentences above the name", [EN[0], "The minister spoke on Friday. She took no questions at all.", "Michael Currie", EN[1]]],
    ["a line that is no name", [EN[0], caption, "Read more about it", EN[1]]],
  ])("is none in %s", (_what, lines) => {
    const cleaned = cleanArticle(lines.join("\n"));
    expect(cleaned.captions.join(" ")).not.toContain("Michael Currie");
  });
});

describe("a page the browser translated before it was saved", () => {
  const wrapped = (s: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${s}</font></font>`;
  // (the untranslated page has no <font> wrappers: Chrome writes them only as it translates)
  const page = (htmlTag: string, font: (s: string) => string = htmlTag.includes("translated-") ? wrapped : (s) => s) =>
    `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8"><title>국정원 "북한 정찰위성, 러시아 기술 지원 정황"</title><meta property="og:title" content="국정원 &quot;북한 정찰위성, 러시아 기술 지원 정황&quot;"><meta property="og:site_name" content="한국일보"></head><body><header><h1 class="logo"><a href="/"><img src="/logo.svg" alt="Hankook Ilbo"></a></h1></header><div class="end-top"><h2 class="title">${font("NIS: Signs of Russian help for the North's satellite")}</h2><span class="writer">${font("Reporter Kim Ji-hyun")}</span><dl><dt>${font("Input")}</dt><dd>2026.12.04 10:35</dd></dl></div><div class="end-body">${EN.map((p) => `<p class="editor-p">${font(p)}</p>`).join("")}</div></body></html>`;

  it("is told by its root element's class", () => {
    expect(isBrowserTranslated(page('<html lang="ko" class="translated-ltr">'))).toBe(true);
    expect(isBrowserTranslated(page('<html lang="ar" class="no-js translated-rtl">'))).toBe(true);
    expect(isBrowserTranslated(page('<html lang="ko">'))).toBe(false);
    expect(isBrowserTranslated(`<html lang="en"><body><p class="translated-ltr">${EN[0]}</p></body></html>`)).toBe(false);
  });

  it("is told by Chrome's <font> wrappers when the root is unmarked, three runs or more", () => {
    expect(isBrowserTranslated(page('<html lang="ko">', wrapped))).toBe(true);
    expect(isBrowserTranslated(page('<html lang="vi">', wrapped))).toBe(true);
    // one wrapped run is a page's own old markup
    expect(isBrowserTranslated(`<html lang="en"><body><p>${wrapped(EN[0] as string)}</p><p>${EN[1]}</p></body></html>`)).toBe(false);
    expect(isBrowserTranslated(`<html><body><p><font style="color: red;">a</font><font style="color: red;">b</font><font style="color: red;">c</font></p></body></html>`)).toBe(false);
  });

  it("is told by a translate.goog address in its <base>, canonical link or og:url (Google Translate's proxy)", () => {
    const proxied = (tag: string) => `<!DOCTYPE html><html lang="vi"><head>${tag}<title>x</title></head><body><p>${EN[0]}</p></body></html>`;
    expect(isBrowserTranslated(proxied('<base href="https://www-joongang-co-kr.translate.goog/article/1?_x_tr_sl=ko&amp;_x_tr_tl=vi">'))).toBe(true);
    expect(isBrowserTranslated(proxied('<link rel="canonical" href="https://www-rbc-ru.translate.goog/politics/1?_x_tr_sl=ru&amp;_x_tr_tl=en">'))).toBe(true);
    expect(isBrowserTranslated(proxied('<meta property="og:url" content="https://www-kommersant-ru.translate.goog/doc/7?_x_tr_sl=ru">'))).toBe(true);
    // a link to the proxy in the text, or an address on another host, is no sign
    expect(isBrowserTranslated(`<html><head><link rel="canonical" href="https://example.com/a"></head><body><a href="https://www-a-com.translate.goog/">x</a></body></html>`)).toBe(false);
    expect(isBrowserTranslated(proxied('<link rel="canonical" href="https://translate.goog.example.com/a">'))).toBe(false);
  });

  it("names the outlet and the writer as the page shows them translated, not as its head keeps them in the original's script", () => {
    const head = '<title>크렘린 "근거 없다"</title><meta property="og:site_name" content="중앙일보"><meta name="author" content="정민서"><link rel="canonical" href="https://www-joongang-co-kr.translate.goog/article/25390021?_x_tr_sl=ko&amp;_x_tr_tl=vi">';
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${head}</head><body><div id="gt-nvframe" class="skiptranslate"><a class="gt-logo" href="https://translate.google.com/">Google Dịch</a></div><header><a class="logo" href="/">${wrapped("JoongAng Ilbo")}</a></header><article><h1>${wrapped("Điện Kremlin: Các cáo buộc là vô căn cứ")}</h1><div class="byline">${wrapped("Phóng viên Jeong Min-seo")}</div>${EN.map((p) => `<p>${wrapped(p)}</p>`).join("")}</article><footer><p>${wrapped("Bản quyền © JoongAng Ilbo. Nghiêm cấm sao chép")}</p></footer><div id="goog-gt-tt" class="skiptranslate"><div class="logo"><img src="t.png" alt="Google Dịch"></div></div></body></html>`;
    const parsed = parseImport(decodeImportFile(Buffer.from(html), "x.html"), "x.html")[0]!;
    expect(parsed.outlet).toBe("JoongAng Ilbo");
    expect(parsed.author).toBe("Jeong Min-seo");
    expect(parsed.url).toBe("https://www.joongang.co.kr/article/25390021");
  });

  it("of two names the translated page prints for itself, one inside the other, takes the shorter", () => {
    const html = (logo: string, foot: string) =>
      `<!DOCTYPE html><html lang="vi" class="translated-ltr"><head><meta charset="utf-8"><title>В Кремле</title><meta property="og:site_name" content="Коммерсантъ"></head><body><header><a class="logo" href="/">${wrapped(logo)}</a></header><article><h1>${wrapped("Điện Kremlin bác bỏ cáo buộc về đạn dược")}</h1>${EN.map((p) => `<p>${wrapped(p)}</p>`).join("")}</article><footer><p>${wrapped(foot)}</p></footer></body></html>`;
    const outlet = (logo: string, foot: string) => parseImport(decodeImportFile(Buffer.from(html(logo, foot)), "x.html"), "x.html")[0]?.outlet;
    expect(outlet("Kommersant", "© 1991-2026 Nhà xuất bản Kommersant. Mọi quyền được bảo lưu.")).toBe("Kommersant");
    expect(outlet("Yomiuri Shimbun Online", "Bản quyền © The Yomiuri Shimbun.")).toBe("The Yomiuri Shimbun");
  });

  it("is titled by an element named a title when the page sets its headline in no heading", () => {
    const html = (title: string) =>
      `<!DOCTYPE html><html lang="vi" class="translated-ltr"><head><meta charset="utf-8"><title>로동신문</title></head><body><div class="menu"><a class="title-link">${wrapped("Trang chủ")}</a></div><div class="article"><p class="news_Title">${wrapped(title)}</p>${EN.map((p) => `<p>${wrapped(p)}</p>`).join("")}</div></body></html>`;
    const parsed = parseImport(decodeImportFile(Buffer.from(html("Bộ trưởng Ngoại giao Liên bang Nga tới Bình Nhưỡng")), "x.html"), "x.html")[0]!;
    expect(parsed.title).toBe("Bộ trưởng Ngoại giao Liên bang Nga tới Bình Nhưỡng");
    // a title-named element too short for a headline is passed over
    expect(parseImport(decodeImportFile(Buffer.from(html("Tin ngắn")), "x.html"), "x.html")[0]?.title).not.toBe("Tin ngắn");
  });

  it("keeps a head's name in the original script when the page's own text is in that script too", () => {
    const html = `<!DOCTYPE html><html lang="ko" class="translated-ltr"><head><meta charset="utf-8"><title>x</title><meta property="og:site_name" content="중앙일보"></head><body><header><a class="logo" href="/">JoongAng Ilbo</a></header><article><h1>크렘린 "북한 탄약 공급 의혹은 근거 없다"</h1><p>드미트리 페스코프 크렘린궁 대변인은 3일 서방의 의혹을 일축했다. 그는 러시아와 북한의 관계가 모든 분야에서 발전하고 있다고 말했다.</p></article></body></html>`;
    expect(parseImport(decodeImportFile(Buffer.from(html), "x.html"), "x.html")[0]?.outlet).toBe("중앙일보");
  });

  it("is titled by the headline it prints, not by its untranslated metadata", () => {
    const parsed = parseImport(decodeImportFile(Buffer.from(page('<html lang="ko" class="translated-ltr">')), "x.html"), "x.html")[0]!;
    expect(parsed.title).toBe("NIS: Signs of Russian help for the North's satellite");
    for (const para of EN) expect(parsed.body).toContain(para);
  });

  it("an untranslated page keeps its metadata's title", () => {
    const parsed = parseImport(decodeImportFile(Buffer.from(page('<html lang="ko">')), "x.html"), "x.html")[0]!;
    expect(parsed.title).toContain("국정원");
  });
});

describe("what a transfer does to a copy changes nothing the service's block is told by", () => {
  it("a decomposed or zero-width-spaced block is dropped as the plain one is", () => {
    const text = ["Dịch từ tiếng Nga", "Hiển thị bản gốc", "Tùy chọn", ...article].join("\n");
    expect(withoutServiceChrome(text.normalize("NFD"))).not.toMatch(/Dịch từ/u);
    expect(withoutServiceChrome(text.normalize("NFD")).normalize("NFC")).toBe(article.join("\n"));
    expect(withoutServiceChrome(text.replace(/\n/g, "\n\u200b"))).not.toContain("Hiển thị");
  });

  it("a title whose flags a copy could not keep loses their replacement characters", () => {
    expect(withoutLeadingFlags("\uFFFD\uFFFD\uFFFD\uFFFD Khai mạc triển lãm ảnh")).toBe("Khai mạc triển lãm ảnh");
  });
});
