// The public side in Chromium: home, a claim page with valid ClaimReview, the feed, sitemap and robots,
// the language switch, reading without JavaScript, security headers and accessibility.
import http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { DOMParser } from "linkedom";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { checkFactCheckMarkup } from "../lib/public/fact-check-markup";
import { E2E_PORT } from "../playwright.config";

/** A GET with headers fetch() and Playwright may not set (Host), straight to `npm start`'s front server. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: E2E_PORT, path, headers }, (answer) => {
        let body = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk: string) => (body += chunk));
        answer.on("end", () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body }));
      })
      .on("error", reject);
  });
}

const VISIT = "Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023";

async function openVisit(page: Page) {
  await page.goto("/");
  const href = await page.getByRole("link", { name: VISIT }).getAttribute("href");
  expect(href).toMatch(/^\/claims\/[a-z0-9-]+$/);
  const response = await page.goto(href!);
  return { href: href!, response: response! };
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("home lists the latest verdicts with tallies and a search box", async ({ page, shot }) => {
  await page.goto("/");
  await expect(page.getByTestId("latest-verdicts")).toContainText(VISIT);
  // Other specs publish claims too (in any order): the tally of "Đúng" is there, with a count.
  await expect(page.getByTestId("tallies")).toContainText(/Đúng · [1-9]\d*/);
  await expect(page.getByRole("searchbox", { name: "Tìm tuyên bố" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await shot(page, "public-home");
});

test("a claim page shows the verdict, quotes and evidence, with complete ClaimReview markup and security headers", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const { response } = await openVisit(page);
  const headers = response.headers();
  // Anonymous: no per-response nonce (the page is cached), the hashes of its inline scripts instead.
  expect(headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(headers["content-security-policy"]).not.toMatch(/nonce|strict-dynamic/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  await expect(page.getByTestId("verdict")).toHaveText("Đúng");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(VISIT);
  await expect(page.getByTestId("public-appearance").first()).toContainText("Ông Putin và ông Kim gặp nhau hôm 13/9 tại Sân bay Vũ trụ Vostochny");
  await expect(page.getByTestId("public-evidence-supports")).toContainText("RFI");
  await expect(page.getByTestId("history")).toContainText("Phiên bản 1");
  // The page is kept after its first render: a second visit is answered from memory, the same bytes and policy;
  // the scripts ran under it (no CSP report above).
  const again = (await page.reload())!;
  expect(again.headers()["x-claimdesk-cache"]).toBe("hit");
  expect(again.headers()["content-security-policy"]).toBe(headers["content-security-policy"]);

  const markup = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(checkFactCheckMarkup(markup)).toEqual([]);
  expect(markup).toMatchObject({ claimReviewed: VISIT, reviewRating: { ratingValue: 5, alternateName: "Đúng" }, itemReviewed: { author: { "@type": "Organization", name: "KCNA" } } });
  await expectNoSeriousViolations(page);
  expect(violations).toEqual([]);
});

test("the claim page reads without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await openVisit(page);
  await expect(page.getByTestId("verdict")).toHaveText("Đúng");
  await expect(page.getByTestId("summary")).not.toBeEmpty();
  await context.close();
});

test("English at /en: the chooser links the two URLs, named as hreflang alternates; the claim's own text stays Vietnamese with its English gloss", async ({ page, baseURL }) => {
  const { href } = await openVisit(page);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en${href}`);
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", `${baseURL}${href}`);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `${baseURL}${href}`);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(`${baseURL}/en${href}`);
  await expect(page.getByTestId("verdict")).toHaveText("Confirmed");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(VISIT);
  await expect(page.locator(".gloss")).toHaveText("Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome on 13 September 2023");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en${href}`);
  // Links stay in English; the chooser leads back to the Vietnamese URL.
  await expect(page.getByRole("link", { name: "Corrections" }).first()).toHaveAttribute("href", "/en/corrections");
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page).toHaveURL(`${baseURL}${href}`);
  await expect(page.getByTestId("verdict")).toHaveText("Đúng");
});

