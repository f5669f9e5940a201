// Families of the everyday stream's pages (the eighty-fourth corpus's misses, ordinary articles of the wires' own sites
// and of the papers that run their copy): a caption with The New York Times's "Credit..." glued to it, a writer's
// address in brackets after the name in a saved page's byline box, a share widget's heading read as a writer, and a
// writer's name printed twice and run together before the date. Forms written for these tests, in both languages,
// with the near misses that must not be read so.
import { describe, expect, it } from "vitest";
import { htmlToImportText } from "./html";
import { classifyLine, isCaptionLine, posterBeforeStamp, readByline } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const EN1 = "North Korea's foreign ministry on Wednesday rejected reports of new missile shipments to Russia as fabrications meant to sabotage the friendship between the two countries.";
const EN2 = "In Moscow, a foreign ministry spokeswoman said Russia's cooperation with North Korea broke no international rules and was the business of the two countries alone.";
const EN3 = "Neither statement addressed the satellite images of the port published by independent researchers, which show containers stacked on the quay.";
const HEADLINE_EN = "Moscow and Pyongyang deny new missile shipments reported by Seoul";
const VI1 = "Bộ Ngoại giao Triều Tiên hôm thứ Tư bác bỏ thông tin về các chuyến hàng tên lửa mới sang Nga, gọi đó là bịa đặt nhằm phá hoại quan hệ hai nước.";
const VI2 = "Tại Moskva, người phát ngôn Bộ Ngoại giao Nga cho biết hợp tác với Triều Tiên không vi phạm quy định quốc tế nào và là việc riêng của hai nước.";
const VI3 = "Cả hai tuyên bố đều không nhắc tới các ảnh vệ tinh chụp cảng biển do các nhà nghiên cứu độc lập công bố, cho thấy container xếp chồng trên cầu cảng.";
const HEADLINE_VI = "Moskva và Bình Nhưỡng bác tin về chuyến hàng tên lửa mới";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a caption with The New York Times's \"Credit...\" glued to it", () => {
  it("is a caption whatever the credit names, in English and in a Vietnamese copy of the picture", () => {
    expect(isCaptionLine("Containers on the quay at the port of Rajin, North Korea, in a satellite image taken in early November.Credit...Planet Labs PBC")).toBe(true);
    expect(isCaptionLine("Kim Jong-un at a missile factory in a photo released by the North.Credit…Korean Central News Agency, via Associated Press")).toBe(true);
    expect(isCaptionLine("Container xếp chồng trên cầu cảng Rajin, Triều Tiên, trong ảnh vệ tinh chụp đầu tháng 11.Credit...Planet Labs PBC")).toBe(true);
  });

  it("never takes a sentence's credit in small letters, nor the label with nothing after it", () => {
    expect(isCaptionLine("Banks cut their lines of credit... Many exporters then turned to lenders in Hong Kong instead.")).toBe(false);
    expect(isCaptionLine("Các ngân hàng siết tín dụng... Nhiều doanh nghiệp xuất khẩu chuyển sang vay ở Hồng Kông.")).toBe(false);
    expect(isCaptionLine("Officials say the figures are not worth much.Credit...")).toBe(false);
  });

  it("keeps the header under a deck: the caption is the picture's, the byline and the day are read", () => {
    const text = [
      "Asia Pacific",
      HEADLINE_EN,
      "Two denials issued hours apart suggested that Moscow and Pyongyang see little cost in being caught.",
      "Share full article",
      "Containers on the quay at the port of Rajin, North Korea, in a satellite image taken in early November.Credit...Planet Labs PBC",
      "By Dahye Yoon",
      "Reporting from Seoul",
      "Dec. 3, 2026",
      EN1,
      EN2,
      EN3,
    ].join("\n");
    const parsed = parse(text);
    expect(parsed?.title).toBe(HEADLINE_EN);
    expect(parsed?.author).toBe("Dahye Yoon");
    expect(parsed?.publishedAt).toBe("2026-12-03");
    expect(parsed?.captions[0]).toContain("Containers on the quay at the port of Rajin");
    expect(parsed?.body).not.toContain("Credit...");
    expect(parsed?.body).toContain(EN1);
    expect(parsed?.body).not.toContain("By Dahye Yoon");
  });
});

