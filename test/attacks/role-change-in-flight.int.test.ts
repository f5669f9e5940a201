// A session is checked when its request begins; an admin may demote or deactivate the account a moment later, while
// the request is still on its way to the database. The write itself re-reads the acting account in its transaction
// (lib/auth/confirm-actor.ts), and the database refuses a review by anyone who is not, at that moment, an active
// reviewer or admin. Each test hands a data function the actor its request's session check produced, then changes
// the account as an admin would, as the window between the two allows.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { changeRole, setAccountActive } from "@/lib/accounts/update-account";
import { createAccount } from "@/lib/accounts/create-account";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { withdrawProposal } from "@/lib/workflow/withdraw";
import { makeUser, rejection, withRemovalAsked } from "@/test/factories";
import { lockHolder, untilSomeoneWaits } from "@/test/lock-wait";

let admin: Actor;
let editor: Actor;
let reviewer: Actor;
const blocker = lockHolder();

beforeEach(async () => {
  admin = await makeUser({ role: "ADMIN" });
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

async function openProposal(by: Actor) {
  const claim = await createClaim(by, { text: `Tuyên bố chờ duyệt ${Math.random()}`, kind: "ARMS_TRANSFER", claimantName: "Nhà Trắng", claimantKind: "STATE_BODY" });
  await startResearch(by, { claimId: claim.id });
  const evidence = await addEvidence(by, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
  return proposeVerdict(by, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
}

const decided = async (proposalId: string) => ({
  reviews: await getDb().review.count({ where: { proposalId } }),
  revisions: await getDb().claimRevision.count({ where: { proposalId } }),
  status: (await getDb().proposal.findUniqueOrThrow({ where: { id: proposalId } })).status,
});

describe("a reviewer demoted or deactivated while their approval is on its way", () => {
  it("is refused once the demotion has committed, and nothing is published", async () => {
    const proposal = await openProposal(editor);
    await changeRole(admin, { userId: reviewer.id, role: "EDITOR" });
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await decided(proposal.id)).toEqual({ reviews: 0, revisions: 0, status: "OPEN" });
  });

  it("is refused once the deactivation has committed, for a return as for an approval", async () => {
    const proposal = await openProposal(editor);
    await setAccountActive(admin, { userId: reviewer.id, isActive: false });
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "REQUEST_CHANGES", note: "Needs a source." }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await decided(proposal.id)).toEqual({ reviews: 0, revisions: 0, status: "OPEN" });
  });

  it("takes turns with a demotion being written: the approval waits for it, then sees the new role", async () => {
    const proposal = await openProposal(editor);
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET role = 'EDITOR', "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [reviewer.id]);
    const approval = rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }));
    await untilSomeoneWaits(blocker);
    await blocker.query("COMMIT");
    expect(await approval).toMatchObject({ code: "FORBIDDEN" });
    expect(await decided(proposal.id)).toEqual({ reviews: 0, revisions: 0, status: "OPEN" });
  });

  it("is refused by the database too: a Review row by an editor or a deactivated reviewer", async () => {
    const proposal = await openProposal(editor);
    const other = await makeUser({ role: "EDITOR" });
    const gone = await makeUser({ role: "REVIEWER", isActive: false });
    for (const account of [other, gone]) {
      await expect(
        getDb().$executeRaw`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), ${proposal.id}::uuid, ${account.id}::uuid, 'APPROVE')`,
      ).rejects.toThrow(/active reviewer or admin/);
    }
    // The reviewer still may.
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    expect(await decided(proposal.id)).toEqual({ reviews: 1, revisions: 1, status: "APPROVED" });
  });
});

describe("an admin demoted while their request is on its way", () => {
  it("cannot give the admin role back to themself, nor change, deactivate or create another account", async () => {
    const other = await makeUser({ role: "ADMIN" });
    await withRemovalAsked(admin.id, "EDITOR", () => changeRole(other, { userId: admin.id, role: "EDITOR" }));
    expect(await rejection(changeRole(admin, { userId: admin.id, role: "ADMIN" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(changeRole(admin, { userId: editor.id, role: "ADMIN" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(setAccountActive(admin, { userId: other.id, isActive: false }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(createAccount(admin, { email: `late-${Date.now()}@desk.test`, name: "Late", role: "REVIEWER" }))).toMatchObject({ code: "FORBIDDEN" });
    const rows = await getDb().user.findMany({ where: { id: { in: [admin.id, editor.id, other.id] } }, select: { id: true, role: true, isActive: true } });
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.role, r.isActive]]))).toEqual({ [admin.id]: ["EDITOR", true], [editor.id]: ["EDITOR", true], [other.id]: ["ADMIN", true] });
    expect(await getDb().auditEvent.count({ where: { actorId: admin.id, action: { startsWith: "account." } } })).toBe(0);
  });

  it("withdraws no one else's proposal, though their own still", async () => {
    const others = await openProposal(editor);
    const own = await openProposal(admin);
    const other = await makeUser({ role: "ADMIN" });
    await withRemovalAsked(admin.id, "EDITOR", () => changeRole(other, { userId: admin.id, role: "EDITOR" }));
    expect(await rejection(withdrawProposal(admin, { proposalId: others.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await decided(others.id)).status).toBe("OPEN");
    await withdrawProposal(admin, { proposalId: own.id });
    expect((await decided(own.id)).status).toBe("WITHDRAWN");
  });

  it("two admins demoting each other at once: one demotion goes through, the other is refused, an admin remains", async () => {
    const other = await makeUser({ role: "ADMIN" });
    // Each demotion asked by another admin first: the two here are the second admins' confirmations, which apply them.
    const results = await withRemovalAsked(other.id, "EDITOR", () =>
      withRemovalAsked(admin.id, "EDITOR", () => Promise.allSettled([changeRole(admin, { userId: other.id, role: "EDITOR" }), changeRole(other, { userId: admin.id, role: "EDITOR" })])),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    // Refused as a demoted admin, not lost to a deadlock.
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "FORBIDDEN" } });
    const roles = (await getDb().user.findMany({ where: { id: { in: [admin.id, other.id] } }, select: { role: true } })).map((r) => r.role).sort();
    expect(roles).toEqual(["ADMIN", "EDITOR"]);
  });
});
