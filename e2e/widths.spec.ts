// The top bar at real widths (a laptop, a small laptop, phones from 390 down to 320 px), for each role in both languages
// with a long name: nothing in it cut, overlapping or outside the window, its menu inside the window when open, no page
// scrolling sideways, on a phone the brand's row and two rows of links within 120 px, and every navigation link reached
// by Tab and visible while it has the focus (on a phone the links moved into the account menu, reached there); its
// counts say what they count. Then what once broke
// at a width: a long address and names in the accounts table, words in the other tables, the import preview's line
// roles on a phone.
import type { Locator, Page } from "@playwright/test";
import { test, expect, signInApi } from "./fixtures";
import { E2E_DEMO_PASSWORD } from "../playwright.config";
import { propose, researchedClaim } from "./workflow-steps";

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
  { width: 360, height: 740 },
  { width: 320, height: 640 },
] as const;

/** The phones' widths, where the bar must keep to its bounds (as e2e/layout.spec.ts's pages do). */
const PHONES = [390, 360, 320] as const;

/** A long name, as newsroom names are, with the role some put beside it: the account menu's button must hold it too. */
const LONG_NAME = "Nguyễn Thị Phương Thảo (Biên tập viên)";

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
      // (an element hidden from sight but read by screen readers, by its class or by a style a width applies)
      if (el.closest(".visually-hidden") || getComputedStyle(el).clipPath === "inset(50%)") return false;
      const rect = el.getBoundingClientRect();
      // (a transparent element is hidden from sight, as the file picker's input under its button)
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== "hidden" && getComputedStyle(el).opacity !== "0";
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

/** The rows of the main navigation's shown links, and the top bar's height. */
async function barRows(page: Page): Promise<{ rows: number; height: number }> {
  return page.evaluate(() => ({
    rows: new Set(
      [...document.querySelectorAll('nav[aria-label="main"] a')]
        .map((a) => a.getBoundingClientRect())
        .filter((rect) => rect.width > 0)
        .map((rect) => Math.round(rect.top)),
    ).size,
    height: document.querySelector<HTMLElement>(".site-header")?.offsetHeight ?? 0,
  }));
}

/** On a phone: the brand's row, then two rows of links at most, the bar 120 px at most (e2e/layout.spec.ts's bounds). */
async function phoneBarDefects(page: Page): Promise<string[]> {
  const { rows, height } = await barRows(page);
  return [...(rows > 2 ? [`the links take ${rows} rows`] : []), ...(height > 120 ? [`the top bar is ${height} px tall`] : [])];
}

async function pageScrollsSideways(page: Page): Promise<string | null> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  return scrollWidth <= innerWidth ? null : `the page is ${scrollWidth} px wide in a ${innerWidth} px window`;
}

/**
 * Tabs from the top of a fresh page through the top bar; each navigation link shown must take the focus and be seen
 * with it. A link the width hides from the navigation must be in the account menu: Tab on to its button, Enter opens
 * it, and Tab reaches the link there, seen with the focus.
 */
async function tabThroughNavigation(page: Page): Promise<string[]> {
  const links = await page.locator('nav[aria-label="main"] a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href") ?? "", shown: a.getClientRects().length > 0 })));
  const hrefs = links.filter((link) => link.shown).map((link) => link.href);
  const moved = links.filter((link) => !link.shown).map((link) => link.href);
  expect(hrefs.length, "the navigation shows links").toBeGreaterThanOrEqual(3);
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
  if (!moved.length) return defects;

  // On to the account menu's button (after the navigation in the page's order), opened by Enter.
  let onButton = false;
  for (let stop = 0; stop < 4 && !onButton; stop += 1) {
    await page.keyboard.press("Tab");
    onButton = await page.evaluate(() => document.activeElement?.matches(".account-menu summary") ?? false);
  }
  if (!onButton) return [...defects, "the account menu's button is not the next stop after the navigation"];
  await page.keyboard.press("Enter");
  await expect(page.locator(".account-menu .menu")).toBeVisible();
  const inMenu = new Set<string>();
  for (let stop = 0; stop < moved.length + 6 && inMenu.size < moved.length; stop += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLAnchorElement) || !el.closest(".account-menu .menu")) return null;
      const rect = el.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      const inWindow = rect.left >= -0.5 && rect.right <= window.innerWidth + 0.5 && rect.top >= -0.5 && rect.bottom <= window.innerHeight + 0.5;
      return { href: el.getAttribute("href") ?? "", text: (el.textContent ?? "").trim(), seen: inWindow && rect.width > 0 && Boolean(hit && el.contains(hit)) };
    });
    if (!focused) continue;
    inMenu.add(focused.href);
    if (!focused.seen) defects.push(`“${focused.text}” in the account menu has the focus but is not visible`);
  }
  for (const href of moved) if (!inMenu.has(href)) defects.push(`${href}, hidden from the navigation, is not reached by Tab in the account menu`);
  await page.keyboard.press("Escape");
  await expect(page.locator(".account-menu .menu")).toBeHidden();
  return defects;
}