describe("a writer's address in brackets after the name in a saved page's byline box", () => {
  const page = (byline: string, headline: string, paragraphs: readonly string[]): string =>
    `<!DOCTYPE html><html><head><title>${headline}</title><meta property="og:site_name" content="Harbour Daily"></head><body><main><article><h1>${headline}</h1><div class="article-byline"><span class="byline">${byline}</span> <span class="date">Published: 02 Dec. 2026, 18:45</span></div>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></main></body></html>`;
  const read = (html: string) => parseImport(htmlToImportText(html, "page.html"), "page.html")[0];

  it("is the name alone, in English and in Vietnamese", () => {
    expect(read(page("BY KWON DA-SOM [kwon.dasom@harbourdaily.example]", HEADLINE_EN, [EN1, EN2, EN3]))?.author).toBe("KWON DA-SOM");
    expect(read(page("Jane Doe (jdoe@harbourdaily.example)", HEADLINE_EN, [EN1, EN2, EN3]))?.author).toBe("Jane Doe");
    expect(read(page("Bởi Lê Minh Châu [chaulm@harbourdaily.example]", HEADLINE_VI, [VI1, VI2, VI3]))?.author).toBe("Lê Minh Châu");
  });

  it("an address alone in the box names no one", () => {
    expect(read(page("[newsdesk@harbourdaily.example]", HEADLINE_EN, [EN1, EN2, EN3]))?.author ?? null).toBeNull();
    expect(read(page("toasoan@harbourdaily.example", HEADLINE_VI, [VI1, VI2, VI3]))?.author ?? null).toBeNull();
  });
});

describe("a share widget's heading over its buttons", () => {
  it("is furniture, never the writer, in English and in Vietnamese", () => {
    expect(readByline("Social Sharing")).toBeNull();
    expect(classifyLine("Social Sharing", "header").role).toBe("furniture");
    expect(classifyLine("Chia sẻ mạng xã hội", "header").role).toBe("furniture");
    const en = parse(["World", HEADLINE_EN, "Thomson Reuters · Posted: Dec 02, 2026 7:41 AM EST", "Social Sharing", EN1, EN2, EN3].join("\n"));
    expect(en?.author ?? null).toBeNull();
    expect(en?.title).toBe(HEADLINE_EN);
  });

  it("a name of the same shape stays a name", () => {
    expect(readByline("Social Security")).toBe("Social Security");
    expect(readByline("By Sharing Chen")).toBe("Sharing Chen");
  });
});

describe("a writer's name printed twice and run together before the date", () => {
  it("is the writer once, and the date, in English and in Vietnamese", () => {
    expect(posterBeforeStamp("Daniel BrennanDaniel Brennan December 4, 2026")).toEqual({ name: "Daniel Brennan", stamp: "December 4, 2026" });
    expect(posterBeforeStamp("Lan AnhLan Anh 04/12/2026 09:30")).toEqual({ name: "Lan Anh", stamp: "04/12/2026 09:30" });
    const en = parse(["News", HEADLINE_EN, "Daniel BrennanDaniel Brennan December 4, 2026", "Share this article", EN1, EN2, EN3].join("\n"));
    expect(en?.author).toBe("Daniel Brennan");
    expect(en?.publishedAt).toBe("2026-12-04");
    const vi = parse(["Thế giới", HEADLINE_VI, "Lê Minh ChâuLê Minh Châu 04/12/2026 09:30", VI1, VI2, VI3].join("\n"));
    expect(vi?.author).toBe("Lê Minh Châu");
  });

  it("two different names run together, or a name once, are no such line", () => {
    expect(posterBeforeStamp("Jane DoeJohn Roe December 4, 2026")).toBeNull();
    expect(posterBeforeStamp("Daniel Brennan December 4, 2026")).toBeNull();
    expect(posterBeforeStamp("Lan AnhLan 04/12/2026 09:30")).toBeNull();
  });
});

