// The admin's account screens and audit log, and a new colleague's first sign-in.
import { test, expect, replaceOneTimePassword, signInApi, uniqueIp } from "./fixtures";
import { propose, researchedClaim } from "./workflow-steps";

test("an admin creates an account; its one-time password signs in once and must be replaced", async ({ page, signInAs, browser, baseURL, shot }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/admin/accounts");
  const email = `new-${Date.now().toString(36)}@desk.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Họ tên").fill("Nguyễn Thị Lan");
  await page.getByRole("combobox", { name: "Vai trò", exact: true }).selectOption("REVIEWER");
  // Sent by the keyboard: the focus goes to the new password, the next Tab to its button, which hides it and takes
  // the keyboard back to the first field.
  await page.getByRole("button", { name: "Tạo tài khoản" }).focus();
  await page.keyboard.press("Enter");
  const secret = page.getByTestId("one-time-password");
  await expect(secret).toHaveText(/^[A-Za-z0-9]{16}$/);
  await expect(page.getByTestId("account-created")).toBeFocused();
  const oneTimePassword = (await secret.textContent())!;
  await expect(page.getByTestId(`account-${email}`)).toContainText("Nguyễn Thị Lan");
  await shot(page, "admin-accounts");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Đã sao chép, ẩn đi" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(secret).toHaveCount(0);
  await expect(page.getByLabel("Email")).toBeFocused();

  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.250" } });
  const newcomer = await context.newPage();
  await newcomer.goto("/sign-in");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Mật khẩu").fill(oneTimePassword);
  await newcomer.getByRole("button", { name: "Đăng nhập" }).click();
  // Nothing else opens until the one-time password is replaced.
  await expect(newcomer).toHaveURL(/\/account\/password\?required=1$/);
  await expect(newcomer.getByText("Bạn đã đăng nhập bằng mật khẩu một lần.")).toBeVisible();
  for (const path of ["/desk", "/desk/claims", "/sources/import", "/admin/accounts"]) {
    // The redirect may come while the page streams, which ends the first navigation early: the URL decides.
    await newcomer.goto(path, { waitUntil: "commit" }).catch(() => undefined);
    await expect(newcomer).toHaveURL(/\/account\/password\?required=1$/);
  }
  const refused = await newcomer.request.get("/api/desk/claims/similar?q=tin");
  expect(refused.status()).toBe(403);
  await newcomer.getByLabel("Mật khẩu hiện tại").fill(oneTimePassword);
  await newcomer.getByLabel("Mật khẩu mới", { exact: true }).fill("short");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("different");
  await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(newcomer.locator('[id^="field-newPassword-"][id$="-error"]')).toHaveText("Ít nhất 12 ký tự.");
  await expect(newcomer.locator('[id^="field-confirmPassword-"][id$="-error"]')).toBeVisible();
  await expect(newcomer.getByLabel("Mật khẩu hiện tại")).toHaveValue(oneTimePassword);
  await newcomer.getByLabel("Mật khẩu mới", { exact: true }).fill("my own long password");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("my own long password");
  await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(newcomer.getByText("Đã đổi mật khẩu.")).toBeVisible();
  // Still signed in (a fresh session was issued), and the banner is gone.
  await newcomer.goto("/desk", { waitUntil: "commit" }).catch(() => undefined);
  await expect(newcomer.getByRole("heading", { name: "Bàn làm việc" })).toBeVisible();
  await expect(newcomer).toHaveURL(/\/desk$/);
  await expect(newcomer.getByText("Bạn đang dùng mật khẩu một lần.")).toHaveCount(0);
  await context.close();
});

test("a refused form keeps what was typed and marks the field", async ({ page, signInAs }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/admin/accounts");
  await page.getByLabel("Email").fill("not-an-address");
  await page.getByLabel("Họ tên").fill("Trần Văn Minh");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();
  await expect(page.locator('[id^="field-email-"][id$="-error"]')).toHaveText("Hãy nhập một địa chỉ email hợp lệ.");
  await expect(email).toHaveValue("not-an-address");
  await expect(page.getByLabel("Họ tên")).toHaveValue("Trần Văn Minh");
});

test("an admin changes a role and deactivates an account; both appear in the audit log", async ({ page, signInAs, makeAccount, shot }) => {
  await signInAs(page, "ADMIN");
  const editor = await makeAccount("EDITOR", "Phạm Quang Huy");
  await page.goto("/admin/accounts");
  const row = page.getByTestId(`account-${editor.email}`);
  // Both ask first and say what they did.
  await expect(row.getByRole("button", { name: "Đổi vai trò" })).toBeDisabled();
  await row.getByRole("combobox").selectOption("REVIEWER");
  await row.getByRole("button", { name: "Đổi vai trò" }).click();
  await expect(row.getByRole("group")).toContainText(`Đổi vai trò của ${editor.email} thành Người duyệt?`);
  await expect(row.getByRole("button", { name: "Xác nhận" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("status")).toHaveText(`Đã đổi vai trò của ${editor.email} thành Người duyệt.`);
  await expect(row.getByRole("combobox")).toHaveValue("REVIEWER");
  await row.getByRole("button", { name: "Vô hiệu hoá" }).click();
  await expect(row.getByRole("group")).toContainText(`Vô hiệu hoá ${editor.email}?`);
  await row.getByRole("button", { name: "Huỷ" }).click();
  await expect(row.getByText("Đang hoạt động")).toBeVisible();
  await row.getByRole("button", { name: "Vô hiệu hoá" }).click();
  await row.getByRole("group").getByRole("button", { name: "Vô hiệu hoá" }).click();
  await expect(row.getByRole("status").filter({ hasText: "Đã vô hiệu hoá" })).toHaveText(`Đã vô hiệu hoá ${editor.email}.`);
  await expect(row.getByText("Đã vô hiệu hoá", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId(`account-${editor.email}`).getByRole("combobox")).toHaveValue("REVIEWER");

  // The log reads in the reader's language: actions named, the account by its name, the change old → new.
  await page.goto("/admin/audit");
  await page.getByLabel("Loại đối tượng").selectOption("User");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/objectType=User/);
  const roleChange = page.getByTestId("audit-event").filter({ hasText: "Đổi vai trò" }).filter({ hasText: editor.email }).first();
  await expect(roleChange).toContainText("Phạm Quang Huy");
  await expect(roleChange.locator("del")).toHaveText("EDITOR");
  await expect(roleChange.locator("ins")).toHaveText("REVIEWER");
  await expect(page.getByTestId("audit-event").filter({ hasText: "Vô hiệu hoá tài khoản" }).filter({ hasText: editor.email }).first()).toBeVisible();
  await shot(page, "admin-audit");

  // The same events as CSV, for a spreadsheet.
  const csv = await page.request.get("/admin/audit/csv?objectType=User&action=account.changeRole");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain('"account.changeRole","Đổi vai trò","User"');
  expect(text).toContain(`role: EDITOR → REVIEWER`);
  expect(text).toContain(editor.email);
});

test("an admin unlocks an account that failing addresses had locked; the unlock is audited", async ({ page, signInAs, makeAccount, playwright, baseURL }, testInfo) => {
  await signInAs(page, "ADMIN");
  const editor = await makeAccount("EDITOR");
  /** The credentials callback's redirect: to the desk, or back to sign-in with the refusal's code. */
  const tryPassword = async (ip: string, password: string): Promise<string> => {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: editor.email, password }, maxRedirects: 0 });
    await api.dispose();
    return response.headers().location ?? "";
  };
  const ips = Array.from({ length: 10 }, () => uniqueIp(testInfo.workerIndex));
  for (const ip of ips) expect(await tryPassword(ip, "a wrong guess")).toContain("error=");
  expect(await tryPassword(ips[0]!, editor.password)).toContain("code=rate_limited");

  await page.goto("/admin/accounts");
  const row = page.getByTestId(`account-${editor.email}`);
  await expect(row.getByText("đăng nhập bị khóa do sai nhiều lần")).toBeVisible();
  await row.getByRole("button", { name: "Mở khóa đăng nhập" }).click();
  await expect(row.getByText("đăng nhập bị khóa do sai nhiều lần")).toHaveCount(0);
  expect(await tryPassword(ips[0]!, editor.password)).not.toContain("error=");
  await page.goto(`/admin/audit?objectType=User`);
  await expect(page.getByTestId("audit-event").filter({ hasText: "Mở khóa đăng nhập" }).filter({ hasText: editor.email }).first()).toBeVisible();
});

test("another admin vouches on the accounts screen that an account another admin created is held by its own person", async ({ page, signInAs, adminApi, shot }) => {
  // Created by the demo admin (adminApi) and not vouched for: it awaits a second admin's word.
  const email = `vouched-${Date.now().toString(36)}@desk.test`;
  const created = await adminApi.post("/api/desk/accounts", { data: { email, name: "Phạm Minh Châu", role: "REVIEWER" } });
  expect(created.status()).toBe(200);
  const admin = await signInAs(page, "ADMIN");
  await page.goto("/admin/accounts");
  await expect(page.getByTestId("held-awaiting")).toBeVisible();
  const row = page.getByTestId(`account-${email}`);
  await expect(row).toContainText("đang chờ quản trị viên khác xác nhận do chính chủ nắm giữ");
  // It asks first, then records who vouched and when.
  await row.getByRole("button", { name: "Chứng thực chính chủ" }).click();
  await expect(row.getByRole("group")).toContainText(`Xác nhận ${email} do chính chủ nắm giữ`);
  await row.getByRole("group").getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(row.getByRole("status")).toHaveText(`Đã xác nhận ${email} do chính chủ nắm giữ.`);
  await page.reload();
  await expect(page.getByTestId(`account-${email}`)).toContainText(`do chính chủ nắm giữ, ${admin.name} (${admin.email}) xác nhận ngày`);
  await expect(page.getByTestId(`account-${email}`).getByRole("button", { name: "Chứng thực chính chủ" })).toHaveCount(0);
  await shot(page, "admin-accounts-vouched");
  // The admin who created an account cannot vouch for it, whatever the screen shows.
  const theirs = await adminApi.post("/api/desk/accounts", { data: { email: `own-${email}`, name: "Own", role: "EDITOR" } });
  const { user } = (await theirs.json()) as { user: { id: string } };
  expect((await adminApi.post(`/api/desk/accounts/${user.id}/held-confirmation`)).status()).toBe(403);
});

test("two accounts one admin created, neither vouched for, cannot review each other while the desk has two admins; a vouch opens the review", async ({ browser, baseURL, adminApi, makeAccount }, testInfo) => {
  test.setTimeout(120_000);
  const otherAdmin = await makeAccount("ADMIN");
  const made = async (role: "EDITOR" | "REVIEWER") => {
    const email = `${role.toLowerCase()}-same-hand-${Date.now().toString(36)}@desk.test`;
    const response = await adminApi.post("/api/desk/accounts", { data: { email, name: `${role} same hand`, role } });
    const { user, oneTimePassword } = (await response.json()) as { user: { id: string }; oneTimePassword: string };
    return { id: user.id, email, password: await replaceOneTimePassword(baseURL, email, oneTimePassword, uniqueIp(testInfo.workerIndex)) };
  };
  const [editor, reviewer] = [await made("EDITOR"), await made("REVIEWER")];
  const signedIn = async (account: { email: string; password: string }) => {
    const page = await (await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } })).newPage();
    await signInApi(page.request, account.email, account.password);
    return page;
  };
  const editorPage = await signedIn(editor);
  const claimId = await researchedClaim(editorPage, `Tuyên bố của hai tài khoản cùng một người tạo (${Date.now().toString(36)})`);
  await propose(editorPage, "proposal-verdict", { verdict: "CONFIRMED", summary: "Xác nhận bởi hồ sơ công khai.", rationale: "Hai nguồn độc lập cùng xác nhận điều này.", evidence: true });
  await expect(editorPage.getByTestId("open-proposal")).toBeVisible();

  const reviewerPage = await signedIn(reviewer);
  await reviewerPage.goto(`/desk/claims/${claimId}`);
  await expect(reviewerPage.getByTestId("no-review")).toHaveText(/do cùng một quản trị viên tạo/);
  await expect(reviewerPage.getByTestId("review-form")).toHaveCount(0);
  await reviewerPage.context().addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await reviewerPage.reload();
  await expect(reviewerPage.getByTestId("no-review")).toHaveText(/created by the same admin/);

  const vouching = await signedIn(otherAdmin);
  expect((await vouching.request.post(`/api/desk/accounts/${reviewer.id}/held-confirmation`)).status()).toBe(200);
  await reviewerPage.reload();
  await expect(reviewerPage.getByTestId("review-form")).toBeVisible();
});
