// Per-address rate limiting for the public API: a token bucket per client address (the one the front server
// decided, lib/auth/client-ip.ts: a client cannot pick it by sending X-Forwarded-For), kept in PostgreSQL so every
// instance behind a load balancer draws on the same bucket. One statement per request: it refills the bucket for
// the time elapsed, takes a token when there is one, and says whether it did, under the row's lock, so concurrent
// requests on any instance are counted exactly.
import "server-only";
import { getDb } from "@/lib/db/client";

export type RateDecision = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number };

/** `limit` requests per `windowMs`, refilled continuously; a burst may use the whole limit at once. */
/** Buckets idle long enough to be full again carry no information: the hourly pruning drops them (lib/auth/prune.ts). */
export async function takeApiToken(key: string, limit: number, windowMs = 60_000): Promise<RateDecision> {
  const perMs = limit / windowMs;
  const db = getDb();
  const rows = await db.$queryRaw<{ tokens: number; lastAllowed: boolean }[]>`
    INSERT INTO "ApiRateBucket" AS b ("key", "tokens", "at", "lastAllowed")
    VALUES (${key}, ${limit - 1}::float8, clock_timestamp(), true)
    ON CONFLICT ("key") DO UPDATE SET
      "tokens" = LEAST(${limit}::float8, b."tokens" + EXTRACT(EPOCH FROM clock_timestamp() - b."at") * 1000 * ${perMs}::float8)
        - CASE WHEN LEAST(${limit}::float8, b."tokens" + EXTRACT(EPOCH FROM clock_timestamp() - b."at") * 1000 * ${perMs}::float8) >= 1 THEN 1 ELSE 0 END,
      "at" = clock_timestamp(),
      "lastAllowed" = LEAST(${limit}::float8, b."tokens" + EXTRACT(EPOCH FROM clock_timestamp() - b."at") * 1000 * ${perMs}::float8) >= 1
    RETURNING "tokens", "lastAllowed"`;
  const { tokens, lastAllowed } = rows[0]!;
  if (!lastAllowed) return { allowed: false, limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  return { allowed: true, limit, remaining: Math.max(0, Math.floor(tokens)), retryAfterSeconds: 0 };
}

/**
 * An IPv6 site (its /48, lib/http/address-key.ts) may use the API as much as this many clients, whichever of its
 * 65,536 /64s each request comes from: counted per /64 alone, rotating through them made a new client of each.
 */
export const API_SITE_CLIENTS = 8;

/** CLAIMDESK_API_RATE_LIMIT requests per minute per address (default 120). */
export function apiRateLimit(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.CLAIMDESK_API_RATE_LIMIT);
  return Number.isInteger(value) && value > 0 ? value : 120;
}
