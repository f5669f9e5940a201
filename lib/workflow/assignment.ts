// Who works on what: a claim assigned to an editor, an open proposal to a reviewer.
import "server-only";
import { z } from "zod";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { lockLiveClaim } from "@/lib/claims/live-claim";
import { PROPOSAL_DECIDED } from "./state-machine";
import { oneHandReason, SAME_CREATOR_ASSIGNEE, SAME_HANDS_ASSIGNEE } from "@/lib/auth/account-chain";
import { DESK_WRITE_BOUNDS } from "@/lib/auth/confirm-actor";

type Ctx = { ip?: string };
/** An empty assignee takes the assignment back. */
const assignee = z.union([z.uuid(), z.literal("").transform(() => null), z.null()]);
const assignClaimSchema = z.object({ claimId: z.uuid(), userId: assignee });
const assignReviewerSchema = z.object({ proposalId: z.uuid(), userId: assignee });

/**
 * The assignee as the database holds it now, its row share-locked until the assignment commits: a deactivation or a
 * demotion being written meanwhile is waited for and then refuses the assignment, and one coming later waits for it.
 * Read without the lock, a proposal was assigned to a reviewer whose demotion had committed a moment before.
 */
async function activeUser(tx: Tx, id: string, roles: readonly string[], message: string) {
  const [user] = await tx.$queryRaw<{ id: string; name: string; role: string; isActive: boolean }[]>`
    SELECT id::text AS id, name, role::text AS role, "isActive" FROM "User" WHERE id = ${id}::uuid FOR SHARE`;
  if (!user || !user.isActive || !roles.includes(user.role)) throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { userId: [message] } });
  return user;
}

/** Assigns a claim to a desk member (or to nobody). Anyone at the desk may hand work out. */
export async function assignClaim(actor: Actor | null, input: unknown, ctx: Ctx = {}) {
  assertCan(actor, "claim.edit");
  const { claimId, userId } = parseInput(assignClaimSchema, input);
  return getDb().$transaction(async (tx) => {
    const claim = await lockLiveClaim(tx, claimId, "update");
    const user = userId ? await activeUser(tx, userId, ["EDITOR", "REVIEWER", "ADMIN"], "Choose an active member of the desk.") : null;
    // Not a content change: the claim's version (the editors' optimistic lock) stays as it is.
    await tx.claim.update({ where: { id: claimId }, data: { assignedToId: user?.id ?? null } });
    await writeAuditEvent(tx, { actorId: actor.id, action: "claim.assign", objectType: "Claim", objectId: claimId, before: { assignedToId: claim.assignedToId }, after: { assignedToId: user?.id ?? null }, ip: ctx.ip });
    return { assignedTo: user ? { id: user.id, name: user.name } : null };
  }, DESK_WRITE_BOUNDS);
}

/** Asks one reviewer to decide an open proposal (or nobody). Never its author: they may not review it. */
export async function assignReviewer(actor: Actor | null, input: unknown, ctx: Ctx = {}) {
  assertCan(actor, "claim.edit");
  const { proposalId, userId } = parseInput(assignReviewerSchema, input);
  return getDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; status: string; proposedById: string; assignedReviewerId: string | null }[]>`
      SELECT id, status::text AS status, "proposedById", "assignedReviewerId" FROM "Proposal" WHERE id = ${proposalId}::uuid FOR UPDATE`;
    const proposal = rows[0];
    if (!proposal) throw new AppError("NOT_FOUND", "No such proposal.");
    if (proposal.status !== "OPEN") throw new AppError("CONFLICT", PROPOSAL_DECIDED);
    const user = userId ? await activeUser(tx, userId, ["REVIEWER", "ADMIN"], "Choose an active reviewer.") : null;
    if (user && user.id === proposal.proposedById) throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { userId: ["The proposer cannot review their own proposal."] } });
    // Nor an account one hand may hold with the proposer's: the two-person rule would refuse its review.
    const oneHand = user ? await oneHandReason(tx, proposal.proposedById, user.id) : null;
    if (oneHand) throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { userId: [oneHand === "sameHands" ? SAME_HANDS_ASSIGNEE : SAME_CREATOR_ASSIGNEE] } });
    await tx.proposal.update({ where: { id: proposalId }, data: { assignedReviewerId: user?.id ?? null } });
    await writeAuditEvent(tx, { actorId: actor.id, action: "proposal.assign", objectType: "Proposal", objectId: proposalId, before: { assignedReviewerId: proposal.assignedReviewerId }, after: { assignedReviewerId: user?.id ?? null }, ip: ctx.ip });
    return { assignedReviewer: user ? { id: user.id, name: user.name } : null };
  }, DESK_WRITE_BOUNDS);
}

/** Who a claim or a proposal can be assigned to: active desk members, and for reviews those who may review. */
export async function listAssignees(actor: Actor | null) {
  assertCan(actor, "claim.read");
  const users = await getDb().user.findMany({ where: { isActive: true }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } });
  return { editors: users, reviewers: users.filter((u) => u.role === "REVIEWER" || u.role === "ADMIN") };
}
