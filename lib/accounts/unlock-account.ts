// An admin lifts the sign-in lock on an account: its earlier failures stop counting (the addresses' do not).
import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { unlockAccountSchema } from "@/lib/auth/schemas";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { confirmActor } from "@/lib/auth/confirm-actor";

export async function unlockAccount(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "account.unlock");
  const { userId } = parseInput(unlockAccountSchema, input);
  return getDb().$transaction(async (tx) => {
    await confirmActor(tx, actor, "account.unlock");
    const before = await tx.user.findUnique({ where: { id: userId }, select: { signInUnlockedAt: true } });
    if (!before) throw new AppError("NOT_FOUND", "No such account.");
    const after = await tx.user.update({ where: { id: userId }, data: { signInUnlockedAt: await databaseNow(tx) }, select: { id: true, signInUnlockedAt: true } });
    await writeAuditEvent(tx, { actorId: actor.id, action: "account.unlock", objectType: "User", objectId: userId, before, after: { signInUnlockedAt: after.signInUnlockedAt }, ip: ctx.ip });
    return after;
  });
}
