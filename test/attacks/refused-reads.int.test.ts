// Refused reads are in the audit trail as refused writes are: an editor opening an admin page, downloading the audit
// CSV or calling a desk route their role may not. What is stored is the reason's code with its params and the page,
// never the English message; an account looping on a refused page, in series or all at once, writes a bounded
// number of rows; a request with no account writes none. The session and the request's headers are the only stand-ins.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordRefusal, REFUSALS_PER_MINUTE } from "@/lib/audit/record-refusal";
import { makeUser } from "@/test/factories";

const request = vi.hoisted(() => ({ session: null as null | Record<string, unknown>, path: "/desk" }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => request.session }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-claimdesk-path": request.path, "x-forwarded-for": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined }),
}));

const { requirePageActor } = await import("@/lib/auth/session");
const { GET: auditCsv } = await import("@/app/(desk)/admin/audit/csv/route");
const { GET: listAccounts } = await import("@/app/api/desk/accounts/route");

let editor: Actor;
beforeEach(async () => {
  editor = await makeUser({ role: "EDITOR" });
  request.session = { sessionId: "s", user: { id: editor.id, email: editor.email, name: editor.name, role: "EDITOR" } };
});

const refusals = (actorId: string) => getDb().auditEvent.findMany({ where: { actorId, action: "auth.refused" }, orderBy: { id: "asc" }, select: { after: true } });
const roleRefusal = (permission: string) => new AppError("FORBIDDEN", "Your role does not allow this.", { permission, reason: "role" });

describe("a refused page, export or desk route", () => {
  it("an admin page refused to an editor is recorded with its code, permission and page", async () => {
    request.path = "/admin/audit?action=auth.signIn";
    await expect(requirePageActor("audit.read")).rejects.toThrow();
    expect(await refusals(editor.id)).toEqual([{ after: { reason: "role", params: { permission: "audit.read" }, path: "/admin/audit" } }]);
  });

  it("the audit CSV refused to an editor answers 403 and is recorded", async () => {
    const response = await auditCsv(new Request("http://desk.test/admin/audit/csv?action=auth.signIn"));
    expect(response.status).toBe(403);
    expect(await refusals(editor.id)).toEqual([{ after: { reason: "role", params: { permission: "audit.read" }, path: "/admin/audit/csv" } }]);
  });

  it("a desk JSON route refused to an editor is recorded under its path", async () => {
    const response = await listAccounts(new Request("http://desk.test/api/desk/accounts"), { params: Promise.resolve({}) });
    expect(response.status).toBe(403);
    expect(await refusals(editor.id)).toEqual([{ after: { reason: "role", params: { permission: "account.list" }, path: "/api/desk/accounts" } }]);
  });

  it("a signed-out visitor's refusals write nothing", async () => {
    request.session = null;
    const before = await getDb().auditEvent.count({ where: { action: "auth.refused" } });
    expect((await auditCsv(new Request("http://desk.test/admin/audit/csv"))).status).toBe(401);
    await recordRefusal(null, roleRefusal("audit.read"));
    expect(await getDb().auditEvent.count({ where: { action: "auth.refused" } })).toBe(before);
  });
});

describe("an account looping on a refused page", () => {
  it("the same refusal reloaded 30 times in series, then 30 at once, is one row", async () => {
    request.path = "/admin/accounts";
    for (let i = 0; i < 30; i++) await recordRefusal(editor.id, roleRefusal("account.list"), "203.0.113.7", "/admin/accounts");
    await Promise.all(Array.from({ length: 30 }, () => recordRefusal(editor.id, roleRefusal("account.list"), "203.0.113.7", "/admin/accounts")));
    expect(await refusals(editor.id)).toHaveLength(1);
  });

  it(`refusals of ever-different pages, at once, are at most ${REFUSALS_PER_MINUTE} a minute`, async () => {
    await Promise.all(Array.from({ length: 60 }, (_, i) => recordRefusal(editor.id, roleRefusal("account.list"), "203.0.113.7", `/admin/accounts/${i}`)));
    expect(await refusals(editor.id)).toHaveLength(REFUSALS_PER_MINUTE);
  });

  it("another account's refusals are counted apart", async () => {
    const other = await makeUser({ role: "EDITOR" });
    await recordRefusal(editor.id, roleRefusal("account.list"), undefined, "/admin/accounts");
    await recordRefusal(other.id, roleRefusal("account.list"), undefined, "/admin/accounts");
    expect(await refusals(other.id)).toHaveLength(1);
  });

  it("a page's address is kept without its query, control characters or more than 200 characters", async () => {
    await recordRefusal(editor.id, roleRefusal("account.list"), undefined, `/admin/\u0007${"x".repeat(500)}?secret=1`);
    const [row] = await refusals(editor.id);
    expect((row!.after as { path: string }).path).toBe(`/admin/${"x".repeat(193)}`);
  });
});
