// The acting user of this request: read once per request, checked against the database each time.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect, forbidden } from "next/navigation";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";
import { can, type Actor, type Permission } from "./permissions";
import { clientIp } from "./client-ip";
import { recordRefusal } from "@/lib/audit/record-refusal";

export type SessionActor = Actor & { mustChangePassword: boolean };

/** Where an account still on its one-time password is sent, and the one desk page it may use. */
export const PASSWORD_PAGE = "/account/password";
export const PASSWORD_CHANGE_REQUIRED = "Choose your own password first.";

/**
 * Null when signed out, or when the server-side session was revoked (sign-out) or reached its absolute
 * end, or the account was deactivated or its password or role changed since sign-in. auth() runs the JWT
 * callback, which checks all of this in the database (lib/auth/sessions.ts) and refreshes role and name.
 */
export const getSessionActor = cache(async (): Promise<SessionActor | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; email?: string | null; name?: string | null; role?: Actor["role"] } | undefined;
  if (!session?.sessionId || !user?.id || !user.role) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? "", role: user.role, mustChangePassword: session.mustChangePassword === true };
});

/** The actor for every action and data function: null until a one-time password has been replaced. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const actor = await getSessionActor();
  if (!actor || actor.mustChangePassword) return null;
  return { id: actor.id, email: actor.email, name: actor.name, role: actor.role };
});

export async function requireUser(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return actor;
}

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** The page this request is for (proxy.ts sets it over whatever the client sent), or undefined outside a page. */
export async function requestPath(): Promise<string | undefined> {
  return (await headers()).get("x-claimdesk-path") ?? undefined;
}

const pageRefusal = cache((): { isRecorded: boolean } => ({ isRecorded: false }));

/**
 * For pages: signed-out visitors go to sign-in and come back; an account on its one-time password goes to
 * the password page (the one page that passes `allowPendingPassword`; it lives outside the (desk) layout);
 * a role that may not sees 403.
 */
export async function requirePageActor(permission: Permission = "desk.use", options: { allowPendingPassword?: boolean } = {}): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) {
    const path = (await headers()).get("x-claimdesk-path") ?? "/desk";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (actor.mustChangePassword && !options.allowPendingPassword) redirect(`${PASSWORD_PAGE}?required=1`);
  if (!can(actor, permission)) {
    // A refused page is a refusal like a refused action: in the audit trail under the account (bounded there), once
    // per request although a layout and its page may both refuse.
    const request = pageRefusal();
    if (!request.isRecorded) {
      request.isRecorded = true;
      await recordRefusal(actor.id, new AppError("FORBIDDEN", "Your role does not allow this.", { permission, reason: "role" }), await requestIp(), await requestPath());
    }
    forbidden();
  }
  return { id: actor.id, email: actor.email, name: actor.name, role: actor.role };
}
