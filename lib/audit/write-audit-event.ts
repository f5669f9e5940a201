// Appends one audit event inside the caller's transaction, so a change and its record commit together.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function toRow(event: AuditInput) {
  return {
    actorId: event.actorId,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId ?? null,
    before: asJson(event.before),
    after: asJson(event.after),
    ip: event.ip ?? null,
  };
}

export async function writeAuditEvent(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: toRow(event) });
}

/**
 * Appends many events in one statement (bulk imports), inside the caller's transaction, in their order. The rows
 * travel as one JSON array that PostgreSQL reads with the columns' types: `createMany` compiled its query with
 * every row's values, which cost more of this process's CPU than the insert itself.
 */
export async function writeAuditEvents(tx: Tx, events: AuditInput[]): Promise<void> {
  if (!events.length) return;
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", action, "objectType", "objectId", before, after, ip)
    SELECT e."actorId", e.action, e."objectType", e."objectId", e.before, e.after, e.ip
    FROM jsonb_array_elements(${JSON.stringify(events.map(toRow))}::jsonb) WITH ORDINALITY AS a(event, n),
      jsonb_to_record(a.event) AS e("actorId" uuid, action text, "objectType" text, "objectId" text, before jsonb, after jsonb, ip text)
    ORDER BY a.n`;
}
