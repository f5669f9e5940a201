// A signed-in account refused something (its role may not, or a rule such as the two-person rule forbids it): the
// refusal is in the audit trail, so an insider's tries at what they may not do are seen, not only what they did.
// Written in a transaction of its own, after the refused one has rolled back; a failure to write it is logged and the
// refusal still answers. What is stored is the reason's code and params (lib/errors.ts), which the audit screen says
// in the reader's language (lib/audit/refusal-text.ts), and the page or route refused, when there is one.
//
// Bounded per account: a refusal like one recorded in the last minute is not written again, and at most
// REFUSALS_PER_MINUTE are written a minute, so an account reloading a refused page (or a script under its session)
// cannot fill the trail. Anonymous requests write nothing.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isAppError, type AppError } from "@/lib/errors";
import { writeAuditEvent } from "./write-audit-event";

export const REFUSALS_PER_MINUTE = 20;
const PLACE_MAX = 200;

/** The event's `after`: a code and its params, or (for a refusal with no code) the message as it was. */
export function refusalRecord(error: AppError, place?: string): Record<string, unknown> {
  const { reason, permission } = error.details ?? {};
  const path = place ? place.split("?")[0]!.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, PLACE_MAX) : undefined;
  return {
    ...(reason ? { reason, ...(permission ? { params: { permission } } : {}) } : { message: error.message, ...(permission ? { params: { permission } } : {}) }),
    ...(path ? { path } : {}),
  };
}

export async function recordRefusal(actorId: string | null | undefined, error: unknown, ip?: string, place?: string): Promise<void> {
  if (!actorId || !isAppError(error) || error.code !== "FORBIDDEN") return;
  const after = refusalRecord(error, place);
  try {
    await getDb().$transaction(async (tx) => {
      // One account's refusals are counted and written one at a time, so a burst of them is bounded as a series is.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`refusal:${actorId}`}, 0))`;
      const [counts] = await tx.$queryRaw<[{ recent: number; same: number }]>`
        SELECT count(*)::int AS recent, (count(*) FILTER (WHERE after = ${JSON.stringify(after)}::jsonb))::int AS same
        FROM "AuditEvent" WHERE "actorId" = ${actorId}::uuid AND action = 'auth.refused' AND "createdAt" > now() - interval '1 minute'`;
      if (counts.same > 0 || counts.recent >= REFUSALS_PER_MINUTE) return;
      await writeAuditEvent(tx, { actorId, action: "auth.refused", objectType: "User", objectId: actorId, after, ip });
    });
  } catch (failure) {
    console.error("recording a refusal:", failure);
  }
}
