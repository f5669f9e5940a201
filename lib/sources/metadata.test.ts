// Tests for metadata extraction: header and footer lines of VOA, RFI, BBC, Tiếng Dân and Canada Life captures.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { bodyWarnings, detectLanguage, extractMetadata, joinBrokenLines, leadAgency, lookupAgency, unwrapColumns, withoutTitlePrefix } from "./metadata";

const BODY_EN = "South Korea's unification ministry is considering whether to ask Russia for technical talks on the new road crossing, a senior official said on Thursday.";
const BODY = "Đội cận vệ của nhà lãnh đạo Triều Tiên Kim Jong Un đã dành vài phút để khử trùng chiếc ghế mà ông Kim ngồi trong hội nghị thượng đỉnh.";

describe("header lines", () => {
  it("reads the VOA header: date, wire agency, capture outlet", () => {
    const m = extractMetadata(`\n18/09/2023\n\nReuters\n\nCapture à partir de :[VOA](#)\n\n\n\nẢnh chú thích ngắn\n\n${BODY}`);
    expect(m).toMatchObject({ publishedAt: "2023-09-18", datePrecision: "day", agency: "Reuters", outlet: "VOA", author: null });
    expect(m.body.startsWith("\n\n\nẢnh chú thích ngắn")).toBe(true); // the image gap survives for caption detection
  });

  it("reads the RFI header with its minute and spaced capture label", () => {
    const m = extractMetadata(`\nĐăng ngày: 14/09/2023 - 11:20\n\nCapture à partir de : [RFI](#)\n\n${BODY}`);
    expect(m).toMatchObject({ publishedAt: "2023-09-14T11:20", datePrecision: "minute", agency: null, outlet: "RFI" });
    expect(m.body.trim()).toBe(BODY);
  });

  it("reads the BBC byline: author name and role line, no date", () => {
    const m = extractMetadata(`\nCapture à partir de :[BBC](#)\n\nJean Mackenzie\n\nBBC News, Seoul\n\n\n\nNguồn hình ảnh, Getty Images\n\n${BODY}`);
    expect(m).toMatchObject({ author: "Jean Mackenzie", outlet: "BBC", publishedAt: null });
    expect(m.body).not.toContain("BBC News, Seoul");
    expect(m.body).toContain("Nguồn hình ảnh, Getty Images");
  });

  it("reads the BBC dateline after the reporter's role", () => {
    const m = extractMetadata(`\nCapture à partir de :[BBC](#)\n\nTessa Wong\n\nPhóng viên kỹ thuật số châu Á, BBC News\n\n14 tháng 9 2023\n\n${BODY}`);
    expect(m).toMatchObject({ author: "Tessa Wong", publishedAt: "2023-09-14" });
  });

  it("reads the baotiengdan header: credited New York Times, translator, labelled author", () => {
    const m = extractMetadata(
      `\nNew York Times\n\n15-9-2023\n\nCù Tuấn, biên dịch\n\nCapture à partir de : [baotiengdan](#)\n\nTác giả: **Choe Sang-Hun**, từ Seoul\n\n${BODY}`,
    );
    expect(m).toMatchObject({ agency: "New York Times", publishedAt: "2023-09-15", outlet: "baotiengdan", author: "Choe Sang-Hun" });
    expect(m.warnings).toEqual(["translated text: translator Cù Tuấn"]);
  });

  it("reads an outlet from 'Báo chí liên quan – AP'", () => {
    expect(extractMetadata(`Báo chí liên quan – AP\n\n${BODY}`).outlet).toBe("AP");
  });

  it("finds the headline of a single article below the page furniture", () => {
    const m = extractMetadata(
      `Để sử dụng TheCanada.life, Vui lòng kích hoạt javascript trong trình duyệt của bạn.\n\nLoader\n\nMoscow và Bình Nhưỡng xác nhận nhà lãnh đạo Triều Tiên Kim Jong Un sẽ tới Nga để gặp Putin\n\n${BODY}`,
      { findTitle: true },
    );
    expect(m.title).toBe("Moscow và Bình Nhưỡng xác nhận nhà lãnh đạo Triều Tiên Kim Jong Un sẽ tới Nga để gặp Putin");
    expect(m.body.trim()).toBe(BODY);
  });

  it("finds no headline when the text starts with a paragraph", () => {
    expect(extractMetadata(`${BODY}\n\n${BODY}`, { findTitle: true }).title).toBeNull();
  });
});

