// Checks e-mail and password under throttling; every attempt is recorded and audited.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { signInSchema } from "./schemas";
import { getDecoyHash, verifyPassword } from "./password";
import { isThrottled, lockAttempts, recordAttempt } from "./throttle";
import type { Actor } from "./permissions";

export type AuthenticatedUser = Actor & { sessionVersion: number };

export const WRONG_CREDENTIALS = "Wrong e-mail or password.";
export const TOO_MANY_ATTEMPTS = "Too many failed sign-in attempts. Wait 15 minutes and try again.";

export async function authenticate(input: unknown, ip: string): Promise<AuthenticatedUser> {
  const { email, password } = parseInput(signInSchema, input);
  return getDb().$transaction(
    async (tx) => {
      await lockAttempts(tx, email, ip);
      if (await isThrottled(tx, email, ip)) {
        await writeAuditEvent(tx, { actorId: null, action: "auth.signInThrottled", objectType: "User", after: { email }, ip });
        return { error: new AppError("RATE_LIMITED", TOO_MANY_ATTEMPTS) } as const;
      }
      const user = await tx.user.findUnique({ where: { email }, omit: { passwordHash: false } });
      // Same work and same answer for unknown e-mails, wrong passwords and deactivated accounts.
      const isValid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
      if (!user || !isValid || !user.isActive) {
        await recordAttempt(tx, email, ip, false);
        await writeAuditEvent(tx, { actorId: null, action: "auth.signInFailed", objectType: "User", objectId: user?.id, after: { email }, ip });
        return { error: new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS) } as const;
      }
      await recordAttempt(tx, email, ip, true);
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
      await writeAuditEvent(tx, { actorId: user.id, action: "auth.signIn", objectType: "User", objectId: user.id, ip });
      return { user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } } as const;
    },
    { timeout: 15_000 },
  ).then((result) => {
    // Refusals are committed (attempt + audit) before they are thrown.
    if ("error" in result) throw result.error;
    return result.user;
  });
}
