// An admin corrects and deletes an outlet profile with the keyboard alone (Tab, Shift+Tab, Enter, Escape), at a
// laptop's width and a phone's, in both languages: every control is reached, the keyboard keeps its place after a
// save and after a delete, a delete asks first, and what was done is said where the focus lands.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const LABELS = {
  vi: { furniture: "Mẫu dòng thành phần trang (mỗi dòng một mẫu)", dateHints: "Mẫu dòng ngày đăng (mỗi dòng một mẫu)", save: "Lưu hồ sơ", delete: "Xoá hồ sơ", confirm: "Xoá", cancel: "Huỷ", saved: "Đã lưu hồ sơ.", deleted: "Đã xoá hồ sơ" },
  en: { furniture: "Furniture line patterns (one per line)", dateHints: "Date line patterns (one per line)", save: "Save the profile", delete: "Delete the profile", confirm: "Delete", cancel: "Cancel", saved: "Profile saved.", deleted: "Profile deleted" },
} as const;

/** An editor's import that marks the outlet's banner as furniture: the importer learns a profile for that outlet. */
async function teachProfile(page: Page, outlet: string, tag: string) {
  const banner = `Đọc báo in mỗi sáng cùng ứng dụng ${outlet}`;
  const headline = `Tỉnh đón đoàn doanh nghiệp Nga ${tag}`;
  const text = [banner, "", headline, "", `(${outlet}) - Đoàn công tác của tỉnh đã làm việc với đối tác Nga về dự án cảng biển hôm thứ Năm (${tag}).`].join("\n");
  await page.goto("/sources/import");
  await page.getByLabel("Văn bản", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Xem trước" }).click();
  await page.getByRole("combobox", { name: `Vai trò của dòng “${banner}”` }).selectOption("furniture");
  await expect(page.getByTestId("preview-card").getByLabel("Tiêu đề", { exact: true })).toHaveValue(headline);
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(page.getByRole("heading", { name: /^Đã lưu 1 nguồn/ })).toBeVisible();
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid") ?? document.activeElement?.tagName);

const CASES = [
  { locale: "vi", width: 1280, height: 800, outlet: "Báo Lào Cai" },
  { locale: "en", width: 1280, height: 800, outlet: "Báo Gia Lai" },
  { locale: "vi", width: 390, height: 844, outlet: "Báo Cà Mau" },
  { locale: "en", width: 390, height: 844, outlet: "Báo Lai Châu" },
] as const;

for (const { locale, width, height, outlet } of CASES) {
  test(`${locale} at ${width} px: an outlet profile is saved and deleted by keyboard, the focus kept and each answer said`, async ({ page, signInAs, baseURL, shot }) => {
    test.setTimeout(120_000);
    const tag = `e2e-outlet-${locale}-${width}-${Date.now().toString(36)}`;
    await signInAs(page, "EDITOR");
    await teachProfile(page, outlet, tag);
    await page.context().clearCookies();
    await signInAs(page, "ADMIN");
    await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    await page.setViewportSize({ width, height });
    const words = LABELS[locale];
    await page.goto("/admin/outlet-profiles");
    const profile = page.getByTestId("outlet-profile").filter({ has: page.getByRole("heading", { name: outlet, exact: true }) });
    const furniture = profile.getByLabel(words.furniture);
    await expect(furniture).toHaveValue(/ung dung bao/);

    // Tab reaches both fields and both buttons, in order; Shift+Tab walks back.
    await furniture.focus();
    await page.keyboard.press("End");
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Tin liên quan");
    await page.keyboard.press("Tab");
    await expect(profile.getByLabel(words.dateHints)).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(profile.getByRole("button", { name: words.save })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(profile.getByRole("button", { name: words.delete })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(profile.getByRole("button", { name: words.save })).toBeFocused();

    // Saved by Enter: the answer is said, and the focus stays in this profile, on that answer.
    await page.keyboard.press("Enter");
    const saved = profile.getByRole("status");
    await expect(saved).toHaveText(words.saved);
    await expect(saved).toBeFocused();
    await expect(profile.getByLabel(words.furniture)).toHaveValue(/tin lien quan$/);
    await shot(page, `outlet-profile-saved-${locale}-${width}`);
    // From the answer, Tab goes on through the form again.
    await page.keyboard.press("Tab");
    await expect(profile.getByLabel(words.furniture)).toBeFocused();

    // Delete asks first; Escape takes the question back to the button it came from.
    await profile.getByRole("button", { name: words.delete }).focus();
    await page.keyboard.press("Enter");
    const confirm = profile.getByRole("button", { name: words.confirm, exact: true });
    await expect(confirm).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(profile.getByRole("button", { name: words.cancel })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expect(profile.getByRole("button", { name: words.delete })).toBeFocused();
    await page.keyboard.press("Space");
    await expect(confirm).toBeFocused();
    await shot(page, `outlet-profile-delete-asks-${locale}-${width}`);
    await page.keyboard.press("Enter");

    // The profile is gone; the page says so where the focus now is, not at the top of an empty document.
    await expect(profile).toHaveCount(0);
    const deleted = page.getByTestId("outlet-profile-deleted");
    await expect(deleted).toHaveText(new RegExp(`${words.deleted}.*${outlet}`));
    await expect(deleted).toHaveAttribute("role", "status");
    await expect(deleted).toBeFocused();
    expect(await focusedTestId(page)).toBe("outlet-profile-deleted");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, `outlet-profile-deleted-${locale}-${width}`);
  });
}
