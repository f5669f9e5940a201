// Article cleaning: drops page furniture, strips markdown, and sorts lines into paragraph / heading / caption blocks.
import { isPromoHead, skipPastEnd } from "./promo-lines";
import { isTradeTailMarker } from "./trade-notices";
import { isBlogButton, isPlayerLabel, isWallNote, nextArticleStart, pageTailAt } from "./page-tail";
import { captionByMoreForms, withoutAnnotationsNote } from "./caption-forms";
import { isPlayerTailMarker } from "./player-notices";
import { stopEndsSentence } from "./abbreviations";
import { bracketSignOff, namedAsPlace, placeInCapitals, REPORTING_WORDS, isCaptionLine, isCreditOnly, isEmailCredit, isFigureNumber, isFurniture, isGalleryCount, isLiveEntryStamp, isNotice, isSection, isStoryCredit, isWireCreditedCaption, readByline, readDateLine, headlineUnderPlayer } from "./layout-model";
import { foldForMatch, tidyLine } from "./normalize";
import { caseless } from "./caseless";
import { anyPatternOf, hasPieces, memoByLine } from "./line-speed";
import { withoutNoteMarkers } from "./note-markers";
import { isLongPageNotice, isPageNotice, isPromptNote } from "./page-notices";
// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyFurniture = anyPatternOf(() => FURNITURE);

export type BlockKind = "paragraph" | "heading" | "caption";
export interface Block {
  kind: BlockKind;
  text: string;
}
export interface CleanOptions {
  /** Titles of the articles of a dossier: a line repeating one of them is a related-story link. */
  relatedTitles?: readonly string[];
  /** The byline's writer(s): a paragraph at the foot that tells who the writer is is their bio, not the text. */
  writer?: string | null;
  /** The line printed right below the headline (a standfirst's place): the text's first line, never a picture's caption. */
  belowHeadline?: string | null;
}

const foldedTitles = new WeakMap<readonly string[], Set<string>>();
function relatedSet(titles: readonly string[] | undefined): Set<string> {
  if (!titles || titles.length === 0) return new Set();
  let set = foldedTitles.get(titles);
  if (!set) foldedTitles.set(titles, (set = new Set(titles.map(foldForMatch))));
  return set;
}
/** A prompt to the video the page embeds: "Watch the video below:", "Watch the full report:", "Xem video:", "Mời xem video dưới đây:". */
const VIDEO_PROMPT = /^(?:(?:watch|see|view) (?:the |this |our )?(?:full )?(?:video|clip|report|interview)(?: (?:below|here|above))?|(?:mời (?:bạn |quý vị )?)?xem (?:video|clip)(?: (?:dưới đây|bên dưới|sau))?)\s?:?$/iu;
/** A video's title under its prompt: a line of title size, no sentence's end and no paragraph of prose. */
const videoTitle = (plain: string): boolean => plain.length >= 10 && plain.length <= 140 && !/[.!?…]["”’)]?$/.test(plain) && !isProseLine(plain);

export interface CleanResult {
  blocks: Block[];
  headings: string[];
  captions: string[];
  /** Paragraphs and headings (not captions), separated by blank lines. */
  body: string;
}

/** Whether a line holds any character of inline markup ("]", "*", "\\", "_", "#"): five searches, faster than one class. */
const hasMarkup = (s: string): boolean => s.includes("]") || s.includes("*") || s.includes("\\") || s.includes("_") || s.includes("#");

/** Inline markdown → plain text: links keep their text, images and emphasis markers go, escapes resolve. */
export function stripInline(s: string): string {
  if (!hasMarkup(s)) return s.trim();
  let t = s;
  if (t.includes("](")) {
    t = t.replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, "").replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, "$1");
  }
  if (t.includes("*")) t = t.replace(/\*+/g, "");
  if (t.includes("\\")) t = t.replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, "$1");
  if (t.includes("__")) t = t.replace(/__(?=\S)([^_\n]+)__/g, "$1");
  if (t.startsWith("#")) t = t.replace(/^#{1,6}\s+/, "");
  return t === s ? t.trim() : tidyLine(t);
}

const SHARE_WORDS =
  /chia sẻ(?: bài viết)?|share(?: this)?|in bài(?: viết)?|bản in|print|facebook|twitter|zalo|email|e-mail|gửi email|copy link|sao chép(?: liên kết)?|whatsapp|telegram|linkedin|reddit|pinterest|messenger|tweet|lưu bài|lưu|bookmark|tải về|download|(?:font|text) size|cỡ chữ|\bx\b/gi;
/** Languages as a site's language switch names them, each in its own tongue or in English. */
const LANGUAGE_NAMES = "tiếng việt|english|vietnamese|tiếng anh|français|french|中文|chinese|한국어|korean|日本語|japanese|русский|russian|español|deutsch|ລາວ|ខ្មែរ|bahasa indonesia";
const FURNITURE: RegExp[] = [
  /javascript/i,
  /^(?:loader|loading|đang tải)(?:\.\.\.|…)?$/i,
  // (and as WordPress's Vietnamese themes and Blogger label them: "Nhãn:", "Labels:")
  /^(?:tags?|topics?|related topics|topics you may be interested in|từ khóa|từ khoá|chủ đề|nhãn|labels)\s*:/i,
  // "Tags:" as a browser translates it into Vietnamese, or a Vietnamese theme labels it ("Thẻ: Triều Tiên, Nga, ngoại
  // giao"): with a list of short names after it, or one run of names with no sentence's marks ("Thẻ: Hiệp ước Nga
  // Triều Tiên Kim Jong Un"), "thẻ" being a card too ("Thẻ: chỉ dùng tại quầy.")
  /^thẻ\s?:\s?[^,.;:!?]{2,40}(?:,\s?[^,.;:!?]{2,40}){1,12}$/iu,
  /^[Tt]hẻ\s?:\s?[\p{Lu}][^.!?;:,]{1,80}$/u,
  // a wire's or a paper's rights line with no copyright sign nor year, its name first: "Jiji Press. All rights reserved.
  // No reproduction without permission." (a line with the sign names the page's owner: read as a copyright line)
  /^(?!copyright\b)[^©\d|]{2,60}\.\s+all rights reserved\.?(?:\s+no (?:reproduction|redistribution|republication|reprinting)\b.{0,80})?$/i,
  // a writer's box's heading, with the name after its colon or not: "About the Author: Dr. Marcus Delaney", "Về tác giả"
  // (a sentence about a book's or a plan's author goes on past a name: "About the author of the plan, little is known.")
  new RegExp(String.raw`^${caseless("(?:about the (?:author|writer|contributor)s?|về tác giả|giới thiệu tác giả)")}(?:\s?:\s?(?:(?:Dr|Prof|Mr|Ms|Mrs|TS|ThS|PGS)\.?\s)?[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,4})?$`, "u"),
  /^comments? (?:are|is) closed\.?$/i,
  /^bình luận (?:đã )?(?:bị )?đóng/i,
  // a cookie notice by its first words: "This website uses cookies to …", "We use cookies to personalise content …",
  // "Trang web này sử dụng cookie …"
  /^(?:•\s*)?(?:we accept|accept(?: all)? cookies|chấp nhận cookie|chúng tôi sử dụng cookie|(?:this|our) (?:web ?site|site) uses cookies\b|we(?: and our partners)? use cookies (?:to|and|on|for)\b|we value your privacy\b|(?:trang web|website)(?: này)? sử dụng cookie)/i,
  /^(?:advertisement|quảng cáo|sponsored|bỏ qua quảng cáo|skip ad|scroll to continue)$/i,
  /^capture à partir de\b/i,
  /^\d{2,4}px[\s_-]/i,
  /^\S+\.(?:jpe?g|png|gif|webp|avif)$/i,
  /^(?:[-*_•·]\s*){3,}$/,
  // a site's language switch copied as one line: "Tiếng Việt | English", "English / Tiếng Việt / 中文"
  new RegExp(`^(?:${LANGUAGE_NAMES})(?:\\s?[|/·•]\\s?(?:${LANGUAGE_NAMES})){1,6}$`, "iu"),
];
const isProseLine = (s: string): boolean => s.length >= 60 && /[.!?…]["”’»)]?$/.test(s) && hasPieces(s, 10);
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|avif)$/i;
// ("Đọc thêm về chủ đề này", "Xem thêm cùng chủ đề": a foreign service's box of its other stories on the topic, and
// DW's "Thêm bài từ chủ đề", its "More on this topic"; "Featured" and "Important" as "Nổi bật" heads its box, "See more"
// as "Xem thêm" and "Read more" do)
const TAIL_MARKER =
  /^(?:(?:đọc|xem) thêm(?: (?:về|cùng) (?:chủ đề|vấn đề|sự kiện|đề tài)(?: này)?)?|thêm (?:bài |tin |bài viết )?(?:từ|về|cùng) (?:chủ đề|chuyên mục)(?: này)?|đọc tiếp|xem tiếp|tin liên quan|bài liên quan|bài viết liên quan|(?:tin|bài|bài viết|tin bài) có liên quan|(?:tin |bài |tin bài )?cùng (?:chuyên mục|chủ đề)|tin (?:bài )?cùng chủ đề|có thể bạn quan tâm|các tin(?:,| bài| bài viết)? (?:bài viết )?khác|bài viết khác|tin khác|tin chính|tin mới(?: nhất| cập nhật)?|đang phổ biến|(?:đang )?(?:đọc|xem) nhiều(?: nhất)?|video đang được xem nhiều|các tin tức khác|tin tức khác|related(?: stories| articles| news| coverage| content| article| topics)?|in this (?:news|story|article)|(?:topics|mentioned) in this (?:story|article)|(?:read|see) more(?: from [\p{L} ]{2,30}| [\p{L}&]{2,20}(?: [\p{L}&]{2,20}){0,2})?|read next|read also|also read|see also|more stories(?: from [\p{L} ]{2,30})?|more on(?: this story)?|explore more on these topics|most (?:liked|read|viewed|popular|recent)|latest (?:headlines|news|stories)|recommended(?: for you)?|more from [\p{L} ]{2,30}|see more on|tin nổi bật|nổi bật|featured(?: (?:stories|news|articles|posts))?|important(?!\s*:)|tin hot|(?:bài viết|tin bài|tin|bài) cùng (?:chuyên mục|chủ đề)|video|videos|xem video|video liên quan|bài tiếp theo|tin tiếp theo|bài viết tiếp theo|next article|next story|up next)\s*:?$/iu;

