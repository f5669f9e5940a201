// Tests for htmlToImportText: saved VOA, RFI and BBC pages (fixtures/html) read through linkedom and Readability into import text.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { htmlToImportText } from "./html";
import { decodeImportFile, parseImport, type ParsedSource } from "./parse-import";

const page = (name: string): string => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), "utf8");
const VOA = "voa-2023-09-putin-kim-talks.html";
const RFI = "rfi-2023-09-kim-leaves-russia.html";
const BBC = "bbc-2023-09-russia-kim-alliance.html";

/** The page as the import reads it: bytes → decodeImportFile → parseImport, which must give exactly one source. */
function importPage(name: string): { text: string; source: ParsedSource } {
  const text = decodeImportFile(Buffer.from(page(name)), name);
  const sources = parseImport(text, name);
  expect(sources).toHaveLength(1);
  return { text, source: sources[0] as ParsedSource };
}

const convert = (html: string): string => htmlToImportText(html, "page.html");

/** Wraps article markup in a page long enough for Readability to take the <article> as the content. */
const article = (inner: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hội nghị thượng đỉnh - Báo Mẫu</title></head><body><article><h1>Hội nghị thượng đỉnh Nga - Triều</h1>${inner}<p>Tổng thống Nga Vladimir Putin và nhà lãnh đạo Triều Tiên Kim Jong Un đã gặp nhau tại sân bay vũ trụ Vostochny ở vùng Amur.</p></article></body></html>`;

describe("a VOA page", () => {
  const { text, source } = importPage(VOA);

  it("gives one source whose title is the headline, first line of the text", () => {
    expect(text.split("\n")[0]).toBe("# Ông Putin và ông Kim Jong Un thảo luận các vấn đề quân sự, chiến tranh Ukraine, vệ tinh");
    expect(source.title).toBe("Ông Putin và ông Kim Jong Un thảo luận các vấn đề quân sự, chiến tranh Ukraine, vệ tinh");
    expect(source.language).toBe("vi");
    expect(source.warnings).toEqual([]);
  });

  it("dates it from <time datetime>, to the minute and with its offset", () => {
    expect(source.publishedAt).toBe("2023-09-13T08:15+07:00");
    expect(source.datePrecision).toBe("minute");
  });

  it("reads the agency from the byline", () => {
    expect(source.agency).toBe("Reuters");
    expect(source.author).toBeNull();
  });

  it("keeps the h3 sub-heading as a heading inside the body", () => {
    expect(text).toContain("\n\n## **“Những đồng chí”**\n\n");
    expect(source.headings).toEqual(["“Những đồng chí”"]);
    expect(source.body).toContain("đến đây”.\n\n“Những đồng chí”\n\nÔng Putin và ông Kim gọi nhau là “đồng chí”");
  });

  it("keeps the figure caption where the image was, among the captions and out of the body", () => {
    const caption = "Tổng thống Nga Vladimir Putin và Lãnh tụ Triều Tiên Kim Jong Un tại Vostochny Cosmodrome, vùng Amur, Nga, 13/9/2023.";
    expect(source.captions).toEqual([caption]);
    expect(source.body).not.toContain("Vostochny Cosmodrome");
    expect(text.indexOf(caption)).toBeLessThan(text.indexOf("Lãnh tụ Triều Tiên Kim Jong Un và Tổng thống Nga"));
    expect(source.body.startsWith("Lãnh tụ Triều Tiên Kim Jong Un và Tổng thống Nga Vladimir Putin vừa họp thượng đỉnh hôm 13/9.")).toBe(true);
  });

  it("leaves out navigation, share buttons, related stories, the footer and every script", () => {
    for (const furniture of ["alert(1)", "window.analytics", "Chia sẻ", "Facebook", "In bài", "Tin liên quan", "Bên trong đoàn tàu", "Trang chủ", "Diễn đàn", "Điều khoản", "© 2023", "font-family"]) {
      expect(text, furniture).not.toContain(furniture);
    }
    expect(source.body.endsWith("nhưng vẫn có cơ hội để khám phá.")).toBe(true);
  });

  it("decodes entities: &amp; to &, &nbsp; to a space, quotes to their characters", () => {
    expect(source.body).toContain("cá tầm nấu với nấm & khoai tây");
    expect(source.body).toContain("Các quan chức Mỹ & Hàn Quốc");
    expect(source.body).toContain("trong hơn 18 tháng chiến tranh");
    expect(source.body).toContain('bánh "pelmeni" nhân cua');
    expect(text).not.toMatch(/&(?:amp|nbsp|quot|ldquo|rdquo);|\u00a0|<\/?[a-z]/);
  });

  it("keeps links as their text only", () => {
    expect(source.body).toContain("chương trình vệ tinh của Bình Nhưỡng, theo Reuters.");
    expect(text).not.toContain("reuters.com");
  });
});

describe("an RFI page", () => {
  const { text, source } = importPage(RFI);

  it("dates it from the printed 'Đăng ngày: 17/09/2023 - 11:41' and keeps that line out of the body", () => {
    expect(source.title).toBe("Lãnh đạo Bắc Triều Tiên rời Nga với món quà biểu tượng: 5 drone quân sự");
    expect(source.publishedAt).toBe("2023-09-17T11:41");
    expect(source.datePrecision).toBe("minute");
    expect(text).not.toContain("Đăng ngày");
  });

  it("keeps the credited caption out of the body and the h2 sub-heading in it", () => {
    expect(source.captions).toHaveLength(1);
    expect(source.captions[0]).toMatch(/^Lãnh đạo Bắc Triều Tiên Kim Jong Un đến thăm một cuộc triển lãm .* ngày Chủ Nhật, 17\/09\/2023\. AP$/);
    expect(source.body).not.toContain("kênh Telegram");
    expect(source.headings).toEqual(["Washington và Seoul lo ngại"]);
  });

  it("writes list items as lines of one block", () => {
    expect(text).toContain("\n\n* một bộ bảo hộ chống đạn cho những hoạt động tấn công;\n* nhiều bộ đồ đặc biệt không thể phát hiện bằng các camera dò thân nhiệt.\n\n");
    expect(source.body).toContain("\n\nmột bộ bảo hộ chống đạn cho những hoạt động tấn công;\nnhiều bộ đồ đặc biệt không thể phát hiện bằng các camera dò thân nhiệt.");
  });

  it("turns &nbsp; inside French quotes into plain spaces", () => {
    expect(source.body).toContain("một drone trinh sát loại « Geran-25 » cất cánh thẳng đứng.");
  });

  it("leaves out the share bar, tags, related articles, header menu and footer", () => {
    for (const furniture of ["Chia sẻ", "Từ khóa", "Đọc thêm", "Mỹ, Nhật quan ngại", "Châu Á", "Radio France Internationale", "didomi"]) {
      expect(text, furniture).not.toContain(furniture);
    }
  });
});

describe("a BBC page", () => {
  const { text, source } = importPage(BBC);

  it("reads the date and the author Readability finds in the JSON-LD, and leaks none of it", () => {
    expect(source.publishedAt).toBe("2023-09-06T05:12+00:00");
    expect(source.author).toBe("Jean Mackenzie");
    expect(text).not.toContain("ReportageNewsArticle");
  });

  it("keeps the image credit and the caption as captions", () => {
    expect(source.captions).toEqual(["Nguồn hình ảnh, Getty Images", "Chú thích hình ảnh, Liệu có một liên minh đang phát triển giữa ông Kim và ông Putin?"]);
    expect(source.body.startsWith("Thông tin về kế hoạch thăm Nga trong tháng này")).toBe(true);
  });

  it("mends a sentence cut by <br> and drops the related-content box", () => {
    expect(source.body).toContain("đói khát đang tuyệt vọng cần tiền và lương thực.");
    expect(text).not.toContain("Có thể bạn quan tâm");
    expect(text).not.toContain("Kim Jong-un thay tướng");
  });
});

describe("htmlToImportText", () => {
  it("marks a caption that would otherwise read as a paragraph with 'Ảnh:'", () => {
    const text = convert(article("<figure><img src='a.jpg'><figcaption>hai nhà lãnh đạo bắt tay nhau tại buổi đón tiếp</figcaption></figure>"));
    expect(text).toContain("\n\n\nẢnh: hai nhà lãnh đạo bắt tay nhau tại buổi đón tiếp\n\n");
    const [source] = parseImport(text, "page.html");
    expect(source?.captions).toEqual(["Ảnh: hai nhà lãnh đạo bắt tay nhau tại buổi đón tiếp"]);
    expect(source?.body).not.toContain("bắt tay");
  });

  it("keeps a quotation's figure (no picture in it) in the body, not among the captions", () => {
    const [source] = parseImport(convert(article("<figure><blockquote><p>Đó là lý do tại sao chúng tôi đến đây.</p></blockquote></figure>")), "page.html");
    expect(source?.body).toContain("Đó là lý do tại sao chúng tôi đến đây.");
    expect(source?.captions).toEqual([]);
  });

  it("prefers meta article:published_time and writes a labelled byline as the author", () => {
    const html = article("<p class='byline'>Bởi Nguyễn Văn An</p>").replace("</title>", '</title><meta property="article:published_time" content="2023-09-15T03:00:00Z">');
    const text = convert(html);
    expect(text.split("\n\n").slice(0, 3)).toEqual(["# Hội nghị thượng đỉnh Nga - Triều", "2023-09-15T03:00+00:00", "Tác giả: Nguyễn Văn An"]);
    expect(parseImport(text, "page.html")[0]).toMatchObject({ publishedAt: "2023-09-15T03:00+00:00", author: "Nguyễn Văn An" });
  });

  it("decodes double-escaped entities and strips tags left in the text, script bodies included", () => {
    const text = convert(article("<p>Mỹ &amp;amp; Nhật &lt;b&gt;cảnh báo&lt;/b&gt; Nga &lt;script&gt;alert(1)&lt;/script&gt; về vũ khí, khi a &lt; b.</p>"));
    expect(text).toContain("\n\nMỹ & Nhật cảnh báo Nga về vũ khí, khi a < b.\n\n");
    expect(text).not.toContain("alert");
  });

  it("writes nested list items and table rows as lines", () => {
    const text = convert(article("<ul><li>Năm drone tấn công<ul><li>loại Geran-25</li></ul></li><li>Một bộ giáp</li></ul><table><tr><th>Nước</th><th>Số drone</th></tr><tr><td>Nga</td><td>5</td></tr></table>"));
    expect(text).toContain("\n\n* Năm drone tấn công\n* loại Geran-25\n* Một bộ giáp\n\n| Nước | Số drone |\n| Nga | 5 |\n\n");
  });

  it("keeps text hidden from readers out", () => {
    const text = convert(article("<p style='display: none'>Nội dung ẩn</p><div hidden>Nội dung ẩn</div><div role='dialog'>Chấp nhận cookie</div>"));
    expect(text).not.toContain("Nội dung ẩn");
    expect(text).not.toContain("cookie");
  });

  it("reads a fragment without <html> or <body>", () => {
    expect(convert("<p>Triều Tiên phóng tên lửa.</p><p>Hàn Quốc lên tiếng.</p>")).toBe("Triều Tiên phóng tên lửa.\n\nHàn Quốc lên tiếng.\n");
  });

  it("gives no text for a page with nothing but furniture", () => {
    expect(convert("<html><body><nav>Trang chủ</nav><aside>Tin liên quan</aside><script>alert(1)</script></body></html>")).toBe("");
  });
});

describe("htmlToImportText when Readability finds no article", () => {
  it("falls back to the page body, with the same block and furniture rules", async () => {
    vi.resetModules();
    vi.doMock("@mozilla/readability", () => ({
      Readability: class {
        parse(): null {
          return null;
        }
      },
    }));
    try {
      const { htmlToImportText: fallback } = await import("./html");
      const text = fallback(page(VOA), VOA);
      const [source] = parseImport(text, VOA);
      expect(source?.title).toBe("Ông Putin và ông Kim Jong Un thảo luận các vấn đề quân sự, chiến tranh Ukraine, vệ tinh");
      expect(source?.publishedAt).toBe("2023-09-13T08:15+07:00");
      expect(source?.headings).toContain("“Những đồng chí”");
      expect(source?.captions).toEqual(["Tổng thống Nga Vladimir Putin và Lãnh tụ Triều Tiên Kim Jong Un tại Vostochny Cosmodrome, vùng Amur, Nga, 13/9/2023."]);
      expect(source?.body).toContain("cá tầm nấu với nấm & khoai tây");
      // the header's "VOA Tiếng Việt" names the outlet on the "Site:" line, and is no line of the text
      expect(source?.outlet).toBe("VOA Tiếng Việt");
      const lines = text.split("\n").filter((l) => !l.startsWith("Site: ")).join("\n");
      for (const furniture of ["alert(1)", "Chia sẻ", "Tin liên quan", "Trang chủ", "VOA Tiếng Việt", "© 2023"]) expect(lines, furniture).not.toContain(furniture);
    } finally {
      vi.doUnmock("@mozilla/readability");
      vi.resetModules();
    }
  });
});

describe("saved pages of other outlets (capture corpus layouts)", () => {
  const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const LEAD = "Nga và Triều Tiên đã khởi công cây cầu đường bộ đầu tiên nối hai nước qua sông Tumen, dự kiến hoàn thành trong khoảng một năm rưỡi tới.";
  const PARA = "Cây cầu dài gần một km, có hai làn xe và sẽ nằm cạnh cây cầu đường sắt Hữu nghị được xây dựng từ nhiều thập niên trước.";

  it("keeps a lead paragraph marked up as <h2>, prefers JSON-LD datePublished over any other <time>, drops the site name from the title", () => {
    const html = page(
      `<title>Khởi công cầu qua sông Tumen - Báo Mẫu</title><meta property="og:site_name" content="Báo Mẫu"><link rel="canonical" href="https://bao-mau.vn/cau-tumen.html"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-04-30T16:18:00+07:00"}</script>`,
      `<header><time datetime="2026-01-05">Hôm nay</time></header><main><article><h2 class="sapo">${LEAD}</h2><p>${PARA}</p><p>${PARA.replace("Cây cầu", "Công trình")}</p></article><div class="box"><h3>Tin khác</h3><time datetime="2026-01-04T10:00">4/1/2026</time></div></main>`,
    );
    const [s] = parseImport(htmlToImportText(html, "p.html"), "p.html");
    expect(s).toMatchObject({ title: "Khởi công cầu qua sông Tumen", publishedAt: "2025-04-30T16:18+07:00", outlet: "Báo Mẫu", url: "https://bao-mau.vn/cau-tumen.html" });
    expect(s?.body).toContain(LEAD);
  });

  it("keeps og:url as the address, drops '(END)', and does not mark an English caption 'Ảnh:'", () => {
    const html = page(
      `<title>Road bridge work begins | Yonhap News Agency</title><meta property="og:site_name" content="Yonhap News Agency"><meta property="og:url" content="https://en.yna.co.kr/view/AEN1">`,
      `<article><h1>Road bridge work begins</h1><p>SEOUL, April 30 (Yonhap) -- North Korea and Russia started building their first road bridge across the Tumen River, officials said on Wednesday.</p><figure><img src="a.jpg"><figcaption>Officials attend the ceremony on the bank of the river</figcaption></figure><p>The two-lane bridge, nearly one kilometer long, will stand next to a railway bridge that opened decades ago.</p><p>(END)</p></article>`,
    );
    const [s] = parseImport(htmlToImportText(html, "y.html"), "y.html");
    expect(s).toMatchObject({ title: "Road bridge work begins", outlet: "Yonhap", agency: "Yonhap", url: "https://en.yna.co.kr/view/AEN1" });
    expect(s?.body).not.toContain("(END)");
    expect(s?.captions).toEqual(["Photo: Officials attend the ceremony on the bank of the river"]);
  });

  it("a video box or a 'Xem thêm' box never becomes a heading", () => {
    const html = page(
      "<title>Cầu qua sông Tumen</title>",
      `<article><h1>Cầu qua sông Tumen</h1><p>${LEAD}</p><div class="box-video"><h3>Video: Toàn cảnh lễ khởi công</h3></div><p>${PARA}</p><div class="tinlienquan"><h3>Xem thêm</h3><a href="/x">Một bài khác</a></div></article>`,
    );
    const [s] = parseImport(htmlToImportText(html, "v.html"), "v.html");
    expect(s?.headings).toEqual([]);
    expect(s?.body).not.toMatch(/Video:|Xem thêm/);
  });
});

