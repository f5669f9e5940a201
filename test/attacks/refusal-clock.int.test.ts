// A signed-in account's refusals are recorded at most once per reason and page a minute, the minute read by the
// database's clock. The audit event's time was Prisma's `@default(now())`, filled with the writing instance's clock: an
// instance a few minutes behind stamped each refusal outside that minute, so every reload of a refused page wrote one
// more row to the append-only audit trail. Events are now stamped by the database.
import { afterEach, describe, expect, it, vi } from "vitest";
import { recordRefusal } from "@/lib/audit/record-refusal";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/test/factories";

afterEach(() => {
  vi.useRealTimers();
});

describe("refusals recorded by an instance whose clock is off", () => {
  it("are bounded by the database's minute on an instance five minutes behind", async () => {
    const editor = await makeUser();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() - 5 * 60_000));
    const refusal = new AppError("FORBIDDEN", "Your role does not allow this.", { permission: "account.list", reason: "role" });
    for (let i = 0; i < 10; i++) await recordRefusal(editor.id, refusal, "203.0.113.8", "/admin/accounts");
    vi.useRealTimers();
    expect(await getDb().auditEvent.count({ where: { actorId: editor.id, action: "auth.refused" } })).toBe(1);
    const [stamped] = await getDb().$queryRaw<{ skew: number }[]>`
      SELECT abs(extract(epoch FROM now() - max("createdAt")))::float8 AS skew FROM "AuditEvent" WHERE "actorId" = ${editor.id}::uuid AND action = 'auth.refused'`;
    expect(stamped!.skew).toBeLessThan(60);
  });
});
