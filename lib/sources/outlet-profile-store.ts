// Outlet profiles in PostgreSQL: read for an import, taught by a saved import's corrected line roles, listed and
// edited by admins. Every change is audited in its own transaction.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { asConfirmedAccount, confirmActor } from "@/lib/auth/confirm-actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { RoleOverride } from "./line-roles";
import { learnFromCorrections, legacyOutletKeyOf, normalizePatterns, outletKeyOf, type OutletProfileRules } from "./outlet-profiles";
import type { ParsedSource } from "./parse-import";
import { outletProfileDeleteSchema, outletProfileUpdateSchema } from "./schemas";
import { TEXT_LOCK_SPACES } from "@/lib/db/text-locks";

const RULES = { id: true, outletKey: true, outlet: true, furniture: true, dateHints: true, version: true } as const;

export const PROFILE_CONFLICT_MESSAGE = "Someone else changed this outlet profile in the meantime. Their version is shown; your changes are kept in the form.";

/**
 * Every outlet's profile, for a parse to apply those of the outlets it finds (callers have checked the actor may
 * import). Profiles are short lists an admin reads (MAX_PATTERNS shapes each), one per outlet the desk has met.
 */
export async function loadOutletProfiles(): Promise<OutletProfileRules[]> {
  const stamp = await profilesStamp();
  const cached = profileCache.claimdeskOutletProfiles;
  if (cached && cached.stamp === stamp) return cached.profiles;
  const profiles = await getDb().outletProfile.findMany({ select: { outletKey: true, outlet: true, furniture: true, dateHints: true } });
  // Kept with the stamp read before it: a change landing in between makes the next stamp differ, and it is read again.
  profileCache.claimdeskOutletProfiles = { stamp, profiles };
  return profiles;
}

/**
 * The profile list, kept in memory between imports (every preview and save reads it) with what the table looked like
 * when it was read. Any instance may change a profile, so the table is asked each time for one small row that every
 * change moves (a creation or a deletion the count, an edit the versions' sum and the latest `updatedAt`) and the list
 * is read again only when that row differs. On globalThis: the routes and the import jobs are bundled apart.
 */
const profileCache = globalThis as unknown as { claimdeskOutletProfiles?: { stamp: string; profiles: OutletProfileRules[] } };

async function profilesStamp(): Promise<string> {
  const { _count, _max, _sum } = await getDb().outletProfile.aggregate({ _count: { _all: true }, _max: { updatedAt: true }, _sum: { version: true } });
  return `${_count._all}:${_sum.version ?? 0}:${_max.updatedAt?.getTime() ?? 0}`;
}

/**
 * After an import is saved: what the editor marked as furniture or as a date line is remembered for each outlet the
 * saved sources name (a line marked otherwise is forgotten). One transaction, an audit event per profile changed.
 */
