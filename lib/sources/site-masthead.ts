// Which of a saved page's own namings is its name, when its site name (og:site_name) is not how the page names itself
// where a reader sees it: a site name that extends the masthead by a place or a word ("The Sentinel Assam" on a page
// whose logo and rights line print "The Sentinel"), or a tagline filed as the site name ("Be Korea-savvy" on a page
// whose logo and rights line print "The Korea Bizwire", the name koreabizwire.com spells). Pure; no pattern scans more
// than a name.
import { domainSpells, lookupOutlet } from "./layout-model";
import { foldForMatch } from "./normalize";

export interface PageNamings {
  /** The site name the page's metadata gives (og:site_name), as printed. */
  siteName: string;
  /** The mastheads the page prints: its logos' alt texts, a logo set as text. */
  logos: readonly string[];
  /** Its other namings of itself: the JSON-LD publisher, the owners its rights lines name. */
  others: readonly string[];
  /** The page's host ("koreabizwire.com"), or null. */
  host: string | null;
}

/** How many words a site name may add after the masthead it extends ("Assam", "Online", "New Delhi"). */
const MOST_ADDED_WORDS = 2;
/** A name written as a domain: "RTÉ.ie", "Edition.mv". */
const DOMAIN_TAIL = /\.[a-z]{2,6}$/i;

/** Are the logo's letters the site name's capitals, or its words' initials ("The War Zone" → "TWZ" or "WZ")? */
function spellsOut(site: string, logo: string): boolean {
  const letters = logo.replace(/[^\p{L}]/gu, "").toUpperCase();
  if (letters.length < 2 || letters.length > 8) return false;
  const capitals = site.replace(/[^\p{Lu}]/gu, "");
  const words = site.split(/[\s/-]+/u).filter((w) => w.length > 0);
  const initials = words.map((w) => w.charAt(0)).join("").toUpperCase();
  const withoutThe = words.filter((w, i) => !(i === 0 && /^the$/i.test(w))).map((w) => w.charAt(0)).join("").toUpperCase();
  return letters === capitals || letters === initials || letters === withoutThe;
}

/**
 * The masthead the page prints where its site name extends it by a word or two, or where the page's host spells the
 * masthead and not the site name; null when the site name stands. A masthead counts only when a second naming agrees
 * with it (the publisher, a rights line): a lone logo may be a section's or a parent's. Initials the site name spells
 * out are its short form, never a name over it.
 */
export function mastheadOverSiteName(page: PageNamings): string | null {
  const site = page.siteName.trim();
  // (a site name the outlet lexicon knows is the name the desk files the outlet under; one written as a domain,
  // "RTÉ.ie", is read as such elsewhere)
  if (site.length < 3 || site.length > 80 || lookupOutlet(site) !== null || DOMAIN_TAIL.test(site)) return null;
  const siteKey = foldForMatch(site);
  // a page whose own masthead prints the site name whole names itself so ("EMTV Online" in the logo)
  if (page.logos.some((l) => foldForMatch(l) === siteKey)) return null;
  const others = new Set(page.others.filter((n) => n.length > 0 && n.length <= 80).map((n) => foldForMatch(n)));
  // (one logo read twice, as a picture's alt and as its link's text, is one naming)
  const logos = [...new Map(page.logos.map((l) => [foldForMatch(l), l] as const)).entries()];
  for (const [key, logo] of logos) {
    if (logo.length < 3 || logo.length > 60 || key.length < 3 || key === siteKey) continue;
    // initials the site name spells out ("RFA" / "Radio Free Asia", "RFE/RL" / "RadioFreeEurope/RadioLiberty", "TWZ" /
    // "The War Zone"): the site name is the name in full
    if (spellsOut(site, logo)) continue;
    if (!others.has(key)) continue;
    // the site name is the masthead and a word or two after it: "The Sentinel Assam" over "The Sentinel"
    if (siteKey.startsWith(`${key} `)) {
      const added = siteKey.slice(key.length + 1).split(" ").length;
      if (added <= MOST_ADDED_WORDS) return logo;
      continue;
    }
    // the site name is a phrase the page's address does not spell, the masthead one it does: a tagline filed as the name
    if (page.host !== null && !domainSpells(site, page.host) && domainSpells(logo, page.host) && !siteKey.includes(key.replace(/^the /, ""))) return logo;
  }
  return null;
}