describe("captions marked by their class only", () => {
  it("a <div class=\"…_Caption\"> holding one <p> stays a caption through Readability", () => {
    const text = convert(
      article(
        `<p>Đoạn mở đầu của bài viết kể về một thư viện sách cũ do sinh viên dựng lên giữa phố đi bộ vào các tối cuối tuần.</p><div class="Photo"><img src="/a.jpg" alt=""><div class="PhotoBox_Caption"><p>Góc đọc sách bên hồ vào tối thứ Bảy.</p></div></div>`,
      ),
    );
    const [s] = parseImport(text, "page.html");
    expect(s?.captions.join(" ")).toContain("Góc đọc sách bên hồ vào tối thứ Bảy.");
    expect(s?.body).not.toContain("Góc đọc sách bên hồ");
  });

  it("an English caption in a <div class=\"image__caption\"> is a caption, not marked in Vietnamese", () => {
    const text = convert(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm makes landfall</title></head><body><article><h1>Storm makes landfall</h1><p>The storm made landfall on Saturday morning, bringing strong winds and heavy rain to the coastal provinces of the north.</p><div class="image"><img src="/s.jpg" alt=""><div class="image__caption"><span>Waves hit the sea wall on Saturday.</span></div></div><p>Authorities moved thousands of people away from low-lying areas and closed schools and airports across the region.</p></article></body></html>`,
    );
    const [s] = parseImport(text, "page.html");
    expect(s?.captions.join(" ")).toContain("Waves hit the sea wall on Saturday.");
    expect(s?.captions.join(" ")).not.toMatch(/^Ảnh/);
    expect(s?.body).not.toContain("Waves hit the sea wall");
  });
});

// General causes found on the third held-out corpus (fixtures/captures-blind3), each on markup written for the test.
describe("full saved pages of a third set of outlets", () => {
  const P1 = "Officials said on Monday that the new terminal would open to passengers in April after two years of construction work.";
  const P2 = "The airport expects to handle about twelve million passengers a year once the second runway opens next spring.";
  const P3 = "Airlines have asked for more slots in the early morning, when the old terminal was too crowded to take new flights.";
  const head = (extra = ""): string =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Terminal opens - Desk Post</title><meta property="og:site_name" content="Desk Post">${extra}</head>`;

  it("a picture in a layout table gives its caption, not a paragraph", () => {
    const text = convert(`${head()}<body><article><h1>Terminal opens</h1><p>${P1}</p><table class="tplCaption"><tr><td><img src="a.jpg"></td></tr><tr><td><p class="Image">Passengers queue at the new gates on Monday. Photo by Desk Post/An Binh</p></td></tr></table><p>${P2}</p><p>${P3}</p></article></body></html>`);
    const [s] = parseImport(text, "t.html");
    expect(s?.captions.join(" ")).toContain("Passengers queue at the new gates on Monday");
    expect(s?.body).not.toContain("Passengers queue");
  });

  it("a lead picture between the headline and the text, captioned outside any <figure>, keeps its caption", () => {
    const text = convert(`${head()}<body><div class="col"><div class="hdr"><h1>Terminal opens</h1></div><div class="lead-image"><img src="a.jpg"><div class="lead-image__caption">The new terminal seen from the control tower.</div></div><div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div><div class="cards"><figure><img src="b.jpg"><figcaption>Card of another story</figcaption></figure></div></body></html>`);
    const [s] = parseImport(text, "t.html");
    expect(s?.captions.join(" ")).toContain("The new terminal seen from the control tower");
    expect(text).not.toContain("Card of another story");
  });

  it("promotion boxes go, by their class or by their first words", () => {
    const text = convert(`${head()}<body><article><h1>Terminal opens</h1><p>${P1}</p><div class="box"><p>Subscribe to our newsletter</p><p>Airports Weekly: the week's aviation news.</p></div><p>${P2}</p><div class="article__block--subscribe"><p>Dear readers, please support our reporting.</p></div><p>${P3}</p><div class="td-author-box"><p>Anna Berg covers aviation for the desk.</p></div></article></body></html>`);
    expect(text).not.toMatch(/Airports Weekly|Dear readers|covers aviation/);
    expect(text).toContain(P3);
  });

  it("the outlet as its own author is no byline; a wire agency printed as the byline is the agency", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Terminal opens","datePublished":"2025-04-25T13:52:00+03:00","author":{"@type":"Organization","name":"Desk Post"}}</script>`;
    const text = convert(`${head(ld)}<body><article><h1>Terminal opens</h1><div class="byline"><span class="byline__author">Reuters</span></div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`);
    const [s] = parseImport(text, "t.html");
    expect(s).toMatchObject({ author: null, agency: "Reuters", outlet: "Desk Post" });
  });

  it("several JSON-LD authors are written as the page's byline prints them", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Terminal opens","author":[{"@type":"Person","name":"Lan Anh"},{"@type":"Person","name":"Anna Berg"}]}</script>`;
    const text = convert(`${head(ld)}<body><article><h1>Terminal opens</h1><div class="byline">Lan Anh và Anna Berg</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`);
    expect(parseImport(text, "t.html")[0]?.author).toBe("Lan Anh và Anna Berg");
  });

  it("a JSON-LD time in UTC gives way to the same moment in the page's own zone", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2025-07-15T09:48:00+00:00"},{"@type":"NewsArticle","headline":"Terminal opens","datePublished":"2025-07-15T09:48:00+00:00"}]}</script><meta property="article:published_time" content="2025-07-15T16:48:00+07:00">`;
    const [s] = parseImport(convert(`${head(ld)}<body><article><h1>Terminal opens</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`), "t.html");
    expect(s?.publishedAt).toBe("2025-07-15T16:48+07:00");
  });

  it("a site name with its own initials after it loses them ('Desk Post Review - DPR')", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Terminal opens</title><meta property="og:site_name" content="Desk Post Review - DPR"></head><body><article><h1>Terminal opens</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    expect(parseImport(convert(page), "t.html")[0]?.outlet).toBe("Desk Post Review");
  });

  it("a page without machine dates: the date printed below the article in a header form, publication before update", () => {
    const page = (dates: string): string =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Terminal opens</title></head><body><article><h1>Terminal opens</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${dates}</article></body></html>`;
    expect(parseImport(convert(page(`<div class="article-footer"><span class="author">Minh Anh</span> <span class="date">07:45 | 03/06/2025</span></div>`)), "t.html")[0]?.publishedAt).toBe("2025-06-03T07:45");
    const both = `<div class="nv-date">Updated: 2025-10-01 17:05:12 KST</div><div class="nv-date">Posted: 2025-10-01 11:32:40 KST</div>`;
    expect(parseImport(convert(page(both)), "t.html")[0]?.publishedAt).toMatch(/^2025-10-01T11:32/);
    expect(parseImport(convert(page(`<span class="date">Updated 21:18, 06-Jun-2025</span>`)), "t.html")[0]?.publishedAt).toBe("2025-06-06T21:18");
  });
});

describe("standfirsts, bold questions and cued dates (fifth held-out corpus)", () => {
  const shell = (body: string): string =>
    `<html><head><title>T</title></head><body><header><nav><a>Home</a></nav></header><article><h1>Desk ruling still matters nine years on</h1>${body}</article><footer>© Desk</footer></body></html>`;
  const P1 = "It found that the claimed line has no basis in international law, and that several features are rocks, not islands.";
  const P2 = "Fishermen still report being chased away from the shoal, but the award gives the government a legal vocabulary.";

  it("puts a standfirst marked by its class back as the first paragraph, without its 'Summary' label", () => {
    const text = htmlToImportText(shell(`<div class="summary"><p><strong>Summary</strong></p><p>A maritime law scholar explains why the award still matters to fishermen</p></div><div class="post-content"><p>${P1}</p><p>${P2}</p></div>`), "x.html");
    expect(text).toContain("A maritime law scholar explains why the award still matters to fishermen");
    expect(text).not.toMatch(/^Summary$/m);
  });

  it("reads a paragraph all in bold with no full stop as a sub-heading, and keeps an interview's questions", () => {
    const [source] = parseImport(htmlToImportText(shell(`<div class="post-content"><p><strong>What did the tribunal decide?</strong></p><p>${P1}</p><p><strong>What changed?</strong></p><p>${P2}</p></div>`), "x.html"), "x.html");
    expect(source?.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["What did the tribunal decide?", "What changed?"]);
  });

  it("reads a date no dated element holds from a short element starting with a publication cue", () => {
    const text = htmlToImportText(shell(`<div class="m-content"><p>${P1}</p><p>${P2}</p></div><div class="m-info"><span>Đăng lúc 07:10 - 08/03/2025</span></div>`), "x.html");
    expect(text).toContain("2025-03-08T07:10");
  });
});

describe("outlets, dates and captions a page gives only indirectly (sixth held-out corpus)", () => {
  const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
  const page = (head: string, body: string): string =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const one = (html: string): ParsedSource => parseImport(convert(html), "page.html")[0] as ParsedSource;

  it("names an outlet the lexicon does not know from the <title>'s last suffix, past the section labels", () => {
    const s = one(page("<title>Council opens two more border markets : World : News : The Lakeside Courier</title>", `<article><h1>Council opens two more border markets</h1>${LEAD}</article>`));
    expect(s.title).toBe("Council opens two more border markets");
    expect(s.outlet).toBe("The Lakeside Courier");
  });

  it("names it from the logo's alt text or the copyright line that the page's domain spells", () => {
    const logo = one(
      page(
        '<title>Mở thêm chợ biên giới</title><link rel="canonical" href="https://baodienbien.vn/kinh-te/mo-them-cho-bien-gioi-1234.htm">',
        `<header><a href="/"><img src="/logo.png" alt="Trang chủ báo điện tử tỉnh Điện Biên"></a></header><article><h1>Mở thêm chợ biên giới</h1>${LEAD}</article><footer>Giấy phép số 12/GP-BTTTT</footer>`,
      ),
    );
    expect(logo.outlet).toBe("Báo Điện Biên");
    const owner = one(
      page(
        '<title>Council opens two more border markets | News</title><link rel="canonical" href="https://www.mekongherald.com/news/4567">',
        `<header><a href="/"><img src="/l.png" alt="logo"></a></header><article><h1>Council opens two more border markets</h1>${LEAD}</article><footer><p>Copyright © Riverside Media Group</p><p>© 2026 Mekong Herald. All rights reserved.</p></footer>`,
      ),
    );
    expect(owner.outlet).toBe("Mekong Herald");
  });

  it("prefers og:site_name and the JSON-LD publisher, and reads a domain-like site name through the lexicon", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Gazette","logo":{"@type":"ImageObject","url":"x.png"}}}</script>';
    expect(one(page(`<title>Council opens two more border markets - Other Name</title>${ld}`, `<article><h1>Council opens two more border markets</h1>${LEAD}</article>`)).outlet).toBe("Harbour Gazette");
    expect(one(page('<title>Council opens markets - DAWN.COM</title><meta property="og:site_name" content="DAWN.COM">', `<article><h1>Council opens markets</h1>${LEAD}</article>`)).outlet).toBe("Dawn");
  });

  it("dates a page from a data attribute (ISO or Unix time) or from its address when it prints only a relative time", () => {
    const iso = one(page("<title>x</title>", `<article><h1>Council opens two more border markets</h1><span class="time" data-time="2026-12-04T07:20:00+07:00"></span>${LEAD}</article>`));
    expect(iso.publishedAt).toBe("2026-12-04T07:20+07:00");
    const unix = one(page("<title>x</title>", `<article><h1>Council opens two more border markets</h1><p class="stamp" data-timestamp="1796364000"></p>${LEAD}</article>`));
    expect(unix.publishedAt).toBe("2026-12-04T06:00+00:00");
    const path = one(
      page('<title>x</title><meta property="og:url" content="https://www.example-post.com/world/2026/12/04/council-markets.html">', `<article><h1>Council opens two more border markets</h1><span class="day">4 hours ago</span>${LEAD}</article>`),
    );
    expect(path.publishedAt).toBe("2026-12-04");
    const none = one(page("<title>x</title>", `<article><h1>Council opens two more border markets</h1><span class="day">4 hours ago</span>${LEAD}</article>`));
    expect(none.publishedAt).toBeNull(); // a relative time alone gives no date
  });

  it("keeps the caption of a text split by <br> (no <p>) and of a class-named description box", () => {
    const s = one(
      page(
        "<title>x</title>",
        `<div class="article"><h1>Council opens two more border markets</h1><div class="image-area"><img src="a.jpg"><div class="image-desc">Traders at the border market on Nov. 30. (Yonhap)</div></div><div class="text">The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.<br><br>Traders from both sides will have to register with the border guard post a week ahead.<br><br>The markets will open on Wednesdays and Sundays.</div></div>`,
      ),
    );
    expect(s.captions.join(" ")).toContain("Traders at the border market on Nov. 30.");
    expect(s.body).not.toContain("Traders at the border market");
    expect(s.body).toContain("The markets will open on Wednesdays and Sundays.");
  });

  it("cleans bylines: a glued relative time, the outlet's own team, an author element outside the article's box", () => {
    const glued = one(page('<meta property="og:site_name" content="Harbour Gazette"><title>x</title>', `<article><h1>Council opens two more border markets</h1><div class="authorInfo"><span class="byline">Dian Septiari</span><span>4 hours ago</span></div>${LEAD}</article>`));
    expect(glued.author).toBe("Dian Septiari");
    const team = one(page('<meta property="og:site_name" content="Harbour Gazette"><title>x</title>', `<article><h1>Council opens two more border markets</h1><p class="byline">Harbour Gazette investigations team</p>${LEAD}</article>`));
    expect(team.author).toBeNull();
    const header = one(page("<title>x</title>", `<div class="td-post-header"><h1>Council opens two more border markets</h1><div class="td-post-author-name">Sok Chenda</div></div><div class="td-post-content">${LEAD}</div>`));
    expect(header.author).toBe("Sok Chenda");
  });
});

describe("a byline glued to its 'Updated' time", () => {
  it("keeps the name only, and none when the name is the outlet's", () => {
    const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
    const html = `<!DOCTYPE html><html><head><meta property="og:site_name" content="CGTN"><title>x</title></head><body><article><h1>Council opens two more border markets</h1><div class="byline">CGTNUpdated 21:18, 06-Jun-2025</div>${LEAD}</article></body></html>`;
    const s = parseImport(convert(html), "page.html")[0] as ParsedSource;
    expect(s.author).toBeNull();
    const named = parseImport(convert(html.replace("CGTNUpdated", "Li JingUpdated")), "page.html")[0] as ParsedSource;
    expect(named.author).toBe("Li Jing");
  });
});

describe("forms of the seventh blind corpus", () => {
  const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
  const parse = (head: string, body: string): ParsedSource => parseImport(convert(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`), "page.html")[0] as ParsedSource;

  it("reads the captions of pictures without a figcaption: alt text, a gallery slide, the short line below", () => {
    const alt = parse("<title>x</title>", `<article><h1>Council opens two more border markets</h1><div class="hero"><img src="a.jpg" alt="Traders wait at the border market on a cold morning."></div>${LEAD}</article>`);
    expect(alt.captions.join(" ")).toContain("Traders wait at the border market on a cold morning.");
    expect(alt.body).not.toContain("cold morning");
    const slides = parse("<title>x</title>", `<article><h1>Council opens two more border markets</h1>${LEAD}<div class="slide"><img src="a.jpg" alt=""><p>1/2</p><p>Trucks queue at the gate.</p></div><p>The council will review the markets after a year of trading at both gates.</p></article>`);
    expect(slides.captions.join(" ")).toContain("Trucks queue at the gate.");
    expect(slides.body).not.toContain("1/2");
    const below = parse("<title>x</title>", `<article><h1>Council opens two more border markets</h1>${LEAD}<p><img src="a.jpg" alt="blank"></p><p>Trucks at the new gate on Thursday</p><p>The council will review the markets after a year of trading at both gates.</p></article>`);
    expect(below.captions.join(" ")).toContain("Trucks at the new gate on Thursday");
    expect(below.body).not.toContain("Trucks at the new gate");
    // a picture whose alt is the headline, a file name or a word, and a picture in a link, give no caption
    const none = parse("<title>x</title>", `<article><h1>Council opens two more border markets</h1><p><img src="a.jpg" alt="Council opens two more border markets"></p><p><img alt="IMG_2041.jpg"></p><a href="/x"><img alt="Another story about the markets on the border"></a>${LEAD}</article>`);
    expect(none.captions).toEqual([]);
  });

  it("takes the h1 the page's <title> opens with when a next article adds another, and cuts that article", () => {
    const s = parse(
      "<title>Việt Nam - Nga thúc đẩy hợp tác đào tạo cán bộ ngành năng lượng</title>",
      `<article><h1>Việt Nam - Nga thúc đẩy hợp tác đào tạo cán bộ ngành năng lượng</h1><p>Ngày 3/12, tại Hà Nội, hai bộ ký kế hoạch hợp tác đào tạo giai đoạn 2027-2030 cho kỹ sư ngành điện.</p><p>Mỗi năm phía Nga tiếp nhận 150 kỹ sư Việt Nam sang học tập ngắn hạn về vận hành lưới điện.</p></article><div class="next-label">Bài tiếp theo</div><article><h1>Hà Nội ra quân bảo đảm trật tự giao thông cuối năm</h1><p>Lực lượng chức năng tập trung xử lý vi phạm nồng độ cồn trên các tuyến cửa ngõ thành phố.</p></article>`,
    );
    expect(s.title).toBe("Việt Nam - Nga thúc đẩy hợp tác đào tạo cán bộ ngành năng lượng");
    expect(s.body).not.toContain("nồng độ cồn");
  });

  it("dates a page by the minute it prints when its machine time is in UTC, by a date and time side by side, and by the line under the headline", () => {
    const utc = parse("<title>x</title>", `<article><h1>Council opens two more border markets</h1><p>Posted <time datetime="2026-12-03T05:05:00.000Z">Thu 3 Dec 2026 at 4:05pm</time></p>${LEAD}</article>`);
    // the minute the reader sees, with the zone that keeps it the same moment
    expect(utc.publishedAt).toBe("2026-12-03T16:05+11:00");
    const behind = parse("<title>x</title>", `<article><h1>Council opens two more border markets</h1><p>Posted <time datetime="2026-12-03T19:35:00Z">Thu 3 Dec 2026 at 4:05pm</time></p>${LEAD}</article>`);
    expect(behind.publishedAt).toBe("2026-12-03T16:05-03:30");
    const sides = parse("<title>x</title>", `<article><h1>Council opens two more border markets</h1><div class="meta"><span class="date">December 3, 2026</span> <span class="time">4:05 PM</span></div>${LEAD}</article>`);
    expect(sides.publishedAt).toBe("2026-12-03T16:05");
    const under = parse("<title>x</title>", `<div id="main"><h1>Council opens two more border markets</h1><div class="info">03/12/202616:05:00(Xem: 1234)</div>${LEAD}</div>`);
    expect(under.publishedAt).toBe("2026-12-03T16:05");
  });

  it("keeps a standfirst marked 'lead'", () => {
    const s = parse("<title>x</title>", `<article><h1>Council opens two more border markets</h1><p class="lead">Two markets will open on the border before the end of next year, the council says.</p><div class="meta">By Staff</div><div class="text">${LEAD}</div></article>`);
    expect(s.body).toContain("Two markets will open on the border before the end of next year");
  });
});

