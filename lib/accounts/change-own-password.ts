// A signed-in user replaces their own password; other sessions of theirs stop working.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";

export async function changeOwnPassword(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "account.changeOwnPassword");
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, omit: { passwordHash: false } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { currentPassword: ["This is not your current password."] } });
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, passwordExpiresAt: null, sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true },
    });
    await writeAuditEvent(tx, { actorId: actor.id, action: "account.changePassword", objectType: "User", objectId: actor.id, ip: ctx.ip });
    return updated;
  });
}
