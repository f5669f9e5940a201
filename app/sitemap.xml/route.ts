// GET /sitemap.xml: the public pages and every published claim in both languages, written by
// lib/public/sitemap-response.ts (an index of files past 50,000 addresses); cached as the feeds are, with an ETag
// answering 304.
import { sitemapResponse } from "@/lib/public/sitemap-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return sitemapResponse(request);
}
