// The admin's list of accounts.
import "server-only";
import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export async function listAccounts(actor: Actor | null) {
  assertCan(actor, "account.list");
  return getDb().user.findMany({
    orderBy: [{ isActive: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, isActive: true, mustChangePassword: true, createdAt: true, lastSignInAt: true },
  });
}
