// Which Host (or, from a trusted proxy, X-Forwarded-Host) the front server answers for. Without a rule, every forged
// Host got its own kept copy of each public page (an attacker cycling Host values evicted the real pages) and, without
// CLAIMDESK_PUBLIC_URL, absolute URLs naming the forged host.
// - CLAIMDESK_ALLOWED_HOSTS (comma-separated `name` or `name:port`; a name without a port allows any port) or else
//   CLAIMDESK_PUBLIC_URL's host: the site's hosts. Any other host is answered 421 Misdirected Request.
// - Neither set: the site's host is learned, as the host most client addresses ask for (each address counts for the
//   first host it asked for, among the last MAX_VOTERS addresses heard from); other hosts are still answered, but
//   their pages are rendered for them alone and never kept. Taking the first host any request named let one request with a made-up
//   Host, sent first after a start, turn off every kept page of the real site on that instance (and nginx's copies:
//   pages not kept are answered `private`) until the next restart.
// Loopback names (localhost, 127.0.0.1, [::1]) are always allowed, for the operator and health checks on the machine,
// and /api/health answers any host (a load balancer may ask by address). Pure: the front server holds one policy.

import { addressKey, addressSitePrefix } from "./address-key";
import { plainAnswer, type ShapeAnswer } from "./plain-answer";

export type HostVerdict = "allowed" | "uncached" | "refused";

/** Client addresses remembered while learning the site's host (the oldest forgotten first): bounded memory. */
export const MAX_VOTERS = 4096;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** `name` and `port` of a host header value, lower case; the port empty when absent. */
export function splitHost(host: string): { name: string; port: string } {
  const lower = host.trim().toLowerCase();
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(lower);
  return { name: match?.[1] ?? lower, port: match?.[2] ?? "" };
}

function parseList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

export class HostPolicy {
  private readonly configured: string[];
  private learned: string | null = null;
  /** Address key (lib/http/address-key.ts) → the host it voted for; and per host, how many addresses that is. */
  private readonly voteOf = new Map<string, string>();
  private readonly voters = new Map<string, number>();

  constructor(env: Record<string, string | undefined> = process.env) {
    const list = parseList(env.CLAIMDESK_ALLOWED_HOSTS);
    if (!list.length && env.CLAIMDESK_PUBLIC_URL?.trim()) {
      try {
        list.push(new URL(env.CLAIMDESK_PUBLIC_URL.trim()).host.toLowerCase());
      } catch {
        // lib/env.ts refuses a malformed CLAIMDESK_PUBLIC_URL at start.
      }
    }
    this.configured = list;
  }

  /** Whether the hosts are configured (others are refused) rather than learned (others are not kept). */
  get isConfigured(): boolean {
    return this.configured.length > 0;
  }

  private matches(entry: string, host: string): boolean {
    const want = splitHost(entry);
    const got = splitHost(host);
    return want.name === got.name && (!want.port || want.port === got.port);
  }

  /** `client`: the caller's address as the front server settled it (one made-up value per address counts once). */
  check(host: string | undefined, path: string | undefined, client = "unknown"): HostVerdict {
    if (path === "/api/health" || path?.startsWith("/api/health?")) return "allowed";
    const value = (host ?? "").trim().toLowerCase();
    if (value && LOOPBACK.has(splitHost(value).name)) return "allowed";
    if (this.configured.length) return value && this.configured.some((entry) => this.matches(entry, value)) ? "allowed" : "refused";
    if (!value) return "uncached";
    // An IPv6 site (/48) votes once: its holder has 65,536 /64s, each an address to the rest of the front server, and
    // cycling them outvoted a small site's visitors, so the real host's pages were no longer kept.
    const key = addressKey(client);
    this.vote(addressSitePrefix(key) ?? key, value);
    return this.learned === value ? "allowed" : "uncached";
  }

  private count(host: string, change: number) {
    const n = (this.voters.get(host) ?? 0) + change;
    if (n > 0) this.voters.set(host, n);
    else this.voters.delete(host);
  }

  /**
   * One address, one vote: for the first host it asked for (cycling made-up hosts moves nothing). A host leads once
   * more addresses voted for it than for the leader.
   */
  private vote(address: string, host: string) {
    const votedFor = this.voteOf.get(address) ?? host;
    if (!this.voteOf.has(address)) {
      if (this.voteOf.size >= MAX_VOTERS) {
        const [oldest, itsHost] = this.voteOf.entries().next().value!;
        this.voteOf.delete(oldest);
        this.count(itsHost, -1);
      }
      this.count(host, 1);
    }
    // Most recent last, so the addresses forgotten first are those not heard from for longest.
    this.voteOf.delete(address);
    this.voteOf.set(address, votedFor);
    if (this.learned === null || (this.voters.get(votedFor) ?? 0) > (this.voters.get(this.learned) ?? 0)) this.learned = votedFor;
  }
}

/** 421 for a host this site does not serve, in both languages. */
export function misdirectedAnswer(): ShapeAnswer {
  return plainAnswer(421, "Trang này không phục vụ tên miền đó. / This site does not serve that host name.\n");
}
