// A saved page whose meta line prints the outlet's own name as the byline with the date ("By Ceylon Today |
// Published: 12:45 AM Dec 4 2026", "Bởi Nông Sản Việt | 03/12/2026 08:40") names no writer there: the writer the text
// prints ("By Nadeesha Perera") is the author, never the outlet's name cut at a word ("Ceylon"). A person's name on
// such a line is still the author.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, VI } from "@/test/family-parse";

const page = (site: string, meta: string, first: string, paras: readonly string[], lang: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Cargo volumes rise - ${site}</title><meta property="og:site_name" content="${site}"><script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Cargo volumes rise", datePublished: "2026-12-03T19:15:00+00:00", author: { "@type": "Person", name: site } })}</script></head><body><header><a href="/" class="logo">${site}</a></header><article><h1>Cargo volumes rise</h1><div class="meta">${meta}</div><div class="content">${first}${paras.map((p) => `<p>${p}</p>`).join("")}</div></article><footer><p>© 2026 ${site}. All rights reserved.</p></footer></body></html>`;

describe("the outlet's name as a dated byline", () => {
  it("names no one; the text's own byline names the writer (English)", () => {
    const parsed = fromHtml(page("Ceylon Today", "By Ceylon Today | Published: 12:45 AM Dec 4 2026", "<p><strong>By Nadeesha Perera</strong></p>", EN, "en"));
    expect(parsed.author).toBe("Nadeesha Perera");
    expect(parsed.outlet).toBe("Ceylon Today");
  });

  it("names no one; the text's own byline names the writer (Vietnamese)", () => {
    const parsed = fromHtml(page("Nông Sản Việt", "Bởi Nông Sản Việt | 03/12/2026 08:40", "<p><strong>Bởi Minh Anh</strong></p>", VI, "vi"));
    expect(parsed.author).toBe("Minh Anh");
  });

  it("keeps a person's name on such a line as the author", () => {
    expect(fromHtml(page("Ceylon Today", "By Nadeesha Perera | Published: 12:45 AM Dec 4 2026", "", EN, "en")).author).toBe("Nadeesha Perera");
  });
});
