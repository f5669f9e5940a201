// The admin's list of accounts, with whether repeated failures have locked an account's sign-in.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { asConfirmedAccount } from "@/lib/auth/confirm-actor";
import { countAccountFailures } from "@/lib/auth/throttle";
import { isAccountLocked } from "@/lib/auth/throttle-rules";

/** Read as the account is now (asConfirmedAccount): an admin demoted or deactivated meanwhile gets no row. */
export async function listAccounts(actor: Actor | null) {
  return asConfirmedAccount(actor, "account.list", async (tx) => {
    const accounts = await tx.user.findMany({
      orderBy: [{ isActive: "desc" }, { email: "asc" }],
      select: { id: true, email: true, name: true, role: true, isActive: true, mustChangePassword: true, createdAt: true, lastSignInAt: true, signInUnlockedAt: true, createdBy: { select: { name: true } } },
    });
    const failures = await countAccountFailures(tx, accounts, new Date());
    return accounts.map(({ signInUnlockedAt: _unlockedAt, ...account }) => ({ ...account, isSignInLocked: isAccountLocked(failures.get(account.email) ?? 0) }));
  });
}
