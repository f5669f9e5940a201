// What makes a session live, in one place for the two readers of it: Auth.js's session read in the app
// (./sessions.ts readLiveSession) and the front server's check of a cookie before it passes the kept public pages
// (./session-cookie.ts). No "server-only": the front server runs outside Next.
import type { Actor } from "./permissions";

/**
 * The PostgreSQL NOTIFY channel a session's end is announced on, with the session's id, by the database's triggers
 * (migration 20261207193000_session_ends_announced): the session revoked or deleted, its account deactivated or its
 * session version moved on. Heard by each front server on its publications listener (lib/public/invalidate.ts).
 */
export const SESSION_ENDED_CHANNEL = "claimdesk_session_ended";

/** A session's row with its account's, by the session's id ($1); its end read by the database's clock. */
export const SESSION_ROW_SQL = `
  SELECT s."expiresAt", (s."revokedAt" IS NULL AND s."expiresAt" > clock_timestamp()) AS "isLive",
         u.id::text AS id, u.email, u.name, u.role::text AS role, u."isActive", u."sessionVersion", u."mustChangePassword"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
   WHERE s.id = $1::uuid`;

export type SessionRow = { expiresAt: Date; isLive: boolean; id: string; email: string; name: string; role: Actor["role"]; isActive: boolean; sessionVersion: number; mustChangePassword: boolean };

/**
 * Live: not revoked, before its absolute end, the account active, and the account's session version (bumped by a
 * password, role or activation change) the one the cookie was issued with.
 */
export function isLiveSessionRow(row: SessionRow | undefined, sessionVersion: number): row is SessionRow {
  return row !== undefined && row.isLive && row.isActive && row.sessionVersion === sessionVersion;
}