describe("footer lines", () => {
  it("reads AP from the copyright line and the outlet from the translation credit, above the tail", () => {
    const m = extractMetadata(`${BODY}\n\n© 2023 The Associated Press\n\nBản tiếng Việt của The Canada Life\n\nĐỌC THÊM\n\n  • We accept We accept`);
    expect(m).toMatchObject({ agency: "AP", outlet: "The Canada Life" });
    expect(m.warnings).toEqual(["translated text: Bản tiếng Việt của The Canada Life"]);
    expect(m.body.trim()).toBe(BODY);
  });

  it("reads a signature as the author (Nhật Tân)", () => {
    const m = extractMetadata(`${BODY}\n\nNhật Tân`);
    expect(m.author).toBe("Nhật Tân");
    expect(m.body.trim()).toBe(BODY);
  });

  it("reads 'Việt Linh (Theo Asia Times)' as author and credited source", () => {
    const m = extractMetadata(`${BODY}\n\n**Việt Linh (Theo Asia Times)**\n\n`);
    expect(m).toMatchObject({ author: "Việt Linh", agency: "Asia Times" });
  });

  it("reads initials as a byline", () => {
    expect(extractMetadata(`${BODY}\n\nV.L.`).author).toBe("V.L.");
  });

  it("leaves an additional-reporting line in the body", () => {
    const m = extractMetadata(`${BODY}\n\n*Tường thuật bổ sung bởi Nicholas Yong tại Singapore*`);
    expect(m.author).toBeNull();
    expect(m.body).toContain("Tường thuật bổ sung");
  });
});

describe("agencies", () => {
  it("knows the wire agencies under their usual spellings", () => {
    expect(lookupAgency("Reuters")).toBe("Reuters");
    expect(lookupAgency("The Associated Press")).toBe("AP");
    expect(lookupAgency("AP")).toBe("AP");
    expect(lookupAgency("Hãng tin Pháp AFP")).toBe("AFP");
    expect(lookupAgency("Korean Central News Agency")).toBe("KCNA");
    expect(lookupAgency("Thông tấn xã Yonhap")).toBe("Yonhap");
    expect(lookupAgency("TASS")).toBe("TASS");
    expect(lookupAgency("Kyodo")).toBe("Kyodo");
    expect(lookupAgency("Kommersant")).toBeNull();
    expect(lookupAgency("VOA News")).toBeNull();
  });

  it("reads a lead attribution 'Theo Reuters,' or a '(Reuters) -' dateline", () => {
    expect(leadAgency("Theo Reuters, các cuộc đàm phán vũ khí giữa Nga và Triều Tiên")).toBe("Reuters");
    expect(leadAgency("SEOUL (Reuters) - Triều Tiên phóng tên lửa")).toBe("Reuters");
    expect(leadAgency("Theo hãng tin AFP, sau khi đi thăm")).toBe("AFP");
    expect(leadAgency("Theo bộ Quốc Phòng Hàn Quốc, lãnh đạo Bắc Triều Tiên")).toBeNull();
  });
});

describe("language", () => {
  it("detects Vietnamese, English and French text", () => {
    expect(detectLanguage(BODY)).toBe("vi");
    expect(detectLanguage("The Associated Press reported that the leader of North Korea was on his way to Russia with the train.")).toBe("en");
    expect(detectLanguage("Le dirigeant nord-coréen est arrivé en Russie pour une rencontre avec le président russe dans la région.")).toBe("fr");
    expect(detectLanguage("12345 67")).toBe("und");
  });
});

describe("body warnings", () => {
  it("flags a word mixing Latin and Cyrillic letters (the 'dượс' of the VOA article)", () => {
    expect(bodyWarnings("Nga, đang khao khát đạn dượс, đang tìm đến ông Kim", null)).toEqual([
      'mixed Latin/Cyrillic letters in "dượс" (possible homoglyph)',
    ]);
    expect(bodyWarnings("Ông Putin gặp ông Kim. ТАСС đưa tin.", null)).toEqual([]);
  });

  it("flags a body date later than the publication date (RFI's 'Hôm 18/08/2024')", () => {
    expect(bodyWarnings("Hôm 18/08/2024, tại Trại David", "2023-08-18T13:52")).toEqual([
      "body mentions 2024-08-18, after the publication date 2023-08-18",
    ]);
    expect(bodyWarnings("hôm qua, 13/09/2023", "2023-09-14T11:20")).toEqual([]);
  });
});

