// An article read through another app: a mail program's page with a forward open (mail-copy.ts), an app's lines
// around the article (page-notices.ts NOTICE_FOLDED_READING_APPS), a source's name before a bullet and a date
// (layout-model.ts looseDateLine), a portal's credit to the original (relay-post.ts) and an app's saved page
// (app-page.ts): each family in several shapes and both languages, near misses that must stay as they are, and
// hostile input.
import { describe, expect, it } from "vitest";
import { isFurniture, looseDateLine, readByline, viaSource } from "./layout-model";
import { withoutMailChrome } from "./mail-copy";
import { decodeImportFile, parseImport } from "./parse-import";
import { creditedOriginal } from "./relay-post";

const EN = [
  "Russian Foreign Minister Sergei Lavrov ended a two-day visit to Pyongyang on Thursday, saying the two sides had agreed on the main points of a visit by Kim Jong Un to Moscow.",
  "Lavrov told reporters at the airport that the date of the summit would be announced in due course and that the leaders would review the 2024 treaty.",
  "South Korea's foreign ministry said it was following the contacts closely and warned of a firm response to any transfer of military technology.",
];
const VI = [
  "Ngoại trưởng Nga Sergei Lavrov ngày 3/12 kết thúc chuyến thăm Triều Tiên kéo dài hai ngày, cho biết hai bên đã nhất trí nội dung chính cho chuyến thăm Moscow của ông Kim Jong Un.",
  "Ông Lavrov nói thời điểm hội nghị thượng đỉnh sẽ được công bố vào thời điểm thích hợp và hai nhà lãnh đạo sẽ đánh giá việc thực hiện hiệp ước ký năm 2024.",
  "Bộ Ngoại giao Hàn Quốc cho biết đang theo dõi sát các cuộc tiếp xúc và cảnh báo sẽ đáp trả cứng rắn.",
];
const parse = (text: string, file = "t.txt") => parseImport(text, file)[0]!;