describe("a menu with a war's own page among its labels", () => {
  it("is the menu, so the headline below it is read, in English and in Vietnamese", () => {
    const en = parse(["The Moscow Times", "News  Opinion  Business  Ukraine War  Podcasts  Newsletters", HEADLINE_EN, "Dec. 2, 2026", EN1, EN2, EN3].join("\n"));
    expect(en?.title).toBe(HEADLINE_EN);
    expect(en?.body).not.toContain("Ukraine War");
    const vi = parse(["Báo Sông Hàn", "Thời sự  Thế giới  Chiến sự Ukraine  Kinh tế  Thể thao", HEADLINE_VI, "02/12/2026 09:30", VI1, VI2, VI3].join("\n"));
    expect(vi?.title).toBe(HEADLINE_VI);
  });

  it("a headline that names a war in title case is still the headline", () => {
    const headline = "Ukraine War Enters Its Fifth Winter as Talks Stall";
    const en = parse(["The Moscow Times", "News  Opinion  Business", headline, "Dec. 2, 2026", EN1, EN2, EN3].join("\n"));
    expect(en?.title).toBe(headline);
  });
});

describe("a portrait's caption: a name, a full stop, the credit and its source after a bar or a slash", () => {
  it("is a caption, never the headline, in English and in Vietnamese", () => {
    expect(isCaptionLine("Maria Zakharova. Foreign Ministry | Telegram")).toBe(true);
    expect(isCaptionLine("Lê Minh Châu. Ảnh tư liệu | Báo Sông Hàn")).toBe(true);
    const en = parse(["The Moscow Times", "News  Opinion  Business", HEADLINE_EN, "Dec. 2, 2026", "Maria Zakharova. Foreign Ministry | Telegram", EN1, EN2, EN3].join("\n"));
    expect(en?.title).toBe(HEADLINE_EN);
    expect(en?.captions[0]).toContain("Maria Zakharova");
    expect(en?.body).not.toContain("Telegram");
  });

  it("a name and a full stop with no source after a bar or slash, or a sentence before the bar, is no such caption", () => {
    expect(isCaptionLine("Sergei Lavrov. Russian Foreign Ministry")).toBe(false);
    expect(isCaptionLine("Moscow says the ships carried grain and the port was open to inspectors | Analysis")).toBe(false);
    expect(isCaptionLine("Hà Nội. Ngày 2/12 trời mưa nhỏ, nhiệt độ giảm mạnh")).toBe(false);
  });
});

describe("a topics box's heading over its tags, cut before the topic", () => {
  it("is furniture, in English and in Vietnamese", () => {
    expect(classifyLine("Discover more stories on", "header").role).toBe("furniture");
    expect(classifyLine("Khám phá thêm bài viết về", "header").role).toBe("furniture");
    const en = parse(["Asia / East Asia", HEADLINE_EN, "Published: 6:00pm, 2 Dec 2026", EN1, EN2, EN3, "Discover more stories on", "North Korea", "Sanctions"].join("\n"));
    expect(en?.body).not.toContain("Discover more stories on");
    expect(en?.body).toContain(EN3);
    const vi = parse(["Thế giới", HEADLINE_VI, "02/12/2026 09:30", VI1, VI2, VI3, "Khám phá thêm bài viết về", "Triều Tiên", "Nga"].join("\n"));
    expect(vi?.body).not.toContain("Khám phá thêm bài viết về");
    expect(vi?.body).toContain(VI3);
  });

  it("a sentence that goes on past the heading's words stays text", () => {
    expect(classifyLine("Discover more stories on the treaty and the sanctions in our special report.", "footer").role).not.toBe("furniture");
    expect(classifyLine("Khám phá thêm bài viết về hiệp ước năm 2024 cùng các chuyên gia của trường.", "footer").role).not.toBe("furniture");
  });
});