describe("forms of the eighth blind corpus", () => {
  const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
  const parse = (head: string, body: string): ParsedSource => parseImport(convert(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`), "page.html")[0] as ParsedSource;
  const H1 = "<h1>Council opens two more border markets</h1>";

  it("drops a donation appeal and a row of service links inside the article, and keeps the text after them", () => {
    const s = parse("<title>x</title>", `<article>${H1}<div class="box"><h3>Your support helps us to tell the story</h3><p>Our reporters are where the news is, and every article stays free to read.</p><p>Your support makes all the difference.</p></div><div class="text">${LEAD}</div><div class="x"><p>Support HKFP | Policies &amp; Ethics | Error/typo? | Contact Us | Newsletter</p><p>Help keep HKFP free for every reader by supporting our team.</p></div></article>`);
    expect(s.body).toContain("The provincial council approved a plan");
    expect(s.body).not.toMatch(/Your support|Policies & Ethics|Help keep HKFP/);
    // an appeal's words inside a sentence are no appeal
    const kept = parse("<title>x</title>", `<article>${H1}<div class="text"><p>Your support for the plan was noted by the council, the governor told traders on Thursday morning.</p>${LEAD}</div></article>`);
    expect(kept.body).toContain("Your support for the plan was noted");
  });

  it("reads a byline and its date between bars, the published part before an update", () => {
    const s = parse("<title>x</title>", `<div class="page">${H1}<h4>Officials say the markets will open next year on both sides of the border crossing.</h4><div class="info"><span>Riyaz ul Khaliq</span> <span>|03.12.2026 - Update : 04.12.2026</span></div>${LEAD}</div>`);
    expect(s.publishedAt).toBe("2026-12-03");
  });

  it("names the outlet without its own initials glued on or an edition after an acronym, and finds a logo by its image's name", () => {
    const initials = parse('<title>x</title><meta property="og:site_name" content="Hong Kong Free Press HKFP">', `<article>${H1}${LEAD}</article>`);
    expect(initials.outlet).toBe("Hong Kong Free Press");
    const edition = parse('<title>x</title><meta property="og:site_name" content="RT International">', `<article>${H1}${LEAD}</article>`);
    expect(edition.outlet).toBe("RT");
    const words = parse('<title>x</title><meta property="og:site_name" content="Amnesty International">', `<article>${H1}${LEAD}</article>`);
    expect(words.outlet).toBe("Amnesty International");
    const logo = parse('<title>x</title><meta property="og:url" content="https://baobinhdinh.vn/viewer.aspx?id=1">', `<div class="banner"><img src="logo-bbd.png" alt="Báo Bình Định điện tử"></div><article>${H1}${LEAD}</article>`);
    expect(logo.outlet).toBe("Báo Bình Định điện tử");
  });

  it("reads the outlet after the byline's name as no part of it, and a wire's own site as the agency", () => {
    const s = parse('<title>x</title><meta property="og:site_name" content="Tuoi Tre News">', `<article>${H1}<div class="author">Dong Nguyen / Tuoi Tre News</div>${LEAD}</article>`);
    expect(s.author).toBe("Dong Nguyen");
    const wire = parse('<title>x</title><meta property="og:site_name" content="Anadolu Ajansı">', `<article>${H1}${LEAD}</article>`);
    expect(wire.agency).toBe("Anadolu");
  });
});

describe("forms of the ninth blind corpus", () => {
  const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
  const parse = (head: string, body: string): ParsedSource => parseImport(convert(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`), "page.html")[0] as ParsedSource;
  const H1 = "<h1>Council opens two more border markets</h1>";

  it("reads the time the page prints in its zone for the same moment as a UTC time, and keeps UTC when no such time is printed", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2026-12-03T09:05:00.000Z"}</script>';
    const local = parse(`<title>x</title>${ld}`, `<article>${H1}<div class="timestamp"><time datetime="2026-12-03T09:05:00.000Z">Dec. 3, 2026, 4:05 AM EST</time></div>${LEAD}</article>`);
    expect(local.publishedAt).toBe("2026-12-03T04:05-05:00");
    // another moment printed with a zone is not the same time
    const other = parse(`<title>x</title>${ld}`, `<article>${H1}<div class="timestamp"><time datetime="2026-12-03T09:05:00.000Z">Dec. 3, 2026, 6:05 AM EST</time></div>${LEAD}</article>`);
    expect(other.publishedAt).toBe("2026-12-03T09:05+00:00");
  });

  it("drops an AI summary's box, and reads a wire before '· Posted:' as the agency", () => {
    const s = parse("<title>x</title>", `<article>${H1}<div class="summary-box"><h4>AI summary</h4><p>The council will open two markets.</p><p>This summary was generated with the help of AI and reviewed by an editor.</p></div>${LEAD}</article>`);
    expect(s.body).not.toMatch(/AI summary|will open two markets|generated with the help of AI/);
    const wire = parse("<title>x</title>", `<article>${H1}<div class="byline"><span class="authorText">The Associated Press</span> · <time datetime="2026-12-03T09:05:00.000Z">Posted: Dec 03, 2026 4:05 AM EST</time></div>${LEAD}</article>`);
    expect(wire.agency).toBe("AP");
    expect(wire.author).toBeNull();
  });

  it("reads a date between slashes or after a source label, an update's date when no other is printed, and a desk byline as no one", () => {
    const desk = parse("<title>x</title>", `<article>${H1}<div class="byline"><span>TOI News Desk</span> / <span>TIMESOFINDIA.COM</span> / Updated: Dec 3, 2026, 11:20 IST</div>${LEAD}</article>`);
    expect(desk.publishedAt).toBe("2026-12-03T11:20");
    expect(desk.author).toBeNull();
    const cjk = parse("<title>x</title>", `<div class="main">${H1}<div class="info">2026年12月03日16:20 &nbsp; Nguồn: Nhân Dân Nhật báo Online</div>${LEAD}</div>`);
    expect(cjk.publishedAt).toBe("2026-12-03T16:20");
    // a published date wins over an updated one wherever each stands
    const both = parse("<title>x</title>", `<article>${H1}<div class="byline">Updated: Dec 4, 2026, 09:00 IST / Published: Dec 3, 2026, 11:20 IST</div>${LEAD}</article>`);
    expect(both.publishedAt).toBe("2026-12-03T11:20");
  });
});

