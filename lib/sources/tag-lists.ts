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

/**
 * A topic tag with no label, as a blog platform prints its tags under the text (Medium's "Russia" / "North Korea" /
 * "Geopolitics"): one word to three, letters only, no sentence's mark.
 */
const BARE_TOPIC = /^\p{L}[\p{L}'’&-]*(?: \p{L}[\p{L}'’&-]*){0,2}$/u;
/** A writer's box's label or post: "WRITTEN BY", "About the author", "Research Fellow", "Phóng viên". */
const WRITER_BOX_LINE = /^(?:written by|about the author|author|by|bởi|tác giả|về tác giả|follow|theo dõi)$|\b(?:fellow|editor|reporter|correspondent|analyst|director|professor|writer|researcher|contributor|columnist|phóng viên|biên tập viên|nhà báo|tiến sĩ|chuyên gia)$/iu;
/** Unlabelled tags are read only as a run of this many or more ending the copy: two short lines may be two writers. */
const MIN_BARE_TAGS = 3;
/**
 * The copy's last lines a run of unlabelled topic tags under the article's last paragraph (a finished sentence right
 * above them): joined into one labelled line ("Tags: Russia, North Korea, Geopolitics"), which the foot reads as a tag
 * list, never as teasers, a byline or the text's last paragraph. Only the copy's last 20 lines are looked at.
 */
function joinTrailingTags(text: string): string {
  // (most copies end on no tag: their last line is asked alone first)
  const trimmed = text.trimEnd();
  const last = trimmed.slice(trimmed.lastIndexOf("\n") + 1).trim();
  if (last.length > 30 || !BARE_TOPIC.test(last)) return text;
  let cut = text.length;
  for (let n = 0; n < 20 && cut > 0; n++) cut = text.lastIndexOf("\n", cut - 1);
  const tail = text.slice(cut + 1).split("\n");
  const tags: string[] = [];
  let first = tail.length;
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = (tail[i] as string).trim();
    if (line.length === 0) continue;
    if (line.length <= 30 && BARE_TOPIC.test(line) && isTag(line) && tags.length < MAX_TAGS) {
      tags.unshift(line);
      first = i;
      continue;
    }
    if (!isProse(line) || tags.length < MIN_BARE_TAGS) return text;
    break;
  }
  // (a writer's box under the text is no tag list: "Owen Pettifer" / "Research Fellow" / "WRITTEN BY")
  if (tags.length < MIN_BARE_TAGS || first === 0 || tags.some((t) => WRITER_BOX_LINE.test(t))) return text;
  return `${text.slice(0, cut + 1)}${tail.slice(0, first).join("\n")}\nTags: ${tags.join(", ")}\n`;
}

export function joinTagLists(text: string): string {
  const joined = labelBeforeBreak(text) ? joinLabelledTags(text) : text;
  return joinTrailingTags(joined);
}

function joinLabelledTags(text: string): string {
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
