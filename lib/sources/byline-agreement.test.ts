// Tests for one reading of a byline line, the same for the article's author and for the roles the preview lists: a
// name over the headline the text introduces as its writer is the author; a line read as a byline that names no writer
// (a series, the outlet's name, a wire, a desk) is listed as what it is; a saved page's "Tác giả:" line is the byline.
// Forms written for these tests, English and Vietnamese, with the near misses that must stay as they are.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import type { ParsedSource } from "./parse-import";

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