for (const role of ROLES) {
  for (const locale of LOCALES) {
    test(`${role.toLowerCase()} in ${locale}: the top bar fits 1280, 1024, 390, 360 and 320 px, and Tab reaches every link`, async ({ page, makeAccount, baseURL, shot }) => {
      test.setTimeout(240_000);
      const account = await makeAccount(role, LONG_NAME);
      await signInApi(page.request, account.email, account.password);
      await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
      await page.goto("/desk/claims");
      const claim = await page.locator("tbody a[href^='/desk/claims/']").first().getAttribute("href");
      expect(claim, "the demo claims are listed").toBeTruthy();
      // /desk is loaded below, once per width, for the keyboard.
      const paths = ["/desk/claims", claim!, ...(role === "ADMIN" ? ["/admin/accounts", "/admin/outlet-profiles"] : ["/sources/import"])];

      // Each page is loaded once and measured at every width, the window resized as a reader's is: the top bar is laid
      // out by CSS alone (no script measures the window), so a resized page is laid out as one loaded at that width.
      for (const path of paths) {
        await page.setViewportSize(WIDTHS[0]);
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        for (const size of WIDTHS) {
          await page.setViewportSize(size);
          const where = `${path} at ${size.width} px`;
          expect(await barDefects(page, ".site-header"), `${where}: the top bar`).toEqual([]);
          if (size.width < 500) expect(await phoneBarDefects(page), `${where}: the top bar's rows`).toEqual([]);
          expect(await pageScrollsSideways(page), where).toBeNull();
        }
      }
      for (const size of WIDTHS) {
        // Tab starts from the top of a fresh page: /desk loaded at this width.
        await page.setViewportSize(size);
        await page.goto("/desk");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const where = `/desk at ${size.width} px`;
        expect(await barDefects(page, ".site-header"), `${where}: the top bar`).toEqual([]);
        if (size.width < 500) expect(await phoneBarDefects(page), `${where}: the top bar's rows`).toEqual([]);
        expect(await pageScrollsSideways(page), where).toBeNull();
        expect(await tabThroughNavigation(page), `keyboard at ${size.width} px`).toEqual([]);
        await shot(page, `widths-${role.toLowerCase()}-${locale}-${size.width}`);

        // The account menu, opened: its links inside the window, then closed again by Escape.
        const menu = page.locator(".account-menu");
        // The button's accessible name is the whole name and role, at every width (initials alone on a phone).
        await expect(menu.locator("summary")).toHaveAccessibleName(new RegExp(`^${LONG_NAME.replace(/[()]/g, "\\$&")} · `));
        await menu.locator("summary").click();
        await expect(menu.locator(".menu")).toBeVisible();
        // On a phone, where the button shows initials, the open menu names the person first.
        if (size.width < 500) {
          await expect(menu.locator(".account-initials")).toHaveText("NT");
          await expect(menu.locator(".menu").getByText(LONG_NAME)).toBeVisible();
        }
        expect(await barDefects(page, ".account-menu"), `the open account menu at ${size.width} px`).toEqual([]);
        await page.keyboard.press("Escape");
        await expect(menu.locator(".menu")).toBeHidden();
      }
    });
  }
}

