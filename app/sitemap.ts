// sitemap.xml: the public pages and every published claim, on the public origin.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { listPublicClaimUrls } from "@/lib/public/published-claims";
import { claimUrl, siteUrl } from "@/lib/public/site";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl(await headers());
  const claims = await listPublicClaimUrls();
  return [
    { url: `${base}/`, changeFrequency: "hourly" },
    { url: `${base}/corrections`, changeFrequency: "daily" },
    ...claims.map((c) => ({ url: claimUrl(c.slug, base), lastModified: c.updatedAt })),
  ];
}
