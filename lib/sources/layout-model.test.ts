// Tests for the layout model: each feature family on everyday forms written for these tests, and the title picked by
// best score over the whole header region.
import { describe, expect, it } from "vitest";
import {
  classifyHeader,
  classifyLine,
  domainSpells,
  isCaptionLine,
  isCreditOnly,
  isFurniture,
  isSection,
  leadCredit,
  looseDateLine,
  lookupOutlet,
  outletFromAddress,
  readByline,
  isUpdateLine,
  POSTED_BY,
  POSTED_BY_AFTER_CLOCK,
  POSTED_OPENING,
  readDateLine,
  YEAR_CLOCK_DIGITS,
  YEAR_GLUED_TO_CLOCK,
} from "./layout-model";
import { extractMetadata } from "./metadata";
import { parseImport } from "./parse-import";
import { pastedCopy as copy } from "@/test/pasted-copy";

const LEAD =
  "Nga và Triều Tiên đã khởi công cây cầu đường bộ đầu tiên nối hai nước qua sông Tumen, dự kiến hoàn thành trong khoảng một năm rưỡi tới.";
const PARA = "Cây cầu dài gần một km, có hai làn xe và nằm cạnh cây cầu đường sắt Hữu nghị được xây dựng từ nhiều thập niên trước.";

describe("date lines in everyday header forms", () => {
  it.each([
    ["11:25 14/07/2025", "2025-07-14T11:25"],
    ["13/09/2023 15:54:01", "2023-09-13T15:54"],
    ["• Thứ tư, 3/9/2025 16:18 (GMT+7)", "2025-09-03T16:18+07:00"],
    ["(TTXVN/Vietnam+)| 13/09/2023 12:25", "2023-09-13T12:25"],
    ["06:26 September 22, 2022", "2022-09-22T06:26"],
    ["Đã cập nhật Thứ Hai, ngày 1 tháng 7 năm 2024 lúc 9:30 sáng EDT", "2024-07-01T09:30-04:00"],
    ["Updated 9:30 AM EDT, July 1, 2024", "2024-07-01T09:30-04:00"],
    ["Đăng lúc: 08:15 20/11/2024", "2024-11-20T08:15"],
    ["Cập nhật: 20/11/2024 08:15", "2024-11-20T08:15"],
    ["Published 20 November 2024", "2024-11-20"],
    ["13.09.2023, 15:54 (cập nhật: 13.09.2023, 16:54)", "2023-09-13T15:54"],
    ["2024.07.01", "2024-07-01"],
    ["2023-09-13 18:02", "2023-09-13T18:02"],
    ["14-07-2025 - 11:25 AM", "2025-07-14T11:25"],
    ["2025.05.27 3:30pm", "2025-05-27T15:30"],
    ["Updated 21:18, 06-Jun-2025", "2025-06-06T21:18"],
    ["07:45 | 03/06/2025", "2025-06-03T07:45"],
  ])("%s", (line, want) => {
    expect(readDateLine(line)?.publishedAt).toBe(want);
  });

  it("tells an update line from a publication line", () => {
    for (const line of ["Cập nhật lúc 16:42 10/04/2025", "Updated: 2025-10-01 17:05:12 KST", "Last updated July 3, 2025", "• Cập nhật: 20/11/2024"]) expect(isUpdateLine(line), line).toBe(true);
    for (const line of ["Đăng lúc 09:15 10/04/2025", "Published July 3, 2025 at 6:00 AM ET", "Posted: 2025-10-01 11:32:40 KST", "10/04/2025 09:15"]) expect(isUpdateLine(line), line).toBe(false);
  });

  it("never invents a year: a day and month alone stay a month-day date", () => {
    expect(readDateLine("Ngày 27/7")?.publishedAt).toBe("--07-27");
    expect(readDateLine("SEOUL, Sept. 22 (Yonhap)")).toBeNull();
  });

  it("a sentence mentioning a date is not a date line", () => {
    expect(readDateLine("Diễn đàn năm trước diễn ra từ ngày 5 đến ngày 8/9/2022 tại Vladivostok.")).toBeNull();
  });

  it("an event date in the body is not the publication date", () => {
    const m = extractMetadata(`Tiêu đề một bài viết về diễn đàn kinh tế\n\n${LEAD}\n\nDiễn đàn trước diễn ra ngày 8/9/2022.\n\n${PARA}`, { findTitle: true });
    expect(m.publishedAt).toBeNull();
  });
});

