// Re-anchoring: where an anchor's quote sits in an edited body — by position, quote, fuzzy match, or orphaned.
import { DEFAULT_CONTEXT_LENGTH, describeAnchor, isCodePointBoundary, normalizeBody, snapToCodePoint, type Anchor } from "./selectors";
import { editDistance, findQuoteMatches, similarity, type QuoteMatch } from "./text-diff";

export type ReanchorStatus = "position" | "quote" | "fuzzy" | "orphaned";

/**
 * "position": the quote is still at its offsets; "quote": found word for word elsewhere;
 * "fuzzy": found with edits (the new anchor's exact is the new text). Offsets of the new anchor
 * count in the NFC form of the new body. "orphaned" says why: the anchor has no quote
 * ("invalid"), nothing scored above the threshold ("not-found"), or two places were equally
 * plausible and the context could not tell them apart ("ambiguous"); `score` is then the best
 * candidate's score, if there was one.
 */
export type ReanchorResult =
  | { status: "position" | "quote" | "fuzzy"; anchor: Anchor; score: number }
  | { status: "orphaned"; reason: "invalid" | "not-found" | "ambiguous"; anchor?: undefined; score?: number };

export interface ReanchorOptions {
  /** Most edit errors a fuzzy match may have; default max(1, floor(exact.length * maxErrorRate)). */
  maxErrors?: number;
  /** Share of the quote's length that may be wrong in a fuzzy match; default 0.1. */
  maxErrorRate?: number;
  /** Lowest score (0–1) accepted; default 0.75. */
  threshold?: number;
  /** Candidates scoring within this of the best one are rivals; default 0.03. */
  ambiguityMargin?: number;
  /** Prefix/suffix length of the returned anchor; default 32. */
  contextLength?: number;
  /**
   * Where in the new body the quote is most likely to be (the caller may know how the text around the old offsets
   * moved); default the old start. The search for an edited quote in a long body starts around here.
   */
  near?: number;
}

/**
 * Most characters of quote times characters of body one search for an edited quote may compare (about 0.1 s). A
 * 2,000-character quote searched through a 2,000,000-character body compared 4·10⁹ and held the server's thread for
 * 26 s, once per quote of the source, on every edit of its text. Past the budget, an edited quote is looked for
 * around where it is likely to be: near its old place, and right after its prefix or before its suffix wherever
 * those are found word for word. An unedited quote is still found anywhere (its exact occurrences cost little).
 */
export const FUZZY_CELLS = 16_000_000;
/** Exact occurrences scored at most: the nearest to where the quote is likely to be. */
export const MAX_EXACT = 200;
/** Occurrences of the prefix or the suffix searched around at most, each side. */
const CONTEXT_HITS = 8;

/** Starts of `needle` in `text`, at most `limit` of them, the nearest to `near` (in text order). */
function nearestOccurrences(text: string, needle: string, near: number, limit: number): number[] {
  if (needle.length === 0) return [];
  const starts: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) starts.push(i);
  if (starts.length <= limit) return starts;
  // The nearest `limit` form one run of the sorted starts: slide a window of that many to where it is nearest.
  let from = 0;
  while (from + limit < starts.length && Math.abs(starts[from + limit]! - near) < Math.abs(starts[from]! - near)) from++;
  return starts.slice(from, from + limit);
}

