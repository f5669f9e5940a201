// A channel's or a social post's relay of an article opens its headline with the flags of the countries it is about
// ("🇷🇺🇰🇵 Putin hands …", "🇰🇷 Seoul summons …"). They tag the post, not the article: the headline is the words after
// them. Other pictographs in front ("⚡️ New group of …") are the channel's own words for the post ("breaking") and
// are kept, as an editor copying the post's headline keeps them.
import { lineSpellingDomain } from "./outlet-clues";
import { caseless } from "./caseless";

/**
 * Flags (pairs of regional indicators), a variation selector after one, with the spaces between; and replacement
 * characters where a copy could not keep them (a flag's halves written as two character references each).
 */
const LEADING_FLAGS = /^(?:(?:\p{Regional_Indicator}{2}|\u{FFFD}{1,4})\u{FE0F}?\s?){1,8}\s*/u;

/** The title without the flags in front of it; a title of flags only, or without a word after them, as it is. */
export function withoutLeadingFlags(title: string | null): string | null {
  if (title === null) return null;
  const m = LEADING_FLAGS.exec(title);
  if (!m) return title;
  const rest = title.slice(m[0].length);
  return /^[\p{L}\d"“‘'(«]/u.test(rest) ? rest : title;
}

/**
 * Portals and apps that repost other outlets' articles (MSN, Yahoo, NewsBreak, Báo Mới …), and the readers and
 * archives an article is read or kept in (Inoreader, Readwise Reader, Ghostarchive, archive.today …): as a page's only
 * name they are the road the article came by, not its publisher, when the page credits the original outlet.
 */
const AGGREGATOR =
  /^(?:msn|msn (?:news|việt nam|vietnam)|microsoft start|yahoo|yahoo!? ?(?:news|finance|sports|life|singapore|news uk|news australia)|newsbreak|news break|smartnews|ground news|flipboard|google news|apple news|opera news|báo mới|baomoi|tin mới|zalo news|zing news app|cốc cốc|coc coc|instapaper|pocket|feedly|inoreader|newsblur|readwise|readwise reader|omnivore|matter|raindrop\.io|ghostarchive|archive\.(?:today|ph|is|li|md|vn|fo)|wayback machine)$/iu;
export const isAggregator = (name: string | null): boolean => name !== null && AGGREGATOR.test(name.trim());

/**
 * The outlet a credit names: capitalised ("The Diplomat", "Tuổi Trẻ", "24h"), maybe after its kind in lower case ("báo
 * Tuổi Trẻ", "trang Dân Việt"), or a bare domain ("vnexpress.net"), never a lowercase phrase ("Read the full story on
 * page 5", "Xem bài gốc tại đây", "trên báo này"). The cues before it read in any case.
 */
const NAME_OR_DOMAIN = String.raw`(?:(?:báo|tạp chí|trang|kênh|đài|cổng thông tin) )?(?:[\p{Lu}\d][^\n]{1,60}?|[a-z\d-]{2,63}(?:\.[a-z\d-]{2,24}){1,3})`;
/** A repost's credit to the original outlet, on a line of its own; the outlet's name is the group. */
const ORIGINAL_CREDIT: readonly RegExp[] = [
  /^(?:[Tt]his (?:story|article|post) (?:was )?(?:originally|first) (?:published|appeared) (?:by|in|on|at)|[Oo]riginally published (?:by|in|on|at)|[Ff]irst published (?:by|in|on|at)) (?:the website of )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d)(\p{Lu}[^\n]{1,60}?)\.?$/u,
  new RegExp(String.raw`^${caseless("(?:read|view|see) (?:the )?(?:original|full|whole) (?:article|story|post)? ?(?:on|at)")} (${NAME_OR_DOMAIN})\.?$`, "u"),
  /^[Tt]his (?:story|article|post) (?:was )?(?:originally|first) featured (?:on|in) (\p{Lu}[^\n]{1,60}?)\.?$/u,
  new RegExp(String.raw`^${caseless("(?:xem bài gốc|đọc bài gốc|xem nguồn) (?:trên|tại)")} (${NAME_OR_DOMAIN})\.?$`, "u"),
  // a portal's box of the source's other stories under the repost ("Thêm tin từ Một Thế Giới", "More stories from X")
  new RegExp(String.raw`^${caseless("(?:thêm tin từ|xem thêm tin từ|tin khác từ|more (?:news|stories|articles) from)")} (${NAME_OR_DOMAIN})$`, "u"),
  new RegExp(String.raw`^(?:©\s?)?${caseless("(?:provided by|cung cấp bởi|được cung cấp bởi)")} (${NAME_OR_DOMAIN})\.?$`, "u"),
  // the same credit at a caption's end, as a portal sets it after the picture's words ("… in a file picture. ©
  // Provided by Fortune", "… © Được cung cấp bởi VnFinance")
  /\s©\s?(?:[Pp]rovided by|[Đđ]ược cung cấp bởi|[Cc]ung cấp bởi) ([\p{Lu}\d][^\n©]{1,60}?)\.?$/u,
];
/** A name written as its site's address ("Fortune.com"): the name without the address's tail. */
const DOMAIN_TAIL = /^([\p{L}\d-]{2,40})\.(?:com|org|net|co|news)$/u;

/** A bare domain where a name was expected: "taichinhdoanhnghiep.net.vn". */
const BARE_DOMAIN = /^[a-z\d-]{2,63}(?:\.[a-z\d-]{2,24}){1,3}$/;

/** An address, or words about a site starting with an English determiner in lower case, where a name was expected. */
const ADDRESS_START = /^(?:[a-z][a-z\d+.-]{0,20}:\/\/|javascript:|data:|vbscript:|www\.)/i;
const DETERMINER_START = /^(?:the|a|an|this|that|its|their|our|his|her)\s/;

/**
 * The original outlet a repost credits ("This story was originally published by The Week.", "Read the original article
 * on The Dallas Morning News", "Xem bài gốc trên Truyền hình Nhân Dân", "© Provided by Washington Examiner"), or
 * null. Lines are looked at one by one, those of 120 characters or fewer only.
 */
export function creditedOriginal(text: string): string | null {
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    if (end - start <= 120) {
      const line = text.slice(start, end).trim();
      for (const re of ORIGINAL_CREDIT) {
        const name = re.exec(line)?.[1]?.trim();
        // a name, never an address ("https://…", "javascript:…") nor a phrase about a site ("the ministry's website"):
        // the cues read in any case and the name capitalised or a domain, so a lower-case start is looked at here
        // (a domain, "taichinhdoanhnghiep.net.vn", is the name a line of the page spells, when one does)
        if (name && !ADDRESS_START.test(name) && !DETERMINER_START.test(name) && !isAggregator(name)) return (BARE_DOMAIN.test(name) ? lineSpellingDomain(text, name) : null) ?? DOMAIN_TAIL.exec(name)?.[1] ?? name;
      }
    }
    start = end + 1;
  }
  return null;
}