describe("a UTC stamp beside a page's published and updated times (the fifty-fourth blind corpus)", () => {
  const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
  const parse = (head: string, body: string): ParsedSource => parseImport(convert(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`), "page.html")[0] as ParsedSource;
  const H1 = "<h1>Council opens two more border markets</h1>";
  const meta = (at: string): string => `<title>x</title><meta property="article:published_time" content="${at}">`;

  it("keeps the UTC minute a British page prints, never a zone made of the gap to its update", () => {
    const uk = parse(meta("2026-12-03T07:05:00+00:00"), `<article>${H1}<div class="dates"><time>December 3 2026, 7:05am</time> <span class="updated">Updated: December 3 2026, 9:20am</span></div>${LEAD}</article>`);
    expect(uk.publishedAt?.slice(0, 16)).toBe("2026-12-03T07:05");
    // the update printed alone, 2 h 15 min after the stamp: no zone is that far off, so the stamp stands
    const update = parse(meta("2026-12-03T07:05:00Z"), `<article>${H1}<div class="dates"><span>Updated: December 3 2026, 9:20am</span></div>${LEAD}</article>`);
    expect(update.publishedAt).not.toMatch(/\+02:15$/);
  });

  it("still reads a page's own zone, whole, half or three-quarter hours away", () => {
    const sydney = parse(meta("2026-12-03T04:14:00Z"), `<article>${H1}<time>December 3, 2026 - 3:14PM</time>${LEAD}</article>`);
    expect(sydney.publishedAt).toBe("2026-12-03T15:14+11:00");
    const delhi = parse(meta("2026-12-03T04:14:00Z"), `<article>${H1}<time>December 3, 2026 9:44 AM</time>${LEAD}</article>`);
    expect(delhi.publishedAt).toBe("2026-12-03T09:44+05:30");
    const kathmandu = parse(meta("2026-12-03T04:14:00Z"), `<article>${H1}<time>December 3, 2026 9:59 AM</time>${LEAD}</article>`);
    expect(kathmandu.publishedAt).toBe("2026-12-03T09:59+05:45");
    // a quarter-hour gap no zone keeps (+02:15) is another moment, not the page's zone
    const odd = parse(meta("2026-12-03T04:14:00Z"), `<article>${H1}<time>December 3, 2026 6:29 AM</time>${LEAD}</article>`);
    expect(odd.publishedAt).not.toMatch(/\+02:15$/);
  });
});

describe("the outlet's name in the ninth blind corpus's forms", () => {
  const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
  const parse = (head: string, body: string, lang = "en"): ParsedSource => parseImport(convert(`<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`), "page.html")[0] as ParsedSource;
  const H1 = "<h1>Council opens two more border markets</h1>";

  it("drops a tagline after the name and the publisher after 'by', and keeps a name with a colon-less phrase", () => {
    expect(parse('<title>x</title><meta property="og:site_name" content="38 North: Informed Analysis of North Korea">', `<article>${H1}${LEAD}</article>`).outlet).toBe("38 North");
    expect(parse('<title>x</title><meta property="og:site_name" content="The Japan News by The Yomiuri Shimbun">', `<article>${H1}${LEAD}</article>`).outlet).toBe("The Japan News");
    expect(parse('<title>x</title><meta property="og:site_name" content="Stand By Me News">', `<article>${H1}${LEAD}</article>`).outlet).toBe("Stand By Me News");
  });

  it("prefers the name in the page's language or script that the page prints too", () => {
    // a Turkish site name on an English page that prints its English name in the copyright line
    const aa = parse('<title>x</title><meta property="og:site_name" content="Anadolu Ajansı">', `<article>${H1}${LEAD}</article><footer><p>© Anadolu Agency</p></footer>`);
    expect(aa.outlet).toBe("Anadolu Agency");
    // a Vietnamese page whose title names it in Chinese and whose copyright line names it in Vietnamese
    const cn = parse("<title>Council opens two more border markets--Tiếng Việt--人民网</title>", `<div class="top"><img src="logo.png" alt="人民网"></div><div class="main">${H1}${LEAD}</div><footer><p>Bản quyền © Nhân Dân Nhật báo Online. Mọi sự sao chép phải ghi rõ nguồn.</p></footer>`, "vi");
    expect(cn.outlet).toMatch(/^Nhân Dân Nhật báo/);
    // the title's suffix that opens with the name the domain spells, over the owner company in the copyright line
    const cbc = parse('<title>Council opens two more border markets | CBC News</title><link rel="canonical" href="https://www.cbc.ca/news/x-1.7412345">', `<header><img src="cbc.svg" alt="CBC"></header><article>${H1}${LEAD}</article><footer><p>©2026 CBC/Radio-Canada. All rights reserved.</p></footer>`);
    expect(cbc.outlet).toBe("CBC News");
  });
});

describe("forms of the tenth blind corpus", () => {
  const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
  const parse = (head: string, body: string): ParsedSource => parseImport(convert(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`), "page.html")[0] as ParsedSource;
  const H1 = "<h1>Council opens two more border markets</h1>";

  it("takes the same or an earlier day printed with its time over the site's day alone in its header, never a later day's", () => {
    const s = parse("<title>x</title>", `<header><div class="date-now">Thứ Năm, ngày 03/12/2026</div></header><article>${H1}<div class="meta"><span class="time">Thứ Năm, 03/12/2026 - 15:40</span></div>${LEAD}</article>`);
    expect(s.publishedAt).toBe("2026-12-03T15:40");
    // the site's today is never before the article: yesterday's time under the headline is the article's
    const earlier = parse("<title>x</title>", `<header><div class="date-now">Thứ Năm, ngày 03/12/2026</div></header><article>${H1}<div class="meta"><span class="time">Thứ Tư, 02/12/2026 - 15:40</span></div>${LEAD}</article>`);
    expect(earlier.publishedAt).toBe("2026-12-02T15:40");
    const later = parse("<title>x</title>", `<header><div class="date-now">Thứ Năm, ngày 03/12/2026</div></header><article>${H1}<div class="meta"><span class="time">Thứ Sáu, 04/12/2026 - 15:40</span></div>${LEAD}</article>`);
    expect(later.publishedAt).toBe("2026-12-03");
  });

  it("reads the date in the info bar above the headline, part by part", () => {
    const s = parse("<title>x</title>", `<article><div class="article-info"><a class="badge">News in English</a><span class="info-block__text">2026.12.03 14:20</span></div>${H1}${LEAD}</article>`);
    expect(s.publishedAt).toBe("2026-12-03T14:20");
  });

  it("reads a post's web view titled by its channel: the first heading is the headline, the channel the outlet", () => {
    const post = `<div class="message"><div class="owner"><a class="author">Border Watch [English]</a></div><div class="text"><h2>Council opens two more border markets on Thursday</h2>${LEAD}</div><a class="date"><time datetime="2026-12-03T14:05:12+00:00">14:05</time></a></div>`;
    const s = parse('<title>Border Watch [English] – Channel</title><meta property="og:title" content="Border Watch [English]"><meta property="og:site_name" content="Messenger"><meta name="author" content="Border Watch [English]">', post);
    expect(s.title).toBe("Council opens two more border markets on Thursday");
    expect(s.outlet).toBe("Border Watch");
    expect(s.author).toBeNull();
    expect(s.publishedAt).toBe("2026-12-03T14:05+00:00");
    // a page with an h1 keeps it, whatever its title says
    const page = parse('<title>Border Watch</title><meta name="author" content="Border Watch">', `<article>${H1}<h2>Markets</h2>${LEAD}</article>`);
    expect(page.title).toBe("Council opens two more border markets");
  });
});

