// Text normalisation for imports: NFC, whitespace, Vietnamese diacritic folding and the dedup hash.
import { createHash } from "node:crypto";

/**
 * The letters Vietnamese writes beyond a–z, in either case, as one class: the marked vowels (precomposed, U+1EA0–U+1EF9
 * and the Latin-1 and Latin Extended-A ones: "à", "ã", "ĩ", "ơ"), "đ", and the marks a decomposed copy writes after
 * its base letter (grave, acute, circumflex, tilde, breve, hook above, horn, dot below), so text not yet in NFC reads
 * the same. No case property and no i flag: both cases are spelt out.
 */
export const VIETNAMESE_LETTER_CLASS = "[àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ\\u1EA0-\\u1EF9\\u0300-\\u0303\\u0306\\u0309\\u031B\\u0323]";
/** A letter Vietnamese writes beyond a–z (VIETNAMESE_LETTER_CLASS). */
export const VIETNAMESE_LETTER = new RegExp(VIETNAMESE_LETTER_CLASS, "u");

/** Zero-width characters and the byte-order mark, which never carry meaning in article text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Horizontal whitespace other than a plain space (tab, NBSP, thin/figure/ideographic spaces…). */
const ODD_SPACE = /[\t\v\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/**
 * The circled C ("Ⓒ YONHAP News", "ⓒ 연합뉴스") that Korean and Japanese sites print for the copyright sign: read as
 * "©", so every credit rule that knows "©" knows it too.
 */
const CIRCLED_C = /[\u24B8\u24D2]/g;

/** Any of the above: one scan decides whether the replacements are needed at all. */
const NEEDS_WORK = /[\t\v\f\u0085\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u24B8\u24D2]/;

/**
 * The character-level part of normalisation: NFC, LF line endings, no invisible characters, odd
 * spaces turned into plain spaces, the circled C into "©". Keeps every line where it was when nothing needed changing.
 */
export function canonicalText(text: string): string {
  let s = text.normalize("NFC");
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (s.includes("\t")) s = tabTableRows(s);
  return NEEDS_WORK.test(s) ? s.replace(INVISIBLE, "").replace(ODD_SPACE, " ").replace(CIRCLED_C, "©") : s;
}

/**
 * A table copied as text keeps its cells apart: two or more lines in a row with the same number of tabs between
 * cells become rows between bars ("| Mặt hàng | 10 tháng 2025 | 10 tháng 2026 |"), the form the HTML reader writes a
 * table's rows in, which the cleaner keeps as rows. Any other tab (one line alone, an indent, an empty cell) is left
 * to become a space as before, so a text without such a table reads, and hashes, as it always did.
 */
export function tabTableRows(text: string): string {
  const lines = text.split("\n");
  const cells = lines.map(tabCells);
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    const n = cells[i]?.length ?? 0;
    let j = i;
    if (n >= 2) while (j + 1 < lines.length && cells[j + 1]?.length === n) j++;
    if (j > i) {
      for (let k = i; k <= j; k++) lines[k] = `| ${(cells[k] as string[]).join(" | ")} |`;
      changed = true;
    }
    i = j + 1;
  }
  return changed ? lines.join("\n") : text;
}

