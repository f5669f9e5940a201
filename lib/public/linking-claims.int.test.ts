// Live links on published pages: a claim page lists the published claims whose reviewed revisions link to it,
// including those published after it, while its own revisions stay as they were approved.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims } from "@/lib/claims/link-claims";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getDb } from "@/lib/db/client";
import { getPublishedClaim, listLinkingClaims } from "./published-claims";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

/** A claim linked to `target` before its own approval, then published through the real workflow. */
async function publishLinking(text: string, type: string, target: string, verdict = "FALSE") {
  const claim = await createClaim(editor, { text, kind: "OTHER" });
  await linkClaims(editor, { fromClaimId: claim.id, toClaimId: target, type });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "REFUTES", url: "https://example.org/denial", title: "Denial" });
  const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict, summary: "Reviewed against the published record.", rationale: "Two independent outlets report it.", evidenceIds: [evidence.id] });
  await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
  return claim;
}

async function revisionsOf(slug: string) {
  const found = await getPublishedClaim(slug);
  if (!found || !("claim" in found)) throw new Error("not published");
  return found.claim.revisions.map((r) => ({ number: r.number, snapshot: r.snapshot }));
}

describe("claims that link here", () => {
  it("lists a denial published after the allegation, without a new revision of the allegation", async () => {
    const allegation = await publishClaim(editor, reviewer, { text: "Triều Tiên gửi 10.000 binh sĩ sang Nga", kind: "OTHER", verdict: "MIXED" });
    const before = await revisionsOf(allegation.slug);
    expect(await listLinkingClaims(allegation.id, allegation.slug)).toEqual([]);

    const denial = await publishLinking("Moskva và Bình Nhưỡng phủ nhận việc gửi binh sĩ", "DENIES", allegation.id);
    const corroboration = await publishLinking("Tình báo Hàn Quốc xác nhận binh sĩ Triều Tiên ở Kursk", "CORROBORATES", allegation.id, "CONFIRMED");
    const linking = await listLinkingClaims(allegation.id, allegation.slug);
    expect(linking.map((l) => [l.slug, l.type, l.verdict])).toEqual([
      [corroboration.slug, "CORROBORATES", "CONFIRMED"],
      [denial.slug, "DENIES", "FALSE"],
    ]);
    expect(linking[1]).toMatchObject({ text: "Moskva và Bình Nhưỡng phủ nhận việc gửi binh sĩ", publishedAt: expect.any(Date) });
    // The allegation's revisions are untouched: the same number, the same snapshots.
    expect(await revisionsOf(allegation.slug)).toEqual(before);
  });

  it("counts only reviewed links of published claims: not a draft's, not a withdrawn claim's, not a link added after approval", async () => {
    const target = await publishClaim(editor, reviewer, { text: "Nga chuyển công nghệ vệ tinh cho Triều Tiên", kind: "OTHER" });
    const draft = await createClaim(editor, { text: "Bản nháp bác bỏ việc chuyển công nghệ", kind: "OTHER" });
    await linkClaims(editor, { fromClaimId: draft.id, toClaimId: target.id, type: "DENIES" });
    const published = await publishClaim(editor, reviewer, { text: "Nga phóng vệ tinh cho Triều Tiên từ Vostochny", kind: "OTHER" });
    // Linked in the working copy after approval: not yet reviewed, so not public.
    await linkClaims(editor, { fromClaimId: published.id, toClaimId: target.id, type: "REPEATS" });
    expect(await listLinkingClaims(target.id, target.slug)).toEqual([]);

    const repeat = await publishLinking("Nga giúp Triều Tiên phóng vệ tinh quân sự", "REPEATS", target.id, "CONFIRMED");
    expect((await listLinkingClaims(target.id, target.slug)).map((l) => l.slug)).toEqual([repeat.slug]);
    const withdrawal = await proposeVerdict(editor, { claimId: repeat.id, kind: "WITHDRAWAL", summary: "Withdrawn pending new evidence.", rationale: "The only source retracted its report.", reason: "The source retracted it." });
    await reviewProposal(reviewer, { proposalId: withdrawal.id, decision: "APPROVE" });
    expect(await listLinkingClaims(target.id, target.slug)).toEqual([]);
  });

  it("follows the claim under an old address", async () => {
    const target = await publishClaim(editor, reviewer, { text: "Triều Tiên bán tên lửa KN-23 cho Nga", kind: "OTHER" });
    const denial = await publishLinking("Nga phủ nhận mua tên lửa KN-23", "DENIES", target.id);
    await getDb().claimSlug.create({ data: { slug: target.slug, claimId: target.id } });
    await getDb().claim.update({ where: { id: target.id }, data: { slug: `${target.slug}-moi` } });
    expect((await listLinkingClaims(target.id, `${target.slug}-moi`)).map((l) => l.slug)).toEqual([denial.slug]);
  });
});
