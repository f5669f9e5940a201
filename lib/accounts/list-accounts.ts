// The admin's list of accounts, with whether repeated failures have locked an account's sign-in, and whether an
// account created by an admin, or whose password an admin reset, still awaits another admin's confirmation that its
// own person holds it.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { asConfirmedAccount } from "@/lib/auth/confirm-actor";
import { countAccountFailures } from "@/lib/auth/throttle";
import { databaseNow } from "@/lib/db/clock";
import { isAccountLocked } from "@/lib/auth/throttle-rules";

/** Read as the account is now (asConfirmedAccount): an admin demoted or deactivated meanwhile gets no row. */
export async function listAccounts(actor: Actor | null) {
  return asConfirmedAccount(actor, "account.list", async (tx, viewer) => {
    const accounts = await tx.user.findMany({
      orderBy: [{ isActive: "desc" }, { email: "asc" }],
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        isActive: true,
        mustChangePassword: true,
        createdAt: true,
        lastSignInAt: true,
        signInUnlockedAt: true,
        createdById: true,
        // Named with the e-mail too: names are not unique (two people, or an admin naming an account after another).
        createdBy: { select: { name: true, email: true } },
        passwordResetById: true,
        passwordResetAt: true,
        passwordResetBy: { select: { name: true, email: true } },
        heldConfirmedAt: true,
        heldConfirmedBy: { select: { name: true, email: true } },
      },
    });
    const failures = await countAccountFailures(tx, accounts, await databaseNow(tx));
    // The accounts whose confirmation the viewer's word would give: never those down the viewer's chain of creation,
    // nor, while no admin apart has confirmed the viewer, those of one hand with the viewer (account_vouch_counts).
    // Asked for every account in one statement (account_vouches_count), which walks the desk's chains once.
    const vouchable = new Set(
      (
        await tx.$queryRaw<{ id: string }[]>`
          SELECT v.account::text AS id FROM (SELECT array_agg(u.id) AS a, array_agg(${viewer.id}::uuid) AS b FROM "User" u) x
          CROSS JOIN LATERAL "account_vouches_count"(x.a, x.b) v WHERE v.counts`
      ).map((r) => r.id),
    );
    // A confirmation stands while the admin who gave it is an active admin; one that lapsed is shown as none.
    const standing = new Set((await tx.$queryRaw<{ id: string }[]>`SELECT account::text AS id FROM "account_standing_confirmations"()`).map((r) => r.id));
    return accounts.map(({ signInUnlockedAt: _unlockedAt, createdById, passwordResetById, heldConfirmedAt, heldConfirmedBy, ...account }) => {
      const held = standing.has(account.id) ? { heldConfirmedAt, heldConfirmedBy } : { heldConfirmedAt: null, heldConfirmedBy: null };
      // An admin's hand set its password (created it, or reset it since its last confirmation).
      const awaitsHeldConfirmation = (createdById !== null || passwordResetById !== null) && held.heldConfirmedAt === null && account.isActive;
      return { ...account, ...held, isSignInLocked: isAccountLocked(failures.get(account.email) ?? 0), awaitsHeldConfirmation, mayConfirmHeld: awaitsHeldConfirmation && vouchable.has(account.id) };
    });
  });
}