/** Stretches of `body` (merged, in order) to search for an edited quote: all of it when the budget allows. */
function fuzzyWindows(body: string, quote: { exact: string; prefix: string; suffix: string }, near: number, maxErrors: number): [number, number][] {
  const m = quote.exact.length;
  if (body.length * m <= FUZZY_CELLS) return [[0, body.length]];
  const slack = maxErrors + 1;
  const around = Math.max(m + 2 * slack, Math.floor(FUZZY_CELLS / m));
  const start = Math.min(Math.max(0, Math.round(near - (around - m) / 2)), Math.max(0, body.length - around));
  const windows: [number, number][] = [[start, start + around]];
  const hits = Math.min(CONTEXT_HITS, Math.max(1, Math.floor(FUZZY_CELLS / (2 * m * (m + 2 * slack)))));
  for (const p of nearestOccurrences(body, quote.prefix, near, hits)) windows.push([p + quote.prefix.length - slack, p + quote.prefix.length + m + slack]);
  for (const s of nearestOccurrences(body, quote.suffix, near + m, hits)) windows.push([s - m - slack, s + slack]);
  const merged: [number, number][] = [];
  for (const [from, to] of windows.map(([a, b]) => [Math.max(0, a), Math.min(body.length, b)] as [number, number]).sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else if (to > from) merged.push([from, to]);
  }
  return merged;
}

/**
 * Weights of hypothesis's match-quote scoring (quote 50, prefix 20, suffix 20, position 2), with
 * two changes: the quote's weight grows with its length beyond 32 code units, so a long quote
 * vouches for itself while a short one ("Kim Jong Un") needs its context; and context similarity
 * is squared, so a half-matching neighbourhood (a stock phrase before a different sentence)
 * counts for far less than a matching one.
 */
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** Context similarity from which both sides of a candidate count as confirmed. */
const CONFIRMED = 0.9;

interface Candidate extends QuoteMatch {
  score: number;
  prefixSim: number;
  suffixSim: number;
  distance: number;
}

/** How well the text before `start` matches `prefix`; an empty prefix expects a block start. */
function prefixSimilarity(body: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 || body[start - 1] === "\n" ? 1 : 0;
  return similarity(prefix, body.slice(Math.max(0, start - prefix.length), start));
}

/** How well the text after `end` matches `suffix`; an empty suffix expects a block end. */
function suffixSimilarity(body: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === body.length || body[end] === "\n" ? 1 : 0;
  return similarity(suffix, body.slice(end, end + suffix.length));
}

function scoreMatch(body: string, match: QuoteMatch, exact: string, prefix: string, suffix: string, hint: number): Candidate {
  let { start, end, errors } = match;
  if (!isCodePointBoundary(body, start) || !isCodePointBoundary(body, end)) {
    start = snapToCodePoint(body, start, -1);
    end = snapToCodePoint(body, end, 1);
    errors = editDistance(exact, body.slice(start, end));
  }
  const quoteWeight = QUOTE_WEIGHT * Math.max(1, exact.length / DEFAULT_CONTEXT_LENGTH);
  const prefixSim = prefixSimilarity(body, start, prefix);
  const suffixSim = suffixSimilarity(body, end, suffix);
  const distance = Math.abs(start - hint);
  const raw =
    quoteWeight * Math.max(0, 1 - errors / exact.length) +
    CONTEXT_WEIGHT * prefixSim ** 2 +
    CONTEXT_WEIGHT * suffixSim ** 2 +
    POSITION_WEIGHT * (1 - Math.min(1, distance / Math.max(1, body.length)));
  const score = raw / (quoteWeight + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT);
  return { start, end, errors, score, prefixSim, suffixSim, distance };
}

const overlaps = (a: QuoteMatch, b: QuoteMatch): boolean => a.start < b.end && b.start < a.end;
const confirmed = (c: Candidate): boolean => c.prefixSim >= CONFIRMED && c.suffixSim >= CONFIRMED;

/** Best first: score, then fewer errors, then nearer the old position. */
function byRank(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.errors - b.errors || a.distance - b.distance;
}

type Choice = { candidate: Candidate } | { reason: "not-found" | "ambiguous"; score?: number };

/**
 * The candidate to move to, if one is good enough and clearly the one. When a rival scores
 * within `margin` of the best, the best is kept only if both have confirmed context on both
 * sides (the same passage twice: fewer errors, then nearness to the old position decides);
 * otherwise the context does not tell them apart and nothing is chosen.
 */
