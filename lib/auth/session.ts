// The acting user of this request: read once per request, checked against the database each time.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect, forbidden } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";
import { can, type Actor, type Permission } from "./permissions";
import { clientIp } from "./client-ip";

/**
 * Null when signed out, or when the account was deactivated or its password or role changed since
 * the session was issued (the session version no longer matches): such sessions stop at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true },
  });
  if (!user || !user.isActive || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export async function requireUser(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return actor;
}

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** For pages: signed-out visitors go to sign-in and come back; a role that may not sees 403. */
export async function requirePageActor(permission: Permission = "desk.use"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get("x-claimdesk-path") ?? "/desk";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (!can(actor, permission)) forbidden();
  return actor;
}
