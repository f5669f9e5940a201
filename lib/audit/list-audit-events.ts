// Reading the audit trail, for admins, newest first, with simple filters.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { readListFilters } from "@/lib/list-filters";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export const auditFilterSchema = z.object({
  action: z.string().trim().max(80).optional().transform((v) => v || undefined),
  objectType: z.string().trim().max(80).optional().transform((v) => v || undefined),
  actorEmail: z.string().trim().toLowerCase().max(254).optional().transform((v) => v || undefined),
  before: z.coerce.bigint().optional().catch(undefined),
});

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(actor: Actor | null, input: unknown) {
  assertCan(actor, "audit.read");
  const filter = readListFilters(auditFilterSchema, input);
  const events = await getDb().auditEvent.findMany({
    where: {
      action: filter.action ? { startsWith: filter.action } : undefined,
      objectType: filter.objectType,
      actor: filter.actorEmail ? { email: filter.actorEmail } : undefined,
      id: filter.before ? { lt: filter.before } : undefined,
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { email: true, name: true } } },
  });
  const hasMore = events.length > AUDIT_PAGE_SIZE;
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  return { events: page, nextBefore: hasMore ? page.at(-1)?.id.toString() : undefined, filter };
}
