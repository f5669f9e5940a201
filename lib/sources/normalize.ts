// Text normalisation for imports: NFC, whitespace, Vietnamese diacritic folding and the dedup hash.
import { createHash } from "node:crypto";

/** Zero-width characters and the byte-order mark, which never carry meaning in article text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Horizontal whitespace other than a plain space (tab, NBSP, thin/figure/ideographic spaces…). */
const ODD_SPACE = /[\t\v\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/** Either of the above: one scan decides whether the two replacements are needed at all. */
const NEEDS_WORK = /[\t\v\f\u0085\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/;

/**
 * The character-level part of normalisation: NFC, LF line endings, no invisible characters, odd
 * spaces turned into plain spaces. Keeps every line where it was when nothing needed changing.
 */
export function canonicalText(text: string): string {
  let s = text.normalize("NFC");
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  return NEEDS_WORK.test(s) ? s.replace(INVISIBLE, "").replace(ODD_SPACE, " ") : s;
}

/** Runs of spaces become one space. */
export function collapseSpaceRuns(text: string): string {
  return text.includes("  ") ? text.replace(/ {2,}/g, " ") : text;
}

/**
 * Normalise a whole document: canonicalText() plus space runs collapsed (afterwards the only
 * whitespace left is single " " and "\n"). Line structure (including blank lines) is preserved.
 */
export function normalizeText(text: string): string {
  return collapseSpaceRuns(canonicalText(text));
}

/** Collapse every run of whitespace (including newlines) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Trim a line of already normalised text and collapse its inner space runs. */
export function tidyLine(line: string): string {
  const t = line.trim();
  return t.includes("  ") ? t.replace(/ {2,}/g, " ") : t;
}

/** Normalise one line: NFC, invisible characters removed, inner space runs collapsed, trimmed. */
export function normalizeLine(line: string): string {
  const s = line.normalize("NFC");
  return tidyLine(NEEDS_WORK.test(s) ? s.replace(INVISIBLE, "").replace(ODD_SPACE, " ") : s);
}

const foldCache = new Map<string, string>();

/**
 * Lower-case and strip diacritics, Vietnamese included (đ → d), for tolerant comparisons.
 * "Khử trùng GHẾ" → "khu trung ghe".
 */
export function foldDiacritics(text: string): string {
  const cached = text.length <= 300 ? foldCache.get(text) : undefined;
  if (cached !== undefined) return cached;
  const folded = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
  if (text.length <= 300) {
    if (foldCache.size > 5000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/** Folded text reduced to words: punctuation and markup become spaces, runs collapse. */
export function foldForMatch(text: string): string {
  const cached = matchCache.get(text);
  if (cached !== undefined) return cached;
  const folded = foldDiacritics(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (text.length <= 300) {
    if (matchCache.size > 5000) matchCache.clear();
    matchCache.set(text, folded);
  }
  return folded;
}
const matchCache = new Map<string, string>();

/** The text whose hash identifies an article: NFC, no invisible characters, whitespace folded. */
export function hashableText(body: string): string {
  // Replace only the whitespace that changes (runs and non-space characters): far fewer matches than /\s+/.
  return body.normalize("NFC").replace(INVISIBLE, "").replace(/[^\S ]\s*| \s+/g, " ").trim();
}

/**
 * sha256 (hex) of the whitespace-folded, NFC-normalised body. Two imports of the same cleaned
 * article text give the same hash whatever their line breaks, indentation or spacing.
 */
export function normalizedHash(body: string): string {
  let s = body.normalize("NFC");
  if (INVISIBLE.test(s)) s = s.replace(INVISIBLE, "");
  s = s.trim();
  // Same bytes as hashableText(body), fed piecewise so the folded copy of the text is never built.
  const hash = createHash("sha256");
  const runs = /[^\S ]\s*| \s+/g;
  let last = 0;
  for (let m = runs.exec(s); m; m = runs.exec(s)) {
    hash.update(s.slice(last, m.index), "utf8").update(" ", "utf8");
    last = m.index + m[0].length;
  }
  return hash.update(s.slice(last), "utf8").digest("hex");
}

/**
 * normalizedHash(parts.join("\n\n")) without building the joined text, for parts that are already
 * normalised: NFC, no invisible characters, trimmed, single spaces only (cleanArticle's blocks).
 */
export function hashNormalizedParts(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join(" "), "utf8").digest("hex");
}
