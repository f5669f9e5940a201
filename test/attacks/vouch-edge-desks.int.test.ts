// Whether an admin's word counts for an account is asked for many pairs at once (account_vouches_count, migration
// 20261206210000), reading two accounts' hands as meeting when they hold a common account created by nobody. Desks the
// random draws of test/attacks/one-hand-desk-cost.int.test.ts seldom reach, built step by step through the admin's own
// data functions, answered after every step as the earlier definitions answer: an account created by nobody in the
// middle of a chain of resets, an admin who resets their own creator, admins deactivated and reactivated, demoted and
// promoted, confirmations given, lapsed by a reset and given again. Then what the set-based reading needs of the
// database (every chain of creators ends at an account created by nobody), and the two stamps a confirmation's
// standing compares (a reset and a confirmation) in the order they were written.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { confirmAccountHeld } from "@/lib/accounts/confirm-account-held";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { changeRole, setAccountActive } from "@/lib/accounts/update-account";
import { createdAccount, makeUser, rejection, withRemovalAsked } from "@/test/factories";
import { lockHolder, untilSomeoneWaits } from "@/test/lock-wait";
import { REFERENCE } from "@/test/one-hand-reference";

const blocker = lockHolder();
const desk: Actor[] = [];
const answered = { counts: new Set<boolean>(), standing: 0 };

/** Every answer of the set-based functions on this file's accounts that differs from the earlier definitions', by step. */
async function differences(step: string): Promise<string[]> {
  const ids = desk.map((account) => account.id);
  const pairs = await getDb().$queryRaw<{ voucher: string; account: string; now: boolean; before: boolean }[]>`
    SELECT v.voucher::text AS voucher, v.account::text AS account, v.counts AS now, "account_vouch_counts_reference"(v.voucher, v.account) AS before
    FROM (SELECT array_agg(u.id) AS accounts, array_agg(a.id) AS vouchers FROM "User" a, "User" u
          WHERE a.id = ANY(${ids}::uuid[]) AND a.role = 'ADMIN' AND u.id = ANY(${ids}::uuid[])) p
    CROSS JOIN LATERAL "account_vouches_count"(p.accounts, p.vouchers) v`;
  const accounts = await getDb().$queryRaw<{ id: string; standing: string | null; before: string | null; hand: string[]; handBefore: string[] }[]>`
    SELECT u.id::text AS id,
           (SELECT s.confirmer::text FROM "account_standing_confirmations"() s WHERE s.account = u.id) AS standing,
           "account_standing_confirmer_reference"(u.id)::text AS before,
           ARRAY(SELECT x::text FROM "accounts_of_one_hand"(u.id) x ORDER BY 1) AS hand,
           ARRAY(SELECT x::text FROM "accounts_of_one_hand_reference"(u.id) x ORDER BY 1) AS "handBefore"
    FROM "User" u WHERE u.id = ANY(${ids}::uuid[])`;
  const name = (id: string) => desk.find((account) => account.id === id)?.name ?? id;
  for (const pair of pairs) answered.counts.add(pair.now);
  answered.standing += accounts.filter((a) => a.standing).length;
  return [
    ...pairs.filter((p) => p.now !== p.before).map((p) => `${step}: ${name(p.voucher)}'s word for ${name(p.account)} counts ${p.now}, before ${p.before}`),
    ...accounts.filter((a) => a.standing !== a.before).map((a) => `${step}: ${name(a.id)}'s standing confirmer ${a.standing && name(a.standing)}, before ${a.before && name(a.before)}`),
    ...accounts.filter((a) => a.hand.join() !== a.handBefore.join()).map((a) => `${step}: ${name(a.id)}'s accounts of one hand differ`),
  ];
}

/** The step done through the data functions, refused or not (a refusal is a step too: the desk stays as it was). */
async function attempt(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => "done",
    (error: unknown) => {
      if (isAppError(error)) return error.code;
      throw error;
    },
  );
}