describe("header edge cases", () => {
  it("reads a dateline above the headline of a single article instead of taking it for the title", () => {
    const m = extractMetadata(`18/09/2023\n\nAn ninh Triều Tiên khử trùng ghế của Kim Jong Un\n\n${BODY}`, { findTitle: true });
    expect(m).toMatchObject({ publishedAt: "2023-09-18", title: "An ninh Triều Tiên khử trùng ghế của Kim Jong Un" });
  });

  it("does not take a sentence starting with 'Bài' for an author label", () => {
    const m = extractMetadata(`\nCapture à partir de :[RFI](#)\n\nBài viết của phóng viên tại Seoul\n\n${BODY}`);
    expect(m.author).toBeNull();
    expect(m.body).toContain("Bài viết của phóng viên tại Seoul");
  });

  it("drops leading blank lines when there is no header, so they are not read as an image gap", () => {
    expect(extractMetadata(`\n\n\n${BODY}`).body).toBe(BODY);
  });
});

describe("page-level forms of a third set of outlets", () => {
  const EN = "Officials said on Monday that the new terminal would open to passengers in April after two years of construction.";
  const EN2 = "The airport expects to handle about twelve million passengers a year once the second runway opens next spring.";

  it("a wire agency's name as the masthead names the outlet and the agency ('ANTARA News', 'BERNAMA')", () => {
    expect(extractMetadata(`ANTARA News\n\nHome\n\nWorld\n\nAirport terminal opens after delay\n\n${EN}`, { findTitle: true })).toMatchObject({ outlet: "ANTARA", agency: "ANTARA" });
    expect(lookupAgency("Bernama News Agency")).toBe("Bernama");
  });

  it("the site's date bar above the headline gives way to the article's date below it; alone, it is the date", () => {
    const both = extractMetadata(`Báo Mẫu\n\nThứ Sáu, 11/04/2025\n\nKinh tế\n\nKhởi công khu đô thị mới ở ven sông\n\nThứ Năm, 10/04/2025 - 15:07\n\n${BODY}`, { findTitle: true });
    expect(both.publishedAt).toBe("2025-04-10T15:07");
    const above = extractMetadata(`Thứ Sáu, 11/04/2025\n\nKinh tế\n\nKhởi công khu đô thị mới ở ven sông\n\n${BODY}`, { findTitle: true });
    expect(above.publishedAt).toBe("2025-04-11");
  });

  it("a masthead after an app banner, followed by the site's date bar, is the outlet as printed ('… Online' dropped)", () => {
    const m = extractMetadata(`Tải ứng dụng Báo Mẫu\n\nMở\n\nBáo Mẫu Online\n\nThời sự\n\nKhởi công khu đô thị mới ở ven sông\n\n${BODY}`, { findTitle: true });
    expect(m.outlet).toBe("Báo Mẫu");
  });

  it("a Vietnamese service's name above the headline is the outlet; a masthead with 'Tiếng Việt' below it too", () => {
    expect(extractMetadata(`Đài Phát thanh Mẫu\n\nMẪU Tiếng Việt\n\nTrang đầu\n\nKhởi công khu đô thị mới ở ven sông\n\n${BODY}`, { findTitle: true }).outlet).toBe("MẪU Tiếng Việt");
    expect(extractMetadata(`MAU WORLD\n\nTiếng Việt\n\nTin tức\n\nKhởi công khu đô thị mới ở ven sông\n\n${BODY}`, { findTitle: true }).outlet).toBe("MAU WORLD Tiếng Việt");
  });

  it("a standfirst, a byline and the date below it: the byline is the author, the standfirst stays", () => {
    const m = extractMetadata(`Airport terminal opens after delay\n\n${EN}\n\nAnna Berg\n\nJun 18, 2025\n\n${EN2}`, { findTitle: true });
    expect(m).toMatchObject({ author: "Anna Berg", publishedAt: "2025-06-18" });
    expect(m.body).toContain(EN);
    expect(m.body).not.toContain("Anna Berg");
  });

  it("a name glued before the date with a bar is the author ('Bảo Anh | 22/10/2024 08:05')", () => {
    expect(extractMetadata(`Khởi công khu đô thị mới ở ven sông\n\nMinh Khang | 22/10/2024 08:05\n\n${BODY}`, { findTitle: true })).toMatchObject({ author: "Minh Khang", publishedAt: "2024-10-22T08:05" });
  });

  it("footer credits: '(Nguồn: X)', 'Reporter:' over 'Editor:', an editor alone, an author's bio, copyright owners", () => {
    expect(extractMetadata(`${BODY}\n\nMinh Khang (Nguồn: Reuters)\n\nChia sẻ`)).toMatchObject({ author: "Minh Khang", agency: "Reuters" });
    expect(extractMetadata(`${EN}\n\nReporter: Budi\nEditor: Anna Berg\nCopyright © DESK 2025`)).toMatchObject({ author: "Budi" });
    expect(extractMetadata(`${BODY}\n\nBiên tập: Lý Minh\n\nChia sẻ`).author).toBe("Lý Minh");
    const bio = "Anna Berg is the Gulf news editor of the desk. She previously covered the region for ten years.";
    const m = extractMetadata(`${EN}\n\n${bio}\n\nSign up`);
    expect(m.body).not.toContain("previously covered");
    for (const [line, owner] of [["© 1991—2024 Newswire. All rights reserved.", "Newswire"], ["© Harbour Post PCL. All rights reserved.", "Harbour Post"], ["Copyright © DESKNEWS 2025", "DESKNEWS"]]) {
      expect(extractMetadata(`${EN}\n\n${line}`).outlet, line).toBe(owner);
    }
  });

  it("a publication date wins over an update printed before it, in either language and either order", () => {
    for (const [dates, want] of [
      ["Cập nhật lúc 16:42 10/04/2025\nĐăng lúc 09:15 10/04/2025", "2025-04-10T09:15"],
      ["Updated July 3, 2025 at 5:12 PM ET\nPublished July 3, 2025 at 6:00 AM ET", "2025-07-03T06:00"],
      ["Posted: 2025-10-01 11:32:40\nUpdated: 2025-10-01 17:05:12", "2025-10-01T11:32"],
      ["Updated: 2025-10-01 17:05:12", "2025-10-01T17:05"],
    ] as const) {
      expect(extractMetadata(`Officials open the new airport terminal\n${dates}\n${EN}\n\n${EN2}`).publishedAt, dates).toBe(want);
    }
  });

  it("wire credits written as a sentence below the article: '(With input from Xinhua)', 'Some information … came from Reuters.'", () => {
    for (const [line, agency] of [["(With input from Xinhua)", "Xinhua"], ["Some information for this report came from Reuters.", "Reuters"]] as const) {
      const m = extractMetadata(`${EN}\n\n${EN2}\n\n${line}`);
      expect(m.agency, line).toBe(agency);
      expect(m.body, line).not.toContain(line);
    }
  });

  it("a dateline in capitals printed on the headline as on the lead goes with the lead", () => {
    const lead = "ĐÀ LẠT - Những ngày này, hàng nghìn cây mai anh đào quanh hồ Xuân Hương đã đồng loạt khoe sắc, sớm hơn mọi năm khoảng hai tuần.";
    expect(extractMetadata(`ĐÀ LẠT - Hoa mai anh đào nở sớm ở thành phố ngàn hoa\nĐăng lúc: 20/01/2025 - 07:10\n${lead}\n\n${BODY}`, { findTitle: true }).title).toBe("Hoa mai anh đào nở sớm ở thành phố ngàn hoa");
    // a headline whose lead does not open with the same words keeps them
    expect(extractMetadata(`HÀ NỘI - Bắc Ninh nối tuyến buýt liên tỉnh mới\nĐăng lúc: 20/01/2025 - 07:10\n${BODY}\n\n${BODY}`, { findTitle: true }).title).toBe("HÀ NỘI - Bắc Ninh nối tuyến buýt liên tỉnh mới");
  });

  it("a byline and its role line below the standfirst do not hide the date below them", () => {
    const m = extractMetadata(`Officials open the new airport terminal\n\n${EN}\n\nTom Clarke\nBusiness reporter @tomclarke\nTuesday 11 March 2025 14:22, UK\n\n${EN2}`);
    expect(m).toMatchObject({ publishedAt: "2025-03-11T14:22", author: "Tom Clarke" });
    expect(m.body).not.toContain("Business reporter");
  });

  it("a copyright line below the related stories still names the outlet", () => {
    expect(extractMetadata(`${EN}\n\nRelated Topics\n\nAviation\n\n© 2025 Desk Monitor, LLC. All rights reserved.`).outlet).toBe("Desk Monitor");
  });
});

