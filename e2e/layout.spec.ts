// The workbench's main screens at a laptop's width (1280 px) and a phone's (390 px): nothing wider than the
// window, the main navigation on one line on a laptop (on a phone it wraps under the brand), and a screenshot of each
// to look at. e2e/widths.spec.ts checks every element of the top bar, for each role and language.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** Fails when the page scrolls sideways, or the main navigation takes more lines than the width allows. */
async function expectNoOverflow(page: Page, label: string) {
  const measure = await page.evaluate(() => {
    const nav = document.querySelector<HTMLElement>('nav[aria-label="main"]');
    // (the links shown: on a phone a signed-in person's reader pages wait in the account menu, hidden here)
    const links = nav ? [...nav.querySelectorAll<HTMLElement>("a")].filter((a) => a.getClientRects().length > 0) : [];
    const tops = new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)));
    const header = document.querySelector<HTMLElement>(".site-header");
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, navLines: tops.size, headerHeight: header?.offsetHeight ?? 0 };
  });
  expect(measure.scrollWidth, `${label}: page wider than the window`).toBeLessThanOrEqual(measure.innerWidth);
  const isPhone = measure.innerWidth < 500;
  expect(measure.navLines, `${label}: the main navigation wraps`).toBeLessThanOrEqual(isPhone ? 2 : 1);
  // On a phone three rows at most (brand and account menu, then two of links), one on a laptop.
  expect(measure.headerHeight, `${label}: the header is too tall`).toBeLessThanOrEqual(isPhone ? 120 : 80);
  console.log(`${label}: header ${measure.headerHeight} px at ${measure.innerWidth} px`);
}

for (const viewport of VIEWPORTS) {
  test(`${viewport.name} (${viewport.width} px): reader, claim editor, proposal review and admin pages fit the window`, async ({ page, signInAs, shot }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // An admin who reviews too would need two accounts; the reviewer sees everything but the admin pages.
    await signInAs(page, "REVIEWER");

    await page.goto("/sources?q=thi sat cac nha may chien dau co");
    await page.locator("tbody a").first().click();
    await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
    await expectNoOverflow(page, "reader");
    await shot(page, `layout-${viewport.name}-reader`);

    await page.goto("/desk/claims?q=bac bo moi cao buoc");
    await page.locator("tbody a").first().click();
    await page.waitForURL(/\/desk\/claims\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("review-form")).toBeVisible();
    await expectNoOverflow(page, "proposal review");
    await shot(page, `layout-${viewport.name}-review`);

    await page.goto("/desk/claims/new");
    await page.getByLabel("Nội dung tuyên bố (tiếng Việt)").fill("Nga và Triều Tiên bác bỏ");
    await expect(page.getByTestId("similar-claim").first()).toBeVisible();
    await expectNoOverflow(page, "new claim with similar claims");
    await shot(page, `layout-${viewport.name}-new-claim`);

    await page.goto("/desk");
    await expectNoOverflow(page, "workbench home");
  });

  test(`${viewport.name} (${viewport.width} px): the admin pages fit the window`, async ({ page, signInAs, makeAccount, shot }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signInAs(page, "ADMIN");
    await makeAccount("EDITOR", "Nguyễn Thị Phương Thảo Anh");
    for (const path of ["/admin/accounts", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: "Mục này" }).getByRole("link", { name: path.endsWith("audit") ? "Nhật ký kiểm toán" : "Tài khoản" })).toHaveAttribute("aria-current", "page");
      await expectNoOverflow(page, path);
      await shot(page, `layout-${viewport.name}-${path.split("/").pop()}`);
    }
  });
}

test("every page's title and description are in the page's language: the browser's tab and a screen reader's first words", async ({ page, signInAs, baseURL }) => {
  // Some thirty page loads, a reader's among them: about a minute on a loaded machine.
  test.setTimeout(180_000);
  await signInAs(page, "ADMIN");
  const desk = ["/desk", "/desk/claims", "/desk/claims/new", "/desk/claimants", "/desk/reanchor", "/sources", "/sources/import", "/admin/accounts", "/admin/audit", "/admin/outlet-profiles", "/account/password"];
  await page.goto("/desk/claims");
  const claim = (await page.locator("tbody a[href^='/desk/claims/']").first().getAttribute("href"))!;
  await page.goto("/sources");
  const source = (await page.locator("tbody a[href^='/sources/']").first().getAttribute("href"))!;
  const read = async (path: string) => {
    await page.goto(path);
    return { title: await page.title(), description: await page.locator('meta[name="description"]').getAttribute("content") };
  };
  const titles = new Map<string, { vi: string; en: string }>();
  for (const path of [...desk, claim, source]) {
    await page.context().addCookies([{ name: "locale", value: "vi", url: baseURL! }]);
    const vi = await read(path);
    await page.context().addCookies([{ name: "locale", value: "en", url: baseURL! }]);
    const en = await read(path);
    titles.set(path, { vi: vi.title, en: en.title });
    expect(vi.description, path).toBe("Kiểm chứng từng tuyên bố về quan hệ Nga – Triều Tiên.");
    expect(en.description, path).toBe("Fact-checking the Russia–North Korea story, claim by claim.");
  }
  // The public pages: Vietnamese at their path, English under /en.
  for (const path of ["/claims", "/corrections", "/ledger"]) titles.set(path, { vi: (await read(path)).title, en: (await read(`/en${path}`)).title });
  for (const [path, { vi, en }] of titles) {
    expect(vi, path).toMatch(/ · Claim desk$/);
    expect(en, path).toMatch(/ · Claim desk$/);
    expect(vi, `${path}: the same title in both languages`).not.toBe(en);
  }
  expect(titles.get("/admin/accounts")).toEqual({ vi: "Tài khoản · Claim desk", en: "Accounts · Claim desk" });
});
