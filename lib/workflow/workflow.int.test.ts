// The verdict workflow on a real database: legal moves, the two-person rule (also against raw SQL),
// one approval among simultaneous ones, immutable revisions and corrections.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED_CHANNEL } from "@/lib/public/site";
import { getDb } from "@/lib/db/client";
import { makeUser, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "./propose";
import { reviewProposal } from "./review";
import type { RevisionSnapshot } from "./snapshot";

let editor: Actor;
let reviewer: Actor;
let reviewer2: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
  reviewer2 = await makeUser({ role: "REVIEWER" });
});

const RATIONALE = "The **US statement** was confirmed by two outlets; see the evidence.";

/** A claim in research with one external piece of evidence. */
async function researchedClaim(text = "Triều Tiên cung cấp đạn pháo cho Nga trong năm 2023") {
  const claim = await createClaim(editor, { text, kind: "ARMS_TRANSFER", claimantName: "Nhà Trắng", claimantKind: "STATE_BODY" });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
  return { ...claim, evidenceId: evidence.id };
}

async function propose(claim: { id: string; evidenceId: string }, by: Actor = editor, extra: Record<string, unknown> = {}) {
  return proposeVerdict(by, { claimId: claim.id, kind: "VERDICT", verdict: "MOSTLY_CONFIRMED", summary: "Mostly confirmed by US officials.", rationale: RATIONALE, evidenceIds: [claim.evidenceId], ...extra });
}

