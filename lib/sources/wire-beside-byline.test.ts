// A byline whose wire stands in a part of its own (between bars or bullets, after a semicolon or ", with"), beside the
// date: the writers and the wire.
import { describe, expect, it } from "vitest";
import { wireBesideByline } from "./metadata";
import { parseImport } from "./parse-import";

const EN_BODY = [
  "A winter freight service linking Vladivostok with North Korea's port of Rajin ran its first train on Wednesday, carrying coal and flour.",
  "Railway officials said two trains a week would cross the Friendship Bridge over the Tumen River, with a journey of about 30 hours.",
];
const VI_BODY = [
  "Tuyến tàu hàng mùa đông nối Vladivostok với cảng Rajin của Triều Tiên đã chạy chuyến đầu tiên ngày 2/12, chở than và bột mì.",
  "Đường sắt Viễn Đông cho biết mỗi tuần sẽ có hai chuyến, đi qua cầu Hữu Nghị trên sông Tumen, với thời gian khoảng 30 giờ.",
];
const text = (...lines: string[]): string => `${lines.join("\n\n")}\n`;

describe("a wire beside the byline", () => {
  it("reads the writers and the wire between bars, after ', with' and after a semicolon", () => {
    expect(wireBesideByline("By Jae-won Seo and Matthew Lee | Associated Press | December 3, 2026")).toEqual({ names: "Jae-won Seo and Matthew Lee", wire: "AP" });
    expect(wireBesideByline("Irina Kozlova, with Interfax · December 2, 2026, 14:25")).toEqual({ names: "Irina Kozlova", wire: "Interfax" });
    expect(wireBesideByline("Reporting by Alan Mercer; AP")).toEqual({ names: "Alan Mercer", wire: "AP" });
    expect(wireBesideByline("Minh Anh | TTXVN | 03/12/2026 10:15")?.wire).toBe("TTXVN");
  });

  it("gives the article its writer and wire, in English and in Vietnamese", () => {
    const [en] = parseImport(text("Winter freight trains start running from Vladivostok to Rajin", "Published: 2 December 2026, 11:48", "Reporting by Alan Mercer; AP", ...EN_BODY), "x.txt");
    expect(en?.agency).toBe("AP");
    expect(en?.author).toBe("Alan Mercer");
    const [vi] = parseImport(text("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "Minh Anh | TTXVN | 02/12/2026 10:15", ...VI_BODY), "x.txt");
    expect(vi?.agency).toBe("TTXVN");
    expect(vi?.author).toBe("Minh Anh");
  });

  it("reads no wire where a part is neither the wire nor a date, where the first part is no names, or where no wire stands", () => {
    expect(wireBesideByline("By Alan Mercer | Reuters | Opinion")).toBeNull();
    expect(wireBesideByline("World | Reuters | December 3, 2026")).toBeNull();
    expect(wireBesideByline("By Alan Mercer | December 3, 2026")).toBeNull();
    expect(wireBesideByline("Irina Kozlova, with additional reporting · December 2, 2026")).toBeNull();
    expect(wireBesideByline("by DAILY EXAMPLE WITH AFP · December 2, 2026")).toBeNull();
    expect(wireBesideByline("The Sample Times | Reuters | December 2, 2026")).toBeNull();
  });

  it("reads the wire joined to the writer as one more name: after 'and', 'và', ', with' and 'with files from'", () => {
    expect(wireBesideByline("By Marcus Bell and The Associated Press")).toEqual({ names: "Marcus Bell", wire: "AP" });
    expect(wireBesideByline("By Marcus Bell and Jane Doe and Reuters")).toEqual({ names: "Marcus Bell and Jane Doe", wire: "Reuters" });
    expect(wireBesideByline("Written by Ana Lucía Ferreira, with Reuters")).toEqual({ names: "Ana Lucía Ferreira", wire: "Reuters" });
    expect(wireBesideByline("Jane Doe, with files from AFP")).toEqual({ names: "Jane Doe", wire: "AFP" });
    expect(wireBesideByline("Minh Anh và TTXVN")).toEqual({ names: "Minh Anh", wire: "TTXVN" });
  });

  it("reads no wire where the name after 'and' or 'và' is a writer's or a paper's", () => {
    expect(wireBesideByline("By Marcus Bell and Jane Doe")).toBeNull();
    expect(wireBesideByline("Minh Anh và Quốc Bảo")).toBeNull();
    expect(wireBesideByline("The Sample Times and Reuters")).toBeNull();
  });

  it("gives the writer as author and the wire as agency, over the text and under it, in English and in Vietnamese", () => {
    const first = (...lines: string[]) => parseImport(text(...lines), "x.txt")[0];
    const over = first("Winter freight trains start running from Vladivostok to Rajin", "By Marcus Bell and The Associated Press", "Published: Dec. 2, 2026 at 6:04 PM CST", ...EN_BODY);
    expect([over?.author, over?.agency]).toEqual(["Marcus Bell", "AP"]);
    const under = first("Winter freight trains start running from Vladivostok to Rajin", "2 December 2026, 14:25 UTC", ...EN_BODY, "Written by Ana Lucía Ferreira, with Reuters");
    expect([under?.author, under?.agency]).toEqual(["Ana Lucía Ferreira", "Reuters"]);
    expect(under?.body).not.toContain("Written by");
    const vi = first("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "02/12/2026 10:15", ...VI_BODY, "Minh Anh và TTXVN");
    expect([vi?.author, vi?.agency]).toEqual(["Minh Anh", "TTXVN"]);
    const two = first("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "02/12/2026 10:15", ...VI_BODY, "Minh Anh và Quốc Bảo");
    expect(two?.agency).toBeNull();
    const pair = first("Winter freight trains start running from Vladivostok to Rajin", "By Marcus Bell and Jane Doe", "Published: Dec. 2, 2026 at 6:04 PM CST", ...EN_BODY);
    expect([pair?.author, pair?.agency]).toEqual(["Marcus Bell and Jane Doe", null]);
  });
});