describe("furniture, sections, outlets, bylines, captions", () => {
  it.each([
    "Theo dõi Tuổi Trẻ trên Google News",
    "Dòng sự kiện: Thượng đỉnh Nga - Triều",
    "(0) Bình luận",
    "Bình luận (12)",
    "5 phút đọc",
    "15 phút trước",
    "Đang phổ biến",
    "POWERED BY ONECMS - A PRODUCT OF NEKO",
    "(END)",
    "Mở ứng dụng VnExpress",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "#North Korea #Russia",
    "reporter@example.co.kr",
    "Gửi bình luận",
    "In bài viết",
    "Headshot of Maria Lopez",
    "Read in Korean",
    "Please direct any comments or questions about this article to desk@example.net.",
    "Support independent journalism",
    "Họ tên",
    "AD",
  ])("furniture: %s", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it("keeps ordinary sentences and headlines out of the furniture", () => {
    expect(isFurniture("Read in Korean, the letter sounds far harsher than the translation")).toBe(false);
    expect(isFurniture("Ad agencies cut staff as budgets shrink")).toBe(false);
    expect(isFurniture("Bình luận của ông Putin về chuyến thăm gây chú ý")).toBe(false);
    expect(isFurniture("Triều Tiên phóng vệ tinh trinh sát")).toBe(false);
  });

  it("knows section labels and outlet names", () => {
    expect(isSection("Thế giới")).toBe(true);
    expect(isSection("Thế giới > Châu Á")).toBe(true);
    expect(isSection("Minh Châu")).toBe(false);
    expect(lookupOutlet("Tuổi Trẻ Online")).toBe("Tuổi Trẻ");
    expect(lookupOutlet("Báo Dân trí")).toBe("Dân trí");
    expect(lookupOutlet("TUOI TRE ONLINE")).toBe("Tuổi Trẻ");
    expect(lookupOutlet("Yonhap News Agency")).toBe("Yonhap");
    expect(lookupOutlet("Hội nghị thượng đỉnh")).toBeNull();
  });

  it("reads credits and outlets at the start of the lead", () => {
    expect(leadCredit(`(Dân trí) - ${LEAD}`)).toEqual({ outlet: "Dân trí", agency: null });
    expect(leadCredit(`TTO - ${LEAD}`)).toEqual({ outlet: "Tuổi Trẻ", agency: null });
    expect(leadCredit(`MATXCƠVA (Sputnik) - ${LEAD}`)).toEqual({ outlet: "Sputnik", agency: "Sputnik" });
    expect(leadCredit("SEOUL, Sept. 22 (Yonhap) -- North Korea said on Thursday it would")).toEqual({ outlet: "Yonhap", agency: "Yonhap" });
    expect(leadCredit(LEAD)).toBeNull();
  });

  it("reads bylines in their usual forms", () => {
    expect(readByline("By Daniel Park")).toBe("Daniel Park");
    expect(readByline("NGUYỄN KHÁNH")).toBe("NGUYỄN KHÁNH");
    expect(readByline("Minh Châu")).toBe("Minh Châu");
    expect(readByline("Thế giới")).toBeNull();
  });

  it.each([
    "Hai nhà lãnh đạo bắt tay tại sân bay. Ảnh: Reuters.",
    "Hai nhà lãnh đạo bắt tay tại sân bay (Ảnh: Yonhap/TTXVN)",
    "Nguồn ảnh: Điện Kremlin",
    "Photo : AFP",
    "AP - Hai nhà lãnh đạo bắt tay tại sân bay",
    "Hai nhà lãnh đạo bắt tay tại sân bay (Ảnh do KCNA cung cấp qua AP)",
    "Kim Jong Un visits a factory. (AP Photo/Lee Jin-man)",
    "Kim Jong Un visits a factory. REUTERS/Sergei Ivanov/File Photo",
    "Hai nhà lãnh đạo bắt tay tại sân bay |",
    "anh-1.jpg",
    "Hai nhà lãnh đạo bắt tay © Sputnik / Ivan Petrov",
    "Chú thích hình ảnh, Hai nhà lãnh đạo bắt tay",
  ])("caption: %s", (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it("a sentence about a photographer or a copyright line is not a caption", () => {
    expect(isCaptionLine("Ông nói rằng bức ảnh đã được chụp vào buổi sáng.")).toBe(false);
    expect(isCaptionLine("© 2023 The Associated Press")).toBe(false);
  });

  it("gives roles to lines on their own features", () => {
    expect(classifyLine("Nguồn: https://example.vn/bai-viet-123.html", "footer")).toMatchObject({ role: "url", url: "https://example.vn/bai-viet-123.html" });
    expect(classifyLine("https://example.vn/a", "footer")).toMatchObject({ role: "url" });
    expect(classifyLine("(Reporting by Daniel Park; Editing by Kate Miller)", "footer").role).toBe("credit");
    expect(classifyLine("Theo: TTXVN", "footer").role).toBe("credit");
    expect(classifyLine("(TTXVN/Vietnam+)", "footer").role).toBe("credit");
  });
});

describe("the title is the best candidate of the whole header", () => {
  it("passes over a mobile banner, a section label and 'Theo dõi … trên' to the headline", () => {
    const lines = ["Mở ứng dụng VnExpress", "Thế giới", "Theo dõi VnExpress trên", "Nga và Triều Tiên khởi công cầu đường bộ qua sông Tumen", "Thứ tư, 30/4/2025, 16:18 (GMT+7)", LEAD];
    const r = classifyHeader(lines, true);
    expect(r.title).toBe(3);
    expect(r.roles.map((x) => x.role)).toEqual(["furniture", "section", "furniture", "title", "date"]);
  });

  it("does not stop at an unknown line: a label above the headline stays, the headline wins", () => {
    const m = extractMetadata(
      `Chuyên đề mùa thu\n\nNga và Triều Tiên khởi công cầu đường bộ qua sông Tumen\n\nQuang Huy\n\n11:25 14/07/2025\n\n${LEAD}\n\n${PARA}`,
      { findTitle: true },
    );
    expect(m).toMatchObject({ title: "Nga và Triều Tiên khởi công cầu đường bộ qua sông Tumen", publishedAt: "2025-07-14T11:25", author: "Quang Huy" });
    expect(m.body).toContain(LEAD);
  });

  it("a photo credit or a whole caption is never the title", () => {
    const m = extractMetadata(`Hai nhà lãnh đạo bắt tay tại lễ khởi công. Ảnh: Reuters\n\nNga và Triều Tiên khởi công cầu đường bộ\n\n${LEAD}`, { findTitle: true });
    expect(m.title).toBe("Nga và Triều Tiên khởi công cầu đường bộ");
  });

  it("keeps a label + headline pair and a headline + agency pair (no related-links list)", () => {
    const [s] = parseImport(`Thế giới\n\nNga và Triều Tiên khởi công cầu đường bộ qua sông Tumen\n\nReuters\n\n${LEAD}\n\n${PARA}`, "a.txt");
    expect(s).toMatchObject({ title: "Nga và Triều Tiên khởi công cầu đường bộ qua sông Tumen", agency: "Reuters" });
  });
});

describe("whole captures", () => {
  it("one newline between paragraphs keeps the paragraphs apart", () => {
    const [s] = parseImport(`Nga và Triều Tiên khởi công cầu đường bộ\n${LEAD}\n${PARA}\nLễ khởi công có sự tham dự của đại diện hai nước.`, "one-newline.txt");
    expect(s?.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(3);
  });

  it("reads the url of a text capture from a 'Link:' line or a lone URL line", () => {
    expect(parseImport(`Nga và Triều Tiên khởi công cầu đường bộ\n\n${LEAD}\n\nLink: https://example.vn/cau-tumen.html`, "a.txt")[0]?.url).toBe("https://example.vn/cau-tumen.html");
    expect(parseImport(`Nga và Triều Tiên khởi công cầu đường bộ\n\n${LEAD}\n\nhttps://example.vn/cau-tumen.html`, "a.txt")[0]?.url).toBe("https://example.vn/cau-tumen.html");
  });

  it("credits: 'SEOUL, Sept. 22 (Yonhap) --', '(Reporting by …)', 'Theo: TTXVN'", () => {
    const [y] = parseImport(`North Korea and Russia begin building a road bridge\n\nSEOUL, Sept. 22 (Yonhap) -- North Korea and Russia started building their first road bridge across the Tumen River, officials said.\n\n(END)`, "y.txt");
    expect(y).toMatchObject({ outlet: "Yonhap", agency: "Yonhap" });
    expect(y?.body).not.toContain("(END)");
    const [r] = parseImport(`A bridge across the Tumen River\n\nNorth Korea and Russia started building their first road bridge across the Tumen River, officials said on Tuesday.\n\n(Reporting by Daniel Park; Editing by Kate Miller)`, "r.txt");
    expect(r?.author).toBe("Daniel Park");
    const [t] = parseImport(`Nga và Triều Tiên khởi công cầu đường bộ\n\n${LEAD}\n\nTheo: TTXVN`, "t.txt");
    expect(t?.agency).toBe("TTXVN");
  });
});

describe("layouts the capture corpus does not have", () => {
  it("a regional-style page: date under the lead, reporter/outlet footer with its source", () => {
    const [s] = parseImport(
      `Đài Mẫu\n\nThế giới\n\nTriều Tiên và Nga ký thỏa thuận hợp tác y tế\n\nBộ Y tế Nga và Triều Tiên vừa ký thỏa thuận hợp tác về đào tạo bác sĩ và cung cấp thiết bị y tế trong ba năm tới.\n\nThứ Ba, 07:30, 16/07/2024\n\n${PARA}\n\nQuang cảnh lễ ký kết tại Bình Nhưỡng. (Ảnh: KCNA)\n\n${LEAD}\n\nMinh Hòa/VOV.VN (Theo TASS)\n\nTin liên quan`,
      "vov.txt",
    );
    expect(s).toMatchObject({ title: "Triều Tiên và Nga ký thỏa thuận hợp tác y tế", publishedAt: "2024-07-16T07:30", agency: "TASS", author: "Minh Hòa", outlet: "VOV" });
    expect(s?.captions).toEqual(["Quang cảnh lễ ký kết tại Bình Nhưỡng. (Ảnh: KCNA)"]);
    expect(s?.body).not.toMatch(/16\/07\/2024|Minh Hòa|Tin liên quan/);
  });

  it("an English page: 'via AP' caption and the copyright holder as outlet", () => {
    const [s] = parseImport(
      "North Korea and Russia sign a health cooperation deal\n\nBy Alex Moore\n\nJuly 16, 2024, 7:30 AM\n\nRussia and North Korea signed an agreement on training doctors and supplying medical equipment over the next three years, officials said.\n\nThe ceremony in Pyongyang. KCNA via AP\n\nThe two sides also agreed to hold a yearly medical conference, alternating between the two countries.\n\nCopyright © 2024 Example News.",
      "en.txt",
    );
    expect(s).toMatchObject({ title: "North Korea and Russia sign a health cooperation deal", publishedAt: "2024-07-16T07:30", author: "Alex Moore", outlet: "Example News" });
    expect(s?.captions).toEqual(["The ceremony in Pyongyang. KCNA via AP"]);
  });
});

describe("forms of outlets outside both corpora (generalisation)", () => {
  it.each([
    ["Cập nhật 4:05 PM EDT, Mon March 3, 2025", "2025-03-03T16:05-04:00"],
    ["Wed 5 Mar 2025 18.40 GMT", "2025-03-05T18:40+00:00"],
    ["Ngày 3 tháng 3 năm 2025, 8 giờ 15", "2025-03-03T08:15"],
    ["03/03/2025 06:00 (giờ Hà Nội)", "2025-03-03T06:00"],
    ["EXAMPLE NEWS - Mar 3, 2025 - 09:05 | Asia, Business", "2025-03-03T09:05"],
    ["Issued on: 03/03/2025 - 14:20", "2025-03-03T14:20"],
    ["Published On 3 Mar 2025", "2025-03-03"],
  ])("date line: %s", (line, want) => {
    expect(readDateLine(line)?.publishedAt).toBe(want);
  });

  it("a date line never takes a year it does not print, nor a relative time, nor a sentence", () => {
    expect(readDateLine("3 MAR, 09:05")?.precision ?? null).not.toBe("minute");
    expect(readDateLine("45 phút trước")).toBeNull();
    expect(readDateLine("Hôm 3/3/2025, lực lượng cứu hộ đã đến hiện trường lúc 9:05 sáng.")).toBeNull();
  });

  it("hands back the byline and credit glued in front of a date", () => {
    expect(looseDateLine("Lan Chi, Theo Người Đưa Tin 21:10 03/03/2025")).toEqual({
      date: { publishedAt: "2025-03-03T21:10", precision: "minute" },
      rest: "Lan Chi, Theo Người Đưa Tin",
    });
  });

  it.each([
    "Người dân xếp hàng chờ mua vé tàu tại ga Hà Nội (Ga)Ảnh: Minh Đức/dpa",
    "Rescue workers search the debris in the city centre. Jane Doe/AP",
    "Fishing boats moored in the harbour [File: John Roe/Reuters]",
    "Officials inspect the new terminal in Osaka on March 3, 2025. (Jiji)",
    "A market in Hanoi before the holiday | Image: Example Agency (March 3, 2025)",
    "Voters queue outside a polling station. Photograph: Anna Lee/EPA",
  ])("caption by its credit: %s", (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it("sentences ending in a bracket or a name stay body text", () => {
    expect(isCaptionLine("Giá vàng tăng mạnh trong phiên sáng nay (SJC).")).toBe(false);
    expect(isCaptionLine("The talks will continue next week, the ministry said.")).toBe(false);
  });

  it("breadcrumb trails, audio players, skip links and subscribe lines are furniture or sections", () => {
    expect(isSection("Kinh doanh › Bất động sản")).toBe(true);
    expect(isSection("Home » Asia » Japan")).toBe(true);
    expect(isSection("Ông Kim nói › không")).toBe(false);
    for (const f of ["Listen to this article", "7 mins", "Skip to main content", "Chuyển đến nội dung chính", "Subscribe to Example on Telegram", "Lấy link", "Reuse this content"]) {
      expect(isFurniture(f), f).toBe(true);
    }
  });

  it("reads outlet names as pages print them: domains, 'điện tử', lead codes in any case", () => {
    expect(lookupOutlet("kenh14.vn")).toBe("Kenh14");
    expect(lookupOutlet("Báo Nhân Dân điện tử")).toBe("Nhân Dân");
    expect(lookupOutlet("CAND.COM.VN")).toBe("Công an nhân dân");
    expect(leadCredit("VTV.vn - Mưa lớn kéo dài khiến nhiều tuyến đường ở Hà Nội ngập sâu trong chiều nay.")).toEqual({ outlet: "VTV", agency: null });
    expect(leadCredit("(PLO)- Tòa án mở phiên xét xử vụ án gian lận trong đăng kiểm xe cơ giới.")).toEqual({ outlet: "Pháp Luật TP.HCM", agency: null });
    expect(leadCredit("OSAKA, March 3. /TASS/. Russia and Japan held talks on fishing quotas on Monday.")).toEqual({ outlet: "TASS", agency: "TASS" });
  });

  it("lines above the chosen headline are labels or furniture, never body", () => {
    const [s] = parseImport(
      `Ủng hộ báo chí độc lập với 50.000 đồng mỗi tháng\n\nChuyên trang\n\nHà Nội mở thêm ba tuyến buýt điện nối sân bay\n\nThứ Hai, 03/03/2025 08:00\n\n${LEAD}\n\n${PARA}`,
      "above.txt",
    );
    expect(s?.title).toBe("Hà Nội mở thêm ba tuyến buýt điện nối sân bay");
    expect(s?.body).not.toMatch(/Ủng hộ|Chuyên trang/);
  });
});

describe("footers of outlets outside both corpora", () => {
  it("passes over teaser headlines to the byline, credit and date below the article", () => {
    const [s] = parseImport(
      `Hà Nội mở thêm ba tuyến buýt điện nối sân bay\n\n${LEAD}\n\n${PARA}\n\nLan Chi (TTXVN)\n\n03.03.2025\n\nTin mới nhất\n\nGiá xăng giảm nhẹ từ chiều nay\n\n20 phút trước\n\nBão số 2 tiến vào biển Đông\n\n1 giờ trước`,
      "footer.txt",
    );
    expect(s).toMatchObject({ author: "Lan Chi", agency: "TTXVN", publishedAt: "2025-03-03" });
    expect(s?.body).not.toMatch(/Giá xăng|Bão số 2|Tin mới nhất|Lan Chi/);
    expect(s?.body).toContain(PARA);
  });

  it("a short last paragraph with a full stop stays in the body", () => {
    const last = "Phía Nga chưa bình luận.";
    const [s] = parseImport(`Hà Nội mở thêm ba tuyến buýt điện nối sân bay\n\n${LEAD}\n\n${last}\n\nLan Chi\n\nChia sẻ`, "short.txt");
    expect(s?.body).toContain(last);
    expect(s?.author).toBe("Lan Chi");
  });

  it("'Theo X | Paper', 'Theo X (Paper)', 'X in City', 'Source: X and news agencies'", () => {
    expect(parseImport(`Tiêu đề bài viết thử nghiệm về giao thông\n\n${LEAD}\n\nTheo Lan Chi | Người Đưa Tin`, "a.txt")[0]).toMatchObject({ author: "Lan Chi", agency: "Người Đưa Tin" });
    expect(parseImport(`Tiêu đề bài viết thử nghiệm về giao thông\n\n${LEAD}\n\nTheo Lan Chi (Báo Giao thông)`, "a.txt")[0]).toMatchObject({ author: "Lan Chi", agency: "Báo Giao thông" });
    const en = "Officials said on Monday that the new terminal would open to passengers in April after two years of construction.";
    expect(parseImport(`A new airport terminal opens in Osaka\n\nJane Doe in Osaka\n\n${en}`, "b.txt")[0]?.author).toBe("Jane Doe");
    expect(parseImport(`A new airport terminal opens in Osaka\n\n${en}\n\nSource: Example News and news agencies`, "c.txt")[0]).toMatchObject({ agency: null, outlet: "Example News" });
  });

  it("a masthead names the outlet, a publication named below a date is a credit", () => {
    const en = "Officials said on Monday that the new terminal would open to passengers in April after two years of construction.";
    expect(parseImport(`CNN\n\nWorld\n\nA new airport terminal opens in Osaka\n\n${en}`, "a.txt")[0]).toMatchObject({ outlet: "CNN", agency: null });
    expect(parseImport(`A new airport terminal opens in Osaka\n\n03/03/2025\n\nCNN\n\n${en}`, "b.txt")[0]).toMatchObject({ agency: "CNN" });
  });
});

// General causes found on the third held-out corpus (fixtures/captures-blind3): each test states the form, written
// fresh, not a line of that corpus.
describe("forms met on full pages of a third set of outlets", () => {
  const EN = "Officials said on Monday that the new terminal would open to passengers in April after two years of construction.";
  const EN2 = "The airport expects to handle about twelve million passengers a year once the second runway opens next spring.";

  it("a byline of several names is a byline, and a 'By …' line is never the headline", () => {
    expect(readByline("By Anna Berg and Tomas Lind")).toBe("Anna Berg and Tomas Lind");
    expect(readByline("Hoàng Lan và Minh Đức")).toBe("Hoàng Lan và Minh Đức");
    expect(readByline("Anna Berg, Tomas Lind and Eva Holm")).toBe("Anna Berg, Tomas Lind and Eva Holm");
    const [s] = parseImport(`Markets\n\nAirport Terminal Opens After Two-Year Delay\n\nSecond runway due next spring\n\nPassenger numbers seen at twelve million\n\nBy Anna Berg and Tomas Lind\n\nMarch 3, 2025 at 9:15 AM GMT+9\n\n${EN}\n\n${EN2}`, "by.txt");
    expect(s).toMatchObject({ title: "Airport Terminal Opens After Two-Year Delay", author: "Anna Berg and Tomas Lind" });
  });

  it("a kicker of three labels between bars is a section line; two words with a bar are not", () => {
    expect(isSection("Asia Desk | Economy | East Asia")).toBe(true);
    expect(isSection("Thời sự | Quốc tế | Châu Á")).toBe(true);
    expect(isSection("Vietnam | 2025")).toBe(false);
  });

  it("a section label printed without 'Báo' is not the paper of that name", () => {
    expect(lookupOutlet("Quốc tế")).toBeNull();
    expect(lookupOutlet("Tin tức")).toBeNull();
    expect(lookupOutlet("Báo Quốc tế")).toBe("Báo Quốc tế");
    expect(lookupOutlet("BÁO ĐIỆN TỬ CHÍNH PHỦ")).toBe("Báo Chính phủ");
  });

  it("caption credits: '(Photo by X/AFP via Getty Images)', '. AGENCY/Name/xx.'", () => {
    expect(isCaptionLine("Damaged buildings in the old town on May 2. (Photo by JOHN DOE/AFP via Getty Images)")).toBe(true);
    expect(isCaptionLine("Guests at the opening of the new terminal in Surabaya on Monday (May 2, 2025). ANTARA/Budi/rst.")).toBe(true);
    expect(isCaptionLine("The minister said the ANTARA/Reuters report was wrong and that talks would go on.")).toBe(false);
  });

  it("furniture of full pages: app buttons, counters, social handles, e-mail boxes, 'Learn more', gift and poll lines", () => {
    for (const line of ["Mở", "Open app", "Lượt xem: 845", "1.204 views", "Về đầu trang", "Facebook : @newsroom", "X : @desk.com", "Email address", "Nhập email của bạn", "Gift this article", "LEARN MORE", "Do you like the content of this article?", "NEWSPAPER SECTION: News", "Join our Telegram channel for breaking news"]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ["Ông Nam mở cửa hàng", "Learn more about the plan, the minister said."]) expect(isFurniture(line), line).toBe(false);
  });

  it("name-like menu items and taglines above the headline are not bylines", () => {
    const r = classifyHeader(["DESKWIRE", "National News Agency", "General Newswire", "Energy", "Airport Terminal Opens After Two-Year Delay", "03/03/2025 09:15", EN], true);
    expect(r.title).toBe(4);
    expect(r.roles.slice(1, 3).map((x) => x.role)).toEqual(["section", "section"]);
  });
});

describe("furniture of newsletters, meters, agency desks and PDF copies (fifth held-out corpus)", () => {
  it.each([
    "View this email in your browser",
    "You are receiving this email because you subscribed to Desk publications.",
    "Unsubscribe | Update your preferences",
    "You've reached your limit of one free article.",
    "Get unlimited access to Desk Weekly",
    "You can cancel anytime.",
    "Desk+ members get exclusive content. Join now!",
    "Support DP or become our patron!",
    "Read more on these topics",
    "All rights reserved. Copying, reproduction or distribution of this content without prior consent is prohibited.",
    "Author: ab, mp",
    "24 KINH TẾ SÀI GÒN Số 38-2025",
    "KINH TẾ SÀI GÒN Số 38-2025 Thứ Năm, 18-9-2025 23",
    "THE DESK WEEKLY Issue 12 May 2025 7",
  ])("%s is furniture", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    "Author: Nguyễn Văn An",
    "Tác giả: HÀ VĂN",
    "You are the reader we write for, she said.",
    "Số 38 người bị thương trong vụ tai nạn đã xuất viện",
    "Unsubscribing from the treaty would cost Seoul dearly",
    "24 người thiệt mạng trong trận lũ",
  ])("%s is not", (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe("outlets from the page's address, furniture and credits of the sixth held-out corpus", () => {
  it("tells whether a domain spells a printed name", () => {
    expect(domainSpells("Báo Điện Biên", "baodienbien.vn")).toBe(true);
    expect(domainSpells("Khmer Times", "www.khmertimeskh.com")).toBe(true); // a country code left over
    expect(domainSpells("The Jakarta Post", "thejakartapost.com")).toBe(true);
    expect(domainSpells("The Asahi Shimbun", "asahi.com")).toBe(true); // the label is one of the name's words
    expect(domainSpells("Mekong Herald", "news.mekongherald.com")).toBe(true);
    expect(domainSpells("Trang chủ", "baocamau.vn")).toBe(false);
    expect(domainSpells("Riverside Media Group", "mekongherald.com")).toBe(false);
    expect(domainSpells("AP", "ap.org")).toBe(false); // too short to tell
  });

  it("names the outlet from an address: the lexicon's, a printed name the domain spells, else the domain itself", () => {
    expect(outletFromAddress("https://english.hani.co.kr/arti/1.html")).toBe("The Hankyoreh");
    expect(outletFromAddress("https://www.inquirer.net/123/x")).toBe("Philippine Daily Inquirer");
    expect(outletFromAddress("https://baodienbien.vn/x-1.htm", ["Thời sự", "Báo Điện Biên"])).toBe("Báo Điện Biên");
    expect(outletFromAddress("https://news.lakesidecourier.org/x", ["Riverside Media Group"])).toBe("lakesidecourier.org");
    expect(outletFromAddress("https://news.lakesidecourier.org/x", [], false)).toBeNull();
    expect(outletFromAddress("http://10.0.0.1/x")).toBeNull();
    // a country's generic second level is the domain's end, not its name
    expect(outletFromAddress("https://newsday.co.tt/2026/12/04/x/")).toBe("newsday.co.tt");
    expect(outletFromAddress("https://www.harbourtimes.com.ng/x")).toBe("harbourtimes.com.ng");
    expect(outletFromAddress("https://news.capepost.org.za/x")).toBe("capepost.org.za");
    expect(outletFromAddress("https://co.example.tt/x")).toBe("example.tt"); // "co" as a name's label stays a label
    // a second level the desk's own endings would cut short: a school's, a ministry's ("edu.vn", "go.kr", "ac.uk")
    expect(outletFromAddress("https://fl.hcmus.edu.vn/tin-tuc/a")).toBe("hcmus.edu.vn");
    expect(outletFromAddress("https://www.mofa.go.kr/eng/x")).toBe("mofa.go.kr");
    expect(outletFromAddress("https://www.example.ac.uk/x")).toBe("example.ac.uk");
    expect(outletFromAddress("https://news.example.com.vn/x")).toBe("example.com.vn");
    expect(domainSpells("Trường Đại học Khoa học Tự nhiên", "fl.hcmus.edu.vn")).toBe(false);
    expect(domainSpells("HCMUS", "www.hcmus.edu.vn")).toBe(true);
  });

  it("knows the new furniture: blog category lists, 'Read more: <headline>', calendars, language versions", () => {
    for (const line of ["Posted inNorth Korea, Northeast Asia, Russia", "%d bloggers like this:", "Read more: Rice exports rise 12 percent", "Japanese version", "Similar news", "Su Mo Tu We Th Fr Sa", "6 7 8 9 10 11 12", "Prev Next"]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ["Posted in 2019, the video drew wide attention across the region.", "Read more about the plan in the ministry's report.", "12 7 2026"]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });

  it("reads '… INQUIRER PHOTO / NAME' as a caption's credit, not a sentence with a slash", () => {
    expect(isCaptionLine("Filipino seafarers wait at the DMW office on Thursday. INQUIRER PHOTO / GRIG C. MONTEGRANDE")).toBe(true);
    expect(isCaptionLine("The ministry said the figures, which cover both the photo and video and text, were preliminary.")).toBe(false);
  });

  it("knows outlets by their domains' names without inventing one from a relayed agency", () => {
    expect(lookupOutlet("DAWN.COM")).toBe("Dawn");
    expect(lookupOutlet("MONTSAME News Agency")).toBe("Montsame");
    const m = extractMetadata(
      [
        "Caspian Wire",
        "Politics",
        "World",
        "Azerbaijan to host a transport forum next spring",
        "04 Dec 2026 10:12",
        "Baku will host a forum on transport links between Russia and the Caspian region next spring, Caspian Wire reports citing Interfax.",
        "The forum is expected to discuss rail freight along the North-South corridor.",
        "© 2026 Caspian Wire",
        "",
      ].join("\n"),
      { findTitle: true },
    );
    expect(m.outlet).toBe("Caspian Wire");
    expect(m.agency).toBeNull();
  });
});

describe("forms of the seventh blind corpus", () => {
  it("reads a US page's numeric date month first by its 12-hour clock and zone, and a day-first date elsewhere", () => {
    expect(readDateLine("BY ELLEN MITCHELL - 12/03/26 4:05 PM ET")?.publishedAt).toBe("2026-12-03T16:05");
    expect(looseDateLine("BY ELLEN MITCHELL - 12/03/26 4:05 PM ET")?.rest).toBe("BY ELLEN MITCHELL");
    expect(readDateLine("12/03/2026 14:05")?.publishedAt).toBe("2026-03-12T14:05"); // no US clock: day first
    expect(looseDateLine("HÀ NỘI - 03/12/2026 16:05")?.rest).toBe(""); // a place in capitals is no byline without "By"
  });

  it("reads the published part of a line that gives the update first", () => {
    expect(readDateLine("Updated December 3, 2026 at 9:12 p.m. EST|Published December 3, 2026 at 4:05 p.m. EST")?.publishedAt).toBe("2026-12-03T16:05-05:00");
    expect(readDateLine("Updated December 4, 2026 — 12.40am, first published December 3, 2026 — 6.05am")?.publishedAt).toBe("2026-12-03T06:05");
    expect(readDateLine("Cập nhật lúc 16:05 ngày 03/12/2026")?.publishedAt).toBe("2026-12-03T16:05"); // only the update: still a date
  });

  it("reads a date glued to its time and a view count", () => {
    expect(readDateLine("03/12/202616:05:00(Xem: 1234)")?.publishedAt).toBe("2026-12-03T16:05");
    expect(readDateLine("03/12/2026123")).toBeNull();
  });

  it("reads credits glued on or without their colon, and an agency-first credit line", () => {
    expect(isCaptionLine("Border Force patrol boat Cape Nelson off the Queensland coast.Credit: Supplied")).toBe(true);
    expect(isCaptionLine("Sinh viên trong lễ khai giảng tại Vladivostok. Ảnh TASS")).toBe(true);
    expect(isCaptionLine("Sinh viên trong lễ khai giảng tại Vladivostok. Ảnh Tân Hoa Xã")).toBe(true);
    expect(isCaptionLine("Ông cho biết sẽ trình bày thêm. Ảnh hưởng của quyết định này còn lớn")).toBe(false);
  });

  it("knows more furniture: print notes, a comment form's notice, 'Read more' and 'Tags' without a colon, 'Lire en français'", () => {
    for (const line of [
      "Appeared in the December 4, 2026, print edition as 'North Korean Gunners Head to Kursk'.",
      "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
      "Your email address will not be published.",
      "Read more North Korea and Russia: the new alliance in five questions",
      "Tags North Korea Pentagon Russia",
      "Lire en français",
      "Post",
    ]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["Read more than 300 pages of the report, the minister said.", "Tags were found on 40 of the animals."]) expect(isFurniture(line), line).toBe(false);
  });

  it("keeps a question headline as the headline when its date or byline follows, and not otherwise", () => {
    const head = ["Luật Khoa tạp chí", "Quốc tế", "Hiệp ước Nga - Triều Tiên: điều khoản phòng thủ chung nói gì là điều cần đọc kỹ?", "Thúy Mùi | Luật Khoa tạp chí", "DEC 03, 2026 04:05 PM", LEAD, PARA];
    const m = classifyHeader(head, true);
    expect(m.title).toBe(2);
    expect(m.firstBody).toBe(5);
    const text = extractMetadata(`${head.join("\n")}\n`, { findTitle: true });
    expect(text.title).toBe(head[2]);
    expect(text.publishedAt).toBe("2026-12-03T16:05");
    // a question as the lead, with text below it: the lead
    const lead = ["Quốc tế", "Nga và Triều Tiên khởi công cầu", "03/12/2026 16:05", "Vì sao Nga và Triều Tiên lại chọn xây một cây cầu đường bộ vào lúc này, khi đã có cầu đường sắt?", PARA];
    expect(classifyHeader(lead, true).firstBody).toBe(3);
  });

  it("prefers the headline to the deck below it", () => {
    const head = ["Sign in", "Asia", "North Korean hackers stole $400 million in crypto to fund arms deals with Russia", "The Treasury Department sanctioned three Russian banks it says moved the money", "By Ellen Nakashima", "December 3, 2026 at 4:05 p.m. EST", "5 min", "Gift Article", "Share", "North Korean hackers stole about $400 million in cryptocurrency this year and laundered part of it through Russian banks, the Treasury Department said Thursday."];
    expect(classifyHeader(head, true).title).toBe(2);
  });

  it("reads a browser print dialog's running header as furniture, and its footer's address with a page count", () => {
    const text = [
      "04/12/2026, 09:12 North Korea earns record sums from Russian arms sales, say analysts",
      "Financial Times",
      "North Korea earns record sums from Russian arms sales, say analysts",
      "Published December 3 2026",
      "North Korea has earned as much as $5bn this year from selling artillery shells, missiles and labour to Russia, according to analysts.",
      "The estimate is almost double last year's, based on satellite images of rail traffic.",
      "https://www.ft.com/content/5b2a7c3e 1/1",
      "",
    ].join("\n");
    const m = extractMetadata(text, { findTitle: true });
    expect(m.title).toBe("North Korea earns record sums from Russian arms sales, say analysts");
    expect(m.publishedAt).toBe("2026-12-03");
    expect(m.url).toBe("https://www.ft.com/content/5b2a7c3e");
  });

  it("reads a date glued to the lead, and never a menu's section label as the outlet", () => {
    const m = extractMetadata(["Chính trị", "Kinh tế", "Vĩnh Long ký thỏa thuận xuất khẩu gạo sang Nga", `03/12/2026${LEAD}`, PARA, ""].join("\n"), { findTitle: true });
    expect(m.publishedAt).toBe("2026-12-03");
    expect(m.body.startsWith("Nga và Triều Tiên")).toBe(true);
    expect(m.outlet).toBeNull();
  });

  it("takes a compiled item's headline above 'Tổng hợp', and 'With AAP' as the wire", () => {
    const m = extractMetadata(["Thế giới", "03/12/2026", "Nga chuyển giao công nghệ tàu ngầm cho Bắc Triều Tiên?", "Tổng hợp", "Tình báo Hàn Quốc: Nga giúp Bình Nhưỡng thiết kế lò phản ứng", "Reuters, VOA, 03/12/2026", LEAD, PARA, ""].join("\n"), { findTitle: true });
    expect(m.title).toBe("Nga chuyển giao công nghệ tàu ngầm cho Bắc Triều Tiên?");
    expect(m.body).toContain("Tình báo Hàn Quốc");
    const wire = extractMetadata(["Border Force detains a ship off Gladstone", "December 3, 2026 — 6.05am", LEAD, PARA, "With AAP", ""].join("\n"), { findTitle: true });
    expect(wire.agency).toBe("AAP");
  });
});

describe("names of the seventh blind corpus", () => {
  it("reads a byline with the outlet after a bar or the source in brackets, and a role before the name", () => {
    expect(readByline("Thúy Mùi | Luật Khoa tạp chí")).toBe("Thúy Mùi");
    expect(readByline("Nguyễn Hường (nguồn TASS)")).toBe("Nguyễn Hường");
    expect(readByline("North Korea | Russia")).toBeNull(); // sections, not a name and an outlet
    const m = extractMetadata(["Vĩnh Long ký thỏa thuận xuất khẩu gạo sang Nga", "03/12/2026 16:05", "Nguyễn Hường (nguồn TASS)", LEAD, PARA, ""].join("\n"), { findTitle: true });
    expect(m.author).toBe("Nguyễn Hường");
    expect(m.agency).toBe("TASS");
    const role = extractMetadata(["Navy tracks a Russian tanker off Shanghai", "Tác giả: defence correspondent Andrew Greene", "03/12/2026 16:05", LEAD, PARA, ""].join("\n"), { findTitle: true });
    expect(role.author).toBe("Andrew Greene");
    const wire = extractMetadata(["Moscow and Pyongyang sign a fisheries deal", "Tác giả: Le Monde with AFP", "03/12/2026 16:05", LEAD, PARA, ""].join("\n"), { findTitle: true });
    expect(wire.agency).toBe("AFP");
    const desk = extractMetadata(["Đức trục xuất hai nhân viên thương mại", "Tác giả: Ban biên tập", LEAD, PARA, ""].join("\n"), { findTitle: true });
    expect(desk.author).toBeNull();
  });

  it("lets a three-letter domain spell the name it opens ('ABC News' / abc.net.au, 'Yle News' / yle.fi)", () => {
    expect(domainSpells("ABC News", "abc.net.au")).toBe(true);
    expect(domainSpells("Yle News", "yle.fi")).toBe(true);
    expect(domainSpells("News ABC Daily Weekly", "abc.net.au")).toBe(false);
  });
});

describe("forms of the eighth blind corpus", () => {
  it("knows appeals, follow prompts, service links and a row of links as furniture, and not sentences that share their words", () => {
    for (const line of [
      "Your support helps us to tell the story",
      "Your contribution keeps our journalism independent and free to read.",
      "Help keep HKFP free for every reader by supporting our team of independent journalists.",
      "Support The Barents Observer",
      "We rely on advertising to help fund our award-winning journalism.",
      "Like us on Facebook to get the latest news from Tuoi Tre News",
      "Get Latest World News along with Latest News and Top Headlines from India and around the world.",
      "Newsweek Is A Trust Project Member",
      "Request Reprint & Licensing",
      "Submit Correction",
      "View Editorial Guidelines",
      "READ LATER",
      "FOLLOW",
      "More Videos",
      "Support HKFP | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Transparency & Annual Report | Apps",
    ]) expect(isFurniture(line), line).toBe(true);
    for (const line of [
      "Your support for the sanctions was welcomed in Seoul.",
      "Support for the treaty fell to 40 percent in the poll.",
      "We rely on satellite images to count the railcars, the analyst said.",
      "Follow the money, the prosecutor told the court.",
      "Your support helps, the minister told the farmers on Thursday.",
      "“Your support makes us stronger” Zelensky wrote to the summit",
      "Seoul | Tokyo | Beijing",
      "Lạng Sơn | 2024 | 15,3 | 12,1 | 3,2", // a table's row of figures
    ]) expect(isFurniture(line), line).toBe(false);
  });

  it("reads '- REUTERS PIC' as a caption's credit, and a credit 'Name/AFP via Getty Images' on the line below", () => {
    expect(isCaptionLine("Trucks queue at the Khasan border checkpoint in Russia's Primorsky region. - REUTERS PIC")).toBe(true);
    expect(isCaptionLine("The minister spoke to reporters. - BERNAMA FILE PIC")).toBe(true);
    expect(isCaptionLine("He said the talks were useful - and would go on.")).toBe(false);
    const [s] = parseImport(["Headline of the story about freight trains", "", LEAD, "", "A North Korean freight train waits at Tumangang station in this file photo.", "", "Kim Won Jin/AFP via Getty Images", "", PARA, ""].join("\n"), "t.txt");
    expect(s?.captions.join(" ")).toContain("A North Korean freight train waits at Tumangang station");
    expect(s?.body).not.toContain("Tumangang station");
  });

  it("splits a date glued to the headline off it", () => {
    const m = extractMetadata(["Thế giới", "03/12/2026 16:05Nga và Triều Tiên ký biên bản hợp tác phòng chống tội phạm", LEAD, PARA, ""].join("\n"), { findTitle: true });
    expect(m.title).toBe("Nga và Triều Tiên ký biên bản hợp tác phòng chống tội phạm");
    expect(m.publishedAt).toBe("2026-12-03T16:05");
    // a date inside a sentence, or followed by a lower-case word, stays as it is
    const plain = extractMetadata(["Thế giới", "Nga và Triều Tiên ký biên bản hợp tác", "03/12/2026 16:05", `03/12/2026 là ngày ${PARA}`, ""].join("\n"), { findTitle: true });
    expect(plain.body).toContain("03/12/2026 là ngày");
  });

  it("reads a wire named in the byline, on the date's line or under the text as the agency, and no one's name", () => {
    const afp = extractMetadata(["North Korea, Russia hold first joint naval drill", "By AGENCE FRANCE-PRESSE", "Published December 3, 2026 4:05pm", LEAD, PARA, ""].join("\n"), { findTitle: true });
    expect(afp).toMatchObject({ agency: "AFP", author: null, publishedAt: "2026-12-03T16:05" });
    const dated = extractMetadata(["Russia, North Korea to open second road border crossing", "By Reuters - December 3, 2026 @ 4:05pm", LEAD, PARA, ""].join("\n"), { findTitle: true });
    expect(dated).toMatchObject({ agency: "Reuters", publishedAt: "2026-12-03T16:05" });
    for (const credit of ["- Reuters", "—Agence France-Presse", "(With inputs from Reuters)"]) {
      const under = extractMetadata(["Russia to train North Korean pilots", "December 3, 2026", LEAD, PARA, credit, ""].join("\n"), { findTitle: true });
      expect(under.agency, credit).toBe(credit.includes("France") ? "AFP" : "Reuters");
      expect(under.body, credit).not.toContain(credit);
    }
    const dash = extractMetadata(["Russia to train North Korean pilots", "December 3, 2026", LEAD, PARA, "- Rice", ""].join("\n"), { findTitle: true });
    expect(dash.agency).toBeNull();
  });

  it("names the outlet by a paper's name printed above its owner's line at the foot of the page", () => {
    const m = extractMetadata(["Nga - Triều Tiên mở tuyến xe buýt du lịch", LEAD, PARA, "Tin liên quan", "Thái Bình đón đoàn doanh nghiệp Hàn Quốc", "Báo Thái Bình điện tử", "Cơ quan của Đảng bộ tỉnh Thái Bình", ""].join("\n"), { findTitle: true });
    expect(m.outlet).toBe("Báo Thái Bình");
    const none = extractMetadata(["Nga - Triều Tiên mở tuyến xe buýt du lịch", LEAD, PARA, "Tin liên quan", "Báo Thái Bình đưa tin mới", "Hà Nội ra quân", ""].join("\n"), { findTitle: true });
    expect(none.outlet).toBeNull();
  });

  it("lets a domain spell a paper's name with 'điện tử' or 'online' after it", () => {
    expect(domainSpells("Báo Bình Định điện tử", "baobinhdinh.vn")).toBe(true);
    expect(domainSpells("Báo An Giang Online", "baoangiang.com.vn")).toBe(true);
    expect(domainSpells("Báo Bình Định điện tử", "baoangiang.com.vn")).toBe(false);
  });
});

describe("forms of the ninth blind corpus", () => {
  const EN_LEAD = "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
  const EN_PARA = "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.";
  
  it("knows a picture's credit alone on its line, and not a byline or a kicker of the same shape", () => {
    for (const line of ["Getty Images", "KCNA VIA REUTERS", "AFP via Getty Images", "Kim Won Jin/AFP via Getty Images", "Andrey Rudakov | Bloomberg | Getty Images", "Name | Afp | Getty Images"]) {
      expect(isCreditOnly(line), line).toBe(true);
      expect(readByline(line), line).toBeNull();
    }
    for (const line of ["Harriet Osei", "Reuters", "ASEAN Beat | Economy | Southeast Asia", "Seoul | Tokyo | Beijing", "He spoke via video link to AP"]) expect(isCreditOnly(line), line).toBe(false);
  });

  it("takes a line beside a picture's credit for its caption, not the headline, in a copy without blank lines", () => {
    // the credit above the caption (BBC) and below it (The Times), after a player's buttons
    const above = copy("Home", "News", "Council opens two more border markets", "2 hours ago", "Share", "Save", "Harriet Osei", "Seoul correspondent", "Getty Images", "Traders at a border market in Dandong, according to Seoul", EN_LEAD, EN_PARA);
    expect(above?.title).toBe("Council opens two more border markets");
    expect(above?.author).toBe("Harriet Osei");
    expect(above?.captions.join(" ")).toContain("Traders at a border market in Dandong");
    expect(above?.body).toContain(EN_LEAD);
    expect(above?.body).not.toMatch(/Seoul correspondent|Traders at a border market/);
    const below = copy("WORLD", "Council opens two more border markets", "Traders will register a week ahead", "Edmund Hale, Asia Editor", "Wednesday December 03 2026, 9.14am GMT", "Listen to this article", "00:00 / 04:12", "1x", "Traders at a border market in Dandong in 2025", "KCNA VIA REUTERS", EN_LEAD, EN_PARA);
    expect(below?.title).toBe("Council opens two more border markets");
    expect(below?.author).toBe("Edmund Hale");
    expect(below?.captions.join(" ")).toContain("Traders at a border market in Dandong in 2025");
    expect(below?.body).not.toMatch(/00:00|1x|KCNA VIA/);
    // a "Photo:" credit below a caption after a share row
    const photo = copy("Council opens two more border markets", "5:05 pm on 3 December 2026", "Share this", "Share via email", "Flags at the border market.", "Photo: AFP", EN_LEAD, EN_PARA);
    expect(photo?.captions.join(" ")).toContain("Flags at the border market.");
    expect(photo?.body).not.toMatch(/Share via email|Flags at the border/);
  });

  it("drops an AI summary's label and its points above the lead, and keeps a lead that is no point", () => {
    const s = copy("Council opens two more border markets", "Updated: December 03, 2026 11:20 am IST", "Quick Reads", "Summary is AI-generated, newsroom-reviewed.", "The council approved two more border markets.", "Traders must register a week ahead.", EN_LEAD, EN_PARA);
    expect(s?.body.startsWith(EN_LEAD)).toBe(true);
    expect(s?.body).not.toMatch(/Summary is AI|approved two more border markets\.|register a week ahead\./);
    // no label: a short first paragraph is the lead
    const plain = copy("Council opens two more border markets", "Updated: December 03, 2026 11:20 am IST", "The council approved two more border markets today in the north.", EN_LEAD, EN_PARA);
    expect(plain?.body).toContain("The council approved two more border markets today");
  });

  it("reads 'PV (Theo TTXVN)' under the text as the agency and no one's name", () => {
    const s = copy("Nga sẽ giúp Triều Tiên đào tạo bác sĩ", "03/12/2026 15:40", LEAD, PARA, "PV (Theo TTXVN)", "Bài viết liên quan");
    expect(s?.agency).toBe("TTXVN");
    expect(s?.author).toBeNull();
    expect(s?.body).not.toContain("PV (Theo");
  });

  it("reads a prompt's second line in lower case as furniture with it, and the wire's dash line above them", () => {
    const s = copy("NZ sanctions firms over munitions", "5:05 pm on 3 December 2026", EN_LEAD, EN_PARA, "- Reuters", "Get the RNZ app", "for ad-free news and current affairs", "Copyright © 2026, Radio New Zealand");
    expect(s?.agency).toBe("Reuters");
    expect(s?.body).not.toMatch(/ad-free news|RNZ app/);
    // a lower-case line under a sentence of the text is the text's
    const kept = copy("NZ sanctions firms over munitions", "5:05 pm on 3 December 2026", EN_LEAD, EN_PARA, "and the council will meet again on Friday", "Copyright © 2026, Radio New Zealand");
    expect(kept?.body).toContain("and the council will meet again on Friday");
  });

  it("reads a paper's name and its owner on one footer line", () => {
    const s = copy("Council opens two more border markets", "03/12/2026 15:40", EN_LEAD, EN_PARA, "Bài viết liên quan", "Báo Người cao tuổi - Cơ quan của Hội Người cao tuổi Việt Nam", "Giấy phép số 475/GP-BTTTT");
    expect(s?.outlet).toBe("Báo Người cao tuổi");
  });

  it("keeps a wrapped paragraph's last line in the paragraph when a credit follows it", () => {
    const s = copy("Council opens two more border markets", "December 3, 2026", EN_LEAD, "The council said traders from both sides of the river would have to register with the border", "guard post a week ahead of each market day", "Photo: AFP", EN_PARA);
    expect(s?.body).toContain("guard post a week ahead of each market day");
  });

  it("reads a caption ending in ' / AP', a role after a byline's name, and a wire after the outlet on the date's line", () => {
    expect(isCaptionLine("The bridge over the Tumen River, seen from China in 2024. / AP")).toBe(true);
    expect(isCaptionLine("Prices rose 4% / year")).toBe(false);
    expect(readByline("Edmund Hale, Asia Editor")).toBe("Edmund Hale");
    expect(readByline("Edmund Hale, Mai Lan")).toBe("Edmund Hale, Mai Lan");
    const s = copy("Watch CBS News", "World", "Council opens two more border markets", "Updated on: December 3, 2026 / 6:12 AM EST / CBS/AP", EN_LEAD, EN_PARA);
    expect(s?.agency).toBe("AP");
    expect(s?.author).toBeNull();
  });

  it("knows players, prompts, AI-summary labels and syndication notices as furniture, and not sentences that share their words", () => {
    for (const line of [
      "00:00 / 04:12",
      "1x",
      "1.25x",
      "@LENAWHITFORD",
      "Add CBS News on Google",
      "Be the first to know",
      "Get browser notifications for breaking news, live events, and exclusive reporting.",
      "Get the RNZ app",
      "Track Latest News Live on NDTV.com and get news updates from India and around the world",
      "Show full article",
      "Don't miss these insights from CNBC PRO",
      "Share this",
      "Share via email",
      "AI summary",
      "Summary is AI-generated, newsroom-reviewed.",
      "This summary was generated with the help of AI and reviewed by an editor.",
      "Quick Reads",
      "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
      "Jiji Press articles are published with permission. Unauthorized reproduction is prohibited.",
      "Get the latest lifestyle updates on Times of India, along with Daily Horoscope and Christmas wishes.",
      "Short Url",
      "Seoul correspondent",
      "Asia Editor",
    ]) expect(isFurniture(line), line).toBe(true);
    for (const line of [
      "The meeting ran from 10:00 to 12:30 on Wednesday.",
      "Be the first to know what the council decides, the governor told traders.",
      "The summary of the report was generated by the ministry's analysts.",
      "Share this year's harvest with the border towns, the governor said.",
      "The editor of the paper, Kim Ji-won, said the report was accurate and would stand.",
      "Email @ the council",
    ]) expect(isFurniture(line), line).toBe(false);
  });
});

describe("forms of the tenth blind corpus", () => {
  const EN_LEAD = "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
  const EN_PARA = "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.";
  
  it("knows captions that end in a name and its outlet after 'Source:', or in an outlet's file photo", () => {
    for (const line of ["The Ministry of Foreign Affairs in Tallinn. Source: Ken Mürk/ERR", "Taiwan's Ministry of Economic Affairs. CNA file photo", "Traders at the border market. File photo", "A market in Dandong. Reuters archive picture"]) {
      expect(isCaptionLine(line), line).toBe(true);
    }
    // a source named without a slash, a photo in a sentence's middle, a file named in prose
    for (const line of ["The figures were released on Thursday. Source: BNS", "The ministry released a file photo of the market on Thursday to reporters.", "He said the council had opened a file on the matter."]) {
      expect(isCaptionLine(line), line).toBe(false);
    }
  });

  it("knows a paper's or agency's name over 'File' as a picture's credit, never a byline or an outlet", () => {
    for (const line of ["STAR / File", "AFP/File", "REUTERS / FILE PHOTO"]) {
      expect(isCreditOnly(line), line).toBe(true);
      expect(classifyLine(line, "header").role, line).toBe("caption");
    }
    for (const line of ["Star File", "The Star / File", "STAR / Files of the council"]) expect(isCreditOnly(line), line).toBe(false);
    const s = copy("Home", "World", "Council opens two more border markets", "Ramon Dizon - The Philippine Star", "December 3, 2026 | 12:00am", "The border market in Dandong.", "STAR / File", EN_LEAD, EN_PARA);
    expect(s?.captions.join(" ")).toContain("The border market in Dandong.");
    expect(s?.author).toBe("Ramon Dizon");
    expect(s?.outlet).not.toBe("File");
    expect(s?.body).not.toMatch(/STAR \/ File|border market in Dandong/);
  });

  it("reads a byline without the outlet after a dash, and keeps a hyphenated name whole", () => {
    expect(readByline("Ramon Dizon - The Philippine Star")).toBe("Ramon Dizon");
    expect(readByline("Ana Lee – Gulf Daily")).toBe("Ana Lee");
    expect(readByline("Mari-Liis Tamm")).toBe("Mari-Liis Tamm");
  });

  it("starts a block at a caption by its form below a short unfinished line of a copy without blank lines", () => {
    const s = copy("Báo Tây Ninh Online", "Kinh tế", "Hướng dẫn doanh nghiệp xuất khẩu sang Nga kiểm soát người dùng cuối", "2 giờ trước", "Nghe bài viết", "Giọng nữ miền Nam", "Doanh nghiệp chế biến hạt điều tại Tây Ninh. Ảnh: Thanh Tùng", "Ngày 3/12, Sở Công Thương tỉnh Tây Ninh cho biết đã hướng dẫn các doanh nghiệp chế biến cao su, hạt điều xuất khẩu sang Nga.", "Doanh nghiệp được khuyến cáo kiểm tra kỹ thông tin đối tác trước khi ký hợp đồng.");
    expect(s?.captions.join(" ")).toContain("Doanh nghiệp chế biến hạt điều tại Tây Ninh.");
    expect(s?.body).not.toMatch(/Giọng nữ|Ảnh: Thanh Tùng/);
  });

  it("knows the prompts, walls, print furniture and appeals of these pages, and not article lines of the same words", () => {
    for (const line of [
      "Subscribe to our newsletter and get the best of DER SPIEGEL in English every Friday.",
      "Get the latest news from Lithuania delivered to your inbox every week.",
      "Read RBC-Ukraine on Google News",
      "Follow ERR News on Facebook and Twitter and never miss an update!",
      "Đăng ký kênh Telegram của Sputnik Việt Nam để cập nhật tin tức nhanh nhất",
      "Subscribe to Ukraine NOW's Telegram channel",
      "Keep reading with a 7-day free trial",
      "Subscribe to Noahpinion to keep reading this post and get 7 days of free access to the full post archives.",
      "Already a paid subscriber? Sign in",
      "Continue reading",
      "Sponsored Content",
      "Discussion closed – comments are no longer possible.",
      "Continued on Page 11",
      "Printed and published by the Printers (Mysore) Private Limited, 75, M G Road, Bengaluru.",
      "EN | RU",
      "Donate",
      "Our investigations are free to read. Your donation helps us stay independent.",
      "Để tiếp tục duy trì tờ báo, xin quý độc giả ủng hộ Saigon Nhỏ.",
      "Giọng nữ miền Nam",
      "Giọng nam miền Bắc",
      "Bài viết có 2 trang",
      "Bài đăng trên Tạp chí Quốc phòng toàn dân số 12/2026",
      "Follow this page for updates on the Korean Peninsula.",
    ]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of [
      "Readers who subscribe to the paper's newsletter get the council's decisions a day early.",
      "The council said it would continue reading the proposals until Friday.",
      "Discussion of the plan closed the session.",
      "The ministry said the report continued on page 11 of its annex was wrong.",
      "Our markets are free to trade with both sides, the council said.",
      "Để tiếp tục duy trì sản xuất, doanh nghiệp cần thêm vốn.",
      "Bài đăng trên mạng xã hội thu hút nhiều ý kiến.",
      "Donate blood to save lives, the health ministry urged.",
      "Follow this page's advice, the council told traders.",
    ]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });
});

describe("credits and names of the tenth blind corpus's pages", () => {
  const EN_LEAD = "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
  const EN_PARA = "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.";
  const VI_LEAD = "Ngày 3/12, Sở Công Thương tỉnh cho biết đã hướng dẫn các doanh nghiệp xuất khẩu sang Nga về quy định kiểm soát người dùng cuối.";
  const VI_PARA = "Doanh nghiệp được khuyến cáo kiểm tra kỹ thông tin đối tác trước khi ký hợp đồng với đối tác nước ngoài.";
  
  it("reads no agency from a generic credit, and a wire's foot credit of its writers", () => {
    expect(copy("Council opens two more border markets", "December 3, 2026", EN_LEAD, EN_PARA, "(With inputs from agencies)")?.agency).toBeNull();
    expect(copy("Hội đồng mở thêm hai chợ biên giới", "03/12/2026 08:45", VI_LEAD, VI_PARA, "Nguồn: Tổng hợp")?.agency).toBeNull();
    expect(copy("Council opens two more border markets", "December 3, 2026", EN_LEAD, EN_PARA, "(With inputs from Reuters)")?.agency).toBe("Reuters");
    const wire = copy("Council opens two more border markets", "12/03/2026 03:21 PM", `Taipei, Dec. 3 (CNA) ${EN_LEAD}`, EN_PARA, "(By Lin Chia-hsuan, Wu Yu-ting and Kevin Hsu)", "Enditem/AW");
    expect(wire?.author).toBe("Lin Chia-hsuan, Wu Yu-ting and Kevin Hsu");
    expect(wire?.publishedAt).toBe("2026-12-03T15:21");
    expect(copy("Council opens two more border markets", "December 3, 2026", "Mari Tamm", EN_LEAD, EN_PARA, "Source: BNS")?.agency).toBe("BNS");
  });

  it("reads two writers joined by a dash at the foot, but not a writer and a paper", () => {
    expect(copy("Hội đồng mở thêm hai chợ biên giới", "03/12/2026 08:45", VI_LEAD, VI_PARA, "Thanh Tùng - Ngọc Hân")?.author).toBe("Thanh Tùng, Ngọc Hân");
    expect(copy("Council opens two more border markets", "December 3, 2026", EN_LEAD, EN_PARA, "Ramon Dizon - The Philippine Star")?.author).not.toBe("Ramon Dizon, The Philippine Star");
  });

  it("drops a rank before a writer's name with the degree after it, and keeps a degree that stands alone", () => {
    expect(readByline("Đại tá, ThS. NGUYỄN VĂN HÙNG")).toBe("NGUYỄN VĂN HÙNG");
    expect(readByline("TS. TRẦN MINH ĐỨC")).toBe("TS. TRẦN MINH ĐỨC");
    expect(readByline("Thượng tá Lê Văn Bình")).toBe("Lê Văn Bình");
    expect(readByline("Đại tá")).toBeNull();
    expect(readByline("TS. Hội đồng thành phố thông qua kế hoạch mới")).toBeNull();
  });

  it("names the outlet inside a call to act, by a long copyright line's owner, and a daily's web edition as the daily", () => {
    expect(copy("Watch CBS News", "World", "Council opens two more border markets", "December 3, 2026", EN_LEAD, EN_PARA)?.outlet).toBe("CBS News");
    const legal = copy("Skip to content", "British Broadcasting Corporation", "Home", "News", "Council opens two more border markets", "2 hours ago", EN_LEAD, EN_PARA, "More from the BBC", "Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.");
    expect(legal?.outlet).toBe("BBC News");
    expect(copy("Hội đồng mở thêm hai chợ biên giới", "Site: Nhân Dân Nhật báo Online", VI_LEAD, VI_PARA)?.outlet).toBe("Nhân Dân Nhật báo");
    expect(copy("Hội đồng mở thêm hai chợ biên giới", "Site: Nhịp Cầu Thế Giới Online", VI_LEAD, VI_PARA)?.outlet).toBe("Nhịp Cầu Thế Giới Online");
    expect(copy("Hội đồng mở thêm hai chợ biên giới", "Site: Báo Bình Dương Online", VI_LEAD, VI_PARA)?.outlet).toBe("Báo Bình Dương Online");
  });
});

describe("portals, print viewers and releases of the tenth blind corpus", () => {
  const EN_LEAD = "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
  const EN_PARA = "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.";
  
  it("reads a portal's 'Story by <wire>' as the agency under the portal's own masthead", () => {
    const s = copy("Skip to content", "MSN", "Discover", "News", "Council opens two more border markets", "Story by Reuters", "• 3h", `MOSCOW (Reuters) - ${EN_LEAD}`, EN_PARA, "(Reporting by Dmitri Volkov; Editing by Ana Wright)", "Feedback");
    expect(s?.outlet).toBe("MSN");
    expect(s?.agency).toBe("Reuters");
    expect(s?.author).toBe("Dmitri Volkov");
    expect(s?.body).not.toMatch(/Story by|• 3h|Feedback/);
    // a story "by" a person is a byline, and "24h" alone is a name, not a time
    expect(copy("Council opens two more border markets", "Story by Dana Whitlock", EN_LEAD, EN_PARA)?.agency).toBeNull();
    expect(isFurniture("24h")).toBe(false);
    expect(isFurniture("• 3h")).toBe(true);
  });

  it("names a print viewer's paper by the line its initials spell, and a byline's paper when nothing else names one", () => {
    const e = copy("DH e-Paper", "Bengaluru", "Page 9", "DECCAN HERALD", "BENGALURU, THURSDAY, DECEMBER 3, 2026", "WORLD", "Council opens two more border markets", "REUTERS", EN_LEAD, EN_PARA, "Prev Page", "Next Page");
    expect(e?.outlet).toMatch(/^deccan herald$/i);
    expect(e?.author).toBeNull();
    const p = copy("Philstar.com", "Headlines", "World", "Council opens two more border markets", "Ramon Dizon - The Philippine Star", "December 3, 2026 | 12:00am", EN_LEAD, EN_PARA);
    expect(p?.outlet).toBe("The Philippine Star");
    expect(p?.author).toBe("Ramon Dizon");
  });

  it("reads a release's issuer as the outlet and its headline below the label, and its contact line as furniture", () => {
    const r = copy("Ministry of Foreign Affairs, Republic of Korea", "PRESS RELEASE", "No. 2026-0512                December 3, 2026", "Contact: Spokesperson's Office, Tel. 02-2100-7065", "", "Council Opens Two More Border Markets", "", `1. ${EN_LEAD}`, "", `2. ${EN_PARA}`);
    expect(r?.title).toBe("Council Opens Two More Border Markets");
    expect(r?.outlet).toBe("Ministry of Foreign Affairs, Republic of Korea");
    expect(r?.author).toBeNull();
    expect(r?.body).not.toMatch(/Contact:|PRESS RELEASE/);
    expect(isFurniture("Contact the council's office for the full list of markets.")).toBe(false);
  });
});

describe("the date reader's cheap gates", () => {
  // Each pattern is asked only of a line its gate lets through: every line a pattern matches must pass its gate.
  const lines = [
    "Posted on 03/12/2026 by Nghiên cứu Quốc tế",
    "POSTED ON 03/12/2026 BY NGHIÊN CỨU",
    "\u017Fposted 3/12/2026 by X", // no match: the gate need not let it through
    "Published Dec 4, 2026 3:15 PM by The Maritime Executive",
    "Published Dec 4, 2026 3:15 p.m. EST by The Maritime Executive",
    "Đăng lúc 10:15 ngày 04/12/2026 bởi Minh Hà",
    "ĐĂNG 04/12/2026 bởi Minh Hà",
    "Pu\u017Fted 04/12/2026 by Jane Doe", // the u flag's long s matches s in both the pattern and its gate
    "Updated Dec 4, 2026 by Jane Doe",
    "December 4, 202611:42 AM GMT+9",
    "4 December 20269:05",
    "4 tháng 12 202611:42",
    "Dec. 4th, 199912:00",
    "December 4, 2026 11:42 AM",
    "202611:42",
  ];
  it("let through every line the gated pattern matches, and the reader still reads those lines' dates", () => {
    const cases: [RegExp, RegExp][] = [
      [POSTED_BY, POSTED_OPENING],
      [POSTED_BY_AFTER_CLOCK, POSTED_OPENING],
      [YEAR_GLUED_TO_CLOCK, YEAR_CLOCK_DIGITS],
    ];
    for (const [pattern, gate] of cases) {
      const matched = lines.filter((l) => pattern.test(l));
      expect(matched.length, String(pattern)).toBeGreaterThan(0);
      expect(matched.filter((l) => !gate.test(l)), String(pattern)).toEqual([]);
    }
    expect(readDateLine("December 4, 202611:42 AM GMT+9")?.publishedAt).toBe("2026-12-04T11:42+09:00");
    expect(readDateLine("Posted on 03/12/2026 by Nghiên cứu Quốc tế")?.publishedAt).toBe("2026-12-03");
    expect(readDateLine("Published Dec 4, 2026 3:15 PM by The Maritime Executive")?.publishedAt).toBe("2026-12-04T15:15");
  });
});
