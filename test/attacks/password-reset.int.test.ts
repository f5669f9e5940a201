// An admin resets a forgotten password and is shown the new one-time password: with it they could sign in as the
// account before its person does, change the password as the sign-in demands, and approve their own proposal. The
// admin who reset it counts up the account's chain, as its creator would, until another admin confirms after the
// reset that its own person holds it; the owner's change of the password does not lift that (the attacker makes it).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { authenticate } from "@/lib/auth/authenticate";
import { readLiveSession } from "@/lib/auth/sessions";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { confirmAccountHeld, HELD_BY_CONFIRMER } from "@/lib/accounts/confirm-account-held";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { resetAccountPassword, RESET_INACTIVE, RESET_OWN_PASSWORD } from "@/lib/accounts/reset-account-password";
import { setAccountActive } from "@/lib/accounts/update-account";
import { reviewProposal } from "@/lib/workflow/review";
import { SAME_CREATOR_MESSAGE, SAME_HANDS_MESSAGE } from "@/lib/auth/account-chain";
import { ACCOUNT_LOCK_FAILURES } from "@/lib/auth/throttle-rules";
import { createdAccount, makeUser, openProposal, rejection, TEST_PASSWORD } from "@/test/factories";

const insertReview = (proposalId: string, reviewerId: string) =>
  getDb().$executeRaw`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), ${proposalId}::uuid, ${reviewerId}::uuid, 'APPROVE')`;
const change = (currentPassword: string, newPassword: string) => ({ currentPassword, newPassword, confirmPassword: newPassword });

afterEach(() => {
  vi.useRealTimers();
});

let attacker: Actor;
let other: Actor;
beforeEach(async () => {
  // Two active admins of the test's own: one resets, the other may vouch.
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  attacker = await makeUser({ role: "ADMIN" });
  other = await makeUser({ role: "ADMIN" });
});

