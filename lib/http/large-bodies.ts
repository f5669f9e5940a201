// How many bodies above the ordinary limit (BODY_LIMITS.other) one client may be sending at once. The source
// pages take such bodies (imports, up to 24 MiB; sign-in and the desk's JSON routes up to 1 MiB), and Next buffers
// each whole before the action behind it can check who is calling: sixteen anonymous 20 MB posts with a made-up
// session cookie grew next-server by 620 MB. A browser tab sends its server actions one at a time, so an editor never
// has more than one or two under way.
// The client is the address the front server decided (lib/http/forwarded.ts), so behind a trusted proxy each
// visitor counts on their own. Pure: the front server (lib/public/page-cache.ts) holds one gate.
import { BODY_LIMITS, bodyLimitFor } from "./body-limit";
import { SlotCounter } from "./in-flight";

export const LARGE_BODIES_PER_CLIENT = 2;

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
    return this.underWay.take(client, this.perClient);
  }

  size(client: string): number {
    return this.underWay.count(client);
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
