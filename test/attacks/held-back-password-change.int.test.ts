// A signed-in session (a stolen cookie) whose account or address is held back from changing the password: each further
// try was refused before any password was read, yet wrote an audit row ("auth.signInThrottled"), and the audit table
// keeps its rows for good, so one session grew it without bound. Held-back tries are audited once a minute per
// account, as held-back sign-ins are per site.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { PAIR_MAX_FAILURES } from "@/lib/auth/throttle-rules";
import { makeUser } from "@/test/factories";

const change = (currentPassword: string) => ({ currentPassword, newPassword: "the thief's password", confirmPassword: "the thief's password" });

describe("a held-back password change", () => {
  it("is audited once a minute per account, however many tries follow, one by one or at once", async () => {
    const editor = await makeUser();
    const ip = "198.51.100.71";
    for (let i = 0; i < PAIR_MAX_FAILURES; i++) {
      await expect(changeOwnPassword(editor, change(`guess ${i}`), { ip })).rejects.toMatchObject({ code: "INVALID" });
      await getDb().loginAttempt.updateMany({ where: { ip }, data: { createdAt: new Date(Date.now() - 120_000) } });
    }
    for (let i = 0; i < 10; i++) await expect(changeOwnPassword(editor, change(`held ${i}`), { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const together = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => changeOwnPassword(editor, change(`together ${i}`), { ip })));
    expect(together.every((r) => r.status === "rejected" && (r.reason as { code?: string }).code === "RATE_LIMITED")).toBe(true);
    const throttled = { action: "auth.signInThrottled", actorId: editor.id };
    expect(await getDb().auditEvent.count({ where: throttled })).toBe(1);
    // A minute on, the next held-back try is audited again (the account is still held back).
    await getDb().$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`;
    try {
      await getDb().auditEvent.updateMany({ where: throttled, data: { createdAt: new Date(Date.now() - 61_000) } });
    } finally {
      await getDb().$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`;
    }
    await expect(changeOwnPassword(editor, change("a minute later"), { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await getDb().auditEvent.count({ where: throttled })).toBe(2);
    // Every failed guess is still recorded, each one a counted attempt.
    expect(await getDb().auditEvent.count({ where: { action: "account.changePasswordFailed", objectId: editor.id } })).toBe(PAIR_MAX_FAILURES);
  });
});
