// Per-address rate limiting for the public API: a token bucket per client address (the one the front server
// decided, lib/auth/client-ip.ts: a client cannot pick it by sending X-Forwarded-For), kept in this process's
// memory. That is right for one instance (what `npm start` runs); several instances behind a load balancer
// would each allow the full rate, and would need the buckets in PostgreSQL like lib/auth/throttle.ts.

export type RateDecision = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** `limit` requests per `windowMs`, refilled continuously; a burst may use the whole limit at once. */
  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string, now = Date.now()): RateDecision {
    const perMs = this.limit / this.windowMs;
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.limit, bucket.tokens + (now - bucket.at) * perMs) : this.limit;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { allowed: false, limit: this.limit, remaining: 0, retryAfterSeconds: Math.ceil((1 - tokens) / perMs / 1000) };
    }
    if (!bucket && this.buckets.size >= this.maxKeys) this.forgetFull(now);
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return { allowed: true, limit: this.limit, remaining: Math.floor(tokens - 1), retryAfterSeconds: 0 };
  }

  /** Bounded memory: buckets that have refilled completely carry no information and are dropped. */
  private forgetFull(now: number) {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * (this.limit / this.windowMs) >= this.limit) this.buckets.delete(key);
    }
  }
}

/** CLAIMDESK_API_RATE_LIMIT requests per minute per address (default 120). */
export function apiRateLimit(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.CLAIMDESK_API_RATE_LIMIT);
  return Number.isInteger(value) && value > 0 ? value : 120;
}
