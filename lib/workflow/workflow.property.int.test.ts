// Property: whatever random people do in whatever order, no claim reaches an illegal state and nothing is
// published without an approval by someone other than its proposer.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { isAppError } from "@/lib/errors";
import { proposeVerdict, startResearch } from "./propose";
import { reviewProposal } from "./review";
import { isLegalEdge, type ClaimState } from "./state-machine";
import { VERDICTS } from "./verdicts";

let people: Actor[] = [];

beforeAll(async () => {
  people = await Promise.all((["EDITOR", "EDITOR", "REVIEWER", "REVIEWER", "ADMIN"] as const).map((role) => makeUser({ role })));
});

const step = fc.record({
  // Weighted towards proposing and reviewing, so walks reach publication, corrections and withdrawals.
  op: fc.constantFrom("startResearch", "startResearch", "addEvidence", "propose", "propose", "propose", "review", "review", "review", "review"),
  who: fc.nat({ max: 4 }),
  claim: fc.constantFrom(0, 0, 0, 1),
  kind: fc.constantFrom("VERDICT", "VERDICT", "CORRECTION", "WITHDRAWAL"),
  verdict: fc.constantFrom(...VERDICTS),
  withEvidence: fc.constantFrom(true, true, true, false),
  decision: fc.constantFrom("APPROVE", "APPROVE", "REJECT", "REQUEST_CHANGES"),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

async function run(s: Step, claimIds: string[]) {
  const actor = people[s.who]!;
  const claimId = claimIds[s.claim]!;
  switch (s.op) {
    case "startResearch":
      return startResearch(actor, { claimId });
    case "addEvidence":
      return addEvidence(actor, { kind: "external", claimId, stance: "SUPPORTS", url: "https://example.org/e", title: "E" });
    case "propose": {
      const evidence = s.withEvidence ? await getDb().evidence.findMany({ where: { claimId }, select: { id: true }, take: 1 }) : [];
      return proposeVerdict(actor, {
        claimId,
        kind: s.kind,
        verdict: s.kind === "WITHDRAWAL" ? undefined : s.verdict,
        summary: "A summary long enough.",
        rationale: "A rationale that is long enough to pass.",
        reason: s.kind === "VERDICT" ? undefined : "The facts changed.",
        evidenceIds: evidence.map((e) => e.id),
      });
    }
    case "review": {
      const open = await getDb().proposal.findFirst({ where: { claimId, status: "OPEN" }, select: { id: true } });
      return reviewProposal(actor, { proposalId: open?.id ?? "00000000-0000-4000-8000-000000000000", decision: s.decision, note: "A note." });
    }
  }
}

async function checkInvariants(claimIds: string[], previous: Map<string, ClaimState>) {
  const db = getDb();
  // The claims' rows, open proposals and revisions read in three statements for both claims (after every step of 50
  // runs of up to 60, six a step were much of the test's time), then checked claim by claim.
  const [claims, openProposals, allRevisions] = await Promise.all([
    db.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, state: true, revision: true, verdict: true } }),
    db.proposal.findMany({ where: { claimId: { in: claimIds }, status: "OPEN" }, select: { claimId: true, kind: true } }),
    db.claimRevision.findMany({ where: { claimId: { in: claimIds } }, include: { proposal: { include: { review: true } } }, orderBy: { number: "asc" } }),
  ]);
  for (const id of claimIds) {
    const claim = claims.find((c) => c.id === id);
    if (!claim) throw new Error(`claim ${id} is gone`);
    expect(isLegalEdge(previous.get(id)!, claim.state), `${previous.get(id)} -> ${claim.state}`).toBe(true);
    previous.set(id, claim.state);
    const open = openProposals.filter((p) => p.claimId === id);
    expect(open.length).toBeLessThanOrEqual(1);
    expect(claim.state === "PROPOSED").toBe(open.some((p) => p.kind === "VERDICT"));
    const revisions = allRevisions.filter((r) => r.claimId === id);
    expect(revisions.map((r) => r.number)).toEqual(revisions.map((_, i) => i + 1));
    expect(claim.revision).toBe(revisions.length);
    if (claim.state === "PUBLISHED" || claim.state === "WITHDRAWN") expect(revisions.length).toBeGreaterThan(0);
    else expect(revisions).toEqual([]);
    for (const r of revisions) {
      expect(r.approvedById).not.toBe(r.proposedById);
      expect(r.proposal.proposedById).toBe(r.proposedById);
      expect(r.proposal.review).toMatchObject({ decision: "APPROVE", reviewerId: r.approvedById });
      expect(people.find((p) => p.id === r.approvedById)?.role).not.toBe("EDITOR");
    }
    if (revisions.length) expect(claim.verdict).toBe(revisions.at(-1)!.verdict);
  }
}

describe("the workflow under random actions by random roles", () => {
  it("never reaches an illegal state or publishes without a second person's approval", async () => {
    let published = 0;
    let republished = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 20, maxLength: 60 }), async (steps) => {
        const claims = await Promise.all([0, 1].map((i) => createClaim(people[0]!, { text: `Tuyên bố ngẫu nhiên ${i} ${Math.random().toString(36).slice(2)}`, kind: "OTHER" })));
        const claimIds = claims.map((c) => c.id);
        const previous = new Map<string, ClaimState>(claimIds.map((id) => [id, "DRAFT"]));
        for (const s of steps) {
          try {
            await run(s, claimIds);
          } catch (error) {
            // Refusals are expected; anything else (a 500) is a failure.
            if (!isAppError(error)) throw error;
          }
          await checkInvariants(claimIds, previous);
        }
        published += await getDb().claimRevision.count({ where: { claimId: { in: claimIds } } });
        republished += await getDb().claimRevision.count({ where: { claimId: { in: claimIds }, number: { gt: 1 } } });
      }),
      { numRuns: 50, seed: 20261125 },
    );
    // The walks did publish, and correct or withdraw, so the checks above were exercised on revisions.
    expect(published).toBeGreaterThan(10);
    expect(republished).toBeGreaterThan(0);
  }, 120_000);
});
