// robots.txt: the public site is open to crawlers; the workbench is not for them.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteUrl } from "@/lib/public/site";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/desk", "/sources", "/admin", "/account", "/sign-in", "/api/desk", "/api/auth"] },
    sitemap: `${siteUrl(await headers())}/sitemap.xml`,
  };
}
