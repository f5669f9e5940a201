// Someone holding a signed-in session (a borrowed laptop, a stolen cookie) but not the password. Changing the password
// checked the current one with no limit at all, so the session was an unthrottled way to guess it, and a right guess
// kept the account for good. And two changes at once each checked the password read before either wrote: a change
// begun with a password the owner had just replaced still went through, overwriting the owner's new one.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { changeOwnPassword, TOO_MANY_WRONG_PASSWORDS, WRONG_CURRENT_PASSWORD } from "@/lib/accounts/change-own-password";
import { PAIR_MAX_FAILURES } from "@/lib/auth/throttle-rules";
import { makeUser, TEST_PASSWORD } from "@/test/factories";

const change = (currentPassword: string, newPassword: string) => ({ currentPassword, newPassword, confirmPassword: newPassword });

describe("changing a password from a session", () => {
  it("counts a wrong current password as a failed sign-in: after a few from one address even the right one is refused there", async () => {
    const editor = await makeUser();
    const ip = "198.51.100.41";
    for (let i = 0; i < PAIR_MAX_FAILURES; i++) {
      await expect(changeOwnPassword(editor, change(`guess number ${i}`, "the thief's password"), { ip })).rejects.toMatchObject({
        code: "INVALID",
        details: { fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } },
      });
      // The address waits between guesses after the first few, as at sign-in: let this test's clock move on.
      await getDb().loginAttempt.updateMany({ where: { ip }, data: { createdAt: new Date(Date.now() - 120_000) } });
    }
    await expect(changeOwnPassword(editor, change(TEST_PASSWORD, "the thief's password"), { ip })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      details: { fieldErrors: { currentPassword: [TOO_MANY_WRONG_PASSWORDS] } },
    });
    // The guesses count against the account like sign-in failures, and each is in the audit trail.
    await expect(authenticate({ email: editor.email, password: TEST_PASSWORD }, ip)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await getDb().auditEvent.count({ where: { action: "account.changePasswordFailed", objectId: editor.id } })).toBe(PAIR_MAX_FAILURES);
    // Nothing changed: the owner still signs in with their own password from elsewhere.
    await expect(authenticate({ email: editor.email, password: TEST_PASSWORD }, "203.0.113.44")).resolves.toMatchObject({ id: editor.id });
  });

  it("of two changes begun with the same password at once, exactly one succeeds and its password is the one kept", async () => {
    const editor = await makeUser();
    const results = await Promise.allSettled([
      changeOwnPassword(editor, change(TEST_PASSWORD, "the owner's new password"), { ip: "203.0.113.45" }),
      changeOwnPassword(editor, change(TEST_PASSWORD, "the thief's new password"), { ip: "198.51.100.45" }),
    ]);
    const succeeded = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(succeeded).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refused.reason).toMatchObject({ code: "INVALID", details: { fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } } });
    const kept = succeeded[0] === 0 ? "the owner's new password" : "the thief's new password";
    const lost = succeeded[0] === 0 ? "the thief's new password" : "the owner's new password";
    await expect(authenticate({ email: editor.email, password: kept }, "192.0.2.46")).resolves.toMatchObject({ id: editor.id });
    await expect(authenticate({ email: editor.email, password: lost }, "192.0.2.47")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: editor.id }, select: { sessionVersion: true } })).toMatchObject({ sessionVersion: editor.sessionVersion + 1 });
  });
});
