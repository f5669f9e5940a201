// sitemap.xml's writer: the elements in the order sitemaps.org's XSD requires, every text escaped.
import { describe, expect, it } from "vitest";
import { sitemapXml } from "./sitemap";

describe("sitemapXml", () => {
  it("writes loc, lastmod, changefreq, then the hreflang alternates, in that order", () => {
    const xml = sitemapXml([{ url: "https://f.example/claims/a", lastModified: new Date("2026-11-02T03:04:05.000Z"), changeFrequency: "daily", alternates: { vi: "https://f.example/claims/a", en: "https://f.example/en/claims/a" } }]);
    const order = ["<loc>", "<lastmod>", "<changefreq>", '<xhtml:link rel="alternate" hreflang="vi"', '<xhtml:link rel="alternate" hreflang="en"'].map((tag) => xml.indexOf(tag));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(xml).toContain("<lastmod>2026-11-02T03:04:05.000Z</lastmod>");
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  it("escapes what would break the XML", () => {
    const xml = sitemapXml([{ url: "https://f.example/claims?q=a&b=<c>", alternates: { vi: 'https://f.example/"x"' } }]);
    expect(xml).toContain("<loc>https://f.example/claims?q=a&amp;b=&lt;c&gt;</loc>");
    expect(xml).toContain('href="https://f.example/&quot;x&quot;"');
    expect(xml).not.toContain("<lastmod>");
  });
});
