// A relay prints the address of the story it translates or retells under its text ("Bài gốc: https://www.reuters.com/…",
// "Nguồn: https://www.rfi.fr/vi/…", "Original: https://…"). That address is the original's, not the relaying page's:
// the article's url stays empty unless the link's host is the relaying site's own (an archive's or a reading app's
// "Original: https://<the paper's own site>/…" is the story's own address). Pure.
import { domainSpells, hostOf, outletFromHost } from "./layout-model";
import { foldForMatch } from "./normalize";

/**
 * A line that labels its link as the original's or the source's: "Bài gốc: https://…", "Xem bài gốc tại: https://…",
 * "Link bài gốc: https://…", "Nguồn: https://…", "Nguồn bài viết: https://…", "Source: https://…", "Original:
 * https://…", "Read the original article: https://…". A share sheet's "Xem thêm tại: https://…" is none.
 */
const ORIGINAL_LINK = /^(?:(?:xem |đọc |link )?bài (?:gốc|viết gốc)(?: tại)?|nguồn(?: bài viết| tin| gốc)?|source|original(?: article| story| link)?|read the original(?: article| story)?)\s?:?\s?\[?https?:\/\//iu;

export const isOriginalLinkLine = (line: string): boolean => line.length <= 400 && ORIGINAL_LINK.test(line.trim());

/** A host's registrable label, its public end aside: "www.reuters.com" → "reuters", "news.bbc.co.uk" → "bbc". */
export function siteLabel(host: string): string {
  const labels = host.toLowerCase().split(".");
  if (labels.length < 2) return labels[0] ?? "";
  // a country's generic second level ("co.uk", "com.vn", "org.au") belongs to the public end
  const end = labels.length >= 3 && /^(?:co|com|org|net|gov|edu|ac|or|ne|go)$/.test(labels[labels.length - 2] as string) ? 2 : 1;
  return labels[labels.length - 1 - end] ?? "";
}

/**
 * Is `host` the relayed agency's or broadcaster's own site: the lexicon's outlet for it is the agency or one of its
 * services ("DW Tiếng Việt" for dw.com, relaying "DW"), or its label opens with the agency's letters ("voatiengviet"
 * for "VOA", "rfi" for "RFI", "reuters" for "Reuters")?
 */
export function agencySite(host: string, agency: string): boolean {
  const name = foldForMatch(agency);
  const known = outletFromHost(host);
  if (known !== null && (foldForMatch(known) === name || foldForMatch(known).startsWith(`${name} `))) return true;
  const letters = name.replace(/\s+/g, "");
  return letters.length >= 2 && siteLabel(host).startsWith(letters);
}

/**
 * The foreign broadcaster or wire whose own site a host is, by its label: "rfa.org" → "RFA", "voatiengviet.com" →
 * "VOA", "bbc.com" → "BBC", "rfi.fr" → "RFI", "dw.com" → "DW", "reuters.com" → "Reuters", "apnews.com" → "AP",
 * "afp.com" → "AFP"; null for any other.
 */
export function agencyOfHost(host: string): string | null {
  const label = siteLabel(host);
  const broadcaster = /^(bbc|voa|rfi|rfa)(?:news|tiengviet|vietnamese)?$/.exec(label)?.[1];
  if (broadcaster) return broadcaster.toUpperCase();
  return ({ dw: "DW", reuters: "Reuters", apnews: "AP", afp: "AFP" } as Record<string, string | undefined>)[label] ?? null;
}

export interface RelayContext {
  /** The wire or broadcaster the page credits, if any. */
  agency: string | null;
  /** The outlet read so far, if any. */
  outlet: string | null;
  /** A domain the page prints as its own (a reader view's first line), if any. */
  printedHost: string | null;
}

/**
 * Is `url`, read from the line `line`, the original's address under a relay rather than the page's own: the line labels
 * it as the original's or the source's, its host is not the relaying site's own (the domain the page prints, the
 * outlet's name spelled by it), and it is either the credited agency's site or another site than the one the page
 * prints as its own?
 */
export function isRelayedOriginal(url: string, line: string, ctx: RelayContext): boolean {
  if (!isOriginalLinkLine(line)) return false;
  const host = hostOf(url);
  if (host === null) return false;
  if (ctx.printedHost !== null && siteLabel(ctx.printedHost) === siteLabel(host)) return false;
  const agencyOwn = ctx.agency !== null && agencySite(host, ctx.agency);
  if (ctx.outlet !== null && !agencyOwn && domainSpells(ctx.outlet, host)) return false;
  return agencyOwn || ctx.printedHost !== null;
}

/** The line of `text` that holds `url` (the first), trimmed; empty when none does. */
export function lineHolding(text: string, url: string): string {
  const at = text.indexOf(url);
  if (at < 0) return "";
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end < 0 ? text.length : end).trim();
}