test("a public page is one set of bytes per URL: public s-maxage, ETag and 304, compressed, no Vary on the cookie", async ({ request }) => {
  const { body: home } = await rawGet("/", {});
  const href = /href="(\/claims\/kim-jong-un-gap-vladimir-putin[a-z0-9-]*)"/.exec(home)![1]!;
  const first = await rawGet(href, { "accept-encoding": "identity" });
  expect(first.status).toBe(200);
  expect(first.headers["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  expect(first.headers.vary).toMatch(/Accept-Encoding/);
  expect(first.headers.vary).not.toMatch(/cookie/i);
  const etag = first.headers.etag!;
  expect(etag).toMatch(/^W\/"/);
  // The language cookie changes nothing: same bytes, same tag.
  const withCookie = await rawGet(href, { "accept-encoding": "identity", cookie: "locale=en" });
  expect(withCookie.body).toBe(first.body);
  expect((await rawGet(href, { "if-none-match": etag })).status).toBe(304);
  const compressed = await request.get(href, { headers: { "accept-encoding": "br" } });
  expect(compressed.headers()["content-encoding"]).toBe("br");
  expect(await compressed.text()).toBe(await (await request.get(href, { headers: { "accept-encoding": "identity" } })).text());
  const english = await rawGet(`/en${href}`, {});
  expect(english.body).toContain("Confirmed");
  expect(english.headers.etag).not.toBe(etag);
  // The feeds too.
  for (const feed of ["/feed.xml", "/api/v1/claimreview-feed.json"]) {
    const answer = await request.get(feed, { headers: { "accept-encoding": "gzip" } });
    expect(answer.headers()["cache-control"], feed).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(answer.headers()["content-encoding"], feed).toBe("gzip");
    expect((await request.get(feed, { headers: { "if-none-match": answer.headers().etag! } })).status(), feed).toBe(304);
  }
});

test("a signed-in visitor's public page is private, with a nonce, never kept by a shared cache", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  const { response } = await openVisit(page);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["content-security-policy"]).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  expect(response.headers()["x-claimdesk-cache"]).toBeUndefined();
  expect(response.headers().etag).toBeUndefined();
});

test("the Atom feed, sitemap and robots.txt describe the published claims", async ({ request }) => {
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = new DOMParser().parseFromString(await feed.text(), "text/xml");
  const titles = [...xml.querySelectorAll("entry > title")].map((e) => e.textContent);
  expect(titles).toContain(`Kết luận: Đúng — ${VISIT}`);
  expect(xml.querySelector("entry > link")?.getAttribute("href")).toMatch(/\/claims\/[a-z0-9-]+$/);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>http[^<]+\/claims\/kim-jong-un-gap-vladimir-putin[a-z0-9-]*<\/loc>/);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /desk");
  expect(robots).toMatch(/Sitemap: http\S+\/sitemap.xml/);
});

test("the corrections log is public and accessible", async ({ page }) => {
  await page.goto("/corrections");
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký đính chính" })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the search page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/claims?q=trieu+tien");
  await expect(page.locator(".verdict-list li").first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("every absolute URL names the host the visitor used, never the app's internal port", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const slug = /href="\/claims\/(kim-jong-un-gap-vladimir-putin[a-z0-9-]*)"/.exec(home)![1]!;
  const host = { Host: "news.example:8443" };
  const internal = /127\.0\.0\.1|localhost:\d+/;

  const page = await rawGet(`/claims/${slug}`, host);
  expect(page.status).toBe(200);
  const markup = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page.body)![1]!);
  expect(markup.url).toBe(`http://news.example:8443/claims/${slug}`);
  expect(markup.author.url).toBe("http://news.example:8443");
  expect(checkFactCheckMarkup(markup)).toEqual([]);
  expect(page.body).toContain(`<link rel="canonical" href="http://news.example:8443/claims/${slug}"/>`);
  expect(page.body).toContain(`<meta property="og:url" content="http://news.example:8443/claims/${slug}"/>`);
  expect(page.body).not.toMatch(internal);
  // Another host gets its own copy, not the cached page of the first.
  const other = await rawGet(`/claims/${slug}`, { Host: "mirror.example" });
  expect(other.body).toContain(`"url":"http://mirror.example/claims/${slug}"`);
  expect(other.body).not.toContain("news.example");

  const sitemap = await rawGet("/sitemap.xml", host);
  expect(sitemap.body).toContain(`<loc>http://news.example:8443/claims/${slug}</loc>`);
  expect(sitemap.body).not.toMatch(internal);
  const robots = await rawGet("/robots.txt", host);
  expect(robots.body).toContain("Sitemap: http://news.example:8443/sitemap.xml");
  const feed = await rawGet("/feed.xml", host);
  expect(feed.body).toContain(`<link href="http://news.example:8443/claims/${slug}"/>`);
  expect(feed.body).not.toMatch(internal);
  const api = await rawGet("/api/v1/claims?limit=1", host);
  expect(JSON.parse(api.body).data[0].url).toMatch(/^http:\/\/news\.example:8443\/claims\//);
  // A forged Host that is no host changes nothing.
  const forged = await rawGet("/robots.txt", { Host: 'evil.example"><script>' });
  expect(forged.body).not.toContain("evil.example");
});

