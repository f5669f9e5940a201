// Assignment on real PostgreSQL: claims to desk members, open proposals to reviewers (never the proposer), audited,
// and shown in "assigned to me".
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditCount, makeUser, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "./propose";
import { reviewProposal } from "./review";
import { getDeskQueues } from "./queues";
import { assignClaim, assignReviewer } from "./assignment";

let editor: Actor;
let otherEditor: Actor;
let reviewer: Actor;
let secondReviewer: Actor;

beforeAll(async () => {
  [editor, otherEditor, reviewer, secondReviewer] = await Promise.all([makeUser({ role: "EDITOR" }), makeUser({ role: "EDITOR" }), makeUser({ role: "REVIEWER" }), makeUser({ role: "REVIEWER" })]);
});

async function proposedClaim(author: Actor) {
  const claim = await createClaim(author, { text: `Triều Tiên gửi pháo tự hành cho Nga ${Date.now()} ${Math.random()}`, kind: "ARMS_TRANSFER" });
  await startResearch(author, { claimId: claim.id });
  const evidence = await addEvidence(author, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/a", title: "Report" });
  const proposal = await proposeVerdict(author, { claimId: claim.id, kind: "VERDICT", verdict: "MIXED", summary: "Partly borne out by the record.", rationale: "One outlet reports it.", evidenceIds: [evidence.id] });
  return { claim, proposal };
}

describe("assigning a claim", () => {
  it("assigns a claim to another editor, with an audit event, and lists it under their 'assigned to me' until it is taken back", async () => {
    const claim = await createClaim(editor, { text: `Nga giao máy bay cho Triều Tiên ${Date.now()}`, kind: "ARMS_TRANSFER" });
    const before = await auditCount({ action: "claim.assign", objectId: claim.id });
    const result = await assignClaim(editor, { claimId: claim.id, userId: otherEditor.id });
    expect(result.assignedTo?.id).toBe(otherEditor.id);
    expect(await auditCount({ action: "claim.assign", objectId: claim.id })).toBe(before + 1);
    expect((await getDeskQueues(otherEditor)).assignedClaims.map((c) => c.id)).toContain(claim.id);
    expect((await getDeskQueues(editor)).assignedClaims.map((c) => c.id)).not.toContain(claim.id);
    // The editors' optimistic lock is not disturbed by handing the work over.
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version);

    await assignClaim(editor, { claimId: claim.id, userId: "" });
    expect((await getDeskQueues(otherEditor)).assignedClaims.map((c) => c.id)).not.toContain(claim.id);
  });

  it("refuses an inactive account, an unknown claim and a caller without a session", async () => {
    const claim = await createClaim(editor, { text: `Triều Tiên nhận công nghệ vệ tinh ${Date.now()}`, kind: "TECHNOLOGY_TRANSFER" });
    const gone = await makeUser({ role: "EDITOR", isActive: false });
    expect((await rejection(assignClaim(editor, { claimId: claim.id, userId: gone.id }))).code).toBe("INVALID");
    expect((await rejection(assignClaim(editor, { claimId: "00000000-0000-4000-8000-000000000000", userId: otherEditor.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(assignClaim(null, { claimId: claim.id, userId: otherEditor.id }))).code).toBe("UNAUTHENTICATED");
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).assignedToId).toBeNull();
  });
});

describe("assigning a reviewer", () => {
  it("asks one reviewer, who sees it under 'assigned to me' until it is decided", async () => {
    const { proposal } = await proposedClaim(editor);
    await assignReviewer(editor, { proposalId: proposal.id, userId: reviewer.id });
    expect(await auditCount({ action: "proposal.assign", objectId: proposal.id })).toBe(1);
    expect((await getDeskQueues(reviewer)).assignedReviews.map((p) => p.id)).toContain(proposal.id);
    expect((await getDeskQueues(secondReviewer)).assignedReviews.map((p) => p.id)).not.toContain(proposal.id);

    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "REQUEST_CHANGES", note: "Add a second source." });
    expect((await getDeskQueues(reviewer)).assignedReviews.map((p) => p.id)).not.toContain(proposal.id);
    // Decided: it cannot be handed to anyone any more.
    expect((await rejection(assignReviewer(editor, { proposalId: proposal.id, userId: secondReviewer.id }))).code).toBe("CONFLICT");
  });

  it("refuses the proposer as reviewer, an editor as reviewer, and the database refuses it too", async () => {
    const { proposal } = await proposedClaim(reviewer);
    const self = await rejection(assignReviewer(editor, { proposalId: proposal.id, userId: reviewer.id }));
    expect(self.code).toBe("INVALID");
    expect((await rejection(assignReviewer(editor, { proposalId: proposal.id, userId: otherEditor.id }))).code).toBe("INVALID");
    await expect(getDb().$executeRaw`UPDATE "Proposal" SET "assignedReviewerId" = "proposedById" WHERE id = ${proposal.id}::uuid`).rejects.toThrow(/Proposal_assignedReviewer_not_author/);
    expect(await auditCount({ action: "proposal.assign", objectId: proposal.id })).toBe(0);
  });
});
