// Sign-in throttling rules (pure): by address, by (account, address) and by account, from failure counts.
export const THROTTLE_WINDOW_MINUTES = 15;
/** Failures from one address (any account) before it waits between attempts, growing 1 s, 2 s, 4 s … */
export const ADDRESS_FREE_FAILURES = 3;
/** … and before it is blocked for the rest of the window. */
export const ADDRESS_MAX_FAILURES = 10;
/**
 * Failures from one IPv6 site (its /48: 65,536 /64s, each an address above) before every address of it is blocked for
 * the rest of the window, as many as this many addresses may fail: counted /64 by /64 alone, a /48's holder had
 * 655,360 password checks (each an argon2 hash, up to three) and as many audit events every window.
 */
export const SITE_MAX_FAILURES = ADDRESS_MAX_FAILURES * 8;
/** Failures against one account from one address before that pair is blocked. */
export const PAIR_MAX_FAILURES = 5;
/** Failures against one account (all addresses) before it is locked for addresses that have failed. */
export const ACCOUNT_LOCK_FAILURES = 10;
/** Kept for callers of the former single limit. */
export const THROTTLE_MAX_FAILURES = ADDRESS_MAX_FAILURES;

export type ThrottleCounts = {
  /** Failures from this address in the window, against any account. */
  addressFailures: number;
  addressLastFailureAt: Date | null;
  /** Failures against this account from this address (since an admin's unlock). */
  pairFailures: number;
  /** Failures against this account from every address (since an admin's unlock). */
  accountFailures: number;
  /** Failures against this account from this address's site (its IPv6 /48; the address itself for IPv4). */
  siteAccountFailures: number;
  /** Failures from this address's site (its IPv6 /48; the address itself for IPv4), against any account. */
  siteFailures?: number;
};

export type ThrottleDecision =
  | { isAllowed: true }
  | { isAllowed: false; reason: "address" | "slow-down" | "pair" | "account"; retryAfterSeconds: number };

const WINDOW_SECONDS = THROTTLE_WINDOW_MINUTES * 60;

/** Seconds an address waits after its last failure: none for the first few, then doubling, at most 60. */
export function addressDelaySeconds(addressFailures: number): number {
  if (addressFailures < ADDRESS_FREE_FAILURES) return 0;
  return Math.min(2 ** (addressFailures - ADDRESS_FREE_FAILURES), 60);
}

/**
 * Failures slow and then block their address. Failures against an account from many addresses lock the
 * account only for addresses that have failed themselves: someone signing in from an address with no recent
 * failure is never locked out by an attacker elsewhere, and each new address an attacker brings gets one
 * guess before the lock holds for it too; an IPv6 /64 from a /48 that has guessed at the account is not new.
 */
export function decideSignIn(counts: ThrottleCounts, now: Date): ThrottleDecision {
  if (counts.addressFailures >= ADDRESS_MAX_FAILURES) return { isAllowed: false, reason: "address", retryAfterSeconds: WINDOW_SECONDS };
  if ((counts.siteFailures ?? 0) >= SITE_MAX_FAILURES) return { isAllowed: false, reason: "address", retryAfterSeconds: WINDOW_SECONDS };
  const delay = addressDelaySeconds(counts.addressFailures);
  if (delay && counts.addressLastFailureAt) {
    const waited = (now.getTime() - counts.addressLastFailureAt.getTime()) / 1000;
    if (waited < delay) return { isAllowed: false, reason: "slow-down", retryAfterSeconds: Math.ceil(delay - waited) };
  }
  if (counts.pairFailures >= PAIR_MAX_FAILURES) return { isAllowed: false, reason: "pair", retryAfterSeconds: WINDOW_SECONDS };
  // A locked account stays locked for a fresh /64 of a /48 that has guessed at it: one site is one client here.
  const hasFailedHere = counts.addressFailures > 0 || counts.siteAccountFailures > 0;
  if (counts.accountFailures >= ACCOUNT_LOCK_FAILURES && hasFailedHere) return { isAllowed: false, reason: "account", retryAfterSeconds: WINDOW_SECONDS };
  return { isAllowed: true };
}

/** An account the admin page shows as locked (for addresses that have failed). */
export function isAccountLocked(accountFailures: number): boolean {
  return accountFailures >= ACCOUNT_LOCK_FAILURES;
}
