// Dossier splitting: finds a table of contents and cuts the text into one article per entry, matching titles tolerantly.
import { isFurnitureLine, stripInline } from "./clean";
import { parseDateLine } from "./dates";
import { lookupAgency } from "./metadata";
import { foldForMatch, normalizeLine, tidyLine } from "./normalize";

export interface DossierSegment {
  /** 1-based position of the article in the table of contents; null for an article the TOC does not list. */
  index: number | null;
  tocTitle: string | null;
  headingTitle: string;
  /** The better attested of the TOC title and the article heading (they sometimes carry typos). */
  title: string;
  /** Offsets in the input text: the heading line starts at `start`, the body at `bodyStart`; `end` is exclusive. */
  start: number;
  bodyStart: number;
  end: number;
  warnings: string[];
}
export interface SplitResult {
  dossierTitle: string | null;
  tocTitles: string[];
  segments: DossierSegment[];
  /** Problems with the dossier as a whole (e.g. a TOC entry without an article). */
  warnings: string[];
}

interface SrcLine {
  start: number;
  next: number;
  raw: string;
  /** Plain text and its folded form, computed when first needed. */
  text?: string;
  folded?: string;
  /** The folded form's words, for a table of contents' entry compared with many lines. */
  words?: Set<string>;
}

function plainOf(l: SrcLine): string {
  l.text ??= l.raw.length > 300 ? l.raw : tidyLine(stripInline(LIST_ITEM.test(l.raw) ? l.raw.replace(/^(?:[-*•]|\d{1,3}[.)])\s+/, "") : l.raw));
  return l.text;
}

function folded(l: SrcLine): string {
  l.folded ??= l.raw.length <= 300 ? foldForMatch(plainOf(l)) : "";
  return l.folded;
}

const LINK_ONLY = /^\**\[[^\]\n]+\]\([^)\n]*\)\**$/;
const HASH = /^#{1,6}\s/;
const LIST_ITEM = /^(?:[-*•]|\d{1,3}[.)])\s+\S/;
const CAPTURE = /^capture à partir de\b/i;

function toLines(text: string, normalized: boolean): SrcLine[] {
  const out: SrcLine[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end);
    // Long lines are never titles; the tests on `raw` only need its ends trimmed (plainOf tidies the rest).
    const raw = line.length > 320 ? line : normalized ? (line.charCodeAt(0) === 32 || line.charCodeAt(line.length - 1) === 32 ? line.trim() : line) : normalizeLine(line);
    if (raw.length > 0) out.push({ start: pos, next: nl === -1 ? text.length : nl + 1, raw });
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out;
}

/**
 * Edit distance of a and b, or any number above `most` once the distance is sure to exceed it: only the cells within
 * `most` of the diagonal can hold a distance that small, and a row all above it ends the count (a table of contents'
 * entry is compared with every heading below it, and most of them are far from it).
 */
export function levenshtein(a: string, b: string, most = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  const over = most + 1;
  let prev = new Uint16Array(b.length + 1).map((_, j) => Math.min(j, over));
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - most);
    const to = Math.min(b.length, i + most);
    cur[from - 1] = from === 1 ? Math.min(i, over) : over;
    const ca = a.charCodeAt(i - 1);
    let rowLeast = cur[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const cell = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost, over);
      cur[j] = cell;
      if (cell < rowLeast) rowLeast = cell;
    }
    if (to < b.length) cur[to + 1] = over;
    if (rowLeast > most) return over;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** Similarity in [0, 1] of two titles after folding diacritics, case and punctuation (normalised Levenshtein). */
export function titleSimilarity(a: string, b: string): number {
  return foldedSimilarity(foldForMatch(a), foldForMatch(b));
}

/**
 * (`xWords`: x's words, when the caller keeps them; `least`: the similarity the caller asks for, below which any
 * answer under it will do, so the edit distance is counted only as far as it matters)
 */