const named = async (made: Promise<Actor>, name: string) => {
  const account = await made;
  await getDb().user.update({ where: { id: account.id }, data: { name } });
  desk.push({ ...account, name });
  return { ...account, name };
};

beforeAll(async () => {
  for (const definition of REFERENCE) await getDb().$executeRawUnsafe(definition);
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
});

describe("whether an admin's word counts, on desks built step by step", () => {
  it("answers as the earlier definitions after every reset, confirmation, deactivation and demotion", async () => {
    const first = await named(makeUser({ role: "ADMIN" }), "first root");
    const apart = await named(makeUser({ role: "ADMIN" }), "root apart");
    const second = await named(createdAccount(first, "ADMIN"), "second");
    const third = await named(createdAccount(second, "ADMIN"), "third");
    // An admin created by nobody, later reset by an admin down the first root's chain: a root in the middle of a chain.
    const middle = await named(makeUser({ role: "ADMIN" }), "middle root");
    const editor = await named(createdAccount(third, "EDITOR"), "editor");
    const reviewer = await named(createdAccount(second, "REVIEWER"), "reviewer");
    const apartEditor = await named(createdAccount(apart, "EDITOR"), "apart's editor");
    const fourth = await named(createdAccount(apart, "ADMIN"), "fourth");
    const found: string[] = [...(await differences("the desk as created"))];
    const steps: [string, () => Promise<unknown>][] = [
      ["third resets the middle root", () => resetAccountPassword(third, { userId: middle.id })],
      ["the middle root resets fourth", () => resetAccountPassword(middle, { userId: fourth.id })],
      ["the middle root creates an editor", () => named(createdAccount(middle, "EDITOR"), "middle's editor")],
      ["the root apart confirms the middle root", () => confirmAccountHeld(apart, { userId: middle.id })],
      ["third resets its own creator", () => resetAccountPassword(third, { userId: second.id })],
      ["the root apart confirms second", () => confirmAccountHeld(apart, { userId: second.id })],
      ["fourth confirms the editor", () => confirmAccountHeld(fourth, { userId: editor.id })],
      ["the middle root confirms the editor", () => confirmAccountHeld(middle, { userId: editor.id })],
      ["the first root resets fourth", () => resetAccountPassword(first, { userId: fourth.id })],
      ["the middle root confirms fourth", () => confirmAccountHeld(middle, { userId: fourth.id })],
      ["the root apart confirms the reviewer", () => confirmAccountHeld(apart, { userId: reviewer.id })],
      ["second resets the reviewer: the confirmation lapses", () => resetAccountPassword(second, { userId: reviewer.id })],
      ["the root apart confirms the reviewer again", () => confirmAccountHeld(apart, { userId: reviewer.id })],
      ["fourth confirms third", () => confirmAccountHeld(fourth, { userId: third.id })],
      ["the root apart deactivates second", () => setAccountActive(apart, { userId: second.id, isActive: false })],
      ["the root apart reactivates second", () => setAccountActive(apart, { userId: second.id, isActive: true })],
      ["the first root demotes the root apart", () => changeRole(first, { userId: apart.id, role: "EDITOR" })],
      ["the middle root confirms the editor apart", () => confirmAccountHeld(middle, { userId: apartEditor.id })],
      ["the first root promotes the root apart", () => changeRole(first, { userId: apart.id, role: "ADMIN" })],
      ["the root apart resets the middle root: its confirmation lapses", () => resetAccountPassword(apart, { userId: middle.id })],
      ["second confirms the middle root", () => confirmAccountHeld(second, { userId: middle.id })],
      ["the first root deactivates the root apart", () => setAccountActive(first, { userId: apart.id, isActive: false })],
      ["second confirms the editor apart", () => confirmAccountHeld(second, { userId: apartEditor.id })],
      ["the first root reactivates the root apart", () => setAccountActive(first, { userId: apart.id, isActive: true })],
      ["fourth resets the first root", () => resetAccountPassword(fourth, { userId: first.id })],
      ["the root apart confirms the first root", () => confirmAccountHeld(apart, { userId: first.id })],
    ];
    const outcomes: string[] = [];
    for (const [step, work] of steps) {
      outcomes.push(`${step}: ${await attempt(work())}`);
      found.push(...(await differences(step)));
    }
    expect(found).toEqual([]);
    // The desk went through both answers, confirmations stood, and the data functions both gave and refused.
    expect([...answered.counts].sort()).toEqual([false, true]);
    expect(answered.standing).toBeGreaterThan(10);
    expect(outcomes.filter((o) => o.endsWith(": done")).length).toBeGreaterThan(15);
    expect(outcomes.filter((o) => !o.endsWith(": done")).length).toBeGreaterThan(0);
  }, 120_000);
});

