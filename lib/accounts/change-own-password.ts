// A signed-in user replaces their own password; other sessions of theirs stop working.
import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { addressKey } from "@/lib/http/address-key";
import { changeHeldBackRecently, lockAttempts, readThrottleCounts, recordAttempt } from "@/lib/auth/throttle";
import { decideSignIn } from "@/lib/auth/throttle-rules";

export const WRONG_CURRENT_PASSWORD = "This is not your current password.";
export const TOO_MANY_WRONG_PASSWORDS = "Too many wrong passwords. Wait 15 minutes and try again.";
export const SLOW_DOWN_WRONG_PASSWORDS = "Too many wrong passwords from your address. Wait a little and try again.";

const refusal = (code: "INVALID" | "RATE_LIMITED", message: string) =>
  new AppError(code, code === "INVALID" ? "Some fields need attention." : message, { fieldErrors: { currentPassword: [message] } });

/**
 * The current password is checked as a sign-in checks it: a stolen session must not become an unthrottled way to
 * guess the password (and then keep the account), so a wrong one is a failed attempt against the account from this
 * address, counted and limited with sign-in's. The check and the change run under the account's row lock against
 * the hash stored at that moment: of two changes at once, the second is checked against the first one's new
 * password, so a change begun with a password that was just replaced fails instead of overwriting the replacement.
 */
export async function changeOwnPassword(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "account.changeOwnPassword");
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const db = getDb();
  const { email } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  const client = addressKey(ctx.ip ?? "");
  return db
    .$transaction(
      async (tx) => {
        await lockAttempts(tx, email, client);
        // The database's clock, which stamps each attempt (see authenticate).
        const now = await databaseNow(tx);
        const decision = decideSignIn(await readThrottleCounts(tx, email, client, now), now);
        if (!decision.isAllowed) {
          // At most one a minute for the account, as sign-in audits a site's: the rest are held back as this one was.
          if (!(await changeHeldBackRecently(tx, actor.id, now))) await writeAuditEvent(tx, { actorId: actor.id, action: "auth.signInThrottled", objectType: "User", objectId: actor.id, after: { email, reason: decision.reason, during: "changePassword" }, ip: ctx.ip });
          return { error: refusal("RATE_LIMITED", decision.reason === "slow-down" ? SLOW_DOWN_WRONG_PASSWORDS : TOO_MANY_WRONG_PASSWORDS) } as const;
        }
        const [stored] = await tx.$queryRaw<{ passwordHash: string }[]>`SELECT "passwordHash" FROM "User" WHERE id = ${actor.id}::uuid FOR UPDATE`;
        if (!stored || !(await verifyPassword(stored.passwordHash, currentPassword))) {
          await recordAttempt(tx, email, client, false);
          await writeAuditEvent(tx, { actorId: actor.id, action: "account.changePasswordFailed", objectType: "User", objectId: actor.id, ip: ctx.ip });
          return { error: refusal("INVALID", WRONG_CURRENT_PASSWORD) } as const;
        }
        const passwordHash = await hashPassword(newPassword);
        const updated = await tx.user.update({
          where: { id: actor.id },
          data: { passwordHash, mustChangePassword: false, passwordExpiresAt: null, sessionVersion: { increment: 1 } },
          select: { id: true, sessionVersion: true },
        });
        await writeAuditEvent(tx, { actorId: actor.id, action: "account.changePassword", objectType: "User", objectId: actor.id, ip: ctx.ip });
        return { updated } as const;
      },
      // Two hashings under the lock: a burst of changes on one account waits its turn rather than failing.
      { timeout: 15_000, maxWait: 15_000 },
    )
    .then((result) => {
      // A refusal is committed (attempt and audit) before it is thrown.
      if ("error" in result) throw result.error;
      return result.updated;
    });
}
