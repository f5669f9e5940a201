// Account management on a real database: who may, what changes, what is audited.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { authenticate, ONE_TIME_PASSWORD_EXPIRED, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { ACCOUNT_LOCK_FAILURES } from "@/lib/auth/throttle-rules";
import { ONE_TIME_PASSWORD_HOURS } from "./create-account";
import { unlockAccount } from "./unlock-account";
import { createAccount } from "./create-account";
import { changeRole, setAccountActive, updateAccount } from "./update-account";
import { changeOwnPassword } from "./change-own-password";
import { listAccounts } from "./list-accounts";
import { makeUser, TEST_PASSWORD } from "@/test/factories";

const audits = (objectId: string, action?: string) => getDb().auditEvent.findMany({ where: { objectId, action } });

describe("createAccount", () => {
  it("creates an account whose one-time password signs in and must be changed", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const { user, oneTimePassword } = await createAccount(admin, { email: " New.Editor@Desk.Test ", name: "Lan", role: "EDITOR" });
    expect(user).toMatchObject({ email: "new.editor@desk.test", role: "EDITOR", isActive: true });
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(oneTimePassword);
    expect(stored.mustChangePassword).toBe(true);
    expect(stored.passwordExpiresAt!.getTime() - stored.createdAt.getTime()).toBeGreaterThan((ONE_TIME_PASSWORD_HOURS * 60 - 1) * 60_000);
    expect(stored.passwordExpiresAt!.getTime() - stored.createdAt.getTime()).toBeLessThan((ONE_TIME_PASSWORD_HOURS * 60 + 1) * 60_000);
    await expect(authenticate({ email: user.email, password: oneTimePassword }, "203.0.113.50")).resolves.toMatchObject({ id: user.id, mustChangePassword: true });
    expect(await audits(user.id, "account.create")).toHaveLength(1);
  });

  it("is refused to editors and reviewers (FORBIDDEN) and to nobody (UNAUTHENTICATED)", async () => {
    const input = { email: "x@desk.test", name: "X", role: "ADMIN" };
    await expect(createAccount(await makeUser({ role: "EDITOR" }), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createAccount(await makeUser({ role: "REVIEWER" }), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createAccount(null, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await getDb().user.count({ where: { email: "x@desk.test" } })).toBe(0);
  });

  it("answers a taken e-mail with a conflict on the e-mail field", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const existing = await makeUser();
    await expect(createAccount(admin, { email: existing.email, name: "Twin", role: "EDITOR" })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { fieldErrors: { email: [expect.stringContaining("already exists")] } },
    });
  });

  it("names each invalid field", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    await expect(createAccount(admin, { email: "nope", name: "", role: "OWNER" })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { email: expect.any(Array), name: expect.any(Array), role: expect.any(Array) } },
    });
  });
});

