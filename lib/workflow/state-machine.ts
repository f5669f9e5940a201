// The workflow's one description: which moves exist, from which states, to which state, and who may make each.
// The database holds the same edges (trigger "claim_workflow_guard" in the workflow migration).
import { AppError } from "@/lib/errors";
import { assertCan, can, type Actor, type Permission } from "@/lib/auth/permissions";

export const CLAIM_STATES = ["DRAFT", "RESEARCHING", "PROPOSED", "PUBLISHED", "WITHDRAWN"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];
export type ProposalKind = "VERDICT" | "CORRECTION" | "WITHDRAWAL";
export type Decision = "APPROVE" | "REJECT" | "REQUEST_CHANGES";

/** Claim state edges, as the database trigger allows them. */
export const EDGES: readonly (readonly [ClaimState, ClaimState])[] = [
  ["DRAFT", "RESEARCHING"],
  ["RESEARCHING", "PROPOSED"],
  ["PROPOSED", "RESEARCHING"],
  ["PROPOSED", "PUBLISHED"],
  ["PUBLISHED", "WITHDRAWN"],
];

export function isLegalEdge(from: ClaimState, to: ClaimState): boolean {
  return from === to || EDGES.some(([a, b]) => a === from && b === to);
}

/** The state a claim must be in for each kind of proposal. */
const PROPOSE_FROM: Record<ProposalKind, ClaimState> = { VERDICT: "RESEARCHING", CORRECTION: "PUBLISHED", WITHDRAWAL: "PUBLISHED" };

/** Who may make each move. */
export const MOVE_PERMISSION = {
  startResearch: "claim.edit",
  propose: "proposal.create",
  review: "proposal.review",
} as const satisfies Record<string, Permission>;

export function assertCanStartResearch(actor: Actor | null, state: ClaimState): asserts actor is Actor {
  assertCan(actor, MOVE_PERMISSION.startResearch);
  if (state !== "DRAFT") throw new AppError("CONFLICT", "Only a draft can move to research.");
}

/** The claim's state once a proposal of this kind is opened. */
export function stateAfterProposal(state: ClaimState, kind: ProposalKind): ClaimState {
  if (state !== PROPOSE_FROM[kind]) {
    throw new AppError("CONFLICT", kind === "VERDICT" ? "Only a claim in research can be proposed for a verdict." : "Only a published claim can be corrected or withdrawn.");
  }
  return kind === "VERDICT" ? "PROPOSED" : state;
}

/** Reviewers decide on other people's proposals only: the two-person rule. */
export function canReview(actor: Actor | null | undefined, proposal: { proposedById: string; status: string }): boolean {
  return !!actor && can(actor, MOVE_PERMISSION.review) && proposal.status === "OPEN" && proposal.proposedById !== actor.id;
}

export const PROPOSAL_DECIDED = "This proposal has already been decided.";

export function assertCanReview(actor: Actor | null, proposal: { proposedById: string; status: string }): asserts actor is Actor {
  assertCan(actor, MOVE_PERMISSION.review);
  if (proposal.proposedById === actor.id) throw new AppError("FORBIDDEN", "You cannot review your own proposal: a second person must.", { reason: "ownProposal" });
  if (proposal.status !== "OPEN") throw new AppError("CONFLICT", PROPOSAL_DECIDED);
}

/** The claim's state after a decision on an open proposal of this kind. */
export function stateAfterDecision(state: ClaimState, kind: ProposalKind, decision: Decision): ClaimState {
  if (decision !== "APPROVE") return kind === "VERDICT" ? "RESEARCHING" : state;
  return kind === "WITHDRAWAL" ? "WITHDRAWN" : "PUBLISHED";
}
