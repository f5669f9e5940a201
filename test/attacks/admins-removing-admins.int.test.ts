// One admin could demote or deactivate every other admin, and the others learnt it only when their next request was
// refused; such a change now waits for a second admin or a hold (admin-removal-confirmed.int.test.ts). The desk
// always keeps one active admin, also when two admins whose holds ran out demote or deactivate each other at the same
// moment (the change takes the 'last-admin' lock and both accounts' rows, so the second reads the first's change);
// each change to an admin account is audited with both accounts named, and listed on the accounts screen to the admins.
import { describeChange } from "@/lib/audit/describe-change";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, rejection, withRemovalAsked } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { changeRole, setAccountActive, updateAccount } from "@/lib/accounts/update-account";
import { listAdminChanges } from "@/lib/accounts/admin-changes";
import { accountLabel } from "@/lib/accounts/account-label";
import { createAccount } from "@/lib/accounts/create-account";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";

const activeAdmins = () => getDb().user.count({ where: { role: "ADMIN", isActive: true } });

/** A desk whose only active admins are the two returned. */
async function twoAdmins(): Promise<[Actor, Actor]> {
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  return Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "ADMIN" })]);
}

const settled = async (calls: Promise<unknown>[]) => {
  const results = await Promise.allSettled(calls);
  return { ok: results.filter((r) => r.status === "fulfilled").length, refused: results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as { code?: string }) };
};

/** Both requesters' held removals run out (a desk of two admins has nobody to confirm them): each may now apply its own. */
const holdsRunOut = () => getDb().$executeRaw`UPDATE "AdminRemoval" SET "heldUntil" = clock_timestamp() - interval '1 second' WHERE "closedAt" IS NULL AND "heldUntil" IS NOT NULL`;

describe("admins removing each other", () => {
  it("two admins demoting each other at the same moment are both held; once the holds run out, applying both at once leaves exactly one admin, round after round", async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = await twoAdmins();
      const asked = await settled([changeRole(a, { userId: b.id, role: "EDITOR" }), changeRole(b, { userId: a.id, role: "EDITOR" })]);
      expect(asked.ok).toBe(2);
      expect(await activeAdmins()).toBe(2);
      await holdsRunOut();
      const { ok, refused } = await settled([changeRole(a, { userId: b.id, role: "EDITOR" }), changeRole(b, { userId: a.id, role: "EDITOR" })]);
      expect(ok).toBe(1);
      expect(refused.map((e) => e.code)).toEqual([expect.stringMatching(/^(CONFLICT|FORBIDDEN)$/)]);
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("two admins deactivating each other, or one demoting while the other deactivates, leave exactly one once the holds run out", async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = await twoAdmins();
      await settled([setAccountActive(a, { userId: b.id, isActive: false }), updateAccount(b, { userId: a.id, role: "REVIEWER" })]);
      expect(await activeAdmins()).toBe(2);
      await holdsRunOut();
      const { ok } = await settled([setAccountActive(a, { userId: b.id, isActive: false }), updateAccount(b, { userId: a.id, role: "REVIEWER" })]);
      expect(ok).toBe(1);
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("the last admin cannot demote themselves", async () => {
    const [a, b] = await twoAdmins();
    await changeRole(a, { userId: b.id, role: "EDITOR" });
    await holdsRunOut();
    await changeRole(a, { userId: b.id, role: "EDITOR" });
    expect((await rejection(changeRole(a, { userId: a.id, role: "EDITOR" }))).message).toBe("The desk needs at least one active admin.");
    expect(await activeAdmins()).toBe(1);
  });

  it("is audited with both accounts named, and listed to the other admins on the accounts screen", async () => {
    const [a, b] = await twoAdmins();
    const c = await makeUser({ role: "ADMIN" });
    const editor = await makeUser({ role: "EDITOR" });
    // Each removal asked by one admin and confirmed by the second making the same change.
    await changeRole(c, { userId: b.id, role: "EDITOR" });
    await changeRole(a, { userId: b.id, role: "EDITOR" });
    await withRemovalAsked(c.id, null, () => setAccountActive(a, { userId: c.id, isActive: false }));
    await changeRole(a, { userId: editor.id, role: "REVIEWER" }); // not an admin: not listed
    const events = await getDb().auditEvent.findMany({ where: { actorId: a.id, objectId: { in: [b.id, c.id] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.after)).toEqual([
      { role: "EDITOR", account: accountLabel(b), by: accountLabel(a) },
      { isActive: false, role: "ADMIN", account: accountLabel(c), by: accountLabel(a) },
    ]);
    // The names stand on both sides, so the log's diff (and its CSV) shows the change alone.
    expect(events.map((e) => describeChange(e.before, e.after))).toEqual([
      [{ field: "role", before: "ADMIN", after: "EDITOR" }],
      [{ field: "isActive", before: "true", after: "false" }],
    ]);

    await setAccountActive(a, { userId: c.id, isActive: true });
    const listed = await listAdminChanges(c);
    expect(listed.slice(0, 3).map(({ kind, by, account }) => ({ kind, by, account }))).toEqual([
      { kind: "reactivated", by: accountLabel(a), account: accountLabel(c) },
      { kind: "deactivated", by: accountLabel(a), account: accountLabel(c) },
      { kind: "role", by: accountLabel(a), account: accountLabel(b) },
    ]);
    expect(listed[2]).toMatchObject({ from: "ADMIN", to: "EDITOR" });
    expect(listed.some((change) => change.accountId === editor.id)).toBe(false);
    // Read as the account is now: a demoted admin no longer reads it.
    expect((await rejection(listAdminChanges(b))).code).toBe("FORBIDDEN");
  });

  it("an admin account created, and an admin's password reset by another (who is shown its one-time password), are listed too", async () => {
    const [a, b] = await twoAdmins();
    const { user: made } = await createAccount(a, { email: `second-${Date.now()}@desk.test`, name: "Second hand", role: "ADMIN" });
    await createAccount(a, { email: `editor-${Date.now()}@desk.test`, name: "An editor", role: "EDITOR" }); // not an admin: not listed
    await resetAccountPassword(a, { userId: b.id });
    const listed = await listAdminChanges(a);
    expect(listed.slice(0, 2).map(({ kind, by, account }) => ({ kind, by, account }))).toEqual([
      { kind: "passwordReset", by: accountLabel(a), account: accountLabel(b) },
      { kind: "created", by: accountLabel(a), account: accountLabel(made) },
    ]);
    expect(listed.filter((change) => change.kind === "created")).toHaveLength(1);
  });
});
