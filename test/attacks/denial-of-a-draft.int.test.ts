// A denial must name the claim it denies, but its "denies" link could name a draft: the proposal's snapshot links
// published revisions only, so the denial was approved and published naming nothing (the ledger and its page showed a
// denial of nothing, and the denied claim's publication later did not bring it back). A verdict or a correction of a
// denial is now refused until the claim it denies is published, and approval refuses a proposal frozen without one;
// the reviewer is warned. Once published, the denied claim cannot be merged away, and a withdrawal keeps it public.
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims, MERGE_REVIEWED } from "@/lib/claims/link-claims";
import { localizeMessage } from "@/lib/i18n/messages";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { freezeSnapshot } from "@/lib/workflow/snapshot";
import { workingCopyHash } from "@/lib/workflow/working-copy";
import { DENIAL_APPROVAL_WITHOUT_DENIED, DENIAL_NEEDS_PUBLISHED_CLAIM } from "@/lib/workflow/denial-published";
import { getPublishedClaim } from "@/lib/public/published-claims";
import { getClaimForDesk } from "@/lib/claims/get-claim";
import { getClaimWorkflow } from "@/lib/workflow/queues";
import { en } from "@/lib/i18n/en";
import { WorkflowPanel } from "@/app/(desk)/desk/claims/[id]/workflow-panel";
import { WorkflowNews } from "@/app/(desk)/desk/claims/[id]/workflow-news";

const panel = async (viewer: Actor, claimId: string) => {
  const [claim, workflow] = await Promise.all([getClaimForDesk(viewer, claimId), getClaimWorkflow(viewer, claimId)]);
  return renderToStaticMarkup(createElement(WorkflowNews, null, WorkflowPanel({ claim, workflow, actor: viewer, locale: "en", t: en })));
};

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

async function denialInResearch(text: string) {
  const claim = await createClaim(editor, { text: `${text} ${randomUUID().slice(0, 8)}`, kind: "DENIAL", attributes: { deniedBy: "Điện Kremlin" } });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: "https://example.org/statement", title: "Statement" });
  return { claim, evidenceId: evidence.id };
}

const verdict = (claimId: string, evidenceId: string) => ({ claimId, kind: "VERDICT", verdict: "MISLEADING", summary: "The denial is contradicted.", rationale: "Satellite imagery shows the shipments.", evidenceIds: [evidenceId] });

async function publicDenied(claimId: string): Promise<string[]> {
  const { slug } = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { slug: true } });
  const page = await getPublishedClaim(slug);
  if (!page || !("claim" in page)) throw new Error("not public");
  return page.claim.latest.snapshot.links.filter((l) => l.type === "DENIES" && l.direction === "from").map((l) => l.claim.slug);
}

