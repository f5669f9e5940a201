// Tests for a deck without a full stop right below the headline in a plain-text copy with one newline between its
// lines ("A subtitle that says what the post argues" under a newsletter's headline): the deck is a paragraph of its
// own, never the lead's first words, nor a heading; a hard-wrapped lead, a page's short name or a line that goes on
// into the next stays as it was. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";

const EN_LEAD = "Freight trains crossed the Tumen River bridge forty times in November, according to satellite images reviewed by the newsletter. The count is the highest since the link reopened.";
const EN_NEXT = "Analysts say the traffic points to a steady trade in munitions and fuel, though neither government has confirmed it.";
const VI_LEAD = "Các đoàn tàu chở hàng đã qua cầu Hữu Nghị trên sông Tumen bốn mươi lần trong tháng 11, theo ảnh vệ tinh mà bản tin đã xem xét. Đây là con số cao nhất kể từ khi tuyến đường mở lại.";
const VI_NEXT = "Các nhà phân tích cho rằng lưu lượng này cho thấy một dòng hàng đạn dược và nhiên liệu đều đặn, dù chưa chính phủ nào xác nhận.";

const parse = (lines: string[]) => parseImport(lines.join("\n"), "x.txt")[0]!;
const paragraphs = (lines: string[]) => parse(lines).body.split("\n\n");

describe("a deck without a full stop under the headline", () => {
  it.each([
    ["en", ["The Quiet Channel", "Why Moscow and Pyongyang Keep Their Rail Link Busy", "A subtitle that says what the post argues about the freight numbers", "Jane Marsh", "Dec 3, 2026", EN_LEAD, EN_NEXT], "A subtitle that says what the post argues about the freight numbers", EN_LEAD],
    ["vi", ["Bản tin Sông Quê", "Vì sao tuyến đường sắt Nga - Triều Tiên luôn bận rộn", "Những gì con số hàng hóa qua cầu cho thấy về giao thương hai nước", "Nguyễn Hạnh Dung", "3/12/2026", VI_LEAD, VI_NEXT], "Những gì con số hàng hóa qua cầu cho thấy về giao thương hai nước", VI_LEAD],
  ])("is a paragraph of its own over the lead (%s)", (_lang, lines, deck, lead) => {
    const parsed = parse(lines);
    expect(parsed.body.split("\n\n").slice(0, 2)).toEqual([deck, lead]);
    expect(parsed.headings).not.toContain(deck);
  });

  it("the lead's own first sentence still names its teller below a deck of its own", () => {
    const lead = "Theo bản tin của Đài Phát thanh Quốc tế Pháp (RFI), hội chợ thương mại Nga lớn nhất từ trước tới nay tại Bình Nhưỡng đã khai mạc hôm thứ Hai với gần 90 doanh nghiệp.";
    expect(parse(["Bản tin Sông Quê", "Hội chợ Nga ở Bình Nhưỡng: hàng hóa và đường ray", "Những gì đáng chú ý trong tuần từ một hội chợ ít người để ý", "Nguyễn Hạnh Dung", "1 thg 12, 2026", lead, VI_NEXT]).agency).toBe("RFI");
  });

  it.each([
    // a page's or a group's short name under the headline (under six words)
    ["en", ["Why Moscow and Pyongyang Keep Their Rail Link Busy", "Northeast Asia Rail Watch", EN_LEAD, EN_NEXT], "Northeast Asia Rail Watch"],
    ["vi", ["Vì sao tuyến đường sắt Nga - Triều Tiên luôn bận rộn", "Người Việt tại Nga", VI_LEAD, VI_NEXT], "Người Việt tại Nga"],
  ])("a short name under the headline is no deck over the lead (%s)", (_lang, lines, name) => {
    expect(paragraphs(lines)[0]).not.toBe(name);
  });

  it("a hard-wrapped lead's first line is no deck", () => {
    const wrapped = [
      "Why Moscow and Pyongyang Keep Their Rail Link Busy",
      "Freight trains crossed the Tumen River bridge forty times in",
      "November, according to satellite images reviewed by the newsletter.",
      "The count is the highest since the link reopened, analysts say.",
    ];
    expect(paragraphs(wrapped)[0]).not.toBe("Freight trains crossed the Tumen River bridge forty times in");
  });

  it("a line under the headline that ends on a comma goes on into the next", () => {
    const lines = ["Why Moscow and Pyongyang Keep Their Rail Link Busy", "Freight trains crossed the Tumen River bridge forty times in November,", "According to satellite images reviewed by the newsletter, the count is the highest since the link reopened.", EN_NEXT];
    expect(paragraphs(lines)[0]).not.toBe("Freight trains crossed the Tumen River bridge forty times in November,");
  });
});

