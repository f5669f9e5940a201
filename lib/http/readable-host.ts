// A web address's host as it may be shown to a person. A captured page can name itself "https://www.rеuters.com/…"
// with a Cyrillic "е" (or "раураl.com" written wholly in Cyrillic letters that look Latin): printed as captured, the
// desk's source page and the public site show Reuters' address, while the link leads to another host. Browsers show
// such a host in its ASCII form (xn--…); so does the desk: a host label that mixes Latin, Cyrillic and Greek letters,
// or is written only in Cyrillic or Greek letters that each look like a Latin one, is shown as its ASCII form, and so
// are labels that are no valid international name. Every other label is shown as Unicode ("báo.vn", "президент.рф").
// Server-side only (node:url's IDNA).
import { domainToUnicode } from "node:url";
import { hasCyrillicOrGreek, hasMixedScriptWord, latinLookAlike } from "@/lib/claims/name-scripts";
import { authorityOf } from "./web-address";

/** Whether a host label in Unicode can be shown as it is: it does not imitate another in Latin letters. */
function readableLabel(label: string): boolean {
  if (hasMixedScriptWord(label)) return false;
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