test("the feed's entry ids do not depend on the host; ETag and a settled Last-Modified answer 304", async ({ request }) => {
  const ids = async (host: string) => [...(await rawGet("/feed.xml", { Host: host })).body.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  const first = await ids("news.example");
  expect(first.length).toBeGreaterThanOrEqual(2);
  expect(first.every((id) => /^urn:uuid:[0-9a-f-]{36}$/.test(id!))).toBe(true);
  expect(await ids("mirror.example")).toEqual(first);
  const feed = await request.get("/feed.xml");
  const { etag, "last-modified": lastModified } = feed.headers();
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect((await request.get("/feed.xml", { headers: { "If-None-Match": etag! } })).status()).toBe(304);
  // Last-Modified is trusted only once the newest revision is a minute old: an approval begun before it may still
  // commit with an older time (test/attacks/feed-out-of-order.int.test.ts). Other specs publish meanwhile.
  const age = Date.now() - Date.parse(lastModified!);
  const sinceStatus = (await request.get("/feed.xml", { headers: { "If-Modified-Since": lastModified! } })).status();
  expect(age > 62_000 ? [304] : age < 59_000 ? [200] : [200, 304]).toContain(sinceStatus);
  expect((await request.get("/feed.xml", { headers: { "If-Modified-Since": "Thu, 01 Jan 2015 00:00:00 GMT" } })).status()).toBe(200);
});

test("the revision history numbers each revision as it is numbered", async ({ page }) => {
  await openVisit(page);
  const values = await page.locator("[data-testid=history] ol > li").evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value));
  const labels = await page.locator("[data-testid=history] ol > li > strong").allTextContents();
  expect(values.map((v) => `Phiên bản ${v}`)).toEqual(labels);
});

test("Auth.js's own pages and the 404 for /favicon.ico carry a CSP; HSTS only over https", async ({ request }) => {
  // No page nor route has the address: the front server answers it itself, a page that runs and loads nothing.
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(404);
  expect(favicon.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(favicon.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  for (const path of ["/api/auth/error", "/api/auth/signout", "/api/auth/session", "/api/v1/claims"]) {
    const answer = await request.get(path);
    expect(answer.headers()["content-security-policy"], path).toContain("default-src 'none'");
    expect(answer.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  const page = await request.get("/");
  expect(page.headers()["content-security-policy"]).toMatch(/style-src 'self'(;|$)/);
  // Over plain http no HSTS (proxy.test.ts shows it is sent when the public origin is https).
  expect(page.headers()["strict-transport-security"]).toBeUndefined();
});

test("home: every link and button standing on its own is at least 24 × 24 px; search headings do not skip a level", async ({ page }) => {
  await page.goto("/");
  const small = await page.locator("a, button").evaluateAll((elements) =>
    elements
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (!box.width || !box.height) return false;
        // Links inside a sentence are exempt (WCAG 2.5.8 "inline").
        const parent = el.parentElement!;
        const inline = getComputedStyle(el).display === "inline" && (parent.textContent ?? "").trim().length > (el.textContent ?? "").trim().length;
        return !inline && !el.classList.contains("skip") && (box.width < 24 || box.height < 24);
      })
      .map((el) => `${el.tagName} "${el.textContent?.trim()}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`),
  );
  expect(small).toEqual([]);

  await page.goto("/claims?q=trieu+tien");
  const levels = await page.locator("main h1, main h2, main h3, main h4").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}: ${levels.join(",")}`).toBeLessThanOrEqual(1);
});

/**
 * For each heading under `selector`: the space from the text above it to its own text, and from its text to the text
 * it heads (line boxes of glyphs, so margins, paddings and leading all count, as the eye sees them).
 */
async function headingGaps(page: Page, selector: string): Promise<{ heading: string; above: number; below: number }[]> {
  return page.locator(selector).evaluate((root) => {
    const texts: { node: Text; top: number; bottom: number }[] = [];
    const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.height > 0);
      if (rects.length) texts.push({ node, top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) });
    }
    return [...root.querySelectorAll("h2, h3")].map((heading) => {
      const own = texts.filter((t) => heading.contains(t.node));
      const before = texts.filter((t) => !heading.contains(t.node) && heading.compareDocumentPosition(t.node) & Node.DOCUMENT_POSITION_PRECEDING);
      const after = texts.filter((t) => !heading.contains(t.node) && heading.compareDocumentPosition(t.node) & Node.DOCUMENT_POSITION_FOLLOWING);
      const top = Math.min(...own.map((t) => t.top));
      const bottom = Math.max(...own.map((t) => t.bottom));
      return { heading: (heading.textContent ?? "").trim(), above: Math.round(top - before.at(-1)!.bottom), below: Math.round(after[0]!.top - bottom) };
    });
  });
}

test("the evidence's headings sit nearer what they head than what is above them, on a phone and on a laptop", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openVisit(page);
  const evidence = "section:has([data-testid^='public-evidence-'])";
  await expect(page.locator(evidence).getByRole("heading", { level: 2 })).toHaveText("Bằng chứng");
  for (const width of [1280, 390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    const gaps = await headingGaps(page, evidence);
    expect(gaps.length, "the section's heading and a stance's").toBeGreaterThanOrEqual(2);
    // A heading's space below is smaller than above it (it belongs to what follows) and not a hole in the page: under
    // two lines' height of text (the stances' headings once had about 50 px under them).
    for (const gap of gaps) {
      expect(gap.below, `at ${width} px, under “${gap.heading}” (${JSON.stringify(gaps)})`).toBeLessThan(gap.above);
      expect(gap.below, `at ${width} px, under “${gap.heading}”`).toBeLessThanOrEqual(32);
    }
  }
});
