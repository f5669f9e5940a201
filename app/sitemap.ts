// sitemap.xml: the public pages and every published claim, on the public origin, each in both languages: the
// Vietnamese page (the default) and its English one under /en are each listed, and each names both as its
// hreflang alternates (xhtml:link), as search engines ask of every language version.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { listPublicClaimUrls } from "@/lib/public/published-claims";
import { claimUrl, siteUrl } from "@/lib/public/site";
import { alternateHrefs } from "@/lib/public/locale-path";

export const dynamic = "force-dynamic";

type Entry = MetadataRoute.Sitemap[number];

/** The page at this site-relative path in each language, every entry with the same alternates. */
function inBothLanguages(base: string, path: string, entry: Omit<Entry, "url" | "alternates">): Entry[] {
  const hrefs = alternateHrefs(path);
  const languages = { vi: `${base}${hrefs.vi}`, en: `${base}${hrefs.en}`, "x-default": `${base}${hrefs.vi}` };
  return [
    { ...entry, url: languages.vi, alternates: { languages } },
    { ...entry, url: languages.en, alternates: { languages } },
  ];
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl(await headers());
  const claims = await listPublicClaimUrls();
  return [
    ...inBothLanguages(base, "/", { changeFrequency: "hourly" }),
    ...inBothLanguages(base, "/corrections", { changeFrequency: "daily" }),
    ...inBothLanguages(base, "/ledger", { changeFrequency: "daily" }),
    ...claims.flatMap((c) => inBothLanguages(base, new URL(claimUrl(c.slug, base)).pathname, { lastModified: c.updatedAt })),
  ];
}