function foldedSimilarity(x: string, y: string, xWords?: ReadonlySet<string>, least = 0): number {
  if (x === y) return x.length > 0 ? 1 : 0;
  const longest = Math.max(x.length, y.length);
  if (x.length === 0 || y.length === 0 || Math.abs(x.length - y.length) / longest > 0.35) return 0;
  const tx = xWords ?? new Set(x.split(" "));
  const ty = y.split(" ");
  const shared = ty.filter((t) => tx.has(t)).length;
  if ((2 * shared) / (tx.size + ty.length) < 0.4) return 0;
  return Math.max(0, 1 - levenshtein(x, y, Math.floor((1 - least) * longest)) / longest);
}

type Shape = "link" | "list" | "plain";
function tocShape(l: SrcLine): Shape | null {
  if (HASH.test(l.raw) || l.raw.length > 250) return null;
  if (LINK_ONLY.test(l.raw)) return "link";
  if (LIST_ITEM.test(l.raw)) return "list";
  const plain = plainOf(l);
  return /[.:;,]$/.test(plain) || plain.length > 200 ? null : "plain";
}

/** A heading whose next lines are a dateline, a capture source or an agency: the start of an article. */
function startsArticle(lines: SrcLine[], h: number): boolean {
  for (let k = h + 1; k < Math.min(lines.length, h + 5); k++) {
    const l = lines[k] as SrcLine;
    if (HASH.test(l.raw) || LINK_ONLY.test(l.raw) || l.raw.startsWith("**")) return false;
    const p = plainOf(l);
    if (CAPTURE.test(p) || parseDateLine(p) || (p.length <= 40 && lookupAgency(p))) return true;
  }
  return false;
}

/** Of two spellings of a title, the one whose word pairs the article body actually uses (ties: the heading). */
function attestedTitle(heading: string, toc: string, body: string): string {
  const lower = body.toLowerCase();
  const score = (title: string): number => {
    const words = title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    let n = 0;
    for (let i = 1; i < words.length; i++) if (lower.includes(`${words[i - 1]} ${words[i]}`)) n++;
    return n;
  };
  return score(toc) > score(heading) ? toc : heading;
}

/** Whether line k, below line `pos`, spells the table of contents' entry (a similarity of `min` at least). */
function fits(lines: readonly SrcLine[], entry: SrcLine, k: number, pos: number, min: number): boolean {
  const cand = lines[k] as SrcLine;
  if (k <= pos || Math.abs(cand.raw.length - entry.raw.length) > 0.5 * Math.max(cand.raw.length, entry.raw.length)) return false;
  const [x, y] = [folded(entry), folded(cand)];
  // (the edit distance is never under the lengths' difference: a pair whose lengths alone keep it under `min` is
  // not compared; the entry's words are read once for every line it is compared with)
  if (x !== y && x.length > 0 && y.length > 0 && 1 - Math.abs(x.length - y.length) / Math.max(x.length, y.length) < min) return false;
  entry.words ??= new Set(x.split(" "));
  return foldedSimilarity(x, y, entry.words, min) >= min;
}

/**
 * Detect a dossier (a table of contents, then the articles) and cut it into articles; null when not a dossier.
 * Pass `normalized: true` when canonicalText(text) === text (faster); offsets always refer to `text`.
 */
