// Auth.js endpoints (session, CSRF token, sign-in callback, sign-out). A posted body is read within 1 MiB,
// counted while it streams, before Auth.js parses it: an anonymous caller cannot make the server hold more.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { BODY_LIMITS, BodyTooLargeError, readBodyWithin } from "@/lib/http/body-limit";

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  let body: Uint8Array;
  try {
    body = await readBodyWithin(request, BODY_LIMITS.json);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return new Response("The request body is too large.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers: request.headers, body: body as BodyInit }));
}
