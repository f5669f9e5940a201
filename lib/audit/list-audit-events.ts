// Reading the audit trail, for admins, newest first: filters chosen from lists (person, kind of object, action,
// one object), and each event's object named by its title or name rather than its id.
import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { isUuid } from "@/lib/validation";
import { readListFilters } from "@/lib/list-filters";
import type { Actor } from "@/lib/auth/permissions";
import { asConfirmedAccount } from "@/lib/auth/confirm-actor";
import { AUDIT_OBJECT_TYPES, type AuditObjectType } from "./actions";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

export const auditFilterSchema = z.object({
  /** An action code, or a prefix such as "auth." (older links used prefixes). */
  action: optionalText(80),
  objectType: z.enum(AUDIT_OBJECT_TYPES).optional().catch(undefined),
  objectId: optionalText(80),
  actorId: z.uuid().optional().catch(undefined),
  actorEmail: z.string().trim().toLowerCase().max(254).optional().catch(undefined).transform((v) => v || undefined),
  // An event id: a PostgreSQL bigint, which refuses anything past 2^63 - 1 (a crafted link's is dropped, not a 500).
  before: z.coerce.bigint().positive().max(9_223_372_036_854_775_807n).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const AUDIT_PAGE_SIZE = 50;
/** The CSV export's limit: a year of a small desk's events; narrower filters give the rest. */
export const AUDIT_EXPORT_LIMIT = 10_000;

/** A named object: what the log shows instead of its id, and where it links to. */
export type AuditObject = { label: string; href: string | null };

function whereOf(filter: AuditFilter) {
  return {
    action: filter.action ? (filter.action.endsWith(".") ? { startsWith: filter.action } : filter.action) : undefined,
    objectType: filter.objectType,
    objectId: filter.objectId,
    actorId: filter.actorId,
    actor: filter.actorEmail ? { email: filter.actorEmail } : undefined,
    id: filter.before ? { lt: filter.before } : undefined,
  };
}

const clip = (text: string | null | undefined, max = 90) => (!text ? "" : text.length > max ? `${text.slice(0, max - 1)}…` : text);
const claimHref = (id: string) => `/desk/claims/${id}`;

/** Names for the objects of a page of events: one query per kind of object present. */
async function nameObjects(db: Tx, events: { objectType: string; objectId: string | null }[]): Promise<Map<string, AuditObject>> {
  const ids = new Map<AuditObjectType, string[]>();
  for (const e of events) {
    if (!e.objectId || !(AUDIT_OBJECT_TYPES as readonly string[]).includes(e.objectType)) continue;
    if (!isUuid(e.objectId)) continue;
    const type = e.objectType as AuditObjectType;
    ids.set(type, [...(ids.get(type) ?? []), e.objectId]);
  }
  const named = new Map<string, AuditObject>();
  const put = (type: string, id: string, label: string, href: string | null) => named.set(`${type}:${id}`, { label, href });
  // One query at a time: the page is small and the pool is shared with the page's other reads.
  for (const [type, list] of ids) {
    const where = { id: { in: [...new Set(list)] } };
    switch (type) {
      case "User":
        for (const u of await db.user.findMany({ where, select: { id: true, name: true, email: true } })) put(type, u.id, `${u.name} <${u.email}>`, "/admin/accounts");
        break;
      case "Source":
        for (const s of await db.source.findMany({ where, select: { id: true, title: true, outlet: true } })) put(type, s.id, clip(s.title) || clip(s.outlet) || "—", `/sources/${s.id}`);
        break;
      case "Dossier":
        for (const d of await db.dossier.findMany({ where, select: { id: true, title: true } })) put(type, d.id, clip(d.title), null);
        break;
      case "Claim":
        for (const c of await db.claim.findMany({ where, select: { id: true, text: true } })) put(type, c.id, clip(c.text), claimHref(c.id));
        break;
      case "Claimant":
        for (const c of await db.claimant.findMany({ where, select: { id: true, name: true } })) put(type, c.id, clip(c.name), "/desk/claimants");
        break;
      case "Appearance":
        for (const a of await db.appearance.findMany({ where, select: { id: true, claimId: true, claim: { select: { text: true } } } })) put(type, a.id, clip(a.claim.text), claimHref(a.claimId));
        break;
      case "Evidence":
        for (const e of await db.evidence.findMany({ where, select: { id: true, claimId: true, claim: { select: { text: true } } } })) put(type, e.id, clip(e.claim.text), claimHref(e.claimId));
        break;
      case "ClaimLink":
        for (const l of await db.claimLink.findMany({ where, select: { id: true, fromClaimId: true, fromClaim: { select: { text: true } } } })) put(type, l.id, clip(l.fromClaim.text), claimHref(l.fromClaimId));
        break;
      case "Proposal":
        for (const p of await db.proposal.findMany({ where, select: { id: true, claimId: true, claim: { select: { text: true } } } })) put(type, p.id, clip(p.claim.text), claimHref(p.claimId));
        break;
    }
  }
  return named;
}

async function readEvents(db: Tx, filter: AuditFilter, take: number) {
  return db.auditEvent.findMany({
    where: whereOf(filter),
    orderBy: { id: "desc" },
    take,
    include: { actor: { select: { id: true, email: true, name: true } } },
  });
}

/** A page of events, read as the account is now (asConfirmedAccount): an admin demoted meanwhile gets none. */
export async function listAuditEvents(actor: Actor | null, input: unknown) {
  return asConfirmedAccount(actor, "audit.read", async (tx) => {
    const filter = readListFilters(auditFilterSchema, input);
    const events = await readEvents(tx, filter, AUDIT_PAGE_SIZE + 1);
    const hasMore = events.length > AUDIT_PAGE_SIZE;
    const page = events.slice(0, AUDIT_PAGE_SIZE);
    const objects = await nameObjects(tx, page);
    const people = await tx.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
    return { events: page, objects, people, nextBefore: hasMore ? page.at(-1)?.id.toString() : undefined, filter };
  });
}

/**
 * The events of a filter for the CSV export, newest first, at most AUDIT_EXPORT_LIMIT of them, with their objects'
 * names: one transaction that confirms the account first, so a demotion or deactivation committed before any of it
 * refuses the export, and one committed later waits until every row has been read. `nextBefore`: the filter's
 * `before` that reads the older events the export left out (undefined: none was), so a file cut at the limit says so.
 */
export async function exportAuditEvents(actor: Actor | null, input: unknown) {
  return asConfirmedAccount(actor, "audit.read", async (tx) => {
    const filter = readListFilters(auditFilterSchema, input);
    const read = await readEvents(tx, filter, AUDIT_EXPORT_LIMIT + 1);
    const events = read.slice(0, AUDIT_EXPORT_LIMIT);
    const objects = new Map<string, AuditObject>();
    for (let i = 0; i < events.length; i += 500) for (const [key, value] of await nameObjects(tx, events.slice(i, i + 500))) objects.set(key, value);
    return { events, objects, filter, nextBefore: read.length > AUDIT_EXPORT_LIMIT ? events.at(-1)?.id.toString() : undefined };
  });
}