function choose(candidates: Candidate[], threshold: number, margin: number): Choice {
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort(byRank)) {
    if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  }
  const [best, rival] = kept;
  if (!best || best.score < threshold) return { reason: "not-found", score: best?.score };
  if (rival && best.score - rival.score < margin && !(confirmed(best) && confirmed(rival))) {
    return { reason: "ambiguous", score: best.score };
  }
  return { candidate: best };
}

/**
 * Finds `anchor` again in `newBody`. Body, quote and context are compared in NFC, so NFC and NFD
 * input are the same text. Steps: (1) the quote is still at its offsets and occurs nowhere else
 * → "position"; (2) the exact occurrences are scored on prefix/suffix similarity and distance
 * to the old offsets, and the best is taken if its context is confirmed on both sides and no
 * other occurrence rivals it; (3) otherwise exact occurrences and approximate matches within
 * the error budget compete on quote errors, context and distance, and the best is taken if it
 * clears the threshold and no rival comes within the margin. The result is "position" for the
 * exact quote at the old start, "quote" for the exact quote elsewhere, "fuzzy" for edited text;
 * anything else is "orphaned": the anchor never moves onto words it cannot vouch for.
 */
export function reanchor(newBody: string, anchor: Anchor, options: ReanchorOptions = {}): ReanchorResult {
  const body = normalizeBody(newBody);
  const exact = normalizeBody(anchor.quote.exact);
  const prefix = normalizeBody(anchor.quote.prefix);
  const suffix = normalizeBody(anchor.quote.suffix);
  if (exact.length === 0) return { status: "orphaned", reason: "invalid" };
  const { start } = anchor.position;
  const hint = Number.isFinite(start) ? start : 0;
  const contextLength = options.contextLength ?? DEFAULT_CONTEXT_LENGTH;
  const threshold = options.threshold ?? 0.75;
  const margin = options.ambiguityMargin ?? 0.03;
  const maxErrors = options.maxErrors ?? Math.max(1, Math.floor(exact.length * (options.maxErrorRate ?? 0.1)));
  const score = (m: QuoteMatch): Candidate => scoreMatch(body, m, exact, prefix, suffix, hint);
  const found = (c: Candidate, status: "position" | "quote" | "fuzzy"): ReanchorResult => ({
    status,
    anchor: describeAnchor(body, c.start, c.end, contextLength),
    score: c.score,
  });

  // 1. Still at its offsets, and nowhere else to be confused with.
  const atPosition = Number.isInteger(start) && start >= 0 && body.startsWith(exact, start);
  if (atPosition && body.indexOf(exact) === start && body.indexOf(exact, start + 1) === -1) {
    return found(score({ start, end: start + exact.length, errors: 0 }), "position");
  }

  // 2. Word for word elsewhere, where the context confirms it and no other occurrence rivals it.
  const near = Number.isFinite(options.near) ? options.near! : hint;
  const exactMatches = nearestOccurrences(body, exact, near, MAX_EXACT).map((at) => score({ start: at, end: at + exact.length, errors: 0 }));
  const exactOnly = choose(exactMatches, threshold, margin);
  if ("candidate" in exactOnly && confirmed(exactOnly.candidate)) {
    return found(exactOnly.candidate, exactOnly.candidate.start === start ? "position" : "quote");
  }

  // 3. Otherwise exact occurrences and approximate matches compete on quote, context and position.
  const approximate = fuzzyWindows(body, { exact, prefix, suffix }, near, maxErrors).flatMap(([from, to]) =>
    findQuoteMatches(body.slice(from, to), exact, { maxErrors })
      .filter((m) => m.errors > 0)
      .map((m) => score({ start: m.start + from, end: m.end + from, errors: m.errors })),
  );
  const candidates = [...exactMatches, ...approximate];
  const choice = choose(candidates, threshold, margin);
  if ("reason" in choice) return { status: "orphaned", reason: choice.reason, score: choice.score };
  const best = choice.candidate;
  if (best.errors > 0) return found(best, "fuzzy");
  return found(best, best.start === start ? "position" : "quote");
}
