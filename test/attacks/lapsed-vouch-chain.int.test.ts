// An admin who resets another admin's password holds that admin's account until someone confirms, after the reset,
// that its person holds it again: the reset makes the confirmation it had lapse. The walk that decides whether a
// voucher stands apart from an account (`account_vouch_apart`) still followed that lapsed confirmation: the admin
// reset a second admin's password, signed in as it with the one-time password, and vouched as it for an account of
// their own, and two accounts they created reviewed each other. The walk now steps only on a confirmation given after
// the last reset; and it goes to its end, where it stopped after 100 steps and refused a voucher confirmed, admin by
// admin, by one apart 101 steps away.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { authenticate } from "@/lib/auth/authenticate";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { confirmAccountHeld, VOUCHER_OF_ONE_HAND } from "@/lib/accounts/confirm-account-held";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { reviewProposal } from "@/lib/workflow/review";
import { createdAccount, makeUser, openProposal, rejection } from "@/test/factories";
import { stands } from "@/test/account-standing";


let attacker: Actor;
let apart: Actor;
let victim: Actor;
beforeEach(async () => {
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  attacker = await makeUser({ role: "ADMIN" });
  apart = await makeUser({ role: "ADMIN" });
  // An admin of nobody's hand, confirmed by the admin apart (as a desk's admins confirm one another).
  victim = await makeUser({ role: "ADMIN" });
  await getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${apart.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${victim.id}::uuid`;
});

describe("an admin who reset another admin's password, vouching as that admin", () => {
  it("is refused for the accounts of their own hand: the data function and the database; those accounts still may not review each other", async () => {
    const editor = await createdAccount(attacker, "EDITOR");
    const reviewer = await createdAccount(attacker, "REVIEWER");
    const { oneTimePassword } = await resetAccountPassword(attacker, { userId: victim.id });
    expect(await stands(victim)).toBeNull();
    // The attacker signs in as the victim with the one-time password and makes the change it demands.
    const signedIn = await authenticate({ email: victim.email, password: oneTimePassword }, "203.0.113.140");
    expect(signedIn).toMatchObject({ id: victim.id, mustChangePassword: true });
    await changeOwnPassword(victim, { currentPassword: oneTimePassword, newPassword: "now the attacker's", confirmPassword: "now the attacker's" });

    expect(await rejection(confirmAccountHeld(victim, { userId: editor.id }))).toMatchObject({ code: "FORBIDDEN", message: VOUCHER_OF_ONE_HAND });
    await expect(getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${victim.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${editor.id}::uuid`).rejects.toThrow(
      /of one hand with the account/,
    );
    const proposal = await openProposal(editor);
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN", details: { reason: "sameCreator" } });
    expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(0);
  });

  it("does not part them with a confirmation written before the walk was fixed: it no longer stands", async () => {
    const editor = await createdAccount(attacker, "EDITOR");
    await resetAccountPassword(attacker, { userId: victim.id });
    await getDb().$executeRawUnsafe(`ALTER TABLE "User" DISABLE TRIGGER "User_held_confirmation_fixed"`);
    try {
      await getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${victim.id}::uuid, "heldConfirmedAt" = now() WHERE id = ${editor.id}::uuid`;
    } finally {
      await getDb().$executeRawUnsafe(`ALTER TABLE "User" ENABLE TRIGGER "User_held_confirmation_fixed"`);
    }
    expect(await stands(editor)).toBeNull();
  });

  it("counts again once an admin apart confirms the reset admin after the reset", async () => {
    const editor = await createdAccount(attacker, "EDITOR");
    await resetAccountPassword(attacker, { userId: victim.id });
    await confirmAccountHeld(apart, { userId: victim.id });
    expect(await stands(victim)).toBe(apart.id);
    await confirmAccountHeld(victim, { userId: editor.id });
    expect(await stands(editor)).toBe(victim.id);
  });
});

describe("a voucher confirmed by one admin after another, the first of them apart", () => {
  it("counts however long the chain of confirmations: the walk goes to its end", async () => {
    const DEPTH = 105;
    const editor = await createdAccount(attacker, "EDITOR");
    // Admins of the attacker's hand (created by the attacker), each confirmed by the next, the last by the admin apart.
    const chain: string[] = [];
    for (let i = 0; i < DEPTH; i++) {
      const admin = await getDb().user.create({
        data: { email: `vouch-${i}-${Date.now()}@desk.test`, name: `Vouch ${i}`, role: "ADMIN", passwordHash: "-", createdById: attacker.id },
        select: { id: true },
      });
      chain.push(admin.id);
    }
    let confirmer = apart.id;
    for (const id of chain.toReversed()) {
      await getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${confirmer}::uuid, "heldConfirmedAt" = now() WHERE id = ${id}::uuid`;
      confirmer = id;
    }
    const first = await getDb().user.findUniqueOrThrow({ where: { id: chain[0]! }, select: { id: true, email: true, name: true, role: true } });
    expect(await stands(first)).toBe(chain[1]);
    await confirmAccountHeld(first, { userId: editor.id });
    expect(await stands(editor)).toBe(first.id);
  }, 120_000);
});
