// Ids were checked by hand-written patterns before reaching PostgreSQL's uuid type, some as loose as "36 hex digits or
// dashes": a value of that length but not a UUID's shape passed and PostgreSQL refused the cast, so the audit page
// (and its export) failed on an event naming such an object, and a session id of that shape was a database error
// instead of no session. Every check now uses isUuid (lib/validation.ts), the shape PostgreSQL takes.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { exportAuditEvents, listAuditEvents } from "@/lib/audit/list-audit-events";
import { readLiveSession, revokeSession } from "@/lib/auth/sessions";
import { makeUser } from "@/test/factories";

const MISSHAPEN = ["-".repeat(36), "0123456789abcdef0123456789abcdef----", "0123456789ab-cdef-0123-4567-89abcdef"];

describe("ids shaped loosely like UUIDs", () => {
  it.each(MISSHAPEN)("an audit event naming %s is listed and exported, unnamed", async (objectId) => {
    expect(objectId).toHaveLength(36);
    const admin = await makeUser({ role: "ADMIN" });
    const event = await getDb().auditEvent.create({ data: { actorId: admin.id, action: "claim.update", objectType: "Claim", objectId } });
    const page = await listAuditEvents(admin, { actorId: admin.id });
    expect(page.events.map((e) => e.id)).toEqual([event.id]);
    expect(page.objects.size).toBe(0);
    const exported = await exportAuditEvents(admin, { actorId: admin.id });
    expect(exported.events.map((e) => e.id)).toEqual([event.id]);
  });

  it.each(MISSHAPEN)("a session id %s is no session, not a database error", async (sessionId) => {
    expect(await readLiveSession(sessionId, 1)).toBeNull();
    expect(await revokeSession(sessionId)).toEqual({ isRevoked: false });
  });
});
