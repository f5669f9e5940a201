// What a select-all takes along below the article: the comment thread the page loaded under it, the next article an
// infinite scroll appended (its own headline, date, byline, captions and text), a sticky video player's labels and
// a blog platform's buttons. Each is told by its structure — a comment section's heading with the thread's own cues
// ("Trả lời", "Reply", "Sort by") a few lines below it; a headline-sized line with a date line right below it and
// prose after, once the article's text has begun; a player's "Now playing" / "Đang phát" with the video's title on
// the next line — so pages never seen are read the same way. Lines only, no joins; each rule looks a few lines ahead.
import { readDateLine } from "./layout-model";
import { anyPatternOf } from "./line-speed";
import { caseless } from "./caseless";
import { foldForMatch } from "./normalize";
// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyBlogButton = anyPatternOf(() => BLOG_BUTTONS);
const anyWallNote = anyPatternOf(() => WALL_NOTES);

/**
 * A comment section's heading, as pages print it: "Comments", "3 Comments", "Comments (12)", "Bình luận (2)", "12 bình
 * luận", "Ý kiến bạn đọc", "3 nhận xét:", "Không có nhận xét nào:", "Leave a Reply", "Join the conversation"; and
 * WordPress's form heading with its cancel link run in, "Leave a Comment Cancel Reply", "Để lại bình luận Hủy trả lời",
 * or its theme's one word, "Trả lời" / "Reply" (a thread's cue must follow: the form's e-mail note, a field's label).
 */
const COMMENT_HEAD =
  /^(?:\d{1,5} )?(?:comments?|bình luận|ý kiến(?: bạn đọc)?|nhận xét|responses?|replies)(?: \(\d{1,5}\))?:?$|^(?:không có|chưa có) (?:nhận xét|bình luận) nào:?$|^(?:leave a (?:reply|comment)(?: cancel reply)?|trả lời|reply|join the (?:conversation|discussion)|viết bình luận|gửi bình luận của bạn|để lại (?:một )?bình luận(?: hủy trả lời)?)$/iu;

/**
 * A comment thread's own lines, which no article prints: the reply and like buttons ("Trả lời", "Reply", "Trả lời ·
 * Thích · 2 giờ trước", "Like · Reply"), the thread's sort ("Sort by: Best", "Sắp xếp theo: Mới nhất"), the form's
 * button and note ("Gửi bình luận", "Gửi ý kiến", "Post a Comment", "Đăng nhận xét", "Your email address will not be
 * published"), and the form's empty fields, a label alone with its colon ("Họ tên:", "Nội dung:", "Email:", "Name *:").
 */
const THREAD_CUE =
  /^(?:(?:trả lời|reply|thích|like|báo cáo|report)(?:\s*[·•|]\s*(?:trả lời|reply|thích|like|chia sẻ|share|báo cáo|report|\d{1,3}\s?\S{1,6}(?: trước| ago)?))*(?:\s*\(\d{1,5}\))?|(?:sort by|sắp xếp theo)\b.{0,30}|gửi bình luận|gửi ý kiến|post a comment|đăng nhận xét|(?:họ (?:và )?tên|nội dung|e-?mail|name|comment)(?: \*)?:|your email address will not be published\b.{0,80}|email của bạn sẽ không được hiển thị(?:\s.{0,80})?|\S.{0,40} (?:said|nói)\.\.\.)$/iu;
/**
 * A comment's head in a thread: the commenter's name with the comment's date and time ("Trần Văn Hải 17/06/2025 21:02",
 * "Nguyễn An, 21:02 17/06/2025"); a byline's date line has a label or a lower-case word ("Cập nhật", "bởi").
 */
const COMMENTER_LINE = /^\p{Lu}[\p{L}'’-]{0,15}(?: \p{Lu}[\p{L}'’-]{0,15}){1,4},? (?:\d{1,2}:\d{2},? )?\d{1,2}\/\d{1,2}\/\d{4}(?:,? \d{1,2}:\d{2})?$/u;

/** Is line i a comment section's heading with the thread's cues within the eight lines below it? */
export function commentThreadAt(lines: readonly string[], i: number): boolean {
  const head = lines[i] as string;
  if (head.length > 40 || !COMMENT_HEAD.test(head)) return false;
  for (let k = i + 1; k < Math.min(lines.length, i + 9); k++) if ((lines[k] as string).length <= 120 && (THREAD_CUE.test(lines[k] as string) || COMMENTER_LINE.test(lines[k] as string))) return true;
  return false;
}

