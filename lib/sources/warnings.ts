// Import warnings as codes with parameters ({ code, params }): stored so, translated when shown, recomputed when an
// editor fixes what they warned about. Pure: no I/O.
import { findFullDates } from "./dates";
import { lookAlikeHostOf } from "@/lib/http/readable-host";

export const WARNING_CODES = [
  "noTitle",
  "noDate",
  "dateWithoutYear",
  "noText",
  "translated",
  "homoglyph",
  "lookAlikeAddress",
  "laterDateInBody",
  "tocEntryMissing",
  "notInToc",
  "textBeforeFirstArticle",
  "tocTitleDiffers",
  "articleNotInToc",
  "other",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
export type WarningParams = Record<string, string | number>;
export type SourceWarning = { code: WarningCode; params: WarningParams };

const warning = (code: WarningCode, params: WarningParams = {}): SourceWarning => ({ code, params });

/** English text of each code: what the command line prints and what ParsedSource.warnings has always held. */
const ENGLISH: Record<WarningCode, string> = {
  noTitle: "no title found",
  noDate: "no publication date found",
  dateWithoutYear: "publication date states no year",
  noText: "no article text found",
  translated: "translated text: {what}",
  homoglyph: 'mixed Latin/Cyrillic letters in "{word}" (possible homoglyph)',
  lookAlikeAddress: '"{outlet}" is named over {host}, an address that imitates another: it is not that outlet\'s',
  laterDateInBody: "body mentions {date}, after the publication date {published}",
  tocEntryMissing: '{prefix}table of contents entry {entry} "{title}" has no matching article',
  notInToc: '{prefix}article "{title}" is not listed in the table of contents',
  textBeforeFirstArticle: "{prefix}text between the table of contents and the first article was ignored",
  tocTitleDiffers: 'table of contents title "{toc}" differs from the article heading "{heading}"; using "{title}"',
  articleNotInToc: "article not listed in the table of contents",
  other: "{text}",
};

/** Fills "{name}" placeholders; an unknown name stays as written. */
export function fillTemplate(template: string, params: WarningParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function warningText(w: SourceWarning): string {
  return fillTemplate(ENGLISH[w.code] ?? ENGLISH.other, { prefix: "", ...w.params });
}

/** The parser's sentence forms (and every warning stored before codes existed), read back into codes. */
const LEGACY: [RegExp, (m: RegExpExecArray) => SourceWarning][] = [
  [/^no title found$/, () => warning("noTitle")],
  [/^no publication date found$/, () => warning("noDate")],
  [/^publication date states no year$/, () => warning("dateWithoutYear")],
  [/^no article text found$/, () => warning("noText")],
  [/^translated text: (.*)$/s, (m) => warning("translated", { what: m[1] ?? "" })],
  [/^mixed Latin\/Cyrillic letters in "(.*)" \(possible homoglyph\)$/s, (m) => warning("homoglyph", { word: m[1] ?? "" })],
  [/^"(.*)" is named over (\S+), an address that imitates another: it is not that outlet's$/s, (m) => warning("lookAlikeAddress", { outlet: m[1] ?? "", host: m[2] ?? "" })],
  [/^body mentions (\S+), after the publication date (\S+)$/, (m) => warning("laterDateInBody", { date: m[1] ?? "", published: m[2] ?? "" })],
  [/^(dossier: )?table of contents entry (\d+) "(.*)" has no matching article$/s, (m) => warning("tocEntryMissing", { entry: Number(m[2]), title: m[3] ?? "", ...(m[1] ? { prefix: m[1] } : {}) })],
  [/^(dossier: )?article "(.*)" is not listed in the table of contents$/s, (m) => warning("notInToc", { title: m[2] ?? "", ...(m[1] ? { prefix: m[1] } : {}) })],
  [/^(dossier: )?text between the table of contents and the first article was ignored$/, (m) => warning("textBeforeFirstArticle", m[1] ? { prefix: m[1] } : {})],
  [/^table of contents title "(.*)" differs from the article heading "(.*)"; using "(.*)"$/s, (m) => warning("tocTitleDiffers", { toc: m[1] ?? "", heading: m[2] ?? "", title: m[3] ?? "" })],
  [/^article not listed in the table of contents$/, () => warning("articleNotInToc")],
];

/** A warning written as a sentence (by the splitter, the metadata reader, or stored before codes) → its code. */
export function warningFromText(text: string): SourceWarning {
  for (const [re, make] of LEGACY) {
    const m = re.exec(text);
    if (m) return make(m);
  }
  return warning("other", { text });
}

const isCode = (value: unknown): value is WarningCode => typeof value === "string" && (WARNING_CODES as readonly string[]).includes(value);

/** Stored warnings, whatever their age: a JSON array of { code, params } or of sentences (rows from before codes). */
export function readWarnings(stored: unknown): SourceWarning[] {
  if (!Array.isArray(stored)) return [];
  const out: SourceWarning[] = [];
  for (const item of stored) {
    if (typeof item === "string") out.push(warningFromText(item));
    else if (item && typeof item === "object" && isCode((item as { code?: unknown }).code)) {
      const params = (item as { params?: unknown }).params;
      const clean: WarningParams = {};
      if (params && typeof params === "object") for (const [k, v] of Object.entries(params)) if (typeof v === "string" || typeof v === "number") clean[k] = v;
      out.push({ code: (item as { code: WarningCode }).code, params: clean });
    }
  }
  return out;
}

/** Checks on the cleaned body: words mixing Latin and Cyrillic letters, full dates later than the publication. */
export function bodyWarningCodes(body: string, publishedAt: string | null, mayHaveCyrillic = true): SourceWarning[] {
  const out: SourceWarning[] = [];
  const mixed = new Set<string>();
  for (const m of mayHaveCyrillic ? body.matchAll(/[\u0400-\u04FF]/g) : []) {
    let a = m.index;
    let b = m.index + 1;
    while (a > 0 && /[\p{L}]/u.test(body[a - 1] ?? "")) a--;
    while (b < body.length && /[\p{L}]/u.test(body[b] ?? "")) b++;
    const word = body.slice(a, b);
    if (/[\p{Script=Latin}]/u.test(word)) mixed.add(word);
  }
  for (const word of mixed) out.push(warning("homoglyph", { word }));
  out.push(...laterDates(body, publishedAt));
  return out;
}

function laterDates(body: string, publishedAt: string | null): SourceWarning[] {
  const day = publishedAt && /^\d{4}-\d{2}-\d{2}/.exec(publishedAt)?.[0];
  if (!day) return [];
  return [...new Set(findFullDates(body))].filter((d) => d > day).map((d) => warning("laterDateInBody", { date: d, published: day }));
}

/** The warnings a source's own details decide: a missing title, date or text, a date without a year. */
export function fieldWarnings(fields: { title: string | null; publishedAt: string | null; body: string }): SourceWarning[] {
  const out: SourceWarning[] = [];
  if (!fields.title) out.push(warning("noTitle"));
  if (!fields.publishedAt) out.push(warning("noDate"));
  else if (fields.publishedAt.startsWith("--")) out.push(warning("dateWithoutYear"));
  if (fields.body.trim().length === 0) out.push(warning("noText"));
  return out;
}

const DERIVED: ReadonlySet<WarningCode> = new Set(["noTitle", "noDate", "dateWithoutYear", "noText", "laterDateInBody"]);

/**
 * The warnings after an editor's change: those the details decide (title, date, text, later dates in the body) are
 * worked out again from the values now saved, so a warning goes away once its cause is fixed; the others stay.
 */
export function recomputeWarnings(stored: readonly SourceWarning[], now: { title: string | null; publishedAt: string | null; body: string; url?: string | null; outlet?: string | null }): SourceWarning[] {
  const addressed = now.url !== undefined;
  return [
    ...stored.filter((w) => !DERIVED.has(w.code) && !(addressed && w.code === "lookAlikeAddress")),
    ...(addressed ? lookAlikeAddressWarnings(stored, now.url ?? null, now.outlet ?? null) : []),
    ...fieldWarnings(now),
    ...laterDates(now.body, now.publishedAt),
  ];
}

/**
 * The warning that an outlet is named over a look-alike address, for the address and outlet an editor saved: gone once
 * the address is an honest one, given when the editor names an outlet over a look-alike; an outlet left empty keeps
 * the name the page gave (the import left it empty for that reason).
 */
function lookAlikeAddressWarnings(stored: readonly SourceWarning[], url: string | null, outlet: string | null): SourceWarning[] {
  const host = url ? lookAlikeHostOf(url) : null;
  const named = outlet || stored.find((w) => w.code === "lookAlikeAddress")?.params.outlet;
  return host && named ? [warning("lookAlikeAddress", { outlet: String(named), host })] : [];
}