/** A line's cells between tabs (two or more, none empty, no bar in any), or null. */
function tabCells(line: string): string[] | null {
  if (!line.includes("\t")) return null;
  const cells = line.trim().split("\t");
  if (cells.length < 2) return null;
  for (let c = 0; c < cells.length; c++) {
    const cell = (cells[c] as string).trim();
    if (cell.length === 0 || cell.includes("|")) return null;
    cells[c] = cell;
  }
  return cells;
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

/** foldDiacritics() as written: lower case, canonical decomposition, combining marks dropped, đ → d. */
function foldSlowly(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
}

/**
 * foldSlowly() one character at a time, for the characters where that gives the same text as folding the whole:
 * Latin, Latin-1, Latin Extended, IPA and the combining marks (U+0000–U+036F), Vietnamese's Latin Extended
 * Additional (U+1E00–U+1EFF) and General Punctuation (U+2000–U+206F: dashes, curly quotes, ellipsis). None of them
 * lower-cases by context (only Greek's final sigma does), and each decomposes into at most one base character and
 * marks of U+0300–U+036F, which go whatever their order. Each entry is the folded character's
 * code, -1 for none (a combining mark), -2 for a character whose folding is longer (then the text is folded whole).
 */
const FOLD_LOW = 0x370;
const FOLD_HIGH = 0x1e00;
const FOLD_PUNCT = 0x2000;
const FOLD_SIZE = FOLD_LOW + 0x100 + 0x70;
let foldTable: Int32Array | null = null;
/** Per folded code: 1 if it is a letter or a digit (foldForMatch keeps it), else 0. */
let wordTable: Uint8Array | null = null;
function foldTables(): { fold: Int32Array; word: Uint8Array } {
  if (!foldTable || !wordTable) {
    const fold = new Int32Array(FOLD_SIZE);
    const word = new Uint8Array(0x10000);
    for (let i = 0; i < fold.length; i++) {
      const folded = foldSlowly(String.fromCharCode(i < FOLD_LOW ? i : i < FOLD_LOW + 0x100 ? FOLD_HIGH + i - FOLD_LOW : FOLD_PUNCT + i - FOLD_LOW - 0x100));
      fold[i] = folded.length === 0 ? -1 : folded.length === 1 ? folded.charCodeAt(0) : -2;
      if (folded.length === 1) word[folded.charCodeAt(0)] = /[\p{L}\p{N}]/u.test(folded) ? 1 : 0;
    }
    foldTable = fold;
    wordTable = word;
  }
  return { fold: foldTable, word: wordTable };
}

const utf16 = new TextDecoder("utf-16le");
let foldBuffer = new Uint16Array(512);

/**
 * The text folded through the table (foldDiacritics(); with `words`, foldForMatch(): runs of anything but letters and
 * digits become one space, none at either end), or null when a character is outside the table's ranges.
 */
function foldByTable(text: string, words: boolean): string | null {
  const { fold, word } = foldTables();
  if (foldBuffer.length < text.length) foldBuffer = new Uint16Array(text.length * 2);
  const out = foldBuffer;
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f =
      c < FOLD_LOW ? fold[c]! : c >= FOLD_HIGH && c < FOLD_HIGH + 0x100 ? fold[c - FOLD_HIGH + FOLD_LOW]! : c >= FOLD_PUNCT && c < FOLD_PUNCT + 0x70 ? fold[c - FOLD_PUNCT + FOLD_LOW + 0x100]! : -2;
    if (f === -1) continue;
    if (f === -2) return null;
    if (!words) out[n++] = f;
    else if (word[f]) {
      if (gap && n > 0) out[n++] = 0x20;
      gap = false;
      out[n++] = f;
    } else gap = true;
  }
  return n === 0 ? "" : utf16.decode(out.subarray(0, n));
}

const foldCache = new Map<string, string>();

/**
 * Lower-case and strip diacritics, Vietnamese included (đ → d), for tolerant comparisons.
 * "Khử trùng GHẾ" → "khu trung ghe".
 */
export function foldDiacritics(text: string): string {
  const cached = text.length <= 300 ? foldCache.get(text) : undefined;
  if (cached !== undefined) return cached;
  const folded = foldByTable(text, false) ?? foldSlowly(text);
  if (text.length <= 300) {
    if (foldCache.size > 5000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/** Folded text reduced to words: punctuation and markup become spaces, runs collapse. */
export function foldForMatch(text: string): string {
  // (only texts of up to 300 characters are kept: a longer one is never looked up, its hash never computed)
  const cached = text.length <= 300 ? matchCache.get(text) : undefined;
  if (cached !== undefined) return cached;
  const folded = foldByTable(text, true) ?? foldDiacritics(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
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

/** A line as the eye reads it: without the zero-width characters a copy leaves, its no-break spaces as spaces, trimmed. */
export function visibleLine(line: string): string {
  return line.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "").replace(/\u00a0/g, " ").trim();
}