describe("copies of narrow columns and relayed headlines (fifth held-out corpus)", () => {
  const PHONE = [
    "Báo Tỉnh",
    "Kinh tế",
    "Cảng Vũng Áng đón",
    "tàu 150.000 tấn chở than",
    "nhập khẩu",
    "09:40 | 21/08/2025",
    "Sáng 21/8, cảng Vũng Áng đón",
    "tàu trọng tải 150.000 tấn",
    "chở than nhập khẩu từ",
    "Indonesia cho nhà máy",
    "nhiệt điện ven biển.",
    "Tàu chở than cập cảng",
    "Vũng Áng sáng 21/8.",
    "Ảnh: Thu Hà",
    "Thu Hà",
  ].join("\n");

  it("joins a phone copy's headline, paragraph and caption back together, and leaves date, credit and byline lines alone", () => {
    const lines = unwrapColumns(PHONE).split("\n");
    expect(lines).toContain("Cảng Vũng Áng đón tàu 150.000 tấn chở than nhập khẩu");
    expect(lines).toContain("Sáng 21/8, cảng Vũng Áng đón tàu trọng tải 150.000 tấn chở than nhập khẩu từ Indonesia cho nhà máy nhiệt điện ven biển.");
    expect(lines).toContain("Tàu chở than cập cảng Vũng Áng sáng 21/8.");
    expect(lines).toEqual(expect.arrayContaining(["09:40 | 21/08/2025", "Ảnh: Thu Hà", "Thu Hà", "Kinh tế"]));
    const meta = extractMetadata(PHONE, { findTitle: true });
    expect(meta.title).toBe("Cảng Vũng Áng đón tàu 150.000 tấn chở than nhập khẩu");
    expect(meta.publishedAt).toBe("2025-08-21T09:40");
  });

  it("leaves text of ordinary paragraphs, or with fewer than three breaks inside a sentence, as it is", () => {
    const paragraphs = `Tiêu đề bài\n${BODY}\n${BODY}\n${BODY}\nMột dòng ngắn\nkhông viết hoa\n`;
    expect(unwrapColumns(paragraphs)).toBe(paragraphs);
    const menu = "Trang chủ\nThời sự\nKinh tế\nXã hội\nVăn hóa\nThể thao\nGiải trí\nQuốc tế\n";
    expect(unwrapColumns(menu)).toBe(menu);
  });

  it("drops a print view's label and the outlet's own name before a bar from the headline, not another prefix", () => {
    expect(withoutTitlePrefix("In bài viết - Vải thiều Lục Ngạn xuất khẩu sang Nhật Bản", [])).toBe("Vải thiều Lục Ngạn xuất khẩu sang Nhật Bản");
    expect(withoutTitlePrefix("Print - Seoul tracks a missile launch", [])).toBe("Seoul tracks a missile launch");
    expect(withoutTitlePrefix("News24 | Vietnam and South Africa sign a deal", ["News24"])).toBe("Vietnam and South Africa sign a deal");
    expect(withoutTitlePrefix("Reuters | Vietnam cuts rates again", [null])).toBe("Vietnam cuts rates again");
    expect(withoutTitlePrefix("Exclusive | Vietnam cuts rates again", ["News24"])).toBe("Exclusive | Vietnam cuts rates again");
  });

  it("reads a newsletter pasted from e-mail past its envelope and list footer", () => {
    const mail = [
      "View this email in your browser",
      "Moscow and Pyongyang Expand Labor Deal",
      "By Pavel Luzin",
      "November 20, 2025",
      BODY,
      "You are receiving this email because you subscribed to our publications.",
      "Unsubscribe | Update your preferences",
    ].join("\n\n");
    const meta = extractMetadata(mail, { findTitle: true });
    expect(meta.title).toBe("Moscow and Pyongyang Expand Labor Deal");
    expect(meta.author).toBe("Pavel Luzin");
    expect(cleanArticle(meta.body).body).toBe(BODY);
  });
});

