// A reviewer's decision on someone else's proposal. Approval publishes the next numbered, immutable revision.
import "server-only";
import { Prisma, type Proposal } from "@/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { writeSearchDocument } from "@/lib/public/search-document";
import { assertCanReview, MOVE_PERMISSION, PROPOSAL_DECIDED, stateAfterDecision, type ClaimState, type Decision } from "./state-machine";
import { closeProposal, lockProposal } from "./proposal-row";
import { reviewSchema } from "./schemas";
import type { RevisionSnapshot } from "./snapshot";
import { assertWorkingCopyUnchanged } from "./working-copy";
import { DENIAL_APPROVAL_WITHOUT_DENIED, namesPublishedDenied } from "./denial-published";
import { announcePublication } from "@/lib/public/invalidate";
import { publicationChanged } from "@/lib/public/search";
import { refreshAfterApproval } from "@/lib/public/refresh-after-approval";
import { assertSeparateHands } from "@/lib/auth/account-chain";
import { confirmActor } from "@/lib/auth/confirm-actor";
import { DESK_WRITE_BOUNDS } from "@/lib/auth/confirm-actor";
import { firstPublishedSlug } from "@/lib/claims/slug";

const STATUS_AFTER = { APPROVE: "APPROVED", REJECT: "REJECTED", REQUEST_CHANGES: "CHANGES_REQUESTED" } as const;
const ACTION = { APPROVE: "proposal.approve", REJECT: "proposal.reject", REQUEST_CHANGES: "proposal.requestChanges" } as const;
const NOTICE = { APPROVE: "APPROVED", REJECT: "REJECTED", REQUEST_CHANGES: "CHANGES_REQUESTED" } as const;

export type ReviewResult = { decision: Decision; claimId: string; slug: string; revision: number | null };

type ClaimBefore = { slug: string; state: ClaimState; revision: number; verdict: Proposal["verdict"]; publishedAt: Date | null };

/** Whether a slug is some claim's address, current or old: checked first, since a failed insert aborts the transaction. */
async function slugTaken(tx: Tx, slug: string): Promise<boolean> {
  if (await tx.claim.findUnique({ where: { slug }, select: { id: true } })) return true;
  return (await tx.claimSlug.findUnique({ where: { slug }, select: { slug: true } })) !== null;
}

/** The claim's unique slug index (Prisma's @unique on Claim.slug). */
const CLAIM_SLUG_INDEX = "Claim_slug_key";

/** The write broke the claim's slug index: another claim took the address after it was checked. */
function isSlugTakenMeanwhile(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  // The adapter names the index (or its columns) in meta; slug is unique nowhere else on Claim.
  const meta = JSON.stringify(error.meta ?? {});
  return meta.includes(CLAIM_SLUG_INDEX) || /"slug"/.test(meta);
}

/** Draws of a free address, each checked then written, before the approval gives up (only a broken source needs two). */
const SLUG_WRITES = 4;

/**
 * Writes the claim's first published address with the rest of its publication (`data`) and returns it. The check that
 * an address is free (firstPublishedSlug) cannot see one another transaction wrote and has not committed: the write
 * then waits for that transaction and breaks the unique index. That statement alone is taken back (a savepoint; a
 * failed statement otherwise aborts the reviewer's whole transaction) and another address drawn, so the approval does
 * not end as "already decided" while the proposal is still open.
 */
async function writeFirstSlug(tx: Tx, claimId: string, current: string, text: string, data: Prisma.ClaimUpdateInput): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const slug = await firstPublishedSlug((candidate) => slugTaken(tx, candidate), current, text);
    if (slug === current) return slug;
    await tx.$executeRawUnsafe("SAVEPOINT first_published_slug");
    try {
      await tx.claim.update({ where: { id: claimId }, data: { ...data, slug } });
    } catch (error) {
      if (!isSlugTakenMeanwhile(error) || attempt >= SLUG_WRITES) throw error;
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT first_published_slug");
      continue;
    }
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT first_published_slug");
    return slug;
  }
}

