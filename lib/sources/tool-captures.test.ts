// The forms the tools a reporter takes a page with leave on it (blind corpus 27): a page printed to PDF and its text
// extracted (print-copy.ts), clipper notes (MarkDownload's front matter above its title, a Notion export's properties,
// Joplin's title said again, a picture's caption in italics), a chat export's left-out media and replies
// (chat-copy.ts), prompts and labels kept from the page's boxes (page-notices.ts isPromptNote), repeated labels and link
// lists inside the text, the lead picture's caption under a sapo, photographers' credits with spaced slashes, bios
// with a post in capitals, a caption with its credit above the lead, and saved clipper or print pages (html.ts).
import { describe, expect, it } from "vitest";
import { withoutChatStamps } from "./chat-copy";
import { cleanArticle } from "./clean";
import { clippingText } from "./clipping";
import { htmlToImportText } from "./html";
import { isCreditOnly } from "./layout-model";
import { isPromptNote } from "./page-notices";
import { decodeImportFile, parseImport } from "./parse-import";
import { entity, messageText } from "@/test/zip-file";
import { withoutPrintFurniture } from "./print-copy";
import { bestTime, pathologicalChatExport, pathologicalPrintCopy } from "./pathological";

const parse = (text: string, file = "x.txt") => parseImport(text, file)[0];

describe("a page printed to PDF, its text extracted", () => {
  const chrome = [
    "12/5/26, 9:41 AM Moscow and Pyongyang Sign a Grain Deal | The Example Review",
    "WORLD",
    "Moscow and Pyongyang Sign a Grain",
    "Deal",
    "By Jane Roe",
    "December 4, 2026",
    "Russia agreed on Thursday to ship 200,000 tonnes of wheat to North Korea over the next year, officials",
    "in both capitals said, in the latest sign of deepening economic ties between the two neighbours.",
    "The deal, signed in Vladivostok, covers grain and flour and will be paid for partly in goods, ac-",
    "https://review.example.com/world/moscow-pyongyang-grain-deal 1/2",
    "12/5/26, 9:41 AM Moscow and Pyongyang Sign a Grain Deal | The Example Review",
    "cording to a statement from the Russian agriculture ministry published on its website on Thursday.",
    "Western officials said the shipments would be watched closely for any link to weapons transfers.",
    "https://review.example.com/world/moscow-pyongyang-grain-deal 2/2",
  ].join("\n");

  it("drops Chrome's header and footer on every page, reads the title and the address, joins the paragraph the page break and a hyphen cut", () => {
    const p = parse(chrome);
    expect(p?.title).toBe("Moscow and Pyongyang Sign a Grain Deal");
    expect(p?.url).toBe("https://review.example.com/world/moscow-pyongyang-grain-deal");
    expect(p?.publishedAt?.startsWith("2026-12-04")).toBe(true);
    expect(p?.body).toContain("will be paid for partly in goods, according to a statement from the Russian agriculture ministry");
    expect(p?.body).not.toContain("9:41");
    expect(p?.body).not.toContain("1/2");
  });

  it("reads Firefox's print too: the title and address on top, \"1 of 2\" and the time at the foot", () => {
    const text = withoutPrintFurniture(["Grain deal signed – The Example Review https://review.example.com/world/grain-deal", "Body line one of the story that runs for a while.", "1 of 1 12/5/26, 9:41 AM"].join("\n"));
    expect(text).toContain("Link: https://review.example.com/world/grain-deal");
    expect(text).not.toContain("1 of 1");
  });

  it("leaves alone a text with a counter but no print header, or a header with no counter below it", () => {
    const noHeader = "A line of text.\nhttps://example.com/a 1/2\nMore text.";
    expect(withoutPrintFurniture(noHeader)).toBe(noHeader);
    const noFooter = "12/5/26, 9:41 AM Some title\nA line of text.\nMore text.";
    expect(withoutPrintFurniture(noFooter)).toBe(noFooter);
  });

  it("keeps a hyphen before a capital or a figure (a compound's, a range's), joins one only before a lower-case word", () => {
    const text = withoutPrintFurniture(["12/5/26, 9:41 AM Title of the page here", "the Russia-", "North Korea deal and the 2025-", "2026 plan and the inter-", "national reaction", "https://x.example/a 1/1"].join("\n"));
    expect(text).toContain("the Russia-\nNorth Korea");
    expect(text).toContain("2025-\n2026");
    expect(text).toContain("international reaction");
  });
});

