// Steps in the reader shared by the reader and day-loop specs: opening a demo article, the page's selection.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The demo article where Washington's allegation is highlighted, opened from its claim. */
export async function openAllegationSource(page: Page) {
  await page.goto("/desk/claims?q=trieu tien cung cap dan duoc cho nga");
  await page.locator("tbody a").first().click();
  await page.getByTestId("appearance").getByRole("link").first().click();
  await page.waitForURL(/\/sources\/[0-9a-f-]{36}/);
  await expect(page.getByTestId("claim-panel")).toBeVisible();
}

/** What the page has selected now, as the reader's toolbar and C/A/E read it. */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString().trim() ?? "");
}

/** Moves the sentence cursor with J until the selection starts with `prefix` (at most `limit` presses); the presses made. */
export async function cursorTo(page: Page, prefix: string, limit = 200): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("j");
    if ((await selectedText(page)).startsWith(prefix)) return presses;
  }
  throw new Error(`no sentence starts with: ${prefix}`);
}