describe("outlet, author and captions of text copies (sixth held-out corpus)", () => {
  const TEXT =
    "Theo Sở Công Thương, lô hàng đã đạt chứng nhận an toàn thực phẩm của Liên minh Kinh tế Á - Âu và sẽ rời cảng vào tuần tới.";
  const page = (...lines: string[]): string => `${lines.join("\n")}\n`;

  it("takes the copyright line's owner over a first line that is a menu's section label", () => {
    const m = extractMetadata(page("Trang chủ", "Thời sự", "Kinh tế", "Điện Biên xuất lô cà phê đầu tiên sang Nga", "Thứ Sáu, 04/12/2026 - 08:15", TEXT, "Bản quyền thuộc về Báo Điện Biên Phủ"), { findTitle: true });
    expect(m.outlet).toBe("Báo Điện Biên Phủ");
    expect(m.publishedAt).toBe("2026-12-04T08:15");
    const vi = extractMetadata(page("Giáo dục", "Tuyển sinh", "Sinh viên sang Nga học ngành đường sắt tăng mạnh", "04-12-2026 08:15", TEXT, "Bản quyền © 2026 Báo Học Đường - Cơ quan ngôn luận của Hội Khuyến học"), { findTitle: true });
    expect(vi.outlet).toBe("Báo Học Đường");
  });

  it("picks, by the page's address, the printed name its domain spells; with none, the domain", () => {
    const m = extractMetadata(page("Tin nhanh", "Thời sự", "Điện Biên xuất lô cà phê đầu tiên sang Nga", "04/12/2026 06:00", TEXT, "Nguồn: https://baodienbienphu.vn/kinh-te/x-123.htm", "© Tòa soạn Điện Biên"), { findTitle: true });
    expect(m.url).toBe("https://baodienbienphu.vn/kinh-te/x-123.htm");
    expect(m.outlet).toBe("Tin nhanh"); // the masthead as printed when the domain spells no printed name
    const spelt = extractMetadata(page("Thời sự", "Điện Biên xuất lô cà phê đầu tiên sang Nga", "04/12/2026 06:00", TEXT, "Link: https://www.mekongherald.com/x", "Copyright © 2026 Mekong Herald"), { findTitle: true });
    expect(spelt.outlet).toBe("Mekong Herald");
  });

  it("reads authors as Asian English pages print them", () => {
    const by = extractMetadata(page("PH seafarers barred from ships calling at North Korean ports", "By: Marlon Ramos - Reporter / @MRamosINQ", "December 04, 2026", BODY_EN), { findTitle: true });
    expect(by.author).toBe("Marlon Ramos");
    const original = extractMetadata(page("Japan to expand radar watch", "December 4, 2026", BODY_EN, "(Japanese original by Kenji Sato, Political News Department)"), { findTitle: true });
    expect(original.author).toBe("Kenji Sato");
    const email = extractMetadata(page("N. Korea built new housing", "December 4, 2026", BODY_EN, "Kim Min-ji kimmj@donga.com"), { findTitle: true });
    expect(email.author).toBe("Kim Min-ji");
    const role = extractMetadata(page("Seoul weighs rail talks", "December 4, 2026", BODY_EN, "By Kim Ji-won, staff reporter"), { findTitle: true });
    expect(role.author).toBe("Kim Ji-won");
  });

  it("keeps a caption printed below the text as a caption, not as a related headline", () => {
    const m = extractMetadata(page("Seoul weighs rail talks", "December 4, 2026", BODY_EN, "", "The road bridge under construction over the Tumen River, seen on Nov. 30. (Yonhap)"), { findTitle: true });
    expect(m.captions).toEqual(["The road bridge under construction over the Tumen River, seen on Nov. 30. (Yonhap)"]);
    expect(m.body).not.toContain("road bridge");
  });
});