test("the workbench link's counts say what they count, in both languages (a short word on a phone), and the top bar keeps its one row at 1280 px and its bounds on phones for each role", async ({ browser, makeAccount, baseURL, shot }) => {
  test.setTimeout(240_000);
  // Each role with a long name, made before the proposal: the reviewer and the admin are notified of it and find it to
  // review, so their counts stand beside the workbench link, the widest the bar gets.
  const accounts = { REVIEWER: await makeAccount("REVIEWER", LONG_NAME), EDITOR: await makeAccount("EDITOR", LONG_NAME), ADMIN: await makeAccount("ADMIN", LONG_NAME) };
  const proposer = await makeAccount("EDITOR");
  const proposerPage = await (await browser.newContext()).newPage();
  await signInApi(proposerPage.request, proposer.email, proposer.password);
  await researchedClaim(proposerPage, `Tàu Nga chở hàng từ cảng Rajin (${Date.now().toString(36)})`);
  await propose(proposerPage, "proposal-verdict", { verdict: "MOSTLY_CONFIRMED", summary: "Ảnh vệ tinh cho thấy tàu cập cảng.", rationale: "Theo ảnh vệ tinh của hai hãng chụp ảnh độc lập.", evidence: true });
  await expect(proposerPage.getByTestId("open-proposal")).toBeVisible();

  const words = {
    vi: { review: "chờ duyệt", notifications: "tin mới", reviewShort: "duyệt", notificationsShort: "mới" },
    en: { review: "to review", notifications: "new", reviewShort: "review", notificationsShort: "new" },
  } as const;
  for (const role of ROLES) {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await signInApi(page.request, accounts[role].email, accounts[role].password);
    for (const locale of LOCALES) {
      await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto("/desk");
      const desk = page.getByTestId("nav-desk");
      if (role !== "EDITOR") {
        // The number and the word beside it, both seen, not a bare number with its meaning in a tooltip.
        await expect(desk.getByTestId("nav-count-review")).toHaveText(new RegExp(`^\\d+ ${words[locale].review}$`));
        await expect(desk.getByTestId("nav-count-notifications")).toHaveText(new RegExp(`^\\d+ ${words[locale].notifications}$`));
        await expect(desk.locator(".visually-hidden")).toHaveCount(0);
        await expect(desk).toHaveAccessibleName(new RegExp(`${words[locale].review}.*${words[locale].notifications}`));
      }
      // One row of links at 1280 px for every role, as before the words were added: an admin's one more link too,
      // beside both counts and a long name, in Vietnamese (the widest).
      expect((await barRows(page)).rows, `${role} in ${locale}: the navigation's rows at 1280 px`).toBe(1);
      for (const width of [1280, 1024, 768, ...PHONES]) {
        await page.setViewportSize({ width, height: 800 });
        const where = `${role} in ${locale} at ${width} px`;
        if (role !== "EDITOR") {
          // The words are seen down to a small tablet; on a phone a short word stands in for each, drawn beside its
          // number, the long words still read by screen readers.
          const label = desk.getByTestId("nav-count-review").locator(".count-label");
          expect(await label.evaluate((el) => el.getBoundingClientRect().width > 1), `${where}: the word beside the count is seen`).toBe(width >= 640);
          for (const [count, short] of [
            ["nav-count-review", words[locale].reviewShort],
            ["nav-count-notifications", words[locale].notificationsShort],
          ] as const) {
            const drawn = await desk.getByTestId(count).evaluate((el) => getComputedStyle(el, "::after").content);
            if (width >= 640) expect(drawn, `${where}: no short word beside the long one`).toBe("none");
            else expect(drawn, `${where}: the short word beside ${count}`).toContain(short);
          }
          await expect(desk).toHaveAccessibleName(new RegExp(`${words[locale].review}.*${words[locale].notifications}`));
        }
        // On every phone, 320 px too, the brand's row and two rows of links within 120 px, the counts' words and the
        // long name included.
        if (width < 640) {
          expect(await phoneBarDefects(page), `${where}: the top bar's rows`).toEqual([]);
          await shot(page, `widths-counts-${role.toLowerCase()}-${locale}-${width}`);
        }
        expect(await barDefects(page, ".site-header"), `${where}: the top bar`).toEqual([]);
        expect(await pageScrollsSideways(page), where).toBeNull();
      }
    }
    await page.context().close();
  }
});

