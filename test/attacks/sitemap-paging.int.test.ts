// sitemap.xml listed every public claim in one file, two addresses a claim (Vietnamese and English), up to 50,000
// claims: past 24,997 claims the file held over 50,000 addresses, which sitemaps.org allows no file, so a search engine
// refused it whole, and a claim past the 50,000th was listed nowhere. Past one file's bound /sitemap.xml is now an index
// of files, each within the bound, every claim in exactly one. Here a file holds two claims, so five make three files.
import { describe, expect, it } from "vitest";
import { sitemapResponse } from "@/lib/public/sitemap-response";
import { SITEMAP_CLAIMS_PER_FILE, SITEMAP_MAX_URLS, SITEMAP_SITE_PAGES } from "@/lib/public/sitemap";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim } from "@/test/factories";

// With no public origin set and no Host header the site is named http://localhost.
const get = (query = "") => sitemapResponse(new Request(`http://localhost/sitemap.xml${query}`), 2);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

describe("sitemap.xml past one file's bound", () => {
  it("keeps every file within 50,000 addresses", () => {
    expect(2 * SITEMAP_CLAIMS_PER_FILE + 2 * SITEMAP_SITE_PAGES).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
    expect(2 * (SITEMAP_CLAIMS_PER_FILE + 1) + 2 * SITEMAP_SITE_PAGES).toBeGreaterThan(SITEMAP_MAX_URLS);
  });

  it("is an index of files that list every public claim once, each file within its bound", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const slugs: string[] = [];
    for (const port of ["Rajin", "Vostochny", "Nakhodka", "Vladivostok", "Dunai"]) {
      slugs.push((await publishClaim(editor, reviewer, { text: `Tàu chở đạn pháo cập cảng ${port} tháng trước`, kind: "OTHER" })).slug);
    }
    const [count] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" WHERE state IN ('PUBLISHED', 'WITHDRAWN') AND "mergedIntoId" IS NULL`;
    const n = count!.n;
    const files = Math.ceil(n / 2);
    const index = await (await get()).text();
    expect(index).toContain("<sitemapindex");
    expect(locs(index)).toEqual(Array.from({ length: files }, (_, i) => `http://localhost/sitemap.xml?page=${i + 1}`));
    const listed: string[] = [];
    for (let page = 1; page <= files; page++) {
      const response = await get(`?page=${page}`);
      expect(response.status).toBe(200);
      const urls = locs(await response.text());
      expect(urls.length).toBeLessThanOrEqual(2 * 2 + (page === 1 ? 2 * SITEMAP_SITE_PAGES : 0));
      listed.push(...urls.filter((u) => u.includes("/claims/") && !u.includes("/en/")));
    }
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toHaveLength(n);
    for (const slug of slugs) expect(listed.some((u) => u.endsWith(`/${slug}`)), slug).toBe(true);
    for (const query of [`?page=${files + 1}`, "?page=0", "?page=x", "?page=01"]) expect((await get(query)).status, query).toBe(404);
  });
});