describe("the workflow", () => {
  it("goes draft → researching → proposed → published, and approval writes revision 1 with both people", async () => {
    const claim = await researchedClaim();
    const proposal = await propose(claim);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("PROPOSED");
    const result = await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    expect(result.revision).toBe(1);
    const published = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { revisions: true } });
    expect(published).toMatchObject({ state: "PUBLISHED", verdict: "MOSTLY_CONFIRMED", revision: 1 });
    const [revision] = published.revisions;
    expect(revision).toMatchObject({ number: 1, proposedById: editor.id, approvedById: reviewer.id, verdict: "MOSTLY_CONFIRMED" });
    const snapshot = revision!.snapshot as RevisionSnapshot;
    expect(snapshot).toMatchObject({ text: claim.text, claimant: { name: "Nhà Trắng" }, summary: "Mostly confirmed by US officials.", rationale: RATIONALE });
    expect(snapshot.evidence).toEqual([expect.objectContaining({ stance: "SUPPORTS", reference: expect.objectContaining({ url: "https://example.org/report" }) })]);
  });

  it("refuses moves that skip a state, and a second open proposal", async () => {
    const draft = await createClaim(editor, { text: "Một tuyên bố còn là bản nháp", kind: "OTHER" });
    expect((await rejection(proposeVerdict(editor, { claimId: draft.id, kind: "VERDICT", verdict: "UNVERIFIABLE", summary: "Cannot be verified at all.", rationale: RATIONALE }))).code).toBe("CONFLICT");
    const claim = await researchedClaim("Nga nhận tên lửa từ Triều Tiên");
    await propose(claim);
    expect((await rejection(propose(claim))).code).toBe("CONFLICT");
    expect((await rejection(startResearch(editor, { claimId: claim.id }))).code).toBe("CONFLICT");
  });

  it("asks for evidence behind a rated verdict, but not behind 'unverifiable'", async () => {
    const claim = await researchedClaim("Ảnh do KCNA cung cấp cho thấy ông Kim thăm nhà máy");
    const refused = await rejection(propose(claim, editor, { evidenceIds: [] }));
    expect(refused.details?.fieldErrors?.evidenceIds).toEqual(["Tick the evidence the verdict relies on."]);
    await expect(propose(claim, editor, { evidenceIds: [], verdict: "UNVERIFIABLE" })).resolves.toMatchObject({ verdict: "UNVERIFIABLE" });
  });

  it("holds the two-person rule in the data layer: the proposer cannot review, even as a reviewer", async () => {
    const claim = await researchedClaim("Ông Putin nhận lời mời thăm Bình Nhưỡng");
    const proposal = await propose(claim, reviewer);
    for (const decision of ["APPROVE", "REJECT", "REQUEST_CHANGES"]) {
      expect((await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision, note: "self" }))).code).toBe("FORBIDDEN");
    }
    expect((await rejection(reviewProposal(editor, { proposalId: proposal.id, decision: "APPROVE" }))).code).toBe("FORBIDDEN");
    expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(0);
  });

  it("holds the two-person rule against raw SQL: the database refuses a self-review and an unapproved revision", async () => {
    const claim = await researchedClaim("Hai nước ký hiệp ước đối tác chiến lược toàn diện");
    const proposal = await propose(claim);
    await expect(getDb().$executeRaw`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), ${proposal.id}::uuid, ${editor.id}::uuid, 'APPROVE')`).rejects.toThrow(/two-person rule/);
    await expect(
      getDb().$executeRaw`INSERT INTO "ClaimRevision" (id, "claimId", number, "proposalId", kind, verdict, snapshot, "proposedById", "approvedById")
        VALUES (gen_random_uuid(), ${claim.id}::uuid, 1, ${proposal.id}::uuid, 'VERDICT', 'FALSE', '{}', ${editor.id}::uuid, ${reviewer.id}::uuid)`,
    ).rejects.toThrow(/approval by someone other than the proposer/);
    await expect(getDb().$executeRaw`UPDATE "Claim" SET state = 'PUBLISHED' WHERE id = ${claim.id}::uuid`).rejects.toThrow(/published only through an approved revision/);
    await expect(getDb().$executeRaw`UPDATE "Claim" SET state = 'DRAFT' WHERE id = ${claim.id}::uuid`).rejects.toThrow(/illegal workflow move/);
    await expect(getDb().$executeRaw`UPDATE "Claim" SET verdict = 'FALSE' WHERE id = ${claim.id}::uuid`).rejects.toThrow(/published only through an approved revision/);
  });

  it("counts exactly one of two simultaneous approvals", async () => {
    const claim = await researchedClaim("Triều Tiên gửi binh sĩ sang Nga");
    const proposal = await propose(claim);
    const results = await Promise.allSettled([reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }), reviewProposal(reviewer2, { proposalId: proposal.id, decision: "APPROVE" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "CONFLICT" });
    expect(await getDb().claimRevision.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(1);
  });

  it("sends a proposal back with changes requested, and the proposer proposes again", async () => {
    const claim = await researchedClaim("Nga hỗ trợ công nghệ vệ tinh cho Triều Tiên");
    const first = await propose(claim);
    expect((await rejection(reviewProposal(reviewer, { proposalId: first.id, decision: "REQUEST_CHANGES" }))).details?.fieldErrors?.note).toBeDefined();
    await reviewProposal(reviewer, { proposalId: first.id, decision: "REQUEST_CHANGES", note: "Cite the Reuters piece too." });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("RESEARCHING");
    expect(await getDb().notification.count({ where: { userId: editor.id, proposalId: first.id, kind: "CHANGES_REQUESTED" } })).toBe(1);
    const second = await propose(claim);
    await reviewProposal(reviewer, { proposalId: second.id, decision: "APPROVE" });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("PUBLISHED");
  });

  it("publishes a correction as revision 2 with a public correction entry, and a withdrawal as revision 3", async () => {
    const claim = await researchedClaim("Nga và Triều Tiên phủ nhận mọi thỏa thuận vũ khí");
    await reviewProposal(reviewer, { proposalId: (await propose(claim)).id, decision: "APPROVE" });
    const refusedWithoutReason = await rejection(propose(claim, editor, { kind: "CORRECTION", verdict: "FALSE" }));
    expect(refusedWithoutReason.details?.fieldErrors?.reason).toEqual(["Write the reason for the change."]);
    const correction = await propose(claim, editor, { kind: "CORRECTION", verdict: "FALSE", reason: "New satellite imagery contradicts the denial." });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("PUBLISHED");
    await reviewProposal(reviewer2, { proposalId: correction.id, decision: "APPROVE" });
    const corrected = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { corrections: true } });
    expect(corrected).toMatchObject({ verdict: "FALSE", revision: 2 });
    expect(corrected.corrections).toEqual([expect.objectContaining({ oldVerdict: "MOSTLY_CONFIRMED", newVerdict: "FALSE", reason: "New satellite imagery contradicts the denial." })]);
    const withdrawal = await proposeVerdict(editor, { claimId: claim.id, kind: "WITHDRAWAL", summary: "Withdrawn: the claim was misattributed.", rationale: RATIONALE, reason: "Misattributed to the wrong ministry." });
    await reviewProposal(reviewer, { proposalId: withdrawal.id, decision: "APPROVE" });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ state: "WITHDRAWN", revision: 3, verdict: "FALSE" });
  });

  it("announces a publication on the database once the approval commits (the public page cache listens)", async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(`${n.channel} ${n.payload}`));
    await listener.query(`LISTEN ${PUBLISHED_CHANNEL}`);
    try {
      const claim = await researchedClaim("Bình Nhưỡng gửi tên lửa đạn đạo sang Nga");
      const proposal = await propose(claim);
      await reviewProposal(reviewer, { proposalId: proposal.id, decision: "REQUEST_CHANGES", note: "More sources." });
      await reviewProposal(reviewer, { proposalId: (await propose(claim)).id, decision: "APPROVE" });
      await expect.poll(() => heard).toEqual([`${PUBLISHED_CHANNEL} ${claim.slug}`]);
    } finally {
      await listener.end();
    }
  });

  it("keeps revisions, reviews and corrections immutable", async () => {
    for (const table of ["ClaimRevision", "Review", "Correction"]) {
      await expect(getDb().$executeRawUnsafe(`UPDATE "${table}" SET "id" = "id"`)).rejects.toThrow(/append-only/);
      await expect(getDb().$executeRawUnsafe(`DELETE FROM "${table}"`)).rejects.toThrow(/append-only/);
      await expect(getDb().$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(/append-only/);
    }
  });
});
