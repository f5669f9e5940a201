// Signing in and out, what each role sees, throttling and deactivation, in a real Chromium.
import type { APIRequestContext } from "@playwright/test";
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

/** One sign-in through the credentials callback, as the form posts it: its redirect (to the desk, or back with a code). */
async function trySignIn(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string | undefined, ip: string, email: string, password: string): Promise<string> {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
  await api.dispose();
  return response.headers().location ?? "";
}

test("ten wrong passwords from ten addresses do not lock the right password out of a clean address", async ({ browser, makeAccount, baseURL, playwright }, testInfo) => {
  const admin = await makeAccount("ADMIN");
  const attackers = Array.from({ length: 10 }, () => uniqueIp(testInfo.workerIndex));
  for (const ip of attackers) expect(await trySignIn(playwright, baseURL, ip, admin.email, "a wrong guess")).toContain("code=credentials");
  // An address that took part in the attack is locked out, even with the right password …
  expect(await trySignIn(playwright, baseURL, attackers[0]!, admin.email, admin.password)).toContain("code=rate_limited");
  // … the owner, from an address with no failures, signs in through the form.
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Mật khẩu").fill(admin.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("heading", { name: "Bàn làm việc" })).toBeVisible();
  await context.close();
});

test("an address that keeps failing is slowed down", async ({ makeAccount, baseURL, playwright }, testInfo) => {
  const editor = await makeAccount("EDITOR");
  const ip = uniqueIp(testInfo.workerIndex);
  // Ten guesses at once from one address: they are checked one at a time, and after the third failure the
  // next ones arrive within the address's wait (1 s, then growing) and are refused unchecked.
  const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => trySignIn(playwright, baseURL, ip, editor.email, `guess ${i}`)));
  const codes = answers.map((location) => /code=(\w+)/.exec(location)?.[1]);
  expect(codes.filter((code) => code === "credentials").length).toBeGreaterThanOrEqual(3);
  expect(codes.filter((code) => code === "slow_down").length).toBeGreaterThanOrEqual(1);
  expect(codes.every((code) => code === "credentials" || code === "slow_down")).toBe(true);
});

for (const callbackUrl of ["/%09/evil.example", "/%0A/evil.example", "//evil.example", "/%5C/evil.example", "https://evil.example/desk"]) {
  test(`sign-in with callbackUrl=${callbackUrl} lands on the workbench, never elsewhere`, async ({ page, makeAccount }) => {
    const editor = await makeAccount("EDITOR");
    const response = await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    expect(response?.status()).toBe(200);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Mật khẩu").fill(editor.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/desk$/);
    await expect(page.getByRole("heading", { name: "Bàn làm việc" })).toBeVisible();
    // Signed in, the sign-in page sends the same value to the desk too, without a 500.
    const again = await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    expect(again?.status()).toBe(200);
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/desk$/);
  });
}

test("a non-ASCII return address is kept, encoded, without a 500", async ({ page, makeAccount }) => {
  const editor = await makeAccount("EDITOR");
  const response = await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/desk/claims?q=Việt")}`);
  expect(response?.status()).toBe(200);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Mật khẩu").fill(editor.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\?q=Vi%E1%BB%87t$/);
});

test("signing out ends the session everywhere: a copied cookie stops working", async ({ browser, baseURL, signInAs }, testInfo) => {
  const first = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const page = await first.newPage();
  await signInAs(page, "EDITOR");
  const copied = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await copied.addCookies(await first.cookies());
  const thief = await copied.newPage();
  await thief.goto("/desk");
  await expect(thief.getByRole("heading", { name: "Bàn làm việc" })).toBeVisible();
  await page.goto("/desk");
  await page.locator(".account-menu summary").click();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByText("Bạn đã đăng xuất.")).toBeVisible();
  await thief.goto("/desk");
  await expect(thief).toHaveURL(/\/sign-in\?callbackUrl=%2Fdesk/);
  expect(await (await thief.request.get("/api/auth/session")).json()).toBeNull();
  await first.close();
  await copied.close();
});

test("signing out ends the session", async ({ page, signInAs, shot }) => {
  await signInAs(page, "REVIEWER");
  await page.goto("/desk");
  await page.locator(".account-menu summary").click();
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
