// A paper's masthead printed right over the headline, no menu between, as a plain-text copy of a page keeps it ("The
// Harbour Times" / headline / "By Jane Doe" / date): the masthead names the outlet, the line under it is the headline.
// Each family with its near misses.
import { describe, expect, it } from "vitest";
import { englishPaperName, isSection, mastheadByForm } from "./layout-model";
import { leadAgency } from "./metadata";
import { decodeImportFile, parseImport } from "./parse-import";

const EN1 = "The council voted on Tuesday to close the terminal, ending a service that ran for sixty years across the harbour.";
const EN2 = "Officials said the losses had become too large to carry, and residents said they would appeal the decision.";
const VI1 = "Thành phố đã phê duyệt dự án cầu mới với tổng vốn hơn hai nghìn tỷ đồng, công trình dự kiến hoàn thành sau ba năm.";
const VI2 = "Theo chính quyền địa phương, cây cầu sẽ giảm ùn tắc cho hai quận trung tâm vào giờ cao điểm buổi sáng và chiều.";
const parse = (lines: string[], name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(`${lines.join("\n")}\n`), name), name)[0];

describe("a paper's masthead right over the headline", () => {
  it("knows an English paper's name by its kind word, never a section's label", () => {
    for (const name of ["The Harbour Times", "Da Nang Today", "Mekong Herald", "The Riverside Gazette", "Daily Harbour", "Coastline Post"])
      expect(englishPaperName(name), name).toBe(true);
    for (const line of ["World News", "Business Today", "Top News", "Analysis", "Exclusive", "Times", "Council votes to close the terminal", "The Harbour Times, March 3", "Ferry Terminal Closes After 60 Years"])
      expect(englishPaperName(line), line).toBe(false);
    expect(mastheadByForm("Báo Sông Hàn")).toBe(true);
  });

  it("reads the masthead over a headline and its byline or date as the outlet, the headline as the title", () => {
    const a = parse(["The Harbour Times", "Council votes to close the old ferry terminal after decades of losses", "By Jane Doe", "March 3, 2024", EN1, EN2]);
    expect(a?.title).toBe("Council votes to close the old ferry terminal after decades of losses");
    expect(a?.outlet).toBe("The Harbour Times");
    expect(a?.author).toBe("Jane Doe");
    const b = parse(["Da Nang Today", "Council votes to close the old ferry terminal after decades of losses", "March 3, 2024", EN1, EN2]);
    expect(b?.title).toBe("Council votes to close the old ferry terminal after decades of losses");
    expect(b?.outlet).toBe("Da Nang Today");
    const c = parse(["Báo Sông Hàn", "Đà Nẵng khởi công cầu mới bắc qua sông Hàn trong năm nay", "12/03/2024", VI1, VI2]);
    expect(c?.title).toBe("Đà Nẵng khởi công cầu mới bắc qua sông Hàn trong năm nay");
    expect(c?.outlet).toBe("Báo Sông Hàn");
  });

  it("reads the masthead over a headline whose deck stands between it and the byline", () => {
    const a = parse(["Bản tin Sông Quê", "Hội chợ Nga ở Bình Nhưỡng: hàng hóa và đường ray", "Những gì đáng chú ý trong tuần từ một hội chợ ít người để ý", "Nguyễn Hạnh Dung", "1 thg 12, 2026", VI1, VI2]);
    expect(a?.title).toBe("Hội chợ Nga ở Bình Nhưỡng: hàng hóa và đường ray");
    expect(a?.outlet).toBe("Bản tin Sông Quê");
    const b = parse(["The Harbour Times", "Council votes to close the old ferry terminal after decades of losses", "The vote ends a service that ran for sixty years across the harbour", "By Jane Doe", "March 3, 2024", EN1, EN2]);
    expect(b?.outlet).toBe("The Harbour Times");
    expect(b?.title).toBe("Council votes to close the old ferry terminal after decades of losses");
    // a kicker over the headline and its deck names no outlet
    const c = parse(["Bản tin", "Hội chợ Nga ở Bình Nhưỡng: hàng hóa và đường ray", "Những gì đáng chú ý trong tuần từ một hội chợ ít người để ý", "Nguyễn Hạnh Dung", "1 thg 12, 2026", VI1, VI2]);
    expect(c?.outlet ?? null).toBeNull();
  });

  it("keeps a kicker, a headline broken in two and a short headline over its deck as they are", () => {
    // a kicker over the headline names no outlet
    const a = parse(["Analysis", "Council votes to close the old ferry terminal after decades of losses", "By Jane Doe", "March 3, 2024", EN1, EN2]);
    expect(a?.title).toBe("Council votes to close the old ferry terminal after decades of losses");
    expect(a?.outlet ?? null).toBeNull();
    const b = parse(["Thế giới", "Đà Nẵng khởi công cầu mới bắc qua sông Hàn trong năm nay", "12/03/2024", VI1, VI2]);
    expect(b?.title).toBe("Đà Nẵng khởi công cầu mới bắc qua sông Hàn trong năm nay");
    expect(b?.outlet ?? null).toBeNull();
    // a magazine's headline in title case over its deck: the headline, not a masthead
    const c = parse(["The Ferry Question", "How a city council came to close a terminal that ran for sixty years", "By Jane Doe", EN1, EN2]);
    expect(c?.title).toBe("The Ferry Question");
    expect(c?.outlet ?? null).toBeNull();
  });
});

