// The admin's list of accounts, with whether repeated failures have locked an account's sign-in.
import "server-only";
import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { countAccountFailures } from "@/lib/auth/throttle";
import { isAccountLocked } from "@/lib/auth/throttle-rules";

export async function listAccounts(actor: Actor | null) {
  assertCan(actor, "account.list");
  const db = getDb();
  const accounts = await db.user.findMany({
    orderBy: [{ isActive: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, isActive: true, mustChangePassword: true, createdAt: true, lastSignInAt: true, signInUnlockedAt: true, createdBy: { select: { name: true } } },
  });
  const failures = await countAccountFailures(db, accounts, new Date());
  return accounts.map(({ signInUnlockedAt: _unlockedAt, ...account }) => ({ ...account, isSignInLocked: isAccountLocked(failures.get(account.email) ?? 0) }));
}
