// The tenth pass against the production build: refused reads leave a trace, bounded, and say why in the reader's
// language. Each test is one attack and fails if it works, or if it leaves no trace (or floods the trail).
import { expect, signInApi, test, uniqueIp } from "./fixtures";

test("an editor reloading admin pages and the audit CSV is refused, recorded once per page, and the admin reads why in Vietnamese and English", async ({ page, playwright, baseURL, makeAccount, adminApi, signInAs, shot }, testInfo) => {
  const editor = await makeAccount("EDITOR");
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(api, editor.email, editor.password);
  for (let i = 0; i < 5; i++) {
    expect((await api.get("/admin/audit")).status()).toBe(403);
    expect((await api.get("/admin/audit/csv")).status()).toBe(403);
  }
  await api.dispose();

  const csv = await (await adminApi.get(`/admin/audit/csv?action=auth.refused&actorId=${editor.id}`)).text();
  const rows = csv.trim().split("\n").slice(1);
  expect(rows).toHaveLength(2);
  // The page is refused by the admin section's layout (account.list), once a request although its page refuses too.
  expect(rows.filter((row) => row.includes("trang: /admin/audit/csv") && row.includes("Vai trò không được phép (audit.read)"))).toHaveLength(1);
  expect(rows.filter((row) => row.includes("trang: /admin/audit\"") && row.includes("Vai trò không được phép (account.list)"))).toHaveLength(1);

  await signInAs(page, "ADMIN");
  await page.goto(`/admin/audit?action=auth.refused&actorId=${editor.id}`);
  const events = page.getByTestId("audit-event");
  await expect(events).toHaveCount(2);
  await expect(events.filter({ hasText: "Vai trò không được phép (" })).toHaveCount(2);
  await shot(page, "audit-refused-reads");
  await page.context().addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await page.reload();
  await expect(page.getByTestId("audit-event").filter({ hasText: "Role does not allow it (audit.read)" })).toHaveCount(1);
  await expect(page.getByTestId("audit-event").filter({ hasText: "Role does not allow it (account.list)" })).toHaveCount(1);
});
