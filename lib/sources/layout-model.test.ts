// Tests for the layout model: each feature family on everyday forms written for these tests, and the title picked by
// best score over the whole header region.
import { describe, expect, it } from "vitest";
import {
  classifyHeader,
  classifyLine,
  isCaptionLine,
  isFurniture,
  isSection,
  leadCredit,
  lookupOutlet,
  readByline,
  readDateLine,
} from "./layout-model";
import { extractMetadata } from "./metadata";
import { parseImport } from "./parse-import";

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
  ])("%s", (line, want) => {
    expect(readDateLine(line)?.publishedAt).toBe(want);
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
  ])("furniture: %s", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it("keeps ordinary sentences and headlines out of the furniture", () => {
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
