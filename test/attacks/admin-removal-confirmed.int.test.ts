// One admin could demote or deactivate every other admin at once (audited and listed, never refused). Taking an
// admin's rights away is now asked by one admin and applied when a second admin, apart from the requester (no account
// the requester created or reset the password of, none up the requester's chain), makes the same change; on a desk
// with no such admin the request is held for ADMIN_REMOVAL_HOLD_HOURS, listed to the other admins, and may be cancelled
// by the account or another admin; the requester applies it once the hold has run out. Changes to accounts that are
// not admins, and promotions, land at once as before.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createdAccount, makeUser, openProposal, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { ADMIN_REMOVAL_HOLD_HOURS, cancelAdminRemoval, changeRole, REMOVAL_OF_ONE_HAND, setAccountActive, updateAccount } from "@/lib/accounts/update-account";
import { listOpenRemovals } from "@/lib/accounts/admin-changes";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { reviewProposal } from "@/lib/workflow/review";
import { getNavCounts } from "@/lib/workflow/queues";
import { lockHolder, untilSomeoneWaits } from "@/test/lock-wait";

const holder = lockHolder();

const roleOf = async (id: string) => getDb().user.findUniqueOrThrow({ where: { id }, select: { role: true, isActive: true } });
const activeAdmins = () => getDb().user.count({ where: { role: "ADMIN", isActive: true } });
const openFor = (accountId: string) => getDb().adminRemoval.findMany({ where: { accountId, closedAt: null } });

/** A desk whose only active admins are `n` new ones, created by nobody (each apart from the others). */
async function admins(n: number): Promise<Actor[]> {
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  return Promise.all(Array.from({ length: n }, () => makeUser({ role: "ADMIN" })));
}

beforeEach(async () => {
  await getDb().adminRemoval.updateMany({ where: { closedAt: null }, data: { closedAt: new Date(), outcome: "CANCELLED" } });
});

