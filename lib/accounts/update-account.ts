// Role changes and (de)activation by an admin; both end the account's live sessions.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { changeRoleSchema, setActiveSchema, updateAccountSchema } from "@/lib/auth/schemas";
import { writeAuditEvent, writeAuditEvents } from "@/lib/audit/write-audit-event";
import { confirmActor } from "@/lib/auth/confirm-actor";
import { accountLabel } from "./account-label";

const SELECT = { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true } as const;

async function loadForUpdate(tx: Tx, actor: Actor, permission: "account.changeRole" | "account.setActive", userId: string) {
  // Row locks, the admin's and the account's, in one order: two admins changing the same account apply one after
  // the other, and two admins demoting each other at once take turns instead of deadlocking. NO KEY UPDATE, the lock
  // the UPDATE takes anyway: it waits for a write that holds the account FOR SHARE (lib/auth/confirm-actor.ts) but not
  // for one that only names it (a notification or an audit event for that account).
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id IN (${userId}::uuid, ${actor.id}::uuid) ORDER BY id FOR NO KEY UPDATE`;
  // The admin is still an active admin now, not only when the request began: the second of those two is refused.
  await confirmActor(tx, actor, permission);
  if (!rows.some((row) => row.id === userId)) throw new AppError("NOT_FOUND", "No such account.");
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: SELECT });
}

/** Refuses a change that would leave the desk with no active admin. */
async function assertAnotherAdminRemains(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('last-admin'))`;
  const others = await tx.user.count({ where: { role: "ADMIN", isActive: true, id: { not: userId } } });
  if (!others) throw new AppError("CONFLICT", "The desk needs at least one active admin.");
}

type Ctx = { ip?: string };
type Row = Awaited<ReturnType<typeof loadForUpdate>>;
/** The work taken back from the account by the change: claims it was assigned, open proposals it was to review. */
export type Unassigned = { claims: number; reviews: number };

/** The roles an open proposal may be assigned to (lib/workflow/assignment.ts); every role may be assigned a claim. */
const REVIEW_ROLES: readonly string[] = ["REVIEWER", "ADMIN"];

/**
 * Locks the claims and open proposals assigned to the account, before its row: an assignment locks its claim or
 * proposal and then the account (lib/workflow/assignment.ts), so the same order here means the two take turns. NO KEY
 * UPDATE, the lock the unassignment's UPDATE takes anyway: a row that only names the claim (a match suggestion written
 * under the account's share lock) does not wait for it.
 */
async function lockAssignments(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Claim" WHERE "assignedToId" = ${userId}::uuid ORDER BY id FOR NO KEY UPDATE`;
  await tx.$queryRaw`SELECT id FROM "Proposal" WHERE "assignedReviewerId" = ${userId}::uuid AND status = 'OPEN' ORDER BY id FOR NO KEY UPDATE`;
}

/**
 * What the account may no longer do is taken back in the change's transaction: a deactivated account's claims and
 * open proposals to review, a demoted reviewer's open proposals. Left assigned, the desk showed the work as waiting
 * for someone who will never do it, and nobody else had it in their queue. Each is audited as the admin's
 * unassignment, and the admin is told how many.
 */
async function releaseAssignments(tx: Tx, actor: Actor, account: Row, ctx: Ctx): Promise<Unassigned> {
  const claims = account.isActive ? [] : await tx.$queryRaw<{ id: string }[]>`UPDATE "Claim" SET "assignedToId" = NULL WHERE "assignedToId" = ${account.id}::uuid RETURNING id::text AS id`;
  const reviews =
    account.isActive && REVIEW_ROLES.includes(account.role)
      ? []
      : await tx.$queryRaw<{ id: string }[]>`UPDATE "Proposal" SET "assignedReviewerId" = NULL WHERE "assignedReviewerId" = ${account.id}::uuid AND status = 'OPEN' RETURNING id::text AS id`;
  // A request to review is settled for an account that may no longer review (as a decided proposal's are): a demoted
  // reviewer's desk listed requests it could not answer, and counted them as unread.
  if (!REVIEW_ROLES.includes(account.role)) {
    await tx.$executeRaw`UPDATE "Notification" SET "readAt" = clock_timestamp() WHERE "userId" = ${account.id}::uuid AND kind = 'REVIEW_REQUESTED' AND "readAt" IS NULL`;
  }
  await writeAuditEvents(tx, [
    ...claims.map((c) => ({ actorId: actor.id, action: "claim.assign" as const, objectType: "Claim", objectId: c.id, before: { assignedToId: account.id }, after: { assignedToId: null }, ip: ctx.ip })),
    ...reviews.map((p) => ({ actorId: actor.id, action: "proposal.assign" as const, objectType: "Proposal", objectId: p.id, before: { assignedReviewerId: account.id }, after: { assignedReviewerId: null }, ip: ctx.ip })),
  ]);
  return { claims: claims.length, reviews: reviews.length };
}