describe("an account's creator", () => {
  it("is an account that exists already: no account is created by itself, nor two by each other", async () => {
    const insert = (rows: [string, string | null][]) =>
      getDb().$executeRawUnsafe(
        `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt", "createdById") VALUES ${rows.map((_, i) => `($${2 * i + 1}::uuid, 'loop-' || gen_random_uuid() || '@loop.test', 'loop', 'ADMIN', '-', now(), $${2 * i + 2}::uuid)`).join(", ")}`,
        ...rows.flat(),
      );
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    // Such an admin held no account created by nobody in its hands, and read as apart from every account.
    await expect(insert([[a, a]])).rejects.toThrow(/creator must be an account that exists already/);
    await expect(insert([[a, b], [b, a]])).rejects.toThrow(/creator must be an account that exists already/);
    expect(await getDb().user.count({ where: { id: { in: [a, b] } } })).toBe(0);
    // One statement may still create an account and, after it, an account it created.
    await insert([[a, null], [b, a]]);
    expect(await getDb().user.findUnique({ where: { id: b }, select: { createdById: true } })).toEqual({ createdById: a });
  });
});

describe("a password reset and a confirmation of one account", () => {
  const standing = async (account: Actor) =>
    (await getDb().$queryRaw<{ id: string | null }[]>`SELECT "account_standing_confirmer"(${account.id}::uuid)::text AS id`)[0]!.id;

  it("stamped within one millisecond: the one written last is the later, whatever the clocks read", async () => {
    await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
    const creator = await makeUser({ role: "ADMIN" });
    const confirmer = await makeUser({ role: "ADMIN" });
    const resetter = await makeUser({ role: "ADMIN" });
    const account = await createdAccount(creator, "REVIEWER");
    // A confirmation, then a reset whose clock, rounded to the millisecond, reads the same time (here the transaction's
    // one clock): the confirmation was given for the password the account had before, and lapses.
    await getDb().$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${confirmer.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${account.id}::uuid`;
      await tx.$executeRaw`UPDATE "User" SET "passwordResetById" = ${resetter.id}::uuid, "passwordResetAt" = now(), "mustChangePassword" = true WHERE id = ${account.id}::uuid`;
    });
    expect(await standing(account)).toBeNull();
    const controllers = await getDb().$queryRaw<{ id: string }[]>`SELECT "account_controllers"(${account.id}::uuid)::text AS id`;
    expect(controllers.map((row) => row.id)).toContain(resetter.id);
    // Then a confirmation whose clock reads a second before the reset it follows: it stands.
    await getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${confirmer.id}::uuid, "heldConfirmedAt" = now() - interval '1 second' WHERE id = ${account.id}::uuid`;
    expect(await standing(account)).toBe(confirmer.id);
    // And a reset whose clock reads an hour before the last: written after the confirmation, it is stamped after it,
    // where it was refused and the admin's reset failed.
    const { passwordResetAt: last } = await getDb().user.findUniqueOrThrow({ where: { id: account.id }, select: { passwordResetAt: true } });
    await getDb().$executeRaw`UPDATE "User" SET "passwordResetById" = ${creator.id}::uuid, "passwordResetAt" = now() - interval '1 hour' WHERE id = ${account.id}::uuid`;
    const after = await getDb().user.findUniqueOrThrow({ where: { id: account.id }, select: { passwordResetAt: true, heldConfirmedAt: true } });
    expect(after.passwordResetAt!.getTime()).toBeGreaterThan(Math.max(last!.getTime(), after.heldConfirmedAt!.getTime()));
    expect(await standing(account)).toBeNull();
  });

  it("through the data functions: each stamp after the other's, and the audit event records the stored time", async () => {
    await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
    const creator = await makeUser({ role: "ADMIN" });
    const confirmer = await makeUser({ role: "ADMIN" });
    const resetter = await makeUser({ role: "ADMIN" });
    const account = await createdAccount(creator, "REVIEWER");
    for (let round = 0; round < 3; round += 1) {
      await confirmAccountHeld(confirmer, { userId: account.id });
      expect(await standing(account)).toBe(confirmer.id);
      await resetAccountPassword(resetter, { userId: account.id });
      expect(await standing(account)).toBeNull();
    }
    const row = await getDb().user.findUniqueOrThrow({ where: { id: account.id }, select: { passwordResetAt: true, heldConfirmedAt: true } });
    expect(row.passwordResetAt!.getTime()).toBeGreaterThan(row.heldConfirmedAt!.getTime());
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "account.resetPassword", objectId: account.id }, orderBy: { createdAt: "desc" } });
    expect(new Date((audit.after as { passwordResetAt: string }).passwordResetAt).getTime()).toBe(row.passwordResetAt!.getTime());
  });
});

