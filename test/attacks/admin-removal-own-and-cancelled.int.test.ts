// Two gaps in the rule that another admin's demotion or deactivation of an admin is asked (a second admin apart, or a
// 48-hour hold). (1) On a desk whose admins were all created by one first admin nobody is apart from it, so an admin
// who had just created an admin account by mistake waited 48 hours to take it back: an admin account its requester
// created and nobody has used (never signed in, its one-time password never replaced, its password reset by nobody
// else) is demoted or deactivated at once by its creator, audited. An account that has signed in, or whose password
// another admin reset, is never one: the rule removes no established admin at once. (2) On a desk of two admins each
// could hold off the other's removal forever by cancelling it: the account cancels one request by a requester, and the
// requester's next one is held without a cancel by the account (another admin apart may still cancel it).
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createdAccount, makeUser, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createAccount } from "@/lib/accounts/create-account";
import { cancelAdminRemoval, changeRole, REMOVAL_CANCELLED_ONCE, setAccountActive } from "@/lib/accounts/update-account";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { listOpenRemovals } from "@/lib/accounts/admin-changes";
import { authenticate } from "@/lib/auth/authenticate";

const roleOf = async (id: string) => getDb().user.findUniqueOrThrow({ where: { id }, select: { role: true, isActive: true } });

/** A desk whose only active admins are `n` new ones, created by nobody (each apart from the others). */
async function admins(n: number): Promise<Actor[]> {
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  return Promise.all(Array.from({ length: n }, () => makeUser({ role: "ADMIN" })));
}

let made = 0;
/** An admin account `by` creates, as the accounts screen does: a one-time password, never used. */
async function newAdmin(by: Actor): Promise<Actor & { oneTimePassword: string }> {
  made += 1;
  const { user, oneTimePassword } = await createAccount(by, { email: `own-${made}-${Date.now()}@desk.test`, name: `Own ${made}`, role: "ADMIN" });
  return { id: user.id, role: user.role, email: user.email, name: user.name, oneTimePassword };
}

beforeEach(async () => {
  await getDb().adminRemoval.updateMany({ where: { closedAt: null }, data: { closedAt: new Date(), outcome: "CANCELLED" } });
});

describe("an admin account its creator made and nobody used", () => {
  it("is demoted or deactivated at once by its creator, audited as such; by another admin it is asked as any admin's", async () => {
    const [first, other] = (await admins(2)) as [Actor, Actor];
    const mistaken = await newAdmin(first);
    expect(await changeRole(first, { userId: mistaken.id, role: "EDITOR" })).toMatchObject({ role: "EDITOR", removal: null });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { objectId: mistaken.id, action: "account.changeRole" } });
    expect(event.after).toMatchObject({ role: "EDITOR", unusedOwnAccount: true });
    const again = await newAdmin(first);
    expect(await setAccountActive(first, { userId: again.id, isActive: false })).toMatchObject({ isActive: false, removal: null });
    // Another admin's account, never used, is not the requester's to take back.
    const others = await newAdmin(other);
    expect((await changeRole(first, { userId: others.id, role: "EDITOR" })).removal).not.toBeNull();
    expect(await roleOf(others.id)).toEqual({ role: "ADMIN", isActive: true });
  });

  it("is no such account once it signed in, replaced its password, or had its password reset by another admin", async () => {
    const [first, other] = (await admins(2)) as [Actor, Actor];
    // Signed in with its one-time password (its person holds it now).
    const signedIn = await newAdmin(first);
    expect(await authenticate({ email: signedIn.email, password: signedIn.oneTimePassword }, "203.0.113.7")).toBeTruthy();
    // Its password reset by another admin, who handed the new one to someone.
    const reset = await newAdmin(first);
    await resetAccountPassword(other, { userId: reset.id });
    // Reset again by its creator after another admin's reset, and after its person signed in: still established.
    const resetBack = await newAdmin(first);
    expect(await authenticate({ email: resetBack.email, password: resetBack.oneTimePassword }, "203.0.113.8")).toBeTruthy();
    await resetAccountPassword(first, { userId: resetBack.id });
    // Its one-time password replaced by one of its own.
    const replaced = await createdAccount(first, "ADMIN");
    for (const account of [signedIn, reset, resetBack, replaced]) {
      expect((await changeRole(first, { userId: account.id, role: "EDITOR" })).removal, account.email).not.toBeNull();
      expect(await roleOf(account.id)).toEqual({ role: "ADMIN", isActive: true });
    }
    // The established admins stay however many one admin asks to remove at once.
    expect((await setAccountActive(first, { userId: other.id, isActive: false })).removal).not.toBeNull();
    expect(await roleOf(other.id)).toEqual({ role: "ADMIN", isActive: true });
  });
});

describe("on a desk of two admins", () => {
  it("the account cancels its removal by the same requester once; asked again, it is held and applies after its hold", async () => {
    const [a, b] = (await admins(2)) as [Actor, Actor];
    const first = await changeRole(a, { userId: b.id, role: "EDITOR" });
    expect((await listOpenRemovals(b)).find((r) => r.id === first.removal!.id)).toMatchObject({ cancelledOnce: false });
    await cancelAdminRemoval(b, { removalId: first.removal!.id });
    const second = await changeRole(a, { userId: b.id, role: "EDITOR" });
    expect(second.removal?.heldUntil).toBeInstanceOf(Date);
    expect((await rejection(cancelAdminRemoval(b, { removalId: second.removal!.id }))).message).toBe(REMOVAL_CANCELLED_ONCE);
    // The accounts screen tells the account so, instead of a cancel button that is refused; the requester may cancel.
    expect((await listOpenRemovals(b)).find((r) => r.id === second.removal!.id)).toMatchObject({ cancelledOnce: true });
    expect((await listOpenRemovals(a)).find((r) => r.id === second.removal!.id)).toMatchObject({ cancelledOnce: false });
    expect(await getDb().adminRemoval.findUniqueOrThrow({ where: { id: second.removal!.id } })).toMatchObject({ closedAt: null });
    await getDb().$executeRaw`UPDATE "AdminRemoval" SET "heldUntil" = clock_timestamp() - interval '1 second' WHERE id = ${second.removal!.id}::uuid`;
    expect(await changeRole(a, { userId: b.id, role: "EDITOR" })).toMatchObject({ role: "EDITOR", removal: null });
  });

  it("a cancellation counts against its own requester only; the requester and an admin apart still cancel", async () => {
    const [a, b, c] = (await admins(3)) as [Actor, Actor, Actor];
    const byA = await setAccountActive(a, { userId: b.id, isActive: false });
    await cancelAdminRemoval(b, { removalId: byA.removal!.id });
    // Another admin's request: the account's first cancellation of theirs.
    const byC = await setAccountActive(c, { userId: b.id, isActive: false });
    await cancelAdminRemoval(b, { removalId: byC.removal!.id });
    const again = await setAccountActive(a, { userId: b.id, isActive: false });
    expect((await rejection(cancelAdminRemoval(b, { removalId: again.removal!.id }))).message).toBe(REMOVAL_CANCELLED_ONCE);
    await cancelAdminRemoval(c, { removalId: again.removal!.id });
    const yetAgain = await setAccountActive(a, { userId: b.id, isActive: false });
    await cancelAdminRemoval(a, { removalId: yetAgain.removal!.id });
    expect(await roleOf(b.id)).toEqual({ role: "ADMIN", isActive: true });
  });
});
