// One admin can create an editor and a reviewer, is shown both one-time passwords, and could approve anything alone
// with them. So on a desk with two or more active admins, two accounts created by the same hand (the same admin, or
// admins created one by the other) may not review each other until another admin, outside both chains of creators,
// confirms one of them as held by its own person. A desk with one active admin has nobody to confirm and keeps
// allowing such reviews. The rule holds in the data layer, in the database's review trigger and in the queues.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { reviewProposal } from "@/lib/workflow/review";
import { assignReviewer } from "@/lib/workflow/assignment";
import { getClaimWorkflow, getDeskQueues, getNavCounts } from "@/lib/workflow/queues";
import { confirmAccountHeld, HELD_BY_CONFIRMER } from "@/lib/accounts/confirm-account-held";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { SAME_CREATOR_ASSIGNEE, SAME_CREATOR_MESSAGE } from "@/lib/auth/account-chain";
import { createdAccount, makeUser, openProposal, rejection } from "@/test/factories";

const reviews = (proposalId: string) => getDb().review.count({ where: { proposalId } });
const insertReview = (proposalId: string, reviewerId: string) =>
  getDb().$executeRaw`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), ${proposalId}::uuid, ${reviewerId}::uuid, 'APPROVE')`;

let creator: Actor;
let editor: Actor;
let reviewer: Actor;
beforeEach(async () => {
  // Each test starts from a desk whose admins are its own.
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  creator = await makeUser({ role: "ADMIN" });
  editor = await createdAccount(creator, "EDITOR");
  reviewer = await createdAccount(creator, "REVIEWER");
});

describe("two accounts created by the same admin", () => {
  it("may review each other on a desk with one active admin, who owns the desk", async () => {
    const proposal = await openProposal(editor);
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("may not once the desk has a second active admin: the data function and the database refuse, the screen says why", async () => {
    await makeUser({ role: "ADMIN" });
    const proposal = await openProposal(editor);
    for (const decision of ["APPROVE", "REQUEST_CHANGES"] as const) {
      const refusal = await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision, note: "Needs a second source." }));
      expect(refusal).toMatchObject({ code: "FORBIDDEN", message: SAME_CREATOR_MESSAGE, details: { reason: "sameCreator" } });
    }
    await expect(insertReview(proposal.id, reviewer.id)).rejects.toThrow(/created by the same hand/);
    expect(await reviews(proposal.id)).toBe(0);
    const workflow = await getClaimWorkflow(reviewer, proposal.claimId);
    expect(workflow.open?.oneHand).toBe("sameCreator");
  });

  it("holds across admins created one by the other: an account of the creator's and one of the admin it created", async () => {
    const createdAdmin = await createdAccount(creator, "ADMIN");
    const cousin = await createdAccount(createdAdmin, "REVIEWER");
    const proposal = await openProposal(editor);
    expect(await rejection(reviewProposal(cousin, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN", details: { reason: "sameCreator" } });
  });

  it("may again once a third admin confirms one of the two as held by its own person, and the confirmation is audited", async () => {
    const other = await makeUser({ role: "ADMIN" });
    const proposal = await openProposal(editor);
    await confirmAccountHeld(other, { userId: reviewer.id }, { ip: "203.0.113.7" });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(row.heldConfirmedById).toBe(other.id);
    expect(row.heldConfirmedAt).toBeInstanceOf(Date);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { objectId: reviewer.id, action: "account.confirmHeld" } });
    expect(event).toMatchObject({ actorId: other.id, ip: "203.0.113.7" });
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("refuses the creator's own confirmation, and the confirmation of the account itself, on the server and in the database", async () => {
    await makeUser({ role: "ADMIN" });
    const createdAdmin = await createdAccount(creator, "ADMIN");
    for (const confirmer of [creator, createdAdmin]) {
      const account = confirmer === creator ? reviewer : createdAdmin;
      expect(await rejection(confirmAccountHeld(confirmer, { userId: account.id }))).toMatchObject({ code: "FORBIDDEN", message: HELD_BY_CONFIRMER });
    }
    await expect(getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${creator.id}::uuid WHERE id = ${reviewer.id}::uuid`).rejects.toThrow(/chain of creators/);
    expect(await getDb().auditEvent.count({ where: { action: "account.confirmHeld", objectId: { in: [reviewer.id, createdAdmin.id] } } })).toBe(0);
    const proposal = await openProposal(editor);
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("does not count a confirmation by an admin up the other account's chain", async () => {
    const createdAdmin = await createdAccount(creator, "ADMIN");
    const theirs = await createdAccount(createdAdmin, "EDITOR");
    // createdAdmin is outside the reviewer's chain, but created the author's account: its word does not part them.
    await confirmAccountHeld(createdAdmin, { userId: reviewer.id });
    const proposal = await openProposal(theirs);
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    await expect(insertReview(proposal.id, reviewer.id)).rejects.toThrow(/same hand/);
  });

  it("are left out of each other's queues, counts, notices and assignment until confirmed; the accounts screen lists them", async () => {
    const other = await makeUser({ role: "ADMIN" });
    const outsider = await makeUser({ role: "REVIEWER" });
    const proposal = await openProposal(editor);
    const asked = async (who: Actor) => ({
      queued: (await getDeskQueues(who)).awaitingReview.some((p) => p.id === proposal.id),
      notified: (await getDb().notification.count({ where: { userId: who.id, proposalId: proposal.id, kind: "REVIEW_REQUESTED" } })) > 0,
    });
    expect(await asked(reviewer)).toEqual({ queued: false, notified: false });
    expect(await asked(outsider)).toEqual({ queued: true, notified: true });
    const counted = (await getNavCounts(reviewer)).review;
    expect(await rejection(assignReviewer(other, { proposalId: proposal.id, userId: reviewer.id }))).toMatchObject({ code: "INVALID", details: { fieldErrors: { userId: [SAME_CREATOR_ASSIGNEE] } } });

    const screen = async (viewer: Actor) => (await listAccounts(viewer)).find((a) => a.id === reviewer.id);
    expect(await screen(other)).toMatchObject({ awaitsHeldConfirmation: true, mayConfirmHeld: true });
    expect(await screen(creator)).toMatchObject({ awaitsHeldConfirmation: true, mayConfirmHeld: false });

    await confirmAccountHeld(other, { userId: reviewer.id });
    expect((await asked(reviewer)).queued).toBe(true);
    expect((await getNavCounts(reviewer)).review).toBe(counted + 1);
    await assignReviewer(other, { proposalId: proposal.id, userId: reviewer.id });
    expect(await screen(other)).toMatchObject({ awaitsHeldConfirmation: false, mayConfirmHeld: false, heldConfirmedBy: { name: other.name } });
    expect(await rejection(confirmAccountHeld(other, { userId: reviewer.id }))).toMatchObject({ code: "CONFLICT" });
  });
});
