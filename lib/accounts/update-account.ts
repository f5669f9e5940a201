// Role changes and (de)activation by an admin; both end the account's live sessions.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { cancelRemovalSchema, changeRoleSchema, setActiveSchema, updateAccountSchema } from "@/lib/auth/schemas";
import { writeAuditEvent, writeAuditEvents } from "@/lib/audit/write-audit-event";
import { confirmActor } from "@/lib/auth/confirm-actor";
import { oneHandReason } from "@/lib/auth/account-chain";
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

/** How long a removal of an admin's rights waits when no second admin can confirm it (the other admins are told). */
export const ADMIN_REMOVAL_HOLD_HOURS = 48;
export const REMOVAL_OF_ONE_HAND = "You created this change's requester (or reset their password), or they created yours: another admin must confirm it.";
export const REMOVAL_OTHER_CHANGE = "Another change to this admin's rights is asked: confirm or cancel it first.";

/** A removal of an admin's rights asked and not yet applied: waiting for a second admin, or held until `heldUntil`. */
export type PendingRemoval = { id: string; role: Row["role"] | null; requestedById: string; heldUntil: Date | null };

/**
 * Whether a change that takes an admin's rights away (a demotion out of ADMIN, a deactivation: `role` null) lands
 * now, or is asked and waits. One admin could demote or deactivate every other admin at once; so when another admin
 * does it, the change is a request, applied when a second admin asks for the same change (neither the account nor an
 * admin created by the requester, or whose password the requester reset, nor one up the requester's chain: a puppet
 * account does not confirm), or, on a desk with no such admin, by the requester after a hold of
 * ADMIN_REMOVAL_HOLD_HOURS the other admins are told of (the accounts screen) and the account or another admin may
 * cancel. Taken under the 'last-admin' lock, so requests and confirmations for one account take turns.
 * Returns null when the change is to be applied now, else the pending request.
 */
