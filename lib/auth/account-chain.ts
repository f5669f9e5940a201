// Accounts one person may hold: an admin who creates an account is shown its one-time password and so can sign in
// as it before its owner does. The two-person rule therefore refuses a review between two accounts when one is up
// the other's chain of creators (User.createdById), and, on a desk with two or more active admins, between two
// accounts created by the same hand unless another admin, still an active admin, confirmed one of them as held by its
// own person. The database holds the same rule (its functions `account_controllers`, `accounts_of_one_hand` and
// `account_standing_confirmer`, and the review trigger): these functions read it from there, so it is written once.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const SAME_HANDS_ASSIGNEE = "This reviewer's account and the proposer's were created one by the other (or one's password reset by the other): choose someone else.";
export const SAME_HANDS_MESSAGE = "You cannot review this proposal: your account and its author's were created one by the other (or one's password reset by the other), so a second person must.";
export const SAME_CREATOR_ASSIGNEE = "This reviewer's account and the proposer's were created by the same admin and no other admin has confirmed either: choose someone else.";
export const SAME_CREATOR_MESSAGE =
  "You cannot review this proposal: your account and its author's were created by the same admin, and no other admin has confirmed either as held by its own person.";

type Raw = Pick<Tx, "$queryRaw">;

/**
 * The accounts one hand may hold together with `account`: itself, the accounts up its chain of creators and those it
 * created down the chain; and, with two or more active admins, those created by the same hand that no other admin
 * confirmed apart. None of them may review a proposal `account` wrote, nor write one it may review: the desk
 * neither asks them (review queues, notices) nor lets one be assigned such a review.
 */
export async function accountsOfOneHand(tx: Raw, account: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "accounts_of_one_hand"(${account}::uuid)::text AS id`;
  return rows.map((r) => r.id);
}

/**
 * Why the two accounts may not review each other's proposals, or null when they may (not checked: the same account):
 * "sameHands" when one created the other (or an account up the other's chain of creators), "sameCreator" when they
 * are otherwise of one hand (accountsOfOneHand). One query for both.
 */
export async function oneHandReason(tx: Raw, proposerId: string, reviewerId: string): Promise<"sameHands" | "sameCreator" | null> {
  const rows = await tx.$queryRaw<{ linked: boolean; oneHand: boolean }[]>`
    SELECT (${proposerId}::uuid IN (SELECT "account_controllers"(${reviewerId}::uuid)) OR ${reviewerId}::uuid IN (SELECT "account_controllers"(${proposerId}::uuid))) AS linked,
           ${reviewerId}::uuid IN (SELECT "accounts_of_one_hand"(${proposerId}::uuid)) AS "oneHand"`;
  if (rows[0]?.linked) return "sameHands";
  return rows[0]?.oneHand ? "sameCreator" : null;
}

/**
 * FORBIDDEN when the reviewer's and the proposer's accounts may be held by one person (see oneHandReason). Asked
 * with the desk's admin lock held shared, as the review trigger asks it: a demotion, deactivation or promotion of an
 * admin in flight is waited for and read committed, and one that comes later waits until the review has committed.
 */
export async function assertSeparateHands(tx: Tx, proposerId: string, reviewerId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext('last-admin'))`;
  const reason = await oneHandReason(tx, proposerId, reviewerId);
  if (reason === "sameHands") throw new AppError("FORBIDDEN", SAME_HANDS_MESSAGE, { reason });
  if (reason === "sameCreator") throw new AppError("FORBIDDEN", SAME_CREATOR_MESSAGE, { reason });
}