describe("a dateline alone on its line above the lead", () => {
  const EU_LEAD = "The European Union on Friday adopted a new package of sanctions that for the first time targets North Korean shipping companies.";
  const EU_NEXT = "The package adds eleven firms and four vessels to the bloc's list, including the operator of a Russian port.";
  const CAPTION = "EU foreign policy chief Kaja Kallas speaks to reporters in Brussels on Friday. Photo: AFP";

  it.each([
    ["en, one newline", ["EU sanctions target North Korean shipping for the first time", "Staff writer, with AFP", "Sat, Sep 26, 2026", CAPTION, "BRUSSELS", EU_LEAD, EU_NEXT], `BRUSSELS — ${EU_LEAD}`],
    ["en, blank lines", ["EU sanctions target North Korean shipping for the first time", "", "Sat, Sep 26, 2026", "", CAPTION, "", "BRUSSELS", "", EU_LEAD, "", EU_NEXT], `BRUSSELS — ${EU_LEAD}`],
  ])("is the lead's dateline when the text names the place (%s)", (_form, lines, lead) => {
    expect(paragraphs(lines)).toContain(lead);
  });

  it.each([
    ["a label in capitals", "ANALYSIS"],
    ["a wire's name", "REUTERS"],
    ["a place the text never names as one", "ANTWERP"],
    ["a writer's name in capitals", "MINH ANH"],
    ["a Vietnamese section's label in capitals", "THỜI SỰ"],
  ])("%s over the lead is no dateline", (_what, line) => {
    const body = parse(["EU sanctions target North Korean shipping for the first time", "", "Sat, Sep 26, 2026", "", CAPTION, "", line, "", EU_LEAD, "", EU_NEXT]).body;
    expect(body).not.toContain(`${line} — `);
    expect(body).toContain(EU_LEAD);
  });
});

describe("a Vietnamese dateline in capitals alone on its line above the lead", () => {
  const HN_LEAD = "Chiều 2/12, Ủy ban nhân dân thành phố Hà Nội tổ chức hội nghị đánh giá tình hình xuất khẩu năm 2026 với sự tham dự của nhiều doanh nghiệp.";
  const MOS_LEAD = "Chính phủ Nga hôm thứ Ba đã ký với Triều Tiên một thỏa thuận mới về lao động thời vụ; Moskva gọi đây là bước đi quan trọng trong quan hệ song phương.";
  const HCM_LEAD = "Sáng 3/12, Sở Công Thương thành phố cho biết lượng hàng xuất sang Nga trong 11 tháng đã tăng gần 30% so với cùng kỳ năm trước.";
  const head = ["Báo Sông Xanh", "Kinh tế", "Xuất khẩu sang Nga tăng mạnh trong mùa cuối năm", "Thứ Tư, 03/12/2026 10:15"];
  const spaced = (lines: string[]) => lines.flatMap((l) => [l, ""]);

  it.each([
    ["HÀ NỘI", HN_LEAD],
    ["MOSKVA", MOS_LEAD],
    ["TP.HCM", HCM_LEAD],
  ])("%s is the lead's dateline, in a one-newline copy and with blank lines, never the writer", (place, lead) => {
    for (const lines of [[...head, place, lead, VI_NEXT, "Minh Anh"], spaced([...head, place, lead, VI_NEXT, "Minh Anh"])]) {
      const got = parse(lines);
      expect(got.body.split("\n\n")[0]).toBe(`${place} — ${lead}`);
      expect(got.author).toBe("Minh Anh");
      expect(got.title).toBe("Xuất khẩu sang Nga tăng mạnh trong mùa cuối năm");
    }
  });

  it.each([
    ["a section's label in capitals", "THẾ GIỚI", "Chính phủ Nga hôm thứ Ba đã ký với Triều Tiên một thỏa thuận mới; thế giới gọi đây là bước đi quan trọng trong quan hệ hai nước."],
    ["another section's label", "QUÂN SỰ", "Chính phủ Nga hôm thứ Ba đã ký với Triều Tiên một thỏa thuận mới; giới quân sự gọi đây là bước đi quan trọng trong quan hệ hai nước."],
    ["a writer's name the text names as a person", "MINH ANH", "Chính phủ Nga hôm thứ Ba đã ký với Triều Tiên một thỏa thuận mới, chị Minh Anh, một công nhân ở Viễn Đông, cho biết mình đã nghe tin."],
    ["a place the text never names", "BẮC KINH", MOS_LEAD],
  ])("%s over the lead is no dateline", (_what, line, lead) => {
    const body = parse([...head, line, lead, VI_NEXT]).body;
    expect(body).not.toContain(`${line} — `);
    expect(body).toContain(lead);
  });
});

describe("an English dateline whose place the text names without a word that places it", () => {
  const head = ["North Korea rejects arms trade claims as 'fabricated smear'", "December 05, 2026 11:21 AM"];
  it("is the lead's dateline ('by Seoul and Washington'); a name the text gives a person ('Mr Lee') is none", () => {
    const lead = "North Korea's foreign ministry on Friday rejected what it called a smear campaign by Seoul and Washington over arms transfers.";
    expect(parse([...head, "SEOUL", lead, EN_NEXT]).body.split("\n\n")[0]).toBe(`SEOUL — ${lead}`);
    const person = "North Korea's foreign ministry on Friday rejected the claims, and Mr Lee said the reports were meant to justify new sanctions.";
    expect(parse([...head, "LEE", person, EN_NEXT]).body).not.toContain("LEE — ");
  });
});
