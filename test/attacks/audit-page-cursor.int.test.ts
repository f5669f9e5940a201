// The audit log's pages go back with `before`, an event id (a PostgreSQL bigint). Any positive whole number was
// taken, so ?before=99999999999999999999 (past 2^63 - 1) reached the database, which refused it: the admin's audit
// page and its CSV export were a 500 for a hand-edited or crafted link. A `before` past the largest id there can be
// is now dropped like any other unreadable filter: the newest events are shown.
import { describe, expect, it } from "vitest";
import { listAuditEvents, exportAuditEvents } from "@/lib/audit/list-audit-events";
import { makeUser } from "@/test/factories";
import { getDb } from "@/lib/db/client";

/** An admin and one event of theirs, which every page from the newest shows. */
async function adminWithEvent() {
  const admin = await makeUser({ role: "ADMIN" });
  const event = await getDb().auditEvent.create({ data: { actorId: admin.id, action: "account.unlock", objectType: "User", objectId: admin.id } });
  return { admin, event };
}

describe("the audit log's `before`", () => {
  it.each(["9223372036854775808", "99999999999999999999", "1" + "0".repeat(40)])("%s, past the largest bigint, is dropped, not a database error", async (before) => {
    const { admin, event } = await adminWithEvent();
    const page = await listAuditEvents(admin, { before, actorId: admin.id });
    expect(page.filter.before).toBeUndefined();
    expect(page.events.map((e) => e.id)).toEqual([event.id]);
    const exported = await exportAuditEvents(admin, { before, actorId: admin.id });
    expect(exported.events.map((e) => e.id)).toEqual([event.id]);
  });

  it("the largest bigint itself still pages", async () => {
    const { admin, event } = await adminWithEvent();
    const page = await listAuditEvents(admin, { before: "9223372036854775807", actorId: admin.id });
    expect(page.filter.before).toBe(9223372036854775807n);
    expect(page.events.map((e) => e.id)).toEqual([event.id]);
    expect((await listAuditEvents(admin, { before: event.id.toString(), actorId: admin.id })).events).toEqual([]);
  });
});
