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

/** Appends many events in one statement (bulk imports), inside the caller's transaction. */
export async function writeAuditEvents(tx: Tx, events: AuditInput[]): Promise<void> {
  if (!events.length) return;
  await tx.auditEvent.createMany({ data: events.map(toRow) });
}