describe("a denial naming a claim that is not published", () => {
  it("is refused at proposal, in both languages, until the claim it denies is published; then both are shown", async () => {
    const { claim, evidenceId } = await denialInResearch("Moskva phủ nhận nhận pháo");
    const draft = await createClaim(editor, { text: `Triều Tiên gửi pháo cho Nga ${randomUUID().slice(0, 8)}`, kind: "ARMS_TRANSFER" });
    await linkClaims(editor, { fromClaimId: claim.id, toClaimId: draft.id, type: "DENIES" });
    const refused = await rejection(proposeVerdict(editor, verdict(claim.id, evidenceId)));
    expect(refused).toMatchObject({ code: "INVALID", message: DENIAL_NEEDS_PUBLISHED_CLAIM });
    expect(localizeMessage("vi", refused.message)).not.toBe(refused.message);
    expect(await getDb().proposal.count({ where: { claimId: claim.id } })).toBe(0);

    // The draft, published; the denial proposed again is published beside it.
    await startResearch(editor, { claimId: draft.id });
    const draftEvidence = await addEvidence(editor, { kind: "external", claimId: draft.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
    await reviewProposal(reviewer, { proposalId: (await proposeVerdict(editor, { ...verdict(draft.id, draftEvidence.id), verdict: "CONFIRMED" })).id, decision: "APPROVE" });
    await proposeVerdict(editor, verdict(claim.id, evidenceId));
    expect(await panel(reviewer, claim.id)).not.toContain(`data-testid="denial-alone"`);
    const open = await getDb().proposal.findFirstOrThrow({ where: { claimId: claim.id, status: "OPEN" } });
    await reviewProposal(reviewer, { proposalId: open.id, decision: "APPROVE" });
    const { slug: deniedSlug } = await getDb().claim.findUniqueOrThrow({ where: { id: draft.id }, select: { slug: true } });
    expect(await publicDenied(claim.id)).toEqual([deniedSlug]);
  });

  it("frozen before that rule is refused at approval, and the reviewer can send it back", async () => {
    const { claim, evidenceId } = await denialInResearch("Bình Nhưỡng phủ nhận bán đạn");
    const draft = await createClaim(editor, { text: `Triều Tiên bán đạn cho Nga ${randomUUID().slice(0, 8)}`, kind: "ARMS_TRANSFER" });
    await linkClaims(editor, { fromClaimId: claim.id, toClaimId: draft.id, type: "DENIES" });
    // A proposal as the rule before let it be made: its snapshot names no published claim it denies.
    const proposal = await getDb().$transaction(async (tx) => {
      const hash = await workingCopyHash(tx, claim.id);
      const fields = verdict(claim.id, evidenceId);
      const snapshot = await freezeSnapshot(tx, claim.id, { summary: fields.summary, rationale: fields.rationale, reason: null, evidenceIds: fields.evidenceIds }, "MISLEADING");
      const { version } = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
      const made = await tx.proposal.create({ data: { claimId: claim.id, openClaimId: claim.id, kind: "VERDICT", verdict: "MISLEADING", summary: fields.summary, rationale: fields.rationale, evidenceIds: fields.evidenceIds, claimVersion: version, snapshot, workingCopyHash: hash, proposedById: editor.id } });
      await tx.claim.update({ where: { id: claim.id }, data: { state: "PROPOSED" } });
      return made;
    });
    // The reviewer is told before deciding.
    expect(await panel(reviewer, claim.id)).toContain(`data-testid="denial-alone"`);
    const refused = await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: DENIAL_APPROVAL_WITHOUT_DENIED });
    expect(localizeMessage("vi", refused.message)).not.toBe(refused.message);
    expect(await getDb().claimRevision.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("PROPOSED");
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "REQUEST_CHANGES", note: "Publish the claim it denies first." });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("RESEARCHING");
  });

  it("holds once published: the denied claim cannot be merged away, and withdrawn it stays beside the denial", async () => {
    const { claim, evidenceId } = await denialInResearch("Moskva phủ nhận nhận binh sĩ");
    const denied = await publishClaim(editor, reviewer, { text: `Triều Tiên gửi binh sĩ sang Nga ${randomUUID().slice(0, 8)}`, kind: "OTHER" });
    await linkClaims(editor, { fromClaimId: claim.id, toClaimId: denied.id, type: "DENIES" });
    await reviewProposal(reviewer, { proposalId: (await proposeVerdict(editor, verdict(claim.id, evidenceId))).id, decision: "APPROVE" });
    const other = await createClaim(editor, { text: `Một tuyên bố khác ${randomUUID().slice(0, 8)}`, kind: "OTHER" });
    expect((await rejection(linkClaims(editor, { fromClaimId: denied.id, toClaimId: other.id, type: "DUPLICATE_OF" }))).message).toBe(MERGE_REVIEWED);
    const withdrawal = await proposeVerdict(editor, { claimId: denied.id, kind: "WITHDRAWAL", summary: "Withdrawn.", rationale: "The report could not be traced.", reason: "Untraceable." });
    await reviewProposal(reviewer, { proposalId: withdrawal.id, decision: "APPROVE" });
    const { slug } = await getDb().claim.findUniqueOrThrow({ where: { id: denied.id }, select: { slug: true } });
    expect(await publicDenied(claim.id)).toEqual([slug]);
  });

  it("merged from a draft into a published claim names that claim, and is proposed", async () => {
    const { claim, evidenceId } = await denialInResearch("Bắc Kinh phủ nhận chuyển linh kiện");
    const draft = await createClaim(editor, { text: `Trung Quốc chuyển linh kiện ${randomUUID().slice(0, 8)}`, kind: "OTHER" });
    const published = await publishClaim(editor, reviewer, { text: `Trung Quốc chuyển linh kiện cho Nga ${randomUUID().slice(0, 8)}`, kind: "OTHER" });
    await linkClaims(editor, { fromClaimId: claim.id, toClaimId: draft.id, type: "DENIES" });
    await linkClaims(editor, { fromClaimId: draft.id, toClaimId: published.id, type: "DUPLICATE_OF" });
    await reviewProposal(reviewer, { proposalId: (await proposeVerdict(editor, verdict(claim.id, evidenceId))).id, decision: "APPROVE" });
    const { slug } = await getDb().claim.findUniqueOrThrow({ where: { id: published.id }, select: { slug: true } });
    expect(await publicDenied(claim.id)).toEqual([slug]);
  });
});
