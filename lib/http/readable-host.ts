// A web address's host as it may be shown to a person. A captured page can name itself "https://www.rеuters.com/…"
// with a Cyrillic "е" (or "раураl.com" written wholly in Cyrillic letters that look Latin): printed as captured, the
// desk's source page and the public site show Reuters' address, while the link leads to another host. Browsers show
// such a host in its ASCII form (xn--…); so does the desk: a host label that mixes Latin, Cyrillic and Greek letters,
// or is written only in Cyrillic or Greek letters that each look like a Latin one, is shown as its ASCII form, and so
// are labels that are no valid international name. So is a label of Latin letters that is not ASCII yet whose every
// letter has an ASCII look-alike ("ɑpple", "ınstagram", "rẹuters" with a dot below): Unicode's confusables idea, a
// label whose skeleton is ASCII while it is not. Every other label is shown as Unicode ("báo.vn", "tuổitrẻ.vn",
// "münchen.de", "президент.рф"): a letter with a mark a reader sees (an acute, a circumflex, a diaeresis) is no look-alike.
// Server-side only (node:url's IDNA).
import { domainToUnicode } from "node:url";
import { hasCyrillicOrGreek, hasMixedScriptWord, latinLookAlike } from "@/lib/claims/name-scripts";
import { authorityOf } from "./web-address";

// Latin letters that are not ASCII and look like an ASCII letter at a glance, as Unicode's confusables.txt maps them
// (its single-letter entries; a Latin beta "ꞵ" reads as a "b" in a brand): the dotless "ı", the Latin alpha "ɑ", the
// script "ɡ", small capitals. A letter whose mark is seen (é, ü, ơ, đ) is not listed.
const LATIN_LOOK_ALIKES: Record<string, string> = {
  ɑ: "a", ɒ: "a", ᴀ: "a", ꞵ: "b", ƅ: "b", ʙ: "b", ᴄ: "c", ᴅ: "d", ᴇ: "e", ɡ: "g", ɢ: "g", ʜ: "h", ı: "i", ɩ: "i",
  ɪ: "i", ȷ: "j", ᴊ: "j", ᴋ: "k", ʟ: "l", ᴍ: "m", ɴ: "n", ᴏ: "o", ᴘ: "p", ʀ: "r", ꜱ: "s", ᴛ: "t", ᴜ: "u", ʋ: "u",
  ᴠ: "v", ᴡ: "w", ʏ: "y", ɣ: "y", ᴢ: "z",
};
const LATIN_LOOK_ALIKE = new RegExp(`[${Object.keys(LATIN_LOOK_ALIKES).join("")}]`, "gu");
// A dot below a letter is easily missed ("rẹuters"); an honest name that has one has other marks too ("tuổitrẻ"
// has none, "việt" a circumflex over it), so only a label that reads as ASCII once it is dropped is a look-alike.
const DOT_BELOW = /\u0323/g;

/** Whether a label that is not ASCII reads as an ASCII one: each letter maps to an ASCII look-alike. */
function imitatesAscii(label: string): boolean {
  if (/^[\x00-\x7f]*$/.test(label)) return false;
  const skeleton = latinLookAlike(label).normalize("NFD").replace(DOT_BELOW, "").replace(LATIN_LOOK_ALIKE, (letter) => LATIN_LOOK_ALIKES[letter]!);
  return /^[\x00-\x7f]*$/.test(skeleton);
}

/** Whether a host label in Unicode can be shown as it is: it does not imitate another in Latin letters. */
function readableLabel(label: string): boolean {
  if (hasMixedScriptWord(label) || imitatesAscii(label)) return false;
  // Wholly Cyrillic or Greek: a look-alike when every such letter has a Latin twin.
  return !hasCyrillicOrGreek(label) || hasCyrillicOrGreek(latinLookAlike(label));
}

/** Whether a host as URL reads it (ASCII, "www.xn--ruters-3of.com") has a label that imitates Latin letters. */
export function isLookAlikeHost(hostname: string): boolean {
  return hostname.split(".").some((label) => {
    if (!/^xn--/i.test(label)) return false;
    const unicode = domainToUnicode(label);
    return !unicode || !readableLabel(unicode);
  });
}

/**
 * `address` (http or https) with its host as it may be shown: read as a browser reads it (IDNA: "ｒｅｕｔｅｒｓ.com" is
 * "reuters.com", capitals are small letters), each label in Unicode unless it imitates Latin letters, when it is in its
 * ASCII form ("https://www.xn--ruters-3of.com/…"). The rest of the address is left as it was written; an address that
 * is not http(s), or that no browser reads, is returned as it is.
 */
export function withReadableHost(address: string): string;
export function withReadableHost(address: string | null): string | null;
export function withReadableHost(address: string | null): string | null {
  if (address === null) return null;
  const where = authorityOf(address);
  if (!where) return address;
  const authority = address.slice(where.start, where.end);
  // ASCII without an encoded label: nothing to show otherwise (capitals and the like are the browser's own reading).
  if (/^[\x21-\x7e]*$/.test(authority) && !/(?:^|[.@])xn--/i.test(authority)) return address;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return address;
  const host = url.hostname.startsWith("[")
    ? url.hostname
    : url.hostname
        .split(".")
        .map((label) => (/^xn--/i.test(label) && !isLookAlikeHost(label) ? domainToUnicode(label) : label))
        .join(".");
  const at = authority.lastIndexOf("@");
  const credentials = at >= 0 ? authority.slice(0, at + 1) : "";
  return address.slice(0, where.start) + credentials + host + (url.port ? `:${url.port}` : "") + address.slice(where.end);
}

/** The host of `address` in its ASCII form when it imitates another in Latin letters, else null. */
export function lookAlikeHostOf(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && isLookAlikeHost(url.hostname) ? url.hostname : null;
}

/**
 * `address` with a look-alike host in its ASCII form and otherwise as written: what an import stores, so that every
 * screen showing the address, the preview's field included, shows that form. An honest international name is kept.
 */
export function withLookAlikeHostInAscii(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  return isLookAlikeHost(url.hostname) ? withReadableHost(address) : address;
}