async function removalDecision(tx: Tx, actor: Actor, account: Row, role: Row["role"] | null, ctx: Ctx): Promise<PendingRemoval | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('last-admin'))`;
  const rows = await tx.$queryRaw<(PendingRemoval & { due: boolean; standing: boolean })[]>`
    SELECT r.id::text AS id, r.role, r."requestedById"::text AS "requestedById", r."heldUntil", (r."heldUntil" IS NOT NULL AND r."heldUntil" <= clock_timestamp()) AS due,
           (a.role = 'ADMIN' AND a."isActive") AS standing
    FROM "AdminRemoval" r JOIN "User" a ON a.id = r."requestedById" WHERE r."accountId" = ${account.id}::uuid AND r."closedAt" IS NULL FOR UPDATE OF r`;
  // A request whose admin is no longer an active admin asks nothing any more.
  if (rows[0] && !rows[0].standing) await tx.$executeRaw`UPDATE "AdminRemoval" SET "closedAt" = clock_timestamp(), outcome = 'SUPERSEDED' WHERE id = ${rows[0].id}::uuid`;
  const open = rows[0]?.standing ? rows[0] : undefined;
  const close = (id: string) => tx.$executeRaw`UPDATE "AdminRemoval" SET "closedAt" = clock_timestamp(), outcome = 'APPLIED' WHERE id = ${id}::uuid`;
  if (open) {
    const { due, standing: _standing, ...pending } = open;
    if (open.role !== role) throw new AppError("CONFLICT", REMOVAL_OTHER_CHANGE, { current: pending });
    if (open.requestedById === actor.id) {
      if (!due) return pending;
      await close(open.id);
      return null;
    }
    if ((await oneHandReason(tx, open.requestedById, actor.id)) === "sameHands") throw new AppError("FORBIDDEN", REMOVAL_OF_ONE_HAND);
    await close(open.id);
    return null;
  }
  // Who could confirm: an active admin other than the two, whose hands and the requester's are apart.
  const confirmers = await tx.$queryRaw<{ id: string }[]>`
    SELECT u.id::text AS id FROM "User" u
    WHERE u.role = 'ADMIN' AND u."isActive" AND u.id <> ${actor.id}::uuid AND u.id <> ${account.id}::uuid
      AND u.id NOT IN (SELECT "account_controllers"(${actor.id}::uuid))
      AND ${actor.id}::uuid NOT IN (SELECT "account_controllers"(u.id))
    LIMIT 1`;
  const [made] = await tx.$queryRaw<{ id: string; heldUntil: Date | null }[]>`
    INSERT INTO "AdminRemoval" (id, "accountId", "requestedById", role, "heldUntil")
    VALUES (gen_random_uuid(), ${account.id}::uuid, ${actor.id}::uuid, ${role}::"Role",
      ${confirmers.length ? null : ADMIN_REMOVAL_HOLD_HOURS}::int * interval '1 hour' + clock_timestamp())
    RETURNING id::text AS id, "heldUntil"`;
  await writeAuditEvent(tx, {
    actorId: actor.id,
    action: "account.requestRemoval",
    objectType: "User",
    objectId: account.id,
    before: { role: account.role, isActive: account.isActive, ...names(actor, account) },
    after: { ...(role === null ? { isActive: false, role: account.role } : { role, isActive: account.isActive }), heldUntil: made!.heldUntil?.toISOString() ?? null, ...names(actor, account) },
    ip: ctx.ip,
  });
  return { id: made!.id, role, requestedById: actor.id, heldUntil: made!.heldUntil };
}

/**
 * Whether the account is one its requester made and nobody has used: created by the requester, never signed in (no
 * sign-in recorded, no session ever issued), its one-time password never replaced, and its password reset by nobody
 * else. Its creator chose its role and held its only password, and it has done nothing on the desk, so taking its
 * rights away undoes no one else's work and needs no second admin nor hold: an admin who created an admin account by
 * mistake demotes or deactivates it at once (audited and listed as any change to an admin). Read under the account's
 * row lock (loadForUpdate), which a sign-in's update of `lastSignInAt` waits for, so a first sign-in and this change
 * take turns. An admin who has signed in once, or whose password another admin reset (and handed to someone), is
 * never one: no admin can remove an established admin this way, whoever created it, and no time window is needed.
 */
async function isUnusedOwnAccount(tx: Tx, actor: Actor, account: Row): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ unused: boolean }[]>`
    SELECT (u."createdById" = ${actor.id}::uuid AND u."mustChangePassword" AND u."lastSignInAt" IS NULL
            AND (u."passwordResetById" IS NULL OR u."passwordResetById" = ${actor.id}::uuid)
            AND NOT EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = u.id)) AS unused
    FROM "User" u WHERE u.id = ${account.id}::uuid`;
  return row?.unused === true;
}

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

type Applied = Row & { removal?: PendingRemoval };

/** A change that lands on the account settles any removal still asked of it (the account changed, so it is moot). */
async function closeOpenRemovals(tx: Tx, accountId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "AdminRemoval" SET "closedAt" = clock_timestamp(), outcome = 'SUPERSEDED' WHERE "accountId" = ${accountId}::uuid AND "closedAt" IS NULL`;
}

export const REMOVAL_NOT_OPEN = "This request is no longer open.";
export const REMOVAL_CANCEL_REFUSED = "Only the account, its requester or another admin apart from the requester may cancel this request.";
export const REMOVAL_CANCELLED_ONCE = "You cancelled this admin's request to remove your rights before: another admin must cancel this one, or it applies after its hold.";
/** How long the account's cancellation of a request about itself counts against its requester's next one. */
export const REMOVAL_CANCEL_ONCE_DAYS = 30;

/**
 * Whether the account has cancelled, within REMOVAL_CANCEL_ONCE_DAYS, a request by `requesterId` to take its rights
 * away. On a desk of two admins each could hold off the other's removal forever by cancelling it; so the account may
 * cancel one such request by the same requester, and the requester asking again is then held without a cancel by the
 * account (another admin apart from the requester still may). Read from the audit log, which records each
 * cancellation with its request and who cancelled it.
 */