describe("a confirmation at the same moment as its admin's", () => {
  let creator: Actor;
  let confirmer: Actor;
  let account: Actor;
  const beforeEachRace = async () => {
    await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
    creator = await makeUser({ role: "ADMIN" });
    confirmer = await makeUser({ role: "ADMIN" });
    account = await createdAccount(creator, "REVIEWER");
  };

  for (const [change, sql, code] of [
    ["deactivation", `UPDATE "User" SET "isActive" = false, "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, "UNAUTHENTICATED"],
    ["demotion", `UPDATE "User" SET role = 'EDITOR', "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, "FORBIDDEN"],
  ] as const) {
    it(`${change}: the confirmation waits for it, then is refused, and nothing stands`, async () => {
      await beforeEachRace();
      await blocker.query("BEGIN");
      await blocker.query(sql, [confirmer.id]);
      const confirmation = rejection(confirmAccountHeld(confirmer, { userId: account.id }));
      await untilSomeoneWaits(blocker);
      await blocker.query("COMMIT");
      expect(await confirmation).toMatchObject({ code });
      expect(await getDb().user.findUniqueOrThrow({ where: { id: account.id }, select: { heldConfirmedById: true } })).toEqual({ heldConfirmedById: null });
    });
  }

  it("deactivation asked while the confirmation is being written: it waits, and the confirmation it lands on no longer stands", async () => {
    await beforeEachRace();
    const other = await makeUser({ role: "ADMIN" });
    // The deactivation asked by another admin first: the one raced here is the second admin's, which applies it.
    await withRemovalAsked(confirmer.id, null, async () => {
      await blocker.query("BEGIN");
      // What the confirmation's transaction holds: its admin's row shared, the account's for update, the confirmation written.
      await blocker.query(`SELECT 1 FROM "User" WHERE id = $1 FOR SHARE`, [confirmer.id]);
      await blocker.query(`UPDATE "User" SET "heldConfirmedById" = $1, "heldConfirmedAt" = clock_timestamp() WHERE id = $2`, [confirmer.id, account.id]);
      const deactivation = setAccountActive(other, { userId: confirmer.id, isActive: false });
      await untilSomeoneWaits(blocker);
      await blocker.query("COMMIT");
      await deactivation;
    });
    const stands = await getDb().$queryRaw<{ id: string | null }[]>`SELECT "account_standing_confirmer"(${account.id}::uuid)::text AS id`;
    expect(stands[0]!.id).toBeNull();
  });
});