describe("an admin resets an account's password", () => {
  it("gives a one-time password to change at the next sign-in, ends every session at once and audits who reset whom, never the password", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const first = await authenticate({ email: reviewer.email, password: TEST_PASSWORD }, "203.0.113.90");
    const second = await authenticate({ email: reviewer.email, password: TEST_PASSWORD }, "203.0.113.91");
    expect(await readLiveSession(first.sessionId, first.sessionVersion)).toMatchObject({ id: reviewer.id });

    const { oneTimePassword, user } = await resetAccountPassword(attacker, { userId: reviewer.id }, { ip: "198.51.100.5" });
    expect(user).toMatchObject({ id: reviewer.id, mustChangePassword: true, passwordResetById: attacker.id });

    // Both sessions are gone, wherever their cookies are: the version moved on and the rows are ended.
    for (const session of [first, second]) expect(await readLiveSession(session.sessionId, session.sessionVersion)).toBeNull();
    expect(await getDb().session.count({ where: { userId: reviewer.id, revokedAt: null } })).toBe(0);
    // The old password no longer works; the one-time one does, and must be changed.
    await expect(authenticate({ email: reviewer.email, password: TEST_PASSWORD }, "203.0.113.92")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticate({ email: reviewer.email, password: oneTimePassword }, "203.0.113.93")).resolves.toMatchObject({ id: reviewer.id, mustChangePassword: true });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: reviewer.id }, omit: { passwordHash: false } });
    expect(stored.passwordExpiresAt!.getTime()).toBeGreaterThan(Date.now());

    const events = await getDb().auditEvent.findMany({ where: { action: "account.resetPassword", objectId: reviewer.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: attacker.id, objectType: "User", after: expect.objectContaining({ passwordResetById: attacker.id, sessionsEnded: 2 }) });
    const recorded = JSON.stringify({ before: events[0]!.before, after: events[0]!.after });
    expect(recorded).not.toContain(oneTimePassword);
    expect(recorded).not.toContain(stored.passwordHash);
  });

  it("is refused for the admin's own account, a deactivated one, and to anyone but an admin", async () => {
    expect(await rejection(resetAccountPassword(attacker, { userId: attacker.id }))).toMatchObject({ code: "FORBIDDEN", message: RESET_OWN_PASSWORD });
    const gone = await makeUser({ role: "EDITOR", isActive: false });
    expect(await rejection(resetAccountPassword(attacker, { userId: gone.id }))).toMatchObject({ code: "CONFLICT", message: RESET_INACTIVE });
    const target = await makeUser();
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      expect(await rejection(resetAccountPassword(await makeUser({ role }), { userId: target.id }))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await rejection(resetAccountPassword(null, { userId: target.id }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await rejection(resetAccountPassword(attacker, { userId: "not-an-id" }))).toMatchObject({ code: "INVALID", details: { fieldErrors: { userId: expect.any(Array) } } });
    // The database refuses the same self-reset written past the data function.
    await expect(getDb().$executeRaw`UPDATE "User" SET "passwordResetById" = id, "passwordResetAt" = now() WHERE id = ${attacker.id}::uuid`).rejects.toThrow(/own password/);
    expect(await getDb().auditEvent.count({ where: { action: "account.resetPassword", objectId: { in: [attacker.id, gone.id, target.id] } } })).toBe(0);
  });

  it("lets two admins reset each other's passwords at once: both land, one after the other, neither deadlocks", async () => {
    const results = await Promise.allSettled([resetAccountPassword(attacker, { userId: other.id }), resetAccountPassword(other, { userId: attacker.id })]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await getDb().auditEvent.count({ where: { action: "account.resetPassword", objectId: { in: [attacker.id, other.id] } } })).toBe(2);
  });

  it("leaves a sign-in lock in place: a reset is no way around it", async () => {
    const locked = await makeUser();
    for (let i = 0; i < ACCOUNT_LOCK_FAILURES; i++) {
      await authenticate({ email: locked.email, password: `wrong ${i}` }, `203.0.113.${100 + i}`).catch(() => undefined);
    }
    const { oneTimePassword } = await resetAccountPassword(attacker, { userId: locked.id });
    // The account stays locked for the addresses that failed against it until it unlocks (or an admin unlocks it).
    await expect(authenticate({ email: locked.email, password: oneTimePassword }, "203.0.113.100")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("the two-person rule after a reset, tried as an attacker would", () => {
  it("refuses the admin who reset a reviewer, signed in as them with a password of their own, approving their own proposal", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const proposal = await openProposal(attacker);
    const { oneTimePassword } = await resetAccountPassword(attacker, { userId: reviewer.id });
    const signedIn = await authenticate({ email: reviewer.email, password: oneTimePassword }, "198.51.100.9");
    const puppet: Actor = { id: signedIn.id, role: signedIn.role, email: signedIn.email, name: signedIn.name };
    await changeOwnPassword(puppet, change(oneTimePassword, "the attacker's own password"), { ip: "198.51.100.9" });

    expect(await rejection(reviewProposal(puppet, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN", message: SAME_HANDS_MESSAGE });
    await expect(insertReview(proposal.id, reviewer.id)).rejects.toThrow(/created one by the other/);
    // Nor the other way round: a proposal by the reset account, approved by the admin who reset it.
    const byPuppet = await openProposal(puppet);
    expect(await rejection(reviewProposal(attacker, { proposalId: byPuppet.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().claimRevision.count({ where: { proposalId: { in: [proposal.id, byPuppet.id] } } })).toBe(0);
  });

  it("holds a confirmation given before the reset as lapsed; the resetter may not vouch; another admin's word after it lets the review through", async () => {
    const creator = await makeUser({ role: "ADMIN" });
    const reviewer = await createdAccount(creator, "REVIEWER");
    await confirmAccountHeld(attacker, { userId: reviewer.id });
    const proposal = await openProposal(attacker);
    await resetAccountPassword(attacker, { userId: reviewer.id });

    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    const row = (await listAccounts(other)).find((a) => a.id === reviewer.id);
    expect(row).toMatchObject({ awaitsHeldConfirmation: true, mayConfirmHeld: true, heldConfirmedBy: null });
    expect((await listAccounts(attacker)).find((a) => a.id === reviewer.id)).toMatchObject({ awaitsHeldConfirmation: true, mayConfirmHeld: false });
    // The admin who reset it cannot vouch for it, not even by giving again the confirmation they gave before.
    expect(await rejection(confirmAccountHeld(attacker, { userId: reviewer.id }))).toMatchObject({ code: "FORBIDDEN", message: HELD_BY_CONFIRMER });
    await expect(getDb().$executeRaw`UPDATE "User" SET "heldConfirmedAt" = now() WHERE id = ${reviewer.id}::uuid`).rejects.toThrow(/cannot be confirmed by itself/);

    await confirmAccountHeld(other, { userId: reviewer.id });
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("parts a reset account from the resetter's other accounts only once another admin confirms it", async () => {
    const editor = await createdAccount(attacker, "EDITOR");
    const reviewer = await makeUser({ role: "REVIEWER" });
    const proposal = await openProposal(editor);
    await resetAccountPassword(attacker, { userId: reviewer.id });
    expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN", message: SAME_CREATOR_MESSAGE });
    await confirmAccountHeld(other, { userId: reviewer.id });
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("no longer counts an admin whose reset was replaced by another admin's: their password and sessions are gone", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const proposal = await openProposal(attacker);
    await resetAccountPassword(attacker, { userId: reviewer.id });
    await resetAccountPassword(other, { userId: reviewer.id });
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
    // The second admin now counts instead, until a third vouches.
    const byOther = await openProposal(other);
    expect(await rejection(reviewProposal(reviewer, { proposalId: byOther.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
    await setAccountActive(other, { userId: reviewer.id, isActive: false });
    expect(await rejection(resetAccountPassword(attacker, { userId: reviewer.id }))).toMatchObject({ code: "CONFLICT" });
  });
  it("stamps the reset and the confirmation after it by the database's clock: an instance whose clock runs slow still confirms", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    await resetAccountPassword(attacker, { userId: reviewer.id });
    // The instance that takes the confirmation has a clock a minute behind the one that took the reset.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() - 60_000));
    await confirmAccountHeld(other, { userId: reviewer.id });
    vi.useRealTimers();
    const [row] = await getDb().$queryRaw<{ standing: string | null }[]>`SELECT "account_standing_confirmer"(${reviewer.id}::uuid)::text AS standing`;
    expect(row!.standing).toBe(other.id);
  });
});
