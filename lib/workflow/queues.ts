// What needs a person now: the workbench home's queues, the navigation's counts and in-app notifications.
import "server-only";
import { accountsOfOneHand, oneHandReason } from "@/lib/auth/account-chain";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { asConfirmedAccount } from "@/lib/auth/confirm-actor";
import { MOVE_PERMISSION } from "./state-machine";
import type { RevisionSnapshot } from "./snapshot";
import { workingCopyUnchanged } from "./working-copy";

const claimRef = { select: { id: true, slug: true, text: true, state: true } } as const;
const QUEUE_SIZE = 20;

/**
 * Open proposals a reviewer may decide: never their own, nor one by an account created by theirs or that created
 * theirs (`oneHand`: lib/auth/account-chain.ts), which the two-person rule refuses them.
 */
function awaitingReviewWhere(oneHand: string[]) {
  return { status: "OPEN" as const, proposedById: { notIn: oneHand } };
}

/**
 * My proposals sent back for changes, while they are still the claim's latest proposal: once anyone proposes
 * again (and that is then approved, corrected or withdrawn) the request has been answered.
 */
function changesRequestedWhere(actor: Actor) {
  return { proposedById: actor.id, status: "CHANGES_REQUESTED" as const, claim: { mergedIntoId: null } };
}

function assignedClaimsWhere(actor: Actor) {
  return { assignedToId: actor.id, state: { in: ["DRAFT" as const, "RESEARCHING" as const] }, mergedIntoId: null };
}

function assignedReviewsWhere(actor: Actor, oneHand: string[]) {
  return { status: "OPEN" as const, assignedReviewerId: actor.id, proposedById: { notIn: oneHand } };
}

/** Keeps the proposals that no later proposal of the same claim has answered. */
function unanswered<P extends { id: string; claim: { proposals: { id: string }[] } }>(proposals: P[]): P[] {
  return proposals.filter((p) => p.claim.proposals[0]?.id === p.id).slice(0, QUEUE_SIZE);
}
const latestProposal = { proposals: { select: { id: true }, orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }], take: 1 } };

export async function getDeskQueues(actor: Actor | null) {
  assertCan(actor, "claim.read");
  const db = getDb();
  const reviews = can(actor, MOVE_PERMISSION.review);
  const oneHand = await accountsOfOneHand(db, actor.id);
  const [drafts, awaitingReview, changesRequested, recentlyPublished, notifications, assignedClaims, assignedReviews] = await Promise.all([
    db.claim.findMany({ where: { createdById: actor.id, state: { in: ["DRAFT", "RESEARCHING"] }, mergedIntoId: null }, select: { id: true, slug: true, text: true, state: true, updatedAt: true }, orderBy: { updatedAt: "desc" }, take: QUEUE_SIZE }),
    reviews
      ? db.proposal.findMany({ where: awaitingReviewWhere(oneHand), include: { claim: claimRef, proposedBy: { select: { name: true } } }, orderBy: { createdAt: "asc" }, take: QUEUE_SIZE })
      : Promise.resolve([]),
    db.proposal
      .findMany({ where: changesRequestedWhere(actor), include: { claim: { select: { ...claimRef.select, ...latestProposal } }, review: { select: { note: true, reviewer: { select: { name: true } } } } }, orderBy: { decidedAt: "desc" }, take: QUEUE_SIZE * 5 })
      .then(unanswered),
    db.claimRevision.findMany({ include: { claim: claimRef, approvedBy: { select: { name: true } } }, orderBy: { publishedAt: "desc" }, take: 10 }),
    db.notification.findMany({ where: { userId: actor.id, readAt: null }, include: { claim: claimRef }, orderBy: { createdAt: "desc" }, take: QUEUE_SIZE }),
    // Assigned to me: claims still being worked on, and open proposals I was asked to decide.
    db.claim.findMany({ where: assignedClaimsWhere(actor), select: { id: true, slug: true, text: true, state: true, updatedAt: true }, orderBy: { updatedAt: "desc" }, take: QUEUE_SIZE }),
    db.proposal.findMany({ where: assignedReviewsWhere(actor, oneHand), include: { claim: claimRef, proposedBy: { select: { name: true } } }, orderBy: { createdAt: "asc" }, take: QUEUE_SIZE }),
  ]);
  return { drafts, awaitingReview, changesRequested, recentlyPublished, notifications, reviews, assignedClaims, assignedReviews };
}

/**
 * Counts for the navigation: proposals awaiting my review, unread notifications, and, for an admin, removals of an
 * admin's rights still asked (lib/accounts/update-account.ts): every admin is told of one on every page, not only on
 * the accounts screen, so a removal held for its hours is seen by the admins who may cancel it.
 */
