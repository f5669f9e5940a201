// Tests for related links listed between the headline and the byline (a tabloid's live page: "What is the …?" / "How
// many …?" / "Inside …" / the writer / the date): page furniture, not the text's first lines. Forms written for these
// tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

const headline = "HARBOUR STRIKE LIVE: Dockers walk out as talks with the board stall for a third day";

describe("related links between the headline and the byline", () => {
  it("go, in English and Vietnamese, and the byline and date are still read", () => {
    for (const [links, body, byline, date] of [
      [["What is the dockers' claim?", "How long can the port stay shut?", "Inside the north terminal"], EN, "Jane Doe", "Published: 9:20, 4 Dec 2026"],
      [["Who runs the harbour board?", "Timber exports in numbers"], EN, "By Jane Doe", "4 December 2026"],
      [["Vì sao công nhân cảng đình công?", "Cảng phía bắc ngừng hoạt động bao lâu?"], VI, "Nguyễn Văn An", "04/12/2026 09:20"],
    ] as const) {
      const parsed = one(text("The Harbour", "News", headline, ...links, byline, date, ...body));
      expect(parsed.title).toBe(headline);
      expect(parsed.author).toBe(byline.replace(/^By /, ""));
      expect(parsed.publishedAt?.slice(0, 10)).toBe("2026-12-04");
      for (const link of links) expect(parsed.body, link).not.toContain(link);
      expect(parsed.body).toContain(body[0]);
    }
  });
});

describe("lines between the headline and the byline that are no related links", () => {
  it("keep one short line (a kicker or a sub-head) and a deck as they were", () => {
    for (const between of [["How long can the port stay shut?"], ["Dockers walked out at the north terminal after talks with the board broke down."]]) {
      const plain = one(text("The Harbour", "News", headline, "Jane Doe", "4 December 2026", ...EN));
      const parsed = one(text("The Harbour", "News", headline, ...between, "Jane Doe", "4 December 2026", ...EN));
      expect(parsed.author).toBe(plain.author);
      expect(parsed.publishedAt).toBe(plain.publishedAt);
      expect(parsed.body.includes(between[0] as string) || parsed.lines.some((l) => l.text === between[0] && l.role !== "furniture")).toBe(true);
    }
  });

  it("keep a summary's long points between the headline and the byline", () => {
    const bullets = ["Dockers at the north terminal walked out on Tuesday after pay talks failed", "The harbour board says it will meet the union again on Friday morning"];
    const parsed = one(text("The Harbour", "News", headline, ...bullets, "Jane Doe", "4 December 2026", ...EN));
    for (const b of bullets) expect(parsed.lines.find((l) => l.text === b)?.role).not.toBe("furniture");
  });
});
