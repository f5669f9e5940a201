// GET /sitemap.xml: the public pages and every published claim, on the public origin, each in both languages: the
// Vietnamese page (the default) and its English one under /en are each listed, and each names both as its
// hreflang alternates (xhtml:link), as search engines ask of every language version. Written by lib/public/sitemap.ts
// in the order sitemaps.org's XSD requires; cached as the feeds are, with an ETag answering 304.
import { listPublicClaimUrls } from "@/lib/public/published-claims";
import { claimUrl, siteUrl } from "@/lib/public/site";
import { alternateHrefs } from "@/lib/public/locale-path";
import { sitemapXml, type SitemapEntry } from "@/lib/public/sitemap";
import { etagMatches, etagOf } from "@/lib/public/api-route";
import { publicCacheControl } from "@/lib/public/cache-policy";

export const dynamic = "force-dynamic";

/** The page at this site-relative path in each language, every entry with the same alternates. */
function inBothLanguages(base: string, path: string, entry: Omit<SitemapEntry, "url" | "alternates">): SitemapEntry[] {
  const hrefs = alternateHrefs(path);
  const alternates = { vi: `${base}${hrefs.vi}`, en: `${base}${hrefs.en}`, "x-default": `${base}${hrefs.vi}` };
  return [
    { ...entry, url: alternates.vi, alternates },
    { ...entry, url: alternates.en, alternates },
  ];
}

export async function GET(request: Request): Promise<Response> {
  const base = siteUrl(request.headers);
  const claims = await listPublicClaimUrls();
  const body = sitemapXml([
    ...inBothLanguages(base, "/", { changeFrequency: "hourly" }),
    ...inBothLanguages(base, "/corrections", { changeFrequency: "daily" }),
    ...inBothLanguages(base, "/ledger", { changeFrequency: "daily" }),
    ...claims.flatMap((c) => inBothLanguages(base, new URL(claimUrl(c.slug, base)).pathname, { lastModified: c.updatedAt })),
  ]);
  const etag = etagOf(body);
  // Not X-Forwarded-Host/-Proto: caches key by the URL already (lib/public/cache-policy.ts), and with Next's own
  // values they made Vary longer than the 128 characters nginx keeps.
  const headers = { ETag: etag, "Cache-Control": publicCacheControl(), Vary: "Accept-Encoding" };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/xml; charset=utf-8" } });
}
