// sitemap.xml listed every public claim in one file, two addresses a claim (Vietnamese and English), up to 50,000
// claims: past 24,997 claims the file held over 50,000 addresses, which sitemaps.org allows no file, so a search engine
// refused it whole, and a claim past the 50,000th was listed nowhere. Past one file's bound /sitemap.xml is now an index
// of files, each within the bound, every claim in exactly one. Here a file holds two claims, so five make three files.
import { describe, expect, it, vi } from "vitest";
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
    // One file (its bound above every claim): a numbered file is that file, sent to the sitemap's own address.
    const oneFile = await sitemapResponse(new Request("http://localhost/sitemap.xml?page=1"), 1_000_000);
    expect([oneFile.status, oneFile.headers.get("location")]).toEqual([307, "http://localhost/sitemap.xml"]);
    for (const query of ["?page=0", "?page=x", "?page=01"]) expect((await get(query)).status, query).toBe(404);
    for (const query of [`?page=${files + 1}`, "?page=999999"]) {
      const past = await get(query);
      expect(past.status, query).toBe(307);
      expect(past.headers.get("location")).toBe(`http://localhost/sitemap.xml?page=${files}`);
      expect(past.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("reads no claim for a file past the end or for the index: a count, then a redirect to the last file or the list of files", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    for (const port of ["Posyet", "Slavyanka"]) await publishClaim(editor, reviewer, { text: `Tàu hàng rời cảng ${port} lúc nửa đêm`, kind: "OTHER" });
    const statements = await readsOf(async () => {
      expect((await get("?page=9999")).status).toBe(307);
      expect(await (await get()).text()).toContain("<sitemapindex");
    });
    expect(statements).toHaveLength(2);
    for (const sql of statements) expect(sql).toMatch(/^\s*SELECT count\(\*\)/);
    // A file that lists claims still reads them: one count and one page.
    expect(await readsOf(async () => expect((await get("?page=1")).status).toBe(200))).toHaveLength(2);
  });
});

/** The SQL of each statement the sitemap's transactions ran while `work` ran (the real queries, counted on their way). */
async function readsOf(work: () => Promise<void>): Promise<string[]> {
  const db = getDb();
  const statements: string[] = [];
  const transaction = db.$transaction.bind(db) as (fn: (tx: unknown) => Promise<unknown>, options?: unknown) => Promise<unknown>;
  const spy = vi.spyOn(db, "$transaction").mockImplementation(((fn: (tx: unknown) => Promise<unknown>, options?: unknown) =>
    transaction(
      (tx) =>
        fn(
          new Proxy(tx as object, {
            get(target, key) {
              const value = Reflect.get(target, key) as unknown;
              if (key !== "$queryRaw" || typeof value !== "function") return value;
              return (strings: TemplateStringsArray, ...values: unknown[]) => {
                statements.push(strings.join("?"));
                return (value as (...a: unknown[]) => unknown).call(target, strings, ...values);
              };
            },
          }),
        ),
      options,
    )) as never);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return statements;
}
