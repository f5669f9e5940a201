// Highlighted text for search results as plain segments: React renders them (escaping every character),
// so a claim's text can never inject markup into the results page.
import { foldDiacritics, foldForMatch } from "@/lib/sources/normalize";

export type Segment = { text: string; match: boolean };

/** The folded words of a query: what the search matches and what gets marked. */
export function queryTerms(q: string): string[] {
  return [...new Set(foldForMatch(q).split(" ").filter(Boolean))];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The text folded one character at a time, with where each folded character starts and ends in the original. */
function foldWithOrigin(text: string) {
  let folded = "";
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  for (const char of text) {
    for (const f of foldDiacritics(char)) {
      folded += f;
      start.push(at);
      end.push(at + char.length);
    }
    at += char.length;
  }
  return { folded, start, end };
}

/**
 * Marks every place where a term begins a word, diacritics ignored ("trieu" marks "Triều"), the way the
 * full-text search matches prefixes. Words found only by trigram similarity (typos) are not marked.
 */
export function highlight(text: string, terms: string[]): Segment[] {
  const { folded, start, end } = foldWithOrigin(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let i = folded.indexOf(term); i !== -1; i = folded.indexOf(term, i + 1)) {
      if (i === 0 || !WORD_CHAR.test(folded[i - 1]!)) ranges.push([start[i]!, end[i + term.length - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const last = segments.at(-1);
    if (from <= at && last?.match) last.text += text.slice(at, to);
    else {
      if (from > at) segments.push({ text: text.slice(at, from), match: false });
      segments.push({ text: text.slice(from, to), match: true });
    }
    at = to;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** A window of at most `max` characters around the first match, cut at spaces, with ellipses where cut. */
export function excerpt(text: string, terms: string[], max = 240): Segment[] {
  if (text.length <= max) return highlight(text, terms);
  const segments = highlight(text, terms);
  let firstMatch = 0;
  for (const segment of segments) {
    if (segment.match) break;
    firstMatch += segment.text.length;
  }
  if (firstMatch >= text.length) firstMatch = 0;
  let from = Math.max(0, Math.min(firstMatch - 60, text.length - max));
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  let to = Math.min(text.length, from + max);
  if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  const window = highlight(text.slice(from, to).trim(), terms);
  return [...(from > 0 ? [{ text: "… ", match: false }] : []), ...window, ...(to < text.length ? [{ text: " …", match: false }] : [])];
}