export async function learnOutletProfiles(actor: Actor | null, sources: readonly ParsedSource[], corrections: readonly RoleOverride[], ctx: { ip?: string } = {}): Promise<number> {
  assertCan(actor, "source.import");
  const useful = corrections.filter((c) => c.key.length > 0);
  if (!useful.length) return 0;
  const byOutlet = new Map<string, { outlet: string; legacyKey: string | null; sources: ParsedSource[] }>();
  for (const source of sources) {
    const key = outletKeyOf(source.outlet);
    if (!key || !source.outlet) continue;
    const entry = byOutlet.get(key) ?? { outlet: source.outlet, legacyKey: legacyOutletKeyOf(source.outlet), sources: [] };
    entry.sources.push(source);
    byOutlet.set(key, entry);
  }
  if (!byOutlet.size) return 0;
  return getDb().$transaction(async (tx) => {
    let changed = 0;
    // Each outlet's profile is read and written under a lock on its key (taken in key order): saves learning for one
    // outlet at once each add to what the one before wrote, a new outlet's profile is created once, and an admin's
    // edit meanwhile either lands first or is refused as stale (the version moves), never silently undone.
    for (const [outletKey, { outlet, legacyKey, sources: ofOutlet }] of [...byOutlet].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TEXT_LOCK_SPACES.outletProfile}::int4, hashtext(${outletKey}))`;
      await tx.$queryRaw`SELECT id FROM "OutletProfile" WHERE "outletKey" = ${outletKey} FOR UPDATE`;
      const before = await tx.outletProfile.findUnique({ where: { outletKey }, select: RULES });
      // An outlet with no profile of its own, read until now with one stored under its legacy key (shared with the
      // outlets whose names differ from its only by digits), starts its own from that one, which the others keep.
      const inherited = !before && legacyKey ? await tx.outletProfile.findUnique({ where: { outletKey: legacyKey }, select: RULES }) : null;
      const learnt = learnFromCorrections(before ?? inherited, ofOutlet.flatMap((s) => s.lines), useful);
      if (!learnt) continue;
      changed++;
      if (!before) {
        const created = await tx.outletProfile.create({ data: { outletKey, outlet, ...learnt, createdById: actor.id, updatedById: actor.id }, select: RULES });
        await writeAuditEvent(tx, { actorId: actor.id, action: "outletProfile.create", objectType: "OutletProfile", objectId: created.id, after: { ...created, ...(inherited ? { inheritedFrom: inherited.id } : {}) }, ip: ctx.ip });
      } else {
        const after = await tx.outletProfile.update({ where: { id: before.id }, data: { ...learnt, updatedById: actor.id, version: { increment: 1 } }, select: RULES });
        await writeAuditEvent(tx, { actorId: actor.id, action: "outletProfile.update", objectType: "OutletProfile", objectId: after.id, before, after, ip: ctx.ip });
      }
    }
    return changed;
  });
}

/** Read as the account is now (asConfirmedAccount): an admin demoted meanwhile gets no profile. */
export async function listOutletProfiles(actor: Actor | null) {
  return asConfirmedAccount(actor, "outletProfile.manage", (tx) =>
    tx.outletProfile.findMany({
      orderBy: { outlet: "asc" },
      select: { ...RULES, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
  );
}

/** An admin corrects a profile's patterns; a save over a newer version is refused (CONFLICT with the stored one). */
export async function updateOutletProfile(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "outletProfile.manage");
  const { id, version, furniture, dateHints } = parseInput(outletProfileUpdateSchema, input);
  return getDb().$transaction(async (tx) => {
    await confirmActor(tx, actor, "outletProfile.manage");
    const before = await tx.outletProfile.findUnique({ where: { id }, select: RULES });
    if (!before) throw new AppError("NOT_FOUND", "No such outlet profile.");
    const data = { furniture: normalizePatterns(furniture), dateHints: normalizePatterns(dateHints), updatedById: actor.id, version: { increment: 1 } };
    const { count } = await tx.outletProfile.updateMany({ where: { id, version }, data });
    if (count === 0) throw new AppError("CONFLICT", PROFILE_CONFLICT_MESSAGE, { current: { ...before, furniture: before.furniture.join("\n"), dateHints: before.dateHints.join("\n") } });
    const after = await tx.outletProfile.findUniqueOrThrow({ where: { id }, select: RULES });
    await writeAuditEvent(tx, { actorId: actor.id, action: "outletProfile.update", objectType: "OutletProfile", objectId: id, before, after, ip: ctx.ip });
    return after;
  });
}

export async function deleteOutletProfile(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "outletProfile.manage");
  const { id, version } = parseInput(outletProfileDeleteSchema, input);
  await getDb().$transaction(async (tx) => {
    await confirmActor(tx, actor, "outletProfile.manage");
    const before = await tx.outletProfile.findUnique({ where: { id }, select: RULES });
    if (!before) throw new AppError("NOT_FOUND", "No such outlet profile.");
    const { count } = await tx.outletProfile.deleteMany({ where: { id, version } });
    if (count === 0) throw new AppError("CONFLICT", PROFILE_CONFLICT_MESSAGE, { current: before });
    await writeAuditEvent(tx, { actorId: actor.id, action: "outletProfile.delete", objectType: "OutletProfile", objectId: id, before, ip: ctx.ip });
  });
  return { id };
}
