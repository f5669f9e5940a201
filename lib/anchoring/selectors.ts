// W3C-style selectors for a claim appearance in a source body: types, describeAnchor() and verifyAnchor().
//
// Unit of every offset: UTF-16 code units of the NFC-normalised body string, i.e. plain JavaScript
// string indices into `body.normalize("NFC")` (the same unit browser Selection/Range offsets use
// inside one text node). `start` is inclusive, `end` exclusive, and neither may fall between the
// two halves of a surrogate pair (an emoji or other astral character).

/** The quoted words with up to `contextLength` code units of text either side of them. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** Half-open range [start, end) in UTF-16 code units of the NFC body. */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface Anchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Longest quote an anchor may hold, in UTF-16 code units. */
export const MAX_QUOTE_LENGTH = 2000;
/** Default length of prefix and suffix, in UTF-16 code units. */
export const DEFAULT_CONTEXT_LENGTH = 32;

export type VerifyAnchorResult = { ok: true } | { ok: false; reason: "out-of-range" | "quote-mismatch" | "empty" | "too-long" };

/** The canonical form offsets are counted in: Unicode NFC. */
export function normalizeBody(text: string): string {
  return text.normalize("NFC");
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `index` does not fall between the high and low halves of a surrogate pair. */
export function isCodePointBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  return !(isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index)));
}

/** Moves `index` off a split surrogate pair: `direction` -1 moves it back one unit, +1 forward. */
export function snapToCodePoint(text: string, index: number, direction: -1 | 1): number {
  return isCodePointBoundary(text, index) ? index : index + direction;
}

/**
 * The anchor of body.slice(start, end) in the NFC form of `body`: the exact text, up to
 * `contextLength` code units of prefix and suffix (shortened rather than cut through a surrogate
 * pair) and the offsets. Never throws: offsets that are not integers within the body, or
 * reversed, are kept as given in `position` (the quote and context are taken from the part that
 * does lie within it), and an empty, over-long or pair-splitting selection is described too —
 * so run verifyAnchor() on the result before storing it.
 */
export function describeAnchor(body: string, start: number, end: number, contextLength: number = DEFAULT_CONTEXT_LENGTH): Anchor {
  const text = normalizeBody(body);
  const clamp = (n: number, min: number): number => (Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), min), text.length) : min);
  const from = clamp(start, 0);
  const to = clamp(end, from);
  const context = Number.isFinite(contextLength) ? Math.max(0, Math.floor(contextLength)) : DEFAULT_CONTEXT_LENGTH;
  const prefixStart = snapToCodePoint(text, Math.max(0, from - context), 1);
  const suffixEnd = snapToCodePoint(text, Math.min(text.length, to + context), -1);
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(from, to),
      prefix: prefixStart < from ? text.slice(prefixStart, from) : "",
      suffix: suffixEnd > to ? text.slice(to, suffixEnd) : "",
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

/**
 * Whether `anchor` is a valid anchor into `body` (normalised to NFC here, since offsets count in
 * NFC): integer offsets within the body, start < end, neither splitting a surrogate pair
 * ("out-of-range"); a non-empty exact ("empty") of at most MAX_QUOTE_LENGTH code units
 * ("too-long") equal to body.slice(start, end), and a prefix/suffix that really are the text
 * just before/after it, of any length ("quote-mismatch").
 */
export function verifyAnchor(body: string, anchor: Anchor): VerifyAnchorResult {
  const text = normalizeBody(body);
  const { start, end } = anchor.position;
  const { exact, prefix, suffix } = anchor.quote;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    return { ok: false, reason: "out-of-range" };
  }
  if (start === end || exact.length === 0) return { ok: false, reason: "empty" };
  if (end - start > MAX_QUOTE_LENGTH || exact.length > MAX_QUOTE_LENGTH) return { ok: false, reason: "too-long" };
  if (!isCodePointBoundary(text, start) || !isCodePointBoundary(text, end)) return { ok: false, reason: "out-of-range" };
  if (text.slice(start, end) !== exact) return { ok: false, reason: "quote-mismatch" };
  if (prefix.length > start || !text.startsWith(prefix, start - prefix.length) || !text.startsWith(suffix, end)) return { ok: false, reason: "quote-mismatch" };
  return { ok: true };
}