describe("a mail program's page with a forward open", () => {
  const gmail = [
    "Gmail",
    "Compose",
    "Inbox",
    "Fwd: Lavrov wraps up Pyongyang visit",
    "Anna Berg",
    "Sat, 5 Dec, 09:14 (1 day ago)",
    "to me",
    "For the summit file.",
    "---------- Forwarded message ---------",
    "From: Harbour Post <newsletter@harbourpost.example>",
    "Date: Fri, 4 Dec 2026 at 06:02",
    "Subject: Lavrov wraps up Pyongyang visit",
    "To: <anna@desk.example>",
    "Lavrov wraps up Pyongyang visit, says Kim's Moscow trip agreed",
    "By Jonas Weller",
    "December 3, 2026",
    ...EN,
    "Reply",
    "Forward",
  ].join("\n");

  it("reads the forwarded article, not the mail: its headline, writer and day, none of the forwarder's lines", () => {
    const p = parse(gmail);
    expect(p.title).toBe("Lavrov wraps up Pyongyang visit, says Kim's Moscow trip agreed");
    expect(p.author).toBe("Jonas Weller");
    expect(p.publishedAt).toBe("2026-12-03");
    for (const para of EN) expect(p.body).toContain(para);
    for (const line of ["For the summit file.", "Forwarded message", "From: Harbour Post", "Anna Berg", "Reply"]) expect(p.body).not.toContain(line);
  });

  it("drops Outlook's block in English and in Vietnamese, the rule above it and the note", () => {
    const en = withoutMailChrome(["FW: Summit", "Adding this to the file.", "________________________________", "From: Desk <d@x.example>", "Sent: Thursday, December 3, 2026 7:45 PM", "To: Anna", "Subject: Summit", "Headline here", ...EN].join("\n"));
    expect(en.split("\n")[0]).toBe("Headline here");
    const vi = withoutMailChrome(["FW: Bài về chuyến thăm", "Gửi anh chị để đối chiếu.", "________________________________", "Từ: Thu Trang <t@x.example>", "Đã gửi: Thứ Năm, 3 tháng 12, 2026 22:10", "Đến: Ban biên tập", "Chủ đề: Bài về chuyến thăm", "Báo Mẫu", ...VI].join("\n"));
    expect(vi.split("\n")[0]).toBe("Báo Mẫu");
    expect(vi).not.toContain("Gửi anh chị");
  });

  it("puts the forwarded Subject as the title of a saved mail page whose headline the page reader left out", () => {
    const text = ["# Fwd: Lavrov wraps up Pyongyang visit", "", "Site: Gmail", "", "---------- Forwarded message ---------", "From: Harbour Post <n@harbourpost.example>", "Subject: Lavrov wraps up Pyongyang visit", "", ...EN].join("\n");
    expect(withoutMailChrome(text).split("\n")[0]).toBe("# Lavrov wraps up Pyongyang visit");
  });

  it("leaves a reply that quotes a shorter mail, a text without a forward, and a block deep in an article as they are", () => {
    const reply = ["Re: Summit", ...EN, ...VI, "-----Original Message-----", "From: Anna <a@x.example>", "Sent: Thursday", "Subject: Summit", "Short question?"].join("\n");
    expect(withoutMailChrome(reply)).toBe(reply);
    const plain = ["Headline", ...EN].join("\n");
    expect(withoutMailChrome(plain)).toBe(plain);
    const deep = ["Headline", ...Array.from({ length: 90 }, (_, i) => `${EN[i % 3]} (${i})`), "From: Press Office <p@x.example>", "Sent: Friday", "Subject: Statement", "The statement followed."].join("\n");
    expect(withoutMailChrome(deep)).toBe(deep);
  });

  it("reads a huge first line and a forward marker with nothing under it quickly", () => {
    const huge = `${"forward ".repeat(200_000)}\n---------- Forwarded message ---------\n`;
    const started = performance.now();
    expect(withoutMailChrome(huge)).toBe(huge);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("an app's lines around the article it carries", () => {
  it("knows the pointers to the original, the reader's buttons and prompts, the upsells, the share and mail lines", () => {
    for (const line of [
      "View Original",
      "Visit Website",
      "Xem bài gốc",
      "Xem nguồn",
      "Xem bài gốc tại taichinhdoanhnghiep.net.vn",
      "Read the full story at Military Times",
      "Read this on Crikey.com.au",
      "This story was originally featured on Fortune.com",
      "Mark as read",
      "Mark as unread",
      "Save web page",
      "Ask Leo AI to summarize this article",
      "Generate a summary with Ghostreader",
      "Instapaper Premium: search your full library, unlimited notes and text-to-speech.",
      "Upgrade to Feedly Pro+",
      "Upgrade to Inoreader Pro to unlock rules, filters and full-text search.",
      "Priya Natarajan shared an article with you from The Hamilton Spectator.",
      "Minh An đã chia sẻ một bài viết với bạn",
      "Reply",
      "Trả lời",
      "Chuyển tiếp",
      "Click xem thêm: Hàn Quốc cảnh báo Nga về chuyển giao công nghệ quân sự",
      "View in browser",
      "Read aloud",
      "Text preferences",
      "Exit Immersive Reader",
      "Tin nhắn",
      "Xem trên trình duyệt",
      "The Cipher Brief is committed to publishing a range of perspectives on national security issues.",
      "Read more expert-driven national security insight, perspective and analysis in The Cipher Brief.",
    ])
      expect(isFurniture(line), line).toBe(true);
  });

  it("leaves the article's sentences in the same words alone", () => {
    for (const line of [
      "Lavrov said he would read the full report at the ministry before commenting on the shipments.",
      "The minister shared an article with reporters that described the shipments in detail, officials said.",
      "Ông Lavrov nói sẽ xem bài gốc của hãng tin trước khi bình luận về thông tin này.",
      "Moscow is committed to publishing the treaty's full text once both parliaments ratify it, the ministry said on Thursday.",
      "Forward operating bases near the border were expanded in November, according to the report.",
      "The upgrade to the rail line was completed in 2025, officials said.",
    ])
      expect(isFurniture(line), line).toBe(false);
  });

  it("keeps the text of an app's copy and leaves its lines out", () => {
    const p = parse(["Feedly", "Today", "Quartz", "North Korea's war economy now runs on Russian oil", "Visit Website", ...EN, "Mark as read", "Save for later", "Ask Leo AI to summarize this article", ""].join("\n"));
    for (const para of EN) expect(p.body).toContain(para);
    for (const line of ["Visit Website", "Mark as read", "Ask Leo"]) expect(p.body).not.toContain(line);
  });
});

describe("a source's name before a bullet and the date, as an app prints it under the headline", () => {
  it("reads the date whatever the case of the name's words, the time first or the date first", () => {
    expect(looseDateLine("Báo Lao động và Xã hội · 16:40 03/12/2026")?.date.publishedAt).toBe("2026-12-03T16:40");
    expect(looseDateLine("Chất lượng Việt Nam • 03/12/2026 14:20")?.date.publishedAt).toBe("2026-12-03T14:20");
    expect(looseDateLine("Military Times · Dec 3, 2026")?.date.publishedAt).toBe("2026-12-03");
  });

  it("reads no date from a relative time, a sentence, or a name run long", () => {
    expect(looseDateLine("Báo Lao động và Xã hội · 3 giờ trước")).toBeNull();
    expect(looseDateLine("The ministry said the talks would resume · 03/12/2026 16:40. Officials agreed.")).toBeNull();
    expect(looseDateLine(`${"Ab ".repeat(40)}· 16:40 03/12/2026`)).toBeNull();
  });
});

describe("a writer after the date, and a byline with an app's times after it", () => {
  it("reads the writer after a bar, the date alone before it", () => {
    expect(looseDateLine("Ngày đăng: 04/12/2026 | Phạm Minh Tuấn")?.rest).toBe("by Phạm Minh Tuấn");
    expect(looseDateLine("Thứ Năm, 03/12/2026 - 16:05 | Vũ Khánh Linh")?.rest).toBe("by Vũ Khánh Linh");
    expect(looseDateLine("December 3, 2026 | Jane Doe")?.rest).toBe("by Jane Doe");
  });

  it("reads no writer from a section after the bar", () => {
    expect(looseDateLine("03/12/2026 | Thế giới")?.rest).toBe("");
    expect(looseDateLine("December 3, 2026 | World News")?.rest).toBe("");
  });

  it("cuts a source, a relative time and a reading time after bullets off a byline, in both languages", () => {
    expect(readByline("by Marcus Ellery · Quartz · 3d")).toBe("Marcus Ellery");
    expect(readByline("Câu chuyện của Bảo Ngọc • 5 giờ • 2 phút đọc")).toBe("Bảo Ngọc");
    expect(readByline("Story by Nadia Whitcombe • 9h")).toBe("Nadia Whitcombe");
    expect(readByline("By Jane Doe · 3 min read")).toBe("Jane Doe");
    expect(readByline("Jane Doe · World News")).toBeNull();
  });
});

describe("a relaying portal's source line", () => {
  it("reads the address a relay sets in brackets after \"Nguồn:\" as the article's", () => {
    const p = parse(["Tin tức trong ngày", "Ngoại trưởng Nga kết thúc chuyến thăm Bình Nhưỡng", "Thứ Năm, ngày 03/12/2026 19:32 PM (GMT+7)", ...VI, "Nguồn: [https://paper.example.vn/ngoai-truong-nga-a245566.html]", ""].join("\n"));
    expect(p.url).toBe("https://paper.example.vn/ngoai-truong-nga-a245566.html");
    expect(p.body).not.toContain("Nguồn:");
  });
});

describe("a start portal's source line between its menu and the headline", () => {
  const portal = (name: string, search: string, source: string, signed: string, lead: string[]) =>
    parse([name, search, "News Weather Money Sport Play", source, "Russia rejects Seoul's claim it armed North Korea", signed, ...lead, "Continue reading", "More for you"].join("\n"));
  it("names the source the portal prints over the headline, whatever the portal's name, with its web search box", () => {
    const en = portal("Horizon Start", "Search the web", "Kimberley Coast Courier", "Story by Aidan Walsh • 13/02/2026", EN);
    expect(en.outlet).toBe("Kimberley Coast Courier");
    expect(en.author).toBe("Aidan Walsh");
    const vi = portal("Cổng Sáng", "Tìm kiếm trên web", "Báo Cà Mau", "Câu chuyện của Minh Anh • 13/02/2026", VI);
    expect(vi.outlet).toBe("Báo Cà Mau");
  });
  it("keeps the portal's name without a web search box, and reads no section over the headline as the source", () => {
    expect(portal("Horizon Start", "Sign in", "Kimberley Coast Courier", "Story by Aidan Walsh • 13/02/2026", EN).outlet).not.toBe("Kimberley Coast Courier");
    expect(portal("Horizon Start", "Search the web", "World", "Story by Aidan Walsh • 13/02/2026", EN).outlet).not.toBe("World");
  });
});

describe("a forward's sender as the outlet", () => {
  it("names the newsletter that prints its sender's name as its masthead, not a colleague who forwards a paste", () => {
    const forward = (from: string, masthead: string) => withoutMailChrome(["Fwd: Summit", "Note.", "---------- Forwarded message ---------", `From: ${from}`, "Subject: Summit", masthead, "Lavrov wraps up Pyongyang visit", ...EN].join("\n"));
    expect(forward("Harbour Post <newsletter@harbourpost.example>", "HARBOUR POST").split("\n")[0]).toBe("Site: Harbour Post");
    expect(forward("Anna Berg <anna@desk.example>", "Harbour Post").startsWith("Site:")).toBe(false);
  });
});

describe("a portal's credit to the original outlet", () => {
  it("names the outlet from a syndication line or a caption's provider credit, without its address's tail", () => {
    expect(creditedOriginal("Text.\nThis story was originally featured on Fortune.com\nMore")).toBe("Fortune");
    expect(creditedOriginal("Freight wagons wait at the station in a file picture. © Provided by Fortune")).toBe("Fortune");
    expect(creditedOriginal("Đoàn tàu chở hàng tại ga Tumangang. © Được cung cấp bởi VnFinance")).toBe("VnFinance");
    expect(creditedOriginal("Read the full story at Military Times")).toBe("Military Times");
  });

  it("names no outlet from a sentence about a site or a copyright line", () => {
    expect(creditedOriginal("© 2026 Microsoft")).toBeNull();
    expect(creditedOriginal("This story was originally featured on the ministry's website")).toBeNull();
  });
});

describe("an app's saved page of an article", () => {
  const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const paras = EN.map((x) => `<p>${x}</p>`).join("");

  it("takes a reader's linked headline, its feed's name and the story's address, not the app's", () => {
    const html = page('<title>(12) Inoreader</title><meta property="og:site_name" content="Inoreader">', `<div class="article_feed_title">Harbour Post</div><div class="article_title"><a href="https://harbourpost.example/world/lavrov-wraps-up-visit-1234">Lavrov wraps up Pyongyang visit, says Kim trip agreed</a></div><div class="content">${paras}</div>`);
    const p = parse(decodeImportFile(Buffer.from(html), "r.html"), "r.html");
    expect(p.title).toBe("Lavrov wraps up Pyongyang visit, says Kim trip agreed");
    expect(p.outlet).toBe("Harbour Post");
    expect(p.url).toBe("https://harbourpost.example/world/lavrov-wraps-up-visit-1234");
  });

  it("takes the original's address a portal links, and its provider, over the portal's own", () => {
    const html = page(
      '<title>Lavrov wraps up visit - NewsBreak</title><meta property="og:site_name" content="NewsBreak"><link rel="canonical" href="https://www.newsbreak.com/news/123-lavrov">',
      `<h1>Lavrov wraps up visit</h1><div class="source"><span>Harbour Post</span> · <span>Dec 3, 2026</span></div>${paras}<a href="https://harbourpost.example/world/lavrov-1234">Read the full story at Harbour Post</a>`,
    );
    const p = parse(decodeImportFile(Buffer.from(html), "n.html"), "n.html");
    expect(p.outlet).toBe("Harbour Post");
    expect(p.url).toBe("https://harbourpost.example/world/lavrov-1234");
  });

  it("keeps a news page's own address and name when it links another site's original", () => {
    const html = page(
      '<title>Lavrov wraps up visit | Harbour Post</title><meta property="og:site_name" content="Harbour Post"><link rel="canonical" href="https://harbourpost.example/world/lavrov-1234">',
      `<h1>Lavrov wraps up visit</h1>${paras}<a href="https://other.example/story/5678">Xem bài gốc</a>`,
    );
    const p = parse(decodeImportFile(Buffer.from(html), "o.html"), "o.html");
    expect(p.url).toBe("https://harbourpost.example/world/lavrov-1234");
    expect(p.outlet).toBe("Harbour Post");
  });
});

describe("a news app's 'via' line naming the story's source", () => {
  it("reads the name or the domain after 'via', in capitals, and no sentence's words", () => {
    expect(viaSource("via SFGate")).toBe("SFGate");
    expect(viaSource("Via The Korea Herald")).toBe("The Korea Herald");
    expect(viaSource("via Báo Ví Dụ")).toBe("Báo Ví Dụ");
    expect(viaSource("via sfgate.com")).toBe("sfgate.com");
    expect(viaSource("via the border crossing")).toBeNull();
    expect(viaSource("via Moscow to Pyongyang.")).toBeNull();
  });

  it("names the outlet over the app's own name, is furniture and never joins the headline, in both languages", () => {
    const en = parse(["Flipboard", "World News", "Putin receives North Korea's foreign minister at the Kremlin", "via SFGate", "By Elena Petrova, Associated Press", ...EN].join("\n"));
    expect(en.outlet).toBe("SFGate");
    expect(en.title).toBe("Putin receives North Korea's foreign minister at the Kremlin");
    expect(en.body).not.toContain("via SFGate");
    const vi = parse(["Flipboard", "Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "via Báo Ví Dụ", ...VI].join("\n"));
    expect(vi.outlet).toBe("Báo Ví Dụ");
    expect(vi.title).toBe("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên");
    const foot = parse(["Flipboard", "Putin receives North Korea's foreign minister at the Kremlin", ...EN, "via The Korea Herald"].join("\n"));
    expect(foot.outlet).toBe("The Korea Herald");
    expect(foot.body).not.toContain("via The Korea Herald");
  });

  it("leaves a picture's credit after 'via' (a wire, a picture agency) to the caption, and a sentence's words to the text", () => {
    for (const line of ["via Associated Press", "via Getty Images", "via Reuters"]) expect(isFurniture(line)).toBe(false);
    const credited = parse(["Putin receives North Korea's foreign minister at the Kremlin", "Dec 2, 2026", ...EN, "via Associated Press"].join("\n\n"));
    expect(credited.outlet).not.toBe("Associated Press");
    expect(isFurniture("via the border crossing at Khasan")).toBe(false);
  });
});

