// Server-side sessions: each sign-in gets a row whose id the session cookie carries; sign-out revokes it,
// and no renewal of the cookie outlives its absolute end.
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { isUuid } from "@/lib/validation";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Actor } from "./permissions";

/** However often the cookie is renewed (GET /api/auth/session, any page), a session ends this long after sign-in. */
export const SESSION_ABSOLUTE_HOURS = 12;

export async function createSession(tx: Tx, userId: string, now = new Date()): Promise<{ id: string; expiresAt: Date }> {
  // The account's ended sessions carry nothing the audit trail does not: dropped as it signs in again.
  await tx.session.deleteMany({ where: { userId, OR: [{ expiresAt: { lt: now } }, { revokedAt: { not: null } }] } });
  return tx.session.create({ data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000) }, select: { id: true, expiresAt: true } });
}

export type LiveSession = Actor & { sessionId: string; mustChangePassword: boolean; expiresAt: Date };

/**
 * The session's user when the session is live: not revoked, before its absolute end, the account active,
 * and the account's session version (bumped by a password, role or activation change) the one it was issued with.
 */
export async function readLiveSession(sessionId: unknown, sessionVersion: unknown, now = new Date()): Promise<LiveSession | null> {
  if (typeof sessionId !== "string" || !isUuid(sessionId) || typeof sessionVersion !== "number") return null;
  const session = await getDb().session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true, mustChangePassword: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  const { user } = session;
  if (!user.isActive || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword, sessionId, expiresAt: session.expiresAt };
}

/** Sign-out: the session stops working everywhere its cookie was copied to. Audited once. */
export async function revokeSession(sessionId: unknown, ctx: { ip?: string } = {}): Promise<{ isRevoked: boolean }> {
  if (typeof sessionId !== "string" || !isUuid(sessionId)) return { isRevoked: false };
  return getDb().$transaction(async (tx) => {
    const [row] = await tx.session.updateManyAndReturn({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() }, select: { userId: true } });
    if (!row) return { isRevoked: false };
    await writeAuditEvent(tx, { actorId: row.userId, action: "auth.signOut", objectType: "User", objectId: row.userId, ip: ctx.ip });
    return { isRevoked: true };
  });
}