/**
 * A reply under a forum thread's first post, as a phone's copy of the thread prints it: the member's handle before
 * "viết:" / "wrote:" ("minhduc1975 viết: …", "hoang_nam wrote: …"; a handle is one token with a digit or an underscore
 * in it, or in small letters only, so "Ông Peskov viết:" of a quoted letter is none), or the reply's number ("Reply #2",
 * "Trả lời #1", "Bài #3"; "#2" alone is a list's item as often), or the quote that opens it ("Originally Posted by
 * hoang_nam", "Trích dẫn nguyên văn bởi minhduc1975"). The thread's first post is the article; the replies are the page's tail.
 */
const FORUM_REPLY = new RegExp(
  String.raw`^(?:(?=[\p{L}\d_.-]{3,30}\s)(?:[\p{L}\d.-]*[\d_][\p{L}\d_.-]*|[\p{Ll}\d_.-]+)\s${caseless(String.raw`(?:đã\s)?(?:viết|wrote|said)`)}\s?:|${caseless(String.raw`(?:reply|trả lời|bài|post)`)}\s#\d{1,5}(?!\d)|${caseless(String.raw`(?:originally posted by|quote from|trích dẫn(?: nguyên văn)? (?:bởi|của))`)}\s\S)`,
  "u",
);
export const isForumReply = (line: string): boolean => line.length <= 2000 && FORUM_REPLY.test(line);
/** Is line i the page's tail: a comment section's heading with the thread's cues below it, or a forum thread's first reply? */
export function pageTailAt(lines: readonly string[], i: number): boolean {
  return commentThreadAt(lines, i) || isForumReply(lines[i] as string);
}

