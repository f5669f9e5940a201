// What the workbench home needs to know about the signed-in account itself.
import "server-only";
import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export async function getOwnAccountStatus(actor: Actor | null) {
  assertCan(actor, "desk.use");
  return getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { mustChangePassword: true, lastSignInAt: true } });
}
