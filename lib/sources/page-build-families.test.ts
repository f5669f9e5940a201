// How a page is built and how it was captured, family by family: a paywalled page's rest in its JSON-LD, a picture's
// caption in a layout table's cell, the lead picture's caption atop a one-newline copy, credits and related links as
// East African, West African and Vietnamese pages print them, a print view's buttons, a video prompt, dates joined by
// dashes, a sentence-case headline hard-wrapped in an e-mail, a clipper's title with the publication after its dash,
// a tag list at the foot and a writer's signature under the last paragraph. Each with its near misses.
import { describe, expect, it } from "vitest";
import { cleanArticle, isTailMarker } from "./clean";
import { clippingText } from "./clipping";
import { parseDate, parseDateLine } from "./dates";
import { joinWrappedHeadlines } from "./headline-lines";
import { htmlToImportText } from "./html";
import { isCreditOnly, isFurniture } from "./layout-model";
import { parseImport } from "./parse-import";

const P1 = "Israeli defence officials are examining intelligence suggesting that North Korean engineers have helped Iran repair missile lines.";
const P2 = "According to the officials, the engineers travelled to Iran on Russian aircraft via Moscow and worked at two sites near Tehran.";
const P3 = "Russia's embassy did not respond to a request for comment. North Korea has in the past denied any military cooperation with Iran.";
const ld = (v: unknown): string => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const page = (head: string, article: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Engineers helped Iran rebuild missile lines</title>${head}</head><body><main><article><h1>Engineers helped Iran rebuild missile lines</h1><div class="byline">Yael Ben-Ami</div>${article}</article></main></body></html>`;
const only = (html: string): ReturnType<typeof parseImport>[number] => {
  const parsed = parseImport(htmlToImportText(html, "page.html"), "page.html")[0];
  if (!parsed) throw new Error("nothing parsed");
  return parsed;
};

describe("a paywalled page's rest, in its JSON-LD articleBody only", () => {
  const wall = `<section class="paywall"><h3>Subscribe to continue reading</h3><p>Get unlimited access to our journalism.</p></section>`;
  it("follows the printed paragraphs: the teaser and the body's rest, once", () => {
    const p = only(page(ld({ "@type": "NewsArticle", isAccessibleForFree: "False", articleBody: [P1, P2, P3].join(" ") }), `<p>${P1}</p>${wall}`));
    expect(p.body).toContain(P1);
    expect(p.body).toContain(P2);
    expect(p.body).toContain(P3);
    expect(p.body.split(P1).length).toBe(2);
  });
  it("inside a @graph too, after a login link printed above the text", () => {
    const p = only(page(ld({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, { "@type": "NewsArticle", articleBody: [P1, P2].join("\n\n") }] }), `<p><a>Log in</a></p><p>${P1}</p>${wall}`));
    expect(p.body).toContain(P2);
  });
  it("adds nothing when the page prints the whole text", () => {
    const p = only(page(ld({ "@type": "NewsArticle", articleBody: [P1, P2].join(" ") }), `<p>${P1}</p><p>${P2}</p>`));
    expect(p.body.split(P2).length).toBe(2);
  });
  it("near misses: a related story's body, and a body the printed paragraph does not open", () => {
    const related = only(page(ld({ "@type": "NewsArticle", articleBody: `${P2} ${P3}` }), `<p>${P1}</p>${wall}`));
    expect(related.body).not.toContain(P3);
    const late = only(page(ld({ "@type": "NewsArticle", articleBody: `${"An editor's note that runs long before the article itself begins. ".repeat(6)}${P1} ${P3}` }), `<p>${P1}</p>${wall}`));
    expect(late.body).not.toContain(P3);
  });
});

describe("a picture's caption in a layout table's cell (an e-mail's, an old CMS's)", () => {
  const mail = (cell: string): string =>
    `<html><head><title>Bản tin</title></head><body><table><tr><td><h1>Nga - Triều Tiên xây cầu đường bộ qua sông Tumen</h1></td></tr><tr>${cell}</tr><tr><td><p>${"Nga và Triều Tiên vừa ký thỏa thuận mở rộng thương mại biên giới, trong đó có việc xây dựng cầu đường bộ qua sông Tumen. ".repeat(2)}</p><p>Giới quan sát cho rằng cây cầu sẽ giúp hai nước giảm phụ thuộc vào tuyến đường sắt duy nhất hiện nay.</p></td></tr></table></body></html>`;
  it("the italic line after the picture, in the same cell, is its caption", () => {
    const p = only(mail(`<td><img src="cau.jpg" alt=""><br><i>Cầu đường sắt Hữu Nghị nối hai bờ sông Tumen.</i></td>`));
    expect(p.captions.some((c) => c.endsWith("Cầu đường sắt Hữu Nghị nối hai bờ sông Tumen."))).toBe(true);
    expect(p.body).not.toContain("Cầu đường sắt Hữu Nghị");
  });
  it("near misses: a data table's cell beside another (a logo and a name), a cell with a paragraph of text", () => {
    const row = only(mail(`<td><img src="logo.png" alt=""> Đảng Dân chủ Tự do</td><td>120 ghế</td>`));
    expect(row.captions.some((c) => c.includes("Đảng Dân chủ Tự do"))).toBe(false);
    const para = only(mail(`<td><img src="a.jpg" alt=""><p>Một đoạn văn bản của bài báo, không phải chú thích ảnh.</p></td>`));
    expect(para.captions.some((c) => c.includes("Một đoạn văn bản"))).toBe(false);
    const blurb = only(mail(`<td><img src="thumb.jpg" alt=""> Giá cà phê lập đỉnh mới trong phiên sáng nay.</td>`));
    expect(blurb.captions.some((c) => c.includes("Giá cà phê"))).toBe(false);
  });
});

describe("the lead picture's caption atop a copy with one newline between paragraphs", () => {
  const long = "Indonesia's navy said it had shadowed a Russian cargo ship through the Sunda Strait after receiving intelligence that it was carrying North Korean munitions.";
  const next = "A navy spokesman said the ship did not stop in Indonesian waters and that no boarding was carried out at any point.";
  it("one short finished sentence with a paragraph twice as long below it", () => {
    const r = cleanArticle(["Indonesian Navy personnel stand guard at a port in Jakarta.", long, next].join("\n"));
    expect(r.captions).toEqual(["Indonesian Navy personnel stand guard at a port in Jakarta."]);
  });
  it("near misses: a short lead over a short paragraph, a quote, a sentence of two clauses, text spaced by blank lines", () => {
    expect(cleanArticle(["Russia denied the report on Friday.", "It said the claims were false.", next].join("\n")).captions).toEqual([]);
    expect(cleanArticle(['"We will respond," the minister said today.', long].join("\n")).captions).toEqual([]);
    expect(cleanArticle(["Russia denied it. Korea too.", long].join("\n")).captions).toEqual([]);
    expect(cleanArticle(["The ship sailed on through the strait.", long].join("\n\n")).captions).toEqual([]);
    // a summary's second point, its first dropped above it: a pronoun points back to it
    expect(cleanArticle(["They are accused of helping ship weapons to Russia.", long].join("\n")).captions).toEqual([]);
  });
});

describe("credits and links as pages print them", () => {
  it("a picture's label and its source between bars is a credit", () => {
    for (const credit of ["PHOTO | FILE", "PHOTO | JOHN DOE | NMG", "Photo | Courtesy", "FILE PHOTO | AFP", "GRAPHIC | NMG"]) expect(isCreditOnly(credit), credit).toBe(true);
    for (const near of ["Photo | the ministry said on Friday", "PHOTOGRAPHY | FILE", "PHOTO", "Photos of the day | more"]) expect(isCreditOnly(near), near).toBe(false);
  });
  it("another story's headline after a related-link label, in any case", () => {
    for (const line of ["READ ALSO: GMA to tighten inspection of foreign vessels", "Read: Kenya, Tanzania sign port security pact", "RELATED STORY: Erongo uranium licences under review", "Don't miss: Seoul summons envoy", "Further reading: 2027 budget explained", "MUST READ: 5 things to know"]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const near of ["Read: the full text of the treaty follows below", "Reading: a town in England", "READ ALSO:", "Related to this, the minister said the port was closed."]) expect(isFurniture(near), near).toBe(false);
  });
  it("a contact line of phone numbers, a print view's buttons, a video prompt, a writer's e-mail after a dash", () => {
    for (const line of ["Connect With Us : 0302 000 000 | 0244 000 000", "Hotline: 0912 345 678", "Đường dây nóng: 0912.345.678", "In bài viết | Đóng", "Print | Close", "Print this article", "Mời quý độc giả xem video: Toàn cảnh vụ phóng tên lửa.", "Mời bạn đọc theo dõi clip", "Watch the video: Kim meets Putin", "– ndapewa@namibian.com.na"]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const near of ["Call us naive, but the deal was signed in 2026.", "Contact us at the embassy, the ministry said", "In bài phát biểu, ông nói", "Print edition sales fell by 12% last year.", "Mời độc giả góp ý cho dự thảo luật", "– ndapewa at namibian"]) {
      expect(isFurniture(near), near).toBe(false);
    }
  });
});

describe("dates whose parts are joined by dashes", () => {
  it("month, day and year between dashes, with the time after a comma", () => {
    expect(parseDateLine("Dec - 03 - 2026 , 17:25")?.publishedAt).toBe("2026-12-03T17:25");
    expect(parseDate("Dec-03-2026")?.publishedAt).toBe("2026-12-03");
    expect(parseDate("03-Dec-2026")?.publishedAt).toBe("2026-12-03");
    expect(parseDate("3 - December - 2026")?.publishedAt).toBe("2026-12-03");
  });
  it("near misses: no year, a day no month has, a figure before a month and year with no dash", () => {
    expect(parseDate("Dec - 03")).toBeNull();
    expect(parseDate("Dec - 32 - 2026")).toBeNull();
    expect(parseDate("Top 10 -- December 2026")?.publishedAt ?? null).not.toBe("2026-12-10");
  });
});

describe("a sentence-case headline hard-wrapped in an e-mail", () => {
  it("its last word in lower case on a line of its own is joined back", () => {
    const text = "TOP STORY\n\nQatar urges Russia, North Korea to respect UN Security Council\nresolutions\n\nBy Joseph Varghese, Staff Reporter\n";
    expect(joinWrappedHeadlines(text)).toContain("Qatar urges Russia, North Korea to respect UN Security Council resolutions\n");
  });
  it("near misses: a paragraph's last line ends with its full stop, a tail with a line right below it", () => {
    const para = "\nThe Ministry of Foreign Affairs said Qatar supported all efforts to end the\ndiplomacy.\n\nNext\n";
    expect(joinWrappedHeadlines(para)).toBe(para);
    const open = "\nQatar urges Russia, North Korea to respect UN Security Council\nresolutions\nafter the vote\n";
    expect(joinWrappedHeadlines(open)).toBe(open);
  });
});

describe("a web clipper's note", () => {
  const note = (title: string, more = ""): string => `---\ntitle: "${title}"\nsource: "https://ictvietnam.vn/bai-71823.html"\n${more}---\n\n**Các nhà nghiên cứu an ninh mạng phát hiện nhóm tin tặc đã tấn công một số nhà máy quốc phòng của Nga, dù hai nước đang hợp tác.**\n\nTheo báo cáo, nhóm này sử dụng thư điện tử giả mạo với tệp đính kèm độc hại để đánh cắp tài liệu.\n`;
  it("a publication named after the title's dash is the site; the blank line under the block is no picture's gap", () => {
    expect(clippingText(note("Tin tặc tấn công nhà máy - Tạp chí Thông tin và Truyền thông"))).toMatch(/^# Tin tặc tấn công nhà máy\n\nSite: Tạp chí Thông tin và Truyền thông\n/);
    const p = parseImport(note("Tin tặc tấn công nhà máy - Tạp chí Thông tin và Truyền thông"), "note.md")[0];
    expect(p?.title).toBe("Tin tặc tấn công nhà máy");
    expect(p?.captions).toEqual([]);
    expect(p?.body).toContain("Các nhà nghiên cứu an ninh mạng");
  });
  it("with its accents decomposed (a note written on macOS) too", () => {
    expect(clippingText(note("Tin tặc tấn công nhà máy - Tạp chí Thông tin và Truyền thông".normalize("NFD")))).toContain("Site: ");
  });
  it("near misses: a headline's own dash, and a site field that names the site already", () => {
    expect(clippingText(note("Nga - Triều Tiên ký hiệp ước đối tác chiến lược toàn diện"))).toMatch(/^# Nga - Triều Tiên ký hiệp ước đối tác chiến lược toàn diện\n/);
    expect(clippingText(note("Tin tặc - Báo chí phương Tây nói gì"))).toMatch(/^# Tin tặc - Báo chí phương Tây nói gì\n/);
    expect(clippingText(note("Tin tặc tấn công - Tạp chí Thông tin và Truyền thông", 'site: "ICT Việt Nam"\n'))).toMatch(/^# Tin tặc tấn công - Tạp chí Thông tin và Truyền thông\n[\s\S]*Site: ICT Việt Nam/);
  });
});

describe("the foot of a select-all copy", () => {
  const head = "VietnamBiz\nQuốc tế\nCước tàu đi Viễn Đông Nga tăng vọt vì lo ngại hàng chuyển sang Triều Tiên\n2 giờ trước\n";
  const p1 = "Giá cước vận chuyển container từ TP.HCM đến Vladivostok đã tăng khoảng 30% trong một tháng qua, sau khi nhiều hãng tàu lớn ngừng nhận hàng.";
  const p2 = "Các doanh nghiệp giao nhận cho biết hãng tàu lo ngại hàng hóa bị chuyển tiếp sang Triều Tiên, nên yêu cầu thêm cam kết về người nhận.";
  const last = "Một số chủ hàng đã chuyển sang tuyến đường sắt qua Trung Quốc, dù thời gian vận chuyển kéo dài thêm gần hai tuần.";
  it("the one paragraph between a related box and the writer's signature is the text's last; the tags under their label name no one", () => {
    const p = parseImport(`${head}${p1}\n${p2}\nXem thêm\nGiá cước vận tải biển tuần này giảm nhẹ\n${last}\nThanh Tùng (Theo Reuters)\nTừ khóa:\ncước tàu\nNga\nTriều Tiên\nTin mới nhất\nGiá vàng SJC đi ngang\n`, "copy.txt")[0];
    expect(p?.body).toContain(last);
    expect(p?.body).not.toContain("Giá cước vận tải biển tuần này giảm nhẹ");
    expect(p?.author).toBe("Thanh Tùng");
    expect(p?.agency).toBe("Reuters");
  });
  it("near miss: a teaser's summary with the next teaser's headline below it is still the box's", () => {
    const p = parseImport(`${head}${p1}\n${p2}\n${last}\nXem thêm\nGiá cước vận tải biển tuần này giảm nhẹ\nCác hãng tàu châu Âu giảm giá cước trên tuyến Á - Âu lần thứ ba trong tháng, theo dữ liệu mới nhất.\nGiá vàng SJC đi ngang trong phiên sáng nay\n`, "copy.txt")[0];
    expect(p?.body).not.toContain("Các hãng tàu châu Âu giảm giá cước");
  });
});

describe("notices of newsletters and membership pages, and a reading time", () => {
  it("a web view's pointer asked as a question, a reading time in any form, a membership's welcome", () => {
    for (const line of ["Không xem được email này? Xem trên trình duyệt", "Having trouble viewing this email? View it in your browser", "Email not displaying correctly? View it online", "3 mins to read", "4 min read", "5 phút đọc", "Reading time: 3 min", "Thời gian đọc: 5 phút", "You're all set to enjoy unlimited Prime content."]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const near of ["Không xem được trận đấu vì mất điện, người dân bức xúc", "3 minutes to read the treaty aloud, the envoy said", "You are all set to lose the vote, the minister warned opponents on Friday in a heated debate"]) {
      expect(isFurniture(near), near).toBe(false);
    }
  });
  it("a newsletter's heading over its other stories ends the article, and its list goes with it", () => {
    for (const line of ["ALSO IN TODAY'S PAPER", "Also in this issue:", "In other news", "Trong số này"]) expect(isTailMarker(line), line).toBe(true);
    for (const near of ["Also in this issue, the minister said", "In other news agencies' reports"]) expect(isTailMarker(near), near).toBe(false);
    const text = "Doha has mediated the return of Ukrainian children from Russia several times since 2023, officials said.\n\nALSO IN TODAY'S PAPER\n- Doha Metro extends hours for Amir Cup final\n- QNB reports record profit\n";
    expect(cleanArticle(text).body).not.toContain("Doha Metro");
  });
});

describe("a saved page's byline and date as its parts give them", () => {
  it("a writer's post in an element glued to the name is no part of the name", () => {
    const p = only(page("", `<div class="author-line"></div><p>${P1}</p><p>${P2}</p>`).replace('<div class="byline">Yael Ben-Ami</div>', '<div class="byline"><span>By Grace Tupou</span><span>Political Reporter</span></div>'));
    expect(p.author).toBe("Grace Tupou");
  });
  it("a JSON-LD datePublished that is the update the page prints gives way to the date the page prints first", () => {
    const head = ld({ "@type": "NewsArticle", datePublished: "2026-12-04T08:00:00+07:00" });
    const dates = `<div class="meta"><span class="date">Thứ Năm, 03/12/2026 - 20:15</span> <span class="updated">Cập nhật: 04/12/2026 08:00</span></div>`;
    expect(only(page(head, `${dates}<p>${P1}</p><p>${P2}</p>`)).publishedAt).toBe("2026-12-03T20:15");
  });
  it("near misses: the same JSON-LD with no update printed, and an update printed at another time", () => {
    const head = ld({ "@type": "NewsArticle", datePublished: "2026-12-04T08:00:00+07:00" });
    expect(only(page(head, `<div class="meta"><span class="date">Thứ Năm, 03/12/2026 - 20:15</span></div><p>${P1}</p>`)).publishedAt).toBe("2026-12-04T08:00+07:00");
    expect(only(page(head, `<div class="meta"><span class="date">03/12/2026 - 20:15</span> <span class="updated">Cập nhật: 04/12/2026 09:30</span></div><p>${P1}</p>`)).publishedAt).toBe("2026-12-04T08:00+07:00");
  });
});

describe("two inline boxes side by side with no space in the markup", () => {
  const meta = (boxes: string): string =>
    page("", `${boxes}<p>${P1}</p><p>${P2}</p>`).replace('<div class="byline">Yael Ben-Ami</div>', "");
  it("a byline's name and its date in two spans are two words apart, and the name is the writer's", () => {
    const vi = only(meta(`<div class="meta"><span>Ngọc Linh</span><span>Thứ Năm, 03/12/2026 19:40 (GMT+7)</span></div>`));
    expect(vi.author).toBe("Ngọc Linh");
    expect(vi.publishedAt).toBe("2026-12-03T19:40+07:00");
    const en = only(meta(`<div class="meta"><span>Rachel Novak</span><span>Thursday, December 3, 2026</span></div>`));
    expect(en.author).toBe("Rachel Novak");
    expect(en.publishedAt).toBe("2026-12-03");
  });
  it("a menu's links, a cookie notice's buttons and a clock before a label are set apart too", () => {
    const text = htmlToImportText(meta(`<div class="tools"><a>Kinh tế</a><a>Xã hội</a> <span>cookie.</span><a>Accept All</a> <span>09:41</span><span>Chia sẻ</span> <span>Pinned</span><span>1:05pm</span></div>`), "page.html");
    for (const words of ["Kinh tế Xã hội", "cookie. Accept All", "09:41 Chia sẻ", "Pinned 1:05pm"]) expect(text, words).toContain(words);
  });
  it("near misses: a word split across spans, a drop capital, a formula, a footnote and a number stay whole", () => {
    const text = htmlToImportText(meta(`<p><span class="dropcap">T</span>he envoy met Ông <span>Ngu</span><span>yễn</span> Văn An over H<sub>2</sub>O rights<sup>1</sup>, a <span>3.</span><span>5</span> per cent rise, <span>12</span><span>34</span> tonnes.</p>`), "page.html");
    for (const words of ["The envoy", "Nguyễn Văn An", "H2O", "rights1", "3.5 per cent", "1234 tonnes"]) expect(text, words).toContain(words);
  });
});
