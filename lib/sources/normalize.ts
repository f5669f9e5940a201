// Text normalisation for imports: NFC, whitespace, Vietnamese diacritic folding and the dedup hash.
import { createHash } from "node:crypto";

/** Zero-width characters and the byte-order mark, which never carry meaning in article text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Horizontal whitespace other than a plain space (tab, NBSP, thin/figure/ideographic spaces…). */
const ODD_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Normalise a whole document: NFC, LF line endings, no invisible characters, odd spaces turned
 * into plain spaces. Line structure (including blank lines) is preserved.
 */
export function normalizeText(text: string): string {
  let s = text.normalize("NFC");
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  return s.replace(INVISIBLE, "").replace(ODD_SPACE, " ");
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
  return tidyLine(line.normalize("NFC").replace(INVISIBLE, "").replace(ODD_SPACE, " "));
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
  return foldDiacritics(text)
    .replace(/[^a-z0-9\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The text whose hash identifies an article: NFC, no invisible characters, whitespace folded. */
export function hashableText(body: string): string {
  // Replace only the whitespace that changes (runs and non-space characters): far fewer matches than /\s+/.
  return body.normalize("NFC").replace(INVISIBLE, "").replace(/\s{2,}|[^\S ]/g, " ").trim();
}

/**
 * sha256 (hex) of the whitespace-folded, NFC-normalised body. Two imports of the same cleaned
 * article text give the same hash whatever their line breaks, indentation or spacing.
 */
export function normalizedHash(body: string): string {
  return createHash("sha256").update(hashableText(body), "utf8").digest("hex");
}
