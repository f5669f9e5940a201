// A colleague forgot their password: an admin resets it on the accounts screen by keyboard, the colleague signs in
// with the one-time password, must replace it, and then works; their earlier session ended at the reset.
import { test, expect, signInApi } from "./fixtures";

test("an admin resets a forgotten password by keyboard; the one-time password signs in, must be replaced, then the desk opens", async ({ page, signInAs, makeAccount, browser, baseURL, shot }) => {
  await signInAs(page, "ADMIN");
  const colleague = await makeAccount("REVIEWER", "Đỗ Thu Hà");
  const earlier = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.241" } });
  await signInApi(earlier.request, colleague.email, colleague.password);
  const earlierPage = await earlier.newPage();
  await earlierPage.goto("/desk");
  await expect(earlierPage.getByRole("heading", { name: "Bàn làm việc" })).toBeVisible();

  await page.goto("/admin/accounts");
  const row = page.getByTestId(`account-${colleague.email}`);
  const reset = row.getByRole("button", { name: "Đặt lại mật khẩu" });
  // Asked first; Escape takes the question back and the keyboard to the button it came from.
  await reset.focus();
  await page.keyboard.press("Enter");
  const confirm = row.getByRole("button", { name: "Đặt lại và hiện mật khẩu" });
  await expect(confirm).toBeFocused();
  await expect(row.getByRole("group", { name: new RegExp(`Đặt lại mật khẩu của ${colleague.email}`) })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: "Huỷ" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(reset).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Enter");
  const shown = row.getByTestId("password-reset");
  await expect(shown).toBeFocused();
  const secret = shown.getByTestId("one-time-password");
  await expect(secret).toHaveText(/^[A-Za-z0-9]{16}$/);
  const oneTimePassword = (await secret.textContent())!;
  await expect(row).toContainText("một lần");
  await shot(page, "admin-password-reset");
  await page.keyboard.press("Tab");
  await expect(shown.getByRole("button", { name: "Đã sao chép, ẩn đi" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(secret).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Đặt lại mật khẩu" })).toBeFocused();

  // The session the colleague had is over, and the old password no longer opens the desk.
  await earlierPage.goto("/desk", { waitUntil: "commit" }).catch(() => undefined);
  await expect(earlierPage).toHaveURL(/\/sign-in/);
  await earlier.close();

  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.242" } });
  const colleaguePage = await context.newPage();
  await colleaguePage.goto("/sign-in");
  await colleaguePage.getByLabel("Email").fill(colleague.email);
  await colleaguePage.getByLabel("Mật khẩu").fill(oneTimePassword);
  await colleaguePage.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(colleaguePage).toHaveURL(/\/account\/password\?required=1$/);
  await colleaguePage.goto("/desk", { waitUntil: "commit" }).catch(() => undefined);
  await expect(colleaguePage).toHaveURL(/\/account\/password\?required=1$/);
  await colleaguePage.getByLabel("Mật khẩu hiện tại").fill(oneTimePassword);
  await colleaguePage.getByLabel("Mật khẩu mới", { exact: true }).fill("remembered this time");
  await colleaguePage.getByLabel("Nhập lại mật khẩu mới").fill("remembered this time");
  await colleaguePage.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(colleaguePage.getByText("Đã đổi mật khẩu.")).toBeVisible();
  await colleaguePage.goto("/desk", { waitUntil: "commit" }).catch(() => undefined);
  await expect(colleaguePage.getByRole("heading", { name: "Bàn làm việc" })).toBeVisible();
  await context.close();

  // The audit log names who reset whom.
  await page.goto("/admin/audit?action=account.resetPassword");
  await expect(page.getByRole("cell", { name: "Đặt lại mật khẩu" }).first()).toBeVisible();
});
