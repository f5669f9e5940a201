// Locale choice and message formatting, usable from server and client code alike.
import { vi, type Dictionary } from "./vi";
import { en } from "./en";
import { siteTimeZone } from "@/lib/public/datetime";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
export const LOCALE_COOKIE = "locale";

const DICTIONARIES: Record<Locale, Dictionary> = { vi, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale a Cookie header chooses, read exactly as Next's cookies() reads it (pairs split on ";", values
 * URL-decoded, an undecodable value skipped, the last pair of a name winning), so the front server's page
 * cache keys a page by the language the page was rendered in: "locale=vi; locale=en" and "locale=%65n" are English.
 */
export function localeFromCookieHeader(header: string | string[] | null | undefined): Locale {
  let chosen: string | undefined;
  for (const pair of (Array.isArray(header) ? header.join("; ") : (header ?? "")).split(/; */)) {
    const at = pair.indexOf("=");
    if (at === -1 || pair.slice(0, at) !== LOCALE_COOKIE) continue;
    try {
      chosen = decodeURIComponent(pair.slice(at + 1));
    } catch {
      // Next skips a value it cannot decode and keeps the one before.
    }
  }
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

export function dictionaryFor(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

/**
 * Replaces {name} placeholders, and chooses the words that agree with a number: `{count, plural, one {# source}
 * other {# sources}}` (ICU's plural form: a branch per category of the locale's plural rules, or `=N` for an exact
 * number; `#` is the number, and a branch may hold placeholders). English is the default locale's rule; Vietnamese
 * has one form, so its templates need no such block.
 */
export function format(template: string, values: Record<string, string | number>, locale: Locale = "en"): string {
  let out = "";
  let at = 0;
  for (let open = template.indexOf("{"); open >= 0; open = template.indexOf("{", at)) {
    const plural = /^\{(\w+),\s*plural,\s*/.exec(template.slice(open, open + 80));
    const end = plural ? closingBrace(template, open) : -1;
    if (!plural || end < 0) {
      out += template.slice(at, open + 1);
      at = open + 1;
      continue;
    }
    out += template.slice(at, open) + chosenBranch(template.slice(open + plural[0].length, end), plural[1] as string, values, locale);
    at = end + 1;
  }
  return (out + template.slice(at)).replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** The index of the `}` closing the brace opened at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
/** The branch of a plural block (`one {…} other {…}`) that agrees with values[key], `#` replaced by the number. */
function chosenBranch(branches: string, key: string, values: Record<string, string | number>, locale: Locale): string {
  const value = values[key];
  if (value === undefined) return `{${key}}`;
  // (a count may come formatted for the reader, "1,234" or "1.234": its digits are the number)
  const n = typeof value === "number" ? value : Number(value.replace(/[\s,.\u00a0\u202f']/g, ""));
  const rules = pluralRules.get(locale) ?? new Intl.PluralRules(locale);
  pluralRules.set(locale, rules);
  const wanted = Number.isFinite(n) ? [`=${n}`, rules.select(n), "other"] : ["other"];
  const found = new Map<string, string>();
  for (let at = 0; at < branches.length; ) {
    const selector = /^\s*(=?[\w-]+)\s*\{/.exec(branches.slice(at));
    if (!selector) break;
    const open = at + selector[0].length - 1;
    const end = closingBrace(branches, open);
    if (end < 0) break;
    found.set(selector[1] as string, branches.slice(open + 1, end));
    at = end + 1;
  }
  const branch = wanted.map((w) => found.get(w)).find((b) => b !== undefined) ?? `{${key}}`;
  return branch.replaceAll("#", String(value));
}

/** An instant (a save, a review, a publication) in the desk's time zone, CLAIMDESK_TIMEZONE (lib/public/datetime.ts). */
export function formatDateTime(locale: Locale, date: Date | string | null | undefined): string {
  if (!date) return "";
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: siteTimeZone() }).format(new Date(date));
}

/** A UTC instant whose year is the one given: Date.UTC reads a year below 100 as 19xx ("0012" is not 1912). */
function utcDate(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const date = new Date(Date.UTC(2000, month, day, hour, minute));
  date.setUTCFullYear(year, month, day);
  return date;
}

/**
 * An article's own date ("2023-09-18", "2023-09-17T11:41", "2024-06-23T20:00-04:00", "--07-27") in the
 * reader's locale, at the precision it has: no invented year, and the time as the article gives it.
 */
export function formatPublishedAt(locale: Locale, value: string): string {
  const tag = locale === "vi" ? "vi-VN" : "en-GB";
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(value); // a journal's issue: "December 2026"
  if (monthOnly) return new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(utcDate(Number(monthOnly[1]), Number(monthOnly[2]) - 1, 1));
  const match = value.match(/^(\d{4}|-)-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?$/);
  if (!match) return value;
  const [, year, month, day, hour, minute, offset] = match;
  const date = utcDate(year === "-" ? 2000 : Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0));
  const dateText = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", ...(year === "-" ? {} : { year: "numeric" }), timeZone: "UTC" }).format(date);
  if (hour === undefined) return dateText;
  const timeText = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(date);
  return `${dateText}, ${timeText}${offset && offset !== "Z" ? ` (UTC${offset})` : offset === "Z" ? " UTC" : ""}`;
}
