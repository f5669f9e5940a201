// The acting account as it is now, inside the write's own transaction. The session check (lib/auth/sessions.ts)
// runs when a request begins; an admin may demote or deactivate the account between that check and the write.
// Locking the account's row (FOR SHARE) makes the two take turns: a role or activation change that committed
// first is seen here and refuses the write, and one that comes later waits until the write has committed.
// Every audited write passes here through its audit event (lib/audit/write-audit-event.ts), so none is left out; a
// privileged read, and a write that records no audit event, run inside asConfirmedAccount, which does the same.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor, type Permission, type Role } from "./permissions";

export const ACCOUNT_NOT_ACTIVE = "Please sign in.";

/** The role the database holds now for an active account; UNAUTHENTICATED when the account is gone or deactivated, FORBIDDEN when its role no longer may. */
export async function confirmAccount(tx: Pick<Tx, "$queryRaw">, accountId: string, permission: Permission): Promise<Role> {
  const rows = await tx.$queryRaw<{ role: Role; isActive: boolean }[]>`
    SELECT role::text AS role, "isActive" FROM "User" WHERE id = ${accountId}::uuid FOR SHARE`;
  const row = rows[0];
  if (!row || !row.isActive) throw new AppError("UNAUTHENTICATED", ACCOUNT_NOT_ACTIVE);
  assertCan({ id: accountId, role: row.role, email: "", name: "" }, permission);
  return row.role;
}

/** The actor with the role the database holds now (see confirmAccount). */
export async function confirmActor(tx: Pick<Tx, "$queryRaw">, actor: Actor, permission: Permission): Promise<Actor> {
  return { ...actor, role: await confirmAccount(tx, actor.id, permission) };
}

/** How long a desk write may run, and wait for a pooled connection, before it fails (Prisma's defaults: 5 s and 2 s). */
export const DESK_WRITE_BOUNDS = { timeout: 30_000, maxWait: 10_000 } as const;

/**
 * `work` in one transaction that confirms the account first (confirmAccount). The account's row stays share-locked
 * until `work` ends, so a read (the audit export, the accounts list, a preview's pages) and a write that records no
 * audit event (notifications read, a draft's lease) take turns with a demotion or deactivation: one that committed
 * first refuses them, one that comes later waits until they are done, and no row is read after it.
 */
export async function asConfirmedAccount<T>(
  actor: Actor | null | undefined,
  permission: Permission,
  work: (tx: Tx, actor: Actor) => Promise<T>,
  options: { timeout?: number; maxWait?: number } = {},
): Promise<T> {
  assertCan(actor, permission);
  return getDb().$transaction(async (tx) => work(tx, await confirmActor(tx, actor, permission)), { ...DESK_WRITE_BOUNDS, ...options });
}