describe("outlets named by a printed domain, an e-mail's sender or a running page header", () => {
  const VI = "Vụ lúa Hè Thu năm nay, giá lúa tươi tại ruộng được thương lái thu mua 7.200 - 7.500 đồng/kg, tăng 800 đồng so với vụ trước.";
  it("a reader view's domain line picks the header line it spells; a paper's name is no author", () => {
    const m = extractMetadata(["baotayninh.vn", "Tây Ninh: Giá lúa tăng, nông dân phấn khởi", "Báo Tây Ninh", "5–6 phút", VI, "Minh Anh", ""].join("\n"), { findTitle: true });
    expect(m.outlet).toBe("Báo Tây Ninh");
    expect(m.author).toBe("Minh Anh");
    expect(m.body).not.toContain("baotayninh.vn");
  });

  it("an e-mail's sender names the outlet, and the envelope leaves the text", () => {
    const m = extractMetadata(["From: Caspian Policy Brief <news@caspianbrief.org>", "Subject: Weekly brief", "Baku and Moscow sign a rail deal", "By Pavel Orlov", "November 20, 2025", BODY_EN, ""].join("\n"), { findTitle: true });
    expect(m.outlet).toBe("Caspian Policy Brief");
    expect(m.body).not.toContain("caspianbrief.org");
  });

  it("a PDF copy's running page header names the publication and, when nothing else does, the day", () => {
    const m = extractMetadata(["MEKONG WEEKLY  Số 12-2026  Thứ Năm, 19-3-2026          7", "DOANH NGHIỆP", "Doanh nghiệp dệt may tìm đơn hàng quý II", "MAI PHƯƠNG", VI, ""].join("\n"), { findTitle: true });
    expect(m.outlet?.toLowerCase()).toBe("mekong weekly");
    expect(m.publishedAt).toBe("2026-03-19");
  });
});

