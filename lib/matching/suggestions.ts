// The editor's side of matching: run it for a source, accept or dismiss a suggestion, list what it found.
import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { createAppearance } from "@/lib/claims/add-appearance";
import { Prisma } from "@/generated/prisma/client";
import { computeSuggestions, storeSuggestions } from "./retrieve";
import { matchSourceSchema, suggestionDecisionSchema } from "./schemas";
import type { Cue } from "./cues";
import { rankedCheckWorthy } from "./check-worthy-cache";
import { inAccountTurn } from "./account-turns";
import { takeInFlightSlot } from "@/lib/http/in-flight";
import type { Explanation } from "./score";

export const MATCHING_UNDER_WAY = "Matching you started is still running. Wait for it to finish, then try again.";

/**
 * Matching on demand (the reader's button): new suggestions are stored with one audit event for the run. One run per
 * account at a time, in the account's turn with its reader rankings (account-turns.ts): a source of 2,000,000
 * characters takes seconds of the server's thread to match, and a burst of clicks (or of posts) ran them all at once.
 */
export async function matchSource(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}): Promise<{ stored: number }> {
  assertCan(actor, "claim.edit");
  const { sourceId } = parseInput(matchSourceSchema, input);
  const exists = await getDb().source.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND", "No such source.");
  const release = takeInFlightSlot(`matching:${actor.id}`, 1);
  if (!release) throw new AppError("RATE_LIMITED", MATCHING_UNDER_WAY);
  let rows: Awaited<ReturnType<typeof computeSuggestions>>;
  try {
    rows = await inAccountTurn(actor.id, () => computeSuggestions(sourceId));
  } finally {
    release();
  }
  return getDb().$transaction(async (tx) => {
    const stored = await storeSuggestions(tx, rows);
    await writeAuditEvent(tx, { actorId: actor.id, action: "source.match", objectType: "Source", objectId: sourceId, after: { suggestions: stored }, ip: ctx.ip });
    return { stored };
  });
}

/** A suggestion still open, locked for the decision; anything else is a conflict (someone decided first). */
async function openSuggestion(tx: Prisma.TransactionClient, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "MatchSuggestion" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!rows.length) throw new AppError("NOT_FOUND", "No such suggestion.");
  const suggestion = await tx.matchSuggestion.findUniqueOrThrow({ where: { id } });
  if (suggestion.state !== "SUGGESTED") throw new AppError("CONFLICT", "This suggestion was already decided.", { current: { state: suggestion.state } });
  return suggestion;
}

/**
 * Accepting makes the sentence an ordinary appearance of the claim, anchored with the same W3C selectors and
 * checks as a manual selection (createAppearance); it enters the claim's next revision like any other.
 */
