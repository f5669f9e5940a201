// A signed-in account refused something (its role may not, or a rule such as the two-person rule forbids it): the
// refusal is in the audit trail, so an insider's tries at what they may not do are seen, not only what they did.
// Written in a transaction of its own, after the refused one has rolled back; a failure to write it is logged and the
// refusal still answers.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { writeAuditEvent } from "./write-audit-event";

export async function recordRefusal(actorId: string | null | undefined, error: unknown, ip?: string): Promise<void> {
  if (!actorId || !isAppError(error) || error.code !== "FORBIDDEN") return;
  try {
    await getDb().$transaction((tx) =>
      writeAuditEvent(tx, { actorId, action: "auth.refused", objectType: "User", objectId: actorId, after: { reason: error.message, ...(error.details?.permission ? { permission: error.details.permission } : {}) }, ip }),
    );
  } catch (failure) {
    console.error("recording a refusal:", failure);
  }
}
