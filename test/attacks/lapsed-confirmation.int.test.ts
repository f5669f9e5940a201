// An admin's confirmation that an account is held by its own person parts it from the other accounts its creator
// made (test/attacks/sibling-accounts-review.int.test.ts). It stands only while that admin is an active admin: an
// admin demoted or deactivated (gone, or found to share a hand with the account) no longer vouches, and another admin
// may confirm again. And who the active admins are is read by a review in turn with a change to them: a deactivation
// in flight is waited for and seen, and one that comes while a review is being written waits until it has committed.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { reviewProposal } from "@/lib/workflow/review";
import { getDeskQueues } from "@/lib/workflow/queues";
import { confirmAccountHeld } from "@/lib/accounts/confirm-account-held";
import { changeRole, setAccountActive } from "@/lib/accounts/update-account";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { SAME_CREATOR_MESSAGE } from "@/lib/auth/account-chain";
import { createdAccount, makeUser, openProposal, rejection, withRemovalAsked } from "@/test/factories";
import { lockHolder, untilSomeoneWaits } from "@/test/lock-wait";

const insertReview = (proposalId: string, reviewerId: string) =>
  getDb().$executeRaw`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), ${proposalId}::uuid, ${reviewerId}::uuid, 'APPROVE')`;

let creator: Actor;
let voucher: Actor;
let third: Actor;
let editor: Actor;
let reviewer: Actor;
const blocker = lockHolder();

beforeEach(async () => {
  // Three admins of the test's own: one creates both accounts, one vouches for the reviewer, one remains.
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  creator = await makeUser({ role: "ADMIN" });
  voucher = await makeUser({ role: "ADMIN" });
  third = await makeUser({ role: "ADMIN" });
  editor = await createdAccount(creator, "EDITOR");
  reviewer = await createdAccount(creator, "REVIEWER");
  await confirmAccountHeld(voucher, { userId: reviewer.id });
});

const queued = async (who: Actor, proposalId: string) => (await getDeskQueues(who)).awaitingReview.some((p) => p.id === proposalId);
const onScreen = async (viewer: Actor) => (await listAccounts(viewer)).find((a) => a.id === reviewer.id);

describe("a confirmation whose admin is no longer an active admin", () => {
  for (const [how, lapse] of [
    ["deactivated", () => withRemovalAsked(voucher.id, null, () => setAccountActive(third, { userId: voucher.id, isActive: false }))],
    ["demoted", () => withRemovalAsked(voucher.id, "EDITOR", () => changeRole(third, { userId: voucher.id, role: "EDITOR" }))],
  ] as const) {
    it(`no longer parts the two accounts once its admin is ${how}: the data function, the database, the queue and the accounts screen agree`, async () => {
      const proposal = await openProposal(editor);
      expect(await queued(reviewer, proposal.id)).toBe(true);
      await lapse();
      expect(await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN", message: SAME_CREATOR_MESSAGE });
      await expect(insertReview(proposal.id, reviewer.id)).rejects.toThrow(/same hand/);
      expect(await queued(reviewer, proposal.id)).toBe(false);
      expect(await onScreen(third)).toMatchObject({ awaitsHeldConfirmation: true, mayConfirmHeld: true, heldConfirmedBy: null });
      expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(0);
    });
  }

  it("may be given again by another admin, audited with the one it replaces; a standing one may not", async () => {
    expect(await rejection(confirmAccountHeld(third, { userId: reviewer.id }))).toMatchObject({ code: "CONFLICT" });
    await expect(getDb().$executeRaw`UPDATE "User" SET "heldConfirmedById" = ${third.id}::uuid WHERE id = ${reviewer.id}::uuid`).rejects.toThrow(/cannot be changed/);
    await withRemovalAsked(voucher.id, null, () => setAccountActive(third, { userId: voucher.id, isActive: false }));
    await confirmAccountHeld(third, { userId: reviewer.id });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { objectId: reviewer.id, action: "account.confirmHeld", actorId: third.id } });
    expect(event.before).toEqual({ heldConfirmedById: voucher.id });
    const proposal = await openProposal(editor);
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("stands again when its admin is reactivated", async () => {
    await withRemovalAsked(voucher.id, null, () => setAccountActive(third, { userId: voucher.id, isActive: false }));
    await setAccountActive(third, { userId: voucher.id, isActive: true });
    const proposal = await openProposal(editor);
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });
});

describe("a review and a change to the desk's admins at the same moment", () => {
  it("waits for the vouching admin's deactivation in flight, then is refused by what it committed", async () => {
    const proposal = await openProposal(editor);
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET "isActive" = false, "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [voucher.id]);
    const approval = rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }));
    await untilSomeoneWaits(blocker, 3_000).finally(() => blocker.query("COMMIT"));
    expect(await approval).toMatchObject({ code: "FORBIDDEN", message: SAME_CREATOR_MESSAGE });
    expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(0);
  });

  it("waits for a second admin's activation in flight on a desk of one admin, then holds the rule it switches on", async () => {
    await withRemovalAsked(voucher.id, null, () => setAccountActive(creator, { userId: voucher.id, isActive: false }));
    await withRemovalAsked(third.id, null, () => setAccountActive(creator, { userId: third.id, isActive: false }));
    const proposal = await openProposal(editor);
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET "isActive" = true WHERE id = $1`, [third.id]);
    const approval = rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }));
    await untilSomeoneWaits(blocker, 3_000).finally(() => blocker.query("COMMIT"));
    expect(await approval).toMatchObject({ code: "FORBIDDEN", message: SAME_CREATOR_MESSAGE });
  });

  it("the database's trigger alone waits too: a Review row written while the deactivation is in flight is refused", async () => {
    const proposal = await openProposal(editor);
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET role = 'EDITOR' WHERE id = $1`, [voucher.id]);
    const insert = insertReview(proposal.id, reviewer.id).then(
      () => null,
      (error: unknown) => error,
    );
    await untilSomeoneWaits(blocker, 3_000).finally(() => blocker.query("COMMIT"));
    expect(String(await insert)).toMatch(/same hand/);
  });

  it("a deactivation while a review is being written waits until the review has committed", async () => {
    const proposal = await openProposal(editor);
    // The deactivation asked by another admin before the review begins: the one raced here confirms it.
    await withRemovalAsked(voucher.id, null, async () => {
      await blocker.query("BEGIN");
      await blocker.query(`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), $1, $2, 'APPROVE')`, [proposal.id, reviewer.id]);
      let done = false;
      const deactivation = setAccountActive(third, { userId: voucher.id, isActive: false }).then(() => (done = true));
      try {
        await untilSomeoneWaits(blocker, 3_000);
        expect(done).toBe(false);
      } finally {
        await blocker.query("COMMIT");
      }
      await deactivation;
    });
    expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(1);
  });
});
