// The changes to the desk's admins (an admin demoted, promoted, deactivated, reactivated or created, an admin's
// password reset by another) that the accounts screen shows every admin: one admin could otherwise demote, deactivate
// or take over (by the one-time password of a reset) the others, or make admin accounts of their own, and the others
// learnt it only when their next request was refused, or never. Read from the audit log, which records each with both
// accounts.
import "server-only";
import type { Actor, Role } from "@/lib/auth/permissions";
import { asConfirmedAccount } from "@/lib/auth/confirm-actor";
import { accountLabel } from "./account-label";
import { hasCancelledBefore } from "./update-account";

/** How far back the accounts screen lists them. */
export const ADMIN_CHANGES_DAYS = 30;
const LIMIT = 50;

export type AdminChange = {
  id: string;
  at: Date;
  /** The admin who made the change, and the account changed, each as they are named now. */
  by: string;
  account: string;
  accountId: string;
} & ({ kind: "role"; from: Role; to: Role } | { kind: "deactivated" | "reactivated" | "created" | "passwordReset" });

type Row = { id: bigint; createdAt: Date; action: string; objectId: string; before: unknown; after: unknown; byName: string | null; byEmail: string | null; name: string | null; email: string | null };

const roleOf = (value: unknown): Role | undefined => (value && typeof value === "object" && "role" in value ? ((value as { role: unknown }).role as Role) : undefined);

/** The newest changes to an admin account, over the last {@link ADMIN_CHANGES_DAYS} days, newest first. */
export async function listAdminChanges(actor: Actor | null): Promise<AdminChange[]> {
  return asConfirmedAccount(actor, "account.list", async (tx) => {
    const rows = await tx.$queryRaw<Row[]>`
      SELECT e.id, e."createdAt", e.action, e."objectId", e.before, e.after,
             a.name AS "byName", a.email AS "byEmail", u.name, u.email
      FROM "AuditEvent" e
      LEFT JOIN "User" a ON a.id = e."actorId"
      LEFT JOIN "User" u ON u.id::text = e."objectId"
      WHERE e."createdAt" > now() - make_interval(days => ${ADMIN_CHANGES_DAYS})
        AND e.action IN ('account.changeRole', 'account.deactivate', 'account.reactivate', 'account.create', 'account.resetPassword')
        AND e."objectType" = 'User'
        AND (e.before ->> 'role' = 'ADMIN' OR e.after ->> 'role' = 'ADMIN'
             OR (e.action IN ('account.deactivate', 'account.reactivate', 'account.resetPassword') AND u.role = 'ADMIN'))
      ORDER BY e."createdAt" DESC, e.id DESC
      LIMIT ${LIMIT}`;
    return rows.map((row): AdminChange => {
      const common = {
        id: String(row.id),
        at: row.createdAt,
        by: row.byName !== null && row.byEmail !== null ? accountLabel({ name: row.byName, email: row.byEmail }) : "—",
        account: row.name !== null && row.email !== null ? accountLabel({ name: row.name, email: row.email }) : row.objectId,
        accountId: row.objectId,
      };
      if (row.action === "account.changeRole") return { ...common, kind: "role", from: roleOf(row.before) ?? "ADMIN", to: roleOf(row.after) ?? "ADMIN" };
      const kinds = { "account.deactivate": "deactivated", "account.reactivate": "reactivated", "account.create": "created" } as const;
      return { ...common, kind: kinds[row.action as keyof typeof kinds] ?? "passwordReset" };
    });
  });
}

/** A removal of an admin's rights asked and not yet applied (lib/accounts/update-account.ts removalDecision). */
export type OpenRemoval = {
  id: string;
  accountId: string;
  account: string;
  by: string;
  requestedById: string;
  /** The role asked for, or null for a deactivation. */
  role: Role | null;
  requestedAt: Date;
  /** Null: waiting for a second admin's same change; else held until then, when its requester may apply it. */
  heldUntil: Date | null;
  /** A request about the reader's own account whose requester's earlier one the reader cancelled: not theirs to cancel. */
  cancelledOnce: boolean;
};

/** Every removal of an admin's rights still asked, oldest first: shown to every admin, the account's own included. */
export async function listOpenRemovals(actor: Actor | null): Promise<OpenRemoval[]> {
  return asConfirmedAccount(actor, "account.list", async (tx, reader) => {
    const rows = await tx.$queryRaw<{ id: string; accountId: string; requestedById: string; role: Role | null; requestedAt: Date; heldUntil: Date | null; name: string; email: string; byName: string; byEmail: string }[]>`
      SELECT r.id::text AS id, r."accountId"::text AS "accountId", r."requestedById"::text AS "requestedById", r.role, r."requestedAt", r."heldUntil",
             u.name, u.email, a.name AS "byName", a.email AS "byEmail"
      FROM "AdminRemoval" r JOIN "User" u ON u.id = r."accountId" JOIN "User" a ON a.id = r."requestedById"
      WHERE r."closedAt" IS NULL
      ORDER BY r."requestedAt", r.id
      LIMIT ${LIMIT}`;
    // The reader's own account: whether it may cancel again (lib/accounts/update-account.ts hasCancelledBefore).
    const cancelledOnce = new Set<string>();
    for (const row of rows) if (row.accountId === reader.id && row.requestedById !== reader.id && (await hasCancelledBefore(tx, row.accountId, row.requestedById))) cancelledOnce.add(row.id);
    return rows.map((row) => ({
      id: row.id,
      accountId: row.accountId,
      account: accountLabel({ name: row.name, email: row.email }),
      by: accountLabel({ name: row.byName, email: row.byEmail }),
      requestedById: row.requestedById,
      role: row.role,
      requestedAt: row.requestedAt,
      heldUntil: row.heldUntil,
      cancelledOnce: cancelledOnce.has(row.id),
    }));
  });
}
