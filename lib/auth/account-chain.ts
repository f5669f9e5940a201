// Accounts one person may hold: an admin who creates an account is shown its one-time password and so can sign in
// as it before its owner does. The two-person rule therefore refuses a review between two accounts when one is up
// the other's chain of creators (User.createdById; the database's review trigger checks the same).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const SAME_HANDS_ASSIGNEE = "This reviewer's account and the proposer's were created one by the other: choose someone else.";
export const SAME_HANDS_MESSAGE = "You cannot review this proposal: your account and its author's were created one by the other, so a second person must.";

/** Whether `a` created `b` (or an account up b's chain of creators), or the other way round. */
export async function accountsLinkedByCreation(tx: Pick<Tx, "$queryRaw">, a: string, b: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ linked: boolean }[]>`
    SELECT (${a}::uuid IN (SELECT "account_controllers"(${b}::uuid)) OR ${b}::uuid IN (SELECT "account_controllers"(${a}::uuid))) AS linked`;
  return Boolean(rows[0]?.linked);
}

/**
 * The accounts one hand may hold together with `account`: itself, the accounts up its chain of creators and those it
 * created down the chain. None of them may review a proposal `account` wrote, nor write one it may review: the
 * desk neither asks them (review queues, notices) nor lets one be assigned such a review.
 */
export async function accountsOfOneHand(tx: Pick<Tx, "$queryRaw">, account: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 1 FROM "User" WHERE "createdById" = ${account}::uuid
      UNION
      SELECT u.id, down.depth + 1 FROM "User" u JOIN down ON u."createdById" = down.id WHERE down.depth < 100
    )
    SELECT id::text AS id FROM down UNION SELECT "account_controllers"(${account}::uuid)::text`;
  return rows.map((r) => r.id);
}

/** FORBIDDEN when the reviewer's and the proposer's accounts were created one by the other. */
export async function assertSeparateHands(tx: Tx, proposerId: string, reviewerId: string): Promise<void> {
  if (await accountsLinkedByCreation(tx, proposerId, reviewerId)) throw new AppError("FORBIDDEN", SAME_HANDS_MESSAGE, { reason: "sameHands" });
}
