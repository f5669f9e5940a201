// The audit log's CSV stops at AUDIT_EXPORT_LIMIT events, newest first, and said nothing when it did: an auditor who
// downloaded the log of a busy year read a file without its oldest events as the whole log. A file cut at the limit
// now ends with a line that says so and names the address of the older events (the same filters, `before` the last
// one exported), and the answer carries that event's id; a file that holds every event has no such line.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { AUDIT_EXPORT_LIMIT } from "@/lib/audit/list-audit-events";
import { makeUser } from "@/test/factories";

const request = vi.hoisted(() => ({ session: null as null | Record<string, unknown> }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => request.session }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-claimdesk-path": "/admin/audit/csv", "x-forwarded-for": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined }),
}));

const { GET: auditCsv } = await import("@/app/(desk)/admin/audit/csv/route");

let subject = "";
beforeAll(async () => {
  const admin = await makeUser({ role: "ADMIN" });
  request.session = { sessionId: "s", user: { id: admin.id, email: admin.email, name: admin.name, role: "ADMIN" } };
  subject = (await makeUser({ role: "EDITOR" })).id;
  // One event more than a file holds, all by one account.
  await getDb().$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", action, "objectType", "objectId", after)
    SELECT ${subject}::uuid, 'claim.update', 'Claim', gen_random_uuid()::text, jsonb_build_object('n', n) FROM generate_series(1, ${AUDIT_EXPORT_LIMIT + 1}) AS n`;
});

const rows = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").slice(1);

describe("the audit CSV of more events than a file holds", () => {
  it("ends with a line naming the address of the older events, which reads them", async () => {
    const first = await auditCsv(new Request(`http://desk.test/admin/audit/csv?actorId=${subject}`));
    expect(first.status).toBe(200);
    const lines = rows(await first.text());
    expect(lines).toHaveLength(AUDIT_EXPORT_LIMIT + 1);
    const lastEvent = /^"(\d+)"/.exec(lines[AUDIT_EXPORT_LIMIT - 1]!)![1]!;
    expect(first.headers.get("X-Audit-Next-Before")).toBe(lastEvent);
    const cut = lines.at(-1)!;
    expect(cut).toMatch(/^"","","","","","","","","[^"]*: \/admin\/audit\/csv\?actorId=[0-9a-f-]{36}&before=\d+",""$/);
    expect(cut).toContain(`before=${lastEvent}`);
    expect(cut).toContain(`actorId=${subject}`);

    const next = await auditCsv(new Request(`http://desk.test/admin/audit/csv?actorId=${subject}&before=${lastEvent}`));
    const rest = rows(await next.text());
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatch(/^"\d+"/);
    expect(next.headers.get("X-Audit-Next-Before")).toBeNull();
    // Between them, every event of the account once.
    const ids = new Set([...lines.slice(0, -1), ...rest].map((line) => /^"(\d+)"/.exec(line)![1]));
    expect(ids.size).toBe(AUDIT_EXPORT_LIMIT + 1);
  }, 120_000);
});
