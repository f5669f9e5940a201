// What one client address may ask of the front server, besides the body limits: how many connections it may hold
// open and how many pages it may have rendered per minute. Without them one address could open thousands of
// connections, or ask for thousands of distinct addresses no cache holds (`/?q=<random>`, `/claims/<random>`) and
// have every one rendered. Served from the page cache costs nothing and is not counted; neither are the JSON API
// (it has its own limit in PostgreSQL, lib/public/rate-limit.ts) and Next's static files.
// Trusted proxies (CLAIMDESK_TRUSTED_PROXIES) are exempt from the connection cap: every visitor comes through them;
// the render budget counts the visitor's own address, worked out from their headers (lib/http/forwarded.ts).
// Per process: with several instances behind a proxy each keeps its own count, so the budget is per instance.
import { wholeSetting } from "@/lib/env-setting";
import { addressKey, addressSitePrefix } from "./address-key";
import { SlotCounter } from "./in-flight";

export const DEFAULT_CONNECTIONS_PER_ADDRESS = 128;
export const DEFAULT_PAGE_RENDERS_PER_MINUTE = 600;

export type ClientLimitSettings = { connectionsPerAddress: number; pageRendersPerMinute: number };

/** CLAIMDESK_CONNECTIONS_PER_ADDRESS and CLAIMDESK_PAGE_RENDERS_PER_MINUTE; 0 turns a limit off. */
export function clientLimitSettings(env: Record<string, string | undefined> = process.env): ClientLimitSettings {
  return {
    connectionsPerAddress: wholeSetting(env.CLAIMDESK_CONNECTIONS_PER_ADDRESS, DEFAULT_CONNECTIONS_PER_ADDRESS),
    pageRendersPerMinute: wholeSetting(env.CLAIMDESK_PAGE_RENDERS_PER_MINUTE, DEFAULT_PAGE_RENDERS_PER_MINUTE),
  };
}

/** Open connections per address (a SlotCounter keyed by address, like the large-body gate). */
export class ConnectionCounter {
  private readonly open = new SlotCounter();

  constructor(private readonly limit: number) {}

  /**
   * Counts a new connection: the function to call when it closes, or null when the address already holds `limit`, or
   * its IPv6 site (/48) RENDER_SITE_ADDRESSES times as many (each /64 counted apart, a /48 held 65,536 times the cap).
   */
  admit(address: string | undefined): (() => void) | null {
    if (!this.limit) return () => {};
    const key = addressKey(address ?? "unknown");
    return this.open.takeWithSite(key, this.limit, addressSitePrefix(key), this.limit * RENDER_SITE_ADDRESSES);
  }
}

/**
 * An IPv6 site (its /48) has renders for this many addresses between its 65,536 /64s, as the API counts it
 * (lib/public/rate-limit.ts API_SITE_CLIENTS): counted per /64 alone, cycling them made a new budget of each.
 */
export const RENDER_SITE_ADDRESSES = 8;

/** A token bucket per address (and per IPv6 /48, RENDER_SITE_ADDRESSES times as large): `perMinute` renders, refilled evenly, a burst of as many. */
export class RenderBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one render for `address`: 0 when allowed, else the seconds until one is free. */
  take(address: string): number {
    if (!this.perMinute) return 0;
    const key = addressKey(address);
    const own = this.takeFrom(key, this.perMinute);
    const site = addressSitePrefix(key);
    return own || site === null ? own : this.takeFrom(`site:${site}`, this.perMinute * RENDER_SITE_ADDRESSES);
  }

  private takeFrom(key: string, perMinute: number): number {
    const now = this.now();
    const rate = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    // Bounded memory: the least recently seen addresses (a Map keeps insertion order) are forgotten first.
    while (this.buckets.size > 100_000) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
  }
}

/**
 * Whether a request asks Next to render a page: any address but the JSON API and static files, whatever the method.
 * A POST, PUT or DELETE to a page is rendered too (a server action's, or the page itself, 200), and never from a kept
 * copy: counted only for GET and HEAD, a flood of POSTs to `/claims?q=<random>` rendered without limit.
 */
export function rendersPage(url: string | undefined): boolean {
  const path = url ?? "/";
  return !path.startsWith("/api/") && !path.startsWith("/_next/static/") && !path.startsWith("/_next/image");
}

/** 429 for an address over its render budget, in both languages. */
export function tooManyRenders(retryAfterSeconds: number): { status: number; headers: Record<string, string>; body: string } {
  return {
    status: 429,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": String(retryAfterSeconds) },
    body: "Quá nhiều yêu cầu từ địa chỉ của bạn; hãy thử lại sau ít phút. / Too many requests from your address; try again in a little while.\n",
  };
}