test("tables break words only at spaces and after an address's @ and dots, from 390 to 1280 px, the page never wider than the window", async ({ page, adminApi, shot }) => {
  test.setTimeout(120_000);
  // Long names and addresses, so the tables' columns compete for room.
  const stamp = Date.now().toString(36);
  for (const [i, name] of ["Nguyễn Thị Phương Thảo Reviewer", "Trần Văn Minh Khôi Editor"].entries()) {
    const created = await adminApi.post("/api/desk/accounts", { data: { email: `tai.khoan.${i}.rat.dai.cho.bang.${stamp}@toa-soan-${stamp}.example.org`, name, role: "EDITOR" } });
    expect(created.status(), "account created").toBe(200);
  }
  await signInApi(page.request, "admin@desk.example", E2E_DEMO_PASSWORD);
  for (const path of ["/admin/accounts", "/admin/audit", "/sources", "/desk/claims", "/desk/claimants"]) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const cells = page.locator("main td");
    await expect(cells.first()).toBeVisible();
    for (const width of [1280, 1024, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const where = `${path} at ${width} px`;
      expect(await pageScrollsSideways(page), where).toBeNull();
      expect(await breaksOutside(cells, " @.-/", { first: 60, skipPre: true }), where).toEqual([]);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/admin/accounts");
  await shot(page, "widths-accounts-names-1280");
});

/**
 * Where the lines of the element's text break inside one block, as "before|after" around each break that does not follow
 * one of `after` (an address may break after its "@" and dots, nowhere else).
 */
async function breaksOutside(cells: Locator, after: string, { first = 1_000_000, skipPre = false } = {}): Promise<string[]> {
  // Every cell measured in one call (a table of a few hundred accounts, one round trip each, outran the test's time).
  return cells.evaluateAll((roots, { after, first, skipPre }) => roots.slice(0, first).flatMap((root) => {
    // A preformatted record (the audit log's details) is data, not prose: it wraps where it must.
    if (skipPre && root.querySelector("pre")) return [];
    const chars: { char: string; top: number; block: Element | null; afterSpace: boolean }[] = [];
    let afterSpace = false;
    // A new block (a note under a title, a form's next row) or a box in the line (a badge) may start a line: that is no
    // break of a word.
    const blockOf = (node: Node) => {
      for (let el = node.parentElement; el; el = el.parentElement) if (getComputedStyle(el).display !== "inline") return el;
      return null;
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        // A space at the end of a line is not drawn: the next character is still at a break a person makes.
        if (rect.width > 0 || rect.height > 0) chars.push({ char: /\s/.test(text[i]!) ? " " : text[i]!, top: rect.top, block: blockOf(node), afterSpace });
        afterSpace = /\s/.test(text[i]!) || (afterSpace && !(rect.width > 0 || rect.height > 0));
      }
    }
    const text = chars.map((c) => c.char).join("");
    const bad: string[] = [];
    for (let i = 1; i < chars.length; i++) {
      if (chars[i]!.top > chars[i - 1]!.top + 2 && chars[i]!.block === chars[i - 1]!.block && !chars[i]!.afterSpace && !after.includes(chars[i - 1]!.char)) bad.push(`“${(root.textContent ?? "").trim().slice(0, 40)}”: ${text.slice(Math.max(0, i - 8), i)}|${text.slice(i, i + 8)}`);
    }
    return bad;
  }), { after, first, skipPre });
}

test("accounts: a long e-mail address breaks only after its @ and dots, and no width from 320 to 1280 px scrolls sideways", async ({ page, adminApi, baseURL, shot }) => {
  const email = `nguyen.thi.phuong.thao.reviewer@newsroom-${Date.now().toString(36)}.example.org`;
  const created = await adminApi.post("/api/desk/accounts", { data: { email, name: "Nguyễn Thị Phương Thảo", role: "REVIEWER" } });
  expect(created.status(), "account created").toBe(200);
  await signInApi(page.request, "admin@desk.example", E2E_DEMO_PASSWORD);
  for (const locale of LOCALES) {
    await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    // One load per language, the window then narrowed step by step: the table is laid out by CSS alone.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/admin/accounts");
    const cell = `[data-testid="account-${email}"] td:nth-child(2)`;
    await expect(page.locator(cell)).toHaveText(email);
    for (const width of [1280, 1024, 768, 390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await pageScrollsSideways(page), `${locale} at ${width} px`).toBeNull();
      expect(await breaksOutside(page.locator(cell), "@."), `${locale} at ${width} px`).toEqual([]);
      // Names break at their spaces only (breaking anywhere once gave "Demo Review|er" at 1280 px).
      expect(await breaksOutside(page.locator("tbody td:first-child"), " "), `${locale} at ${width} px: the names`).toEqual([]);
      if (width === 1024) await shot(page, `widths-accounts-${locale}-1024`);
    }
    // Deactivating from the keyboard at the narrowest width: the question and its two answers are seen whole, not cut
    // at the edge of the table that scrolls sideways.
    await page.getByTestId(`account-${email}`).getByRole("button", { name: locale === "vi" ? "Vô hiệu hoá" : "Deactivate" }).focus();
    await page.keyboard.press("Enter");
    const question = page.getByTestId(`account-${email}`).locator(".confirm");
    await expect(question.getByRole("button").first()).toBeFocused();
    expect(await cutOff(page, `[data-testid="account-${email}"] .confirm`), `${locale}: the deactivation question at 320 px`).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(question).toHaveCount(0);
  }
});

/** The elements under `selector` (and it) not wholly inside the window and every ancestor box that clips them. */
async function cutOff(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const out: string[] = [];
    for (const el of [root, ...root.querySelectorAll("*")]) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0) continue;
      const what = `${el.tagName.toLowerCase()} “${(el.textContent ?? "").trim().slice(0, 30)}”`;
      if (rect.left < -0.5 || rect.right > window.innerWidth + 0.5) out.push(`${what} outside the window`);
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX === "visible") continue;
        const box = up.getBoundingClientRect();
        if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) out.push(`${what} cut by ${up.tagName.toLowerCase()}`);
      }
    }
    return out;
  });
}

