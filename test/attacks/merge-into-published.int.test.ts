// A draft merged into a published claim moves its quotes, evidence and links into the published claim's working rows:
// nothing of them reaches the public until a reviewer approves a correction that includes them. The claim's public
// page, the corrections log and the ledger read its published revision, and the merge writes none. A published
// claim, or one under review, cannot itself be merged away.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims, MERGE_REVIEWED } from "@/lib/claims/link-claims";
import { startResearch } from "@/lib/workflow/propose";
import { getPublishedClaim, listCorrections } from "@/lib/public/published-claims";
import { getLedger, parseLedgerFilter } from "@/lib/public/ledger";
import { makeUser, publishClaim, rejection } from "@/test/factories";

describe("merging around a published claim", () => {
  it("a draft merged into it changes nothing public; it cannot be merged away", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const published = await publishClaim(editor, reviewer, { text: `Nga nhận tên lửa từ Triều Tiên qua Rajin ${Date.now()}`, kind: "ARMS_TRANSFER", verdict: "MIXED", attributes: { supplier: "Triều Tiên", recipient: "Nga", materiel: "ARTILLERY_SHELLS", periodFrom: "2023-08" } });
    const publicView = async () => {
      const page = await getPublishedClaim(published.slug);
      const ledger = await getLedger(parseLedgerFilter({}));
      return { page, corrections: await listCorrections(), ledger: ledger.rows.filter((r) => JSON.stringify(r).includes(published.slug)) };
    };
    const before = await publicView();
    expect(before.ledger).toHaveLength(1);

    const draft = await createClaim(editor, { text: `Bản trùng: tên lửa Triều Tiên tới Nga ${Date.now()}`, kind: "OTHER" });
    await startResearch(editor, { claimId: draft.id });
    const planted = await addEvidence(editor, { kind: "external", claimId: draft.id, stance: "REFUTES", url: "https://example.org/unreviewed", title: "Unreviewed" });
    await linkClaims(editor, { fromClaimId: draft.id, toClaimId: published.id, type: "DUPLICATE_OF" });
    // The evidence is the published claim's working row now, and nothing public shows it.
    expect((await getDb().evidence.findUniqueOrThrow({ where: { id: planted.id }, select: { claimId: true } })).claimId).toBe(published.id);
    expect(await publicView()).toEqual(before);
    expect(JSON.stringify(await getPublishedClaim(published.slug))).not.toContain("unreviewed");

    const other = await createClaim(editor, { text: `Một bản nháp khác ${Date.now()}`, kind: "OTHER" });
    expect(await rejection(linkClaims(editor, { fromClaimId: published.id, toClaimId: other.id, type: "DUPLICATE_OF" }))).toMatchObject({ code: "CONFLICT", message: MERGE_REVIEWED });
  });
});