export function splitDossier(text: string, normalized = false): SplitResult | null {
  const lines = toLines(text, normalized);
  let i = 0;
  const preamble: string[] = [];
  // Up to a few lines of title (# …) or page furniture may stand above the table of contents.
  for (; i < lines.length && i < 5; i++) {
    const l = lines[i] as SrcLine;
    if (HASH.test(l.raw)) preamble.push(plainOf(l));
    else if (!isFurnitureLine(plainOf(l))) break;
  }
  const first = lines[i];
  const shape = first ? tocShape(first) : null;
  if (!shape) return null;
  const toc: SrcLine[] = [];
  while (i < lines.length && tocShape(lines[i] as SrcLine) === shape) toc.push(lines[i++] as SrcLine);
  if (toc.length < 3) return null;

  const strong: number[] = [];
  const weak: number[] = [];
  for (let k = i; k < lines.length; k++) {
    const l = lines[k] as SrcLine;
    if (l.raw.length > 300) continue;
    if (HASH.test(l.raw) || LINK_ONLY.test(l.raw) || (l.raw.startsWith("**") && l.raw.endsWith("**"))) strong.push(k);
    else if (l.raw.length <= 220 && !/[.:;,]$/.test(l.raw) && tocShape(l) === "plain") weak.push(k);
  }
  const matched: { line: number; entry: number }[] = [];
  const warnings: string[] = [];
  let pos = i - 1;
  // Whether a line starts an article, asked once per line however many entries are matched against it.
  const starts = new Map<number, boolean>();
  const startsAt = (k: number): boolean => {
    let known = starts.get(k);
    if (known === undefined) starts.set(k, (known = startsArticle(lines, k)));
    return known;
  };
  // Each entry is compared only with the lines below the last match (`pos` only moves down), each line once: the first
  // heading that fits and starts an article, else the first heading that fits; a plain line needs a dateline or
  // source below it.
  const below = (candidates: readonly number[]): number => {
    let lo = 0;
    for (let hi = candidates.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if ((candidates[mid] as number) <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const needed = Math.max(2, Math.ceil(toc.length / 2));
  for (const [e, entry] of toc.entries()) {
    // too few entries left to reach the matches a dossier needs: not a dossier, whatever the rest would match
    if (matched.length + (toc.length - e) < needed) return null;
    const first = below(strong);
    let found: number | undefined;
    for (let at = first; at < strong.length && found === undefined; at++) {
      const k = strong[at] as number;
      if (startsAt(k) && fits(lines, entry, k, pos, 0.8)) found = k;
    }
    for (let at = first; at < strong.length && found === undefined; at++) {
      const k = strong[at] as number;
      if (fits(lines, entry, k, pos, 0.8)) found = k;
    }
    if (found === undefined) {
      for (let at = below(weak); at < weak.length; at++) {
        const k = weak[at] as number;
        if (fits(lines, entry, k, pos, 0.85) && startsAt(k)) {
          found = k;
          break;
        }
      }
    }
    if (found === undefined) {
      warnings.push(`table of contents entry ${e + 1} "${plainOf(entry)}" has no matching article`);
      continue;
    }
    matched.push({ line: found, entry: e });
    pos = found;
  }
  if (matched.length < needed) return null;

  // Articles the TOC forgot: a heading followed by a dateline or capture source, matching no entry.
  const taken = new Set(matched.map((m) => m.line));
  for (const k of strong) {
    if (k > (matched[0]?.line ?? 0) && !taken.has(k) && startsAt(k)) {
      matched.push({ line: k, entry: -1 });
      warnings.push(`article "${plainOf(lines[k] as SrcLine)}" is not listed in the table of contents`);
    }
  }
  matched.sort((a, b) => a.line - b.line);
  if ((matched[0]?.line ?? i) > i) warnings.push("text between the table of contents and the first article was ignored");

  const segments = matched.map((m, n): DossierSegment => {
    const head = lines[m.line] as SrcLine;
    const nextHead = matched[n + 1];
    const end = nextHead ? (lines[nextHead.line] as SrcLine).start : text.length;
    const tocLine = m.entry >= 0 ? (toc[m.entry] as SrcLine) : null;
    const segWarnings: string[] = [];
    let title = plainOf(head);
    if (tocLine && plainOf(tocLine) !== plainOf(head)) {
      title = attestedTitle(plainOf(head), plainOf(tocLine), text.slice(head.next, end));
      segWarnings.push(`table of contents title "${plainOf(tocLine)}" differs from the article heading "${plainOf(head)}"; using "${title}"`);
    }
    if (!tocLine) segWarnings.push("article not listed in the table of contents");
    return {
      index: m.entry >= 0 ? m.entry + 1 : null,
      tocTitle: (tocLine && plainOf(tocLine)) ?? null,
      headingTitle: plainOf(head),
      title,
      start: head.start,
      bodyStart: head.next,
      end,
      warnings: segWarnings,
    };
  });
  return { dossierTitle: preamble[0] ?? null, tocTitles: toc.map(plainOf), segments, warnings };
}