describe("credits and names in the tenth blind corpus's saved pages", () => {
  const LEAD = "<p>The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</p><p>Traders from both sides will have to register with the border guard post a week ahead.</p>";
  const parse = (head: string, body: string): ParsedSource => parseImport(convert(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`), "page.html")[0] as ParsedSource;
  const H1 = "<h1>Council opens two more border markets</h1>";

  it("reads a wire named only by a credit element or a provider's logo, and not a picture's credit", () => {
    expect(parse("<title>x</title>", `<article>${H1}<div class="credit">Jiji Press</div>${LEAD}</article>`).agency).toBe("Jiji Press");
    expect(parse("<title>x</title>", `<article><div class="caas-attr"><div class="caas-logo"><img src="l.png" alt="AFP"></div><span class="caas-author">Hana KIM with Léa MARCHAND in Moscow</span></div>${H1}${LEAD}</article>`).agency).toBe("AFP");
    expect(parse("<title>x</title>", `<article>${H1}<figure><img src="p.jpg"><figcaption>Traders at the market <span class="credit">Reuters</span></figcaption></figure>${LEAD}</article>`).agency).toBeNull();
  });

  it("reads a wire writer without the colleague 'with' them, and no one in an online desk or a short form of the outlet's name", () => {
    expect(parse("<title>x</title>", `<article>${H1}<div class="byline">Hana KIM with Léa MARCHAND in Moscow</div>${LEAD}</article>`).author).toBe("Hana KIM");
    expect(parse('<title>x</title><meta property="og:site_name" content="Economic Times">', `<article>${H1}<div class="byline">ET Online</div>${LEAD}</article>`).author).toBeNull();
    const nation = parse('<title>x</title><meta property="og:site_name" content="nationthailand"><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"Nation Thailand"}}</script>', `<article>${H1}<div class="author">The Nation</div>${LEAD}</article>`);
    expect(nation.outlet).toBe("Nation Thailand");
    expect(nation.author).toBeNull();
  });

  it("restores a picture above a text of <div>s without <p>, whose first block Readability kept is the date", () => {
    const text = '<div class="article__text">The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.</div><div class="article__text">Traders from both sides will have to register with the border guard post a week ahead.</div>';
    const s = parse("<title>x</title>", `<article>${H1}<div class="article__info"><a href="/d/">17:05 03.12.2026</a> <span>(updated: 18:20 03.12.2026)</span></div><div class="article__announce"><figure><img src="k.jpg"><figcaption>The border market <span class="credit">© Sputnik / Ilya Pitalev</span></figcaption></figure></div><div class="article__body">${text}</div></article>`);
    expect(s.captions.join(" ")).toContain("The border market");
    expect(s.body).toContain("Traders from both sides");
  });

  it("names an edition's initials by the full name its logo prints, and leaves initials alone as they are", () => {
    const ked = parse('<title>x</title><meta property="og:site_name" content="KED Global">', `<header><img alt="The Korea Economic Daily Global Edition" src="l.svg"></header><article>${H1}${LEAD}</article>`);
    expect(ked.outlet).toBe("The Korea Economic Daily");
    const cnn = parse('<title>x</title><meta property="og:site_name" content="CNN">', `<header><img alt="Cable News Network" src="l.svg"></header><article>${H1}${LEAD}</article>`);
    expect(cnn.outlet).toBe("CNN");
  });

  it("reads two writers joined by 'and' from a reporter element beside the date", () => {
    const s = parse('<title>x</title><meta property="og:site_name" content="KED Global">', `<article>${H1}<div class="info"><span class="reporter">By <a>Jae-won Choi</a> and <a>Ha-eun Song</a></span> <span class="date">Dec 03, 2026 (Gmt+09:00)</span></div>${LEAD}</article>`);
    expect(s.author).toBe("Jae-won Choi and Ha-eun Song");
  });

  it("reads a site name in two scripts by its Latin part on a Latin-script page, with the service's language the header prints", () => {
    const rti = parseImport(convert(`<!DOCTYPE html><html lang="vi"><head><title>x</title><meta property="og:site_name" content="Rti 中央廣播電臺"></head><body><header><img alt="Rti" src="r.svg"><span class="lang">Tiếng Việt</span></header><article><h1>Hội đồng mở thêm hai chợ biên giới</h1><p>Ngày 3/12, Sở Công Thương tỉnh cho biết đã hướng dẫn các doanh nghiệp xuất khẩu sang Nga về quy định kiểm soát người dùng cuối.</p><p>Doanh nghiệp được khuyến cáo kiểm tra kỹ thông tin đối tác trước khi ký hợp đồng.</p></article></body></html>`), "p.html")[0];
    expect(rti?.outlet).toMatch(/^Rti Tiếng Việt$/i);
    const zh = parseImport(convert(`<!DOCTYPE html><html lang="zh"><head><title>x</title><meta property="og:site_name" content="Rti 中央廣播電臺"></head><body><article>${H1}${LEAD}</article></body></html>`), "p.html")[0];
    expect(zh?.outlet).toBe("Rti 中央廣播電臺");
  });
});
