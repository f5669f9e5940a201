// Tests for one reading of a byline line, the same for the article's author and for the roles the preview lists: a
// name over the headline the text introduces as its writer is the author; a line read as a byline that names no writer
// (a series, the outlet's name, a wire, a desk) is listed as what it is; a saved page's "Tác giả:" line is the byline.
// Forms written for these tests, English and Vietnamese, with the near misses that must stay as they are.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { agreeOutletLines, lineKey } from "./line-roles";
import { parseImport, type ParsedSource } from "./parse-import";

const roleOf = (source: ParsedSource, line: string): string | undefined => source.lines.find((l) => l.text === line)?.role;
/** Every listed line read as a byline names the author, and an author is read from a byline when one is listed. */
const agree = (source: ParsedSource): boolean => {
  const bylines = source.lines.filter((l) => l.role === "byline");
  return bylines.length === 0 || source.author !== null;
};

describe("a name over the headline that the text introduces as its writer", () => {
  it("is the author, in English and Vietnamese", () => {
    const en = one(text("The Courier", "Menu", "Oliver Brandt", "The port board's gamble is built to last", "December 4, 2026", ...EN, "Oliver Brandt is a writer on shipping and trade."));
    expect(en.author).toBe("Oliver Brandt");
    expect(roleOf(en, "Oliver Brandt")).toBe("byline");
    const vi = one(text("Tạp chí Nông thôn", "Menu", "Trần Minh Đức", "Sầu riêng và bài toán mở rộng diện tích", "04/12/2026", ...VI, "Trần Minh Đức là phóng viên mảng nông nghiệp."));
    expect(vi.author).toBe("Trần Minh Đức");
  });
  it("is a series or a section, not the author, when nothing introduces it", () => {
    const got = one(text("The Harbour Society", "Podcasts", "Harbour Now", "Six thousand workers head to the new wharf", "Episode 112 · June 19, 2025 · 38:12", ...EN));
    expect(got.author).toBeNull();
    expect(roleOf(got, "Harbour Now")).not.toBe("byline");
    expect(agree(got)).toBe(true);
  });
});

describe("a line read as a byline that names no writer", () => {
  it("is listed as the wire's credit or the outlet's line, in English and Vietnamese", () => {
    const wire = one(text("Port board expects second wharf to open in April", "By Agence France-Presse", "December 4, 2026", ...EN));
    expect(wire.author).toBeNull();
    expect(wire.agency).toBe("AFP");
    expect(roleOf(wire, "By Agence France-Presse")).toBe("credit");
    const outlet = one(text("Báo Nông Thôn Mới", "Sầu riêng và bài toán mở rộng diện tích", "Báo Nông Thôn Mới", "04/12/2026 08:00", ...VI));
    expect(outlet.author).toBeNull();
    expect(agree(outlet)).toBe(true);
  });
  it("leaves a writer's byline a byline", () => {
    const got = one(text("Port board expects second wharf to open in April", "By Jane Doe", "December 4, 2026", ...EN));
    expect(got.author).toBe("Jane Doe");
    expect(roleOf(got, "By Jane Doe")).toBe("byline");
  });
});

describe("a saved page's byline under its marked headline", () => {
  it("is listed as the byline it is read as, when a sub-heading below looked like the headline", () => {
    const got = one(text("# Port board expects second wharf to open in April", "", "2025-03-04T14:31+09:00", "", "Tác giả: Park Jun-hee", "", "Site: The Harbour Courier", "", "Link: https://www.harbourcourier.com/article/10451287", "", "Social affairs", "", "## **Two new berths to let large ships unload at the same time**", "", ...EN), "x.html");
    expect(got.author).toBe("Park Jun-hee");
    expect(roleOf(got, "Tác giả: Park Jun-hee")).toBe("byline");
    expect(roleOf(got, "Social affairs")).not.toBe("byline");
  });
});

describe("a header line that is the outlet's name alone", () => {
  it("is listed as the outlet's line when the outlet is read, in English and Vietnamese", () => {
    const en = one(text("Khaleej Times", "Port board expects second wharf to open in April", "December 4, 2026", ...EN, "https://www.khaleejtimes.com/uae/port-board-second-wharf"));
    expect(en.outlet).toBe("Khaleej Times");
    expect(roleOf(en, "Khaleej Times")).toBe("outlet");
    const vi = one(text("Sổ tay Bắc Á", "Ghi chép về bán đảo Triều Tiên, nước Nga và Đông Bắc Á", "Thứ Sáu, 19 tháng 6, 2026", "Sầu riêng và bài toán mở rộng diện tích", ...VI, "Được đăng bởi Trần Quốc Bảo vào lúc 21:40"));
    expect(vi.outlet).toBe("Sổ tay Bắc Á");
    expect(roleOf(vi, "Sổ tay Bắc Á")).toBe("outlet");
  });
  it("keeps the role an editor gave it, and a line that says more than the name keeps its own", () => {
    const roles = [{ key: lineKey("Khaleej Times"), role: "section" as const }];
    const edited = parseImport(text("Khaleej Times", "Port board expects second wharf to open in April", "December 4, 2026", ...EN, "https://www.khaleejtimes.com/uae/port-board-second-wharf"), "x.txt", { roles })[0] as ParsedSource;
    expect(roleOf(edited, "Khaleej Times")).toBe("section");
    const lines = [
      { text: "Sổ tay Bắc Á – Thời sự", key: lineKey("Sổ tay Bắc Á – Thời sự"), role: "section" as const, region: "header" as const },
      { text: "Sổ tay Bắc Á", key: lineKey("Sổ tay Bắc Á"), role: "body" as const, region: "footer" as const },
      { text: "BERNAMA", key: lineKey("BERNAMA"), role: "credit" as const, region: "header" as const },
    ];
    expect(agreeOutletLines(lines, "Sổ tay Bắc Á", undefined).map((l) => l.role)).toEqual(["section", "body", "credit"]);
    expect(agreeOutletLines(lines, "Bernama", undefined).map((l) => l.role)).toEqual(["section", "body", "credit"]);
    expect(agreeOutletLines([{ ...lines[0]!, text: "THE HARBOUR COURIER", role: "furniture" }], "The Harbour Courier", undefined)[0]?.role).toBe("outlet");
    expect(agreeOutletLines([{ ...lines[0]!, text: "THE HARBOUR COURIER", role: "furniture" }], null, undefined)[0]?.role).toBe("furniture");
  });
});
