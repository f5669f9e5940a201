// A claim with an open proposal is frozen: what the reviewer is deciding on cannot change under them.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const CLAIM_UNDER_REVIEW = "Under review — withdraw the proposal to edit.";

/** The same line, naming the claims a change to a shared record (a source's text, a claimant) would reach. */
export function underReviewNaming(texts: string[]): string {
  const names = texts.map((text) => `“${[...text].length > 80 ? `${[...text].slice(0, 79).join("")}…` : text}”`);
  return `${CLAIM_UNDER_REVIEW.slice(0, -1)}: ${names.join(", ")}.`;
}

/**
 * The claims among `claimIds` that have an open proposal (a verdict, a correction or a withdrawal awaiting review).
 * The caller holds a lock on their rows (FOR SHARE or FOR UPDATE): opening a proposal locks the claim FOR UPDATE,
 * so it either waits for the caller's change and freezes it with the rest, or committed first and is read here.
 */
export async function claimsUnderReview(tx: Tx, claimIds: readonly string[]): Promise<{ id: string; text: string }[]> {
  if (claimIds.length === 0) return [];
  const open = await tx.proposal.findMany({ where: { openClaimId: { in: [...new Set(claimIds)] } }, select: { claim: { select: { id: true, text: true } } }, orderBy: { createdAt: "asc" } });
  return open.map((p) => p.claim);
}

/** Refuses a change to a claim's reviewed content (wording, claimant, quotes, evidence, links, merges) while it is under review. */
export async function assertNotUnderReview(tx: Tx, claimIds: readonly string[]): Promise<void> {
  if ((await claimsUnderReview(tx, claimIds)).length) throw new AppError("CONFLICT", CLAIM_UNDER_REVIEW);
}
