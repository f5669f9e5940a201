// A password reset written at the same moment as another change to the same accounts, on another instance: the two
// transactions take turns on the account's row, and the second sees what the first committed. A confirmation by the
// admin whose reset lands first is refused with the screen's answer (it read the account as before the reset, and only
// the database's trigger refused it, with an error the screen could not show); a reset of an account being
// deactivated, or by an admin being demoted, is refused once that change commits.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { confirmAccountHeld, HELD_BY_CONFIRMER } from "@/lib/accounts/confirm-account-held";
import { resetAccountPassword, RESET_INACTIVE } from "@/lib/accounts/reset-account-password";
import { createdAccount, makeUser, rejection } from "@/test/factories";
import { lockHolder, untilSomeoneWaits } from "@/test/lock-wait";
import { stands } from "@/test/account-standing";

const blocker = lockHolder();
const resetBy = async (account: Actor) => (await getDb().user.findUniqueOrThrow({ where: { id: account.id }, select: { passwordResetById: true } })).passwordResetById;

let creator: Actor;
let attacker: Actor;
let account: Actor;
beforeEach(async () => {
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  creator = await makeUser({ role: "ADMIN" });
  attacker = await makeUser({ role: "ADMIN" });
  account = await createdAccount(creator, "REVIEWER");
});

describe("a password reset at the same moment as", () => {
  it("a confirmation by the admin resetting: the confirmation waits for the reset, then is refused", async () => {
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET "passwordResetById" = $1, "passwordResetAt" = now(), "mustChangePassword" = true WHERE id = $2`, [attacker.id, account.id]);
    const confirmation = rejection(confirmAccountHeld(attacker, { userId: account.id }));
    await untilSomeoneWaits(blocker);
    await blocker.query("COMMIT");
    expect(await confirmation).toMatchObject({ code: "FORBIDDEN", message: HELD_BY_CONFIRMER });
    expect(await stands(account)).toBeNull();
    expect(await getDb().auditEvent.count({ where: { action: "account.confirmHeld", objectId: account.id } })).toBe(0);
  });

  it("the account's deactivation: the reset waits for it, then is refused", async () => {
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET "isActive" = false, "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [account.id]);
    const reset = rejection(resetAccountPassword(attacker, { userId: account.id }));
    await untilSomeoneWaits(blocker);
    await blocker.query("COMMIT");
    expect(await reset).toMatchObject({ code: "CONFLICT", message: RESET_INACTIVE });
    expect(await resetBy(account)).toBeNull();
  });

  it("the resetting admin's demotion: the reset waits for it, then is refused", async () => {
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET role = 'EDITOR', "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [attacker.id]);
    const reset = rejection(resetAccountPassword(attacker, { userId: account.id }));
    await untilSomeoneWaits(blocker);
    await blocker.query("COMMIT");
    expect(await reset).toMatchObject({ code: "FORBIDDEN" });
    expect(await resetBy(account)).toBeNull();
  });
});