/** Elements under `selector` that reach outside the window without a box that scrolls them (a wide table's). */
async function outsideWindow(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const out: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || (rect.left >= -0.5 && rect.right <= window.innerWidth + 0.5)) continue;
      let scrolled = false;
      for (let up = el.parentElement; up && up !== root; up = up.parentElement) if (getComputedStyle(up).overflowX !== "visible") scrolled = true;
      if (!scrolled) out.push(`${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? "").trim().slice(0, 40)}” (${Math.round(rect.left)}–${Math.round(rect.right)} of ${window.innerWidth})`);
    }
    return out.slice(0, 10);
  });
}

test("import: a saved page's preview, its line roles and their long lines, fits a phone's 320 and 390 px", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/sources/import");
  await page.getByLabel("Hoặc tải tệp lên").setInputFiles("fixtures/captures/bbc-1.html");
  await page.getByRole("button", { name: "Xem trước" }).click();
  const card = page.getByTestId("preview-card");
  await expect(card.getByTestId("line-role").first()).toBeVisible();
  await expect(card.getByTestId("line-role").getByText(/https:\/\/www\.bbc\.com/)).toBeVisible();
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await outsideWindow(page, "main"), `at ${width} px`).toEqual([]);
    expect(await pageScrollsSideways(page), `at ${width} px`).toBeNull();
  }
  await card.locator(".line-roles").scrollIntoViewIfNeeded();
  await shot(page, "widths-import-line-roles-320");
});

test("import: the file picker, its button and a long chosen file's name, fits every width from 320 to 1280 px in both languages", async ({ page, signInAs, baseURL, shot }) => {
  test.setTimeout(90_000);
  await signInAs(page, "EDITOR");
  const words = {
    vi: { label: "Hoặc tải tệp lên", button: "Chọn tệp", none: "Chưa chọn tệp nào.", preview: "Xem trước" },
    en: { label: "Or upload files", button: "Choose files", none: "No file chosen.", preview: "Preview" },
  } as const;
  // A newsroom's saved page keeps its headline in its name, joined by underscores: one long word to the browser.
  const name = "BBC_Tieng_Viet_Trieu_Tien_chuyen_container_dan_phao_sang_Nga_qua_cang_Rajin_20231104.html";
  for (const locale of LOCALES) {
    await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/sources/import");
    const input = page.getByLabel(words[locale].label);
    const picker = page.locator(".file-picker");
    await expect(picker.getByText(words[locale].button, { exact: true })).toBeVisible();
    await expect(picker).toContainText(words[locale].none);
    // The hidden input is the keyboard's stop before the preview button, and its button shows the focus.
    await page.getByRole("button", { name: words[locale].preview, exact: true }).focus();
    await page.keyboard.press("Shift+Tab");
    await expect(input).toBeFocused();
    expect(await picker.locator("label.button").evaluate((el) => getComputedStyle(el).outlineStyle), `${locale}: the focused picker's button is outlined`).not.toBe("none");
    await input.setInputFiles({ name, mimeType: "text/html", buffer: Buffer.from("<html><body><h1>Tin</h1><p>Nội dung.</p></body></html>") });
    await expect(picker).toContainText(name);
    for (const width of [1280, 1024, 768, 390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const where = `${locale} at ${width} px`;
      expect(await barDefects(page, ".file-picker"), where).toEqual([]);
      expect(await outsideWindow(page, "main"), where).toEqual([]);
      expect(await pageScrollsSideways(page), where).toBeNull();
    }
    await picker.scrollIntoViewIfNeeded();
    await shot(page, `widths-file-picker-${locale}-320`);
  }
});
