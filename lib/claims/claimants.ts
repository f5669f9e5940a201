// Claimants and their aliases: one claimant for "Kim Jong Un", "Kim Jong-un" and "ông Kim".
import "server-only";
import { readListText } from "@/lib/list-filters";
import { getDb, type Tx } from "@/lib/db/client";
import { TEXT_LOCK_SPACES } from "@/lib/db/text-locks";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { foldDiacritics } from "@/lib/sources/normalize";
import { claimantSchema, type CLAIMANT_KINDS } from "./schemas";
import { claimsUnderReview, underReviewNaming } from "./under-review";
import { hasCyrillicOrGreek, latinLookAlike } from "./name-scripts";
import { z } from "zod";

type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

/** "Kim Jong-un", "kim jong un" and "KIM JONG UN" fold to the same key. */
export function aliasKey(name: string): string {
  return foldDiacritics(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The key a name shares with every name it looks like (name-scripts.ts): "ТАЅЅ" (Cyrillic) and "TASS" share "tass". */
export function lookAlikeKey(name: string): string {
  return aliasKey(latinLookAlike(name));
}

/** Said when a new name would only look like another claimant's (it names that claimant, by the alias it imitates). */
export const lookAlikeMessage = (alias: string) => `Looks like another claimant's name: ${alias}`;

/**
 * An alias of a claimant other than `claimantId` that `names` look like without folding to it: a Cyrillic or Greek
 * spelling whose every letter imitates a Latin one ("РЕРЅІСО" for "PEPSICO"), or a Latin name that such a spelling
 * on the desk imitates. A Latin alias's look-alike key is its folded key, so it is found by the unique index; the
 * aliases holding Cyrillic or Greek letters are compared here. Null when there is none.
 */
async function lookAlikeOf(tx: Tx, names: string[], claimantId: string | null): Promise<string | null> {
  const wanted = new Map(names.map((name) => [lookAlikeKey(name), aliasKey(name)]));
  const keys = [...wanted.keys()].filter(Boolean);
  if (!keys.length) return null;
  const rows = await tx.$queryRaw<{ alias: string; aliasFolded: string; claimantId: string }[]>`
    SELECT a.alias, a."aliasFolded", a."claimantId"::text AS "claimantId" FROM "ClaimantAlias" a
    WHERE a."aliasFolded" = ANY(${keys}::text[]) OR a."aliasFolded" ~ '[\u0370-\u03FF\u0400-\u052F]'`;
  for (const row of rows) {
    if (row.claimantId === claimantId) continue;
    const key = hasCyrillicOrGreek(row.alias) ? lookAlikeKey(row.alias) : row.aliasFolded;
    const folded = wanted.get(key);
    // The same folded key is the same name (found by its alias, not here).
    if (folded !== undefined && folded !== row.aliasFolded) return row.alias;
  }
  return null;
}

export const UNKNOWN_CLAIMANT = "No claimant has this name. Choose one from the list, or add it as a new claimant with its kind.";

/**
 * Serialises the creation of claimants under these folded names for the rest of the transaction: of two editors
 * adding the same new name at once, the second waits and finds the first one's claimant instead of failing on the
 * alias's unique key.
 */
async function lockAliasKeys(tx: Tx, names: string[]): Promise<void> {
  // A look-alike key is locked too: "TASS" and "ТАЅЅ" added at once take turns, and the second sees the first.
  const locks = [...new Set(names.flatMap((name) => [`claimant-alias:${aliasKey(name)}`, `claimant-look-alike:${lookAlikeKey(name)}`]))].sort();
  for (const lock of locks) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TEXT_LOCK_SPACES.claimantName}::int4, hashtext(${lock}))`;
}

/**
 * The claimant that stands for `id` (following merges), share-locked until the transaction ends: a merge of it waits
 * for the claim being written to name it, or the claim waits for the merge and names the survivor.
 */
async function standingClaimant(tx: Tx, id: string): Promise<string> {
  let current = id;
  for (let depth = 0; depth < 50; depth++) {
    const [row] = await tx.$queryRaw<{ mergedIntoId: string | null }[]>`SELECT "mergedIntoId" FROM "Claimant" WHERE id = ${current}::uuid FOR SHARE`;
    if (!row) throw new AppError("NOT_FOUND", "No such claimant.");
    if (!row.mergedIntoId) return current;
    current = row.mergedIntoId;
  }
  throw new AppError("CONFLICT", "This claimant was already merged.");
}

/**
 * The claimant answering to this name (following merges). A name the desk does not know is created only when its
 * kind is given, the editor's explicit choice: a typo never becomes a new claimant.
 */
export async function resolveClaimant(tx: Tx, name: string, kind: ClaimantKind | undefined, actorId: string | null, ip?: string): Promise<string> {
  const key = aliasKey(name);
  await lockAliasKeys(tx, [name]);
  const alias = await tx.claimantAlias.findUnique({ where: { aliasFolded: key }, select: { claimantId: true } });
  if (alias) return standingClaimant(tx, alias.claimantId);
  if (!kind) throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { claimantName: [UNKNOWN_CLAIMANT] } });
  const imitated = await lookAlikeOf(tx, [name], null);
  if (imitated) throw new AppError("INVALID", "Some fields need attention.", { fieldErrors: { claimantName: [lookAlikeMessage(imitated)] } });
  const claimant = await tx.claimant.create({ data: { name: name.trim(), kind, aliases: { create: { alias: name.trim(), aliasFolded: key } } }, select: { id: true, name: true, kind: true } });
  await writeAuditEvent(tx, { actorId, action: "claimant.create", objectType: "Claimant", objectId: claimant.id, after: claimant, ip });
  return claimant.id;
}

export async function createClaimant(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const { name, kind, aliases } = parseInput(claimantSchema, input);
  // One alias per folded key; the first spelling given (the name itself first) is the one kept.
  const byKey = new Map<string, string>();
  for (const alias of [name, ...aliases]) if (!byKey.has(aliasKey(alias))) byKey.set(aliasKey(alias), alias);
  const keys = [...byKey.entries()];
  return getDb().$transaction(async (tx) => {
    await lockAliasKeys(tx, keys.map(([, alias]) => alias));
    const taken = await tx.claimantAlias.findMany({ where: { aliasFolded: { in: keys.map(([k]) => k) } }, select: { alias: true } });
    if (taken.length) {
      throw new AppError("CONFLICT", "Another claimant already has this name.", { fieldErrors: { aliases: [`Already used: ${taken.map((t) => t.alias).join(", ")}`] } });
    }
    const imitated = await lookAlikeOf(tx, keys.map(([, alias]) => alias), null);
    if (imitated) throw new AppError("CONFLICT", "Another claimant already has this name.", { fieldErrors: { aliases: [lookAlikeMessage(imitated)] } });
    const claimant = await tx.claimant.create({
      data: { name, kind, aliases: { create: keys.map(([aliasFolded, alias]) => ({ alias, aliasFolded })) } },
      include: { aliases: true },
    });
    await writeAuditEvent(tx, { actorId: actor.id, action: "claimant.create", objectType: "Claimant", objectId: claimant.id, after: { name, kind, aliases }, ip: ctx.ip });
    return claimant;
  });
}

export async function searchClaimants(actor: Actor | null, query: string, limit = 10) {
  assertCan(actor, "claim.read");
  const key = aliasKey(query);
  if (!key) return [];
  return getDb().$queryRaw<{ id: string; name: string; kind: string; alias: string; score: number }[]>`
    SELECT DISTINCT ON (c.id) c.id, c.name, c.kind::text AS kind, a.alias, word_similarity(${key}, a."aliasFolded") AS score
    FROM "ClaimantAlias" a JOIN "Claimant" c ON c.id = a."claimantId"
    WHERE c."mergedIntoId" IS NULL AND (${key} <% a."aliasFolded" OR a."aliasFolded" LIKE ${`${key}%`})
    ORDER BY c.id, score DESC
    LIMIT ${limit}`;
}

const mergeSchema = z.object({ fromId: z.uuid(), intoId: z.uuid() }).refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "Choose another claimant." });

/** Merges a claimant into another: its aliases and claims move, the old record points at the survivor. */
export async function mergeClaimants(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const { fromId, intoId } = parseInput(mergeSchema, input);
  return getDb().$transaction(async (tx) => {
    // Both locked, in a fixed order: two merges of one pair (either way round, or in a chain) take turns, and the
    // second reads what the first left; unlocked, "A into B" and "B into A" at once each merged its claimant away.
    await tx.$queryRaw`SELECT id FROM "Claimant" WHERE id IN (${fromId}::uuid, ${intoId}::uuid) ORDER BY id FOR UPDATE`;
    const from = await tx.claimant.findUnique({ where: { id: fromId } });
    const into = await tx.claimant.findUnique({ where: { id: intoId } });
    if (!from || !into) throw new AppError("NOT_FOUND", "No such claimant.");
    if (from.mergedIntoId || into.mergedIntoId) throw new AppError("CONFLICT", "This claimant was already merged.");
    // The claims that would change claimant, locked (in a fixed order) before looking for open proposals: a claim
    // under review keeps the claimant its reviewer sees, so the merge waits until those proposals are decided.
    const claims = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Claim" WHERE "claimantId" = ${fromId}::uuid ORDER BY id FOR UPDATE`;
    const frozen = await claimsUnderReview(tx, claims.map((c) => c.id));
    if (frozen.length) throw new AppError("CONFLICT", underReviewNaming(frozen.map((c) => c.text)));
    await tx.claimantAlias.updateMany({ where: { claimantId: fromId }, data: { claimantId: intoId } });
    const moved = await tx.claim.updateMany({ where: { claimantId: fromId }, data: { claimantId: intoId } });
    await tx.claimant.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
    await writeAuditEvent(tx, { actorId: actor.id, action: "claimant.merge", objectType: "Claimant", objectId: fromId, before: { name: from.name }, after: { mergedIntoId: intoId, claimsMoved: moved.count }, ip: ctx.ip });
    return { claimsMoved: moved.count };
  });
}

/** Claimants for the workbench list: search by any alias without diacritics, with their claim counts. */
export async function listClaimants(actor: Actor | null, query: unknown = "") {
  assertCan(actor, "claim.read");
  const key = aliasKey(readListText(query));
  return getDb().claimant.findMany({
    where: { mergedIntoId: null, ...(key ? { aliases: { some: { aliasFolded: { contains: key } } } } : {}) },
    orderBy: { name: "asc" },
    take: 200,
    select: { id: true, name: true, kind: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } }, _count: { select: { claims: true } } },
  });
}