const isProse = (s: string): boolean => s.length >= 60 && /[.!?…]["”’»)]?$/.test(s) && s.split(" ").length >= 10;
/** A headline's size and form: four to thirty words, capitalised, no sentence's end. */
const headlineSized = (s: string): boolean => s.length >= 20 && s.length <= 160 && /^["“‘']?[\p{Lu}\d]/u.test(s) && !/[.:;,]["”’»]?$/.test(s) && s.split(" ").length >= 4 && !isProse(s);
/** A date line of its own: short, read as a date by the layout model ("04/12/2026 11:05", "Posted - Dec. 4, 2026 …"). */
const dateSized = (s: string): boolean => s.length <= 80 && readDateLine(s) !== null;

/**
 * Where a next article starts that an infinite scroll appended below this one: after at least two paragraphs of the
 * article, a headline-sized line with a date line within the two lines below it (a byline, not a paragraph, may stand
 * between) and prose within three lines after the date. -1 when none. The capture's article is the first one.
 */
export function nextArticleStart(lines: readonly string[], proseBefore: (i: number) => number): number {
  for (let i = 1; i + 2 < lines.length; i++) {
    if (!headlineSized(lines[i] as string)) continue;
    const date = [i + 1, i + 2].find((k) => k < lines.length && dateSized(lines[k] as string));
    if (date === undefined) continue;
    // what stands between a headline and its date is a byline, never a paragraph: a live page's entry (its heading,
    // its paragraph, then the next entry's time) is no next article
    if (date === i + 2 && isProse(lines[i + 1] as string)) continue;
    let prose = false;
    for (let k = date + 1; k < Math.min(lines.length, date + 4); k++) if (isProse(lines[k] as string)) prose = true;
    if (prose && proseBefore(i) >= 2) return i;
  }
  return -1;
}

/**
 * A sticky video player's label with the video's title on the line below: "Now playing", "Now Playing:", "Đang
 * phát", "Đang xem", "Playing next", "Next up", "Tiếp theo" (alone on its line).
 */
const PLAYER_LABEL = /^(?:now playing|playing now|playing next|next up|up next|đang phát|đang xem|đang chiếu|tiếp theo|phát tiếp)\s*:?$/iu;
export const isPlayerLabel = (plain: string): boolean => plain.length <= 20 && PLAYER_LABEL.test(plain);

/**
 * A blog platform's buttons and links under a post, as a copy keeps them (Blogger's, in English and Vietnamese):
 * "Email This" / "Gửi email bài đăng này", "BlogThis!", "Share to X" / "Chia sẻ lên X", "Share to Facebook" / "Chia
 * sẻ lên Facebook", "Share to Pinterest", "Newer Post" / "Bài đăng Mới hơn", "Older Post" / "Bài đăng Cũ hơn",
 * "Subscribe to: Post Comments (Atom)" / "Đăng ký: Đăng Nhận xét (Atom)", "Posted by X at 09:30" / "Đăng bởi X lúc 09:30".
 */
const BLOG_BUTTONS = [
  /^(?:email this|gui email bai dang nay|blogthis|share to (?:x|twitter|facebook|pinterest|threads)|chia se len (?:x|twitter|facebook|pinterest|threads))$/,
  /^(?:newer posts?|older posts?|bai dang (?:moi|cu) hon)$/,
  /^(?:subscribe to|dang ky) (?:post comments|posts|comments|dang nhan xet|bai dang|nhan xet)(?: atom)?$/,
];
export function isBlogButton(plain: string): boolean {
  if (plain.length > 60) return false;
  const f = foldForMatch(plain);
  return anyBlogButton(f);
}

/**
 * Notes a select-all copies from the walls and boxes around a story, each family in its common wordings, English and
 * Vietnamese (folded): a syndicated feed's note ("(This story has not been edited by X staff and is auto-generated
 * from a syndicated feed.)"); a metered wall's count and offer ("You've read 3 of 4 free articles this month.", "You
 * have 2 free articles left", "Bạn đã đọc 3/5 bài miễn phí trong tháng", "Subscribe now for unlimited access. Already a
 * subscriber? Log in"); a sign-in prompt for comments ("Already have an account? Sign in. Don't have one? Register for
 * free."); a reading time as a range ("Estimated read time: 2-3 minutes"); a "Most recent World stories" heading.
 */
const WALL_NOTES = [
  /^this (?:story|article|report|content) has not been edited by (?:\S+ ){1,4}staff and (?:is|was|has been) (?:auto generated|automatically generated|published) from (?:a |an )?(?:syndicated|agency|wire) feed$/,
  // the count alone or with the offer after it on the same line ("You have 3 free articles left this month. Subscribe
  // for unlimited access.")
  /^(?:you ve|you have) read \d{1,3} (?:of|out of) (?:your )?\d{1,3} (?:free )?(?:articles|stories)(?: this month| this week)?(?: (?:subscribe|sign up|register)(?: now| today)? (?:for|to get) unlimited (?:digital )?access)?$/,
  /^you have \d{1,3} free (?:articles|stories) (?:left|remaining)(?: this month| this week)?(?: (?:subscribe|sign up|register)(?: now| today)? (?:for|to get) unlimited (?:digital )?access)?$/,
  // the wall's limit reached, with the offer after it ("You have reached your free article limit for this month.
  // Subscribe to X for unlimited access.")
  /^you (?:ve|have) reached (?:your|the) (?:monthly )?(?:free )?(?:article|story) limit(?: for (?:this|the) (?:month|week))?(?: (?:subscribe|sign up|register)(?: now| today)?(?: to (?:\S+ ){0,4}\S+)? (?:for|to get) unlimited (?:digital )?access)?$/,
  /^ban da doc \d{1,3}(?: \d{1,3}| tren \d{1,3})? (?:bai|bai viet|tin)(?: mien phi)?(?: trong (?:thang|tuan)(?: nay)?)?$/,
  /^subscribe (?:now |today )?for unlimited (?:digital )?access(?: already a subscriber (?:log|sign) in)?$/,
  /^(?:dang ky|dang ky ngay) de doc (?:khong gioi han|toan bo)\b.{0,60}$/,
  /^already have an account (?:sign|log) in(?: don t have one| not a member)? (?:register|sign up|create one)(?: for free| now)?$/,
  /^(?:estimated )?read(?:ing)? time \d{1,2} \d{1,2} (?:mins?|minutes?)$/,
  /^thoi gian doc(?: uoc tinh)? \d{1,2} \d{1,2} phut$/,
  /^most recent (?:\S+ ){1,2}(?:stories|news|articles)$/,
  // a subscribers-only wall's note where a trade paper or magazine cuts its story: "This article is available to
  // subscribers only", "This content is for Aviation Week subscribers only.", "Subscription required", "Subscriber-only
  // content"; "Bài viết dành cho thành viên", "Nội dung chỉ dành cho người đăng ký"
  /^(?:this|the rest of this|the full) (?:article|story|content|report|analysis|page) is (?:only )?(?:available )?(?:to|for) (?:our )?(?:\S+ ){0,4}(?:subscribers|members|premium (?:subscribers|members)|paying (?:subscribers|members))(?: only)?$/,
  /^(?:subscription|subscriber login|a subscription|membership) (?:is )?required$/,
  /^(?:subscriber|subscribers|member|members|premium) (?:only|exclusive) (?:content|article|story)$/,
  /^(?:bai viet|noi dung|tin bai)(?: nay)? (?:chi )?danh (?:rieng )?cho (?:thanh vien|hoi vien|nguoi dang ky|ban doc dang ky|tai khoan tra phi|goi tra phi)(?: tra phi)?$/,
];
export function isWallNote(plain: string): boolean {
  if (plain.length > 200) return false;
  const f = foldForMatch(plain);
  return anyWallNote(f);
}

