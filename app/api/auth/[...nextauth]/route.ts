// Auth.js endpoints (session, CSRF token, sign-in callback, sign-out). A posted body is read within 1 MiB,
// counted while it streams, before Auth.js parses it: an anonymous caller cannot make the server hold more.
// Both answer on the origin the visitor used, not the app server's private one (lib/auth/visitor-request.ts).
// Only the endpoints the desk uses reach Auth.js; any other address under /api/auth is a 404 (lib/auth/auth-endpoints.ts).
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { isAuthEndpoint } from "@/lib/auth/auth-endpoints";
import { atVisitorOrigin } from "@/lib/auth/visitor-request";
import { BODY_LIMITS, BodyTooLargeError, readBodyWithin } from "@/lib/http/body-limit";

const notFound = () => Response.json({ error: { code: "NOT_FOUND", message: "No such sign-in address." } }, { status: 404, headers: { "cache-control": "no-store" } });

export async function GET(request: NextRequest): Promise<Response> {
  if (!isAuthEndpoint("GET", request.nextUrl.pathname)) return notFound();
  return handlers.GET(atVisitorOrigin(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  if (!isAuthEndpoint("POST", request.nextUrl.pathname)) return notFound();
  let body: Uint8Array;
  try {
    body = await readBodyWithin(request, BODY_LIMITS.json);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return new Response("The request body is too large.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return handlers.POST(atVisitorOrigin(request, body as BodyInit));
}
