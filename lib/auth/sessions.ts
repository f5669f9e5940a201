// Server-side sessions: each sign-in gets a row whose id the session cookie carries; sign-out revokes it,
// and no renewal of the cookie outlives its absolute end.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { isUuid } from "@/lib/validation";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Actor } from "./permissions";
import { isLiveSessionRow, SESSION_ROW_SQL, type SessionRow } from "./live-session";

/** However often the cookie is renewed (GET /api/auth/session, any page), a session ends this long after sign-in. */
export const SESSION_ABSOLUTE_HOURS = 12;

/** `now` is the database's clock (sign-in reads it once for the attempt, the account and the session). */
export async function createSession(tx: Tx, userId: string, now?: Date): Promise<{ id: string; expiresAt: Date }> {
  now ??= await databaseNow(tx);
  // The account's ended sessions carry nothing the audit trail does not: dropped as it signs in again.
  await tx.session.deleteMany({ where: { userId, OR: [{ expiresAt: { lt: now } }, { revokedAt: { not: null } }] } });
  return tx.session.create({ data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000) }, select: { id: true, expiresAt: true } });
}

export type LiveSession = Actor & { sessionId: string; mustChangePassword: boolean; expiresAt: Date };

/**
 * The session's user when the session is live: not revoked, before its absolute end, the account active,
 * and the account's session version (bumped by a password, role or activation change) the one it was issued with.
 * The end is read by the database's clock, which set it at sign-in: an instance whose clock ran ahead ended sessions
 * early, and one running behind kept them past their absolute end.
 */
export async function readLiveSession(sessionId: unknown, sessionVersion: unknown): Promise<LiveSession | null> {
  if (typeof sessionId !== "string" || !isUuid(sessionId) || typeof sessionVersion !== "number") return null;
  const [session] = await getDb().$queryRawUnsafe<SessionRow[]>(SESSION_ROW_SQL, sessionId);
  if (!isLiveSessionRow(session, sessionVersion)) return null;
  return { id: session.id, email: session.email, name: session.name, role: session.role, mustChangePassword: session.mustChangePassword, sessionId, expiresAt: session.expiresAt };
}

/** Sign-out: the session stops working everywhere its cookie was copied to. Audited once. */
export async function revokeSession(sessionId: unknown, ctx: { ip?: string } = {}): Promise<{ isRevoked: boolean }> {
  if (typeof sessionId !== "string" || !isUuid(sessionId)) return { isRevoked: false };
  return getDb().$transaction(async (tx) => {
    const [row] = await tx.session.updateManyAndReturn({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: await databaseNow(tx) }, select: { userId: true } });
    if (!row) return { isRevoked: false };
    await writeAuditEvent(tx, { actorId: row.userId, action: "auth.signOut", objectType: "User", objectId: row.userId, ip: ctx.ip });
    return { isRevoked: true };
  });
}
