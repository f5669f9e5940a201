// An admin could create a second admin account (shown its one-time password), sign in as it, and vouch that the
// accounts the first created are held by their own persons: two of them then reviewed each other, and one person
// published alone on a desk that had another admin, created apart. While the desk has an admin apart from the account,
// a voucher whose chain of creators meets the account's now counts only once an admin apart from both has confirmed
// the voucher itself (`account_vouch_counts`), when the confirmation is given and each time it is asked whether it
// stands. A desk whose admins are all of the account's hand has no other word, and keeps taking theirs.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { reviewProposal } from "@/lib/workflow/review";
import { confirmAccountHeld, VOUCHER_OF_ONE_HAND } from "@/lib/accounts/confirm-account-held";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { updateAccount } from "@/lib/accounts/update-account";
import { createdAccount, makeUser, openProposal, rejection, withRemovalAsked } from "@/test/factories";
import { mayConfirm, stands } from "@/test/account-standing";

let creator: Actor;
let outsider: Actor;
let secondAdmin: Actor;
let editor: Actor;
let reviewer: Actor;
beforeEach(async () => {
  // Each test starts from a desk whose admins are its own: two admins created apart, and one the first created.
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  creator = await makeUser({ role: "ADMIN" });
  outsider = await makeUser({ role: "ADMIN" });
  secondAdmin = await createdAccount(creator, "ADMIN");
  editor = await createdAccount(creator, "EDITOR");
  reviewer = await createdAccount(creator, "REVIEWER");
});


describe("an admin created by another admin, vouching for that admin's accounts", () => {
  it("is refused while no admin apart has confirmed it: by the data function and the database; the screen offers no button", async () => {
    expect(await rejection(confirmAccountHeld(secondAdmin, { userId: reviewer.id }))).toMatchObject({ code: "FORBIDDEN", message: VOUCHER_OF_ONE_HAND });
    await expect(getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${secondAdmin.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${reviewer.id}::uuid`).rejects.toThrow(
      /of one hand with the account/,
    );
    expect(await getDb().auditEvent.count({ where: { action: "account.confirmHeld", objectId: reviewer.id } })).toBe(0);
    expect(await mayConfirm(secondAdmin, reviewer)).toBe(false);
    expect(await mayConfirm(outsider, reviewer)).toBe(true);
    const proposal = await openProposal(editor);
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN", details: { reason: "sameCreator" } });
  });

  it("does not part two accounts with a confirmation written before the rule", async () => {
    await getDb().$executeRawUnsafe(`ALTER TABLE "User" DISABLE TRIGGER "User_held_confirmation_fixed"`);
    try {
      await getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${secondAdmin.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${reviewer.id}::uuid`;
    } finally {
      await getDb().$executeRawUnsafe(`ALTER TABLE "User" ENABLE TRIGGER "User_held_confirmation_fixed"`);
    }
    expect(await stands(reviewer)).toBeNull();
    const proposal = await openProposal(editor);
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    await expect(
      getDb().$executeRaw`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), ${proposal.id}::uuid, ${reviewer.id}::uuid, 'APPROVE')`,
    ).rejects.toThrow(/same hand/);
    // An admin apart may give it instead.
    await confirmAccountHeld(outsider, { userId: reviewer.id });
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("counts once an admin apart has confirmed the voucher, and lapses with that admin's standing", async () => {
    const anotherOutsider = await makeUser({ role: "ADMIN" });
    await confirmAccountHeld(outsider, { userId: secondAdmin.id });
    expect(await mayConfirm(secondAdmin, reviewer)).toBe(true);
    await confirmAccountHeld(secondAdmin, { userId: reviewer.id });
    expect(await stands(reviewer)).toBe(secondAdmin.id);
    const proposal = await openProposal(editor);
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });

    // The outsider leaves: the second admin's word is its creator's again, and so is the reviewer's confirmation.
    await withRemovalAsked(outsider.id, null, () => updateAccount(creator, { userId: outsider.id, isActive: false }));
    expect(await stands(secondAdmin)).toBeNull();
    expect(await stands(reviewer)).toBeNull();
    const next = await openProposal(editor);
    expect(await rejection(reviewProposal(reviewer, { proposalId: next.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN", details: { reason: "sameCreator" } });
    expect((await listAccounts(creator)).find((a) => a.id === reviewer.id)).toMatchObject({ awaitsHeldConfirmation: true });
    expect(await mayConfirm(anotherOutsider, reviewer)).toBe(true);
    expect(await mayConfirm(secondAdmin, reviewer)).toBe(false);
  });

  it("counts, as before, on a desk whose admins are all of the account's hand: there is no other word to ask for", async () => {
    await withRemovalAsked(outsider.id, null, () => updateAccount(creator, { userId: outsider.id, isActive: false }));
    expect(await mayConfirm(secondAdmin, reviewer)).toBe(true);
    await confirmAccountHeld(secondAdmin, { userId: reviewer.id });
    const proposal = await openProposal(editor);
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
    // An admin apart joins: the word of the creator's admin is its creator's again, until one apart confirms that admin.
    const apart = await makeUser({ role: "ADMIN" });
    expect(await stands(reviewer)).toBeNull();
    await confirmAccountHeld(apart, { userId: secondAdmin.id });
    expect(await stands(reviewer)).toBe(secondAdmin.id);
  });

  it("is named on the accounts screen with its e-mail, so an admin named after another is not taken for it", async () => {
    const namesake = await createdAccount(creator, "ADMIN");
    await getDb().user.update({ where: { id: namesake.id }, data: { name: outsider.name } });
    await confirmAccountHeld(outsider, { userId: reviewer.id });
    const row = (await listAccounts(creator)).find((a) => a.id === reviewer.id)!;
    expect(row.heldConfirmedBy).toEqual({ name: outsider.name, email: outsider.email });
    expect(row.createdBy).toEqual({ name: creator.name, email: creator.email });
  });

  it("two admins of one hand cannot confirm each other into counting", async () => {
    const thirdAdmin = await createdAccount(creator, "ADMIN");
    expect(await rejection(confirmAccountHeld(thirdAdmin, { userId: secondAdmin.id }))).toMatchObject({ code: "FORBIDDEN", message: VOUCHER_OF_ONE_HAND });
    expect(await rejection(confirmAccountHeld(secondAdmin, { userId: thirdAdmin.id }))).toMatchObject({ code: "FORBIDDEN", message: VOUCHER_OF_ONE_HAND });
    // Written past the rule, each for the other: neither stands, nor does the word either gives.
    await getDb().$executeRawUnsafe(`ALTER TABLE "User" DISABLE TRIGGER "User_held_confirmation_fixed"`);
    try {
      await getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${thirdAdmin.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${secondAdmin.id}::uuid`;
      await getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${secondAdmin.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${thirdAdmin.id}::uuid`;
      await getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${secondAdmin.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${reviewer.id}::uuid`;
    } finally {
      await getDb().$executeRawUnsafe(`ALTER TABLE "User" ENABLE TRIGGER "User_held_confirmation_fixed"`);
    }
    expect([await stands(secondAdmin), await stands(thirdAdmin), await stands(reviewer)]).toEqual([null, null, null]);
  });
});
