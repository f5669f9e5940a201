// Role changes and (de)activation by an admin; both end the account's live sessions.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { changeRoleSchema, setActiveSchema } from "@/lib/auth/schemas";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";

const SELECT = { id: true, email: true, role: true, isActive: true, sessionVersion: true } as const;

async function loadForUpdate(tx: Tx, userId: string) {
  // Row lock: two admins changing the same account apply one after the other.
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!rows.length) throw new AppError("NOT_FOUND", "No such account.");
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: SELECT });
}

/** Refuses a change that would leave the desk with no active admin. */
async function assertAnotherAdminRemains(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('last-admin'))`;
  const others = await tx.user.count({ where: { role: "ADMIN", isActive: true, id: { not: userId } } });
  if (!others) throw new AppError("CONFLICT", "The desk needs at least one active admin.");
}

export async function changeRole(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "account.changeRole");
  const { userId, role } = parseInput(changeRoleSchema, input);
  return getDb().$transaction(async (tx) => {
    const before = await loadForUpdate(tx, userId);
    if (before.role === role) return before;
    if (before.role === "ADMIN") await assertAnotherAdminRemains(tx, userId);
    const after = await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } }, select: SELECT });
    await writeAuditEvent(tx, { actorId: actor.id, action: "account.changeRole", objectType: "User", objectId: userId, before: { role: before.role }, after: { role }, ip: ctx.ip });
    return after;
  });
}

export async function setAccountActive(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "account.setActive");
  const { userId, isActive } = parseInput(setActiveSchema, input);
  return getDb().$transaction(async (tx) => {
    const before = await loadForUpdate(tx, userId);
    if (before.isActive === isActive) return before;
    if (!isActive && before.role === "ADMIN") await assertAnotherAdminRemains(tx, userId);
    const after = await tx.user.update({ where: { id: userId }, data: { isActive, sessionVersion: { increment: 1 } }, select: SELECT });
    await writeAuditEvent(tx, {
      actorId: actor.id,
      action: isActive ? "account.reactivate" : "account.deactivate",
      objectType: "User",
      objectId: userId,
      before: { isActive: before.isActive },
      after: { isActive },
      ip: ctx.ip,
    });
    return after;
  });
}