describe("taking an admin's rights away", () => {
  it("one admin demoting and deactivating every other admin at once removes none: each waits for a second admin", async () => {
    const [a, b, c, d] = (await admins(4)) as [Actor, Actor, Actor, Actor];
    const answers = await Promise.all([changeRole(a, { userId: b.id, role: "EDITOR" }), setAccountActive(a, { userId: c.id, isActive: false }), changeRole(a, { userId: d.id, role: "REVIEWER" })]);
    expect(answers.map((x) => [x.role, x.isActive, x.removal?.heldUntil])).toEqual([["ADMIN", true, null], ["ADMIN", true, null], ["ADMIN", true, null]]);
    expect(await activeAdmins()).toBe(4);
    expect(await getDb().auditEvent.count({ where: { actorId: a.id, action: "account.requestRemoval" } })).toBe(3);
    // Listed to the other admins, and to the account itself, and counted in every admin's navigation.
    expect((await listOpenRemovals(b)).map((r) => r.accountId).sort()).toEqual([b.id, c.id, d.id].sort());
    expect((await getNavCounts(b)).adminRemovals).toBe(3);
    expect((await getNavCounts(await makeUser({ role: "EDITOR" }))).adminRemovals).toBe(0);

    // A second admin making the same change confirms it; a different change is refused until the first is settled.
    expect((await rejection(changeRole(c, { userId: d.id, role: "EDITOR" }))).code).toBe("CONFLICT");
    expect(await changeRole(c, { userId: b.id, role: "EDITOR" })).toMatchObject({ role: "EDITOR", removal: null });
    expect(await roleOf(b.id)).toEqual({ role: "EDITOR", isActive: true });
    expect(await openFor(b.id)).toEqual([]);
    // The requester asking again confirms nothing.
    expect((await setAccountActive(a, { userId: c.id, isActive: false })).removal).not.toBeNull();
    expect(await roleOf(c.id)).toEqual({ role: "ADMIN", isActive: true });
  });

  it("is not confirmed by an admin the requester created or reset the password of: such a desk holds it instead", async () => {
    const [a, b] = (await admins(2)) as [Actor, Actor];
    const puppet = await createdAccount(a, "ADMIN");
    const reset = await makeUser({ role: "ADMIN" });
    await resetAccountPassword(a, { userId: reset.id });
    const asked = await changeRole(a, { userId: b.id, role: "EDITOR" });
    // Nobody apart from the requester can confirm: the request is held, not waiting for a confirmation.
    expect(asked.removal?.heldUntil).toBeInstanceOf(Date);
    expect((await rejection(changeRole(puppet, { userId: b.id, role: "EDITOR" }))).message).toBe(REMOVAL_OF_ONE_HAND);
    expect((await rejection(changeRole(reset, { userId: b.id, role: "EDITOR" }))).message).toBe(REMOVAL_OF_ONE_HAND);
    expect(await roleOf(b.id)).toEqual({ role: "ADMIN", isActive: true });
    // Nor may they cancel it on the account's behalf.
    expect((await rejection(cancelAdminRemoval(puppet, { removalId: asked.removal!.id }))).code).toBe("FORBIDDEN");
  });

  it("on a desk of two admins is held for the hold, cancelled by the account, and applied by its requester only once the hold ran out", async () => {
    const [a, b] = (await admins(2)) as [Actor, Actor];
    const first = await changeRole(a, { userId: b.id, role: "EDITOR" });
    const hours = (first.removal!.heldUntil!.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(ADMIN_REMOVAL_HOLD_HOURS - 1);
    expect(hours).toBeLessThan(ADMIN_REMOVAL_HOLD_HOURS + 1);
    expect((await changeRole(a, { userId: b.id, role: "EDITOR" })).removal).not.toBeNull();
    expect(await roleOf(b.id)).toEqual({ role: "ADMIN", isActive: true });

    await cancelAdminRemoval(b, { removalId: first.removal!.id });
    expect(await openFor(b.id)).toEqual([]);
    expect(await getDb().auditEvent.count({ where: { actorId: b.id, action: "account.cancelRemoval", objectId: b.id } })).toBe(1);

    const second = await setAccountActive(a, { userId: b.id, isActive: false });
    expect(second.removal?.heldUntil).toBeInstanceOf(Date);
    await getDb().$executeRaw`UPDATE "AdminRemoval" SET "heldUntil" = clock_timestamp() - interval '1 second' WHERE id = ${second.removal!.id}::uuid`;
    expect(await setAccountActive(a, { userId: b.id, isActive: false })).toMatchObject({ isActive: false, removal: null });
    expect(await activeAdmins()).toBe(1);
  });

  it("an admin demoted and deactivated in one change (the accounts API) is one request, the deactivation, and both land when it does", async () => {
    const [a, b] = (await admins(2)) as [Actor, Actor];
    const asked = await updateAccount(a, { userId: b.id, role: "EDITOR", isActive: false });
    expect(asked.removal).toMatchObject({ role: null });
    expect(asked.removal?.heldUntil).toBeInstanceOf(Date);
    expect(await roleOf(b.id)).toEqual({ role: "ADMIN", isActive: true });
    expect((await getDb().adminRemoval.findMany({ where: { accountId: b.id } })).map((r) => [r.role, r.closedAt])).toEqual([[null, null]]);
    await getDb().$executeRaw`UPDATE "AdminRemoval" SET "heldUntil" = clock_timestamp() - interval '1 second' WHERE id = ${asked.removal!.id}::uuid`;
    expect(await updateAccount(a, { userId: b.id, role: "EDITOR", isActive: false })).toMatchObject({ role: "EDITOR", isActive: false, removal: null });
    expect((await getDb().adminRemoval.findMany({ where: { accountId: b.id } })).map((r) => r.outcome)).toEqual(["APPLIED"]);
    expect(await getDb().auditEvent.count({ where: { objectId: b.id, action: { in: ["account.deactivate", "account.changeRole"] } } })).toBe(2);
  });

  it("changes to accounts that are not admins, and an admin's promotion, land at once", async () => {
    const [a] = (await admins(2)) as [Actor, Actor];
    const editor = await makeUser({ role: "EDITOR" });
    expect(await changeRole(a, { userId: editor.id, role: "REVIEWER" })).toMatchObject({ role: "REVIEWER", removal: null });
    expect(await setAccountActive(a, { userId: editor.id, isActive: false })).toMatchObject({ isActive: false, removal: null });
    expect(await changeRole(a, { userId: editor.id, role: "ADMIN" })).toMatchObject({ role: "ADMIN", removal: null });
  });

  it("two admins asking for the same removal at the same moment apply it exactly once, round after round", async () => {
    for (let round = 0; round < 4; round++) {
      const [a, b, c] = (await admins(3)) as [Actor, Actor, Actor];
      const results = await Promise.allSettled([changeRole(a, { userId: b.id, role: "EDITOR" }), changeRole(c, { userId: b.id, role: "EDITOR" })]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      expect(await roleOf(b.id)).toEqual({ role: "EDITOR", isActive: true });
      const rows = await getDb().adminRemoval.findMany({ where: { accountId: b.id } });
      expect(rows.map((r) => r.outcome)).toEqual(["APPLIED"]);
      expect(await getDb().auditEvent.count({ where: { objectId: b.id, action: "account.changeRole" } })).toBe(1);
    }
  });

  it("a cancellation by the account and a second admin's confirmation at the same moment: the cancellation wins whole, neither deadlocks", async () => {
    const [a, b, c] = (await admins(3)) as [Actor, Actor, Actor];
    const { removal } = await changeRole(a, { userId: b.id, role: "EDITOR" });
    // The 'last-admin' lock held elsewhere: the cancellation queues for it first, then the confirmation, holding the
    // account's row, queues behind it. A cancellation that took the lock before the account's row deadlocked here.
    await holder.query("BEGIN");
    await holder.query("SELECT pg_advisory_xact_lock(hashtext('last-admin'))");
    const cancelled = cancelAdminRemoval(b, { removalId: removal!.id });
    await untilSomeoneWaits(holder);
    const confirmed = changeRole(c, { userId: b.id, role: "EDITOR" });
    await untilSomeoneWaits(holder, 10_000, 2).finally(() => holder.query("COMMIT"));
    const [cancelling, confirming] = await Promise.allSettled([cancelled, confirmed]);
    expect(cancelling.status, String((cancelling as PromiseRejectedResult).reason)).toBe("fulfilled");
    expect(confirming.status, String((confirming as PromiseRejectedResult).reason)).toBe("fulfilled");
    // Cancelled first: the confirmation found nothing open and asked anew.
    expect((confirming as PromiseFulfilledResult<{ removal: unknown }>).value.removal).not.toBeNull();
    expect(await roleOf(b.id)).toEqual({ role: "ADMIN", isActive: true });
  });

  it("admins asking to remove each other at the same moment remove nobody", async () => {
    const [a, b, c] = (await admins(3)) as [Actor, Actor, Actor];
    const results = await Promise.allSettled([changeRole(a, { userId: b.id, role: "EDITOR" }), changeRole(b, { userId: c.id, role: "EDITOR" }), setAccountActive(c, { userId: a.id, isActive: false })]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect(await activeAdmins()).toBe(3);
    expect(await getDb().adminRemoval.count({ where: { accountId: { in: [a.id, b.id, c.id] }, closedAt: null } })).toBe(3);
  });
});

describe("a lone admin and the accounts they hold", () => {
  it("cannot approve their own proposal through a reviewer they created or whose password they last set; another admin's reviewer can", async () => {
    const [admin] = (await admins(1)) as [Actor];
    const made = await createdAccount(admin, "REVIEWER");
    const reset = await makeUser({ role: "REVIEWER" });
    await resetAccountPassword(admin, { userId: reset.id });
    const proposal = await openProposal(admin);
    for (const reviewer of [made, reset]) {
      expect((await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).code, reviewer.email).toBe("FORBIDDEN");
    }
    const apart = await makeUser({ role: "REVIEWER" });
    await expect(reviewProposal(apart, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toBeTruthy();
  });
});
