// Appends one audit event inside the caller's transaction, so a change and its record commit together. Every
// audited write passes here, so here too the acting account is re-read under a row lock: a change lands only if its
// account is, as it commits, still active and allowed (lib/auth/confirm-actor.ts, lib/audit/actions.ts).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { confirmAccount } from "@/lib/auth/confirm-actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { permissionToRecord } from "./actions";

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

/** Refuses (and so rolls back the caller's transaction) when an acting account may no longer make these changes. */
async function confirmActors(tx: Tx, events: AuditInput[]): Promise<void> {
  const checks = new Map<string, { actorId: string; permission: NonNullable<ReturnType<typeof permissionToRecord>> }>();
  for (const { actorId, action } of events) {
    const permission = permissionToRecord(action);
    if (actorId && permission) checks.set(`${actorId} ${permission}`, { actorId, permission });
  }
  for (const { actorId, permission } of checks.values()) await confirmAccount(tx, actorId, permission);
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * The event as it is, its time the column's default: the database's clock. Prisma fills `@default(now())` with the
 * instance's own, and the refusals' bound (record-refusal.ts) reads the last minute by the database's: an instance a
 * minute behind wrote every refusal its account asked for, however many.
 */
async function insertEvent(tx: Tx, row: ReturnType<typeof toRow>): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", action, "objectType", "objectId", before, after, ip)
    VALUES (${row.actorId}::uuid, ${row.action}, ${row.objectType}, ${row.objectId}, ${json(row.before)}::jsonb, ${json(row.after)}::jsonb, ${row.ip})`;
}

/**
 * One statement when the account may: the insert reads the acting account's row FOR SHARE, as confirmAccount does,
 * and writes the event only if it is active with a role the action allows. A write holds its rows' locks until it
 * commits, so the check costs no round trip of its own. When nothing was written, confirmAccount says why (it
 * throws); should the account have become allowed in between, the event is written after all.
 */
export async function writeAuditEvent(tx: Tx, event: AuditInput): Promise<void> {
  const row = toRow(event);
  const permission = permissionToRecord(event.action);
  if (!event.actorId || !permission) {
    await insertEvent(tx, row);
    return;
  }
  const roles: readonly string[] = PERMISSIONS[permission];
  const written = await tx.$executeRaw`
    WITH account AS (SELECT id FROM "User" WHERE id = ${event.actorId}::uuid AND "isActive" AND role::text = ANY(${roles}::text[]) FOR SHARE)
    INSERT INTO "AuditEvent" ("actorId", action, "objectType", "objectId", before, after, ip)
    SELECT account.id, ${row.action}, ${row.objectType}, ${row.objectId}, ${json(row.before)}::jsonb, ${json(row.after)}::jsonb, ${row.ip} FROM account`;
  if (written > 0) return;
  await confirmAccount(tx, event.actorId, permission);
  await insertEvent(tx, row);
}

/**
 * Appends many events in one statement (bulk imports), inside the caller's transaction, in their order. The rows
 * travel as one JSON array that PostgreSQL reads with the columns' types: `createMany` compiled its query with
 * every row's values, which cost more of this process's CPU than the insert itself.
 */
export async function writeAuditEvents(tx: Tx, events: AuditInput[]): Promise<void> {
  if (!events.length) return;
  await confirmActors(tx, events);
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", action, "objectType", "objectId", before, after, ip)
    SELECT e."actorId", e.action, e."objectType", e."objectId", e.before, e.after, e.ip
    FROM jsonb_array_elements(${JSON.stringify(events.map(toRow))}::jsonb) WITH ORDINALITY AS a(event, n),
      jsonb_to_record(a.event) AS e("actorId" uuid, action text, "objectType" text, "objectId" text, before jsonb, after jsonb, ip text)
    ORDER BY a.n`;
}
