// Accounts one person may hold: an admin who creates an account is shown its one-time password and so can sign in
// as it before its owner does. The two-person rule therefore refuses a review between two accounts when one is up
// the other's chain of creators (User.createdById; the database's review trigger checks the same).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const SAME_HANDS_MESSAGE = "You cannot review this proposal: your account and its author's were created one by the other, so a second person must.";

/** Whether `a` created `b` (or an account up b's chain of creators), or the other way round. */
export async function accountsLinkedByCreation(tx: Pick<Tx, "$queryRaw">, a: string, b: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ linked: boolean }[]>`
    SELECT (${a}::uuid IN (SELECT "account_controllers"(${b}::uuid)) OR ${b}::uuid IN (SELECT "account_controllers"(${a}::uuid))) AS linked`;
  return Boolean(rows[0]?.linked);
}

/** FORBIDDEN when the reviewer's and the proposer's accounts were created one by the other. */
export async function assertSeparateHands(tx: Tx, proposerId: string, reviewerId: string): Promise<void> {
  if (await accountsLinkedByCreation(tx, proposerId, reviewerId)) throw new AppError("FORBIDDEN", SAME_HANDS_MESSAGE, { reason: "sameHands" });
}