describe("the outlet as its own byline, and teasers under a list's heading", () => {
  it("drops a byline that is the outlet's own name", () => {
    const m = extractMetadata(["Harbour Gazette", "World", "Council opens two more border markets", "Harbour Gazette", "December 4, 2026", BODY_EN, "© 2026 Harbour Gazette", ""].join("\n"), { findTitle: true });
    expect(m.outlet).toBe("Harbour Gazette");
    expect(m.author).toBeNull();
  });

  it("takes teaser headlines under a furniture heading ('Related Links') out of the text", () => {
    const m = extractMetadata(["Council opens two more border markets", "December 4, 2026", BODY_EN, "Share", "Related Links", "Ramaphosa to visit Hanoi later this year", "© 2026 Harbour Gazette. All rights reserved.", ""].join("\n"), { findTitle: true });
    expect(m.body).not.toContain("Ramaphosa");
    expect(m.body).toContain("unification ministry");
    expect(m.author).toBeNull();
  });
});

describe("joinBrokenLines", () => {
  it("joins a sentence whose links a copy put on lines of their own", () => {
    const text = ["MOSCOW (Reuters) - Russian Foreign Minister", "Sergei Lavrov", "will visit", "North Korea", "next week for talks, the ministry said.", "Lavrov is expected to meet", "Kim Jong Un", "and Choe Son Hui."].join("\n");
    expect(joinBrokenLines(text)).toBe("MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov will visit North Korea next week for talks, the ministry said.\nLavrov is expected to meet Kim Jong Un and Choe Son Hui.");
    // a possessive or a comma right after the link
    expect(joinBrokenLines("The decision of the\nState Duma\n's committee was final.")).toBe("The decision of the State Duma's committee was final.");
  });

  it("drops a PDF page's number between a sentence's halves", () => {
    expect(joinBrokenLines("2. The Government urges Russia to cease all cooperation with\n\n- 1 -\n\nNorth Korea and to abide by its obligations.")).toBe("2. The Government urges Russia to cease all cooperation with North Korea and to abide by its obligations.");
    // after a finished sentence the page number stays where it is
    expect(joinBrokenLines("The Government urges Russia to cease all cooperation.\n\n- 1 -\n\nNorth Korea has not replied.")).toBe("The Government urges Russia to cease all cooperation.\n\n- 1 -\n\nNorth Korea has not replied.");
  });

  it("leaves headers, bylines, finished sentences and short labels as they are", () => {
    for (const text of [
      "Ukraine war latest: drone attack cuts power\nby Oleksiy Bondar\nJuly 14, 2025 10:45 PM",
      "The council approved the plan.\nthe next line is a quote's rest",
      "World\nNorth Korea\nnext week",
      "Council opens two more border markets\nPhoto: AFP\nthe market",
      "Council opens two more border markets\nDecember 3, 2026\nnext",
    ]) expect(joinBrokenLines(text), text).toBe(text);
  });
});
