// Opening a proposal (a first verdict, a correction or a withdrawal) and moving a draft into research.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { confirmActor } from "@/lib/auth/confirm-actor";
import { accountsOfOneHand } from "@/lib/auth/account-chain";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { assertCanStartResearch, MOVE_PERMISSION, stateAfterProposal, type ClaimState } from "./state-machine";
import { claimRefSchema, proposalSchema } from "./schemas";
import { freezeSnapshot } from "./snapshot";
import { DENIAL_NEEDS_PUBLISHED_CLAIM, namesPublishedDenied } from "./denial-published";
import { workingCopyHash } from "./working-copy";
import type { Verdict } from "./verdicts";
import { DESK_WRITE_BOUNDS } from "@/lib/auth/confirm-actor";

type Ctx = { ip?: string };

async function lockClaim(tx: Tx, claimId: string) {
  // FOR UPDATE: a claim's workflow moves happen one at a time.
  const rows = await tx.$queryRaw<{ id: string; state: ClaimState; kind: string; version: number; verdict: Verdict | null; mergedIntoId: string | null }[]>`
    SELECT id, state::text AS state, kind::text AS kind, version, verdict::text AS verdict, "mergedIntoId" FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
  const claim = rows[0];
  if (!claim || claim.mergedIntoId) throw new AppError("NOT_FOUND", "No such claim.");
  return claim;
}

export const DENIAL_NEEDS_LINK = "A denial must name the claim it denies: link this claim to that claim as “denies” before proposing.";

/**
 * A denial is published with the claim it denies (the ledger and both claim pages show the pair): a verdict or a
 * correction of a denial needs its "denies" link first. A withdrawal does not: taking a claim down is always possible.
 */
async function assertDenialNamesItsClaim(tx: Tx, claim: { id: string; kind: string }, kind: string) {
  if (claim.kind !== "DENIAL" || kind === "WITHDRAWAL") return;
  const link = await tx.claimLink.findFirst({ where: { fromClaimId: claim.id, type: "DENIES", toClaim: { mergedIntoId: null } }, select: { id: true } });
  if (!link) throw new AppError("INVALID", DENIAL_NEEDS_LINK);
}

export async function startResearch(actor: Actor | null, input: unknown, ctx: Ctx = {}) {
  assertCan(actor, MOVE_PERMISSION.startResearch);
  const { claimId } = parseInput(claimRefSchema, input);
  return getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, claimId);
    assertCanStartResearch(actor, claim.state);
    await tx.claim.update({ where: { id: claimId }, data: { state: "RESEARCHING", updatedById: actor.id } });
    await writeAuditEvent(tx, { actorId: actor.id, action: "claim.startResearch", objectType: "Claim", objectId: claimId, before: { state: claim.state }, after: { state: "RESEARCHING" }, ip: ctx.ip });
    return { state: "RESEARCHING" as const };
  }, DESK_WRITE_BOUNDS);
}

/** Everyone who may review it is told a proposal waits: not its proposer, nor an account of one hand with theirs. */
async function notifyReviewers(tx: Tx, proposal: { id: string; claimId: string; proposedById: string }) {
  const oneHand = await accountsOfOneHand(tx, proposal.proposedById);
  const reviewers = await tx.user.findMany({ where: { role: { in: ["REVIEWER", "ADMIN"] }, isActive: true, id: { notIn: oneHand } }, select: { id: true } });
  // Stamped by the database's clock, as every notice is: a reader's notices are listed newest first by it.
  const createdAt = await databaseNow(tx);
  await tx.notification.createMany({ data: reviewers.map((r) => ({ userId: r.id, kind: "REVIEW_REQUESTED" as const, claimId: proposal.claimId, proposalId: proposal.id, createdAt })) });
}

export async function proposeVerdict(actor: Actor | null, input: unknown, ctx: Ctx = {}) {
  assertCan(actor, MOVE_PERMISSION.propose);
  const fields = parseInput(proposalSchema, input);
  try {
    return await getDb().$transaction(async (tx) => {
      await confirmActor(tx, actor, MOVE_PERMISSION.propose);
      const claim = await lockClaim(tx, fields.claimId);
      const next = stateAfterProposal(claim.state, fields.kind);
      await assertDenialNamesItsClaim(tx, claim, fields.kind);
      const evidence = await tx.evidence.findMany({ where: { id: { in: fields.evidenceIds }, claimId: claim.id }, select: { id: true } });
      if (evidence.length !== new Set(fields.evidenceIds).size) {
        throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { evidenceIds: ["Choose evidence attached to this claim."] } });
      }
      const evidenceIds = [...new Set(fields.evidenceIds)];
      // The hash first, then the snapshot: an edit landing between the two reads is in the snapshot the reviewer
      // sees but not in the hash, so approval is refused rather than publishing anything unseen.
      const hash = await workingCopyHash(tx, claim.id);
      // A withdrawal keeps the verdict it withdraws on record; the public page shows the withdrawal notice.
      const verdict = fields.kind === "WITHDRAWAL" ? claim.verdict : (fields.verdict ?? null);
      const snapshot = await freezeSnapshot(tx, claim.id, { summary: fields.summary, rationale: fields.rationale, reason: fields.reason ?? null, evidenceIds, shortText: fields.shortText ?? null }, verdict);
      // Its "denies" link may name a draft: kept on the desk, left out of what is published, so the denial would stand alone.
      if (!namesPublishedDenied(snapshot, fields.kind)) throw new AppError("INVALID", DENIAL_NEEDS_PUBLISHED_CLAIM);
      const proposal = await tx.proposal.create({
        data: {
          claimId: claim.id,
          openClaimId: claim.id,
          kind: fields.kind,
          verdict: fields.verdict ?? null,
          summary: fields.summary,
          rationale: fields.rationale,
          reason: fields.reason ?? null,
          evidenceIds,
          claimVersion: claim.version,
          snapshot,
          workingCopyHash: hash,
          proposedById: actor.id,
          // The database's clock, not this instance's (Prisma's now()): the claim's latest proposal is read by it.
          createdAt: await databaseNow(tx),
        },
      });
      if (next !== claim.state) await tx.claim.update({ where: { id: claim.id }, data: { state: next, updatedById: actor.id } });
      await notifyReviewers(tx, proposal);
      await writeAuditEvent(tx, { actorId: actor.id, action: "proposal.create", objectType: "Proposal", objectId: proposal.id, after: { ...fields, claimState: next }, ip: ctx.ip });
      return proposal;
    }, DESK_WRITE_BOUNDS);
  } catch (error) {
    // The unique openClaimId: someone opened a proposal on this claim a moment ago.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "This claim already has an open proposal.");
    throw error;
  }
}