export async function getNavCounts(actor: Actor | null): Promise<{ review: number; notifications: number; adminRemovals: number }> {
  if (!actor || !can(actor, "claim.read")) return { review: 0, notifications: 0, adminRemovals: 0 };
  const db = getDb();
  const [review, notifications, adminRemovals] = await Promise.all([
    can(actor, MOVE_PERMISSION.review) ? accountsOfOneHand(db, actor.id).then((oneHand) => db.proposal.count({ where: awaitingReviewWhere(oneHand) })) : Promise.resolve(0),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
    can(actor, "account.changeRole") ? db.adminRemoval.count({ where: { closedAt: null } }) : Promise.resolve(0),
  ]);
  return { review, notifications, adminRemovals };
}

/** The most notices one call marks read: the desk lists 20, a claim page its own unread ones. */
export const NOTICES_MARKED_AT_ONCE = 200;

/**
 * Marks read the notifications the reader was shown (`ids`, as the page listed them), of theirs and still unread;
 * `claimId` keeps only those about one claim. A notice the page did not list stays unread, however it was stamped: a
 * notice is stamped when its transaction writes it and seen once that commits, so one stamped just before the page was
 * drawn and committed just after it fell under the newest time shown, and was marked read unseen. No audit event
 * records it, so the account is confirmed here (asConfirmedAccount): one deactivated meanwhile changes nothing.
 */
export async function markNotificationsRead(actor: Actor | null, options: { claimId?: string; ids?: readonly unknown[] } = {}): Promise<number> {
  assertCan(actor, "claim.read");
  if (options.claimId && !z.uuid().safeParse(options.claimId).success) return 0;
  const ids = [...new Set((options.ids ?? []).filter((id): id is string => typeof id === "string" && z.uuid().safeParse(id).success))].slice(0, NOTICES_MARKED_AT_ONCE);
  const where = { userId: actor.id, readAt: null, id: { in: ids }, ...(options.claimId ? { claimId: options.claimId } : {}) };
  return asConfirmedAccount(actor, "claim.read", async (tx) => (ids.length ? (await tx.notification.updateMany({ where, data: { readAt: await databaseNow(tx) } })).count : 0));
}

/** The claim editor's workflow panel: the open proposal, past proposals with their reviews, and revisions. */
export async function getClaimWorkflow(actor: Actor | null, claimId: string) {
  assertCan(actor, "claim.read");
  const db = getDb();
  const [proposals, revisions, unread, viewer] = await Promise.all([
    db.proposal.findMany({
      where: { claimId },
      include: { proposedBy: { select: { id: true, name: true, createdBy: { select: { name: true, email: true } } } }, review: { include: { reviewer: { select: { name: true } } } } },
      orderBy: { createdAt: "desc" },
    }),
    db.claimRevision.findMany({ where: { claimId }, select: { number: true, verdict: true, kind: true, publishedAt: true, approvedBy: { select: { name: true } }, proposedBy: { select: { name: true } } }, orderBy: { number: "desc" } }),
    db.notification.findMany({ where: { userId: actor.id, claimId, readAt: null }, select: { id: true }, orderBy: { createdAt: "desc" }, take: NOTICES_MARKED_AT_ONCE }),
    db.user.findUnique({ where: { id: actor.id }, select: { createdBy: { select: { name: true, email: true } } } }),
  ]);
  const open = proposals.find((p) => p.status === "OPEN") ?? null;
  // What the reviewer decides on: the open proposal's frozen snapshot, the published revision it would replace,
  // and whether the claim was edited since (approval would then be refused).
  const published = open && revisions[0] ? await db.claimRevision.findUnique({ where: { claimId_number: { claimId, number: revisions[0].number } }, select: { snapshot: true } }) : null;
  const isStale = open ? !(await workingCopyUnchanged(db, open)) : false;
  // The two-person rule's second half (lib/auth/account-chain.ts): one person may hold the viewer's account and the
  // author's, so the viewer is told why there is no review form rather than refused after it.
  const oneHand = open && open.proposedById !== actor.id ? await oneHandReason(db, open.proposedById, actor.id) : null;
  return {
    open: open ? { ...open, snapshot: open.snapshot as RevisionSnapshot | null, isStale, oneHand } : null,
    /** Who created the viewing account (shown beside the review form, with the e-mail: names are not unique), or null for a seeded one. */
    viewerCreatedBy: viewer?.createdBy ?? null,
    published: (published?.snapshot ?? null) as RevisionSnapshot | null,
    proposals,
    revisions,
    /** The reader's unread notifications about the claim as the page is drawn: opening the claim marks those read, not
     * one that arrives while the page is on screen. */
    unreadNoticeIds: unread.map((n) => n.id),
  };
}
