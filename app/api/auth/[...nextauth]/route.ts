// Auth.js endpoints (session, CSRF token, sign-in callback, sign-out). A posted body is read within 1 MiB,
// counted while it streams, before Auth.js parses it: an anonymous caller cannot make the server hold more.
// Both answer on the origin the visitor used, not the app server's private one (lib/auth/visitor-request.ts).
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { atVisitorOrigin } from "@/lib/auth/visitor-request";
import { BODY_LIMITS, BodyTooLargeError, readBodyWithin } from "@/lib/http/body-limit";

export function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(atVisitorOrigin(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  let body: Uint8Array;
  try {
    body = await readBodyWithin(request, BODY_LIMITS.json);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return new Response("The request body is too large.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return handlers.POST(atVisitorOrigin(request, body as BodyInit));
}