describe("clipper notes", () => {
  it("MarkDownload: the title under its front matter (the clip's time and the byline above it) is the title, not the excerpt", () => {
    const note = ["---", "created: 2026-12-05T10:04:18 (UTC -05:00)", "tags: []", "source: https://example.org/article/a-long-enough-path", "author: Jane Roe", "---", "", "# The Headline Of The Piece | Example Review", "", "> ## Excerpt", "> A summary.", "", "---", "Body paragraph of the story, long enough to be one."].join("\n");
    const out = clippingText(note);
    expect(out.startsWith("# The Headline Of The Piece")).toBe(true);
    expect(out).toContain("Site: Example Review");
    expect(out).toContain("Link: https://example.org/article/a-long-enough-path");
    expect(out).not.toContain("Excerpt");
    expect(out).not.toContain("2026-12-05");
  });

  it("a Notion export: its properties under the title read (the address), the clip's own dropped (Created, Tags)", () => {
    const note = ["# India flags concern to Moscow", "", "Created: December 5, 2026 10:12 AM", "Tags: India, Russia", "URL: https://example.in/diplomacy/india-flags-concern/123/", "", "Body text."].join("\n");
    const out = clippingText(note);
    expect(out).toContain("# India flags concern to Moscow");
    expect(out).toContain("Link: https://example.in/diplomacy/india-flags-concern/123/");
    expect(out).not.toContain("Created");
    expect(out).not.toContain("Tags:");
    expect(parse(note)?.publishedAt).toBeNull();
  });

  it("near misses: a heading with lines that are no properties, or properties with no address, stay as written", () => {
    const prose = "# A heading\n\nThis line: is a sentence of the text and goes on.\n\nMore.";
    expect(clippingText(prose)).toBe(prose);
    const noUrl = "# A heading\n\nCreated: December 5, 2026\nTags: a\n\nMore.";
    expect(clippingText(noUrl)).toBe(noUrl);
  });

  it("Joplin's export: the note's \"# title\" under the front matter is the title again, not a sub-heading", () => {
    const note = ["---", "title: What the Minister Did Not Say", "created: 2026-12-05 14:21:58Z", "source: https://example.org/blog/what-the-minister-did-not-say-1", "---", "", "# What the Minister Did Not Say", "", "Body paragraph."].join("\n");
    expect(clippingText(note).match(/What the Minister Did Not Say/g)).toHaveLength(1);
  });

  it("a caption in italics right below a Markdown picture is the picture's caption; italics elsewhere, or a caption naming its source, are left alone", () => {
    const note = "Lead paragraph of the text.\n\n![](https://example.org/a.jpg)\n\n*Vladimir Putin and Kim Jong Un in Pyongyang, June 2024. (Kremlin.ru)*\n\nText.";
    expect(clippingText(note)).toContain("Photo: Vladimir Putin and Kim Jong Un in Pyongyang, June 2024. (Kremlin.ru)");
    const vi = "Sapo.\n\n![](https://example.vn/a.jpg)\n\n_Tàu cá neo đậu tại cửa biển Sông Đốc._\n\nBài.";
    expect(clippingText(vi)).toContain("Ảnh: Tàu cá neo đậu tại cửa biển Sông Đốc.");
    const credited = "Sapo.\n\n![](https://example.vn/a.jpg)\n\n*Trụ sở ngân hàng. Ảnh: Reuters*\n\nBài.";
    expect(clippingText(credited)).toBe(credited);
    const emphasis = "Sapo.\n\n*An aside set in italics by the writer, not under any picture.*\n\nBài ![](https://example.org/a.jpg)";
    expect(clippingText(emphasis)).toBe(emphasis);
  });
});

