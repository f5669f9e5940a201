// An editor saving the claim's wording at the moment a colleague proposes its verdict. The save read the claim as
// still in research, then wrote after the proposal had frozen it: the wording changed under review (which the
// claim form forbids), and the proposal could then never be approved, only sent back.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim, CLAIM_UNDER_REVIEW } from "@/lib/claims/update-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { makeUser } from "@/test/factories";

describe("editing a claim while its verdict is proposed", () => {
  it("either the edit lands before the proposal freezes the claim, or it is refused as under review", async () => {
    const [editor, proposer, reviewer] = [await makeUser(), await makeUser(), await makeUser({ role: "REVIEWER" })];
    for (let round = 0; round < 8; round++) {
      const claim = await createClaim(editor, { text: `Nga nhận đạn pháo từ Triều Tiên, vòng ${round}`, kind: "ARMS_TRANSFER" });
      await startResearch(editor, { claimId: claim.id });
      const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Báo cáo" });
      const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
      const [edited, proposed] = await Promise.allSettled([
        updateClaim(editor, { id: claim.id, version: String(version), text: `Nga nhận 1.000 quả đạn pháo từ Triều Tiên, vòng ${round}`, kind: "ARMS_TRANSFER" }),
        proposeVerdict(proposer, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Có bằng chứng xác nhận.", rationale: "Hai nguồn độc lập cùng xác nhận việc chuyển giao.", evidenceIds: [evidence.id] }),
      ]);
      expect(proposed.status).toBe("fulfilled");
      if (edited.status === "rejected") expect(edited.reason).toMatchObject({ code: "CONFLICT", message: CLAIM_UNDER_REVIEW });
      // Whatever the order, what was proposed can be approved: nothing changed under review.
      const proposal = (proposed as PromiseFulfilledResult<Awaited<ReturnType<typeof proposeVerdict>>>).value;
      await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
    }
  });
});
