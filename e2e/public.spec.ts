// The public side in Chromium: home, a claim page with valid ClaimReview, the feed, sitemap and robots,
// the language switch, reading without JavaScript, security headers and accessibility.
import AxeBuilder from "@axe-core/playwright";
import { DOMParser } from "linkedom";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { checkFactCheckMarkup } from "../lib/public/fact-check-markup";

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
  await expect(page.getByTestId("tallies")).toContainText("Đúng · 1");
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
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  await expect(page.getByTestId("verdict")).toHaveText("Đúng");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(VISIT);
  await expect(page.getByTestId("public-appearance").first()).toContainText("Ông Putin và ông Kim gặp nhau hôm 13/9 tại Sân bay Vũ trụ Vostochny");
  await expect(page.getByTestId("public-evidence-supports")).toContainText("RFI");
  await expect(page.getByTestId("history")).toContainText("Phiên bản 1");
  // The page is kept after its first render: a second visit is answered from memory, with its own nonce.
  const again = (await page.reload())!;
  expect(again.headers()["x-claimdesk-cache"]).toBe("hit");
  expect(again.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);

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

test("English on choice, remembered; the claim's own text stays Vietnamese with its English gloss", async ({ page }) => {
  await openVisit(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("verdict")).toHaveText("Confirmed");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(VISIT);
  await expect(page.locator(".gloss")).toHaveText("Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome on 13 September 2023");
  await page.reload();
  await expect(page.getByText("Revision history")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
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
