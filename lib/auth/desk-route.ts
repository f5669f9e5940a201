// The one wrapper for workbench JSON routes: a live session (401), a JSON body, and AppError → status.
import "server-only";
import { AppError, errorBody, httpStatus, isAppError } from "@/lib/errors";
import type { Actor } from "./permissions";
import { getActor } from "./session";
import { clientIp } from "./client-ip";
import { BODY_LIMITS, BodyTooLargeError, readBodyWithin } from "@/lib/http/body-limit";

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

export function deskRoute<P = Record<string, never>>(handler: (context: Context<P>) => Promise<unknown>) {
  return async (request: Request, routeContext: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await getActor();
      if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
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
      return Response.json(errorBody(error), { status: httpStatus(error), headers: { "Cache-Control": "no-store" } });
    }
  };
}
