// A proposal's time, its decision's and a revision's were the writing instance's clock (Prisma fills @default(now())
// itself, and the decision was stamped with new Date()). The desk compares them: the claim's latest proposal, which says
// whether a sent-back proposal was answered, is read by its time. An editor who proposed again on an instance whose
// clock ran ten minutes behind the one that took the first proposal still saw the first listed as changes requested,
// unanswered. They are now stamped by the database's clock, which every instance shares.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getDeskQueues } from "@/lib/workflow/queues";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

afterEach(() => {
  vi.useRealTimers();
});

/** This instance's clock `minutes` off the database's. */
function clockOff(minutes: number): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(Date.now() + minutes * 60_000));
}

async function databaseMs(): Promise<number> {
  const [row] = await getDb().$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return row!.now.getTime();
}

describe("the workflow's times on instances whose clocks differ", () => {
  it("a proposal made again on an instance running behind answers the changes asked of the first", async () => {
    const claim = await createClaim(editor, { text: `Nga nhận đạn pháo từ Triều Tiên qua cảng Rajin ${Date.now()}`, kind: "ARMS_TRANSFER" });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/rajin", title: "Report" });
    const verdict = { claimId: claim.id, kind: "VERDICT", verdict: "MOSTLY_CONFIRMED", summary: "Mostly confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] };
    const first = await proposeVerdict(editor, verdict);
    await reviewProposal(reviewer, { proposalId: first.id, decision: "REQUEST_CHANGES", note: "Cite the second outlet." });
    expect((await getDeskQueues(editor)).changesRequested.map((p) => p.id)).toContain(first.id);

    clockOff(-10);
    const second = await proposeVerdict(editor, { ...verdict, summary: "Mostly confirmed by two outlets." });
    expect((await getDeskQueues(editor)).changesRequested.map((p) => p.id)).not.toContain(first.id);
    vi.useRealTimers();

    // Each time the workflow stamps is the database's, whichever instance wrote it.
    clockOff(10);
    await reviewProposal(reviewer, { proposalId: second.id, decision: "APPROVE" });
    vi.useRealTimers();
    const now = await databaseMs();
    const stored = await getDb().proposal.findUniqueOrThrow({ where: { id: second.id }, select: { createdAt: true, decidedAt: true, revision: { select: { publishedAt: true } } } });
    for (const [name, at] of Object.entries({ created: stored.createdAt, decided: stored.decidedAt, published: stored.revision?.publishedAt })) {
      expect(at, name).toBeInstanceOf(Date);
      expect(Math.abs(now - at!.getTime()), name).toBeLessThan(5 * 60_000);
    }
  });
});
