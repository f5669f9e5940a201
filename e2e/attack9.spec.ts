// The ninth pass against the production build: an insider with a real account and devtools. Each test is one attack
// and fails if it works, or if it leaves no trace.
import { expect, signInApi, test, uniqueIp } from "./fixtures";
import { builtActions, callAction, PLACEHOLDER_ID } from "./server-actions";

test("an editor's forged admin requests are refused, and each refusal is in the audit log under the editor", async ({ page, playwright, baseURL, makeAccount, adminApi, signInAs, shot }, testInfo) => {
  const editor = await makeAccount("EDITOR");
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(api, editor.email, editor.password);

  // The accounts route: a field the admin's screen never sends is refused as such; the fields it sends, for the role.
  const extra = await api.patch(`/api/desk/accounts/${editor.id}`, { data: { role: "ADMIN", createdById: null } });
  expect(extra.status()).toBe(400);
  const patch = await api.patch(`/api/desk/accounts/${editor.id}`, { data: { role: "ADMIN", isActive: true } });
  expect(patch.status()).toBe(403);
  // The same through the accounts screen's server action, and an admin-only outlet profile action.
  const actions = builtActions();
  const changeRole = await callAction(api, actions.get("app/actions/accounts.ts#changeRoleAction")!, { state: true, form: { userId: editor.id, role: "ADMIN" } });
  expect(changeRole.outcome).toBe("FORBIDDEN");
  const profile = await callAction(api, actions.get("app/actions/outlet-profiles.ts#deleteOutletProfileAction")!, { state: true, form: { id: PLACEHOLDER_ID, version: "1" } });
  expect(profile.outcome).toBe("FORBIDDEN");
  await api.dispose();

  const { accounts } = (await (await adminApi.get("/api/desk/accounts")).json()) as { accounts: { id: string; role: string }[] };
  expect(accounts.find((u) => u.id === editor.id)?.role).toBe("EDITOR");

  // The admin's audit log lists the three refusals, by the editor, naming what was tried.
  const csv = await (await adminApi.get(`/admin/audit/csv?action=auth.refused&actorId=${editor.id}`)).text();
  const rows = csv.trim().split("\n").slice(1);
  expect(rows).toHaveLength(3);
  for (const row of rows) expect(row).toContain(editor.email);
  expect(rows.filter((row) => row.includes("account.changeRole"))).toHaveLength(2);
  expect(rows.filter((row) => row.includes("outletProfile.manage"))).toHaveLength(1);

  // And on the admin's audit screen, in the reader's language.
  await signInAs(page, "ADMIN");
  await page.goto(`/admin/audit?action=auth.refused&actorId=${editor.id}`);
  const events = page.getByTestId("audit-event");
  await expect(events).toHaveCount(3);
  await expect(events.filter({ hasText: "Bị từ chối" }).filter({ hasText: "account.changeRole" })).toHaveCount(2);
  await shot(page, "audit-refusals");
});
