// How many bodies above the ordinary limit (BODY_LIMITS.other) one client may be sending at once. The source
// pages take such bodies (imports, up to 24 MiB; sign-in and the desk's JSON routes up to 1 MiB), and Next buffers
// each whole before the action behind it can check who is calling: sixteen anonymous 20 MB posts with a made-up
// session cookie grew next-server by 620 MB. A browser tab sends its server actions one at a time, so an editor never
// has more than one or two under way.
// The client is the address the front server decided (lib/http/forwarded.ts), so behind a trusted proxy each
// visitor counts on their own. Pure: the front server (lib/public/page-cache.ts) holds one gate.
import { BODY_LIMITS, bodyLimitFor } from "./body-limit";
import { SlotCounter } from "./in-flight";
import { addressKey, addressSitePrefix } from "./address-key";
import { plainAnswer, type ShapeAnswer } from "./plain-answer";

export const LARGE_BODIES_PER_CLIENT = 2;
/** An IPv6 site (/48) has as many large bodies under way as this many clients, between its 65,536 /64s. */
export const LARGE_BODY_SITE_CLIENTS = 8;

/**
 * Whether a request may carry a body above the ordinary limit: a method with a body, on a path that allows more,
 * declaring more (or not declaring its length, so it could be more).
 */
export function isLargeBody(method: string | undefined, url: string | undefined, declared: number | null): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  if (bodyLimitFor(url) <= BODY_LIMITS.other) return false;
  return declared === null || declared > BODY_LIMITS.other;
}

export class LargeBodyGate {
  private readonly underWay = new SlotCounter();

  constructor(private readonly perClient = LARGE_BODIES_PER_CLIENT) {}

  /**
   * Admits the request: a function to call once when it is over (a no-op for an ordinary request), or null when
   * this client already has `perClient` large bodies under way.
   */
  admit(method: string | undefined, url: string | undefined, declared: number | null, client: string): (() => void) | null {
    if (!isLargeBody(method, url, declared)) return () => {};
    // Counted as the rest of the front server counts a client (an IPv6 /64 is one, lib/http/address-key.ts), and an
    // IPv6 site (/48) as LARGE_BODY_SITE_CLIENTS of them: keyed by the address as written, every one of a /64's 2^64
    // addresses had two uploads of its own under way.
    const key = addressKey(client);
    return this.underWay.takeWithSite(key, this.perClient, addressSitePrefix(key), this.perClient * LARGE_BODY_SITE_CLIENTS);
  }

  size(client: string): number {
    return this.underWay.count(addressKey(client));
  }
}

/** The answer to a client over its share: 429, in both languages, JSON under /api/ as the routes' own refusals. */
export function tooManyLargeBodies(url: string | undefined): { status: number; headers: Record<string, string>; body: string } {
  const message = "Bạn đang gửi tệp lớn khác; hãy đợi tệp đó xong. / Another large upload of yours is under way; wait for it to finish.";
  if (url?.startsWith("/api/")) {
    return { status: 429, headers: { "content-type": "application/json", "cache-control": "no-store", "retry-after": "5" }, body: JSON.stringify({ error: { code: "RATE_LIMITED", message } }) };
  }
  return { status: 429, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "5" }, body: `${message}\n` };
}

/**
 * The bytes of server-action bodies the front server may hold at once, across every client: it reads each whole to
 * check it (lib/http/form-body.ts) before the app sees it, and two per client (above) does not bound how many clients
 * send at once: a hundred addresses with 24 MiB each made it hold 2.4 GB. Four imports of the largest size by default;
 * CLAIMDESK_HELD_BODY_BYTES changes it (0: no bound).
 */
export const DEFAULT_HELD_BODY_BYTES = 4 * BODY_LIMITS.import;
/** How long a body being read may send nothing before its caller is dropped (and what it held given back). */
export const BODY_IDLE_MS = 20_000;

/**
 * What one request holds of the shared bound: the bytes of its body read so far, more as they arrive, all of it back
 * once (later calls do nothing). Only bytes received are held: a caller that declares 24 MiB and sends nothing holds
 * nothing (and is dropped once it stays silent: BODY_IDLE_MS), so idle connections cannot keep everyone's uploads out.
 */
export type BodyHold = { grow: (bytes: number) => boolean; release: () => void };

export class HeldBodyBytes {
  private held = 0;
  private highest = 0;

  constructor(readonly limit = DEFAULT_HELD_BODY_BYTES) {}

  /**
   * A hold for a body of `expected` bytes (its declared length, or 0 when it declares none), holding nothing yet; null
   * when that many would not fit now, so such a caller is answered before it sends its body.
   */
  hold(expected: number): BodyHold | null {
    if (this.limit && this.held + expected > this.limit) return null;
    let mine = 0;
    let released = false;
    const grow = (more: number): boolean => {
      if (released || (this.limit && this.held + more > this.limit)) return false;
      this.held += more;
      mine += more;
      this.highest = Math.max(this.highest, this.held);
      return true;
    };
    return {
      grow,
      release: () => {
        if (released) return;
        released = true;
        this.held -= mine;
      },
    };
  }

  /** Bytes held now, and the most ever held at once (for tests and diagnostics). */
  size(): { now: number; highest: number } {
    return { now: this.held, highest: this.highest };
  }
}

/** The answer when the bound is reached: 503 and a hint to retry, in both languages; the body is not read. */
export function heldBodiesFull(): ShapeAnswer {
  return plainAnswer(503, "Máy chủ đang nhận nhiều tệp cùng lúc; hãy thử lại sau ít giây. / The server is receiving many uploads at once; try again in a few seconds.\n", { "retry-after": "10" });
}
