// robots.txt: the public site is open to crawlers; the workbench is not for them.
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/public/site";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/desk", "/sources", "/admin", "/account", "/sign-in", "/api/desk", "/api/auth"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
