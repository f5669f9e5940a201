// Sign-in throttling kept in PostgreSQL: the failure counts the rules in throttle-rules.ts decide on.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { TEXT_LOCK_SPACES } from "@/lib/db/text-locks";
import { addressSitePrefix } from "@/lib/http/address-key";
import { THROTTLE_WINDOW_MINUTES, type ThrottleCounts } from "./throttle-rules";

export { THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_MINUTES } from "./throttle-rules";

/**
 * Serialises attempts on the same account and the same address for the rest of the transaction,
 * so concurrent guesses cannot all slip under the limit. Locks are always taken e-mail first.
 */
export async function lockAttempts(tx: Tx, email: string, ip: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TEXT_LOCK_SPACES.signInEmail}::int4, hashtext(${email}))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TEXT_LOCK_SPACES.signInAddress}::int4, hashtext(${ip}))`;
}

export async function readThrottleCounts(tx: Tx, email: string, ip: string, now: Date): Promise<ThrottleCounts> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const user = await tx.user.findUnique({ where: { email }, select: { signInUnlockedAt: true } });
  // An admin's unlock forgets the account's failures, not the addresses': an attacker's stay blocked.
  const unlockedAt = user?.signInUnlockedAt;
  const accountSince = unlockedAt && unlockedAt > since ? unlockedAt : since;
  // One after the other: a transaction is one connection, which runs one query at a time.
  const address = await tx.loginAttempt.aggregate({ where: { ip, isSuccess: false, createdAt: { gte: since } }, _count: true, _max: { createdAt: true } });
  const pairFailures = await tx.loginAttempt.count({ where: { email, ip, isSuccess: false, createdAt: { gte: accountSince } } });
  const accountFailures = await tx.loginAttempt.count({ where: { email, isSuccess: false, createdAt: { gte: accountSince } } });
  const site = addressSitePrefix(ip);
  const siteAccountFailures = site ? await tx.loginAttempt.count({ where: { email, ip: { startsWith: site }, isSuccess: false, createdAt: { gte: accountSince } } }) : pairFailures;
  const siteFailures = site ? await tx.loginAttempt.count({ where: { ip: { startsWith: site }, isSuccess: false, createdAt: { gte: since } } }) : address._count;
  return { addressFailures: address._count, addressLastFailureAt: address._max.createdAt, pairFailures, accountFailures, siteAccountFailures, siteFailures };
}

/** Failures against each account in the window since its last unlock, for the admin's list. */
export async function countAccountFailures(tx: Pick<Tx, "loginAttempt">, accounts: { email: string; signInUnlockedAt: Date | null }[], now: Date): Promise<Map<string, number>> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const rows = await tx.loginAttempt.findMany({
    where: { email: { in: accounts.map((a) => a.email) }, isSuccess: false, createdAt: { gte: since } },
    select: { email: true, createdAt: true },
  });
  const unlocked = new Map(accounts.map((a) => [a.email, a.signInUnlockedAt]));
  const counts = new Map<string, number>();
  for (const row of rows) {
    const at = unlocked.get(row.email);
    if (at && row.createdAt < at) continue;
    counts.set(row.email, (counts.get(row.email) ?? 0) + 1);
  }
  return counts;
}

/**
 * Stamped by the database (the column's default), as the throttle reads the window and the waits by its clock: Prisma
 * fills `@default(now())` with the instance's own clock, and an instance running a minute behind stamped each failure a
 * minute in the past, so the next attempt, anywhere, found its wait already over.
 */
export async function recordAttempt(tx: Tx, email: string, ip: string, isSuccess: boolean): Promise<void> {
  await tx.$executeRaw`INSERT INTO "LoginAttempt" (email, ip, "isSuccess") VALUES (${email}, ${ip}, ${isSuccess})`;
}

/**
 * Whether a held-back sign-in from `client`'s site (its IPv6 /48, or the address) was audited in the last minute. The
 * audit table keeps every row for good (UPDATE and DELETE are refused), and each attempt an address sends once held
 * back wrote one: anyone could grow it without bound by sending sign-ins that are refused before any password is read.
 */
export async function heldBackRecently(tx: Tx, client: string, now: Date): Promise<boolean> {
  const site = addressSitePrefix(client) ?? client;
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "AuditEvent"
    WHERE "createdAt" >= ${now}::timestamptz - interval '1 minute' AND action = 'auth.signInThrottled' AND "actorId" IS NULL AND after->>'site' = ${site}
    LIMIT 1`;
  return rows.length > 0;
}

/**
 * Whether a held-back password change by this signed-in account was audited in the last minute: as a site's held-back
 * sign-ins, each further try a session sends while its account or address is held back would otherwise write a row
 * the audit table keeps for good. The caller holds the account's attempt lock (lockAttempts), so tries at once from
 * any address take turns and only the first of a minute writes.
 */
export async function changeHeldBackRecently(tx: Tx, accountId: string, now: Date): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "AuditEvent"
    WHERE "actorId" = ${accountId}::uuid AND "createdAt" >= ${now}::timestamptz - interval '1 minute' AND action = 'auth.signInThrottled'
    LIMIT 1`;
  return rows.length > 0;
}

/** The site a held-back sign-in is audited under: its IPv6 /48, or the address. */
export function heldBackSite(client: string): string {
  return addressSitePrefix(client) ?? client;
}
