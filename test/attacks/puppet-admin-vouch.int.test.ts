// On the usual desk every admin descends from the first, so nobody stands apart from any account, and the vouching
// rule let any admin outside an account's hands vouch for it. An admin created a second admin account and vouched as
// it for the accounts the first created (then approved their own proposals through them); or reset the password of a
// colleague's confirmed reviewer, vouched as the second account that the reviewer was held by its own person (which
// lifted the reset), signed in as the reviewer and approved their own proposal. A vouch now counts when the two
// accounts' hands meet nowhere outside what every admin's hands share (the first admin): two admins the first
// created still vouch for each other's accounts.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { reviewProposal } from "@/lib/workflow/review";
import { confirmAccountHeld, VOUCHER_OF_ONE_HAND } from "@/lib/accounts/confirm-account-held";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { createdAccount, makeUser, openProposal, rejection } from "@/test/factories";
import { mayConfirm, stands } from "@/test/account-standing";

let first: Actor;
let a: Actor;
let b: Actor;
let c: Actor;
beforeEach(async () => {
  // A desk of one root: the first admin, and three admins it created.
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  first = await makeUser({ role: "ADMIN" });
  [a, b, c] = [await createdAccount(first, "ADMIN"), await createdAccount(first, "ADMIN"), await createdAccount(first, "ADMIN")];
});


describe("an admin's second admin account, on a desk whose admins all descend from the first", () => {
  it("does not vouch for the accounts the first created: refused by the data function and the database; another admin's word counts", async () => {
    const puppet = await createdAccount(a, "ADMIN");
    const editor = await createdAccount(a, "EDITOR");
    const reviewer = await createdAccount(a, "REVIEWER");
    expect(await rejection(confirmAccountHeld(puppet, { userId: reviewer.id }))).toMatchObject({ code: "FORBIDDEN", message: VOUCHER_OF_ONE_HAND });
    await expect(getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${puppet.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${reviewer.id}::uuid`).rejects.toThrow(/of one hand with the account/);
    expect(await mayConfirm(puppet, reviewer)).toBe(false);
    // Nor does a second puppet, created by the first puppet.
    const deeper = await createdAccount(puppet, "ADMIN");
    expect(await rejection(confirmAccountHeld(deeper, { userId: reviewer.id }))).toMatchObject({ code: "FORBIDDEN" });
    // So the admin cannot approve their own proposal through the two accounts they created.
    const proposal = await openProposal(editor);
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN", details: { reason: "sameCreator" } });

    // An admin of another branch vouches, on the screen and in the database: the reviewer is a person of their own.
    expect(await mayConfirm(b, reviewer)).toBe(true);
    await confirmAccountHeld(b, { userId: reviewer.id });
    expect(await stands(reviewer)).toBe(b.id);
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("does not lift its admin's password reset of a colleague's reviewer, so the admin cannot approve as that reviewer", async () => {
    const puppet = await createdAccount(a, "ADMIN");
    // An editor A created and nobody confirmed: A may hold it, so its proposals are A's.
    const editor = await createdAccount(a, "EDITOR");
    // A colleague's reviewer, created by B and confirmed by C: a person of their own, who may review A's editor.
    const reviewer = await createdAccount(b, "REVIEWER");
    await confirmAccountHeld(c, { userId: reviewer.id });
    // A resets the reviewer's password (A now knows it) and asks the second account to vouch for the reviewer.
    await resetAccountPassword(a, { userId: reviewer.id });
    expect(await stands(reviewer)).toBeNull();
    expect(await rejection(confirmAccountHeld(puppet, { userId: reviewer.id }))).toMatchObject({ code: "FORBIDDEN", message: VOUCHER_OF_ONE_HAND });
    const proposal = await openProposal(editor);
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    // The reviewer's own colleagues vouch again after the reset: C's word counts, and the review is the reviewer's.
    await confirmAccountHeld(c, { userId: reviewer.id });
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });
});

describe("a desk's admins vouching for one another", () => {
  it("keep vouching across branches after an admin reset the first admin's password (it could sign in as the first admin)", async () => {
    await resetAccountPassword(a, { userId: first.id });
    const editor = await createdAccount(a, "EDITOR");
    const reviewer = await createdAccount(b, "REVIEWER");
    expect(await mayConfirm(c, editor)).toBe(true);
    expect(await mayConfirm(c, reviewer)).toBe(true);
    await confirmAccountHeld(c, { userId: editor.id });
    await confirmAccountHeld(c, { userId: reviewer.id });
    expect([await stands(editor), await stands(reviewer)]).toEqual([c.id, c.id]);
    // A, who could sign in as the first admin, is up every account's chain until another admin confirms the first.
    expect(await rejection(confirmAccountHeld(a, { userId: (await createdAccount(b, "EDITOR")).id }))).toMatchObject({ code: "FORBIDDEN" });
    // The accounts the first admin creates are vouched for by any admin it created, as before.
    const made = await createdAccount(first, "REVIEWER");
    await confirmAccountHeld(b, { userId: made.id });
    expect(await stands(made)).toBe(b.id);
  });
});
