// An editor attaching evidence, or being assigned, on a draft claim while a colleague merges that draft into its
// canonical claim. The merge moves the draft's evidence, then marks it merged; evidence added in between (checked
// against the draft before the merge committed, written after) stayed on the merged draft, which nobody sees again:
// the editor was told it was saved, and the canonical claim never had it.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims } from "@/lib/claims/link-claims";
import { assignClaim } from "@/lib/workflow/assignment";
import { makeUser } from "@/test/factories";

const claimFields = (text: string) => ({ text, kind: "ARMS_TRANSFER", claimantName: "Lầu Năm Góc", claimantKind: "STATE_BODY" as const });

describe("attaching to a claim while it is merged away", () => {
  it("evidence added during the merge is refused or lands on the canonical claim, never on the merged draft", async () => {
    const editor = await makeUser();
    const other = await makeUser();
    for (let round = 0; round < 8; round++) {
      const canonical = await createClaim(editor, claimFields(`Triều Tiên chuyển đạn pháo cho Nga, bản gốc ${round}`));
      const draft = await createClaim(editor, claimFields(`Bình Nhưỡng gửi đạn pháo sang Nga, bản trùng ${round}`));
      const [added] = await Promise.allSettled([
        addEvidence(other, { kind: "external", claimId: draft.id, stance: "SUPPORTS", url: `https://example.org/report-${round}`, title: "Báo cáo" }),
        linkClaims(editor, { fromClaimId: draft.id, toClaimId: canonical.id, type: "DUPLICATE_OF" }),
      ]);
      if (added.status === "rejected") {
        expect(added.reason).toMatchObject({ code: "NOT_FOUND" });
      } else {
        expect((await getDb().evidence.findUniqueOrThrow({ where: { id: added.value.id } })).claimId).toBe(canonical.id);
      }
      expect(await getDb().evidence.count({ where: { claimId: draft.id } })).toBe(0);
    }
  });

  it("an assignment made during the merge is refused or made before it, never written to the merged draft after", async () => {
    const editor = await makeUser();
    const admin = await makeUser({ role: "ADMIN" });
    for (let round = 0; round < 8; round++) {
      const canonical = await createClaim(editor, claimFields(`Nga nhận tên lửa từ Triều Tiên, bản gốc ${round}`));
      const draft = await createClaim(editor, claimFields(`Moscow nhận tên lửa của Bình Nhưỡng, bản trùng ${round}`));
      const [assigned] = await Promise.allSettled([
        assignClaim(admin, { claimId: draft.id, userId: editor.id }),
        linkClaims(editor, { fromClaimId: draft.id, toClaimId: canonical.id, type: "DUPLICATE_OF" }),
      ]);
      if (assigned.status === "rejected") expect(assigned.reason).toMatchObject({ code: "NOT_FOUND" });
      const events = await getDb().auditEvent.findMany({ where: { objectId: draft.id, action: { in: ["claim.assign", "claim.merge"] } }, orderBy: { id: "asc" }, select: { action: true } });
      // Whatever happened to the draft happened before it was merged.
      expect(events.at(-1)?.action).toBe("claim.merge");
    }
  });
});
