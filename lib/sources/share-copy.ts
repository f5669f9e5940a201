// What an app's share sheet and a social post add around an article's headline, read by structure rather than by any
// outlet's name: the site's name after the headline on a share sheet's first line ("Headline - Tiếng Chuông" over the
// link to tiengchuong.chinhphu.vn), and the link card a Facebook or Zalo post shows under its own text (the linked
// site's domain in capitals, "LAODONGCONGDOAN.VN", over the article's headline), whose headline is the article's title
// where the post's first line is the page's own teaser. Every pattern is anchored and bounded (see pathological.ts).
import { foldForMatch } from "./normalize";

/** The letters of a name or a host label, nothing else: "Tạp chí Năng lượng Việt Nam" → "tapchinangluongvietnam". */
const letters = (s: string): string => foldForMatch(s).replace(/[^a-z\d]/g, "");

/** The labels of an address's host that can spell a site's name: not "www", "m", "amp" nor the public ending. */
function hostLabels(url: string): string[] {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  const labels = host.split(".");
  // the public ending: the last label, and a generic second level before a country's ("com.vn", "gov.vn", "org.au")
  let end = labels.length - 1;
  if (end >= 2 && /^(?:com|gov|org|net|edu|co|ac|info|biz|int)$/.test(labels[end - 1] ?? "")) end--;
  return labels.slice(0, end).filter((l) => !/^(?:www\d?|m|amp|mobile|beta)$/.test(l) && l.length >= 3).map((l) => l.replace(/-/g, ""));
}

/** Does `name` spell one of the address's host labels (or hold it, "Tạp chí Năng lượng Việt Nam" on nangluongvietnam.vn)? */
export function nameSpellsHost(name: string, url: string): boolean {
  const key = letters(name);
  if (key.length < 4) return false;
  return hostLabels(url).some((label) => key === label || (label.length >= 6 && key.endsWith(label)) || (key.length >= 6 && label.startsWith(key)));
}

/** A title's last part after " - ", " – " or " | ": "Headline - Site". */
const SITE_SUFFIX = /^(.{12,300}?)\s(?:-|–|—|\|)\s([^|–—]{2,60})$/u;

/**
 * A headline with its site's name after a dash or bar, as a share sheet writes its first line ("Hàn Quốc triệu Đại
 * sứ Nga … - Tiếng Chuông"), when the name spells the link's host: the headline and the site's name. Null when the
 * part after the dash is the headline's own ("Nga - Triều Tiên", a name the host does not spell).
 */
export function siteSuffix(title: string, url: string | null): { title: string; site: string } | null {
  if (url === null) return null;
  const m = SITE_SUFFIX.exec(title);
  if (!m?.[1] || !m[2]) return null;
  const site = m[2].trim();
  // a name opens in a capital or a figure ("Tiếng Chuông", "24h"); the headline's own phrase after a dash does not
  // ("… for the war – address by the President" on president.gov.ua)
  return /^[\p{Lu}\d]/u.test(site) && nameSpellsHost(site, url) ? { title: m[1].trim(), site } : null;
}

/**
 * The site's name after the headline on a share sheet's first line, where the headline was read from the page below
 * it ("Nga - Triều Tiên kỷ niệm … - Hội Hữu nghị Việt - Nga" over the link, the headline printed again under the
 * masthead): the rest of the line after the headline and a dash or bar, when it spells the link's host. A name with a
 * dash of its own is read whole, as the headline is known.
 */
export function sharedSiteAfter(text: string, title: string, url: string | null): string | null {
  if (url === null || title.length < 12) return null;
  const first = text.slice(0, 400).trimStart().split("\n", 1)[0]?.trim() ?? "";
  if (first.length > title.length + 64 || !first.startsWith(title)) return null;
  const site = /^\s(?:-|–|—|\|)\s([^|]{2,60})$/u.exec(first.slice(title.length))?.[1]?.trim();
  return site && /^[\p{Lu}\d]/u.test(site) && nameSpellsHost(site, url) ? site : null;
}

/** A link card's domain line: a host in capitals, as Facebook prints it over the linked page's headline. */
const CARD_HOST = /^[ \t]*[A-Z\d][A-Z\d-]{0,62}(?:\.[A-Z\d-]{1,62}){1,4}[ \t]*$/gm;
/** A social post's counts and buttons under its card: "15 bình luận", "23 lượt chia sẻ", "Thích", "12 comments". */
const POST_COUNT = /^(?:\d[\d.,]{0,8}\s?[KkNn]?\s(?:bình luận|lượt chia sẻ|chia sẻ|lượt thích|lượt xem|comments?|shares?|likes?|views?)|thích|bình luận|chia sẻ|like|comment|share)$/iu;

/** The next `count` non-blank lines after `from`, trimmed. */
function linesAfter(text: string, from: number, count: number): string[] {
  const out: string[] = [];
  let at = from;
  while (out.length < count && at < text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, Math.min(end, at + 400)).trim();
    if (line.length > 0) out.push(line);
    at = end + 1;
  }
  return out;
}

/**
 * The headline on a social post's link card: the line under a domain in capitals (not the text's first line), with
 * the post's counts or buttons below the card. Null when the copy has no such card.
 */
export function linkCardTitle(text: string): string | null {
  CARD_HOST.lastIndex = 0;
  for (let m = CARD_HOST.exec(text), n = 0; m !== null && n < 20; m = CARD_HOST.exec(text), n++) {
    if (m.index === 0 || text.slice(0, m.index).trim().length === 0) continue;
    const [headline = "", ...below] = linesAfter(text, m.index + m[0].length + 1, 7);
    if (headline.length < 12 || headline.length > 200 || !/^["“'‘]?[\p{Lu}]/u.test(headline) || /[.:]$/.test(headline)) continue;
    if (below.some((l) => l.length <= 40 && POST_COUNT.test(l))) return headline;
  }
  return null;
}

/** An outlet read off an address alone ("chinhphu.vn"): a site's own name, once printed, says more. */
const BARE_DOMAIN = /^[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;

/**
 * A share sheet's or a social post's title and outlet: the link card's headline over the post's teaser, or the headline
 * without the site's name after it (that name the outlet, when only the address named one).
 */
export function sharedCopyFields(text: string, title: string | null, url: string | null, outlet: string | null): { title: string | null; outlet: string | null } {
  const card = linkCardTitle(text);
  if (card !== null) return { title: card, outlet };
  const suffix = title === null ? null : siteSuffix(title, url);
  if (suffix === null) {
    const site = title === null ? null : sharedSiteAfter(text, title, url);
    // the share's name for the site, where the page's masthead gave only an address or a piece of it
    return { title, outlet: site !== null && (outlet === null || BARE_DOMAIN.test(outlet) || letters(site).includes(letters(outlet))) ? site : outlet };
  }
  return { title: suffix.title, outlet: outlet === null || BARE_DOMAIN.test(outlet) ? suffix.site : outlet };
}
