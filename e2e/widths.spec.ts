// The top bar at real widths (a laptop, a small laptop, a phone), for each role in both languages: nothing in it cut,
// overlapping or outside the window, its menu inside the window when open, no page scrolling sideways, and every
// navigation link reached by Tab and visible while it has the focus.
import type { Page } from "@playwright/test";
import { test, expect, signInApi } from "./fixtures";

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

const ROLES = ["EDITOR", "REVIEWER", "ADMIN"] as const;
const LOCALES = ["vi", "en"] as const;

/**
 * What is wrong with the rendered elements under `selector`: each one shown must lie inside the window, inside every
 * ancestor that clips it, show all of its own text, and the navigation's links must not overlap one another.
 */
async function barDefects(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const defects: string[] = [];
    const root = document.querySelector<HTMLElement>(selector);
    if (!root) return [`${selector} is missing`];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""} “${(el.textContent ?? "").trim().slice(0, 30)}”`;
    const shown = (el: Element) => {
      if (el.closest(".visually-hidden")) return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const clips = (el: Element) => getComputedStyle(el).overflowX !== "visible" || getComputedStyle(el).overflowY !== "visible";
    for (const el of [root, ...root.querySelectorAll("*")]) {
      if (!shown(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.left < -0.5 || rect.right > window.innerWidth + 0.5 || rect.top < -0.5) defects.push(`${name(el)} lies outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${window.innerWidth})`);
      if (clips(el) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) defects.push(`${name(el)} cuts its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (!clips(up)) continue;
        const box = up.getBoundingClientRect();
        if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) defects.push(`${name(el)} is cut by ${name(up)}`);
      }
    }
    const links = [...root.querySelectorAll('nav[aria-label="main"] a')].map((a) => ({ a, rect: a.getBoundingClientRect() }));
    for (const [i, one] of links.entries()) {
      for (const other of links.slice(i + 1)) {
        const overlap = one.rect.left < other.rect.right - 0.5 && other.rect.left < one.rect.right - 0.5 && one.rect.top < other.rect.bottom - 0.5 && other.rect.top < one.rect.bottom - 0.5;
        if (overlap) defects.push(`${name(one.a)} overlaps ${name(other.a)}`);
      }
    }
    return defects;
  }, selector);
}

async function pageScrollsSideways(page: Page): Promise<string | null> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  return scrollWidth <= innerWidth ? null : `the page is ${scrollWidth} px wide in a ${innerWidth} px window`;
}

/** Tabs from the top of a fresh page through the top bar; each navigation link must take the focus and be seen with it. */
async function tabThroughNavigation(page: Page): Promise<string[]> {
  const hrefs = await page.locator('nav[aria-label="main"] a').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length, "the navigation has links").toBeGreaterThanOrEqual(3);
  const reached = new Set<string>();
  const defects: string[] = [];
  // The skip link and the brand come first; a few stops more than the links leave room for them.
  for (let stop = 0; stop < hrefs.length + 6 && reached.size < hrefs.length; stop += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLAnchorElement) || !el.closest('nav[aria-label="main"]')) return null;
      const rect = el.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      const inWindow = rect.left >= -0.5 && rect.right <= window.innerWidth + 0.5 && rect.top >= -0.5 && rect.bottom <= window.innerHeight + 0.5;
      return { href: el.getAttribute("href") ?? "", text: (el.textContent ?? "").trim(), seen: inWindow && rect.width > 0 && Boolean(hit && el.contains(hit)) };
    });
    if (!focused) continue;
    reached.add(focused.href);
    if (!focused.seen) defects.push(`“${focused.text}” has the focus but is not visible`);
  }
  for (const href of hrefs) if (!reached.has(href)) defects.push(`${href} is not reached by Tab`);
  return defects;
}

for (const role of ROLES) {
  for (const locale of LOCALES) {
    test(`${role.toLowerCase()} in ${locale}: the top bar fits 1280, 1024 and 390 px, and Tab reaches every link`, async ({ page, makeAccount, baseURL, shot }) => {
      test.setTimeout(180_000);
      // A long name, as newsroom names are: the account menu's button must hold it too.
      const account = await makeAccount(role, "Nguyễn Thị Phương Thảo");
      await signInApi(page.request, account.email, account.password);
      await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
      await page.goto("/desk/claims");
      const claim = await page.locator("tbody a[href^='/desk/claims/']").first().getAttribute("href");
      expect(claim, "the demo claims are listed").toBeTruthy();
      const paths = ["/desk", "/desk/claims", claim!, ...(role === "ADMIN" ? ["/admin/accounts", "/admin/outlet-profiles"] : ["/sources/import"])];

      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        for (const path of paths) {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          const where = `${path} at ${size.width} px`;
          expect(await barDefects(page, ".site-header"), `${where}: the top bar`).toEqual([]);
          expect(await pageScrollsSideways(page), where).toBeNull();
        }
        // The account menu, opened: its links inside the window, then closed again by Escape.
        const menu = page.locator(".account-menu");
        await menu.locator("summary").click();
        await expect(menu.locator(".menu")).toBeVisible();
        expect(await barDefects(page, ".account-menu"), `the open account menu at ${size.width} px`).toEqual([]);
        await page.keyboard.press("Escape");
        await expect(menu.locator(".menu")).toBeHidden();

        await page.goto("/desk");
        expect(await tabThroughNavigation(page), `keyboard at ${size.width} px`).toEqual([]);
        await shot(page, `widths-${role.toLowerCase()}-${locale}-${size.width}`);
      }
    });
  }
}
