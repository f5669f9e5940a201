// The editor's side of matching: run it for a source, accept or dismiss a suggestion, list what it found.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { createAppearance } from "@/lib/claims/add-appearance";
import { Prisma } from "@/generated/prisma/client";
import { computeSuggestions, storeSuggestions } from "./retrieve";
import { matchSourceSchema, suggestionDecisionSchema } from "./schemas";
import { rankCheckWorthy, type Cue } from "./cues";
import { splitSentences, type Sentence } from "./sentences";
import { mapYielding } from "./yielding";
import type { Explanation } from "./score";

/** Matching on demand (the reader's button): new suggestions are stored with one audit event for the run. */
export async function matchSource(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}): Promise<{ stored: number }> {
  assertCan(actor, "claim.edit");
  const { sourceId } = parseInput(matchSourceSchema, input);
  const exists = await getDb().source.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND", "No such source.");
  const rows = await computeSuggestions(sourceId);
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
      await tx.matchSuggestion.update({ where: { id }, data: { state: "ACCEPTED", appearanceId: appearance.id, decidedById: actor.id, decidedAt: new Date() } });
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
    const updated = await tx.matchSuggestion.update({ where: { id }, data: { state: "DISMISSED", decidedById: actor.id, decidedAt: new Date() } });
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
  const sentences = splitSentences(source.body).filter((s) => !overlapsKnown(s));
  // Ranked a slice at a time (a long source's 22,000 sentences took 7 s); a stable sort of the slices' rankings, in
  // text order, is the whole ranking (ties go in text order).
  const slices: Sentence[][] = [];
  for (let i = 0; i < sentences.length; i += RANK_SLICE) slices.push(sentences.slice(i, i + RANK_SLICE));
  const ranked = (await mapYielding(slices, (slice) => rankCheckWorthy(slice))).flat().sort((a, b) => b.score - a.score);
  return {
    suggestions: rows.map(({ claim, explanation, ...row }) => ({ ...row, claimText: claim.text, explanation: explanation as Explanation })),
    candidates: ranked.slice(0, 20).map(({ start, end, text, score, cues }) => ({ start, end, text, score, cues })),
  };
}

const RANK_SLICE = 200;

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
