// Text comparison for re-anchoring: edit distance, similarity, and listing where a quote (nearly) occurs.
import search from "approx-string-match";

/** Where a quote occurs in a text: [start, end) in UTF-16 code units, with its edit distance. */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
}

/** Levenshtein distance in UTF-16 code units (insertions, deletions and substitutions cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(substitute, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** 1 for equal strings, falling to 0 as the edit distance reaches the longer one's length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** Copy of `text` with every match's code units replaced by U+FFFF, which no quote contains. */
function mask(text: string, matches: readonly QuoteMatch[]): string {
  const sorted = [...matches].sort((x, y) => x.start - y.start);
  let out = "";
  let at = 0;
  for (const m of sorted) {
    if (m.end <= at) continue;
    const from = Math.max(at, m.start);
    out += text.slice(at, from) + "\uFFFF".repeat(m.end - from);
    at = m.end;
  }
  return out + text.slice(at);
}

export interface FindQuoteOptions {
  /** Most edit errors a match may have (0: exact occurrences only). */
  maxErrors: number;
  /** How many approximate searches to run after the exact one; default 4. */
  maxRounds?: number;
  /** Stop searching once this many matches are listed; default 200. */
  maxMatches?: number;
}

/**
 * Every exact occurrence of `quote` in `text`, then approximate matches with up to `maxErrors`
 * errors, best first. approx-string-match reports only the matches with the fewest errors, so
 * each round masks what earlier rounds found and searches again: round n lists the next-best
 * error count. Matches of one round may overlap each other (same place, different ends).
 */
export function findQuoteMatches(text: string, quote: string, options: FindQuoteOptions): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  if (quote.length === 0) return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  const maxErrors = Math.min(Math.floor(options.maxErrors), quote.length - 1);
  const maxMatches = options.maxMatches ?? 200;
  let rest = found.length > 0 ? mask(text, found) : text;
  for (let round = 0; round < (options.maxRounds ?? 4) && maxErrors >= 1 && found.length < maxMatches; round++) {
    const matches = search(rest, quote, maxErrors).filter((m) => m.errors > 0 && m.end > m.start);
    if (matches.length === 0) break;
    found.push(...matches);
    rest = mask(rest, matches);
  }
  return found;
}
