// A channel's or a social post's relay of an article opens its headline with the flags of the countries it is about
// ("🇷🇺🇰🇵 Putin hands …", "🇰🇷 Seoul summons …"). They tag the post, not the article: the headline is the words after
// them. Other pictographs in front ("⚡️ New group of …") are the channel's own words for the post ("breaking") and
// are kept, as an editor copying the post's headline keeps them.

/** Flags (pairs of regional indicators), a variation selector after one, with the spaces between. */
const LEADING_FLAGS = /^(?:\p{Regional_Indicator}{2}\u{FE0F}?\s?){1,8}\s*/u;

/** The title without the flags in front of it; a title of flags only, or without a word after them, as it is. */
export function withoutLeadingFlags(title: string | null): string | null {
  if (title === null) return null;
  const m = LEADING_FLAGS.exec(title);
  if (!m) return title;
  const rest = title.slice(m[0].length);
  return /^[\p{L}\d"“‘'(«]/u.test(rest) ? rest : title;
}
