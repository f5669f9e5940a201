// Taking back an open proposal before anyone decided it, so the claim it froze can be edited again.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { confirmActor } from "@/lib/auth/confirm-actor";
import { MOVE_PERMISSION, PROPOSAL_DECIDED, stateAfterDecision, type ClaimState } from "./state-machine";
import { closeProposal, lockProposal } from "./proposal-row";
import { withdrawProposalSchema } from "./schemas";
import { DESK_WRITE_BOUNDS } from "@/lib/auth/confirm-actor";

export const WITHDRAW_NOT_YOURS = "Only the person who proposed it, or an admin, can withdraw this proposal.";

/**
 * The proposer (or an admin) withdraws an open proposal: it is closed as withdrawn, nothing is published, and the
 * claim leaves review (a first verdict goes back to research; a published claim stays as published). The proposal
 * row is locked first, as a review locks it, so a withdrawal and a decision at the same moment take turns and the
 * second finds the proposal closed.
 */
export async function withdrawProposal(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, MOVE_PERMISSION.propose);
  const { proposalId } = parseInput(withdrawProposalSchema, input);
  return getDb().$transaction(async (tx) => {
    // The role as it is now: an admin demoted since the session check withdraws only their own proposals.
    const current = await confirmActor(tx, actor, MOVE_PERMISSION.propose);
    const proposal = await lockProposal(tx, proposalId);
    if (proposal.proposedById !== actor.id && current.role !== "ADMIN") throw new AppError("FORBIDDEN", WITHDRAW_NOT_YOURS, { reason: "notYourProposal" });
    if (proposal.status !== "OPEN") throw new AppError("CONFLICT", PROPOSAL_DECIDED);
    const rows = await tx.$queryRaw<{ state: ClaimState }[]>`SELECT state::text AS state FROM "Claim" WHERE id = ${proposal.claimId}::uuid FOR UPDATE`;
    const before = rows[0]!.state;
    // Sent back without a decision: the same state as when changes are requested.
    const state = stateAfterDecision(before, proposal.kind, "REQUEST_CHANGES");
    // Nobody needs to review it any more.
    await closeProposal(tx, proposalId, "WITHDRAWN");
    if (state !== before) await tx.claim.update({ where: { id: proposal.claimId }, data: { state, updatedById: actor.id } });
    await writeAuditEvent(tx, { actorId: actor.id, action: "proposal.withdraw", objectType: "Proposal", objectId: proposalId, before: { status: "OPEN", claimState: before }, after: { status: "WITHDRAWN", claimState: state }, ip: ctx.ip });
    return { claimId: proposal.claimId, state };
  }, DESK_WRITE_BOUNDS);
}