describe("a chat's export", () => {
  const chat = [
    "05/12/2026, 07:52 - Thu Trang: https://example.vn/bai-viet-p84512.html",
    "05/12/2026, 07:53 - Thu Trang: Tiêu đề bài viết",
    "Một đoạn văn của bài viết, đủ dài để là một đoạn văn thật sự của bài báo, có chủ ngữ, vị ngữ và kết thúc bằng dấu chấm.",
    "Một đoạn văn thứ hai của bài viết, cũng đủ dài để là một đoạn văn thật sự của bài báo, kết thúc bằng dấu chấm như mọi đoạn.",
    "05/12/2026, 07:53 - Thu Trang: <Media omitted>",
    "05/12/2026, 07:55 - Minh Quân: Đoạn này có nguồn nào khác không em?",
    "05/12/2026, 07:58 - Thu Trang: Em đang hỏi, chiều em báo lại ạ",
  ].join("\n");

  it("drops what the export left out and the short replies after the article, keeps the link and the article", () => {
    const out = withoutChatStamps(chat);
    expect(out).toContain("https://example.vn/bai-viet-p84512.html");
    expect(out).toContain("Tiêu đề bài viết");
    expect(out).not.toContain("Media omitted");
    expect(out).not.toContain("nguồn nào khác");
    expect(out).not.toContain("chiều em báo lại");
  });

  it("keeps an article pasted a paragraph a message (each long), and iPhone's left-out forms are dropped too", () => {
    const para = (n: number) => `Paragraph ${n} of an article pasted one message at a time, long enough to be a paragraph of the story itself, with its full stop at the end.`;
    const out = withoutChatStamps([`[12/4/26, 9:14 AM] Kerry: ${para(1)}`, `[12/4/26, 9:15 AM] Kerry: ${para(2)}`, "[12/4/26, 9:15 AM] Kerry: image omitted", `[12/4/26, 9:16 AM] Kerry: ${para(3)}`].join("\n"));
    for (const n of [1, 2, 3]) expect(out).toContain(para(n));
    expect(out).not.toContain("image omitted");
  });
});

describe("prompts and labels kept from the page's boxes", () => {
  it.each([
    "You can save this article by registering for free here. Or sign-in if you have an account.",
    "Register for free to save this article",
    "Đăng nhập để lưu bài viết",
    "What do you think? Post a comment.",
    "Leave a comment",
    "Bạn nghĩ gì? Hãy để lại bình luận",
    "Mời bạn đọc gửi ý kiến",
    "Manage Newsletters",
    "Sign up for our daily newsletter",
    "Đăng ký nhận bản tin",
    "Author of the article:",
    "Tác giả bài viết:",
    "As an independent nonprofit organization, our operations depend on the support of readers like you.",
    "Tờ báo duy trì hoạt động nhờ sự ủng hộ của bạn đọc.",
  ])("%s", (line) => expect(isPromptNote(line)).toBe(true));

  it.each([
    "Officials said readers could post a comment on the ministry's site until Friday.",
    "The newsletter, which he managed for years, was shut down in 2024.",
    "The author of the article, a former diplomat, asked not to be named.",
    "Bạn đọc đã gửi nhiều bình luận về vụ việc này trong tuần qua.",
  ])("not: %s", (line) => expect(isPromptNote(line)).toBe(false));
});

