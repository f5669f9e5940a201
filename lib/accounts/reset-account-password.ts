// An admin resets the password of an account whose person forgot it: a new one-time password, returned once and
// never stored in clear, to be changed at the next sign-in; every session of the account ends.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { resetAccountPasswordSchema } from "@/lib/auth/schemas";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { confirmActor } from "@/lib/auth/confirm-actor";
import { ONE_TIME_PASSWORD_HOURS } from "./create-account";
import { databaseNow } from "@/lib/db/clock";

export const RESET_OWN_PASSWORD = "You cannot reset your own password here: change it on your password page.";
export const RESET_INACTIVE = "This account is deactivated: reactivate it before resetting its password.";

/**
 * The admin is shown the new one-time password and could sign in as the account before its person does, so the
 * database counts that admin up the account's chain (passwordResetById, the function `account_controllers`) until
 * another admin confirms, after the reset, that the account is held by its own person (confirmAccountHeld): the
 * two-person rule then refuses a review between the two, as for an account the admin created. The sign-in lock and
 * the attempt counts are left as they are: a reset is no way around them (unlocking is its own action).
 */
export async function resetAccountPassword(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "account.resetPassword");
  const { userId } = parseInput(resetAccountPasswordSchema, input);
  if (userId === actor.id) throw new AppError("FORBIDDEN", RESET_OWN_PASSWORD);
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return getDb().$transaction(async (tx) => {
    // Both rows, the admin's and the account's, in one order (as lib/accounts/update-account.ts): a confirmation, a
    // role change or another reset of the same account waits its turn, and two admins resetting each other at once
    // take turns instead of deadlocking. Then the admin is confirmed still an active admin.
    const rows = await tx.$queryRaw<{ id: string; isActive: boolean }[]>`
      SELECT id::text AS id, "isActive" FROM "User" WHERE id IN (${userId}::uuid, ${actor.id}::uuid) ORDER BY id FOR NO KEY UPDATE`;
    await confirmActor(tx, actor, "account.resetPassword");
    const account = rows.find((row) => row.id === userId);
    if (!account) throw new AppError("NOT_FOUND", "No such account.");
    if (!account.isActive) throw new AppError("CONFLICT", RESET_INACTIVE);
    const now = await databaseNow(tx);
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        passwordHash,
        mustChangePassword: true,
        passwordExpiresAt: new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS * 3_600_000),
        passwordResetById: actor.id,
        passwordResetAt: now,
        sessionVersion: { increment: 1 },
      },
      select: { id: true, email: true, passwordResetById: true, passwordResetAt: true, mustChangePassword: true },
    });
    // The version ends every session at its next request on any instance; the rows are marked ended as well.
    const ended = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await writeAuditEvent(tx, {
      actorId: actor.id,
      action: "account.resetPassword",
      objectType: "User",
      objectId: userId,
      after: { passwordResetById: actor.id, passwordResetAt: user.passwordResetAt, mustChangePassword: true, sessionsEnded: ended.count },
      ip: ctx.ip,
    });
    return { user, oneTimePassword };
  });
}
