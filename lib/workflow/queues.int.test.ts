// The workbench queues move with the workflow: nothing stays in "changes requested of me" once it is answered.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "./propose";
import { reviewProposal } from "./review";
import { getDeskQueues } from "./queues";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [editor, reviewer] = await Promise.all([makeUser({ role: "EDITOR" }), makeUser({ role: "REVIEWER" })]);
});

async function changesRequested(actor: Actor): Promise<string[]> {
  return (await getDeskQueues(actor)).changesRequested.map((p) => p.claim.id);
}

describe("changes requested of me", () => {
  it("lists a sent-back proposal until it is proposed again, and never again after approval and a correction", async () => {
    const claim = await createClaim(editor, { text: `Nga nhận tên lửa đạn đạo từ Triều Tiên ${Date.now()}`, kind: "ARMS_TRANSFER" });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/r", title: "Report" });
    const verdict = { claimId: claim.id, kind: "VERDICT", verdict: "MOSTLY_CONFIRMED", summary: "Mostly confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] };

    const first = await proposeVerdict(editor, verdict);
    await reviewProposal(reviewer, { proposalId: first.id, decision: "REQUEST_CHANGES", note: "Cite the second outlet." });
    expect(await changesRequested(editor)).toContain(claim.id);

    const second = await proposeVerdict(editor, { ...verdict, summary: "Mostly confirmed by two outlets." });
    expect(await changesRequested(editor)).not.toContain(claim.id);
    await reviewProposal(reviewer, { proposalId: second.id, decision: "APPROVE" });
    expect(await changesRequested(editor)).not.toContain(claim.id);

    const correction = await proposeVerdict(editor, { ...verdict, kind: "CORRECTION", reason: "A date was wrong.", summary: "Mostly confirmed by two outlets, dated right." });
    await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
    expect(await changesRequested(editor)).not.toContain(claim.id);
  });

  it("lists a claim once when it was sent back twice", async () => {
    const claim = await createClaim(editor, { text: `Triều Tiên gửi thêm binh sĩ tới Kursk ${Date.now()}`, kind: "MILITARY_COOPERATION" });
    await startResearch(editor, { claimId: claim.id });
    const fields = { claimId: claim.id, kind: "VERDICT", verdict: "UNVERIFIABLE", summary: "Not verifiable yet.", rationale: "No independent source." };
    for (const note of ["Say which sources were tried.", "Name them."]) {
      const p = await proposeVerdict(editor, fields);
      await reviewProposal(reviewer, { proposalId: p.id, decision: "REQUEST_CHANGES", note });
    }
    expect((await changesRequested(editor)).filter((id) => id === claim.id)).toHaveLength(1);
  });
});
