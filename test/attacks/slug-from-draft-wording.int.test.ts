// A claim's public address is made of the first words of its wording, and was made once, when the claim was created:
// from its first draft. Research rewrites the wording before anyone reviews it, so the address a reviewer approved
// with the claim could carry words no reviewer ever saw, on every page, feed, sitemap and ClaimReview that names it:
// a confidential source's name typed in the first draft, or whatever an editor chose to put there. The first
// publication now gives the claim an address made of the wording the reviewer approved.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getPublishedClaim } from "@/lib/public/published-claims";
import { slugBase } from "@/lib/claims/slug";

async function publish(editor: Awaited<ReturnType<typeof makeUser>>, reviewer: Awaited<ReturnType<typeof makeUser>>, claimId: string, kind: "VERDICT" | "CORRECTION" = "VERDICT") {
  const evidence = await addEvidence(editor, { kind: "external", claimId, stance: "SUPPORTS", url: `https://example.org/report/${kind.toLowerCase()}`, title: "Report" });
  const proposal = await proposeVerdict(editor, { claimId, kind, verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id], ...(kind === "CORRECTION" ? { reason: "A third outlet confirms it." } : {}) });
  return reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
}

describe("a claim's public address", () => {
  it("is made of the wording the reviewer approved, not of the first draft's", async () => {
    const editor = await makeUser();
    const reviewer = await makeUser({ role: "REVIEWER" });
    const draft = await createClaim(editor, { text: `Nguồn mật Trần Văn B ở sứ quán nói Nga nhận đạn pháo ${Math.random()}`, kind: "ARMS_TRANSFER" });
    expect(draft.slug).toMatch(/^nguon-mat-tran-van-b-/);
    await startResearch(editor, { claimId: draft.id });
    const wording = "Nga nhận đạn pháo từ Triều Tiên trong năm 2023";
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    await updateClaim(editor, { id: draft.id, version: String(version), text: wording, kind: "ARMS_TRANSFER" });

    const result = await publish(editor, reviewer, draft.id);
    const { slug } = await getDb().claim.findUniqueOrThrow({ where: { id: draft.id }, select: { slug: true } });
    expect(slug.startsWith(`${slugBase(wording)}-`), slug).toBe(true);
    expect(slug).not.toContain("tran-van-b");
    expect(result.slug).toBe(slug);
    const page = await getPublishedClaim(slug);
    expect(page && "claim" in page && page.claim.id).toBe(draft.id);
    // The draft's address was never public and leads nowhere.
    expect(await getPublishedClaim(draft.slug)).toBeNull();
  });

  it("is kept when the approved wording begins as the first draft did, and never changes once published", async () => {
    const editor = await makeUser();
    const reviewer = await makeUser({ role: "REVIEWER" });
    const text = `Triều Tiên gửi thêm tên lửa sang Nga, theo tình báo Hàn Quốc ${Math.random()}`;
    const claim = await createClaim(editor, { text, kind: "ARMS_TRANSFER" });
    await startResearch(editor, { claimId: claim.id });
    await publish(editor, reviewer, claim.id);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { slug: true } })).slug).toBe(claim.slug);
    // A correction keeps the address the public already has.
    await publish(editor, reviewer, claim.id, "CORRECTION");
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { slug: true, revision: true } }))).toEqual({ slug: claim.slug, revision: 2 });
  });
});
