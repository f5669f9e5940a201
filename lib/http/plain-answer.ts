// An answer the front server gives itself, before the app sees the request: a short text in both languages, never
// kept by a cache, the connection closed after it (lib/http/request-shape.ts, page-methods.ts, form-body.ts,
// allowed-hosts.ts).

export type ShapeAnswer = { status: number; headers: Record<string, string>; body: string };

export function plainAnswer(status: number, body: string, extra: Record<string, string> = {}): ShapeAnswer {
  return { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close", ...extra }, body };
}