describe("changeRole and setAccountActive", () => {
  it("changes a role, ends the account's sessions and audits before and after", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser({ role: "EDITOR" });
    const after = await changeRole(admin, { userId: editor.id, role: "REVIEWER" });
    expect(after).toMatchObject({ role: "REVIEWER", sessionVersion: 2 });
    const [event] = await audits(editor.id, "account.changeRole");
    expect(event).toMatchObject({ actorId: admin.id, before: { role: "EDITOR" }, after: { role: "REVIEWER" } });
  });

  it("deactivates: the account can no longer sign in and its sessions end", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser();
    const after = await setAccountActive(admin, { userId: editor.id, isActive: false });
    expect(after).toMatchObject({ isActive: false, sessionVersion: 2 });
    await expect(authenticate({ email: editor.email, password: TEST_PASSWORD }, "203.0.113.60")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await setAccountActive(admin, { userId: editor.id, isActive: true });
    await expect(authenticate({ email: editor.email, password: TEST_PASSWORD }, "203.0.113.61")).resolves.toMatchObject({ sessionVersion: 3 });
    expect((await audits(editor.id)).map((e) => e.action)).toEqual(expect.arrayContaining(["account.deactivate", "account.reactivate"]));
  });

  it("never leaves the desk without an active admin", async () => {
    await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
    const admin = await makeUser({ role: "ADMIN" });
    await expect(setAccountActive(admin, { userId: admin.id, isActive: false })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(changeRole(admin, { userId: admin.id, role: "EDITOR" })).rejects.toMatchObject({ code: "CONFLICT" });
    const second = await makeUser({ role: "ADMIN" });
    // Another admin's demotion of an admin is held on a desk of two (lib/accounts/update-account.ts), then applied.
    await expect(changeRole(second, { userId: admin.id, role: "EDITOR" })).resolves.toMatchObject({ role: "ADMIN", removal: { heldUntil: expect.any(Date) } });
    await getDb().$executeRaw`UPDATE "AdminRemoval" SET "heldUntil" = clock_timestamp() WHERE "accountId" = ${admin.id}::uuid AND "closedAt" IS NULL`;
    await expect(changeRole(second, { userId: admin.id, role: "EDITOR" })).resolves.toMatchObject({ role: "EDITOR", removal: null });
  });

  it("refuses an admin deactivating their own account, even when other admins remain", async () => {
    const [admin] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "ADMIN" })]);
    await expect(setAccountActive(admin, { userId: admin.id, isActive: false })).rejects.toMatchObject({ code: "CONFLICT", message: "You cannot deactivate your own account." });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: admin.id } })).isActive).toBe(true);
  });

  it("answers an unknown account with NOT_FOUND and refuses non-admins", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    await expect(changeRole(admin, { userId: "00000000-0000-4000-8000-000000000000", role: "EDITOR" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    await expect(changeRole(reviewer, { userId: reviewer.id, role: "ADMIN" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setAccountActive(reviewer, { userId: admin.id, isActive: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAccounts(reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("updateAccount applies a role and an activation together, or neither when one part is invalid", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser({ role: "EDITOR" });
    await expect(updateAccount(admin, { userId: editor.id, role: "REVIEWER", isActive: "no" })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { isActive: expect.any(Array) } },
    });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ role: "EDITOR", isActive: true, sessionVersion: 1 });
    expect(await audits(editor.id)).toHaveLength(0);
    await expect(updateAccount(admin, { userId: editor.id, role: "REVIEWER", isActive: false })).resolves.toMatchObject({ role: "REVIEWER", isActive: false, sessionVersion: 3 });
    expect((await audits(editor.id)).map((e) => e.action).sort()).toEqual(["account.changeRole", "account.deactivate"]);
    await expect(updateAccount(editor, { userId: admin.id, role: "EDITOR" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never returns password hashes from listAccounts", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const accounts = await listAccounts(admin);
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) expect(account).not.toHaveProperty("passwordHash");
  });
});

describe("changeOwnPassword", () => {
  it("needs the current password, then replaces it and ends other sessions", async () => {
    const editor = await makeUser();
    await expect(changeOwnPassword(editor, { currentPassword: "wrong", newPassword: "a new long password", confirmPassword: "a new long password" })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { currentPassword: expect.any(Array) } },
    });
    await expect(changeOwnPassword(editor, { currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "different" })).rejects.toMatchObject({
      details: { fieldErrors: { newPassword: expect.any(Array), confirmPassword: expect.any(Array) } },
    });
    const updated = await changeOwnPassword(editor, { currentPassword: TEST_PASSWORD, newPassword: "a new long password", confirmPassword: "a new long password" });
    expect(updated.sessionVersion).toBe(2);
    await expect(authenticate({ email: editor.email, password: "a new long password" }, "203.0.113.70")).resolves.toMatchObject({ id: editor.id });
    expect(await audits(editor.id, "account.changePassword")).toHaveLength(1);
  });
});

describe("one-time passwords", () => {
  it("refuse sign-in with a clear message once 72 hours have passed unused, and only to whoever knows them", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const { user, oneTimePassword } = await createAccount(admin, { email: "late@desk.test", name: "Late", role: "EDITOR" });
    await getDb().user.update({ where: { id: user.id }, data: { passwordExpiresAt: new Date(Date.now() - 1000) } });
    await expect(authenticate({ email: user.email, password: oneTimePassword }, "203.0.113.80")).rejects.toMatchObject({ code: "FORBIDDEN", message: ONE_TIME_PASSWORD_EXPIRED });
    await expect(authenticate({ email: user.email, password: "not the one-time password" }, "203.0.113.81")).rejects.toMatchObject({ message: WRONG_CREDENTIALS });
    expect(await audits(user.id, "auth.signInPasswordExpired")).toHaveLength(1);
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("stop expiring once replaced by the account's own password", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const { user, oneTimePassword } = await createAccount(admin, { email: "prompt@desk.test", name: "Prompt", role: "EDITOR" });
    await changeOwnPassword({ ...user }, { currentPassword: oneTimePassword, newPassword: "my own long password", confirmPassword: "my own long password" });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ mustChangePassword: false, passwordExpiresAt: null });
    await getDb().user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 100 * 3_600_000) } });
    await expect(authenticate({ email: user.email, password: "my own long password" }, "203.0.113.82")).resolves.toMatchObject({ mustChangePassword: false });
  });
});

describe("unlockAccount", () => {
  it("lets an admin lift an account's sign-in lock, audited; the lock held before", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser();
    const ips = Array.from({ length: ACCOUNT_LOCK_FAILURES }, (_, i) => `198.19.7.${i + 1}`);
    for (const ip of ips) await expect(authenticate({ email: editor.email, password: "guess" }, ip)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticate({ email: editor.email, password: TEST_PASSWORD }, ips[0]!)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await listAccounts(admin)).find((a) => a.id === editor.id)).toMatchObject({ isSignInLocked: true });

    await unlockAccount(admin, { userId: editor.id }, { ip: "203.0.113.90" });
    expect((await listAccounts(admin)).find((a) => a.id === editor.id)).toMatchObject({ isSignInLocked: false });
    await expect(authenticate({ email: editor.email, password: TEST_PASSWORD }, ips[0]!)).resolves.toMatchObject({ id: editor.id });
    const [event] = await audits(editor.id, "account.unlock");
    expect(event).toMatchObject({ actorId: admin.id, ip: "203.0.113.90" });
  });

  it("is refused to non-admins and answers an unknown account with NOT_FOUND", async () => {
    const editor = await makeUser();
    await expect(unlockAccount(editor, { userId: editor.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(unlockAccount(null, { userId: editor.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const admin = await makeUser({ role: "ADMIN" });
    await expect(unlockAccount(admin, { userId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await audits(editor.id, "account.unlock")).toHaveLength(0);
  });
});
