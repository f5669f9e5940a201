// sitemap.xml's answer: the public pages and every public claim, on the public origin, each in both languages (the
// Vietnamese page, the default, and its English one under /en, each naming both as hreflang alternates). A file holds
// 50,000 addresses at most: past that many, /sitemap.xml is an index of files (/sitemap.xml?page=N), since a search
// engine refuses a larger file whole, and a claim past the bound was listed nowhere.
import { countPublicClaims, listPublicClaimUrls } from "@/lib/public/published-claims";
import { keptUntilPublication } from "@/lib/public/search";
import { claimUrl, siteUrl } from "@/lib/public/site";
import { alternateHrefs } from "@/lib/public/locale-path";
import { SITEMAP_CLAIMS_PER_FILE, sitemapIndexXml, sitemapPage, sitemapXml, type SitemapEntry } from "@/lib/public/sitemap";
import { etagMatches, etagOf } from "@/lib/public/api-route";
import { publicCacheControl } from "@/lib/public/cache-policy";
import { lastPageOf } from "@/lib/public/canonical-query";

/** The page at this site-relative path in each language, every entry with the same alternates. */
function inBothLanguages(base: string, path: string, entry: Omit<SitemapEntry, "url" | "alternates">): SitemapEntry[] {
  const hrefs = alternateHrefs(path);
  const alternates = { vi: `${base}${hrefs.vi}`, en: `${base}${hrefs.en}`, "x-default": `${base}${hrefs.vi}` };
  return [
    { ...entry, url: alternates.vi, alternates },
    { ...entry, url: alternates.en, alternates },
  ];
}

/** `perFile`: claims a file lists (SITEMAP_CLAIMS_PER_FILE, so that a file stays within 50,000 addresses). */
export async function sitemapResponse(request: Request, perFile = SITEMAP_CLAIMS_PER_FILE): Promise<Response> {
  const base = siteUrl(request.headers);
  const page = sitemapPage(new URL(request.url).searchParams.get("page"));
  const notFound = () => new Response("No such sitemap file.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (Number.isNaN(page)) return notFound();
  const file = page ?? 1;
  const filesOf = (total: number) => lastPageOf(total, perFile);
  // How many files there are is known without a read until the next publication (the count kept as the search keeps
  // its answers): `?page=<n>` past the end, for every n, and the index of files cost no read after the first.
  const kept = filesOf(await keptUntilPublication("public claims", countPublicClaims));
  // The claims are read only for a file that lists them: not for the index of several files, a file past the end nor a
  // numbered file of a sitemap that is one file (each a redirect after the count), by the kept count and the read one.
  const listsClaims = (files: number) => file <= files && !(page === null && files > 1) && !(page !== null && files === 1);
  const { total, claims } = listsClaims(kept) ? await listPublicClaimUrls((file - 1) * perFile, perFile, (n) => listsClaims(filesOf(n))) : { total: null, claims: [] };
  const files = total === null ? kept : filesOf(total);
  // A file past the last, or a numbered file of a sitemap that is one file, is sent to the last file as the ledger and
  // search pages send a page past their last (pastTheLastPage): temporary and not kept, as the last file moves.
  if (file > files || (page !== null && files === 1)) {
    return new Response(null, { status: 307, headers: { Location: files === 1 ? `${base}/sitemap.xml` : `${base}/sitemap.xml?page=${files}`, "Cache-Control": "no-store" } });
  }
  const body =
    page === null && files > 1
      ? sitemapIndexXml(Array.from({ length: files }, (_, i) => `${base}/sitemap.xml?page=${i + 1}`))
      : sitemapXml([
          ...(file === 1
            ? [
                ...inBothLanguages(base, "/", { changeFrequency: "hourly" }),
                ...inBothLanguages(base, "/corrections", { changeFrequency: "daily" }),
                ...inBothLanguages(base, "/ledger", { changeFrequency: "daily" }),
              ]
            : []),
          ...claims.flatMap((c) => inBothLanguages(base, new URL(claimUrl(c.slug, base)).pathname, { lastModified: c.updatedAt })),
        ]);
  const etag = etagOf(body);
  // Not X-Forwarded-Host/-Proto: caches key by the URL already (lib/public/cache-policy.ts), and with Next's own
  // values they made Vary longer than the 128 characters nginx keeps.
  const headers = { ETag: etag, "Cache-Control": publicCacheControl(), Vary: "Accept-Encoding" };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/xml; charset=utf-8" } });
}