export async function hasCancelledBefore(tx: Tx, accountId: string, requesterId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "AuditEvent" e JOIN "AdminRemoval" r ON r.id::text = e.before ->> 'removal'
    WHERE e.action = 'account.cancelRemoval' AND e."objectType" = 'User' AND e."objectId" = ${accountId}
      AND e."actorId" = ${accountId}::uuid AND r."accountId" = ${accountId}::uuid AND r."requestedById" = ${requesterId}::uuid
      AND e."createdAt" > clock_timestamp() - make_interval(days => ${REMOVAL_CANCEL_ONCE_DAYS})
    LIMIT 1`;
  return rows.length > 0;
}

/**
 * Cancels a removal of an admin's rights still asked: by the account itself (once per requester, hasCancelledBefore),
 * its requester, or an active admin whose hands and the requester's are apart. Audited; the account's rights stay as
 * they are.
 */
export async function cancelAdminRemoval(actor: Actor | null, input: unknown, ctx: Ctx = {}): Promise<{ id: string; accountId: string }> {
  assertCan(actor, "account.changeRole");
  const { removalId } = parseInput(cancelRemovalSchema, input);
  return getDb().$transaction(async (tx) => {
    // The admin's row first, then the lock, as a change takes them (its rows, then 'last-admin'): the other order
    // deadlocked against a confirmation of the same request.
    await confirmActor(tx, actor, "account.changeRole");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('last-admin'))`;
    const [open] = await tx.$queryRaw<{ accountId: string; requestedById: string; role: Row["role"] | null }[]>`
      SELECT "accountId"::text AS "accountId", "requestedById"::text AS "requestedById", role FROM "AdminRemoval"
      WHERE id = ${removalId}::uuid AND "closedAt" IS NULL FOR UPDATE`;
    if (!open) throw new AppError("CONFLICT", REMOVAL_NOT_OPEN);
    const own = actor.id === open.accountId || actor.id === open.requestedById;
    if (!own && (await oneHandReason(tx, open.requestedById, actor.id)) === "sameHands") throw new AppError("FORBIDDEN", REMOVAL_CANCEL_REFUSED);
    if (actor.id === open.accountId && actor.id !== open.requestedById && (await hasCancelledBefore(tx, open.accountId, open.requestedById))) throw new AppError("FORBIDDEN", REMOVAL_CANCELLED_ONCE);
    await tx.$executeRaw`UPDATE "AdminRemoval" SET "closedAt" = clock_timestamp(), outcome = 'CANCELLED' WHERE id = ${removalId}::uuid`;
    const account = await tx.user.findUniqueOrThrow({ where: { id: open.accountId }, select: SELECT });
    await writeAuditEvent(tx, {
      actorId: actor.id,
      action: "account.cancelRemoval",
      objectType: "User",
      objectId: open.accountId,
      before: { removal: removalId, asked: open.role ?? "deactivation", ...names(actor, account) },
      after: { removal: null, asked: open.role ?? "deactivation", ...names(actor, account) },
      ip: ctx.ip,
    });
    return { id: removalId, accountId: open.accountId };
  });
}

/**
 * Whether a change taking the account's admin rights away is asked (removalDecision) rather than applied: another
 * admin's, unless the account is the requester's own, unused (isUnusedOwnAccount). Null when it lands now, with
 * `unusedOwnAccount` set when that is why (kept in the change's audit event); else the pending request.
 */
async function removalOf(tx: Tx, actor: Actor, account: Row, role: Row["role"] | null, ctx: Ctx): Promise<PendingRemoval | { unusedOwnAccount: boolean }> {
  if (await isUnusedOwnAccount(tx, actor, account)) return { unusedOwnAccount: true };
  return (await removalDecision(tx, actor, account, role, ctx)) ?? { unusedOwnAccount: false };
}

async function applyRole(tx: Tx, actor: Actor, before: Row, role: Row["role"], ctx: Ctx): Promise<Applied> {
  if (before.role === role) return before;
  let unused = {};
  if (before.role === "ADMIN" && before.isActive && before.id !== actor.id) {
    const removal = await removalOf(tx, actor, before, role, ctx);
    if ("id" in removal) return { ...before, removal };
    if (removal.unusedOwnAccount) unused = removal;
  }
  if (before.role === "ADMIN") await assertAnotherAdminRemains(tx, before.id);
  await closeOpenRemovals(tx, before.id);
  const after = await tx.user.update({ where: { id: before.id }, data: { role, sessionVersion: { increment: 1 } }, select: SELECT });
  await writeAuditEvent(tx, {
    actorId: actor.id,
    action: "account.changeRole",
    objectType: "User",
    objectId: before.id,
    before: { role: before.role, ...names(actor, before), ...unused },
    after: { role, ...names(actor, before), ...unused },
    ip: ctx.ip,
  });
  return after;
}

