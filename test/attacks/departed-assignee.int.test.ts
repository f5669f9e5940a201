// Deactivating or demoting an account left its assignments: a proposal stayed "assigned to" a reviewer who could no
// longer review it and a claim to an editor who had left, so the desk showed the work as waiting for someone who would
// never do it. The change now takes that work back in its own transaction (audited as the admin's unassignment) and
// tells the admin how many.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { assignClaim, assignReviewer } from "@/lib/workflow/assignment";
import { cancelAdminRemoval, changeRole, setAccountActive, updateAccount } from "@/lib/accounts/update-account";
import { getClaimWorkflow } from "@/lib/workflow/queues";
import { getDb } from "@/lib/db/client";
import { makeUser, withRemovalAsked } from "@/test/factories";

let admin: Actor;
let author: Actor;
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN" });
  author = await makeUser({ role: "EDITOR" });
});

/** A claim assigned to `worker` with an open proposal (by the author) assigned to `reviewer`. */
async function assignedWork(worker: Actor, reviewer: Actor) {
  const claim = await createClaim(author, { text: `Tàu chở đạn pháo cập cảng Rajin ${unique()}`, kind: "OTHER" });
  await startResearch(author, { claimId: claim.id });
  const evidence = await addEvidence(author, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: `https://example.org/${unique()}`, title: "Report" });
  await assignClaim(author, { claimId: claim.id, userId: worker.id });
  const proposal = await proposeVerdict(author, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
  await assignReviewer(author, { proposalId: proposal.id, userId: reviewer.id });
  return { claimId: claim.id, proposalId: proposal.id };
}

const assignment = async (claimId: string, proposalId: string) => ({
  claim: (await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { assignedToId: true } })).assignedToId,
  review: (await getDb().proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { assignedReviewerId: true } })).assignedReviewerId,
});

describe("an account that leaves or is demoted", () => {
  it("deactivated: its claims and proposals to review are unassigned, audited, and the admin is told", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const { claimId, proposalId } = await assignedWork(reviewer, reviewer);
    const result = await setAccountActive(admin, { userId: reviewer.id, isActive: false });
    expect(result.unassigned).toEqual({ claims: 1, reviews: 1 });
    expect(await assignment(claimId, proposalId)).toEqual({ claim: null, review: null });
    // Another reviewer opening the claim sees the proposal waiting for nobody, not for the departed reviewer.
    expect((await getClaimWorkflow(await makeUser({ role: "REVIEWER" }), claimId)).open?.assignedReviewerId).toBeNull();
    const audited = await getDb().auditEvent.findMany({ where: { objectId: { in: [claimId, proposalId] }, action: { in: ["claim.assign", "proposal.assign"] }, actorId: admin.id }, select: { action: true, after: true } });
    expect(audited.map((a) => a.action).sort()).toEqual(["claim.assign", "proposal.assign"]);
  });

  it("demoted to editor: its proposals to review are unassigned, its claims stay", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const { claimId, proposalId } = await assignedWork(reviewer, reviewer);
    const result = await changeRole(admin, { userId: reviewer.id, role: "EDITOR" });
    expect(result.unassigned).toEqual({ claims: 0, reviews: 1 });
    expect(await assignment(claimId, proposalId)).toEqual({ claim: reviewer.id, review: null });
    // The request to review it, which the editor can no longer answer, no longer waits in their notices.
    expect(await getDb().notification.count({ where: { userId: reviewer.id, proposalId, kind: "REVIEW_REQUESTED", readAt: null } })).toBe(0);
  });

  it("both at once, or a change that takes nothing away, leaves what it may keep", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const work = await assignedWork(reviewer, reviewer);
    expect((await changeRole(admin, { userId: reviewer.id, role: "ADMIN" })).unassigned).toEqual({ claims: 0, reviews: 0 });
    expect(await assignment(work.claimId, work.proposalId)).toEqual({ claim: reviewer.id, review: reviewer.id });
    // An admin's rights are taken back only with a second admin's confirmation or after a hold
    // (lib/accounts/update-account.ts): the pair asked in one change is one request, which takes nothing away yet.
    const asked = await updateAccount(admin, { userId: reviewer.id, role: "EDITOR", isActive: false });
    expect(asked.removal).not.toBeNull();
    expect(await assignment(work.claimId, work.proposalId)).toEqual({ claim: reviewer.id, review: reviewer.id });
    await cancelAdminRemoval(admin, { removalId: asked.removal!.id });
    await withRemovalAsked(reviewer.id, "REVIEWER", () => changeRole(admin, { userId: reviewer.id, role: "REVIEWER" }));
    expect((await updateAccount(admin, { userId: reviewer.id, role: "EDITOR", isActive: false })).unassigned).toEqual({ claims: 1, reviews: 1 });
    expect(await assignment(work.claimId, work.proposalId)).toEqual({ claim: null, review: null });
  });

  it("an assignment racing the deactivation leaves nothing assigned to the departed account, and neither deadlocks", async () => {
    for (let round = 0; round < 6; round++) {
      const leaving = await makeUser({ role: "REVIEWER" });
      const other = await makeUser({ role: "EDITOR" });
      const { claimId, proposalId } = await assignedWork(other, admin);
      const [claimAssigned, reviewAssigned, deactivated] = await Promise.allSettled([
        assignClaim(author, { claimId, userId: leaving.id }),
        assignReviewer(author, { proposalId, userId: leaving.id }),
        setAccountActive(admin, { userId: leaving.id, isActive: false }),
      ]);
      expect(deactivated.status, String((deactivated as PromiseRejectedResult).reason)).toBe("fulfilled");
      for (const settled of [claimAssigned, reviewAssigned]) {
        if (settled.status === "rejected") expect((settled.reason as { code?: string }).code).toBe("INVALID");
      }
      const now = await assignment(claimId, proposalId);
      expect(now.claim).not.toBe(leaving.id);
      expect(now.review).not.toBe(leaving.id);
    }
  });
});

