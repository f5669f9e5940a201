// The two-person rule refuses a review between accounts created one by the other (an admin is shown each new
// account's one-time password). The desk asked those accounts anyway: the proposal sat in their review queue and
// navigation count, they were notified that it waited, and it could be assigned to one of them, where it stayed
// undecided. Now none of that happens, in either direction and down a chain of created admins; a reviewer with an
// account of their own is still asked, and may be assigned.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { assignReviewer } from "@/lib/workflow/assignment";
import { getDeskQueues, getNavCounts } from "@/lib/workflow/queues";
import { SAME_HANDS_ASSIGNEE } from "@/lib/auth/account-chain";
import { createdAccount, makeUser, openProposal, rejection } from "@/test/factories";


async function asked(reviewer: Actor, proposalId: string) {
  const queues = await getDeskQueues(reviewer);
  const notified = await getDb().notification.count({ where: { userId: reviewer.id, proposalId, kind: "REVIEW_REQUESTED" } });
  return { queued: queues.awaitingReview.some((p) => p.id === proposalId), assigned: queues.assignedReviews.some((p) => p.id === proposalId), notified: notified > 0 };
}

describe("proposals a reviewer may not decide because their accounts were created one by the other", () => {
  it("are not queued, counted, notified nor assignable to them; an independent reviewer's are", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser();
    const independent = await makeUser({ role: "REVIEWER" });
    const puppet = await createdAccount(admin, "REVIEWER");
    const chained = await createdAccount(await createdAccount(admin, "ADMIN"), "REVIEWER");

    const proposal = await openProposal(admin);
    for (const reviewer of [puppet, chained]) {
      expect(await asked(reviewer, proposal.id)).toEqual({ queued: false, assigned: false, notified: false });
      const before = (await getNavCounts(reviewer)).review;
      const other = await openProposal(editor);
      expect((await getNavCounts(reviewer)).review).toBe(before + 1);
      expect(await asked(reviewer, other.id)).toEqual({ queued: true, assigned: false, notified: true });
      const refusal = await rejection(assignReviewer(editor, { proposalId: proposal.id, userId: reviewer.id }));
      expect(refusal).toMatchObject({ code: "INVALID", details: { fieldErrors: { userId: [SAME_HANDS_ASSIGNEE] } } });
    }
    expect((await getDb().proposal.findUniqueOrThrow({ where: { id: proposal.id } })).assignedReviewerId).toBeNull();

    expect(await asked(independent, proposal.id)).toEqual({ queued: true, assigned: false, notified: true });
    await assignReviewer(editor, { proposalId: proposal.id, userId: independent.id });
    expect(await asked(independent, proposal.id)).toEqual({ queued: true, assigned: true, notified: true });
  });

  it("works the other way round: the admin is not asked to review a proposal by an account they created", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const puppet = await createdAccount(admin, "EDITOR");
    const proposal = await openProposal(puppet);
    expect(await asked(admin, proposal.id)).toEqual({ queued: false, assigned: false, notified: false });
    expect(await rejection(assignReviewer(puppet, { proposalId: proposal.id, userId: admin.id }))).toMatchObject({ code: "INVALID" });
  });
});
