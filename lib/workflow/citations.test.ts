import { describe, expect, it } from "vitest";
import { citationAnchor, linkCitations } from "./citations";

describe("linkCitations", () => {
  it("links [n] to the n-th evidence anchor for known numbers only", () => {
    expect(linkCitations("Số liệu [1] và [2] khác [3].", 2)).toBe("Số liệu [\\[1\\]](#evidence-1) và [\\[2\\]](#evidence-2) khác [3].");
    expect(citationAnchor(2)).toBe("evidence-2");
  });

  it("leaves zero, links, images, reference definitions, escapes and code alone", () => {
    const text = "[0] [1](https://x.test) ![1] [1][ref] \\[1] `[1]`\n\n```\n[1]\n```\n\n[1]: https://x.test";
    expect(linkCitations(text, 5)).toBe(text);
  });

  it("changes nothing when no evidence is ticked", () => {
    expect(linkCitations("Xem [1].", 0)).toBe("Xem [1].");
  });
});
