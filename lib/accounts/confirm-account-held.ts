// An admin confirms that an account another admin created, or whose password another admin reset, is held by its own
// person: the two-person rule then lets it review, and be reviewed by, accounts of the same hand, and no longer counts
// the admin who reset its password up its chain (lib/auth/account-chain.ts).
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { confirmAccountHeldSchema } from "@/lib/auth/schemas";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { confirmActor } from "@/lib/auth/confirm-actor";
import { databaseNow } from "@/lib/db/clock";

export const HELD_BY_CONFIRMER = "You created this account, reset its password, or hold an account up its chain: another admin must confirm it.";
export const VOUCHER_OF_ONE_HAND =
  "Your account and this one were created by the same hand, and no admin apart from both has confirmed yours as held by its own person: an admin created apart must confirm this one.";
export const ALREADY_CONFIRMED = "This account is already confirmed as held by its own person.";
export const NOT_CREATED = "This account was neither created nor had its password reset by an admin: there is nothing to confirm.";

/**
 * Refused to the account itself and to every account up its chain of creators: each of them knew, or could have
 * set, its first password, so only a third person's word counts. Refused too to an admin of one hand with the account
 * (their hands meet outside what every admin's hands share) whom no admin apart has confirmed: an admin could create a
 * second admin account and vouch as it (`account_vouch_counts`, migrations `20261206170000_vouch_from_another_hand`
 * and `20261206230000_vouch_apart_below_what_every_admin_shares`). The database's trigger refuses the same.
 */
export async function confirmAccountHeld(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "account.confirmHeld");
  const { userId } = parseInput(confirmAccountHeldSchema, input);
  return getDb().$transaction(async (tx) => {
    await confirmActor(tx, actor, "account.confirmHeld");
    // The account's row first, alone: a reset, a confirmation or a role change of it in flight is waited for. The
    // checks below are a statement of their own, so they read what that change committed; asked in the locking
    // statement, their functions read the snapshot taken before the wait (an admin whose reset had just landed was
    // let through, and only the database's trigger refused them, with no answer the screen could show).
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
    // A confirmation stands while its admin is an active admin (account_standing_confirmer): one that lapsed may be given again.
    // A confirmation given before the account's last password reset no longer stands either: it may be given again.
    const rows = await tx.$queryRaw<{ createdById: string | null; passwordResetById: string | null; heldConfirmedById: string | null; standing: string | null; isController: boolean; counts: boolean }[]>`
      SELECT "createdById"::text AS "createdById", "passwordResetById"::text AS "passwordResetById", "heldConfirmedById"::text AS "heldConfirmedById",
             "account_standing_confirmer"(id)::text AS standing,
             ${actor.id}::uuid IN (SELECT "account_controllers"(${userId}::uuid)) AS "isController",
             "account_vouch_counts"(${actor.id}::uuid, id) AS counts
      FROM "User" WHERE id = ${userId}::uuid`;
    const account = rows[0];
    if (!account) throw new AppError("NOT_FOUND", "No such account.");
    if (account.isController) throw new AppError("FORBIDDEN", HELD_BY_CONFIRMER);
    if (!account.createdById && !account.passwordResetById) throw new AppError("INVALID", NOT_CREATED);
    if (account.standing) throw new AppError("CONFLICT", ALREADY_CONFIRMED);
    if (!account.counts) throw new AppError("FORBIDDEN", VOUCHER_OF_ONE_HAND);
    const after = await tx.user.update({ where: { id: userId }, data: { heldConfirmedById: actor.id, heldConfirmedAt: await databaseNow(tx) }, select: { id: true, heldConfirmedById: true, heldConfirmedAt: true } });
    await writeAuditEvent(tx, {
      actorId: actor.id,
      action: "account.confirmHeld",
      objectType: "User",
      objectId: userId,
      before: { heldConfirmedById: account.heldConfirmedById },
      after: { heldConfirmedById: after.heldConfirmedById, heldConfirmedAt: after.heldConfirmedAt },
      ip: ctx.ip,
    });
    return after;
  });
}
