// Tests for the families of layout the thirteenth held-out corpus showed: a related-stories box inside a copy with no
// blank line at all, a site's "today" over the article's own date, credits under the text ("- With AFP",
// "Additional reporting by …", "– DESK/WIRE") and the appeal below them, a tag list's heading, a headline set in two
// elements, a news ticker's item above the headline, a newsletter e-mail that prints its own headline, a gallery's
// "N of M" counter over its caption. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, VI, text, one, page, fromHtml } from "@/test/family-parse";
import { cleanArticle } from "./clean";
import { classifyHeader, GALLERY_COUNT, isFurniture, isStoryCredit, readByline, withoutRanks } from "./layout-model";
import { decodeImportFile, type ParsedSource } from "./parse-import";


describe("a related-stories box inside a copy with no blank line at all", () => {
  it("keeps the article's last paragraph below the box, above the share buttons", () => {
    const parsed = one(text("Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "03/12/2026 | 09:10", VI[0]!, VI[1]!, "Tin liên quan", "Giá sầu riêng hôm nay giảm mạnh", "Xuất khẩu rau quả 11 tháng đạt 7 tỷ USD", VI[2]!, "Chia sẻ", "Bình luận", "Đọc nhiều", "Giá vàng hôm nay tăng", "© Báo Nông thôn"));
    for (const para of VI) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Giá sầu riêng hôm nay giảm mạnh");
    expect(parsed.body).not.toContain("Giá vàng hôm nay tăng");
  });

  it("still ends the text at a box at the foot whose teasers carry summaries", () => {
    const summary = "Giá sầu riêng tại vườn giảm mạnh trong tuần qua do thương lái hạn chế thu mua vì chờ kết quả kiểm nghiệm.";
    const parsed = one(text("Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "03/12/2026 | 09:10", ...VI, "Tin liên quan", "Giá sầu riêng hôm nay giảm mạnh", summary, "Xuất khẩu rau quả 11 tháng đạt 7 tỷ USD"));
    for (const para of VI) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain(summary);
  });
});

describe("a site's today over the article's own date", () => {
  const dated = (top: string, under: string): ParsedSource =>
    fromHtml(page("<title>Cargo volumes rise a quarter</title>", `<div class="today">${top}</div><h1>Cargo volumes rise a quarter</h1><div class="date">${under}</div><article><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></article>`));

  it("gives way to an earlier day's printed time below the headline", () => {
    expect(dated("Thứ bảy, 05/12/2026", "Thứ năm, 03/12/2026 - 09:30 (2 ngày trước)").publishedAt).toBe("2026-12-03T09:30");
  });

  it("gives way to the same day's time, as before", () => {
    expect(dated("Thứ năm, 03/12/2026", "Thứ năm, 03/12/2026 - 09:30").publishedAt).toBe("2026-12-03T09:30");
  });

  it("stays the date when no time is printed under the headline", () => {
    expect(dated("Thứ năm, 03/12/2026", "Cargo desk").publishedAt).toBe("2026-12-03");
  });
});

describe("credits under the text", () => {
  it.each([
    ["- With AFP", "AFP"],
    ["— With Reuters", "Reuters"],
    ["Additional reporting by AFP", "AFP"],
    ["– TIMES/AFP", "AFP"],
    ["— STAFF/REUTERS", "Reuters"],
  ])("%s credits the wire and is no article text", (credit, agency) => {
    const parsed = one(text("Harbour cargo rises a quarter on timber and dairy", "December 3, 2026", "", ...EN.flatMap((p) => [p, ""]), credit));
    expect(parsed.agency).toBe(agency);
    expect(parsed.body).not.toContain(credit);
  });

  it("a person's name after 'With reporting by' is no agency, and the line is no article text", () => {
    const parsed = one(text("Harbour cargo rises a quarter on timber and dairy", "December 3, 2026", "", ...EN.flatMap((p) => [p, ""]), "With reporting by Mary Byrne"));
    expect(parsed.agency).toBeNull();
    expect(parsed.body).not.toContain("Mary Byrne");
    expect(isStoryCredit("With reporting by Mary Byrne")).toBe(true);
  });

  it("a picture's credit in capitals with a photographer is still a picture's credit", () => {
    expect(isStoryCredit("REUTERS/Kim Hong-ji")).toBe(false);
    expect(isStoryCredit("– TIMES/Ana Pérez")).toBe(false);
  });

  it("the credit and an appeal on the next line (one newline apart) both leave the text", () => {
    const parsed = one(text("Harbour cargo rises a quarter on timber and dairy", "December 3, 2026", ...EN, "Additional reporting by Reuters", "Independent journalism costs money. Support the Harbour Herald for the price of a coffee.", "Support us"));
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.agency).toBe("Reuters");
    expect(parsed.body).not.toContain("Independent journalism");
  });

  it("reader-support appeals and a main picture's credit are furniture", () => {
    for (const line of ["Independent journalism costs money. Support us for the price of a coffee.", "Quality journalism takes time and money.", "Become a Patron", "Donate now", "Main image credit: Ministry of Defence/Flickr", "Featured photo: Reuters"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["Journalism costs money, the minister said.", "The main image of the exhibition is a ship."]) expect(isFurniture(line), line).toBe(false);
  });

  it("a tag list under its heading ('In this news') names no author", () => {
    const parsed = one(text("Harbour cargo rises a quarter on timber and dairy", "December 3, 2026", "", ...EN.flatMap((p) => [p, ""]), "In this news", "Shipping", "Dairy Farmers", "", "Copyright © 2026 Harbour Herald"));
    expect(parsed.author).toBeNull();
    expect(parsed.body).not.toContain("Dairy Farmers");
  });
});

describe("a page's top copied along", () => {
  it("a consent wall's title and buttons, a menu's, a search box's and an app's are furniture, never the masthead", () => {
    for (const line of ["We value your privacy", "Accept All", "Reject all cookies", "Menu", "Tìm kiếm", "Search", "Open in the app", "More by this Author"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["Menu planning for schools", "Search for survivors goes on", "Accept the offer"]) expect(isFurniture(line), line).toBe(false);
    const parsed = one(text("We value your privacy", "We and our partners store and access information on your device, such as cookies.", "Accept All", "Harbour Herald", "News", "Sport", "", "Harbour board approves second wharf for timber", "December 1, 2026", "", ...EN.flatMap((p) => [p, ""])));
    expect(parsed.outlet).not.toBe("We value your privacy");
    expect(parsed.title).toBe("Harbour board approves second wharf for timber");
  });

  it("a dialog's button that dismisses it is furniture, never the masthead, in English and in Vietnamese", () => {
    for (const line of ["No thanks", "No, thanks", "No thank you", "Maybe later", "Not now", "Để sau", "Không, cảm ơn"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["No thanks to the board, the wharf opened late", "Not now, the minister said.", "Để sau này con cháu còn có đất canh tác"]) expect(isFurniture(line), line).toBe(false);
    const dialog = ["Subscribe to our newsletter", "Get the latest news from the harbour in your inbox every morning.", "Email address", "Subscribe"];
    const en = one(text(...dialog, "No thanks", "Harbour Herald", "News", "Sport", "", "Harbour board approves second wharf for timber", "December 1, 2026", "", ...EN.flatMap((p) => [p, ""])));
    expect(en.outlet).toBe("Harbour Herald");
    const vi = one(text("Đăng ký nhận bản tin mỗi sáng", "Email", "Đăng ký", "Để sau", "Nông Sản Việt", "Thời sự", "Kinh tế", "", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "04/12/2026 08:30", "", ...VI.flatMap((p) => [p, ""])));
    expect(vi.outlet).toBe("Nông Sản Việt");
  });
});

describe("a headline set in two elements", () => {
  const two = (title: string, rest: string): ParsedSource =>
    fromHtml(page(`<title>${title} | Harbour Herald</title>`, `<article><h1>Harbour board approves second wharf</h1><p class="sub">${rest}</p><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></article>`));

  it("is whole when the page's title opens with both parts, the second in lower case", () => {
    const parsed = two("Harbour board approves second wharf for timber exports", "for timber exports");
    expect(parsed.title).toBe("Harbour board approves second wharf for timber exports");
    expect(parsed.body).not.toContain("for timber exports");
  });

  it("stays the h1 when the page's title does not go on with the line below", () => {
    expect(two("Harbour board approves second wharf", "for timber exports").title).toBe("Harbour board approves second wharf");
  });
});

describe("a news ticker's item above the headline", () => {
  it("is no headline, and the headline below it is no deck", () => {
    const parsed = one(text("Breaking: Storm warning issued for the south coast", "", "Harbour board approves second wharf for timber", "The board says two ships will unload at once", "", "Tue, 01 Dec, 2026 - 10:15", "Mary Byrne", "", ...EN.flatMap((p) => [p, ""])));
    expect(parsed.title).toBe("Harbour board approves second wharf for timber");
    expect(parsed.body).not.toContain("Storm warning");
  });

  it("stays the headline of a page that has no other", () => {
    expect(one(text("Breaking: Storm warning issued for the south coast", "December 1, 2026", "", ...EN.flatMap((p) => [p, ""]))).title).toBe("Breaking: Storm warning issued for the south coast");
  });
});

describe("a newsletter e-mail that prints its own headline", () => {
  const mail = (body: string[]): string => ["From: Harbour Herald <news@harbourherald.example>", "To: reader@example.com", "Subject: Herald Today: a second wharf", "Date: Tue, 1 Dec 2026 06:00:00 +1300", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", ...body].join("\r\n");

  it("is titled by the headline above its 'By …' line, hard-wrapped or not", () => {
    const parsed = one(decodeImportFile(Buffer.from(mail(["View this email in your browser", "", "Harbour board approves a second wharf for timber and dairy, says", "Whitcombe", "", "By Mary Byrne", "", ...EN.flatMap((p) => [p, ""])])), "x.eml"), "x.eml");
    expect(parsed.title).toBe("Harbour board approves a second wharf for timber and dairy, says Whitcombe");
    expect(parsed.author).toBe("Mary Byrne");
  });

  it("is titled by its subject when the body prints no headline over a byline", () => {
    expect(one(decodeImportFile(Buffer.from(mail(["Good morning,", "", ...EN.flatMap((p) => [p, ""])])), "x.eml"), "x.eml").title).toBe("Herald Today: a second wharf");
  });
});

describe("a gallery's counter", () => {
  it("'N of M' is furniture and the line below it the picture's caption, above the lead", () => {
    const parsed = one(text("Harbour board approves second wharf", "December 1, 2026", "", "1 of 12", "The new wharf under construction in the inner harbour.", "", ...EN.flatMap((p) => [p, ""])));
    expect(parsed.captions).toContain("The new wharf under construction in the inner harbour.");
    expect(parsed.body).not.toContain("1 of 12");
    for (const para of EN) expect(parsed.body).toContain(para);
  });

  it("inside the text too", () => {
    const cleaned = cleanArticle(text(EN[0]!, "", "2 of 12", "Timber stacked on the quay.", "", EN[1]!));
    expect(cleaned.blocks).toContainEqual({ kind: "caption", text: "Timber stacked on the quay." });
    expect(cleaned.blocks.some((b) => b.text.includes("2 of 12"))).toBe(false);
  });

  it("counts only a picture within the gallery", () => {
    expect(GALLERY_COUNT.test("1 of 12")).toBe(true);
    expect(GALLERY_COUNT.test("3/8")).toBe(true);
    expect(GALLERY_COUNT.test("1 of 12 ships")).toBe(false);
  });
});

describe("bylines with ranks, posts and domains", () => {
  it("drops the rank and the degree after it before each of several names", () => {
    expect(readByline("Thượng tá, TS. Trần Quốc Bảo và Trung tá, ThS. Lê Thị Mai")).toBe("Trần Quốc Bảo và Lê Thị Mai");
    expect(withoutRanks("Thiếu tá, ThS. Y Phương")).toBe("Y Phương");
    expect(withoutRanks("Lan Anh và Đại úy Trần Bình")).toBe("Lan Anh và Trần Bình");
    // a degree without a rank is printed with the name and kept
    expect(readByline("TS. Trần Minh Đức")).toBe("TS. Trần Minh Đức");
    expect(withoutRanks("Trung Kiên")).toBe("Trung Kiên");
  });

  it("in a saved page's byline element too, and without the site's domain or the writer's post after the name", () => {
    const byline = (inner: string): ParsedSource => fromHtml(page("<title>Harbour board approves second wharf</title>", `<article><h1>Harbour board approves second wharf</h1><div class="author">${inner}</div><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></article>`));
    expect(byline('<span rel="author">Thiếu tá, ThS. Y Phương</span>').author).toBe("Y Phương");
    expect(byline('<span rel="author">By Mary Byrne</span> / <span>harbourherald.co.nz</span>').author).toBe("Mary Byrne");
    expect(byline('<span rel="author">By Mary Byrne</span> <span>Senior Political Writer</span>').author).toBe("Mary Byrne");
  });

  it("a writer's post after a slash names no outlet", () => {
    const parsed = one(text("Harbour board approves second wharf for timber", "December 1, 2026", "Mary Byrne/Senior Staff Reporter", "", ...EN.flatMap((p) => [p, ""])));
    expect(parsed.author).toBe("Mary Byrne");
    expect(parsed.outlet).not.toBe("Senior Staff Reporter");
  });
});

describe("a Vietnamese paper's name in capitals over its owner's line", () => {
  it("names the outlet", () => {
    const parsed = one(text("Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "03/12/2026 | 09:10", "", ...VI.flatMap((p) => [p, ""]), "Minh Khoa", "", "BÁO NÔNG THÔN VÀ MIỀN NÚI", "Cơ quan của Hội Nông dân tỉnh"));
    expect(parsed.outlet?.toLocaleLowerCase("vi")).toBe("báo nông thôn và miền núi");
  });

  it("not a line in capitals that is no paper's name", () => {
    const parsed = one(text("Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "03/12/2026 | 09:10", "", ...VI.flatMap((p) => [p, ""]), "Minh Khoa", "", "TIN NÔNG THÔN", "Cơ quan của Hội Nông dân tỉnh"));
    expect(parsed.outlet).not.toBe("Tin Nông Thôn");
  });
});

describe("a reader poll and a newsletter's pointer", () => {
  it("drops a poll's heading, question, options and button, and keeps the text after it", () => {
    const parsed = one(text("Harbour board approves second wharf for timber", "December 1, 2026", "", EN[0]!, "", EN[1]!, "", "Poll", "Should the port open on Sundays?", "Yes", "No", "Vote", "", EN[2]!));
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Should the port open on Sundays?");
    expect(parsed.body).not.toMatch(/\bVote\b/);
  });

  it("a Vietnamese poll too", () => {
    const cleaned = cleanArticle(text(VI[0]!, "", "Thăm dò ý kiến", "Bạn có ủng hộ mở rộng diện tích sầu riêng?", "Có", "Không", "Bình chọn", "", VI[1]!));
    expect(cleaned.blocks.map((b) => b.text)).toEqual([VI[0], VI[1]]);
  });

  it("'Read the full story on <site>' is furniture; a sentence that starts alike is not", () => {
    expect(isFurniture("Read the full story on mg.co.za")).toBe(true);
    expect(isFurniture("Continue reading at harbourherald.co.nz")).toBe(true);
    expect(isFurniture("Read on the bus ride home")).toBe(false);
  });
});

describe("the writer's institution under the byline", () => {
  it("is no part of the lead in a copy with one newline between lines", () => {
    const parsed = one(text("Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "03/12/2026 | 09:10", "Thượng tá, TS. Trần Quốc Bảo", "Học viện Nông nghiệp", ...VI));
    expect(parsed.author).toBe("Trần Quốc Bảo");
    expect(parsed.body).not.toContain("Học viện Nông nghiệp");
    for (const para of VI) expect(parsed.body).toContain(para);
  });

  it("a lead that opens with the same word stays", () => {
    const lead = "Trường hợp này cho thấy diện tích sầu riêng tăng quá nhanh so với khả năng tiêu thụ của thị trường trong nước.";
    const parsed = one(text("Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "03/12/2026 | 09:10", "Trần Quốc Bảo", lead, VI[1]!));
    expect(parsed.body).toContain(lead);
  });
});

describe("two names joined by a dash, and a kicker in capitals above the headline", () => {
  it("reads 'A - B' as two writers, and 'A - Báo X' as a writer and a paper", () => {
    expect(readByline("Lê Phương - Hoàng Minh")).toBe("Lê Phương - Hoàng Minh");
    expect(readByline("Lan Anh - Báo Lao Động")).toBe("Lan Anh");
  });

  it("a line in capitals right above the headline is a kicker when the byline stands below the headline", () => {
    const parsed = one(text("Nông nghiệp", "CẢNH BÁO", "Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "Lê Phương - Hoàng Minh", "Thứ Tư, 02/12/2026 - 21:40", ...VI));
    expect(parsed.title).toBe("Sầu riêng mở rộng nhanh, nông dân lo giá giảm");
    expect(parsed.author).toBe("Lê Phương - Hoàng Minh");
    expect(parsed.body).not.toContain("CẢNH BÁO");
    expect(parsed.body.startsWith(VI[0]!)).toBe(true);
  });

  it("a name in capitals right above the headline, with no byline below it, stays a byline", () => {
    const head = ["Nông nghiệp", "NGUYỄN KHÁNH", "Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "Thứ Tư, 02/12/2026 - 21:40", VI[0]!];
    expect(classifyHeader(head, true).roles[1]?.role).toBe("byline");
    const kicker = ["Nông nghiệp", "CẢNH BÁO", "Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "Lê Phương - Hoàng Minh", "Thứ Tư, 02/12/2026 - 21:40", VI[0]!];
    expect(classifyHeader(kicker, true).roles[1]?.role).toBe("section");
  });
});