async function applyActive(tx: Tx, actor: Actor, before: Row, isActive: boolean, ctx: Ctx): Promise<Applied> {
  if (before.isActive === isActive) return before;
  // An admin who deactivates themself is signed out and may leave nobody who can undo it.
  if (!isActive && before.id === actor.id) throw new AppError("CONFLICT", "You cannot deactivate your own account.");
  let unused = {};
  if (!isActive && before.role === "ADMIN") {
    const removal = await removalOf(tx, actor, before, null, ctx);
    if ("id" in removal) return { ...before, removal };
    if (removal.unusedOwnAccount) unused = removal;
  }
  if (!isActive && before.role === "ADMIN") await assertAnotherAdminRemains(tx, before.id);
  await closeOpenRemovals(tx, before.id);
  const after = await tx.user.update({ where: { id: before.id }, data: { isActive, sessionVersion: { increment: 1 } }, select: SELECT });
  await writeAuditEvent(tx, {
    actorId: actor.id,
    action: isActive ? "account.reactivate" : "account.deactivate",
    objectType: "User",
    objectId: before.id,
    // The account's role and both names are kept on both sides of the change (so the log's diff shows what changed
    // only): the accounts screen lists an admin's deactivation to the other admins.
    before: { isActive: before.isActive, role: before.role, ...names(actor, before), ...unused },
    after: { isActive, role: before.role, ...names(actor, before), ...unused },
    ip: ctx.ip,
  });
  return after;
}

/** The change's answer: the account as it now is, the work taken back, and the removal asked when it waits. */
type Outcome = Row & { unassigned: Unassigned; removal: PendingRemoval | null };

function outcome({ removal, ...account }: Applied, unassigned: Unassigned): Outcome {
  return { ...account, unassigned, removal: removal ?? null };
}

export async function changeRole(actor: Actor | null, input: unknown, ctx: Ctx = {}): Promise<Outcome> {
  assertCan(actor, "account.changeRole");
  const { userId, role } = parseInput(changeRoleSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockAssignments(tx, userId);
    const account = await applyRole(tx, actor, await loadForUpdate(tx, actor, "account.changeRole", userId), role, ctx);
    return outcome(account, await releaseAssignments(tx, actor, account, ctx));
  });
}

export async function setAccountActive(actor: Actor | null, input: unknown, ctx: Ctx = {}): Promise<Outcome> {
  assertCan(actor, "account.setActive");
  const { userId, isActive } = parseInput(setActiveSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockAssignments(tx, userId);
    const account = await applyActive(tx, actor, await loadForUpdate(tx, actor, "account.setActive", userId), isActive, ctx);
    return outcome(account, await releaseAssignments(tx, actor, account, ctx));
  });
}

/** A role and an activation change together: both are checked before either is applied, and they commit as one. */
export async function updateAccount(actor: Actor | null, input: unknown, ctx: Ctx = {}): Promise<Outcome> {
  assertCan(actor, "account.changeRole");
  assertCan(actor, "account.setActive");
  const { userId, role, isActive } = parseInput(updateAccountSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockAssignments(tx, userId);
    let account: Applied = await loadForUpdate(tx, actor, "account.changeRole", userId);
    await confirmActor(tx, actor, "account.setActive");
    // Another admin demoted and deactivated at once is one removal of its rights, asked as one request: the
    // deactivation, which takes every right (removalDecision). Once it lands the account is an inactive admin, whose
    // demotion takes nothing more and lands at once; while it waits, neither change is made.
    if (account.role === "ADMIN" && account.isActive && account.id !== actor.id && role !== undefined && role !== "ADMIN" && isActive === false) {
      account = await applyActive(tx, actor, account, false, ctx);
      if (!account.removal) account = await applyRole(tx, actor, account, role, ctx);
      return outcome(account, await releaseAssignments(tx, actor, account, ctx));
    }
    if (role !== undefined) account = await applyRole(tx, actor, account, role, ctx);
    if (isActive !== undefined && !account.removal) account = await applyActive(tx, actor, account, isActive, ctx);
    return outcome(account, await releaseAssignments(tx, actor, account, ctx));
  });
}
