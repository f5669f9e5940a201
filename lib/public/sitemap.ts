// sitemap.xml's document: each <url> holds its elements in the order sitemaps.org's XSD requires (loc, lastmod,
// changefreq, priority, then other namespaces' elements: the xhtml:link hreflang alternates). Next's own sitemap
// writer puts the alternates right after <loc>, which the XSD refuses. Every text is escaped.
export type SitemapEntry = {
  url: string;
  lastModified?: Date;
  changeFrequency?: "always" | "hourly" | "daily" | "weekly" | "monthly" | "yearly" | "never";
  /** hreflang → absolute URL. */
  alternates?: Record<string, string>;
};

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lines = [`<loc>${escapeXml(entry.url)}</loc>`];
    if (entry.lastModified) lines.push(`<lastmod>${entry.lastModified.toISOString()}</lastmod>`);
    if (entry.changeFrequency) lines.push(`<changefreq>${entry.changeFrequency}</changefreq>`);
    for (const [lang, href] of Object.entries(entry.alternates ?? {})) lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`);
    return `<url>\n${lines.map((line) => `  ${line}`).join("\n")}\n</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`;
}

/** A sitemap file lists 50,000 addresses at most (sitemaps.org); past that a search engine refuses the whole file. */
export const SITEMAP_MAX_URLS = 50_000;
/** The site's own pages, each in both languages, that the first file lists before the claims. */
export const SITEMAP_SITE_PAGES = 3;
/** Claims a file lists: each is two addresses (its Vietnamese and English pages), the first file's site pages beside. */
export const SITEMAP_CLAIMS_PER_FILE = Math.floor((SITEMAP_MAX_URLS - 2 * SITEMAP_SITE_PAGES) / 2);

/** A sitemap index naming each file of the sitemap (sitemaps.org's sitemapindex), for more claims than one file holds. */
export function sitemapIndexXml(urls: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `<sitemap>\n  <loc>${escapeXml(url)}</loc>\n</sitemap>`).join("\n")}
</sitemapindex>
`;
}

/** `?page=` of sitemap.xml: a file's number from 1, null when absent, NaN when it names no file. */
export function sitemapPage(value: string | null): number | null {
  if (value === null) return null;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : Number.NaN;
}