describe("an English menu without its home label", () => {
  it("takes labels run together as a menu, never a byline, and reads the masthead above it", () => {
    for (const menu of ["News World Business Travel", "World Politics Business Sport", "News Politics Money Style Travel", "Money Markets Tech Travel"])
      expect(isSection(menu), menu).toBe(true);
    // a name, a headline of capitalised words, three labels without "News" before them
    for (const line of ["Jane Travel", "Travel Money Style", "Council Votes Travel Ban", "Markets Fall on Tech Selloff"])
      expect(isSection(line), line).toBe(false);
    const a = parse(["Harbour Herald", "News World Business Travel", "Council votes to close the old ferry terminal after decades of losses", "By Jane Doe", "March 3, 2024", EN1, EN2]);
    expect(a?.title).toBe("Council votes to close the old ferry terminal after decades of losses");
    expect(a?.outlet).toBe("Harbour Herald");
    expect(a?.author).toBe("Jane Doe");
  });
});

describe("a relay's teller in its first sentence", () => {
  it("credits the agency set between dashes, closing the sentence, after its kind word or in brackets opening it", () => {
    expect(leadAgency("Hải quân hai nước hôm thứ Sáu – theo hãng thông tấn AP – bắt đầu cuộc tập trận chung trên biển.")).toBe("AP");
    expect(leadAgency("Moscow and Pyongyang signed a new deal – according to the AP news agency – to send more workers east.")).toBe("AP");
    expect(leadAgency("Moskva và Bình Nhưỡng đã ký thỏa thuận mới về lao động, hãng tin Reuters đưa tin. Thỏa thuận có hiệu lực ngay.")).toBe("Reuters");
    expect(leadAgency("Moscow and Pyongyang signed a new deal to send more workers to the Far East, Reuters reported.")).toBe("Reuters");
    expect(leadAgency("Theo đài RFI, Moskva và Bình Nhưỡng đã ký thỏa thuận mới về lao động.")).toBe("RFI");
    expect(leadAgency("(RFI), Moskva và Bình Nhưỡng đã ký thỏa thuận mới về lao động.")).toBe("RFI");
  });

  it("never credits a source named after the first sentence, a speaker who is no source, nor a dash's aside", () => {
    expect(leadAgency("Moskva và Bình Nhưỡng đã ký thỏa thuận mới. Reuters cũng từng đưa tin rằng hai nước đã bàn việc này.")).toBeNull();
    expect(leadAgency("The two sides signed a new deal to send more workers to the Far East, the minister reported.")).toBeNull();
    expect(leadAgency("The deal – according to officials in Moscow – takes effect next month.")).toBeNull();
    expect(leadAgency("Moskva và Bình Nhưỡng đã ký thỏa thuận mới về lao động cho vùng Viễn Đông.")).toBeNull();
    const far = parse(["Báo Sông Hàn", "Nga và Triều Tiên ký thỏa thuận mới về lao động", "12/03/2024", VI1, VI2, "Hai bên đã thảo luận về nhà ở và bảo hiểm y tế cho người lao động trong nhiều tháng qua.", "Reuters cũng từng đưa tin rằng hai nước đã bàn việc này từ năm ngoái, trước chuyến thăm của phái đoàn."]);
    expect(far?.agency ?? null).toBeNull();
    const told = parse(["Báo Sông Hàn", "Nga và Triều Tiên ký thỏa thuận mới về lao động", "12/03/2024", "Theo đài RFI, Moskva và Bình Nhưỡng đã ký thỏa thuận mới nhằm đưa thêm lao động sang vùng Viễn Đông.", VI2]);
    expect(told?.agency).toBe("RFI");
  });
});
