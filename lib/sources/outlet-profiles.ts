// Outlet profiles as the parser takes them: line shapes an outlet prints as page furniture or as its date line,
// turned into line roles; and what one saved import with corrected roles teaches an outlet's profile. Pure.
import type { LineRole } from "./layout-model";
import { lineKey, roleLookup, type RoledLine, type RoleOverride } from "./line-roles";
import { foldForMatch } from "./normalize";

export type OutletProfileRules = { outletKey: string; outlet: string; furniture: string[]; dateHints: string[] };

/** At most this many shapes of each kind per outlet: a profile is a short list an admin can read. */
export const MAX_PATTERNS = 200;

/**
 * One key per outlet however its name is written ("Tuổi Trẻ", "TUỔI TRẺ", "tuoi tre"). Digits are kept: unlike a
 * line's shape (lineKey), an outlet's name is not meant to match any number, and "VTV1" is not "VTV4".
 */
export function outletKeyOf(outlet: string | null | undefined): string | null {
  const key = outlet ? foldForMatch(outlet).slice(0, 200) : "";
  return key.length > 0 ? key : null;
}

/**
 * The key a profile of this outlet was stored under when outlet keys were line shapes (digits as "#"), if it differs
 * from its key now: such a profile may hold what was learnt from several outlets of one shape ("VTV1", "VTV4") and
 * cannot be told apart, so it is kept and read by each of them until the outlet has a profile of its own.
 */
export function legacyOutletKeyOf(outlet: string | null | undefined): string | null {
  const key = outletKeyOf(outlet);
  if (key === null) return null;
  const legacy = lineKey(outlet!);
  return legacy === key ? null : legacy;
}

/** The profile of an outlet among `byKey` (profiles by outletKey): its own, else a profile stored under its legacy key. */
export function profileOfOutlet<P extends { outletKey: string }>(byKey: ReadonlyMap<string, P>, outlet: string | null | undefined): P | undefined {
  const key = outletKeyOf(outlet);
  if (key === null) return undefined;
  const legacy = legacyOutletKeyOf(outlet);
  return byKey.get(key) ?? (legacy === null ? undefined : byKey.get(legacy));
}

/** A pattern as an admin types it: any line is reduced to its shape, so "5 phút trước" and "# phut truoc" agree. */
export function normalizePatterns(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map(lineKey).filter((p) => p.length > 0))].slice(0, MAX_PATTERNS);
}

/** The roles a profile gives lines, for the parser (the editor's own corrections go after, and win). */
export function profileRoles(profiles: readonly OutletProfileRules[]): RoleOverride[] {
  return profiles.flatMap((p) => [...p.furniture.map((key) => ({ key, role: "furniture" as const })), ...p.dateHints.map((key) => ({ key, role: "date" as const }))]);
}

/** How an article's lines are given roles: a function of the line's text (see roleLookup). */
type RoleFor = (plain: string) => LineRole | undefined;

/**
 * The profile for an article, found by the outlet it names in one map lookup, with the role lookup its lines are then
 * read with (the profile's roles first, the editor's `roles` after: an editor's correction wins). A parse decides for
 * each article as it reads it, so the first articles never wait for the last to be read; each profile's lookup is
 * built once, when an article first names its outlet. Null when the outlet has no profile.
 */
export function profileFinder(profiles: readonly OutletProfileRules[], roles: readonly RoleOverride[]): (outlet: string | null | undefined) => { profile: OutletProfileRules; roleFor: RoleFor | undefined } | null {
  const byKey = new Map(profiles.map((p) => [p.outletKey, p]));
  const lookups = new Map<string, RoleFor | undefined>();
  return (outlet) => {
    const profile = profileOfOutlet(byKey, outlet);
    if (!profile) return null;
    if (!lookups.has(profile.outletKey)) lookups.set(profile.outletKey, roleLookup([...profileRoles([profile]), ...roles]));
    return { profile, roleFor: lookups.get(profile.outletKey) };
  };
}

/**
 * A profile after an import of its outlet was saved with corrected roles: lines marked furniture or date are
 * remembered; a remembered line marked as anything else is forgotten. Only corrections of lines that source
 * holds count. Returns null when nothing changes.
 */
export function learnFromCorrections(
  current: Pick<OutletProfileRules, "furniture" | "dateHints"> | null,
  lines: readonly RoledLine[],
  corrections: readonly RoleOverride[],
): { furniture: string[]; dateHints: string[] } | null {
  const furniture = new Set(current?.furniture ?? []);
  const dateHints = new Set(current?.dateHints ?? []);
  const present = new Set(lines.map((l) => l.key));
  let changed = false;
  const set = (target: Set<string>, key: string, on: boolean) => {
    if (on && !target.has(key)) {
      target.add(key);
      changed = true;
    } else if (!on && target.delete(key)) changed = true;
  };
  for (const { key, role } of corrections) {
    if (!present.has(key) || key.length === 0) continue;
    set(furniture, key, role === "furniture");
    set(dateHints, key, role === "date");
  }
  if (!changed) return null;
  // A full profile keeps its newest shapes (the set keeps the order they were learnt in): cut from the front, what this
  // save taught stays. Cut from the end, a profile some imports had filled refused every later correction unseen, while
  // each save still wrote it again and audited a change that was none.
  const kept = { furniture: [...furniture].slice(-MAX_PATTERNS), dateHints: [...dateHints].slice(-MAX_PATTERNS) };
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, i) => key === b[i]);
  if (current && same(kept.furniture, current.furniture) && same(kept.dateHints, current.dateHints)) return null;
  return kept;
}

export type { LineRole };