async function publishRevision(tx: Tx, proposal: Proposal, claim: ClaimBefore, reviewerId: string, state: ClaimState) {
  // What the reviewer saw, and nothing read now: the snapshot frozen when the proposal was made (the database
  // refuses a revision whose snapshot differs from its proposal's).
  const snapshot = proposal.snapshot as RevisionSnapshot;
  const verdict = snapshot.verdict;
  const number = claim.revision + 1;
  // Its time is the database's clock (Prisma's now() is this instance's): the feed reads its age by that clock.
  const revision = await tx.claimRevision.create({
    data: { claimId: proposal.claimId, number, proposalId: proposal.id, kind: proposal.kind, verdict, snapshot: snapshot as Prisma.InputJsonValue, proposedById: proposal.proposedById, approvedById: reviewerId, publishedAt: await databaseNow(tx) },
  });
  if (proposal.kind !== "VERDICT") {
    await tx.correction.create({ data: { claimId: proposal.claimId, revisionId: revision.id, kind: proposal.kind, oldVerdict: claim.verdict, newVerdict: verdict, reason: proposal.reason ?? "", createdAt: revision.publishedAt } });
  }
  // The first publication names the claim by the wording approved, not by its first draft's (lib/claims/slug.ts); a
  // published claim's address never changes.
  const data = { state, verdict, revision: number, publishedAt: claim.publishedAt ?? revision.publishedAt };
  const slug = claim.publishedAt === null ? await writeFirstSlug(tx, proposal.claimId, claim.slug, snapshot.text, data) : claim.slug;
  if (slug === claim.slug) await tx.claim.update({ where: { id: proposal.claimId }, data });
  await writeSearchDocument(tx, proposal.claimId, snapshot);
  // Delivered when this transaction commits: cached public pages are dropped then, not before (lib/public/invalidate.ts).
  await announcePublication(tx, slug);
  return { number, slug };
}

export async function reviewProposal(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}): Promise<ReviewResult> {
  assertCan(actor, MOVE_PERMISSION.review);
  const { proposalId, decision, note } = parseInput(reviewSchema, input);
  try {
    const result = await getDb().$transaction(async (tx) => {
      // A reviewer demoted or deactivated since the request's session check is refused, not obeyed.
      await confirmActor(tx, actor, MOVE_PERMISSION.review);
      // Row lock: a simultaneous second review waits here, then finds the proposal decided.
      const proposal = await lockProposal(tx, proposalId);
      assertCanReview(actor, proposal);
      await assertSeparateHands(tx, proposal.proposedById, actor.id);
      // Edits to the claim after the proposal was made were never reviewed: approval refuses, the proposer re-proposes.
      if (decision === "APPROVE") await assertWorkingCopyUnchanged(tx, proposal);
      // A denial frozen naming no published claim it denies (proposed before that was refused) is not published alone.
      if (decision === "APPROVE" && !namesPublishedDenied(proposal.snapshot as RevisionSnapshot, proposal.kind)) throw new AppError("CONFLICT", DENIAL_APPROVAL_WITHOUT_DENIED);
      // The database's trigger checks the two-person rule again and that the proposal is still open;
      // the unique proposalId makes a second, simultaneous review fail here.
      // Stamped by the database's clock, as the proposal's decision and the revision are (Prisma's now() is this instance's).
      await tx.review.create({ data: { proposalId, reviewerId: actor.id, decision, note: note ?? null, createdAt: await databaseNow(tx) } });
      // The request to review is settled for every reviewer; the proposer hears the outcome (below).
      await closeProposal(tx, proposalId, STATUS_AFTER[decision]);
      const claim = await tx.claim.findUniqueOrThrow({ where: { id: proposal.claimId }, select: { state: true, slug: true, revision: true, verdict: true, publishedAt: true } });
      const state = stateAfterDecision(claim.state, proposal.kind, decision);
      let revision: number | null = null;
      let slug = claim.slug;
      if (decision === "APPROVE") ({ number: revision, slug } = await publishRevision(tx, proposal, claim, actor.id, state));
      else if (state !== claim.state) await tx.claim.update({ where: { id: proposal.claimId }, data: { state } });
      await tx.notification.create({ data: { userId: proposal.proposedById, kind: NOTICE[decision], claimId: proposal.claimId, proposalId, createdAt: await databaseNow(tx) } });
      await writeAuditEvent(tx, { actorId: actor.id, action: ACTION[decision], objectType: "Proposal", objectId: proposalId, before: { status: "OPEN", claimState: claim.state }, after: { status: STATUS_AFTER[decision], claimState: state, note, revision }, ip: ctx.ip });
      return { decision, claimId: proposal.claimId, slug, revision };
    }, DESK_WRITE_BOUNDS);
    // Committed: this process reads the claim into its search index at once (other processes hear the notice).
    if (result.revision) {
      publicationChanged(result.slug);
      // And nginx in front fetches the changed pages again, without making the reviewer wait (invalidate.ts, step 3).
      void refreshAfterApproval(result.slug).catch((error: unknown) => console.error("nginx refresh:", error));
    }
    return result;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", PROPOSAL_DECIDED);
    throw error;
  }
}
