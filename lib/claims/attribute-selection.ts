// Filling an attribute field from words selected inside one of the claim's quotes: the value the field takes
// (a date read into the form's year / month / day shape, a name added to a list, a quantity as stated) and where
// it came from, anchored in the source as quotes are (TextQuote and TextPosition selectors). Pure: used by the
// claim form in the browser and checked again by the server.
import { parseDate } from "@/lib/sources/dates";
import { DEFAULT_CONTEXT_LENGTH } from "@/lib/anchoring/selectors";
import { LIST_FIELDS, type AttributeField } from "./attributes";

export const DATE_FIELDS: readonly string[] = ["periodFrom", "periodTo", "signedAt", "ratifiedAt", "inForceAt", "when"];

/** Where a filled value came from: the quote (appearance) it was selected in, and the words as a selector into the source. */
export type AttributeProvenance = { appearanceId: string; sourceId: string; exact: string; prefix: string; suffix: string; start: number; end: number };

/** A quote of the claim as the form knows it: its words and their place in the source. */
export type QuoteForSelection = { id: string; sourceId: string; exact: string; prefix: string; suffix: string; start: number };

const MONTH_WORDS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const pad = (n: number) => String(n).padStart(2, "0");
const year = (y: string) => (/^(19|20)\d{2}$/.test(y) ? y : null);

/** A selected date as the attribute fields take it: "2023-09-13", "2023-09" or "2023"; null when the words hold none. */
export function dateFromSelection(selected: string): string | null {
  const text = selected.normalize("NFC").trim().toLowerCase();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso && year(iso[1]!)) return text;
  const full = parseDate(selected);
  if (full && /^\d{4}-\d{2}-\d{2}/.test(full.publishedAt)) return full.publishedAt.slice(0, 10);
  // A month: "tháng 9/2023", "tháng 9 năm 2023", "9/2023", "09-2023", "September 2023".
  const vi = /(?:tháng\s*)?(\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)\s*(\d{4})/.exec(text);
  if (vi && Number(vi[1]) >= 1 && Number(vi[1]) <= 12 && year(vi[2]!)) return `${vi[2]}-${pad(Number(vi[1]))}`;
  const en = /([a-z]+)\.?\s+(\d{4})/.exec(text);
  if (en && MONTH_WORDS[en[1]!] && year(en[2]!)) return `${en[2]}-${pad(MONTH_WORDS[en[1]!]!)}`;
  const y = /(?:năm\s+|in\s+)?\b((?:19|20)\d{2})\b/.exec(text);
  return y ? y[1]! : null;
}

/**
 * The field's new text once `selected` fills it: a date in the form's shape, a name added to a list field's names
 * (unless already there), or the words as stated. Null when a date field's selection holds no date.
 */
export function valueFromSelection(field: AttributeField | string, selected: string, current: string): string | null {
  const words = selected.normalize("NFC").replace(/\s+/g, " ").trim().replace(/^[«“"'(]+|[»”"'),.;:]+$/g, "");
  if (!words) return null;
  if (DATE_FIELDS.includes(field)) return dateFromSelection(words);
  if ((LIST_FIELDS as readonly string[]).includes(field)) {
    const names = current.split(",").map((n) => n.trim()).filter(Boolean);
    return names.some((n) => n.toLowerCase() === words.toLowerCase()) ? names.join(", ") : [...names, words].join(", ");
  }
  return words;
}

/**
 * The selector of the words from `from` to `to` (offsets into the quote's exact text) in the quote's source: the
 * quote's own context extends the words' prefix and suffix, and its start places them in the source body.
 */
export function provenanceOf(quote: QuoteForSelection, from: number, to: number, context = DEFAULT_CONTEXT_LENGTH): AttributeProvenance {
  const before = quote.prefix + quote.exact.slice(0, from);
  const after = quote.exact.slice(to) + quote.suffix;
  return {
    appearanceId: quote.id,
    sourceId: quote.sourceId,
    exact: quote.exact.slice(from, to),
    prefix: before.slice(Math.max(0, before.length - context)),
    suffix: after.slice(0, context),
    start: quote.start + from,
    end: quote.start + to,
  };
}
