// The one wrapper for workbench JSON routes: a live session (401), a JSON body, and AppError → status.
import "server-only";
import { AppError, errorBody, httpStatus, isAppError } from "@/lib/errors";
import type { Actor } from "./permissions";
import { getSessionActor, PASSWORD_CHANGE_REQUIRED } from "./session";
import { clientIp } from "./client-ip";
import { BODY_LIMITS, BodyTooLargeError, readBodyWithin } from "@/lib/http/body-limit";
import { recordRefusal } from "@/lib/audit/record-refusal";
import { CROSS_SITE_WRITE, isSameOriginRequest } from "@/lib/http/same-origin";

/** Methods that change nothing: read from anywhere (the answer is for the caller's own page; CORS keeps it there). */
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

type Context<P> = { actor: Actor; request: Request; params: P; ip: string; body: () => Promise<unknown> };

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  // Requiring JSON makes a cross-site form post impossible without a CORS preflight.
  if (!type.toLowerCase().startsWith("application/json")) throw new AppError("INVALID", "Send a JSON body (Content-Type: application/json).");
  let bytes: Uint8Array;
  try {
    // Counted while it streams: a body over the limit is refused before it is held whole.
    bytes = await readBodyWithin(request, BODY_LIMITS.json);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new AppError("TOO_LARGE", "The request body is too large.");
    throw error;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("INVALID", "The request body is not valid JSON.");
  }
}

/** `isForPendingPassword`: the one route an account still on its one-time password may call (changing it). */
export function deskRoute<P = Record<string, never>>(handler: (context: Context<P>) => Promise<unknown>, options: { isForPendingPassword?: boolean } = {}) {
  return async (request: Request, routeContext: { params: Promise<P> }): Promise<Response> => {
    let actor: Actor | null = null;
    // A write from another site's page, or a sibling host's (whose requests carry the session cookie: SameSite counts
    // sites, not hosts), is refused before the session is read. The JSON body each write reads forced a preflight,
    // but a write that reads no body (withdrawing a proposal, confirming an account) took a plain form post.
    if (!READS.has(request.method.toUpperCase()) && !isSameOriginRequest(request.headers)) {
      return Response.json(errorBody(new AppError("FORBIDDEN", CROSS_SITE_WRITE)), { status: 403, headers: { "Cache-Control": "no-store" } });
    }
    try {
      const live = await getSessionActor();
      if (!live) throw new AppError("UNAUTHENTICATED", "Please sign in.");
      if (live.mustChangePassword && !options.isForPendingPassword) throw new AppError("FORBIDDEN", PASSWORD_CHANGE_REQUIRED, { reason: "passwordChangeRequired" });
      actor = { id: live.id, email: live.email, name: live.name, role: live.role };
      const result = await handler({
        actor,
        request,
        params: await routeContext.params,
        ip: clientIp(request.headers),
        body: () => readJson(request),
      });
      return Response.json(result ?? { ok: true }, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (!isAppError(error)) console.error(error);
      // A refusal by a data function, under the account that asked (lib/audit/record-refusal.ts).
      await recordRefusal(actor?.id, error, clientIp(request.headers), new URL(request.url).pathname);
      return Response.json(errorBody(error), { status: httpStatus(error), headers: { "Cache-Control": "no-store" } });
    }
  };
}