/** A line repeating a dossier title (sentences ending in a full stop or comma never are). */
function isRelated(related: Set<string>, plain: string): boolean {
  return related.size > 0 && plain.length <= 200 && !/[.,;:]["”»]?$/.test(plain) && related.has(foldForMatch(plain));
}

/**
 * A page's notice too long for the furniture lexicon's reach (a wire's copyright, a syndicated feed's note, a comment
 * box's rules): page-notices.ts's forms, which read lines up to 240 characters.
 */
const longNotice = (plain: string): boolean => plain.length <= 240 && (LONG_NOTICE_START.test(plain) || LONG_NOTICE_SAYS.test(plain)) && isPageNotice(plain, () => foldForMatch(plain));
/** Long notices known by their first words, as printed: a site's appeal ("At X, we believe …"), an academic's disclosure. */
const LONG_NOTICE_SAYS = /^(?:(?:Here at|At) (?:\S+ ){0,2}\S+, we believe\b|(?:\S+ ){1,6}(?:does|do) not work for, consult\b)/;
/** How such a notice opens: read first, so an article's paragraphs (most lines this long) are never folded for it. */
const LONG_NOTICE_START =
  /^[("“]?(?:copyright|©|\(c\)|only the headline|except for the headline|(?:this|the) (?:story|article|report|copy)|the rest of|disclaimer|comments?|commenting|all (?:content|contents|material)|independent journalism|subscribe|bình luận|ý kiến|tin|bài|nội dung)\b/i;

/** Page furniture that is never article text (javascript notices, loaders, tags, counters, share bars…). */
export function isFurnitureLine(plain: string): boolean {
  return furnitureLineMemo(plain);
}
// Pure and asked of the same lines by the splitter, the cleaner and the metadata scans: remembered per line.
const furnitureLineMemo = memoByLine((plain) => furnitureLineOf(plain));
// (a long line's caption forms and a paragraph's note markers: pure, and asked again of every copy of the same
// paragraph; captionByMoreForms answers no for any line over 320 characters without a test, so those are not kept)
const longCaptionMemo = memoByLine((plain) => captionByMoreForms(plain));
const noteMarkersMemo = memoByLine((paragraph) => withoutNoteMarkers(paragraph));
function furnitureLineOf(plain: string): boolean {
  if (plain.length === 0) return true;
  if (isNotice(plain)) return true; // page-notices.ts: every notice family's lexicon (remembered: isFurniture below asks it again)
  if (plain.length > 120) return (plain.length <= 200 && /javascript/i.test(plain)) || longNotice(plain) || isLongPageNotice(plain);
  if (anyFurniture(plain)) return true;
  if (isFurniture(plain)) return true;
  if (isGalleryCount(plain)) return true;
  if (plain.length <= 80) {
    const rest = plain.replace(SHARE_WORDS, "");
    if (rest !== plain && /^[\s|,.•·/:;()\-–]*$/.test(rest)) return true;
  }
  return false;
}

/**
 * A line after a related-stories box that is article text again: a finished sentence of article size after a blank
 * line, or anywhere in a copy that has no blank line at all (a select-all that put one newline between paragraphs).
 */
const resumesText = (l: Line, singleSpaced: boolean): boolean => (l.gap > 0 || singleSpaced) && !l.linkOnly && isProseLine(l.plain);
/**
 * A short last paragraph under a related box, with the article's credit right below it or as the text's last line
 * (the credit already read off by the metadata: "Bộ Kinh tế Nga không trả lời đề nghị bình luận của Reuters." /
 * "Theo Lan Phương"): a finished sentence of six words or more is the article's text again, as a teaser's summary,
 * with the next teaser's headline below it, is not.
 */
function signedLastLine(lines: readonly Line[], k: number): boolean {
  const l = lines[k] as Line;
  const credit = lines[k + 1];
  const p = l.plain;
  return (credit === undefined || isStoryCredit(credit.plain) || storyFootNotice(credit.plain)) && !l.linkOnly && p.length >= 30 && /^[\p{Lu}]/u.test(p) && /[\p{L}\d)”"]\.$/u.test(p) && p.split(" ").length >= 6 && !isFurnitureLine(p);
}
/**
 * A notice printed only at the foot of a story's own text, never under a teaser: a wire's rights notice ("Copyright 2026
 * The Associated Press. All rights reserved. This material may not be published …") or an error-report prompt ("If you
 * find an error in the text, select it and press Ctrl+Enter").
 */
const STORY_FOOT = /^(?:(?:copyright|©)\b.{0,80}\ball rights reserved\b.{0,40}\bmay not be\b.{0,160}|if you (?:find|found|notice|spot|see) an? (?:error|mistake|typo|misprint)s?\b.{0,80}\bctrl\b.{0,20}|(?:found|spotted|noticed) an? (?:error|mistake|typo)\b.{0,80}\bctrl\b.{0,20})$/i;
const storyFootNotice = (plain: string): boolean => plain.length <= 300 && STORY_FOOT.test(plain);
/** A reader poll's heading and its last button: "Poll", "Thăm dò ý kiến" … "Vote", "Bình chọn", "Xem kết quả". */
const POLL_HEAD = /^(?:poll|reader poll|quick poll|our poll|thăm dò(?: ý kiến)?|khảo sát(?: nhanh)?|ý kiến của bạn)\s*:?$/iu;
const POLL_END = /^(?:vote|submit|view results|see results|bình chọn|biểu quyết|gửi|xem kết quả)$/iu;
/** A marker that opens the next story ("Bài tiếp theo", "Next article", "Up next"): what follows is never this article's text. */
const NEXT_STORY = /^(?:bài tiếp theo|tin tiếp theo|bài viết tiếp theo|next article|next story|up next|read next)\s*:?$/iu;
export const isNextStoryMarker = (plain: string): boolean => NEXT_STORY.test(plain);

/**
 * A carrying site's lists of its own stories, inside the text or under it: "More in this section", "Most Read from
 * Bloomberg", "Top stories from X", "Trending", "Trending Now", "Trending Stories", "Trending Topics", "Most popular on X", and a chain
 * paper's box of its group's stories, "Trending Nationally", "Trending in Sports", and a section's latest with the
 * section named between ("Most recent World stories", "Latest Politics news", "More Business headlines").
 */
const SITE_LISTS = /^(?:more (?:in|from) this (?:section|category|topic|series)|(?:most (?:read|viewed|popular|shared|watched)|top stories|more stories|latest stories) (?:from|on|at|in) [\p{L}\d.& ]{2,30}|trending(?: now| stories| news| topics| searches| today| nationally| locally| in [\p{L}&]{2,20}(?: [\p{L}&]{2,20})?)?|(?:most recent|latest|more|top) (?!(?:news|stories|headlines|videos|latest|recent)\b)[\p{L}&]{2,20}(?: [\p{L}&]{2,20})? (?:stories|news|headlines|videos))\s*:?$/iu;
/**
 * A section's box of its other stories, named after the section in capitals: "More in World", "Latest from World",
 * "MORE IN ASIA PACIFIC", "Latest In Markets" (case kept: "More in store" or "latest from the front" is no box's name).
 */
const SECTION_BOX = /^(?:More|MORE|Latest|LATEST) (?:in|In|IN|from|From|FROM) \p{Lu}[\p{L}&]{1,20}(?: \p{Lu}[\p{L}&]{1,20})?:?$/u;

/**
 * A picture desk's list of its other galleries under a gallery: "More photo galleries", "Other galleries", "More in
 * pictures", "Chùm ảnh khác", "Phóng sự ảnh khác", "Các album ảnh khác", "Xem thêm chùm ảnh".
 */
// ("Xem thêm ảnh", a gallery's button with more of its own pictures below it, is none)
const PICTURE_LISTS =
  /^(?:(?:more|other|related|latest|recent) (?:photo |picture |image )?(?:galleries|slideshows|photo stories|in pictures)|(?:xem thêm |các )?(?:chùm ảnh|phóng sự ảnh|album ảnh|bộ ảnh|tin ảnh) khác|(?:xem thêm|các) (?:chùm ảnh|phóng sự ảnh|album ảnh|bộ ảnh)|(?:chùm ảnh|phóng sự ảnh|album ảnh|bộ ảnh|tin ảnh|ảnh) cùng chuyên mục)\s*:?$/iu;

/** A newsletter's heading over its other stories: "ALSO IN TODAY'S PAPER", "In other news", "Cũng trong số này". */
const MORE_IN_ISSUE = /^(?:also in (?:today['’]s|this|the|our) (?:paper|issue|edition|newsletter|briefing|brief)|in other news|other (?:stories|headlines) (?:today|in this issue)|(?:cũng )?trong số (?:báo )?(?:này|hôm nay))\s*:?$/iu;

/** A magazine's list of its other stories under the text: "More Must-Reads from TIME", "Must reads", "Don't miss". */
const MUST_READS = /^(?:more )?(?:must[- ]reads?|must[- ]read stories|don['’]t miss|đừng bỏ lỡ)(?: (?:from|on|at) [\p{L}\d.& ]{2,30})?\s*:?$/iu;

/**
 * A report's or a journal's notes under the text, a fact-check's list of its sources and a study's citation box, and a
 * blog's list of its other posts: "Endnotes", "ENDNOTES", "Footnotes", "Notes and references", "Sources", "Our
 * Sources", "Cite this case study:", "How to cite this article", "Related Posts", "Chú thích", "Tài liệu tham khảo",
 * "Nguồn tham khảo", "Stories you might like", "You may also like"; an official site's "Publications on the topic", "On the same topic", "More on the topic", and a news release's
 * "Associated links", its end mark ("ENDS", "— ENDS —") and its "Notes to editors".
 */
const NOTES_OR_POSTS =
  /^(?:end ?notes|foot ?notes|notes(?: and references)?|references|(?:our )?sources(?: cited| used)?|cite this (?:case study|article|report|study|page|story|fact[- ]check|piece)|how to cite(?: this (?:article|report|page|study))?|(?:related|similar|more|other) posts|(?:stories |articles )?you (?:might|may) (?:also )?like|chú thích|tài liệu tham khảo|nguồn tham khảo|(?:publications|news|materials|articles|stories|documents) on (?:the|this) (?:topic|subject|issue)|on the same (?:topic|subject)|more on (?:this|the) (?:topic|subject)|associated links|useful links|liên kết hữu ích|liên kết liên quan|notes? (?:to|for) editors?|[-–—]{1,2}\s?ends\s?[-–—]{1,2}|ends)\s*:?$/iu;

/**
 * A heading over a page's or account's other posts, naming whose ("Bài viết khác của Official Account", "Các bài khác
 * trong mục", "Other posts from X", "More articles by X", a blog category's "Korea-Russia category's other posts" and
 * "List of posts", "Recommended from Medium", a short video's "Video của nhà sáng tạo"), a social site's side column
 * ("Relevant people", "Who to follow", "What's happening"), and a social post's comment sorter, the comments below it ("Phù hợp nhất", "Most
 * relevant", "Tất cả bình luận").
 */
const OTHER_POSTS =
  /^(?:(?:các |những )?(?:bài viết|bài|tin|tin bài) khác (?:của|từ|trong|cùng) [\p{L}\d .&'-]{2,30}|(?:other|more) (?:posts|articles|stories) (?:from|by|in) [\p{L}\d .&'-]{2,30}|[\p{L}\d .&-]{2,24}['’]s other posts|list of posts|recommended (?:from|on) [\p{L}\d.& ]{2,20}|(?:video|videos) (?:của|from) (?:nhà sáng tạo|creator|this creator)|relevant people|who to follow|what['’]s happening|phù hợp nhất|tất cả bình luận|bình luận (?:hàng đầu|mới nhất)|most relevant|all comments|top comments|newest first)\s*:?$/iu;

/**
 * A live page's or a column's list of headlines inside the text, and a box of more coverage: "Key events", "Key
 * points", "In Short", "Latest developments", "Diễn biến chính", "Sự kiện nổi bật", "More coverage". The short lines
 * below it are the list; the text resumes below.
 */
const KEY_EVENTS = /^(?:key (?:events|moments|updates|developments)|in short|latest developments|(?:more|further|related) (?:live )?coverage|diễn biến chính|(?:các )?diễn biến (?:mới nhất|nổi bật)|sự kiện (?:nổi bật|chính)|(?:các )?mốc (?:chính|quan trọng))\s*:?$/iu;

/**
 * A portal's or an old site's list of the stories it ran before or after this one: "Tin đã đưa", "Các tin đã đăng",
 * "Tin bài đã đưa", "Các tin cũ hơn", "Các tin mới hơn", "Tin trước", "Bài đã đăng", "Older news", "Earlier stories",
 * "Previous articles", "Newer posts".
 */
const EARLIER_STORIES =
  /^(?:(?:các |những )?(?:tin|bài|tin bài|bài viết|tin tức) (?:đã (?:đưa|đăng|xuất bản)|cũ hơn|mới hơn|trước(?: đó)?|đăng trước)|(?:older|earlier|previous|newer|past) (?:news|stories|articles|posts|items))\s*:?$/iu;

/**
 * A source list's entry as fact-checkers and reports print it: the source, a quoted title, a day ("Russian Ministry of
 * Foreign Affairs. "Comment on claims …" 2 Dec 2026.", "Kremlin. "Transcript of the call." Kremlin.ru, 3 Dec. 2026.").
 */
const CITATION = /^[^"“”]{2,100}[.,:]\s["“][^"“”]{4,160}["”](?:\s[^"“”]{0,60})?\b(?:19|20)\d{2}\.?$/u;
/**
 * One note or cited work of such a list: its number first ("[1] Yonhap, …", "(2) Điều 4, …", "1. Lê Văn Minh (2025),
 * …", "2 Nhóm Giám sát …") or a work cited with its year in brackets after the names ("Lankov, A. (2025). Russia …").
 */
function isNoteEntry(plain: string): boolean {
  return plain.length <= 600 && (NOTE_NUMBER.test(plain) || CITED_WORK.test(plain));
}
const NOTE_NUMBER = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]?|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s*\p{Lu}/u;
const CITED_WORK = /^\p{Lu}[^()\n]{1,80}\((?:\d{4}[a-z]?|n\.d\.)\)[.,:]?\s/u;

/**
 * A live page's or a story's summary box over its points: "Key points", "Key highlights", "Key takeaways", "Top
 * highlights", "Điểm chính", "Những điểm chính", "Điểm nhấn". The label is the page's; the points below it are what
 * the page reports, so they stay text (a list of headlines to jump to, "Key events", is another thing).
 */
const KEY_POINTS = /^(?:key (?:points|highlights|takeaways)|top highlights|(?:những )?điểm (?:chính|nhấn)(?: của bài| trong bài)?)\s*:?$/iu;
export const isKeyPointsLabel = (plain: string): boolean => plain.length <= 30 && KEY_POINTS.test(plain);

/** A journal's keywords label alone on its line, its keywords on the next: "Từ khóa:", "Keywords", "Key words:". */
const KEYWORDS_LABEL = /^(?:từ khóa|từ khoá|keywords?|key words)\s*:?$/iu;

export function isTailMarker(plain: string): boolean {
  return plain.length <= 40 && (anyTailMarker(plain) || isTradeTailMarker(plain) || isPromoHead(plain) || isPlayerTailMarker(plain));
}
/** This file's markers of what follows a story, each asked only of lines that could hold it (line-speed.ts). */
const anyTailMarker = anyPatternOf(() => [TAIL_MARKER, MORE_IN_ISSUE, MUST_READS, NOTES_OR_POSTS, OTHER_POSTS, KEY_EVENTS, EARLIER_STORIES, SITE_LISTS, SECTION_BOX, PICTURE_LISTS]);

const CAPTION_PREFIX =
  /^(?:ảnh(?: tư liệu| minh họa| minh hoạ| chụp màn hình)?\s*:|ảnh chụp\b|ảnh tư liệu\b|hình ảnh vào ngày\b|hình\s*:|(?:(?:file|archive) )?photo\s*:|image\s*:|caption\s*:|chú thích(?: ảnh| hình ảnh)?\s*[,:])/i;
/**
 * A picture's caption under its label, a scene described at a sentence's length ("Photo: Sergei Lavrov and Choe Son
 * Hui in Pyongyang. Credit: …"): it starts a caption of its own, never goes on with the line above it, as a bare
 * credit ("Ảnh: TTXVN") under its caption does.
 */
const labelledCaption = (plain: string): boolean => CAPTION_PREFIX.test(plain) && plain.replace(CAPTION_PREFIX, "").trim().split(" ").length >= 5;
const IMAGE_CREDIT = /^(?:nguồn hình ảnh|nguồn ảnh|image source|photo credit|getty images)\s*[,:]?/i;
/**
 * The words a picture's description opens with, never a paragraph's when the line is short: "Hiện trường …",
 * "Phối cảnh …", "Toàn cảnh …", "An aerial view of …", "A rendering of …", "File photo …", "Ảnh vệ tinh …",
 * "A satellite image of …".
 */
const CAPTION_OPENING =
  /^(?:hiện trường|phối cảnh|toàn cảnh|quang cảnh|cận cảnh|khung cảnh|mô hình|sơ đồ|bản đồ|biểu đồ|đồ họa|ảnh chụp|ảnh minh họa|(?:an? )?(?:aerial|general|file|archive) (?:view|photo|picture|image)\b|(?:an? )?(?:artist's )?(?:rendering|impression|screenshot|screen grab|still) (?:of|from|shows)\b|file photo\b|ảnh vệ tinh\b|(?:an? )?satellite (?:image|photo|picture|view) (?:of|taken|shows)\b)/i;
/**
 * A picture's or graphic's credit label before the names: "Ảnh:", "Photo:", "Nguồn ảnh:", "Image source:", "Đồ họa:",
 * "Graphic:", "Satellite image:", and the copyright sign after a picture's word instead of a colon ("Satellite image
 * ©2026 Maxar Technologies", "Ảnh vệ tinh © 2026 Planet Labs PBC", "Image © Airbus DS").
 */
const CREDIT_LABEL =
  /^(?:(?:ảnh|photo|photos|photograph|photographs|pic|picture|image|credit|nguồn ảnh|nguồn hình ảnh|image source|photo source|picture source|imagery source|ảnh tư liệu|(?:ảnh|hình) minh (?:họa|hoạ)|hình|hình ảnh|đồ họa|đồ hoạ|thiết kế đồ họa|graphic|graphics|infographic|ảnh vệ tinh|satellite image|satellite imagery|satellite photo|imagery)\s*:\s*|(?:ảnh|hình|hình ảnh|ảnh vệ tinh|photo|image|imagery|satellite image|satellite imagery|satellite photo)\s?©\s?(?:(?:19|20)\d{2}\s?)?)/i;
/** An analyst's note on the marks drawn on a picture, alone on its line: "Annotations by CNS", "Annotated by Jane Doe." */
const ANNOTATIONS_ONLY = /^(?:annotations|annotated|analysis and annotations) by\s[\p{L}\d .&'’-]{2,40}\.?$/iu;
/** A map's data credit: "Map data © OpenStreetMap contributors", "Map data ©2026 Google", "Bản đồ © Esri". */
const MAP_CREDIT = /^(?:map data|map tiles|basemap|base map|dữ liệu bản đồ|bản đồ|map)\s?(?:©|\(c\))\s?(?:(?:19|20)\d{2}\s?)?\S[^!?]{1,90}$/iu;
/**
 * A photo credit alone on its line, nothing else: "Ảnh: Hoàng Dũng", "Photo: Reuters", "Pic: PA", "Credit: RFA",
 * "Brandon Bell/Getty Images". Printed on the line below its caption, it makes that line a caption too.
 */
const CREDIT_NAMES = /^(?:[\p{Lu}\d][\p{L}\d'’.&+-]*)(?:(?:\s*[/,&]\s*|\s+(?:và\s+|and\s+)?)[\p{Lu}\d][\p{L}\d'’.&+-]*){0,4}$/u;
/**
 * A picture's note that it only illustrates, alone on its line under the caption: "Ảnh minh họa", "(Ảnh minh hoạ)",
 * "Hình minh họa", "Ảnh: Minh họa", "Ảnh tư liệu", "Ảnh chụp màn hình", "Illustrative photo", "File photo", "Stock image".
 */
const ILLUSTRATION_CREDIT =
  /^\(?(?:(?:ảnh|hình|hình ảnh)(?:\s*:)?\s(?:minh (?:họa|hoạ)|tư liệu|chụp màn hình|internet|sưu tầm)|(?:illustrative|illustration|file|stock|archive) (?:photo|image|picture)|photo illustration)\)?\.?$/iu;
/** "Photo by", "Photos by", "Image by", "Picture by" before a picture's maker. */
const PICTURE_BY = /^(?:photo|photos|image|images|picture|pictures|photograph)\sby\s/i;
const CREDIT_ONLY = (plain: string): boolean => {
  if (isCreditOnly(plain) || isEmailCredit(plain)) return true;
  if (ILLUSTRATION_CREDIT.test(plain)) return true;
  // the same credit in brackets, as a line of its own under the caption: "(Ảnh: Planet Labs PBC)", "(Photo: Reuters)"
  if (plain.length > 2 && plain.startsWith("(") && plain.endsWith(")") && !plain.includes("(", 1)) return CREDIT_ONLY(plain.slice(1, -1).trim());
  if (MAP_CREDIT.test(plain) || ANNOTATIONS_ONLY.test(plain)) return true;
  // a credit with the analyst's note after it: "Image: Planet Labs PBC. Annotations by the Institute."
  const bare = plain.length <= 160 ? withoutAnnotationsNote(plain) : null;
  if (bare !== null) return CREDIT_ONLY(bare.replace(/\.$/, ""));
  const label = CREDIT_LABEL.exec(plain);
  if (label) return CREDIT_NAMES.test(plain.slice(label[0].length).replace(/\.$/, ""));
  // the picture's maker after "by", as a credit alone: "Photo by AP", "Photos by Jane Doe/Reuters", "Image by Planet Labs"
  const by = PICTURE_BY.exec(plain);
  if (by) return CREDIT_NAMES.test(plain.slice(by[0].length).replace(/\.$/, ""));
  // "Brandon Bell/Getty Images", "Kim Won Jin/AFP via Getty Images", and the agency first: "Associated Press/Jon Chol
  // Jin", "AP/Ahn Young-joon"
  return (
    /^(?:[\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*\s?\/\s?(?:(?:AP|AFP|Reuters|EPA|Anadolu|Sputnik|Pool|POOL|Bloomberg|Xinhua|Yonhap|KCNA|NurPhoto)\s+via\s+(?:Getty Images|AP|Reuters)|Getty Images|AP|AFP|Reuters|EPA|Bloomberg|AAP|PA|NurPhoto|Anadolu|Shutterstock|Sipa|ZUMA|Xinhua|Yonhap|TTXVN)$/u.test(plain) ||
    /^(?:Associated Press|AP|AFP|Reuters|REUTERS|EPA|Getty Images|Bloomberg|AAP|Yonhap|Xinhua|TTXVN|Kyodo)\s?\/\s?(?:[\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*$/u.test(plain) ||
    // a photographer and the outlet (its initials, or a name with "The"), a spaced slash between them: "Kayla Brooks /
    // OPB", "Ted S. Warren / The Associated Press file"
    /^[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’.-]*){1,3}\s\/\s(?:[\p{Lu}]{2,6}|The\s[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*){0,3})(?:\sfile)?$/u.test(plain)
  );
};
/**
 * A credit that only a picture has ("Getty Images", "KCNA VIA REUTERS", "Photo: AFP"): the short line above it is its
 * caption even when no blank line parts that line from the lines before it (a select-all copy of a page header: a
 * player's buttons, a share row, then the picture's caption and credit).
 */
const STRONG_CREDIT = (plain: string): boolean => isCreditOnly(plain) || (/^\(?(?:ảnh|photo|photos|photograph|photographs|pic|picture|image|credit|nguồn ảnh|đồ họa|đồ hoạ|graphic|ảnh vệ tinh|satellite image)\b/i.test(plain) && CREDIT_ONLY(plain));
/**
 * A graphic's or picture's source on its own line under the caption or its credit: "Nguồn: NIS, Planet Labs, Windward",
 * "Source: CIR analysis of satellite imagery and ship tracking data". One line, no second sentence.
 */
const SOURCE_LINE = /^(?:nguồn|nguồn dữ liệu|nguồn số liệu|source|sources|data source|data sources)\s?:\s?\S/i;
const sourceLine = (l: Line): boolean => !l.row && !l.item && l.plain.length <= 120 && SOURCE_LINE.test(l.plain) && !/[.!?…]\s+[\p{Lu}]/u.test(l.plain);
/** One short sentence alone on its line, as a caption over its credit stands: no table row, no list item, no second sentence. */
const captionSized = (l: Line | undefined): l is Line => l !== undefined && !l.row && !l.item && !l.hash && l.plain.length >= 15 && l.plain.length <= 120 && /^[\p{Lu}]/u.test(l.plain) && !/[.!?…]\s+[\p{Lu}]/u.test(l.plain);
/** The line under a credit read as the caption the credit is over: caption-sized, with no full stop ("Getty Images" / "Vladimir Putin and Kim Jong Un at the cosmodrome"). */
const captionBelowCredit = (l: Line | undefined): boolean => captionSized(l) && !/[.!?…]["”’»)]?$/.test(l.plain);
/** A line that does not run on into the next: short (a button, a label) or ending its sentence. */
/** A person's name alone, two to four capitalised words: a portrait's whole caption over its credit. */
const PORTRAIT_NAME = /^\p{Lu}[\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Ll}'’.-]+){1,3}$/u;
const shortOrFinished = (plain: string): boolean => plain.length <= 40 || /[.!?…]["”’»)]?$/.test(plain);
const CREDIT_END =
  /(?:[.)]\s*|©\s*|\bvia\s+)(?:©\s*)?(?:via\s+)?(?:AP|AFP|Reuters|REUTERS|KCNA|EPA|Getty Images|Yonhap|Xinhua|Sputnik|SPUTNIK|TASS|Kyodo|POOL|Pool)(?:\s*[-–/]\s*[^.\n]{1,80})?\.?$/;
const SOURCE_END = /(?:\bNguồn\s*:\s*[^.\n]{1,120}|\((?:Nguồn|Ảnh|Photo)\s*:[^)\n]{1,160}\))$/;
const DATE_END = /(?<!\d)\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\.?$/;
const TERMINAL = /[.!?…:;»”"'’)\]]$/;
/** A caption's close on the day the picture was taken, with its year: "…, Wednesday, Dec. 3, 2026.", "… on 3 December 2026." */
const CAPTION_DAY_END = /\b(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}),? (?:19|20)\d{2}\.?["”’)]?$/u;

interface Line {
  raw: string;
  plain: string;
  gap: number;
  /** No blank line above it in the text as pasted (its gap, if any, was inferred). */
  joined: boolean;
  hash: boolean;
  linkOnly: boolean;
  boldOnly: boolean;
  /** A table's row as the HTML reader writes it ("| Province | Market | Tonnes |"): cells between bars. */
  row: boolean;
  /** A list's item as the HTML reader (and markdown) writes it ("* Fees are unchanged."). */
  item: boolean;
  /** A sub-heading of a text sub-headed throughout (subheadRuns): never a caption, never run on into its paragraph. */
  subhead?: boolean;
}

/** A table's row: two cells or more between bars, a bar at each end ("| An Giang | 120,000 |"). */
const TABLE_ROW = /^\|[^|\n]*\|[^|\n]*(?:\|[^|\n]*)*\|$/;
export const isTableRow = (line: string): boolean => TABLE_ROW.test(line);
/** A data table's row as import text writes it, the form isTableRow reads: "| a | b |". */
export const tableRowLine = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
/** A list's item: "* " and the item's text (not "**", bold). */
const LIST_ITEM = /^\* (?!\*)\S/;
export const isListItem = (line: string): boolean => LIST_ITEM.test(line);

/**
 * A whole sentence shorter than a wrapped line's width: a one-word answer or a short remark standing as its own
 * paragraph ("Yes.", "Không.", "“No.”", "He declined."). A capital, two letters or more, its stop; an abbreviation's
 * stop ("Mr.", "Gen.", "TP.", "No." with a figure on the next line) is no sentence's end (abbreviations.ts).
 */
const SHORT_SENTENCE = /^["“«]?\p{Lu}[\p{Ll}'’-]+(?: [\p{L}\d'’,-]+){0,5}([.!?…])(["”’»]?)$/u;
function shortSentence(line: string, next: string): boolean {
  const m = SHORT_SENTENCE.exec(line);
  if (m === null) return false;
  if (m[1] !== ".") return true;
  const stop = line.length - 1 - (m[2] as string).length;
  const word = /[\p{L}]+$/u.exec(line.slice(Math.max(0, stop - 6), stop))?.[0] ?? "";
  return stopEndsSentence(word, `${m[2]} ${next}`);
}
/** A date and nothing else, short, as a timeline prints each step's: "25/4/2019", "Dec. 3", "Ngày 3/12:", "June 2024", "2024". */
const timelineDate = (plain: string): boolean =>
  plain.length <= 32 && plain.length >= 4 && /\d/.test(plain) && (YEAR_ALONE.test(plain) || readDateLine(plain.endsWith(":") ? plain.slice(0, -1) : plain) !== null);
const YEAR_ALONE = /^(?:1[89]|20)\d{2}:?$/;
/** An interview's or a factbox's question on its line, however short: "PV: Vì sao?", "Hỏi: …?", "Q: …?", "1. Hiệp ước được ký khi nào?", "- Thưa ông, …?". */
const ASKED = /^(?:PV|P\.V|Phóng viên|Hỏi|Q|Question|[-–—+•]|\d{1,2}[.)])\s?[:.]?\s\S.{0,200}\?["”’»)]?$/u;
/**
 * A line right below a finished sentence (no blank line between) that starts a new one is a new paragraph when both
 * are paragraph-sized: pages copied with one newline between paragraphs would otherwise fuse into one block.
 */
function newParagraph(prev: Line | undefined, plain: string): boolean {
  // short lines too: a byline, "Related Topics" or a caption credit below the last sentence is not that sentence
  if (prev !== undefined && RULE_LINE.test(prev.plain) && !RULE_LINE.test(plain)) return true; // below a rule ("|", "—")
  // below a story's credit ("Additional reporting by AFP" / "Independent journalism costs money. …", "(Reporting by A
  // in Moscow and B in Seoul; Editing by C)" / "© Reuters 2026"): never its words
  if (prev !== undefined && prev.plain.length <= 120 && /^[\p{Lu}©]/u.test(plain) && isStoryCredit(prev.plain)) return true;
  // a rights line is whole: "© Reuters 2026" below the text's last line, or a disclaimer below it, is a line of its own
  if (prev !== undefined && (plain.startsWith("©") || (prev.plain.startsWith("©") && prev.plain.length <= 80 && /^["“«(]?[\p{Lu}\d]/u.test(plain)))) return true;
  // below a picture's credit alone on its line ("Jim Watson—AFP/Getty Images" / "by Jane Doe"): the credit is whole
  if (prev !== undefined && plain.length >= 3 && creditAbove(prev.plain)) return true;
  // below a related story's link with its label ("Read More: <headline>", "Đọc thêm >> <headline>"): the link is whole
  if (prev !== undefined && /^["“«(]?[\p{Lu}\d]/u.test(plain) && prev.plain.length <= 160 && LABELLED_LINK.test(prev.plain)) return true;
  // (a turn of an interview or a dialogue opens with its dash: "- Thưa ông, …", "– Đúng vậy. …", "+ Tôi cho rằng …")
  // (a caption in square brackets opens with its bracket: "[Đoàn xe tải tại cửa khẩu - Ảnh: Primorye24]")
  if (prev === undefined || plain.length < 3 || !/^(?:[-–—+]\s)?["“«([]?[\p{Lu}\d]/u.test(plain)) return false;
  // below a date alone on its line, a timeline's step ("25/4/2019", "Dec. 3", "Ngày 3/12", "2024" / its entry, a
  // sentence): the date stands over its entry as the page prints it (a label below a page's date, "Published 3
  // December 2026" / "Explore the topic", is no entry)
  if ((plain.length >= 40 || /[.!?…]["”’»)]?$/.test(plain)) && timelineDate(prev.plain)) return true;
  // the second line of a caption ("Ảnh: …", "Nguồn: …"), not a picture's description that opens with the word ("Ảnh
  // vệ tinh bãi phóng Sohae ngày 28/11. Nguồn: Planet Labs" below a paragraph)
  if (/^(?:nguồn|ảnh|photo|source|credit|chú thích)\b/i.test(plain) && !(plain.length > 40 && CAPTION_OPENING.test(plain))) return false;
  // a caption by its form ("… tại Tây Ninh. Ảnh: Thanh Tùng") never continues the line above it either
  return (prev.plain.length >= 40 && /[.!?…]["”’»)]?$/.test(prev.plain)) || (prev.plain.length < 40 && shortSentence(prev.plain, plain)) || (prev.plain.includes("?") && ASKED.test(prev.plain)) || isCaptionLine(prev.plain) || isCaptionLine(plain) || (prev.plain.length <= 60 && CREDIT_ONLY(prev.plain)) || (prev.plain.length <= 110 && CAPTION_OPENING.test(prev.plain));
}

/**
 * A labelled credit alone on its line ("Ảnh: RIA Novosti/Vitaly Ankov", "Photo: press service of the regional
 * government") with the picture's caption BELOW it: the line below is one short finished sentence (under 80 characters,
 * no second sentence) with the text's prose right after it, and the line above is no finished sentence (a standfirst
 * without a full stop, a date, nothing) — so the credit cannot close a caption above it.
 */
function creditAboveCaption(lines: readonly Line[], i: number, prevKind: BlockKind | "drop" | undefined): boolean {
  const [l, below, after, above] = [lines[i] as Line, lines[i + 1], lines[i + 2], lines[i - 1]];
  if (below === undefined || after === undefined || l.plain.length > 80 || !/^(?:ảnh|hình|photo|photos|image|picture|foto|credit)\s*:\s*\S/i.test(l.plain)) return false;
  if (below.gap > 1 || below.row || below.item || below.plain.length < 15 || below.plain.length >= 80 || !/^[\p{Lu}]/u.test(below.plain) || !/[.!?…]["”’»)]?$/.test(below.plain) || /[.!?…]\s+[\p{Lu}]/u.test(below.plain) || isCaptionLine(below.plain)) return false;
  if (!isProseLine(after.plain)) return false;
  return above === undefined || prevKind === "drop" || prevKind === undefined || !/[.!?…]["”’»)]?$/.test(above.plain);
}

/**
 * A person's name alone on its line (two to four words, nothing else) right below one short finished sentence (40 to
 * 160 characters, no quote, no second sentence), the text's prose right above that sentence and right below the name:
 * a picture's caption and its photographer's credit, as Australian and British papers print them ("Foreign Minister
 * Penny Wong announced the sanctions in Adelaide on Friday." / "Michael Currie"). A signature under the last paragraph
 * has no prose below it (a page's notice there, "* Mời bạn đọc vào chuyên mục … xem các tin, bài liên quan.", is none);
 * a sub-heading has no short sentence above it.
 */
function bareNameCredit(lines: readonly Line[], i: number, prevKind: BlockKind | "drop" | undefined): boolean {
  const [l, above, before, below] = [lines[i] as Line, lines[i - 1], lines[i - 2], lines[i + 1]];
  if (above === undefined || before === undefined || below === undefined || prevKind !== "paragraph") return false;
  if (l.plain.length < 5 || l.plain.length > 40 || l.row || l.item || l.hash || l.linkOnly || !/^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3}$/u.test(l.plain) || readByline(l.plain) !== l.plain) return false;
  const caption = above.plain;
  if (caption.length < 40 || caption.length > 160 || !/^[\p{Lu}]/u.test(caption) || !/[\p{L}\d)]\.$/u.test(caption) || /[.!?…]\s+[\p{Lu}]|["“”«»]/u.test(caption)) return false;
  return isProseLine(before.plain) && isProseLine(below.plain) && !isFurniture(below.plain);
}

/**
 * A picture service or wire alone on its line in capitals, as British tabloids print it under a picture's caption
 * ("REUTERS", "GETTY", "PA", "PA WIRE", "ALAMY"): a picture's credit only below a caption-sized line with no full stop
 * that stands between finished paragraphs (under the story's last paragraph, a wire's name alone credits the story),
 * or below one short finished sentence with the text's prose going on under the credit, as a copied page prints its
 * picture above the text ("A freight train waits at the border." / "AFP" / the lead): a wire signs its copy at the
 * foot, never above more of it.
 */
export const BARE_PICTURE_SOURCE = /^(?:REUTERS|GETTY|GETTY IMAGES|PA|PA WIRE|PA MEDIA|AFP|AP|EPA|ALAMY|SHUTTERSTOCK|BLOOMBERG|X|X\/TWITTER|SOCIAL MEDIA|HANDOUT|POOL)$/;
function bareSourceCaption(lines: readonly Line[], i: number, prevKind: BlockKind | "drop" | undefined): boolean {
  const [l, above, before, below] = [lines[i] as Line, lines[i - 1], lines[i - 2], lines[i + 1]];
  if (above === undefined || prevKind !== "paragraph" || !BARE_PICTURE_SOURCE.test(l.plain)) return false;
  const caption = above.plain;
  if (caption.length < 20 || caption.length > 160 || !/^[\p{Lu}]/u.test(caption) || /[.!?…]\s+[\p{Lu}]/u.test(caption) || above.row || above.item || above.hash) return false;
  if (/[.!?…:;,]["”’»)]?$/u.test(caption)) return /[\p{L}\d]\.$/u.test(caption) && below !== undefined && isProseLine(below.plain) && !isFurniture(below.plain);
  return before !== undefined && /[.!?…]["”’»)]?$/u.test(before.plain) && before.plain.length >= 60;
}

/**
 * A photographer and the wire or picture service after a comma, alone on the line under a picture's caption, as US
 * chains print it ("A freight train waits at Tumangang station." / "Ahn Young-joon, Associated Press" / the lead): one
 * finished sentence of caption size above, the text's prose below. Only there: the same line under a headline or a
 * standfirst is a byline ("Jim Heintz, Associated Press"), and "By Reuters, Reuters" is one wherever it stands.
 */
const PHOTOGRAPHER_COMMA_WIRE = /^(?!(?:By|BY|From|FROM)\s)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3},\s(?:Associated Press|AP|Getty Images|Reuters|AFP|EPA|EPA-EFE|Pool|Yonhap|Kyodo|Sputnik|TASS)$/u;
function wireCreditUnderCaption(lines: readonly Line[], i: number, prevKind: BlockKind | "drop" | undefined): boolean {
  const [l, above, below] = [lines[i] as Line, lines[i - 1], lines[i + 1]];
  if (above === undefined || below === undefined || prevKind !== "paragraph" || l.plain.length > 60 || !l.plain.includes(", ") || !PHOTOGRAPHER_COMMA_WIRE.test(l.plain)) return false;
  const caption = above.plain;
  if (caption.length < 20 || caption.length > 200 || !/^[\p{Lu}]/u.test(caption) || !/[\p{L}\d)]\.$/u.test(caption) || /[.!?…]\s+[\p{Lu}]/u.test(caption) || above.row || above.item || above.hash) return false;
  return isProseLine(below.plain) && !isFurniture(below.plain);
}

/**
 * A picture's caption with its labelled credit on the line below, as trade papers print them between the date and the
 * text ("An Il-76 transport of the Russian Aerospace Forces." / "Credit: Russian Defense Ministry" / the text): one
 * finished sentence of caption size, the credit under a "Credit:" or "Picture:" label alone on its line, prose below.
 */
const LABELLED_CREDIT = /^(?:Credit|Credits|Photo credit|Image credit|Picture|Pictures)\s?:/i;
function labelledCreditUnderCaption(lines: readonly Line[], i: number): boolean {
  const [l, above, below] = [lines[i] as Line, lines[i - 1], lines[i + 1]];
  if (above === undefined || below === undefined || !LABELLED_CREDIT.test(l.plain) || !isCreditOnly(l.plain)) return false;
  const caption = above.plain;
  if (caption.length < 20 || caption.length > 200 || !/^[\p{Lu}]/u.test(caption) || !/[.!?…]["”’»)]?$/u.test(caption) || above.row || above.item || above.hash) return false;
  return isProseLine(below.plain);
}

/** A picture's credit naming its taker after its label: "Ảnh: Minh Anh", "Photo: Jane Marsh", "Photos by Jane Marsh". */
const PICTURE_TAKER = /^(?:ảnh|hình|photo|photos|picture|pictures|photograph)(?:\s?:\s?|\sby\s|\sbởi\s)(.{2,60})$/iu;
/** Words a caption uses of its picture: "(phải)", "trong ảnh", "pictured", "(left)", "ảnh:", "photo". */
const PICTURE_WORDS = /\((?:phải|trái|giữa|thứ \S+ từ (?:trái|phải) sang|left|right|centre|center|second (?:left|right))\)|(?<![\p{L}])(?:trong ảnh|ảnh|hình|pictured|photo|picture|seen here|above|below)(?![\p{L}])/iu;
/**
 * A finished paragraph of the story over the writer's own picture credit at the foot ("Thỏa thuận sẽ được xem xét lại
 * vào năm sau." / "Ảnh: Minh Anh", the article by Minh Anh, no prose below): the text's last sentence, never the
 * picture's caption. A caption over it names its picture ("Công nhân tại công trường (phải)", "pictured"), stops
 * without a full stop, or stands between paragraphs of the text (the writer's own picture inside the story).
 */
function storyParagraphOverWritersCredit(above: string, credit: string, writer: string | null | undefined): boolean {
  const taker = writer ? PICTURE_TAKER.exec(credit)?.[1] : undefined;
  if (!taker || !writer || !/[\p{L}\d)]\.$/u.test(above) || PICTURE_WORDS.test(above)) return false;
  const writers = writer.split(/\s*(?:,|\bvà\b|\band\b|&)\s*/u).map(foldForMatch);
  return writers.includes(foldForMatch(taker));
}

/**
 * A long read's credit for its text, above the pictures' credit in its credits block ("Nội dung: Trần Minh Đức" /
 * "Ảnh: TTXVN", "Words: Jane Doe" / "Photos: AP"): the writer's line, never a caption over the credit below it.
 */
const WORK_LABEL = new RegExp(String.raw`^${caseless("(?:nội dung|thực hiện|bài|tin|text|words|story|reporting)")}\s?:\s?[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,4}$`, "u");

/**
 * A picture's caption over its credit: one sentence or a phrase (15 to 160 characters, a capital first, no second
 * sentence inside) above a credit alone in a form only a picture's credit takes (creditAbove).
 */
function captionOverCredit(plain: string, below: string): boolean {
  return plain.length >= 15 && plain.length <= 160 && /^[\p{Lu}]/u.test(plain) && !/[.!?…]\s+[\p{Lu}]/u.test(plain) && creditAbove(below);
}
/** A credit alone on its line in a form only a picture's credit takes (isCreditOnly), never a sentence's first line. */
const creditAbove = (plain: string): boolean => plain.length <= 80 && isCreditOnly(plain);
/** A related story's link after its label, a colon or an arrow between: "Read More: …", "Đọc thêm >> …", "See also » …". */
const LABELLED_LINK = /^(?:Read [Mm]ore|READ MORE|Read [Aa]lso|READ ALSO|Also [Rr]ead|ALSO READ|See [Aa]lso|SEE ALSO|Related|RELATED|More|MORE|Xem thêm|XEM THÊM|Đọc thêm|ĐỌC THÊM|Tin liên quan|TIN LIÊN QUAN)\s?(?::|>>|»|›|→)\s?[\p{Lu}\d"“‘'][^\n]{2,140}$/u;

/**
 * A long read's drop cap, copied on a line of its own above the rest of its word ("W" / "hen South Korea's …", "C" /
 * "huyến thăm …"): one capital letter alone, then, blank lines allowed between, a line that goes on in small letters
 * for a sentence or more. The two are one line. A capital alone before anything else (a list's "A", a grade) stays.
 */
function withDropCapsJoined(raw: string[]): string[] {
  let out: (string | null)[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const cap = raw[i] as string;
    if (cap.length > 3 || !DROP_CAP.test(cap.trim())) continue;
    let k = i + 1;
    while (k < raw.length && k - i <= 3 && (raw[k] as string).trim() === "") k++;
    const rest = (raw[k] ?? "").trim();
    if (!DROP_CAP_REST.test(rest)) continue;
    out ??= raw.slice();
    out[i] = cap.trim() + rest; // the joined line stands where the letter stood, with the gap before it
    for (let j = i + 1; j <= k; j++) out[j] = null;
    i = k;
  }
  return out ? out.filter((l): l is string => l !== null) : raw;
}
const DROP_CAP = /^\p{Lu}$/u;
const DROP_CAP_REST = /^\p{Ll}\p{L}*['’]?\p{L}* .{38,}/u;

function toLines(text: string): Line[] {
  const out: Line[] = [];
  let gap = 0;
  for (const rawLine of withDropCapsJoined(text.split("\n"))) {
    const raw = rawLine.trim(); // normalised text: no space runs left
    if (raw.length === 0) {
      gap++;
      continue;
    }
    const hash = /^#{1,6}\s/.test(raw);
    const core = hash ? raw.replace(/^#{1,6}\s+/, "") : raw;
    const row = TABLE_ROW.test(raw);
    const item = !row && LIST_ITEM.test(raw);
    const plain = row ? tidyLine(raw.slice(1, -1)) : item ? stripInline(raw.slice(2)) : stripInline(raw);
    out.push({
      raw,
      plain,
      gap: gap === 0 && !row && !item && newParagraph(out[out.length - 1], plain) ? 1 : gap,
      joined: gap === 0,
      hash,
      linkOnly: /^\**\[[^\]\n]*\]\([^)\n]*\)\**$/.test(core),
      boldOnly: core.startsWith("**") && core.endsWith("**") && core.length > 4 && core.split("**").length === 3,
      row,
      item,
    });
    gap = 0;
  }
  // a picture's caption above its credit alone on the next line ("North Korean soldiers at a parade in Pyongyang" /
  // "KCNA via REUTERS") never continues the unfinished line above it (a standfirst without a full stop, once the byline
  // and date between them are cut): the caption is a block of its own
  for (let i = 1; i + 1 < out.length; i++) {
    const [l, credit, above] = [out[i] as Line, out[i + 1] as Line, out[i - 1] as Line];
    if (l.gap === 0 && !l.row && !l.item && credit.gap <= 1 && captionOverCredit(l.plain, credit.plain) && !/[,;:\-–—]$/u.test(above.plain)) l.gap = 1;
  }
  evenOutGaps(out);
  barRows(out);
  subheadRuns(out);
  return out;
}

/** A short sub-heading's shape: a capital first, two to sixteen words, no end punctuation, no comma or colon at the end. */
function subheadShape(l: Line): boolean {
  const p = l.plain;
  return !l.row && !l.item && p.length >= 8 && p.length <= 90 && /^[\p{Lu}]/u.test(p) && /[\p{L}\d)"”]$/u.test(p) && !/[.!?…]\s/u.test(p) && p.split(" ").length >= 2 && p.split(" ").length <= 16;
}
/** One finished paragraph under a sub-heading: a capital first, ends its sentence, half as long again as the heading. */
const sectionText = (l: Line | undefined, head: Line): l is Line => l !== undefined && !l.row && !l.item && /^[\p{Lu}\d"“«(]/u.test(l.plain) && /[.!?…]["”’»)]?$/.test(l.plain) && l.plain.length >= Math.max(60, 1.5 * head.plain.length);

/**
 * A text sub-headed throughout, one short paragraph under each head (a news digest of short items, an explainer's
 * sections): three sub-heading lines or more, each with exactly one finished paragraph below it, one after another.
 * Each head is a block of its own (a copy with one newline between lines would run it on into its paragraph) and no
 * picture's caption (a caption between two paragraphs has that shape once, not at every other line).
 */
function subheadRuns(lines: Line[]): void {
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && subheadShape(lines[j] as Line) && sectionText(lines[j + 1], lines[j] as Line) && (j === i || (lines[j] as Line).gap <= 1)) j += 2;
    if ((j - i) / 2 >= 3) {
      for (let k = i; k < j; k += 2) {
        (lines[k] as Line).subhead = true;
        (lines[k] as Line).gap = Math.max(1, (lines[k] as Line).gap);
        (lines[k + 1] as Line).gap = Math.max(1, (lines[k + 1] as Line).gap);
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * A text whose paragraphs are parted by two blank lines or more throughout (a copy through a word processor, a mail, a
 * page spaced out by its styles) reads as one parted by one: its usual gap becomes 1, and only a gap wider than the
 * usual one is still wider than a paragraph's (an image's place), as it is in a text spaced the ordinary way.
 */
function evenOutGaps(lines: Line[]): void {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (!l.joined) counts.set(l.gap, (counts.get(l.gap) ?? 0) + 1);
  }
  let usual = 1;
  let most = 0;
  for (const [gap, n] of counts) if (n > most || (n === most && gap < usual)) [usual, most] = [gap, n];
  if (usual < 2) return;
  for (const l of lines) if (l.gap > 0) l.gap = Math.max(1, l.gap - (usual - 1));
}

/** How many " | " a line holds (cells between bars, as a reader view or a markdown copy prints a table's rows). */
function bars(plain: string): number {
  let n = 0;
  for (let i = plain.indexOf(" | "); i >= 0; i = plain.indexOf(" | ", i + 3)) n++;
  return n;
}

/**
 * A table copied without its outer bars ("Province | Market | Tonnes" / "An Giang | Philippines | 120,000"): two
 * lines or more in a row, no blank line between, each with the same number of bars, are a table's rows. One such line
 * alone is left to the other rules (a menu, a kicker of labels, a byline and its date).
 */
function barRows(lines: Line[]): void {
  for (let i = 0; i < lines.length; ) {
    const n = (lines[i] as Line).row || (lines[i] as Line).plain.length > 300 ? 0 : bars((lines[i] as Line).plain);
    let j = i + 1;
    while (n > 0 && j < lines.length && (lines[j] as Line).joined && !(lines[j] as Line).row && (lines[j] as Line).plain.length <= 300 && bars((lines[j] as Line).plain) === n) j++;
    if (j - i >= 2) {
      for (let k = i; k < j; k++) (lines[k] as Line).row = true;
      for (let k = i + 1; k < j; k++) (lines[k] as Line).gap = 0; // no paragraph break guessed between rows
    }
    i = j;
  }
}

/** A rule alone on its line: bars, dashes, bullets, asterisks. */
const RULE_LINE = /^[|•·*_=~\-–—\s]+$/;

const startsLower = (s: string): boolean => /^[\p{Ll}\d–—-]/u.test(s);

/** A short line that could stand alone as a sub-heading (context decides). */
function headingLike(l: Line): boolean {
  const p = l.plain;
  if (l.row || l.item || p.length < 3 || p.length > 110 || TERMINAL.test(p.replace(/[?!]["”’»]?$/, "")) || /[,:;]$/.test(p)) return false;
  return !startsLower(p) && !DATE_END.test(p) && p.split(" ").length <= 20;
}

/** A picture's note or credit on its line ("Ảnh minh họa", "Photo illustration", "Nguồn ảnh …"): no sub-heading. */
const PICTURE_NOTE = /^(?:ảnh|hình|nguồn|photo|image|picture|source|credit|chú thích|video|clip)(?![\p{L}])/iu;
/**
 * A sub-heading alone in a text with one newline between paragraphs (a select-all copy of a page with "<h2>" heads):
 * a short line of the sub-heading's shape, seven words at most, between two finished paragraphs at least twice as long,
 * none of them a blank line away. Not a name alone (every word capitalised, four at most: a signature or a speaker), a
 * picture's note ("Ảnh minh họa"), a section's label ("Diễn đàn" over a guest's disclaimer) or a caption by its form, a
 * line of links or a list's lead-in; two or three such lines in a row are a gallery's captions (unfinishedGalleryRuns),
 * a longer one a picture's caption.
 */
function loneSubhead(lines: readonly Line[], kinds: readonly (BlockKind | "drop")[], i: number): boolean {
  const l = lines[i] as Line;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (prev === undefined || next === undefined || kinds[i - 1] !== "paragraph" || kinds[i + 1] !== "paragraph") return false;
  if (!l.joined || !next.joined || l.hash || l.boldOnly || l.linkOnly || l.subhead || next.row || next.item || !subheadShape(l)) return false;
  const p = l.plain;
  const words = p.split(" ");
  if (words.length > 7 || /["“”«»:;|]/u.test(p) || (words.length <= 4 && words.every((w) => /^[\p{Lu}]/u.test(w))) || PICTURE_NOTE.test(p) || isSection(p) || isCaptionLine(p)) return false;
  const finished = (x: Line): boolean => x.plain.length >= Math.max(60, 2 * p.length) && /[.!?…]["”’»)]?$/.test(x.plain) && /^[\p{Lu}\d"“«(]/u.test(x.plain);
  return finished(prev) && finished(next);
}

/**
 * A section's label (one to three capitalised words) over one line of a standfirst's length (eight words or more, twice
 * the label's length) with the lead's prose right below: two lines no list of related links is (its links are alike).
 */
function sectionOverStandfirst(label: Line, line: Line, below: Line | undefined): boolean {
  // (a dateline with its day and time, "Bishkek, 03/12/26 14:20, 24.kg news agency, by …", is no standfirst)
  return labelLine(label) && line.plain.split(" ").length >= 8 && line.plain.length >= 2 * label.plain.length && !/\d[/:.]\d/.test(line.plain) && below !== undefined && isProseLine(below.plain);
}

/** How many times one character occurs in a text. */
function count(s: string, char: string): number {
  let n = 0;
  for (let i = s.indexOf(char); i >= 0; i = s.indexOf(char, i + 1)) n++;
  return n;
}

/** Open « and “ quotes of a text minus the closed ones (a paragraph adds its lines' balances up as it grows). */
interface Quotes {
  guillemets: number;
  curly: number;
}
function addQuotes(q: Quotes, s: string): Quotes {
  if (!/[«»“”]/.test(s)) return q;
  return { guillemets: q.guillemets + count(s, "«") - count(s, "»"), curly: q.curly + count(s, "“") - count(s, "”") };
}
const NO_QUOTES: Quotes = { guillemets: 0, curly: 0 };

/**
 * Does paragraph `next` continue `prev` (a sentence cut by a line break or a removed image)? Only the end of `prev`
 * is read (`tail`, its last characters) and its quote balance, so merging many lines into one paragraph stays linear.
 */
function continues(tail: string, open: Quotes, next: string): boolean {
  if (TERMINAL.test(tail) && !tail.endsWith("«") && !tail.endsWith("“")) return false;
  if (startsLower(next) || tail.endsWith(",") || /[«“]$/.test(tail)) return true;
  return /[\p{Ll}]$/u.test(tail) && (open.guillemets > 0 || open.curly > 0);
}

/**
 * A caption without a credit: one short sentence alone after an image gap (two blank lines or more), with a
 * longer paragraph after it, and the paragraph before it finished.
 */
function bareCaption(lines: Line[], i: number): boolean {
  const l = lines[i] as Line;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  // the image gap must be wider than the paragraph gap after the caption (a text spaced out evenly has no images)
  if (l.gap < 2 || !prev || !next || next.gap === 0 || next.gap >= l.gap || l.plain.length > 200 || l.plain.length < 15) return false;
  if (startsLower(l.plain) || /[.!?…]\s+[\p{Lu}]/u.test(l.plain) || l.hash || l.boldOnly) return false;
  return TERMINAL.test(prev.plain) && next.plain.length > l.plain.length * 1.5 && /[.!?…]["”’»)]?$/.test(next.plain);
}

/**
 * A deck at `top` (the line below the headline) over the lead: six words or more opening in capitals, no end
 * punctuation, nor a comma, colon or dash to go on from; the line right below it (no blank line between) a sentence of
 * prose opening in capitals. A hard-wrapped copy (a short line below it with another joined under it) is no deck over
 * its lead: its first line is the lead's first words.
 */
function deckOverLead(lines: readonly Line[], kinds: readonly (BlockKind | "drop")[], top: number): boolean {
  const [deck, next, after] = [lines[top] as Line, lines[top + 1], lines[top + 2]];
  if (next === undefined || next.gap > 0 || kinds[top] !== "paragraph" || kinds[top + 1] !== "paragraph" || next.row || next.item || next.hash) return false;
  if (deck.plain.length > 250 || !/^["“«]?[\p{Lu}\d]/u.test(deck.plain) || /[.!?…:;,–—-]["”’»)]?$/u.test(deck.plain) || deck.plain.split(" ").length < 6) return false;
  if (!/^["“«]?[\p{Lu}]/u.test(next.plain) || !isProseLine(next.plain)) return false;
  return next.plain.length > 100 || after === undefined || !after.joined || after.gap > 0;
}

/**
 * The first paragraph of a text copied with one newline between its paragraphs, whatever blank lines stand above it:
 * an article sentence with another right below it, no blank line between (a caption has its text a gap away).
 */
function opensSingleSpacedText(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && next.joined && isProseLine((lines[i] as Line).plain) && isProseLine(next.plain);
}

/**
 * A short sentence that goes on from the one before it, as no picture's caption does: it opens with a personal
 * pronoun ("It has no end date; …", "They were not named."), or joins two clauses with a semicolon. ("This photo …"
 * opens many a wire's caption: not here.)
 */
const pointsBack = (p: string): boolean => /^(?:It|They|He|She|Its|Their|Họ)\s/u.test(p) || p.includes(";");

/** A sentence opening with a word that points back to one before it ("They …", "This …", "Họ …", "Điều này …"). */
const ANAPHORIC = /^(?:They|He|She|It|This|These|Those|Their|His|Her|Its|Such|Họ|Điều này|Việc này|Động thái này)\s/u;
/**
 * A sentence that turns on a "but" argues, as a standfirst does ("Những cuộc gặp thượng đỉnh luôn được dàn dựng, nhưng
 * hàng hóa thì không lên ảnh.", "Both sides deny it, but the rail counts say otherwise."); a picture's caption describes.
 */
const ARGUES = /,\s(?:but|yet|nhưng|song|thế nhưng|tuy nhiên)\s/iu;
/**
 * A sentence that reports what someone asserts, denies, admits or warns, as a standfirst does ("Nga khẳng định hợp tác
 * với Triều Tiên không vi phạm luật pháp quốc tế.", "Bình Nhưỡng lần đầu nói công khai về thương vong …", "Moscow
 * denies receiving the shells.") or what a report found ("…, theo báo cáo mới.", "…, according to a new report."); a
 * picture's caption shows who and where ("… nói tại cuộc họp báo", "… speaks to").
 */
const REPORTS =
  /(?:^|\s)(?:theo (?:một |các )?báo cáo|according to (?:a |the )?(?:new |latest )?report|khẳng định|tuyên bố|bác bỏ|phủ nhận|cáo buộc|cho rằng|nhấn mạnh|cho biết|xác nhận|thừa nhận|lên án|cảnh báo|kêu gọi|nói(?!\s(?:chuyện|tại|trong|với|trước))|says|said|denies|insists|rejects|accuses|confirms|admits|warns|condemns|acknowledges)(?=[\s,.])/iu;

/** A standfirst opening with the outlet's code in capitals and a dash ("GĐVN - …", "LSO - …"): a lead, never a caption. */
const CODE_OPENING = /^\p{Lu}[\p{Lu}.&]{1,9}\s[-–—]\s\p{Lu}/u;

/** A line that could be a picture's caption in a gallery pasted as text: one short finished sentence, no quote, no list. */
/**
 * Words that report what someone said, denied or announced ("…, he added, …", "… cho biết …"): a story's short
 * paragraph, never a picture's caption; so is one opening "Theo …" ("according to"). (Fewer than the scene test's words:
 * a gallery's captions say "at", "the", "này", and "theo" inside a sentence: "… diễu hành theo đội hình".)
 */
const REPORTING = new RegExp(`^theo\\s|(?<![\\p{L}])(?:${REPORTING_WORDS})(?![\\p{L}])`, "iu");
/**
 * A sentence of the text that tells what pictures showed, its finding a clause ("Photos released by KCNA showed the
 * leader at the port.", "Ảnh chụp vệ tinh cho thấy khu vực cảng đã mở rộng …"): the story's words, never a caption,
 * which says what its one picture shows ("Ảnh chụp vệ tinh cho thấy cảng Rajin ngày 3/12.", "A satellite image shows …").
 */
const PICTURE_FINDING =
  /^(?:(?:ảnh|hình|hình ảnh|các (?:bức )?ảnh|những (?:bức )?ảnh)(?:\s(?:chụp|vệ tinh|công bố|được công bố))*(?:\s\S+){0,6}?\scho thấy\s(?:rằng\s|(?:\S+\s){1,8}?(?:đã|đang|sẽ|vẫn|không|chưa|được|bị|có|tăng|giảm)\s)|(?:photos|images|pictures|photographs|footage|satellite (?:images|imagery|photos|pictures))\s(?:\S+\s){0,6}?(?:showed|revealed|suggested|indicated|appeared to show)\s)/iu;
function galleryCaption(l: Line): boolean {
  const p = l.plain;
  return !CODE_OPENING.test(p) && l.joined && l.gap > 0 && !l.row && !l.item && !l.hash && !l.boldOnly && p.length >= 15 && p.length <= 90 && /[\p{L}\d]\.$/u.test(p) && /^[\p{Lu}]/u.test(p) && !/[.!?…]\s|["“”«»:]/u.test(p.slice(0, -1)) && !REPORTING.test(p) && !PICTURE_FINDING.test(p);
}

/** A short question alone on its line, opening with a capital: an explainer's or a Q&A's sub-head ("What happened?"). */
export const isQuestionHead = (p: string): boolean => p.length >= 8 && p.length <= 120 && /^[\p{Lu}]/u.test(p) && p.endsWith("?") && !/[.!?…]\s/u.test(p.slice(0, -1));
/**
 * A question sub-head below a related box inside an explainer or a Q&A, where the text resumes ("Xem thêm:" / a
 * teaser's headline / "Điều khoản nào gây tranh cãi nhất?" / its answer): a short question with a paragraph of article
 * size right below it, in a text whose other sub-heads are questions too, each with its paragraph below (a teaser
 * phrased as a question stands among teasers, never as one of the text's own run of question-and-answer pairs).
 */
function questionSubhead(lines: readonly Line[], k: number, pairs: () => number): boolean {
  const l = lines[k];
  const below = lines[k + 1];
  return !!l && !!below && !l.linkOnly && isQuestionHead(l.plain) && isProseLine(below.plain) && pairs() >= 2;
}
/** How many short questions in the text have a paragraph of article size right below them (counted once, when asked). */
function questionPairCounter(lines: readonly Line[]): () => number {
  let count = -1;
  return () => {
    if (count < 0) {
      count = 0;
      for (let j = 0; j + 1 < lines.length; j++) if (isQuestionHead((lines[j] as Line).plain) && isProseLine((lines[j + 1] as Line).plain)) count++;
    }
    return count;
  };
}

/** Clean one article's text (already NFC-normalised, see normalizeText) into blocks. */
/**
 * A picture's alt text copied above its caption (Firefox's select-all copies it; "Tumen River bridge" / "The new road
 * bridge across the Tumen River between Russia and North Korea."): a short line of two to six words, no punctuation at
 * its end, whose every word of three letters or more is in the line below; that line one finished sentence of caption
 * size, with prose after it. A subheading over its paragraph has a paragraph of several sentences below it.
 */
function altAboveCaption(lines: readonly Line[], i: number): boolean {
  const [alt, below, after] = [lines[i] as Line, lines[i + 1], lines[i + 2]];
  if (!below || !after || alt.row || alt.item || alt.hash || alt.plain.length > 60 || /[.!?…:;,]$/.test(alt.plain)) return false;
  const words = alt.plain.split(" ");
  if (words.length < 2 || words.length > 6 || !/^[\p{Lu}]/u.test(alt.plain)) return false;
  if (below.plain.length > 160 || below.gap > 1 || !/^[\p{Lu}]/u.test(below.plain) || !/[.!?…]["”’»)]?$/.test(below.plain) || /[.!?…]\s+[\p{Lu}]/u.test(below.plain)) return false;
  if (!isProseLine(after.plain)) return false;
  const said = ` ${foldForMatch(below.plain)} `;
  const content = words.map((w) => foldForMatch(w)).filter((w) => w.length >= 3);
  return content.length >= 2 && content.every((w) => said.includes(` ${w} `));
}

/** Where the page's tail starts below the article (a comment thread, a next article), once two paragraphs are in: the line's index, or Infinity. */
function pageTailStart(plains: readonly string[]): number {
  const prose: number[] = [0];
  for (const p of plains) prose.push((prose[prose.length - 1] as number) + (isProseLine(p) ? 1 : 0));
  const before = (i: number): number => prose[i] as number;
  let cut = nextArticleStart(plains, before);
  for (let i = 0; i < plains.length && (cut < 0 || i < cut); i++) {
    if (before(i) >= 2 && pageTailAt(plains, i)) {
      cut = i;
      break;
    }
  }
  return cut < 0 ? Infinity : cut;
}

/**
 * A page's label printed again and again between the paragraphs (Postmedia's "Article content", an "Advertisement"
 * slot's word, "Story continues below"): a short line of a few words, no sentence, no figure, that stands three
 * times or more in a text of several paragraphs. No sub-heading or caption of an article repeats so.
 */
function repeatedLabels(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  let paragraphs = 0;
  for (const l of lines) {
    if (isProseLine(l.plain)) paragraphs++;
    if (l.row || l.item || l.plain.length < 3 || l.plain.length > 40 || /[\d.!?…:;,]/u.test(l.plain) || l.plain.split(" ").length > 4) continue;
    counts.set(l.plain, (counts.get(l.plain) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (paragraphs < 3) return out;
  for (const [plain, n] of counts) if (n >= 3) out.add(plain);
  return out;
}

/** A sapo opening with its outlet's lead code in brackets: "(NTD) - …", "(Dân trí) - …", "(KTCATBD) – …". */
const SAPO_CODE = /^\([\p{L}\d+ .]{2,24}\)\s?[-–—]\s?\p{Lu}/u;

/** A list's item that is a link and nothing else, as a clipper writes one: "-   [Headline](https://…)", "* [Headline](…)". */
const LINK_ITEM = /^(?:[-*+•]|\d{1,2}\.)\s{1,4}\[[^\]\n]{3,300}\]\([^)\s]{1,2000}\)$/;
/**
 * A related box a clipper kept inside the text as a Markdown list of links (MarkDownload, Obsidian): two items or
 * more in a row, each a link alone. The indexes of their lines.
 */
function linkListLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && LINK_ITEM.test((lines[j] as Line).raw)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * The writer's bio at the foot of a column or an essay ("Sarah Kim is a nonresident fellow at …", "Ms. Kim is …",
 * "Victor Cha, a professor at …, is the author of …"): among the last three paragraphs, one that opens with a byline's
 * name or its title and surname and says who they are. A story's sentence about someone else never opens so. The same
 * note naming no one (UNNAMED_BIO: "* Tác giả là nghiên cứu viên …", "*The author is a senior fellow at …") is the
 * same bio, whoever signed the piece: the page's words about its writer, not the piece.
 */
function dropWriterBio(lines: readonly Line[], kinds: (BlockKind | "drop")[], writer: string | null | undefined): void {
  const names = (writer ?? "").split(/\s*,\s*(?:and\s+)?|\s+(?:and|&|và)\s+/).filter((n) => n.length >= 4 && n.length <= 40 && n.includes(" "));
  const who = names.map((n) => `(?:(?:Dr|Prof|TS|ThS|PGS\\.TS|GS\\.TS)\\.? )?${escapeRe(n)}|(?:Mr|Ms|Mrs|Dr|Prof)\\.? ${escapeRe(n.split(" ").pop() as string)}`).join("|");
  // (built only for a paragraph that opens as a bio must, with a name or a title: most articles have none, and a
  // pattern of new names is compiled afresh for each article)
  const openers = names.length > 0 ? [...names, "Dr", "Prof", "TS", "ThS", "PGS", "GS", "Mr", "Ms"] : [];
  let bio: RegExp | null = null;
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    if (kinds[i] !== "paragraph") continue;
    const l = lines[i] as Line;
    if (l.plain.length <= 400 && (i === 0 || l.gap > 0 || !l.joined || l.item || kinds[i - 1] !== "paragraph")) {
      if (unnamedBio(l.plain)) kinds[i] = "drop";
      else if (openers.some((o) => l.plain.startsWith(o))) {
        bio ??= new RegExp(`^(?:${who})(?:, (?:a|an|the) [^,]{2,120},)? (?:is|was|has been|serves as|teaches|writes|works|covers|was formerly) \\S`, "u");
        if (bio.test(l.plain)) kinds[i] = "drop";
      }
    }
    if (kinds[i] !== "drop") seen++; // (two writers' notes one under the other are both read)
  }
}
/**
 * A note on the writer that names no one, a star or a bracket before it or not: "* Tác giả là nghiên cứu viên …",
 * "(Tác giả hiện là giảng viên …)", "*The author is a senior fellow at …", "The writer was formerly …": the writer as
 * subject, then what they are. Not a sentence that reports them ("Tác giả cho biết …", "The author is due in court")
 * nor one about a book's author ("Tác giả của cuốn sách là …"); a note runs two sentences at most.
 */
const UNNAMED_BIO = /^[*(]?\s?(?:The (?:author|writer)|THE (?:AUTHOR|WRITER)|Tác giả|TÁC GIẢ|Người viết|NGƯỜI VIẾT)(?:,? (?:is|was|has been) (?:a|an|the|currently|formerly|now|also)|,? (?:hiện |từng |đang |nguyên |cũng )?là) \S/u;
const unnamedBio = (plain: string): boolean => plain.length <= 300 && UNNAMED_BIO.test(plain) && (plain.match(/[.!?…]["”’»)]?\s+[\p{Lu}]/gu)?.length ?? 0) <= 1;

/**
 * A wire's long caption of the lead picture, closed by the day it was taken as AP's captions are, at the text's top or
 * right under the date line, over a credit no article line takes (line i): "Russian Foreign Minister …, on Wednesday,
 * Dec. 3, 2026." / "Korean Central News Agency/Korea News Service via AP".
 */
function leadPicture(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1];
  return (
    above !== undefined &&
    above.plain.length <= 320 &&
    STRONG_CREDIT((lines[i] as Line).plain) &&
    CAPTION_DAY_END.test(above.plain) &&
    (i === 1 || readDateLine((lines[i - 2] as Line).plain) !== null)
  );
}

/**
 * Line `i`, with no blank line above it, under lines dropped since the text's last kept line: a new paragraph when that
 * line finished, whatever the dropped line was ("… in November." / "advertisement" / "Board members …"); the same
 * paragraph when that line stopped mid-sentence, at least 60 characters of prose, and no blank line, rule or prompt
 * parted them ("… talks with" / "Related: Port strike ends." / "Russia stalled …"). Else its gap stands.
 */
function rejudgeBelowDropped(lines: Line[], kinds: readonly (BlockKind | "drop")[], i: number): void {
  const l = lines[i] as Line;
  let k = i - 1;
  while (k >= 0 && k >= i - 12 && kinds[k] === "drop") k--;
  const above = k >= 0 && kinds[k] === "paragraph" ? lines[k] : undefined;
  if (above === undefined || above.row || above.item || above.hash || l.row || l.item) return;
  if (l.gap === 0) {
    if (newParagraph(above, l.plain)) l.gap = 1;
    return;
  }
  if (above.plain.length < 60 || !/[\p{L}\d,]$/u.test(above.plain) || !/^[\p{L}]/u.test(l.plain)) return;
  for (let d = k + 1; d <= i; d++) {
    const dropped = lines[d] as Line;
    if (!dropped.joined || (d < i && (RULE_LINE.test(dropped.plain) || isPromptNote(dropped.plain)))) return;
  }
  if (!newParagraph(above, l.plain)) l.gap = 0;
}

/**
 * A dateline alone on its line right above the lead ("BRUSSELS" / "The European Union on Friday adopted …"), as a
 * paper sets a wire's copy, is the lead's dateline: "BRUSSELS — The European Union …". The line is a place only when
 * the text names it as one in running case ("… in Brussels on Friday", "… tại Hà Nội", "thành phố Hà Nội") or it is a
 * city's short form ("TP.HCM"); a section's label in capitals ("THẾ GIỚI", "QUÂN SỰ"), a label
 * ("ANALYSIS", "PRINT"), a wire's name or a writer's name in capitals is none. Among the text's first 30 lines only.
 */
function withDatelineJoined(text: string): string {
  const raw = text.split("\n");
  for (let i = 0; i < Math.min(raw.length, 30); i++) {
    const place = (raw[i] as string).trim();
    if (!placeInCapitals(place)) continue;
    let k = i + 1;
    while (k < raw.length && k - i <= 3 && (raw[k] as string).trim() === "") k++;
    const lead = (raw[k] ?? "").trim();
    if (lead.length < 60 || !/^[\p{Lu}]/u.test(lead) || !/[.!?…]["”’»)]?$/u.test(lead) || lead.startsWith(place)) continue;
    if (isFurnitureLine(place) || !namedAsPlace(place, [...raw.slice(0, i), ...raw.slice(i + 1)].join("\n"))) continue;
    return [...raw.slice(0, i), `${place} — ${lead}`, ...raw.slice(k + 1)].join("\n");
  }
  return text;
}

/**
 * What the cleaner's line loop asks of every line on its own, as bits: a live page's entry stamp, a prompt
 * (page-notices.ts), a blog's button, a note from the walls around a story (page-tail.ts). Pure, and remembered by
 * line: one lookup where each copy of a line asked four tests.
 */
const LIVE_STAMP_LINE = 1;
const PROMPT_LINE = 2;
const BLOG_BUTTON_LINE = 4;
const WALL_NOTE_LINE = 8;
const lineFlags = memoByLine(
  (plain: string): number =>
    (isLiveEntryStamp(plain) ? LIVE_STAMP_LINE : 0) | (isPromptNote(plain) ? PROMPT_LINE : 0) | (isBlogButton(plain) ? BLOG_BUTTON_LINE : 0) | (isWallNote(plain) ? WALL_NOTE_LINE : 0),
);

export function cleanArticle(text: string, options: CleanOptions = {}): CleanResult {
  const related = relatedSet(options.relatedTitles);
  const lines = toLines(withDatelineJoined(text));
  const singleSpaced = lines.length > 2 && lines.every((l, i) => i === 0 || l.joined);
  const questionPairs = questionPairCounter(lines);
  const kinds: (BlockKind | "drop")[] = new Array<BlockKind | "drop">(lines.length).fill("paragraph");
  let carry = 0; // the gap before a dropped line, handed on to the next line (an image placeholder's gap stays a gap)
  let firstKept = true;
  let captionNext = false;
  const tailFrom = pageTailStart(lines.map((l) => (l.row || l.item ? "" : l.plain))); // a table's rows and a list's items are no headline or dateline
  const labels = repeatedLabels(lines);
  const plains = lines.map((l) => l.plain); // the skip-link scan reads them at every line
  const linkList = linkListLines(lines);
  // a live page's entry stamps ("15:44", "10:15 GMT+7", "Dec 4, 2026 | 07:16 PM IST"): furniture where the text holds
  // two or more of them (one alone may be the story's own date)
  const flags = lines.map((l) => lineFlags(l.plain));
  const stamps = flags.filter((f) => (f & LIVE_STAMP_LINE) !== 0).length >= 2;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    l.gap = Math.max(l.gap, carry);
    carry = 0;
    // a line right under a dropped one (no blank line between) was judged against that line ("advertisement" / "The
    // envoy said …"): judged again against the text's line it would go on, as with nothing between them, it starts its
    // own paragraph when that one finished, and goes on with it when that one stopped mid-sentence
    if (l.joined && i > 0 && kinds[i - 1] === "drop") rejudgeBelowDropped(lines, kinds, i);
    const flag = flags[i] as number;
    if (stamps && (flag & LIVE_STAMP_LINE) !== 0) {
      kinds[i] = "drop";
      carry = Math.max(l.gap, 1);
      continue;
    }
    if ((flag & PROMPT_LINE) !== 0 || labels.has(l.plain) || linkList.has(i)) {
      // a prompt or a repeated label between paragraphs: dropped, and the line after it starts a block of its own
      kinds[i] = "drop";
      carry = Math.max(l.gap, 1);
      continue;
    }
    if (i >= tailFrom || (flag & (BLOG_BUTTON_LINE | WALL_NOTE_LINE)) !== 0) {
      // below the article: a comment thread or the next article an infinite scroll appended (page-tail.ts); a blog's buttons
      kinds[i] = "drop";
      continue;
    }
    if (altAboveCaption(lines, i)) {
      // Firefox copies a picture's alt text on its own line above the caption that says it at length
      kinds[i] = "drop";
      kinds[++i] = "caption";
      captionNext = false;
      continue;
    }
    if (isPlayerLabel(l.plain)) {
      // a sticky player's "Now playing" / "Đang phát" and the video's title on the line below it
      kinds[i] = "drop";
      const next = lines[i + 1];
      // (the page's headline when the story's byline or date stands right below it)
      if (next && next.plain.length <= 120 && !isProseLine(next.plain) && !headlineUnderPlayer([next.plain, lines[i + 2]?.plain ?? ""], 0)) kinds[++i] = "drop";
      continue;
    }
    if (VIDEO_PROMPT.test(l.plain) && lines[i + 1] !== undefined && videoTitle((lines[i + 1] as Line).plain)) {
      // a player's prompt, the video's title under it and the player's controls and length ("Watch the video below:" /
      // "Lavrov Arrives In Pyongyang For Talks | Channels Television" / "Watch later" / "Share" / "2:47"): furniture all
      kinds[i] = "drop";
      kinds[++i] = "drop";
      for (let k = 0; k < 4 && i + 1 < lines.length; k++) {
        const next = (lines[i + 1] as Line).plain;
        if (next.length > 20 || !(isFurnitureLine(next) || /^\d{1,2}:\d{2}(?::\d{2})?$/.test(next))) break;
        kinds[++i] = "drop";
      }
      continue;
    }
    if (l.row || (l.item && !isFurnitureLine(l.plain))) {
      // a data table's row is article text, kept as it stands: never furniture, a heading, a caption or a label;
      // so is a list's item, unless its words are furniture
      captionNext = false;
      firstKept = false;
      continue;
    }
    if (POLL_HEAD.test(l.plain)) {
      // a reader poll: its heading, question and options up to its button ("Poll" / "Should …?" / "Yes" / "No" /
      // "Vote"); a paragraph of the text ends it, never dropped
      kinds[i] = "drop";
      carry = l.gap;
      for (let k = 0; k < 12 && i + 1 < lines.length; k++) {
        const next = lines[i + 1] as Line;
        if (next.plain.length > 200 || (isProseLine(next.plain) && !next.plain.endsWith("?"))) break;
        kinds[++i] = "drop";
        if (POLL_END.test(next.plain)) break;
      }
      continue;
    }
    const skipEnd = skipPastEnd(plains, i);
    if (skipEnd > i) {
      // a block the page marks with a skip link and its end ("skip past newsletter promotion" … "after newsletter
      // promotion"): none of it is the article's
      for (let k = i; k <= skipEnd; k++) kinds[k] = "drop";
      carry = l.gap;
      i = skipEnd;
      continue;
    }
    if (KEYWORDS_LABEL.test(l.plain)) {
      // a journal's keywords under their label on a line of its own ("Từ khóa:" / "Nga, Triều Tiên, hiệp ước"): both go
      kinds[i] = "drop";
      carry = l.gap;
      const next = lines[i + 1];
      if (next && next.plain.length <= 300 && /[,;]/.test(next.plain) && !/[.!?…]\s/u.test(next.plain)) kinds[++i] = "drop";
      continue;
    }
    if (isKeyPointsLabel(l.plain)) {
      kinds[i] = "drop";
      carry = l.gap;
      continue;
    }
    if (isTailMarker(l.plain)) {
      kinds[i] = "drop";
      carry = l.gap;
      // the related-story list after the marker: short lines and links, up to the next real paragraph (a finished
      // sentence of article size after a blank line: the box stood inside the text, which goes on below it)
      // (a box inside the text, "Key points", ends at a heading the page sets as one, not a link: the next post's title)
      const inText = KEY_EVENTS.test(l.plain);
      // a journal's notes and references under their heading: every numbered note and cited work, sentences as they are;
      // a source list's entries are citations, finished as sentences are ("Org. "Title." 2 Dec 2026."): never the text again
      const notes = NOTES_OR_POSTS.test(l.plain);
      const listed = (next: Line): boolean => (notes && isNoteEntry(next.plain)) || ((next.plain.length <= 160 || next.linkOnly) && !((resumesText(next, singleSpaced) || signedLastLine(lines, i + 1)) && !isNextStoryMarker(l.plain) && !(notes && CITATION.test(next.plain))) && !questionSubhead(lines, i + 1, questionPairs) && !(inText && next.hash && !next.linkOnly));
      while (i + 1 < lines.length && listed(lines[i + 1] as Line)) kinds[++i] = "drop";
      continue;
    }
    if (isFurnitureLine(l.plain) || (l.linkOnly && !l.hash) || (l.gap > 0 && isRelated(related, l.plain))) {
      // a labelled credit dropped as furniture ("Đồ họa: Hà Linh", "Satellite image ©2026 Maxar Technologies") still
      // tells the short sentence above it is its caption
      if (i > 0 && kinds[i - 1] === "paragraph" && l.plain.length <= 120 && captionSized(lines[i - 1]) && (i === 1 || kinds[i - 2] !== "paragraph" || shortOrFinished((lines[i - 2] as Line).plain)) && CREDIT_LABEL.test(l.plain) && CREDIT_ONLY(l.plain)) kinds[i - 1] = "caption";
      kinds[i] = "drop";
      // a rule alone on its line ("|", "—", "* * *") parts the blocks around it, and is no picture's place: the line
      // after it starts a block of its own, never as a caption after an image gap
      carry = RULE_LINE.test(l.plain) ? 1 : l.gap;
      // an image's file name left where the picture stood ("anh-khai-mac.jpg"): the short line below it is its caption
      // and so is the line below a gallery's counter ("1 of 12" / "The vessel alongside …")
      captionNext = IMAGE_FILE.test(l.plain) || isGalleryCount(l.plain);
      continue;
    }
    if (isFigureNumber(l.plain) && i + 1 < lines.length) {
      // a figure's number alone over its caption ("Hình 3" / "Hàng rào an ninh mới quanh cầu cảng …"): the number is no
      // text, the line below it is the caption (the words alone are no furniture anywhere else: a heading may read so)
      kinds[i] = "drop";
      carry = l.gap;
      captionNext = true;
      continue;
    }
    const prevKind = i > 0 ? kinds[i - 1] : undefined;
    // a picture's credit printed above its caption ("Ảnh: RIA Novosti/Vitaly Ankov" / "Phó Thủ tướng … ở Vladivostok." /
    // the text): the credit and the short finished sentence below it are the caption, not the unfinished line above
    if (creditAboveCaption(lines, i, prevKind)) {
      kinds[i] = "caption";
      kinds[i + 1] = "caption";
      (lines[i + 1] as Line).gap = 0;
      firstKept = false;
      captionNext = false;
      i++;
      if (i + 1 < lines.length && (lines[i + 1] as Line).gap === 0) (lines[i + 1] as Line).gap = 1; // the text below starts its own block
      continue;
    }
    // the picture's caption and credit: a wire's or picture service's name alone in capitals below a caption-sized
    // line with no full stop ("Kim Jong Un and Vladimir Putin at the Kremlin on Thursday" / "REUTERS"), or a
    // photographer's bare name below one short finished sentence, with the text's prose on both sides ("… the
    // sanctions in Adelaide on Friday." / "Michael Currie" / the next paragraph), or with the wire after a comma ("…
    // the border with Russia." / "Ahn Young-joon, Associated Press" / the lead)
    if (bareSourceCaption(lines, i, prevKind) || bareNameCredit(lines, i, prevKind) || labelledCreditUnderCaption(lines, i) || wireCreditUnderCaption(lines, i, prevKind)) {
      kinds[i - 1] = "caption";
      kinds[i] = "caption";
      l.gap = 0;
      firstKept = false;
      captionNext = false;
      if (i + 1 < lines.length && (lines[i + 1] as Line).gap === 0) (lines[i + 1] as Line).gap = 1;
      continue;
    }
    // a credit or a graphic's source line under a caption already read ("Hình 1: …" / "(Ảnh: Planet Labs PBC)",
    // "… các nhà điều tra." / "Đồ họa: Hà Linh" / "Nguồn: NIS, Planet Labs"): part of that caption, credits dropped between
    // (the caption above is looked for first: most lines have none, and the credit's forms are not asked of them)
    const captionAt = i > 0 && kinds[i - 1] === "caption" ? i - 1 : i > 1 && kinds[i - 1] === "drop" && kinds[i - 2] === "caption" ? i - 2 : -1;
    if (captionAt >= 0 && l.plain.length <= 120 && (CREDIT_ONLY(l.plain) || sourceLine(l) || (captionAt === i - 1 && PHOTOGRAPHER_COMMA_WIRE.test(l.plain))) && (captionAt === i - 1 || CREDIT_ONLY((lines[i - 1] as Line).plain))) {
      kinds[i] = "caption";
      l.gap = 0;
      firstKept = false;
      captionNext = false;
      continue;
    }
    // a credit under a graphic's source line under its caption ("The three routes …" / "Source: CIR analysis …" / "Map
    // data © OpenStreetMap contributors"): the three lines are the caption
    if (i >= 2 && l.plain.length <= 80 && kinds[i - 1] === "paragraph" && kinds[i - 2] === "paragraph" && sourceLine(lines[i - 1] as Line) && captionSized(lines[i - 2]) && CREDIT_ONLY(l.plain)) {
      kinds[i - 2] = "caption";
      kinds[i - 1] = "caption";
      kinds[i] = "caption";
      (lines[i - 1] as Line).gap = 0;
      l.gap = 0;
      firstKept = false;
      captionNext = false;
      continue;
    }
    // a credit alone below one short sentence that stands alone ("Tàu cập bến sáng 10/4." / "Ảnh: Hoàng Dũng"):
    // both lines are the caption, however the lines are spaced
    const above = lines[i - 1];
    // (or a wire's long caption of the lead picture over its credit: leadPicture)
    if (
      above !== undefined &&
      !above.row &&
      !above.item &&
      prevKind === "paragraph" &&
      l.plain.length <= 60 &&
      CREDIT_ONLY(l.plain) &&
      !WORK_LABEL.test(above.plain) &&
      !(storyParagraphOverWritersCredit(above.plain, l.plain, options.writer) && !lines.slice(i + 1).some((b) => isProseLine(b.plain))) &&
      // (a paragraph of the text that reports, "Theo Tổng cục Thống kê, …", "…, the authority said.", between two
      // paragraphs is no picture's caption: the credit below it stands alone)
      !(above.plain.length > 80 && i + 1 < lines.length && isProseLine((lines[i + 1] as Line).plain) && REPORTING.test(above.plain)) &&
      (above.plain.length <= 120 || leadPicture(lines, i)) &&
      !/[.!?…]\s+[\p{Lu}]/u.test(above.plain) &&
      // (a name alone over a picture's own credit is a portrait's caption under a standfirst with no full stop:
      // "Sergei Lavrov" / "© RIA Novosti / Sergey Guneev"; under the date it is the writer's byline, the credit the
      // lead picture's: "Ruth Fraňková" / "Photo: Czech Radio")
      (above.gap > 0 || i === 1 || kinds[i - 2] !== "paragraph" || leadPicture(lines, i) || (STRONG_CREDIT(l.plain) && (shortOrFinished((lines[i - 2] as Line).plain) || (PORTRAIT_NAME.test(above.plain) && !readDateLine((lines[i - 2] as Line).plain)))))
    ) {
      kinds[i - 1] = "caption";
      kinds[i] = "caption";
      l.gap = 0;
      firstKept = false;
      captionNext = false;
      continue;
    }
    // an illustration's note alone with no caption above it to join ("Hình minh họa" under a picture that has none):
    // no text of the article (one that opens as a picture's description does, "Ảnh minh họa", "File photo", is read as
    // the picture's caption below)
    if (ILLUSTRATION_CREDIT.test(l.plain) && !CAPTION_OPENING.test(l.plain)) {
      kinds[i] = "drop";
      captionNext = false;
      continue;
    }
    // a sentence of article size below a caption that has no full stop starts a paragraph of its own
    if (l.gap === 0 && prevKind === "caption" && isProseLine(l.plain) && !TERMINAL.test((lines[i - 1] as Line).plain)) l.gap = 1;
    // and so does one below a finished caption in a copy with one newline between all its lines (a gallery's "2/5" /
    // "Khán giả kín nhà hát." / the next paragraph): there, every line is a block of its own
    if (l.gap === 0 && prevKind === "caption" && singleSpaced && isProseLine(l.plain) && /[.!?…]["”’»)]?$/.test((lines[i - 1] as Line).plain)) l.gap = 1;
    // a picture's credit alone on its line right under a finished paragraph, a blank line between them or none ("…
    // frozen fish." / "Photo: AP" / the next paragraph): the picture's, no words of that paragraph (a lone credit,
    // dropped below)
    if (prevKind === "paragraph" && l.plain.length <= 60 && /[.!?…]["”’»)]?$/.test((lines[i - 1] as Line).plain) && STRONG_CREDIT(l.plain) && !ILLUSTRATION_CREDIT.test(l.plain) && !captionBelowCredit(lines[i + 1])) {
      kinds[i] = "caption";
      firstKept = false;
      captionNext = false;
      if (i + 1 < lines.length && (lines[i + 1] as Line).gap === 0) (lines[i + 1] as Line).gap = 1;
      continue;
    }
    if (l.gap === 0 && i > 0 && prevKind !== "drop" && prevKind !== undefined && !(prevKind !== "caption" && labelledCaption(l.plain))) {
      kinds[i] = prevKind === "heading" ? "paragraph" : prevKind; // a hard line break continues its block
    } else if (l.hash || (l.boldOnly && l.plain.length <= 160 && !l.plain.endsWith("."))) {
      kinds[i] = "heading";
    } else if (IMAGE_CREDIT.test(l.plain) && l.plain.length <= 120) {
      kinds[i] = "caption";
      captionNext = true;
      // (a credit alone between two paragraphs of the text, "… frozen fish." / "Getty Images" / "Officials expect …
      // time.": the picture's; the finished paragraph below it is text, while a caption under a credit stops short of a
      // full stop or is one short sentence: "Getty Images" / "Vladimir Putin and Kim Jong Un at the cosmodrome")
      const next = lines[i + 1];
      if (prevKind === "paragraph" && /[.!?…]["”’»)]?$/.test((lines[i - 1] as Line).plain) && next !== undefined && next.plain.length > 100 && /[.!?…]["”’»)]?$/.test(next.plain) && isProseLine(next.plain)) {
        captionNext = false;
        next.gap = Math.max(next.gap, 1);
      }
      firstKept = false;
      continue;
    } else if (
      (CAPTION_PREFIX.test(l.plain) && !PICTURE_FINDING.test(l.plain)) ||
      (l.plain.length <= 250 && isCaptionLine(l.plain)) ||
      isWireCreditedCaption(l.plain) ||
      // a wire's long caption with its credit at the end ("In this handout photo taken and released by … / AFP")
      (l.plain.length > 250 && l.plain.length <= 320 && longCaptionMemo(l.plain)) ||
      (l.plain.length <= 110 && CAPTION_OPENING.test(l.plain) && !/[.!?…]\s+[\p{Lu}]|,.*,/u.test(l.plain) && !PICTURE_FINDING.test(l.plain)) ||
      (captionNext && l.plain.length <= 200 && !startsLower(l.plain) && !l.boldOnly && !/[.!?]\s+[\p{Lu}]/u.test(l.plain)) ||
      (l.gap >= 2 &&
        l.plain.length <= 300 &&
        !startsLower(l.plain) &&
        ((firstKept && !opensSingleSpacedText(lines, i)) || CREDIT_END.test(l.plain) || SOURCE_END.test(l.plain) || DATE_END.test(l.plain) || l.plain.includes("©"))) ||
      bareCaption(lines, i)
    ) {
      kinds[i] = "caption";
    } else if (/^hình ảnh|^ảnh/i.test(l.plain) && SOURCE_END.test(l.plain)) {
      kinds[i] = "caption";
    }
    captionNext = false;
    firstKept = false;
  }
  // A gallery copied as text with one newline between paragraphs: one to three short finished sentences between two
  // paragraphs at least twice as long are the pictures' captions ("Máy có thiết kế gọn." / "Màn hình xoay lật …").
  for (let i = 1; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && j - i < 3 && kinds[j] === "paragraph" && galleryCaption(lines[j] as Line) && !pointsBack((lines[j] as Line).plain)) j++;
    if (j === i) continue;
    const prev = lines[i - 1] as Line;
    const next = lines[j];
    const longest = Math.max(...lines.slice(i, j).map((l) => l.plain.length));
    if (
      next !== undefined &&
      kinds[i - 1] === "paragraph" &&
      kinds[j] === "paragraph" &&
      next.joined &&
      prev.plain.length >= Math.max(80, 2 * longest) &&
      next.plain.length >= Math.max(80, 2 * longest) &&
      /[.!?…]["”’»)]?$/.test(prev.plain)
    ) {
      for (let k = i; k < j; k++) kinds[k] = "caption";
    }
    i = j;
  }
  // The lead picture's caption as the text's first line in a copy with one newline between paragraphs (a read-later
  // or reader view keeps it, the picture gone): one short finished sentence of the gallery caption's form, nothing
  // kept above it, with a finished paragraph at least twice as long right below it.
  // (a finished sentence dropped right above it, a summary's first point, makes it that summary's next one; so does
  // a pronoun that points back to something before it: "They are accused of …" goes on from a line not kept; and a
  // sentence that argues or reports a claim is the standfirst, ARGUES and REPORTS)
  const top = kinds.findIndex((k) => k !== "drop");
  // (the line right below the headline is a standfirst, however short: a lead picture stands below the byline or it)
  const standfirstTop = top >= 0 && !!options.belowHeadline && foldForMatch((lines[top] as Line).plain) === foldForMatch(options.belowHeadline);
  // a deck without a full stop right below the headline with the lead's first sentence right below it, no blank line
  // between (a one-newline copy, or the byline and date lines read away from between them): the deck is a paragraph of
  // its own, never the lead's first words nor a heading over it ("A subtitle that says what the post argues" / "Freight
  // trains crossed …")
  const deck = standfirstTop && deckOverLead(lines, kinds, top) ? top : -1;
  if (deck >= 0) (lines[deck + 1] as Line).gap = 1;
  if (top >= 0 && !standfirstTop && !(top > 0 && /[.!?…]["”’»)]?$/.test((lines[top - 1] as Line).plain)) && !ANAPHORIC.test((lines[top] as Line).plain) && !ARGUES.test((lines[top] as Line).plain) && !REPORTS.test((lines[top] as Line).plain) && kinds[top] === "paragraph" && galleryCaption({ ...(lines[top] as Line), joined: true, gap: 1 })) {
    const next = lines[top + 1];
    if (next !== undefined && kinds[top + 1] === "paragraph" && next.joined && next.plain.length >= Math.max(120, 2 * (lines[top] as Line).plain.length) && /[.!?…]["”’»)]?$/.test(next.plain)) kinds[top] = "caption";
  }
  // The lead picture's caption right below the sapo, in a text with one newline between paragraphs (a page pasted into
  // a document and exported as text, the picture dropped): the sapo opening with the outlet's lead code ("(NTD) - …"),
  // then one short finished sentence, then a finished paragraph half as long again; Vietnamese pages set the lead
  // picture there.
  if (top >= 0 && kinds[top] === "paragraph" && SAPO_CODE.test((lines[top] as Line).plain)) {
    const l = lines[top + 1];
    const next = lines[top + 2];
    if (l !== undefined && next !== undefined && kinds[top + 1] === "paragraph" && kinds[top + 2] === "paragraph" && l.gap <= 1 && next.gap <= 1 && l.joined === next.joined && !l.hash && !l.boldOnly && !l.item && !l.row) {
      const p = l.plain;
      if (p.length >= 15 && p.length <= 150 && p.split(" ").length <= 25 && /^[\p{Lu}]/u.test(p) && /[\p{L}\d"”’)]\.$/u.test(p) && !/[.!?…]\s/u.test(p.slice(0, -1)) && next.plain.length >= Math.max(100, 1.5 * p.length) && /[.!?…]["”’»)]?$/.test(next.plain)) kinds[top + 1] = "caption";
    }
  }
  // A picture's caption in a text with one newline between paragraphs (a reader view or a select-all copy drops the
  // picture and its credit): one short line of eight words or more (a scene described, not a sub-heading's few
  // words) with no end punctuation between two finished paragraphs half as long again, anywhere in the text.
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    const prev = lines[i - 1] as Line;
    const next = lines[i + 1] as Line;
    const p = l.plain;
    if (kinds[i] !== "paragraph" || kinds[i - 1] !== "paragraph" || kinds[i + 1] !== "paragraph" || !l.joined || !next.joined || l.hash || l.subhead || l.boldOnly) continue;
    if (p.length < 15 || p.length > 90 || p.split(" ").length < 8 || !/[\p{Ll}\d]$/u.test(p) || !/^[\p{Lu}]/u.test(p) || /[.!?…]\s|["“”«»:;|]/u.test(p)) continue;
    const finished = (x: Line): boolean => x.plain.length >= Math.max(60, 1.3 * p.length) && /[.!?…]["”’»)]?$/.test(x.plain);
    if (finished(prev) && finished(next)) kinds[i] = "caption";
  }
  signedLastParagraph(lines, kinds);
  sceneCaptions(lines, kinds);
  pullQuotes(lines, kinds); // after the captions: a caption saying a sentence of the text again stays a caption
  unfinishedGalleryRuns(lines, kinds);
  dropLabelRuns(lines, kinds);
  dropWriterBio(lines, kinds, options.writer);
  // Plain short lines: a heading when alone before a paragraph, related-story links when several in a row.
  const firstLine = kinds.findIndex((k) => k !== "drop");
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== "paragraph" || i === deck) continue;
    const l = lines[i] as Line;
    if (i > 0 && loneSubhead(lines, kinds, i)) {
      kinds[i] = "heading";
      continue;
    }
    // (an interview's question, "PV: …?", "Q: …?", is a turn of the text, not a heading over the answer)
    if ((l.gap === 0 && i > 0) || !headingLike(l) || (l.plain.includes("?") && ASKED.test(l.plain))) continue;
    let j = i;
    while (j + 1 < lines.length && kinds[j + 1] === "paragraph" && headingLike(lines[j + 1] as Line) && (lines[j + 1] as Line).gap > 0) j++;
    if (j === i + 1 && i === firstLine && sectionOverStandfirst(l, lines[j] as Line, lines[j + 1])) {
      // the text's first line a section's label over the standfirst ("Columnists" / "Moscow and Pyongyang cite a treaty
      // that would allow …" / the lead): the label goes, the standfirst stays
      kinds[i] = "drop";
      i = j;
      continue;
    }
    if (j > i) {
      for (let k = i; k <= j; k++) kinds[k] = "drop";
      i = j;
      continue;
    }
    const next = lines[i + 1];
    // (a line that opens a list or a table is its lead-in, "Các điểm mới gồm", not a heading)
    if (next && next.gap > 0 && kinds[i + 1] === "paragraph" && !next.row && !next.item && next.plain.length > l.plain.length) kinds[i] = "heading";
  }
  return assemble(lines, kinds);
}

/**
 * Words a story's sentence uses and a picture's caption does not: saying, tense (a past a caption's present tense never
 * takes, "left" but as a place in the picture: "Kim Jong Un, left, …"), modality, time, negation, reference.
 */
const NARRATIVE_EN = /(?<![\p{L}\d])(?:said|says|say|told|tells|according|added|adds|noted|stated|reported|announced|warned|warns|denied|denies|claimed|claims|insisted|urged|urges|called|calls|asked|asks|accused|accuses|vowed|vows|pledged|threatened|will|would|could|should|may|might|must|can|cannot|has|have|had|was|were|been|did|does|do|not|no|never|yesterday|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|next|ago|however|but|also|because|although|while|if|we|our|us|i|you|your|he|she|they|it|this|that|these|those|which|who|whom|there|here|than|so|went|came|took|made|sent|met|gave|got|began|brought|fought|held|kept|led|paid|ran|sold|spoke|stood|struck|won|wrote|flew|fell|rose|shot|arrived|returned|grew|found|became|remained|continued|increased|decreased|dropped|doubled|showed|shows|revealed|suggested|estimated|confirmed|thought|knew|felt|heard|lost|built|bought|caught|chose|drew|drove|threw|withdrew|sought|spent|taught|lasted|lasts|left(?! ?[,)]))(?![\p{L}\d])/iu;
const NARRATIVE_VI = /(?<![\p{L}])(?:cho biết|cho hay|nói|khẳng định|tuyên bố|nhấn mạnh|thông báo|cáo buộc|bác bỏ|cảnh cáo|cảnh báo|kêu gọi|yêu cầu|đề nghị|phủ nhận|xác nhận|cam kết|tố cáo|lên án|chỉ trích|chớ|nên|muốn|cần|sau cuộc|sau đó|trước đó|(?:sáng|trưa|chiều|tối|đêm|ngày|hôm) \d{1,2}(?:\/\d{1,2})?|theo|đã|sẽ|đang|chưa|không|vẫn|cũng|nhưng|tuy nhiên|vì|nếu|hôm nay|hôm qua|ngày mai|tuần này|tuần trước|tuần tới|tháng này|tháng trước|tháng tới|chúng tôi|tôi|bạn|này|đó|rằng|hiện|vừa|mới|sau khi|trước khi|để|nhằm|bởi|do|còn|thì|là|có thể|phải|kéo dài)(?![\p{L}])/iu;
/** Where a scene is: a caption places what it shows ("… tại huyện Gò Công Đông", "… at the Tumen River"). */
const SCENE_PLACE = /(?<![\p{L}\d])(?:tại|ở|trên|gần|bên|phía|giữa|dọc|at|in|on|near|outside|inside|during|along|across|beside)(?![\p{L}\d])/iu;
/** A figure a story reports (a share, a sum, a count of units): a claim's number, not a scene's. */
const REPORTED_FIGURE = /\d(?:[\d.,]*\d)?\s?(?:%|percent|per cent|phần trăm|triệu|tỷ|nghìn|ngàn|million|billion|trillion|tonnes|tons|tấn|usd|đô la|dollars?|rúp|roubles?|rubles?)(?![\p{L}])/iu;

/**
 * A long read's pull quote: a sentence of the text set large again between the paragraphs, shortened or lightly
 * reworded ("“It gives both governments a legal answer to accusations they deny.”" beside the paragraph that says
 * "… a legal answer to accusations they otherwise deny."). A short line between two kept paragraphs whose words,
 * in their order, are nearly all those of one finished paragraph near it, and far fewer than that paragraph's, is
 * that paragraph's echo, no text of its own. A standfirst (no paragraph above it), a sub-heading (no sentence, and it
 * may say its paragraph's words again) and a sentence printed twice word for word stay.
 */
function pullQuotes(lines: Line[], kinds: (BlockKind | "drop")[]): void {
  const top = kinds.findIndex((k) => k === "paragraph");
  if (top < 0) return;
  // each line's folded text between spaces (so that " word " finds a whole word), read once for the whole text when a
  // candidate shows
  const padded: string[] = [];
  const paddedOf = (k: number): string => (padded[k] ??= paddedFold((lines[k] as Line).plain));
  for (let i = top + 1; i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    if (kinds[i] !== "paragraph" || l.hash || l.item || l.row || l.linkOnly || l.boldOnly || l.subhead) continue;
    if (l.plain.length < 30 || l.plain.length > 220 || !PULL_QUOTE_SHAPE.test(l.plain)) continue;
    // where it stands first (cheap), then whether a paragraph near it says it again
    if (!keptParagraphBefore(lines, kinds, i, top) || !betweenLongerParagraphs(lines, kinds, i)) continue;
    const own = paddedOf(i).slice(1, -1).split(" ");
    if (own.length < 6) continue;
    let echoed = false;
    for (let k = Math.max(top, i - PULL_QUOTE_REACH); k <= Math.min(lines.length - 1, i + PULL_QUOTE_REACH) && !echoed; k++) {
      const other = lines[k] as Line;
      if (k === i || kinds[k] !== "paragraph" || other.plain.length < 1.4 * l.plain.length || !isProseLine(other.plain)) continue;
      // (most of its words, in their order, among the paragraph's: words found in order are among its words at all,
      // so that share alone decides)
      // shortened or reworded, as a pull quote is set: a sentence printed twice word for word (a lead repeated
      // under a video, a caption saying a sentence of the text) is no pull quote
      echoed = saidInOrder(own, paddedOf(k), 0.8) && !paddedOf(k).includes(paddedOf(i));
    }
    if (echoed) kinds[i] = "drop";
  }
}
/** A line's folded text between spaces, remembered by line (foldForMatch keeps only lines of up to 300 characters). */
const paddedFold = memoByLine((plain: string): string => ` ${foldForMatch(plain)} `);
/** A pull quote's shape: a sentence, finished or set between quote marks (“…”, "…", «…»). */
const PULL_QUOTE_SHAPE = /^\p{Lu}.*[.!?…]$|^["“«].*["”»][.!?…]?$/u;
/** How many lines away from its paragraph a pull quote is set. */
const PULL_QUOTE_REACH = 6;
/** A paragraph of the text above the line, not a label ("Summary") over a standfirst that says the lead again. */
const keptParagraphBefore = (lines: readonly Line[], kinds: readonly (BlockKind | "drop")[], i: number, top: number): boolean => {
  for (let k = i - 1; k >= top; k--) if (kinds[k] === "paragraph" && isProseLine((lines[k] as Line).plain)) return true;
  return false;
};
/**
 * Whether the line stands inside the text as a pull quote is set: the nearest kept line above it is a paragraph longer
 * than it, and the nearest below another or a sub-heading. A summary's points (a fact-check's "If your time is short"
 * box, key takeaways) stand among lines of their own size, each saying a paragraph of the text again: they are text.
 */
function betweenLongerParagraphs(lines: readonly Line[], kinds: readonly (BlockKind | "drop")[], i: number): boolean {
  const size = (lines[i] as Line).plain.length;
  const below = nearestKept(lines, kinds, i, 1);
  return longerParagraph(lines, kinds, nearestKept(lines, kinds, i, -1), size) && (longerParagraph(lines, kinds, below, size) || (below >= 0 && (kinds[below] === "heading" || subheadShape(lines[below] as Line))));
}
/** The nearest line kept above (step -1) or below (step 1) line i, or -1. */
function nearestKept(lines: readonly Line[], kinds: readonly (BlockKind | "drop")[], i: number, step: 1 | -1): number {
  let k = i + step;
  while (k >= 0 && k < lines.length && kinds[k] === "drop") k += step;
  return k >= 0 && k < lines.length ? k : -1;
}
/** Whether line k is a paragraph longer than a line of `size` characters (by a fifth). */
function longerParagraph(lines: readonly Line[], kinds: readonly (BlockKind | "drop")[], k: number, size: number): boolean {
  return k >= 0 && kinds[k] === "paragraph" && (lines[k] as Line).plain.length > 1.2 * size;
}
/**
 * Whether at least `share` of a line's words are found in a paragraph in their order (each of the paragraph's words
 * used once, the first one that fits taken), the paragraph given as its whole folded text between spaces, so that no
 * list of its words is built. A word is looked for by its letters, then taken where a space stands on either side (a
 * search led by a space would stop at every word). The answer is given as soon as the words left can no longer change it.
 */
function saidInOrder(words: readonly string[], padded: string, share: number): boolean {
  let found = 0;
  let at = 0; // the space before the paragraph's next unused word
  for (let n = 0; n < words.length; n++) {
    const w = words[n] as string;
    let k = padded.indexOf(w, at + 1);
    while (k >= 0 && (padded.charCodeAt(k - 1) !== 32 || padded.charCodeAt(k + w.length) !== 32)) k = padded.indexOf(w, k + 1);
    if (k >= 0) {
      found++;
      at = k + w.length;
    } else if ((found + words.length - n - 1) / words.length < share) return false;
  }
  return found / words.length >= share;
}

/**
 * A picture's caption between two paragraphs, its credit and picture left behind (a select-all or reader copy; a page
 * that prints captions without a credit): one short finished sentence that describes a scene ("Đoàn doanh nghiệp Nga tham quan
 * cơ sở chế biến thủy sản tại huyện Gò Công Đông.", "A train crosses from North Korea into Russia at the Tumen River."),
 * with a blank line around it or none, between two finished paragraphs at least half as long again; it places what it
 * shows ("tại", "ở", "at", "in" …). A story's own short paragraph reports: it says who said, when, what will or did
 * happen, a figure, a negation ("Điện Kremlin chưa bình luận.", "Talks resume in Moscow on Monday."); any such word
 * keeps it text, as does a line that places nothing ("Bản tin số 2 trong bộ dữ liệu, phát lại lần 1."). Never the
 * text's first paragraph.
 */
function sceneCaptions(lines: Line[], kinds: (BlockKind | "drop")[]): void {
  const kept = (from: number, step: 1 | -1): number => {
    let k = from;
    while (k >= 0 && k < lines.length && kinds[k] === "drop") k += step;
    return k >= 0 && k < lines.length && kinds[k] === "paragraph" ? k : -1;
  };
  const top = kinds.findIndex((k) => k !== "drop");
  for (let i = top + 1; i > 0 && i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    const p = l.plain;
    if (kinds[i] !== "paragraph" || l.hash || l.boldOnly || l.item || l.row || l.linkOnly) continue;
    if (p.length < 25 || p.length > 110 || !/^[\p{Lu}]/u.test(p) || !/[\p{L}\d)]\.$/u.test(p) || /[.!?…]\s|["“”«»:;|?!]/u.test(p.slice(0, -1))) continue;
    const words = p.split(" ").length;
    if (words < 5 || words > 18 || !SCENE_PLACE.test(p) || NARRATIVE_EN.test(p) || NARRATIVE_VI.test(p) || REPORTED_FIGURE.test(p)) continue;
    const a = kept(i - 1, -1);
    const b = kept(i + 1, 1);
    if (a < 0 || b < 0 || a < top) continue;
    const finished = (x: Line): boolean => x.plain.length >= Math.max(80, 1.5 * p.length) && /[.!?…]["”’»)]?$/.test(x.plain) && !x.hash && !x.item && !x.row;
    if (finished(lines[a] as Line) && finished(lines[b] as Line)) kinds[i] = "caption";
  }
}

/**
 * A reader's signature under a letter to the editor: a name, then the town after a comma or in brackets, a state's
 * short name after it or not ("Margaret Ellison, Mosman, NSW", "Daniel Okafor, Southeast Portland", "Nguyễn Văn Hải
 * (Đống Đa, Hà Nội)"). Every word of the name capitalised, so a caption naming a post ("Ông Nguyễn Văn A, Chủ tịch
 * UBND tỉnh") is none; with the next letter's heading below it, it is no gallery's caption.
 */
const LETTER_SIGNATURE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s\p{Lu}[\p{L}.]{1,12})?|\s\((?:\p{Lu}[\p{L}'’.-]*[\s,]{0,2}){1,6}\))$/u;
const isLetterSignature = (plain: string): boolean => plain.length <= 80 && LETTER_SIGNATURE.test(plain);

/**
 * A gallery's captions in a text with one newline between paragraphs, where the page prints them without a full stop
 * ("Các báo cáo viên tại hội thảo" / "Sinh viên đặt câu hỏi" / "Trưởng khoa phát biểu bế mạc"): two or three short
 * lines in a row (three words or more, 60 characters at most, a capital first, no end punctuation, no quote, colon or
 * bar) between two finished paragraphs at least twice as long. One such line alone is a sub-heading's place; a line
 * ending in a colon above them makes them a list's items.
 */
function unfinishedGalleryRuns(lines: Line[], kinds: (BlockKind | "drop")[]): void {
  const short = (l: Line): boolean => {
    const p = l.plain;
    return l.joined && !l.row && !l.item && !l.hash && !l.boldOnly && !l.linkOnly && !l.subhead && p.length <= 60 && p.split(" ").length >= 3 && /^[\p{Lu}]/u.test(p) && /[\p{L}\d]$/u.test(p) && !/[.!?…]\s|["“”«»:;|]/u.test(p) && !isLetterSignature(p);
  };
  for (let i = 1; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && j - i < 4 && kinds[j] === "paragraph" && short(lines[j] as Line)) j++;
    const run = j - i;
    if (run < 2 || run > 3) {
      i = Math.max(i, j);
      continue;
    }
    const prev = lines[i - 1] as Line;
    const next = lines[j];
    const longest = Math.max(...lines.slice(i, j).map((l) => l.plain.length));
    const finished = (x: Line): boolean => x.plain.length >= Math.max(80, 2 * longest) && /[.!?…]["”’»)]?$/.test(x.plain);
    if (next !== undefined && kinds[i - 1] === "paragraph" && kinds[j] === "paragraph" && next.joined && finished(prev) && finished(next)) {
      for (let k = i; k < j; k++) {
        kinds[k] = "caption";
        if (k > i) (lines[k] as Line).gap = 1; // each picture's caption a block of its own
      }
    }
    i = j;
  }
}

/**
 * A page's tags run together on one line, no label ("Triều Tiên Nga Hàn Quốc Vũ khí", "North Korea Russia Arms Trade
 * Sanctions"): three words or more, most of them capitalised, no punctuation nor figure; a name of up to four words
 * ("Nguyễn Thị Minh Anh") is a byline's, so four capitalised words or fewer are not enough, and a credit's words
 * ("With reporting by Daniel McConnell") are none.
 */
export function isTagRow(plain: string): boolean {
  if (plain.length > 60 || !/^[\p{Lu}]/u.test(plain) || /[.,;:!?…"“”()\d/|–-]/u.test(plain)) return false;
  const words = plain.split(" ");
  const capitals = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return words.length >= 3 && capitals >= 0.6 * words.length && (capitals < words.length || words.length >= 5) && !words.some((w) => LINKING_WORDS.has(w));
}
/** Words that join a phrase ("With reporting by …", "Bài và ảnh …", "Ảnh của …"), never one of a tag row's. */
const LINKING_WORDS = new Set(["by", "and", "of", "in", "the", "from", "with", "for", "to", "at", "on", "via", "theo", "và", "của", "bởi", "từ", "tại", "với", "cho", "ở", "là", "do"]);

/** A topic label as a page prints its tags: one to three words, capitalised, no punctuation at all. */
const LABEL_LINE = /^\p{Lu}[\p{L}\d'’&-]*(?: [\p{L}\d'’&-]+){0,2}$/u;
const labelLine = (l: Line): boolean => !l.row && !l.item && !l.hash && !l.linkOnly && l.plain.length <= 30 && LABEL_LINE.test(l.plain);

/**
 * Topic labels copied with one newline around them ("Russia" / "North Korea" / "Intelligence" above the first
 * paragraph): two such lines or more in a row with no blank line between, or one as the text's first line, right above
 * a sentence of article size, are the page's tags, never the paragraph's first words. A line cut by a hard wrap is
 * never a run of one to three capitalised words above a whole sentence.
 */
function dropLabelRuns(lines: Line[], kinds: (BlockKind | "drop")[]): void {
  const first = kinds.findIndex((k) => k !== "drop");
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== "paragraph" || !labelLine(lines[i] as Line)) continue;
    let j = i;
    while (j + 1 < lines.length && kinds[j + 1] === "paragraph" && (lines[j + 1] as Line).gap === 0 && labelLine(lines[j + 1] as Line)) j++;
    const next = lines[j + 1];
    if (next !== undefined && next.gap === 0 && kinds[j + 1] === "paragraph" && isProseLine(next.plain) && /^["“]?[\p{Lu}]/u.test(next.plain) && (j > i || i === first)) {
      for (let k = i; k <= j; k++) kinds[k] = "drop";
      next.gap = Math.max(1, (lines[i] as Line).gap);
    }
    i = j;
  }
}

/** The text's last line, a sentence signed by a name in brackets (layout-model.ts), under a paragraph: the text's end. */
function signedLastParagraph(lines: Line[], kinds: (BlockKind | "drop")[]): void {
  let last = kinds.length - 1;
  while (last >= 0 && kinds[last] === "drop") last--;
  if (last < 1 || kinds[last] !== "caption") return;
  let above = last - 1;
  while (above >= 0 && kinds[above] === "drop") above--;
  if (above >= 0 && kinds[above] === "paragraph" && bracketSignOff((lines[last] as Line).plain, (lines[above] as Line).plain) !== null) kinds[last] = "paragraph";
}

/** A wire's end mark after the last sentence of its copy: "… the border. (END)", "… biên giới. (HẾT)", "… biên giới./.". */
const END_MARK_AFTER = /(?<=[.!?…"”’)])(?:\s+\((?:END|HẾT|Hết)\)|\s?\/\.)$/u;

/** A list's item typed with its bullet or number: "- …", "• …", "– …", "+ …", "1. …", "2) …". */
const BULLET_LINE = /^(?:[-–•▪◦+]|\d{1,2}[.)])\s\S/u;
/** Line `i` is a typed list's item: a bullet's line with another right above or below it (no blank line between). */
function bulletRun(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (l === undefined || l.row || l.item || !BULLET_LINE.test(l.plain)) return false;
  const above = lines[i - 1];
  const below = lines[i + 1];
  return (l.gap === 0 && above !== undefined && BULLET_LINE.test(above.plain)) || (below !== undefined && below.gap === 0 && BULLET_LINE.test(below.plain));
}

function assemble(lines: Line[], kinds: (BlockKind | "drop")[]): CleanResult {
  // Each block is built from parts joined once at the end: appending to a growing string and re-reading it
  // for every line made a long run of short lines quadratic.
  const parts: string[][] = [];
  const kindsOut: BlockKind[] = [];
  let lastParagraph = -1; // the last paragraph, if only captions follow it (a sentence cut by an image)
  let balance = NO_QUOTES; // quotes left open in that paragraph
  let tail = ""; // its last line
  const rows = new Set<number>(); // the blocks that are a table's rows or a list's items, one line each
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    if (kind === undefined || kind === "drop") continue;
    const l = lines[i] as Line;
    const last = kindsOut.length - 1;
    if (l.row || l.item) {
      if (last >= 0 && rows.has(last) && l.gap === 0) (parts[last] as string[]).push(l.plain);
      else {
        rows.add(parts.length);
        parts.push([l.plain]);
        kindsOut.push("paragraph");
      }
      lastParagraph = -1; // a sentence after a table does not continue its last row
      continue;
    }
    if (kind === "paragraph" && bulletRun(lines, i)) {
      // a list typed with bullets or numbers, one item a line ("- Mutual assistance", "2. Technology transfer"): its
      // items stay one a line, in one block, as a marked-up list's do
      if (l.gap === 0 && last >= 0 && rows.has(last) && kinds[i - 1] === "paragraph" && bulletRun(lines, i - 1)) (parts[last] as string[]).push(l.plain);
      else {
        rows.add(parts.length);
        parts.push([l.plain]);
        kindsOut.push("paragraph");
      }
      lastParagraph = -1;
      continue;
    }
    if (last >= 0 && l.gap === 0 && kindsOut[last] === kind && kind !== "heading" && !rows.has(last)) {
      (parts[last] as string[]).push(l.plain);
      if (last === lastParagraph) {
        balance = addQuotes(balance, l.plain);
        tail = l.plain;
      }
      continue;
    }
    if (kind === "paragraph" && lastParagraph >= 0 && continues(tail, balance, l.plain)) {
      (parts[lastParagraph] as string[]).push(l.plain);
      balance = addQuotes(balance, l.plain);
      tail = l.plain;
      continue;
    }
    parts.push([l.plain]);
    kindsOut.push(kind);
    if (kind === "paragraph") {
      lastParagraph = kindsOut.length - 1;
      balance = addQuotes(NO_QUOTES, l.plain);
      tail = l.plain;
    } else if (kind === "heading") lastParagraph = -1;
  }
  // a paragraph's or heading's note markers ("…in 2023.[2] Moscow") are no words of it (note-markers.ts)
  const blocks: Block[] = kindsOut.map((kind, i) => {
    const text = (parts[i] as string[]).join(rows.has(i) ? "\n" : " ");
    return { kind, text: kind === "caption" || rows.has(i) ? text : noteMarkersMemo(text) };
  });
  // a wire's end mark glued to the text's last paragraph ("… near the border. (END)", "… biên giới./.") ends the copy, as it does alone
  // on its line (layout-model.ts): no words of the text
  const closing = blocks.findLastIndex((b) => b.kind !== "caption");
  const closer = blocks[closing];
  if (closer?.kind === "paragraph" && (closer.text.endsWith(")") || closer.text.endsWith("/."))) closer.text = closer.text.replace(END_MARK_AFTER, "");
  // a picture's credit alone with no caption beside it ("Photo credit: Kazinform", "Photo: publicity photo" over the
  // lead, the picture and its words left out of the copy): furniture, no caption of the text
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i] as Block;
    if (b.kind === "caption" && b.text.length <= 80 && blocks[i - 1]?.kind !== "caption" && blocks[i + 1]?.kind !== "caption" && CREDIT_ONLY(b.text) && (LONE_CREDIT_LABEL.test(b.text) || !ILLUSTRATION_CREDIT.test(b.text))) blocks.splice(i, 1);
  }
  const headings = blocks.filter((b) => b.kind === "heading").map((b) => b.text);
  const captions = blocks.filter((b) => b.kind === "caption").map((b) => b.text);
  const body = blocks
    .filter((b) => b.kind !== "caption")
    .map((b) => b.text)
    .join("\n\n");
  return { blocks, headings, captions, body };
}

/** A credit's label before its source ("Photo credit:", "Photo:", "Ảnh:", "Image Credit:"): a picture's kind alone ("Ảnh minh họa", "File photo") is a caption. */
const LONE_CREDIT_LABEL = /(?:^|\.\s)(?:photo credit|image credit|photo|image|ảnh|nguồn ảnh)\s?:\s?\S/iu;

/**
 * A caption without the credit after its last sentence: "… along the parade route. Credit: Reuters/Kim Hong-Ji", "… khán
 * đài. - Ảnh: KCNA/TTXVN", "… from the balcony. (Photo: AP/Jon Chol Jin)" lose what follows their full stop. A caption
 * whose last words are no credit is returned as it is; one that is a credit alone ("Ảnh: KCNA") comes back empty.
 */
export function captionWithoutCredit(caption: string): string {
  if (caption.length <= 80 && CREDIT_ONLY(caption)) return "";
  const from = Math.max(0, caption.length - 90);
  for (let k = caption.length - 2; k > from; k--) {
    if (caption.charCodeAt(k) !== 32) continue;
    if (!/[.!?…]["”’)]?$/.test(caption.slice(Math.max(0, k - 2), k))) continue;
    const before = caption.slice(0, k);
    let rest = caption.slice(k + 1).replace(/^[-–—]\s?/, "");
    if (rest.startsWith("(") && rest.endsWith(")")) rest = rest.slice(1, -1);
    if (rest.length > 0 && rest.length <= 80 && CREDIT_ONLY(rest.replace(/\.$/, ""))) return before;
  }
  return caption;
}

/**
 * A gallery page whose only text is its pictures' captions (a photo page, a "Chùm ảnh" that prints no lead): its captions
 * are its text, each without its credit, in their order. Asked only when no paragraph of the page is a sentence of
 * article size (isProseLine) and three captions at least describe a picture in a finished sentence; a credit alone is
 * dropped. A page with any paragraph of text keeps its captions as captions.
 */
export function galleryCaptionsAsText(cleaned: CleanResult): CleanResult {
  let captions = 0;
  for (const b of cleaned.blocks) {
    if (b.kind === "caption") captions++;
    else if (isProseLine(b.text)) return cleaned;
  }
  if (captions < 3) return cleaned;
  const described = cleaned.blocks.map((b) => (b.kind === "caption" ? captionWithoutCredit(b.text) : null));
  if (described.filter((d) => d !== null && d.length >= 25 && /[.!?…]["”’)]?$/.test(d)).length < 3) return cleaned;
  const blocks: Block[] = [];
  cleaned.blocks.forEach((b, i) => {
    const d = described[i];
    if (d === null || d === undefined) blocks.push(b);
    else if (d.length > 0) blocks.push({ kind: "paragraph", text: d });
  });
  return {
    blocks,
    headings: cleaned.headings,
    captions: [],
    body: blocks.map((b) => b.text).join("\n\n"),
  };
}
