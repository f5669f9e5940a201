// Signing in and out, what each role sees, throttling and deactivation, in a real Chromium.
import { test, expect, uniqueIp } from "./fixtures";

test("a signed-out visitor of the workbench goes to sign-in, then back to the page asked for", async ({ page, makeAccount, shot }) => {
  const admin = await makeAccount("ADMIN");
  await page.goto("/admin/accounts");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Faccounts/);
  await expect(page.getByRole("heading", { name: "Đăng nhập bàn làm việc" })).toBeVisible();
  await shot(page, "sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Mật khẩu").fill(admin.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/admin\/accounts$/);
  await expect(page.getByRole("heading", { name: "Tài khoản", exact: true })).toBeVisible();
});

for (const [role, roleLabel, seesAdmin] of [
  ["EDITOR", "Biên tập viên", false],
  ["REVIEWER", "Người duyệt", false],
  ["ADMIN", "Quản trị", true],
] as const) {
  test(`a ${role.toLowerCase()} sees the workbench${seesAdmin ? " and the admin pages" : " but no admin links"}`, async ({ page, signInAs, shot }) => {
    const account = await signInAs(page, role);
    await page.goto("/desk");
    await expect(page.getByRole("heading", { name: "Bàn làm việc" })).toBeVisible();
    await expect(page.getByText(`Đã đăng nhập: ${account.name} (${roleLabel}).`)).toBeVisible();
    const nav = page.getByRole("navigation", { name: "main" });
    await expect(nav.getByRole("link", { name: "Quản trị" })).toHaveCount(seesAdmin ? 1 : 0);
    if (seesAdmin) {
      await nav.getByRole("link", { name: "Quản trị" }).click();
      const section = page.getByRole("navigation", { name: "Mục này" });
      await expect(section.getByRole("link", { name: "Tài khoản" })).toHaveAttribute("aria-current", "page");
      await expect(section.getByRole("link", { name: "Nhật ký kiểm toán" })).toBeVisible();
    }
    await shot(page, `desk-${role.toLowerCase()}`);
  });
}

test("an editor is refused the admin pages with 403", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  for (const path of ["/admin/accounts", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Không được phép" })).toBeVisible();
  }
  const csv = await page.request.get("/admin/audit/csv");
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toContain("auth.signIn");
  await shot(page, "forbidden");
});

test("a wrong password is refused with one clear message and the e-mail is kept", async ({ page, makeAccount }) => {
  const editor = await makeAccount("EDITOR");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Mật khẩu").fill("not the password");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  const alert = page.locator(".notice.error");
  await expect(alert).toHaveText("Sai email hoặc mật khẩu.");
  await expect(alert).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveValue(editor.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("after 10 failures the account is throttled, even with the right password", async ({ browser, makeAccount, baseURL }, testInfo) => {
  const editor = await makeAccount("EDITOR");
  // Guesses come from many addresses: the per-account limit must hold on its own.
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Mật khẩu").fill(`guess ${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator(".notice.error")).toHaveText("Sai email hoặc mật khẩu.");
    await context.close();
  }
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Mật khẩu").fill(editor.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator(".notice.error")).toHaveText("Đăng nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại.");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

test("signing out ends the session", async ({ page, signInAs, shot }) => {
  await signInAs(page, "REVIEWER");
  await page.goto("/desk");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByText("Bạn đã đăng xuất.")).toBeVisible();
  await shot(page, "signed-out");
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdesk/);
});

test("a deactivated account's live session stops at its next request, and it cannot sign in again", async ({ page, signInAs, adminApi }) => {
  const editor = await signInAs(page, "EDITOR");
  await page.goto("/desk");
  await expect(page.getByRole("heading", { name: "Bàn làm việc" })).toBeVisible();
  const response = await adminApi.patch(`/api/desk/accounts/${editor.id}`, { data: { isActive: false } });
  expect(response.status()).toBe(200);
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Mật khẩu").fill(editor.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator(".notice.error")).toHaveText("Sai email hoặc mật khẩu.");
  const api = await page.request.post("/api/desk/account/password", { data: {} });
  expect(api.status()).toBe(401);
});

test("the interface switches to English and remembers it", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the workbench" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in to the workbench" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { name: "Đăng nhập bàn làm việc" })).toBeVisible();
});