export async function acceptMatchSuggestion(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const { id } = parseInput(suggestionDecisionSchema, input);
  try {
    return await getDb().$transaction(async (tx) => {
      const suggestion = await openSuggestion(tx, id);
      const appearance = await createAppearance(tx, actor, { claimId: suggestion.claimId, sourceId: suggestion.sourceId, start: suggestion.start, end: suggestion.end, exact: suggestion.exact }, ctx);
      await tx.matchSuggestion.update({ where: { id }, data: { state: "ACCEPTED", appearanceId: appearance.id, decidedById: actor.id, decidedAt: await databaseNow(tx) } });
      await writeAuditEvent(tx, { actorId: actor.id, action: "matchSuggestion.accept", objectType: "MatchSuggestion", objectId: id, after: { claimId: suggestion.claimId, sourceId: suggestion.sourceId, appearanceId: appearance.id, score: suggestion.score }, ip: ctx.ip });
      return appearance;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "This quote is already an appearance of the claim.");
    throw error;
  }
}

/** Dismissing is remembered: the same sentence is never suggested for the same claim again. */
export async function dismissMatchSuggestion(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const { id } = parseInput(suggestionDecisionSchema, input);
  return getDb().$transaction(async (tx) => {
    const suggestion = await openSuggestion(tx, id);
    const updated = await tx.matchSuggestion.update({ where: { id }, data: { state: "DISMISSED", decidedById: actor.id, decidedAt: await databaseNow(tx) } });
    await writeAuditEvent(tx, { actorId: actor.id, action: "matchSuggestion.dismiss", objectType: "MatchSuggestion", objectId: id, after: { claimId: suggestion.claimId, sourceId: suggestion.sourceId, score: suggestion.score }, ip: ctx.ip });
    return updated;
  });
}

export type SourceSuggestion = { id: string; claimId: string; claimText: string; start: number; end: number; exact: string; score: number; explanation: Explanation };
export type CheckWorthyCandidate = { start: number; end: number; text: string; score: number; cues: Cue[] };

/**
 * The reader's margin: open suggestions of the source's current text, and its check-worthy sentences that
 * state no known claim (no appearance, no open or accepted suggestion), ranked.
 */
export async function listSourceMatching(actor: Actor | null, sourceId: string): Promise<{ suggestions: SourceSuggestion[]; candidates: CheckWorthyCandidate[] }> {
  assertCan(actor, "claim.read");
  const db = getDb();
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { body: true, bodyVersion: true } });
  if (!source) throw new AppError("NOT_FOUND", "No such source.");
  const [rows, taken, appearances] = await Promise.all([
    db.matchSuggestion.findMany({
      where: { sourceId, state: "SUGGESTED", bodyVersion: source.bodyVersion },
      select: { id: true, claimId: true, start: true, end: true, exact: true, score: true, explanation: true, claim: { select: { text: true } } },
      orderBy: [{ start: "asc" }, { score: "desc" }],
    }),
    db.matchSuggestion.findMany({ where: { sourceId, state: { in: ["SUGGESTED", "ACCEPTED"] } }, select: { start: true, end: true } }),
    db.appearance.findMany({ where: { sourceId }, select: { start: true, end: true } }),
  ]);
  const overlapsKnown = overlapTest([...taken, ...appearances]);
  // The whole body's ranking, kept per body version; what the desk already knows is left out afterwards (filtering
  // keeps the order, so this is the ranking of the unknown sentences).
  const ranked = await rankedCheckWorthy(actor.id, { id: sourceId, bodyVersion: source.bodyVersion, body: source.body });
  const candidates: CheckWorthyCandidate[] = [];
  for (const s of ranked) {
    if (candidates.length === 20) break;
    if (!overlapsKnown(s)) candidates.push({ start: s.start, end: s.end, text: s.text, score: s.score, cues: s.cues });
  }
  return {
    suggestions: rows.map(({ claim, explanation, ...row }) => ({ ...row, claimText: claim.text, explanation: explanation as Explanation })),
    candidates,
  };
}

/**
 * Whether a span overlaps any of `spans`: spans sorted by start with the furthest end so far, found by a binary search
 * (a sentence against every suggestion and appearance of a long source was quadratic).
 */
export function overlapTest(spans: { start: number; end: number }[]): (span: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const span of sorted) furthest.push(Math.max(span.end, furthest.at(-1) ?? -Infinity));
  return ({ start, end }) => {
    // The last span starting before `end`; any earlier one reaching past `start` overlaps.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1]! > start;
  };
}

/** The claim page's "possible appearances in other sources": open suggestions of the claim, best first. */
export async function listPossibleAppearances(actor: Actor | null, claimId: string) {
  assertCan(actor, "claim.read");
  const rows = await getDb().matchSuggestion.findMany({
    where: { claimId, state: "SUGGESTED" },
    select: { id: true, sourceId: true, start: true, end: true, exact: true, score: true, explanation: true, source: { select: { title: true, outlet: true } } },
    orderBy: [{ score: "desc" }, { createdAt: "asc" }],
    take: 100,
  });
  return rows.map(({ explanation, ...row }) => ({ ...row, explanation: explanation as Explanation }));
}
