// The audit log as an admin reads it: objects named, filters from lists, and the CSV export of the same events.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { changeRole } from "@/lib/accounts/update-account";
import { createClaim } from "@/lib/claims/create-claim";
import { exportAuditEvents, listAuditEvents } from "./list-audit-events";

let admin: Actor;
let editor: Actor;

beforeAll(async () => {
  [admin, editor] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "EDITOR" })]);
});

describe("listAuditEvents", () => {
  it("names each event's object by its wording, title or name, with a link", async () => {
    const claim = await createClaim(editor, { text: `Bình Nhưỡng chuyển đạn pháo cho Moscow ${Date.now()}`, kind: "ARMS_TRANSFER" });
    const target = await makeUser({ role: "EDITOR" });
    await changeRole(admin, { userId: target.id, role: "REVIEWER" });

    const claims = await listAuditEvents(admin, { objectType: "Claim", objectId: claim.id });
    expect(claims.events.map((e) => e.action)).toEqual(["claim.create"]);
    expect(claims.objects.get(`Claim:${claim.id}`)).toEqual({ label: expect.stringContaining("Bình Nhưỡng chuyển đạn pháo"), href: `/desk/claims/${claim.id}` });

    const roles = await listAuditEvents(admin, { actorId: admin.id, action: "account.changeRole" });
    const event = roles.events.find((e) => e.objectId === target.id);
    expect(event?.before).toMatchObject({ role: "EDITOR" });
    expect(roles.objects.get(`User:${target.id}`)?.label).toContain(target.email);
    expect(roles.events.every((e) => e.actorId === admin.id && e.action === "account.changeRole")).toBe(true);
    expect(roles.people.some((p) => p.id === editor.id)).toBe(true);
  });

  it("ignores filter values it cannot use instead of failing", async () => {
    const result = await listAuditEvents(admin, { objectType: "Nope", actorId: "not-a-uuid", before: "-3", action: "x".repeat(500) });
    expect(result.filter).toMatchObject({ objectType: undefined, actorId: undefined, before: undefined, action: undefined });
  });

  it("is for admins only, the export too", async () => {
    await expect(listAuditEvents(editor, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportAuditEvents(editor, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportAuditEvents(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("exports the events of a filter with their objects named", async () => {
    const claim = await createClaim(editor, { text: `Tuyên bố để xuất CSV ${Date.now()}`, kind: "OTHER" });
    const { events, objects } = await exportAuditEvents(admin, { objectType: "Claim", objectId: claim.id });
    expect(events).toHaveLength(1);
    expect(objects.get(`Claim:${claim.id}`)?.label).toContain("Tuyên bố để xuất CSV");
  });
});
