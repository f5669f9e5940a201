// A saved page of an app an article was read in (a portal's or an aggregator's copy, a feed reader's or a read-later
// app's view, an archive's copy): its head names the app (og:site_name "NewsBreak", "Inoreader", "archive.ph"; a
// canonical at the app's host; "(214) Inoreader" as its title), not the article. The article's own address is the one
// the app links as the original ("Xem bài gốc", "Read the full story at …", "View original", "Original: <address>",
// "Saved from", a reader's headline linked to the story); the outlet is the source the app names in its own element
// (a provider's, channel's, feed's or site's name) or in its title after the headline ("… – Sài Gòn Times"). Pure.
import { isAggregator } from "./relay-post";
import { foldForMatch } from "./normalize";
import { closestOf, selectAll, selectOne } from "./dom-selectors";

const tidy = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Hosts of apps that only carry or keep other sites' articles: an address there is never an article's own. */
const APP_HOST = /(?:^|\.)(?:msn\.com|newsbreak\.com|smartnews\.com|flipboard\.com|ground\.news|inoreader\.com|feedly\.com|newsblur\.com|instapaper\.com|getpocket\.com|readwise\.io|omnivore\.app|ghostarchive\.org|archive\.(?:today|ph|is|li|md|vn|fo))$/i;
/** Platforms that carry other sites' articles besides their users' posts: an original's link there wins over the post's address. */
const CARRIER_HOST = /(?:^|\.)(?:lotus\.vn)$/i;