describe("labels and link lists inside the text", () => {
  const p = (n: number) => `Paragraph ${n} of the story, a sentence long enough to be article text, ending with its full stop.`;

  it("a label printed three times between paragraphs is dropped, and the paragraphs around it stay apart", () => {
    const r = cleanArticle([p(1), "Article content", p(2), "Article content", p(3), "Article content", p(4)].join("\n"));
    expect(r.body).not.toContain("Article content");
    expect(r.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(4);
  });

  it("a short line printed twice, or a sub-heading, stays", () => {
    const r = cleanArticle([p(1), "", "What comes next", "", p(2), "", "What comes next", "", p(3)].join("\n"));
    expect(r.body).toContain("What comes next");
  });

  it("a clipper's list of two links or more inside the text is a related box; one link alone in a list stays", () => {
    const r = cleanArticle([p(1), "", "-   [Russia and North Korea open a bridge](https://example.org/a)", "-   [Seoul summons the Russian envoy](https://example.org/b)", "", p(2)].join("\n"));
    expect(r.body).not.toContain("open a bridge");
    const one = cleanArticle([p(1), "", "- [The treaty's full text](https://example.org/a)", "", p(2)].join("\n"));
    expect(one.body).toContain("The treaty's full text");
  });

  it("the lead picture's caption right below a sapo with its lead code, in a text with one newline between paragraphs", () => {
    const r = cleanArticle(["(NTD) - Nhiều sản phẩm được quảng cáo là hàng nhập qua Nga đang được rao bán với giá cao, không rõ nguồn gốc.", "Các sản phẩm được rao bán là \"hàng nhập\" trên một sàn thương mại điện tử.", "Một số sàn thương mại điện tử trong nước thời gian qua xuất hiện các sản phẩm được quảng cáo là hàng nhập qua đường Nga, với giá bán cao gấp nhiều lần."].join("\n"));
    expect(r.captions).toEqual(["Các sản phẩm được rao bán là \"hàng nhập\" trên một sàn thương mại điện tử."]);
  });

  it("not a caption: a first paragraph below a sapo that is as long as the one after it, or a sapo with no lead code", () => {
    const long = "Sáng 4/12, đoàn công tác của tỉnh đã làm việc với đối tác Nga về việc mở tuyến tàu hàng định kỳ giữa hai bên.";
    const r = cleanArticle(["(NTD) - Sapo của bài viết có mã của tòa soạn ở đầu và kết thúc bằng dấu chấm.", long, "Đoạn tiếp theo ngắn hơn nhiều."].join("\n"));
    expect(r.captions).toEqual([]);
    const noCode = cleanArticle(["Sapo của bài viết không có mã của tòa soạn, kết thúc bằng dấu chấm.", "Các sản phẩm được rao bán trên sàn.", "Một số sàn thương mại điện tử trong nước thời gian qua xuất hiện các sản phẩm được quảng cáo là hàng nhập qua đường Nga, với giá bán cao gấp nhiều lần."].join("\n"));
    expect(noCode.captions).toEqual([]);
  });
});

describe("credits, captions and bios", () => {
  it.each(["Gavriil Grigorov / Sputnik / Reuters", "Kevin Lamarque / Reuters", "Anna Moneymaker / Getty Images", "Image: Shutterstock."])("a picture's credit: %s", (line) => expect(isCreditOnly(line)).toBe(true));
  it.each(["Moscow / Reuters", "Talks went on / Reuters said", "Kevin Lamarque / The Example Review"])("no credit: %s", (line) => expect(isCreditOnly(line)).toBe(false));

  it("a caption with its credit after it between the headline and the lead is the caption", () => {
    const p = parse(["# A headline of the story here", "", "By Jane Roe", "", "December 4, 2026", "", "Kim Jong Un and Vladimir Putin in Pyongyang, June 2024 Gavriil Grigorov / Sputnik / Reuters", "", "The first paragraph of the story, long enough to be its lead, ends with a full stop like this one."].join("\n"));
    expect(p?.captions.some((c) => c.startsWith("Kim Jong Un and Vladimir Putin in Pyongyang, June 2024"))).toBe(true);
    expect(p?.body).not.toContain("Gavriil");
  });

  it("an author's bio at the foot, the post in capitals ('a Senior Fellow', 'a Research Fellow'), is no text", () => {
    const p = parse(["# A headline of the story here", "", "By Hannah Park", "", "December 4, 2026", "", "The first paragraph of the story, long enough to be its lead, ends with a full stop like this one.", "", "The second paragraph of the story, long enough to be article text too, ends with a full stop.", "", "HANNAH PARK is a Senior Fellow at a research institute in Seoul."].join("\n"));
    expect(p?.body).not.toContain("Senior Fellow");
  });
});

describe("pages saved through a clipper or a print view", () => {
  it("Evernote's export: the clipped page's address from its source-url meta, the title without the site's name the note title adds", () => {
    const html = `<html><head><meta name="exporter-version" content="Evernote Mac 10.98.4"><meta name="source-url" content="https://example.org/2026/12/a-story-about-reentry/"><title>A story about reentry vehicles - Example Bulletin</title></head><body><h1>A story about reentry vehicles - Example Bulletin</h1><div><en-note><div>A story about reentry vehicles</div><div>For decades, the one thing the country could not get was help building a reliable reentry vehicle. That may be changing now.</div><div>Officials in two capitals said engineers had shared data that could help solve one of the last technical hurdles to a strike capability.</div></en-note></div></body></html>`;
    const text = htmlToImportText(html, "x.html");
    expect(text).toContain("# A story about reentry vehicles\n");
    expect(text).toContain("Site: Example Bulletin");
    expect(text).toContain("Link: https://example.org/2026/12/a-story-about-reentry/");
  });

  it("a title whose dash half is printed alone nowhere keeps its dash ('Nga - Triều Tiên …')", () => {
    const html = `<html><head><title>Nga - Triều Tiên ký thỏa thuận mới</title></head><body><h1>Nga - Triều Tiên ký thỏa thuận mới</h1><p>Đoạn văn đầu tiên của bài viết đủ dài để là một đoạn văn thật sự của bài báo và kết thúc bằng dấu chấm.</p></body></html>`;
    expect(htmlToImportText(html, "x.html")).toContain("# Nga - Triều Tiên ký thỏa thuận mới\n");
  });

  it("a print view's <title> with its label before the headline ('In bài viết: …') gives no outlet from the headline's dash", () => {
    const html = `<html><head><title>In bài viết: Thương mại Nga - Triều Tiên tăng gấp ba</title></head><body><h1>Thương mại Nga - Triều Tiên tăng gấp ba</h1><p>Theo số liệu của cơ quan hải quan Nga, kim ngạch thương mại giữa hai nước trong 9 tháng đầu năm tăng gấp ba lần cùng kỳ.</p></body></html>`;
    const text = htmlToImportText(html, "x.html");
    expect(text).toContain("# Thương mại Nga - Triều Tiên tăng gấp ba\n");
    expect(text).not.toContain("Site: Triều Tiên");
  });

  it("a paragraph wholly in italics right below a picture is its caption, full stop or not; one in italics elsewhere is text", () => {
    const html = `<html><body><article><p>Đoạn văn đầu tiên của bài viết đủ dài để là một đoạn văn thật sự của bài báo và kết thúc bằng dấu chấm.</p><p><img src="a.jpg" alt=""></p><p><em>Tàu cá của ngư dân neo đậu tại cửa biển Sông Đốc.</em></p><p>Đoạn văn thứ hai của bài viết cũng đủ dài để là một đoạn văn thật sự của bài báo, kết thúc bằng dấu chấm.</p><p><em>Một câu in nghiêng của tác giả, không nằm dưới ảnh nào cả, vẫn là một phần của bài.</em></p></article></body></html>`;
    const p = parse(htmlToImportText(html, "x.html"), "x.html");
    expect(p?.captions.some((c) => c.endsWith("Tàu cá của ngư dân neo đậu tại cửa biển Sông Đốc."))).toBe(true);
    expect(p?.body).not.toContain("Sông Đốc");
    expect(p?.body).toContain("Một câu in nghiêng của tác giả");
  });
});

describe("the tools' forms read in linear time", () => {
  const time = (work: () => unknown): number => bestTime(work);
  it.each([
    ["a printed page's copy", pathologicalPrintCopy],
    ["a chat's export", pathologicalChatExport],
  ] as const)("%s, 64 KB → 512 KB", (_name, make) => {
    const small = make(64 * 1024);
    const large = make(512 * 1024);
    parseImport(small, "x.txt"); // warm the JIT
    const ratio = time(() => parseImport(large, "x.txt")) / time(() => parseImport(small, "x.txt"));
    expect(ratio).toBeLessThanOrEqual(3 * 8);
  }, 120_000);
});

describe("a reporter's forward of a pasted article", () => {
  const mail = (body: string[]) =>
    decodeImportFile(
      Buffer.from(messageText({ from: "A <a@toasoan.vn>", to: "desk@toasoan.vn", subject: "Fwd: bài về tàu du lịch", date: "Sat, 05 Dec 2026 08:31:07 +0700" }, entity({ type: "text/plain; charset=UTF-8", transfer: "8bit", body: body.join("\r\n") })), "utf8"),
      "x.eml",
    );
  const article = ["Tàu du lịch Nga ghé Triều Tiên trước khi cập cảng Cam Ranh", "Cập nhật: 15:10 04/12/2026", "", "Sáng 4/12, tàu du lịch mang cờ Nga chở 320 hành khách từ Vladivostok đã cập cảng Cam Ranh, sau hành trình có ghé cảng Wonsan."];

  it("the headline the body prints above its own date line is the title, not the forward's Subject", () => {
    const p = parse(mail(["Gửi bàn kiểm chứng.", "", "---------- Forwarded message ---------", "From: B <b@gmail.com>", "Date: Fri, Dec 4, 2026 at 9:02 PM", "Subject: bài về tàu du lịch", "To: A <a@toasoan.vn>", "", ...article]), "x.eml");
    expect(p?.title).toBe("Tàu du lịch Nga ghé Triều Tiên trước khi cập cảng Cam Ranh");
    expect(p?.publishedAt?.startsWith("2026-12-04T15:10")).toBe(true);
  });

  it("an issue's name in capitals above the day it went out is no headline: the Subject stays the title", () => {
    const p = parse(mail(["BẢN TIN SÁNG CỦA TÒA SOẠN", "Thứ Sáu, 04/12/2026", "", "Một đoạn văn của bản tin, đủ dài để là một đoạn văn thật sự, kết thúc bằng dấu chấm như mọi đoạn văn khác."]), "x.eml");
    expect(p?.title).toBe("bài về tàu du lịch");
  });
});

describe("a byline and its date on one plain line of a saved page", () => {
  it("gives the author and the date when Readability drops the line ('By James Okafor | December 4, 2026')", () => {
    const html = `<html><head><title>A story about reentry vehicles</title></head><body><h1>A story about reentry vehicles</h1><div>By <a href="/bio/jo">James Okafor</a> | December 4, 2026</div><div>For decades, the one thing the country could not get was help building a reliable reentry vehicle. That may be changing now, officials say.</div><div>Officials in two capitals said engineers had shared data that could help solve one of the last technical hurdles to a strike capability.</div></body></html>`;
    const p = parse(htmlToImportText(html, "x.html"), "x.html");
    expect(p?.author).toBe("James Okafor");
    expect(p?.publishedAt?.startsWith("2026-12-04")).toBe(true);
  });

  it("no date from a line whose end is none ('By Jane Roe | Opinion'), and in linear time on many near misses", () => {
    const html = `<html><body><h1>A story about reentry vehicles</h1><div>By Jane Roe | Opinion and analysis</div><p>For decades, the one thing the country could not get was help building a reliable reentry vehicle. That may be changing now.</p></body></html>`;
    expect(parse(htmlToImportText(html, "x.html"), "x.html")?.publishedAt ?? null).toBeNull();
    const hostile = (n: number) => `<html><body>${`<div>By ${"Ab ".repeat(30)}| ${"1".repeat(60)}</div>`.repeat(n)}<p>Text of the page.</p></body></html>`;
    htmlToImportText(hostile(100), "x.html");
    const ratio = bestTime(() => htmlToImportText(hostile(800), "x.html")) / bestTime(() => htmlToImportText(hostile(100), "x.html"));
    expect(ratio).toBeLessThanOrEqual(3 * 8);
  }, 60_000);
});
