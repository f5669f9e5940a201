// A tag list a copy put one tag a line below the article's text ("Từ khóa:" / "Nga" / "Triều Tiên" / "hàng không",
// or "Từ khóa" without its colon): each tag is a link, and a select-all copy lands every link on a line of its own.
// Joined back onto its label ("Từ khóa: Nga, Triều Tiên, hàng không") before the footer is read, the list is one
// furniture line: its tags are never read as teaser headlines, a byline ("Đông Bắc Á") or a last paragraph's
// continuation.
import { isFurnitureLine, isTailMarker } from "./clean";

/** A tag list's label alone on its line: "Từ khóa:", "Tags:", "Tag:", "Chủ đề:", "Thẻ:", "Nhãn:", "Labels:". */
const TAG_LABEL = /^(?:tags?|từ khóa|từ khoá|chủ đề|thẻ|nhãn|labels)\s*:$/iu;
/**
 * Its label without the colon ("Từ khóa", "Tags"). Either is a list's only below the article's text: above it, the
 * word is a menu's and the short lines under it the menu, the section or the headline. English sites head the list
 * with its topics too ("Topics You May Be Interested In", Mint's; "Related Topics").
 */
const BARE_TAG_LABEL = /^(?:tags|từ khóa|từ khoá|topics|related topics|topics you may be interested in|more on these topics)$/iu;
/** A line of article text: a finished sentence of twelve words or more. */
const isProse = (line: string): boolean => line.length >= 80 && /[.!?…]["”’»)]?$/u.test(line) && line.split(" ").length >= 12;
/** At most this many tags are joined to one label. */
const MAX_TAGS = 15;

/** A tag: a short line without a sentence's end or a counter's bracket ("Bình luận (0)"), not a page's notice. */
const isTag = (line: string): boolean => line.length > 0 && line.length <= 50 && !/[.!?…:;)\]"”»]$/u.test(line) && !/^\d/.test(line) && !isFurnitureLine(line) && !isTailMarker(line);

/**
 * A tag list's label word, then the line's end: `/(?:tags?|…)\s?:?[ \t]*\n/iu` as it was tested on the whole text,
 * read backwards from each line break instead of tried at every position of the text.
 */
const LABEL_BEFORE_BREAK = /(?<=(?:tags?|từ kh(?:óa|oá)|chủ đề|thẻ|nhãn|labels|topics(?: you may be interested in)?)\s?:?[ \t]*)\n/iuy;
function labelBeforeBreak(text: string): boolean {
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
    LABEL_BEFORE_BREAK.lastIndex = at;
    if (LABEL_BEFORE_BREAK.test(text)) return true;
  }
  return false;
}

export function joinTagLists(text: string): string {
  if (!labelBeforeBreak(text)) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  let belowText = false; // an article-size sentence stands above
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!belowText || !(TAG_LABEL.test(line) || BARE_TAG_LABEL.test(line))) {
      belowText ||= isProse(line);
      out.push(lines[i] as string);
      continue;
    }
    const tags: string[] = [];
    let j = i + 1;
    while (j < lines.length && tags.length < MAX_TAGS && isTag((lines[j] as string).trim())) tags.push((lines[j++] as string).trim());
    // one tag is no list (a label over a line of its own: "Chủ đề:" / "Quan hệ Nga - Triều Tiên" may head a text)
    if (tags.length < 2) {
      out.push(lines[i] as string);
      continue;
    }
    out.push(`${line.endsWith(":") ? line : `${line}:`} ${tags.join(", ")}`);
    i = j - 1;
  }
  return out.join("\n");
}
