// Checks e-mail and password under throttling; every attempt is recorded and audited, and a success opens a session.
import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { signInSchema } from "./schemas";
import { checkPassword, getDecoyHash, hashPassword } from "./password";
import { addressKey } from "@/lib/http/address-key";
import { heldBackRecently, heldBackSite, lockAttempts, readThrottleCounts, recordAttempt } from "./throttle";
import { decideSignIn } from "./throttle-rules";
import { createSession } from "./sessions";
import type { Actor } from "./permissions";

export type AuthenticatedUser = Actor & { sessionVersion: number; sessionId: string; mustChangePassword: boolean };

export const WRONG_CREDENTIALS = "Wrong e-mail or password.";
export const TOO_MANY_ATTEMPTS = "Too many failed sign-in attempts. Wait 15 minutes and try again.";
export const SLOW_DOWN = "Too many failed sign-in attempts from your address. Wait a little and try again.";
export const ONE_TIME_PASSWORD_EXPIRED = "This one-time password has expired. Ask an admin for a new account password.";

export async function authenticate(input: unknown, ip: string): Promise<AuthenticatedUser> {
  const { email, password } = parseInput(signInSchema, input);
  // Counted per client (an IPv6 /64 is one client); the audit trail keeps the exact address.
  const client = addressKey(ip);
  return getDb().$transaction(
    async (tx) => {
      await lockAttempts(tx, email, client);
      // The database's clock, which stamps each attempt: an instance whose own clock ran ahead read an address's last
      // failure as long past (no wait after it) and, ahead by the window, its failures as gone.
      const now = await databaseNow(tx);
      const decision = decideSignIn(await readThrottleCounts(tx, email, client, now), now);
      if (!decision.isAllowed) {
        // At most one a minute from a site: the rest are held back as this one was, and leave no row.
        if (!(await heldBackRecently(tx, client, now))) {
          await writeAuditEvent(tx, { actorId: null, action: "auth.signInThrottled", objectType: "User", after: { email, reason: decision.reason, site: heldBackSite(client) }, ip });
        }
        return { error: new AppError("RATE_LIMITED", decision.reason === "slow-down" ? SLOW_DOWN : TOO_MANY_ATTEMPTS) } as const;
      }
      const user = await tx.user.findUnique({ where: { email }, omit: { passwordHash: false } });
      // Same work and same answer for unknown e-mails, wrong passwords and deactivated accounts.
      const match = await checkPassword(user?.passwordHash ?? (await getDecoyHash()), password);
      if (!user || !match || !user.isActive) {
        await recordAttempt(tx, email, client, false);
        await writeAuditEvent(tx, { actorId: null, action: "auth.signInFailed", objectType: "User", objectId: user?.id, after: { email }, ip });
        return { error: new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS) } as const;
      }
      // Only someone who knows the one-time password learns that it expired.
      if (user.mustChangePassword && user.passwordExpiresAt && user.passwordExpiresAt <= now) {
        await writeAuditEvent(tx, { actorId: null, action: "auth.signInPasswordExpired", objectType: "User", objectId: user.id, ip });
        return { error: new AppError("FORBIDDEN", ONE_TIME_PASSWORD_EXPIRED) } as const;
      }
      await recordAttempt(tx, email, client, true);
      // A hash made before passwords were normalised is replaced by the password's NFC hash, which every form matches.
      const rehashed = match === "rehash" ? { passwordHash: await hashPassword(password) } : {};
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now, ...rehashed } });
      const session = await createSession(tx, user.id, now);
      await writeAuditEvent(tx, { actorId: user.id, action: "auth.signIn", objectType: "User", objectId: user.id, ip });
      return {
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
          sessionId: session.id,
          mustChangePassword: user.mustChangePassword,
        },
      } as const;
    },
    // A burst of attempts on one account queues on its lock; each waits for a connection rather than failing.
    { timeout: 15_000, maxWait: 15_000 },
  ).then((result) => {
    // Refusals are committed (attempt + audit) before they are thrown.
    if ("error" in result) throw result.error;
    return result.user;
  });
}