const hostOfAddress = (address: string): string | null => /^https?:\/\/([^/?#\s:]+)/i.exec(address)?.[1]?.toLowerCase() ?? null;
/** Whether an address is an app's own (its host one that only carries or keeps other sites' articles). */
export const isAppAddress = (address: string): boolean => APP_HOST.test(hostOfAddress(address) ?? "");

/** The page's own addresses in its head (canonical, og:url). */
function headAddresses(doc: Document): string[] {
  return [selectOne(doc, 'link[rel="canonical"]')?.getAttribute("href"), selectOne(doc, 'meta[property="og:url"]')?.getAttribute("content")].map((v) => tidy(v ?? "")).filter((v) => /^https?:\/\//i.test(v));
}

/**
 * Apps by the name their pages give themselves (og:site_name, <title>). Vietnamese portals that print the paper they
 * carry as a label (Báo Mới, Tin Mới) are not among them: earlier corpora read their pages as the portal's own, the
 * paper credited as the agency (relay-post.ts still names the paper a repost credits in a line of its own).
 */
const APP_NAME = /^(?:msn|microsoft start|newsbreak|news break|smartnews|ground news|flipboard|opera news|instapaper|pocket|feedly|inoreader|newsblur|readwise|readwise reader|omnivore|matter|ghostarchive|archive\.(?:today|ph|is|li|md|vn|fo)|lotus)$/i;

/** Feed readers and read-later apps, whose item views are titled "<headline> - <app>" (words no site names itself with). */
const READER_NAME = /^(?:inoreader|feedly|newsblur|instapaper|readwise(?: reader)?)$/i;

/** Is the page an app's view of an article: its head's address at an app's host, or an app as its site name? */
export function isAppPage(doc: Document): boolean {
  const og = tidy(selectOne(doc, 'meta[property="og:site_name"], meta[name="og:site_name"]')?.getAttribute("content") ?? "");
  const title = tidy(doc.title ?? "").replace(/^\(\d{1,6}\)\s*/, "");
  // (or a feed reader's name after the headline in its title, as the reader titles an item's view: "Headline - Inoreader")
  const suffix = title.split(/\s[|–—-]\s/u).pop()?.trim() ?? "";
  return headAddresses(doc).some((a) => isAppAddress(a) || CARRIER_HOST.test(hostOfAddress(a) ?? "")) || APP_NAME.test(og) || APP_NAME.test(title) || (suffix !== title && READER_NAME.test(suffix));
}

/** A link's words that point at the original article (folded). */
const ORIGINAL_POINTER = /^(?:(?:xem|doc) (?:bai goc|bai viet goc|tin goc|nguon)\b.{0,60}|(?:read|view|see|open) (?:the )?(?:original|full|whole|complete) (?:article|story|post|report)?\b.{0,60}|(?:read|continue reading|keep reading) (?:more )?(?:on|at) \S.{1,60}|(?:view|open|see) original|visit (?:the )?(?:website|site|original)|original (?:article|story|post|link)|open in (?:the )?(?:browser|safari|chrome)|mo (?:trong|bang) trinh duyet)$/;
/** A label before a bare address naming it the original's: "Original: https://…", "Saved from https://…". */
const ORIGINAL_LABEL = /^(?:original|original url|source|saved from|nguồn|bài gốc)\s*:?\s*$/i;

/** The article's own address as an app's page links it, or null. */
export function originalAddress(doc: Document): string | null {
  for (const a of selectAll(doc, "a[href]").slice(0, 600)) {
    const href = tidy(a.getAttribute("href") ?? "");
    if (!/^https?:\/\/[^/\s]+\/\S{4,}/i.test(href) || isAppAddress(href)) continue;
    const words = tidy(a.textContent ?? "");
    if (words.length <= 80 && ORIGINAL_POINTER.test(foldForMatch(words))) return href;
    // "Original: <a>https://…</a>": the label is the link's parent's text before it
    const parent = a.parentElement;
    if (words === href && parent && parent.childElementCount === 1 && ORIGINAL_LABEL.test(tidy((parent.textContent ?? "").replace(words, "")))) return href;
  }
  return null;
}

/**
 * A reader's headline linked to the story, where the page has no <h1>: a link of a headline's length inside an
 * element named as a title ("article_title", "entry-title"), to an article's address off the app's host.
 */
export function readerHeadline(doc: Document): { title: string; href: string } | null {
  for (const a of selectAll(doc, '[class*="title"] a[href], h2 a[href], h3 a[href]').slice(0, 40)) {
    const href = tidy(a.getAttribute("href") ?? "");
    const title = tidy(a.textContent ?? "");
    if (title.length >= 20 && title.length <= 220 && /^https?:\/\/[^/\s]+\/\S{12,}$/i.test(href) && !isAppAddress(href)) return { title, href };
  }
  return null;
}

/** An element named for the source an app shows an article from (a provider's, channel's, feed's or site's name). */
const SOURCE_ELEMENT = '[class~="provider"], [class~="source"], [class$="-source"], [class$="_source"], [class~="channel"], [class~="publisher"], [class*="feed_title"], [class*="feed-title"], [class~="site-name"], [class~="site-title"], [class~="attribution"]';
/** A source's name: a few words opening with a letter, a capital among them ("bne IntelliNews"), no date, no sentence. */
const NAME = /^(?=[^\p{Lu}]{0,20}\p{Lu})\p{L}[\p{L}\d&'’.\- ]{1,58}$/u;

/**
 * The name in the element an app's page names the article's source in ("SFGate · sfgate.com · Oct 27, 2025"), or
 * null: what the app states, before any credit a line of its page words ("More stories from World News", the app's
 * own magazine).
 */
export function appSourceElement(doc: Document): string | null {
  for (const el of selectAll(doc, SOURCE_ELEMENT).slice(0, 10)) {
    if (closestOf(el, "header, nav, footer, aside")) continue;
    // the name is the element's first words, a date after a dot aside ("Military Times · Dec 3, 2026"), and a feed's
    // section after an arrow ("Northern Cape Herald » World", as a reader titles a site's feed)
    const first = Array.from(el.childNodes).map((n) => tidy(n.textContent ?? "")).find((t) => t !== "") ?? "";
    const name = first.split(/\s[·•|»›]\s/)[0]?.trim() ?? "";
    if (NAME.test(name) && !/\d{4}/.test(name) && !isAggregator(name)) return name;
  }
  return null;
}

/**
 * The source an app's page shows the article from: its source element's name, or (an archive's copy) the name its
 * <title> ends with after the headline ("Ghostarchive: … – Sài Gòn Times", "… | eKathimerini.com"); null if none.
 */
export function appSourceName(doc: Document, headline: string): string | null {
  const element = appSourceElement(doc);
  if (element !== null) return element;
  const title = tidy(doc.title ?? "").replace(/^[\p{L}.]{2,20}:\s/u, "");
  const m = /\s[|–—-]\s([^|–—]{2,60})$/u.exec(title);
  const suffix = m?.[1]?.trim() ?? "";
  return suffix && headline && title.toLowerCase().startsWith(headline.toLowerCase().slice(0, 20)) && !isAggregator(suffix) ? suffix : null;
}
