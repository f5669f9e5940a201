// A denial is proposed only once it names the claim it denies: the data layer refuses a verdict or a correction
// of a DENIAL without a "denies" link, with a message the proposal form shows in the reader's language.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims } from "@/lib/claims/link-claims";
import { localizeMessage } from "@/lib/i18n/messages";
import { DENIAL_NEEDS_LINK, proposeVerdict, startResearch } from "./propose";
import { reviewProposal } from "./review";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

async function denialInResearch(text: string) {
  const claim = await createClaim(editor, { text, kind: "DENIAL", attributes: { deniedBy: "Điện Kremlin" } });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: "https://example.org/kremlin", title: "Kremlin statement" });
  return { claim, evidenceId: evidence.id };
}

const verdict = (claimId: string, evidenceId: string) => ({ claimId, kind: "VERDICT", verdict: "MISLEADING", summary: "The denial is contradicted.", rationale: "Satellite imagery shows the shipments.", evidenceIds: [evidenceId] });

describe("a denial's proposal", () => {
  it("is refused without a denies link, naming what is missing, in both languages, and nothing is stored", async () => {
    const { claim, evidenceId } = await denialInResearch("Điện Kremlin phủ nhận nhận đạn pháo");
    // A link of another type is not the one it needs.
    const other = await createClaim(editor, { text: "Triều Tiên gửi đạn pháo cho Nga", kind: "ARMS_TRANSFER" });
    await linkClaims(editor, { fromClaimId: claim.id, toClaimId: other.id, type: "CONTRADICTS" });
    const refused = await rejection(proposeVerdict(editor, verdict(claim.id, evidenceId)));
    expect(refused).toMatchObject({ code: "INVALID", message: DENIAL_NEEDS_LINK });
    expect(refused.message).toMatch(/denies/);
    expect(localizeMessage("vi", refused.message)).toMatch(/phủ nhận/);
    expect(localizeMessage("vi", refused.message)).not.toBe(refused.message);
    expect(await getDb().proposal.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("RESEARCHING");
  });

  it("goes through once the denial is linked to the claim it denies", async () => {
    const { claim, evidenceId } = await denialInResearch("Bình Nhưỡng phủ nhận bán tên lửa");
    const allegation = await publishClaim(editor, reviewer, { text: "Triều Tiên bán tên lửa cho Nga", kind: "ARMS_TRANSFER" });
    await linkClaims(editor, { fromClaimId: claim.id, toClaimId: allegation.id, type: "DENIES" });
    const proposal = await proposeVerdict(editor, verdict(claim.id, evidenceId));
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("PUBLISHED");
  });

  it("is refused for a correction that lost its link, while a withdrawal stays possible", async () => {
    const { claim, evidenceId } = await denialInResearch("Moskva phủ nhận nhận binh sĩ");
    const allegation = await publishClaim(editor, reviewer, { text: "Triều Tiên gửi binh sĩ sang Nga", kind: "OTHER" });
    await linkClaims(editor, { fromClaimId: claim.id, toClaimId: allegation.id, type: "DENIES" });
    await reviewProposal(reviewer, { proposalId: (await proposeVerdict(editor, verdict(claim.id, evidenceId))).id, decision: "APPROVE" });
    await getDb().claimLink.deleteMany({ where: { fromClaimId: claim.id } });
    const correction = { ...verdict(claim.id, evidenceId), kind: "CORRECTION", verdict: "FALSE", reason: "New records." };
    expect((await rejection(proposeVerdict(editor, correction))).message).toBe(DENIAL_NEEDS_LINK);
    const withdrawal = await proposeVerdict(editor, { claimId: claim.id, kind: "WITHDRAWAL", summary: "Withdrawn pending review.", rationale: "The statement could not be traced.", reason: "Untraceable." });
    expect(withdrawal.kind).toBe("WITHDRAWAL");
  });

  it("is not asked of other kinds", async () => {
    const claim = await publishClaim(editor, reviewer, { text: "Nga và Triều Tiên ký hiệp ước", kind: "TREATY_TERM" });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("PUBLISHED");
  });
});