/**
 * Both accounts named as they were at the change (names and e-mails can change later, and an account's label is what
 * the other admins read), beside the ids the event keeps; written before and after alike, as context, not a change.
 */
function names(actor: Actor, account: Row): { account: string; by: string } {
  return { account: accountLabel(account), by: accountLabel(actor) };
}

async function applyRole(tx: Tx, actor: Actor, before: Row, role: Row["role"], ctx: Ctx): Promise<Row> {
  if (before.role === role) return before;
  if (before.role === "ADMIN") await assertAnotherAdminRemains(tx, before.id);
  const after = await tx.user.update({ where: { id: before.id }, data: { role, sessionVersion: { increment: 1 } }, select: SELECT });
  await writeAuditEvent(tx, { actorId: actor.id, action: "account.changeRole", objectType: "User", objectId: before.id, before: { role: before.role, ...names(actor, before) }, after: { role, ...names(actor, before) }, ip: ctx.ip });
  return after;
}

async function applyActive(tx: Tx, actor: Actor, before: Row, isActive: boolean, ctx: Ctx): Promise<Row> {
  if (before.isActive === isActive) return before;
  // An admin who deactivates themself is signed out and may leave nobody who can undo it.
  if (!isActive && before.id === actor.id) throw new AppError("CONFLICT", "You cannot deactivate your own account.");
  if (!isActive && before.role === "ADMIN") await assertAnotherAdminRemains(tx, before.id);
  const after = await tx.user.update({ where: { id: before.id }, data: { isActive, sessionVersion: { increment: 1 } }, select: SELECT });
  await writeAuditEvent(tx, {
    actorId: actor.id,
    action: isActive ? "account.reactivate" : "account.deactivate",
    objectType: "User",
    objectId: before.id,
    // The account's role and both names are kept on both sides of the change (so the log's diff shows what changed
    // only): the accounts screen lists an admin's deactivation to the other admins.
    before: { isActive: before.isActive, role: before.role, ...names(actor, before) },
    after: { isActive, role: before.role, ...names(actor, before) },
    ip: ctx.ip,
  });
  return after;
}

export async function changeRole(actor: Actor | null, input: unknown, ctx: Ctx = {}): Promise<Row & { unassigned: Unassigned }> {
  assertCan(actor, "account.changeRole");
  const { userId, role } = parseInput(changeRoleSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockAssignments(tx, userId);
    const account = await applyRole(tx, actor, await loadForUpdate(tx, actor, "account.changeRole", userId), role, ctx);
    return { ...account, unassigned: await releaseAssignments(tx, actor, account, ctx) };
  });
}

export async function setAccountActive(actor: Actor | null, input: unknown, ctx: Ctx = {}): Promise<Row & { unassigned: Unassigned }> {
  assertCan(actor, "account.setActive");
  const { userId, isActive } = parseInput(setActiveSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockAssignments(tx, userId);
    const account = await applyActive(tx, actor, await loadForUpdate(tx, actor, "account.setActive", userId), isActive, ctx);
    return { ...account, unassigned: await releaseAssignments(tx, actor, account, ctx) };
  });
}

/** A role and an activation change together: both are checked before either is applied, and they commit as one. */
export async function updateAccount(actor: Actor | null, input: unknown, ctx: Ctx = {}) {
  assertCan(actor, "account.changeRole");
  assertCan(actor, "account.setActive");
  const { userId, role, isActive } = parseInput(updateAccountSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockAssignments(tx, userId);
    let account = await loadForUpdate(tx, actor, "account.changeRole", userId);
    await confirmActor(tx, actor, "account.setActive");
    if (role !== undefined) account = await applyRole(tx, actor, account, role, ctx);
    if (isActive !== undefined) account = await applyActive(tx, actor, account, isActive, ctx);
    return { ...account, unassigned: await releaseAssignments(tx, actor, account, ctx) };
  });
}
