// A page's post on Facebook, saved as the platform shows it: the page's name over the post's time (its full date only
// in the time's tooltip, "Thứ Năm, 30 Tháng 10, 2025 lúc 11:20"), the post's words (often the headline in capitals
// first), and the link card of the article it relays: the article's address behind the platform's redirect
// (l.facebook.com/l.php?u=…), the publisher's domain in capitals and the headline. The article is the card's: its
// headline, its address, and its publisher, the page that posted it when the page's name spells the card's domain
// (a paper's own page), else the name the domain is known by. A post with no card is the page's own text, left as it
// is. The page is rewritten in place before it is cleaned; pure otherwise.
import { domainSpells, outletFromHost } from "./layout-model";
import { wordOfDomain } from "./domain-name";
import { foldForMatch } from "./normalize";
import { selectAll, selectOne } from "./dom-selectors";

const tidy = (s: string): string => s.replace(/\s+/g, " ").trim();
/** The platform's redirect with the article's address in its "u" parameter. */
const REDIRECT = /^https?:\/\/l[m]?\.facebook\.com\/l\.php\?u=([^&#]{8,2000})/i;
/** A card's domain line: "FORBES.VN", "thethaovanhoa.vn". */
const DOMAIN_LINE = /^[a-z\d-]{2,63}(?:\.[a-z\d-]{2,24}){1,3}$/i;

/** The article's address behind the platform's redirect, or null. */
export function redirectTarget(href: string): string | null {
  const m = REDIRECT.exec(href);
  if (!m?.[1]) return null;
  try {
    const target = decodeURIComponent(m[1]);
    return /^https?:\/\/[^/\s]+\/\S{4,}$/i.test(target) ? target : null;
  } catch {
    return null;
  }
}

/** Is the page a post saved from Facebook: its site name, or its address there? */
function facebookPage(doc: Document): boolean {
  const site = tidy(selectOne(doc, 'meta[property="og:site_name"]')?.getAttribute("content") ?? "");
  const own = selectOne(doc, 'meta[property="og:url"]')?.getAttribute("content") ?? selectOne(doc, 'link[rel="canonical"]')?.getAttribute("href") ?? "";
  return /^facebook$/i.test(site) || /^https?:\/\/(?:www\.|m\.|web\.)?facebook\.com\//i.test(own);
}

function setMeta(doc: Document, property: string, content: string): void {
  let meta = selectOne(doc, `meta[property="${property}"]`);
  if (!meta) {
    meta = doc.createElement("meta");
    meta.setAttribute("property", property);
    doc.head?.appendChild(meta);
  }
  meta.setAttribute("content", content);
}

/**
 * A Facebook page's post relaying an article through its link card: the card's headline becomes the page's h1 (the
 * post's line repeating it in capitals goes), the card's address the page's own, the publisher its site name, and the
 * time's tooltip its printed date.
 */
export function relayedPagePost(doc: Document): void {
  if (!facebookPage(doc) || selectOne(doc, "h1")) return;
  const post = selectOne(doc, '[role="article"]');
  if (!post) return;
  const card = selectAll(post, "a[href]").slice(0, 60).find((a) => redirectTarget(a.getAttribute("href") ?? "") !== null && a.children.length >= 2);
  if (!card) return;
  const address = redirectTarget(card.getAttribute("href") ?? "") as string;
  const words = selectAll(card, "span, div, h3, h4, strong").map((e) => tidy(e.textContent ?? "")).filter((t) => t.length > 0 && t.length <= 300);
  const domain = words.find((t) => DOMAIN_LINE.test(t))?.toLowerCase() ?? /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(address)?.[1]?.toLowerCase() ?? "";
  const headline = words.filter((t) => !DOMAIN_LINE.test(t) && t.length >= 12).sort((a, b) => b.length - a.length)[0];
  if (!headline) return;
  // the page's name: its heading's link over the post
  const pageName = tidy(selectOne(post, "h2, h3, strong")?.textContent ?? "");
  const message = selectOne(post, '[data-ad-preview="message"]') ?? card;
  // (a one-word domain's name is read in the language of the post's words, not of the platform's buttons)
  const publisher = pageName && domain && domainSpells(pageName, domain) ? pageName : (outletFromHost(domain) ?? wordOfDomain(domain, message.textContent ?? "") ?? domain);
  const h1 = doc.createElement("h1");
  h1.textContent = headline;
  message.parentElement?.insertBefore(h1, message);
  // the post's line that is the headline again (in capitals, as pages set it)
  for (const line of selectAll(message, "div, p").slice(0, 3)) if (foldForMatch(tidy(line.textContent ?? "")) === foldForMatch(headline)) line.remove();
  // the time: its tooltip's full date printed
  const stamp = selectAll(post, "abbr[title]").find((a) => /\b\d{4}\b/.test(a.getAttribute("title") ?? ""));
  if (stamp) stamp.textContent = tidy(stamp.getAttribute("title") ?? "");
  card.remove();
  for (const link of selectAll(doc, 'link[rel="canonical"]')) link.setAttribute("href", address);
  setMeta(doc, "og:url", address);
  setMeta(doc, "og:title", headline);
  if (publisher) setMeta(doc, "og:site_name", publisher);
}
