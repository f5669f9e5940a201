// Sign-in throttling kept in PostgreSQL: 10 failures in 15 minutes per account or per address.
import "server-only";
import type { Tx } from "@/lib/db/client";

export const THROTTLE_MAX_FAILURES = 10;
export const THROTTLE_WINDOW_MINUTES = 15;

/**
 * Serialises attempts on the same account and the same address for the rest of the transaction,
 * so concurrent guesses cannot all slip under the limit. Locks are always taken e-mail first.
 */
export async function lockAttempts(tx: Tx, email: string, ip: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login-email:${email}`}))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login-ip:${ip}`}))`;
}

export async function isThrottled(tx: Tx, email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  // One after the other: a transaction is one connection, which runs one query at a time.
  const byEmail = await tx.loginAttempt.count({ where: { email, isSuccess: false, createdAt: { gte: since } } });
  const byIp = await tx.loginAttempt.count({ where: { ip, isSuccess: false, createdAt: { gte: since } } });
  return byEmail >= THROTTLE_MAX_FAILURES || byIp >= THROTTLE_MAX_FAILURES;
}

export async function recordAttempt(tx: Tx, email: string, ip: string, isSuccess: boolean): Promise<void> {
  await tx.loginAttempt.create({ data: { email, ip, isSuccess } });
}
