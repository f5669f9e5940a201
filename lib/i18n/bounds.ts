// The sentences for a length or count bound ("At most 1 item.", "Tối đa 2.000 ký tự."), in both languages.
import { format, type Locale } from "./locale";

/**
 * What a bound counts: its English noun in each plural form and its Vietnamese noun (Vietnamese has one form). The
 * English sentence is the one schemas and the API return; Vietnamese readers get it translated from that sentence.
 */
export const BOUND_UNITS = {
  characters: { one: "character", other: "characters", vi: "ký tự" },
  items: { one: "item", other: "items", vi: "mục" },
  names: { one: "name", other: "names", vi: "tên" },
  tags: { one: "tag", other: "tags", vi: "nhãn" },
  patterns: { one: "pattern", other: "patterns", vi: "mẫu" },
  files: { one: "file", other: "files", vi: "tệp" },
} as const;
export type BoundUnit = keyof typeof BOUND_UNITS;
export type BoundSide = "most" | "least";

const TEMPLATES: Record<Locale, Record<BoundSide, (unit: BoundUnit) => string>> = {
  en: {
    most: (unit) => `At most {count, plural, one {# ${BOUND_UNITS[unit].one}} other {# ${BOUND_UNITS[unit].other}}}.`,
    least: (unit) => `At least {count, plural, one {# ${BOUND_UNITS[unit].one}} other {# ${BOUND_UNITS[unit].other}}}.`,
  },
  vi: {
    most: (unit) => `Tối đa {count, plural, other {# ${BOUND_UNITS[unit].vi}}}.`,
    least: (unit) => `Ít nhất {count, plural, other {# ${BOUND_UNITS[unit].vi}}}.`,
  },
};

const NUMBER_TAGS: Record<Locale, string> = { en: "en-GB", vi: "vi-VN" };

/** "At most 1 character.", "At least 2,000 items.": the noun agrees with the bound, the bound written for readers. */
export function boundMessage(side: BoundSide, bound: number, unit: BoundUnit, locale: Locale = "en"): string {
  const count = new Intl.NumberFormat(NUMBER_TAGS[locale]).format(bound);
  return format(TEMPLATES[locale][side](unit), { count }, locale);
}

const NOUNS = new Map<string, BoundUnit>(Object.entries(BOUND_UNITS).flatMap(([unit, nouns]) => [[nouns.one, unit as BoundUnit], [nouns.other, unit as BoundUnit]]));
const ENGLISH_BOUND = /^At (most|least) (\d{1,3}(?:,\d{3})*|\d+) ([a-z]+)\.$/;

/** An English bound sentence in another language, or null when the message is not one. */
export function localizeBoundMessage(locale: Locale, message: string): string | null {
  const match = ENGLISH_BOUND.exec(message);
  const unit = match && NOUNS.get(match[3]!);
  if (!match || !unit) return null;
  const bound = Number(match[2]!.replaceAll(",", ""));
  return boundMessage(match[1] as BoundSide, bound, unit, locale);
}
