// An open proposal's row as a decision on it holds and closes it: a review, or its proposer's withdrawal.
import "server-only";
import type { Proposal } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { databaseNow } from "@/lib/db/clock";

/**
 * The proposal, its row locked until the transaction ends: a second decision at the same moment (another review, a
 * withdrawal) waits here, then finds it decided.
 */
export async function lockProposal(tx: Tx, proposalId: string): Promise<Proposal> {
  await tx.$queryRaw`SELECT 1 FROM "Proposal" WHERE id = ${proposalId}::uuid FOR UPDATE`;
  const proposal = await tx.proposal.findUnique({ where: { id: proposalId } });
  if (!proposal) throw new AppError("NOT_FOUND", "No such proposal.");
  return proposal;
}

/**
 * Closes an open proposal with its outcome; the requests to review it are settled for every reviewer. The decision's
 * time is the database's clock, as the proposal's: the sent-back proposals are listed in its order. The settled
 * requests' read time is the same.
 */
export async function closeProposal(tx: Tx, proposalId: string, status: "APPROVED" | "REJECTED" | "CHANGES_REQUESTED" | "WITHDRAWN"): Promise<void> {
  const now = await databaseNow(tx);
  await tx.proposal.update({ where: { id: proposalId }, data: { status, openClaimId: null, decidedAt: now } });
  await tx.notification.updateMany({ where: { proposalId, kind: "REVIEW_REQUESTED", readAt: null }, data: { readAt: now } });
}
