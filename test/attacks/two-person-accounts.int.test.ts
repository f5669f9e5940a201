// An admin who creates an account is shown its one-time password: with it they could sign in as a second person
// and approve their own proposal. The two-person rule refuses a review between accounts created one by the other
// (directly or down a chain of created admins), in the data layer and in the database; other pairs still review.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { reviewProposal } from "@/lib/workflow/review";
import { SAME_HANDS_MESSAGE } from "@/lib/auth/account-chain";
import { createdAccount, makeUser, openProposal, rejection } from "@/test/factories";


const revisions = (proposalId: string) => getDb().claimRevision.count({ where: { proposalId } });

let admin: Actor;
beforeEach(async () => {
  admin = await makeUser({ role: "ADMIN" });
});

describe("the two-person rule against accounts an admin created", () => {
  it("records who created an account, in the row and in its audit event, and never lets it change", async () => {
    const reviewer = await createdAccount(admin, "REVIEWER");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: reviewer.id } })).createdById).toBe(admin.id);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { objectId: reviewer.id, action: "account.create" } });
    expect(event.actorId).toBe(admin.id);
    expect(event.after).toMatchObject({ createdById: admin.id });
    await expect(getDb().$executeRaw`UPDATE "User" SET "createdById" = NULL WHERE id = ${reviewer.id}::uuid`).rejects.toThrow(/creator cannot be changed/);
  });

  it("refuses an admin's proposal approved with a reviewer account that admin created, even after its password was changed", async () => {
    const puppet = await createdAccount(admin, "REVIEWER");
    const proposal = await openProposal(admin);
    const refusal = await rejection(reviewProposal(puppet, { proposalId: proposal.id, decision: "APPROVE" }));
    expect(refusal).toMatchObject({ code: "FORBIDDEN", message: SAME_HANDS_MESSAGE });
    expect(await revisions(proposal.id)).toBe(0);
    expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(0);
  });

  it("refuses the other way round: a proposal by an account the admin created, approved by that admin", async () => {
    const puppet = await createdAccount(admin, "EDITOR");
    const proposal = await openProposal(puppet);
    expect(await rejection(reviewProposal(admin, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await revisions(proposal.id)).toBe(0);
  });

  it("refuses down a chain: an admin's admin account creates the reviewer", async () => {
    const secondAdmin = await createdAccount(admin, "ADMIN");
    const puppet = await createdAccount(secondAdmin, "REVIEWER");
    const proposal = await openProposal(admin);
    expect(await rejection(reviewProposal(puppet, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(reviewProposal(puppet, { proposalId: proposal.id, decision: "REJECT", note: "Not good enough." }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await revisions(proposal.id)).toBe(0);
  });

  it("is held by the database too: a Review row between linked accounts is refused by raw SQL", async () => {
    const puppet = await createdAccount(admin, "REVIEWER");
    const proposal = await openProposal(admin);
    await expect(
      getDb().$executeRaw`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), ${proposal.id}::uuid, ${puppet.id}::uuid, 'APPROVE')`,
    ).rejects.toThrow(/created one by the other/);
  });

  it("on a desk with one active admin, still lets two accounts that admin created review each other, and an unrelated reviewer review the admin", async () => {
    // Two or more active admins refuse it (test/attacks/sibling-accounts-review.int.test.ts).
    await getDb().user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { isActive: false } });
    const editor = await createdAccount(admin, "EDITOR");
    const reviewer = await createdAccount(admin, "REVIEWER");
    const byEditor = await openProposal(editor);
    await expect(reviewProposal(reviewer, { proposalId: byEditor.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
    const seeded = await makeUser({ role: "REVIEWER" });
    const byAdmin = await openProposal(admin);
    await expect(reviewProposal(seeded, { proposalId: byAdmin.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });
});
