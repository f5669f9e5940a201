// Names a page gives itself outside its masthead, read when the header names no outlet the lexicon knows:
// - a logo's alt text copied as a line of its own: "Miami Herald Logo";
// - a release's issuer under a "From:" label (a government portal's press release: "From:" / "Foreign, Commonwealth
//   & Development Office and <minister>"): the first issuer;
// - a newsletter's footer: "You are receiving this email because you are a member of The Dispatch.";
// - initials as the masthead ("FP") spelled by a name the text prints after "at", "of", "for" ("a staff writer at
//   Foreign Policy");
// and a masthead's language link is no part of the name ("MercoPress, en Español"). Beside them, the date such a
// release prints as a label over its value ("Published" / "3 December 2026") under its summary.
// Pure; every pattern anchored, its repeats bounded.
import type { ParsedDate } from "./dates";
import { readDateLine } from "./layout-model";

const LOGO_LINE = /^(\p{Lu}[\p{L}&'’.-]*(?:\s(?:\p{Lu}[\p{L}&'’.-]*|of|and|the|&)){0,4})\s(?:Logo|logo|LOGO)$/u;
const FROM_LABEL = /^(?:From|Từ)\s*:\s*([^<>@\n]{0,120})$/;
const MEMBER_OF = /^[Yy]ou (?:are|’re|'re) receiving this (?:email|e-mail|newsletter|message) because you (?:are a (?:member|subscriber|reader) of|subscribed to|signed up (?:for|to)|are subscribed to)\s+((?:[Tt]he\s)?\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,4})\.?$/u;
const LANGUAGE_LINK = /(?:,\s*|\s[|/–—-]\s)(?:en|in)\s(?:español|english|français|português|deutsch|italiano|русском|tiếng việt)$/iu;

/** The first issuer a "From:" label names: "Foreign, Commonwealth & Development Office and Stephen Doughty MP". */
function firstIssuer(line: string): string | null {
  const issuer = line.split(/\s+and\s+(?=\p{Lu})/u)[0]?.trim() ?? "";
  return issuer.length >= 4 && issuer.length <= 80 && /^\p{Lu}/u.test(issuer) ? issuer : null;
}

/** A name of capitalised words whose initials are `initials`, printed after "at", "of", "for", "from" or "with". */
function spelledInitials(initials: string, text: string): string | null {
  const re = /\b(?:at|of|for|from|with|by)\s((?:The\s)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,4})/gu;
  for (const m of text.slice(0, 20000).matchAll(re)) {
    const name = m[1] ?? "";
    const words = name.replace(/^The\s/, "").split(" ");
    for (let k = words.length; k >= 2; k--) {
      const part = words.slice(0, k);
      if (part.map((w) => w[0]).join("") === initials) return part.join(" ");
    }
  }
  return null;
}

/**
 * The outlet these clues name, or null. `header` are the lines above the headline, `text` the whole text (only its
 * first and last lines are read for labels).
 */
export function outletClue(header: readonly string[], text: string): string | null {
  for (const line of header) {
    const logo = LOGO_LINE.exec(line)?.[1];
    if (logo) return logo;
  }
  const lines = text.slice(0, 40000).split("\n", 400).map((l) => l.trim());
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const from = FROM_LABEL.exec(lines[i] as string);
    if (!from) continue;
    const rest = (from[1] ?? "").trim() || (lines[i + 1] ?? "");
    const issuer = firstIssuer(rest);
    if (issuer) return issuer;
  }
  const tail = text.length > 4000 ? text.slice(-4000) : text;
  for (const line of tail.split("\n")) {
    const member = MEMBER_OF.exec(line.trim())?.[1];
    if (member) return member;
  }
  const initials = header.find((l) => /^\p{Lu}{2,5}$/u.test(l));
  return initials ? spelledInitials(initials, text) : null;
}

/** A name without the language link printed after it ("MercoPress, en Español"). */
export function withoutLanguageLink(name: string): string {
  return name.replace(LANGUAGE_LINK, "");
}

const PUBLISHED_LABEL = /^(?:Published|First published|Posted|Released|Issued|Ngày đăng|Đăng ngày|Ngày phát hành|Xuất bản)\s*:?$/iu;

/** The date under a "Published" label alone on its line, among a text's first 80 lines ("Published" / "3 December 2026"). */
export function publishedBelowLabel(text: string): ParsedDate | null {
  const lines = text.slice(0, 20000).split("\n", 120).map((l) => l.trim()).filter((l) => l.length > 0);
  for (let i = 0; i + 1 < Math.min(lines.length, 80); i++) {
    if (!PUBLISHED_LABEL.test(lines[i] as string)) continue;
    const date = readDateLine(lines[i + 1] as string);
    if (date && date.precision !== "month-day") return date;
  }
  return null;
}
