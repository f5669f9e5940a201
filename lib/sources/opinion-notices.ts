// Lines an opinion page prints around an editorial, a column, an op-ed or a page of readers' letters, never a sentence
// of the piece itself: the editorial board's standing note ("Editorials are the institutional voice of …", "X Editorial
// Board members are …"), the calls and rules for letters and op-eds ("X welcomes submissions of op-ed articles …",
// "Submit your letter to the editor via …", "Letters should be sent to …", "Tòa soạn mong tiếp tục nhận được thư của
// bạn đọc …"), a forum's note that the writer sent the piece ("Nguồn: tác giả gửi"), a columnist's e-mail line ("Ruth
// Kessler: rkessler@post-gazette.com"), the "by the same writer" box's heading ("Bài cùng tác giả", "More from this
// columnist") and a magazine's print promotion ("This article is taken from the January 2027 issue of …", "Enjoying X
// online? It's even better in print", "Try five issues … for £10"). English and Vietnamese.
//
// An editorial's own sentences about letters or submissions stay text: every form is anchored at the line's start, in
// the wording of a notice ("welcomes submissions", "should be sent to"), never of an argument. Lines are folded
// (foldForMatch: lower case, no marks, punctuation as spaces), repeats are bounded, and lines over
// OPINION_NOTICE_LIMIT characters are never read (see pathological.ts).
import { anyPatternOf } from "./line-speed";
import { foldForMatch } from "./normalize";

// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyOpinionNotice = anyPatternOf(() => OPINION_FOLDED);

/** Lines longer than this are no opinion page's notice (a board's note with its members' names runs to about 300). */
export const OPINION_NOTICE_LIMIT = 400;

const OPINION_FOLDED: readonly RegExp[] = [
  // the board's standing note: "Editorials are the institutional voice of the Tampa Bay Times. …", "Baltimore Sun
  // Editorial Board members are …", "The editorial board consists of …", "Xã luận thể hiện quan điểm của …"
  /^(?:unsigned )?editorials? (?:are|is|represents?|reflects?|express(?:es)?) (?:the )?(?:institutional |collective |official |consensus )?(?:voice|opinion|views?|positions?) of\b.{0,360}$/,
  /^(?:the )?(?:\S+ ){0,4}editorial board(?: members)? (?:are|is|consists of|comprises|includes?|is made up of)\b.{0,360}$/,
  /^(?:bai )?xa luan (?:the hien|la|dai dien cho) (?:quan diem|tieng noi)(?: chinh thuc)? cua\b.{0,200}$/,
  // a call for letters or op-eds: "The Baltimore Sun welcomes submissions of op-ed articles of 650 to 750 words. …"
  /^(?:the )?(?:\S+ ){0,4}(?:welcomes|invites|accepts) (?:submissions|letters to the editor|op eds?|opinion (?:pieces|articles)|guest (?:essays|columns)|readers? (?:letters|submissions|views))\b.{0,360}$/,
  // its rules and addresses: "Submit your letter to the editor via this online form. …", "To submit an Open Forum
  // piece, go to …", "Letters should be sent to letters@… Letters must be less than 200 words …"
  /^(?:to )?(?:submit|send|email|e mail) (?:your|a|an|us (?:a|your)) (?:letters? to the editor|op eds?|opinion (?:piece|article)|guest essay|(?:\S+ )?forum piece)\b.{0,360}$/,
  /^letters(?: to the editor)? (?:should|must|may|can|are to) (?:be )?(?:sent|addressed|emailed|e mailed|submitted|limited|no longer|under|less|shorter|include|edited)\b.{0,360}$/,
  // "Tòa soạn mong tiếp tục nhận được thư của bạn đọc. Thư xin gửi về hộp thư …", "Bài vở xin gửi về: …"
  /^(?:toa soan|ban bien tap|chuyen muc) (?:rat )?(?:mong|hoan nghenh|tran trong cam on|xin cam on|tiep tuc)\b.{0,60}\b(?:thu|y kien|bai viet|bai vo|cong tac|dong gop)\b.{0,240}$/,
  /^(?:thu|bai viet|bai vo|y kien|bai)(?: cua ban doc)? xin (?:gui|lien he) (?:ve|toi|den|qua)\b.{0,160}$/,
  // a forum's note that the writer sent the piece: "Nguồn: tác giả gửi", "Bài do tác giả gửi tới X"
  /^(?:nguon )?(?:bai )?(?:do )?tac gia gui(?: bai)?(?: (?:toi|den|cho|ve)(?: \S+){1,5})?$/,
  // the "by the same writer" box's heading: "Bài cùng tác giả", "Cùng tác giả", "More from this columnist", "More by
  // this author"
  /^(?:(?:cac )?(?:bai|bai viet|tin) )?cung tac gia$|^(?:more|other (?:articles|columns|stories)) (?:from|by) (?:this|the same) (?:columnist|author|writer|contributor)$/,
  // a magazine's print promotion: "This article is taken from the January 2027 issue of The Critic. To get the full
  // magazine why not subscribe? …", "Enjoying The Critic online? It's even better in print", "Try five issues of …
  // for £10"
  /^this (?:article|essay|piece|column|review|story) (?:is |was )?(?:taken from|from) the (?:\S+ ){0,3}issue of\b.{0,240}$/,
  /^enjoying (?:\S+ ){1,4}online it s (?:even )?better in print\b.{0,80}$/,
  /^try (?:\d{1,2}|one|two|three|four|five|six|ten|twelve) (?:issues|editions) of\b.{0,60}\bfor(?: just| only)? \d{1,3}(?: \d{2})?$/,
];

/** The cheap test first: a folded notice holds one of these words, most paragraphs none at the start. */
const CUES = ["editorial", "welcome", "invite", "accept", "submit", "send", "mail", "letter", "xa luan", "toa soan", "ban bien tap", "chuyen muc", "thu", "bai", "y kien", "tac gia", "more", "other", "issue", "enjoying", "try"];

/** A columnist's e-mail line under the column: "Ruth Kessler: rkessler@post-gazette.com", "Email Jane Doe at jdoe@x.com". */
const EMAIL_LINE = /^(?:(?:email|e-mail|write to|contact)\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}(?:\s?:\s?|\sat\s)[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}\.?$/u;

/** Is a (plain) line an opinion page's notice? */
export function isOpinionNotice(plain: string, folded: () => string = () => foldForMatch(plain)): boolean {
  if (plain.length > OPINION_NOTICE_LIMIT) return false;
  if (plain.length <= 140 && plain.includes("@") && EMAIL_LINE.test(plain)) return true;
  const f = folded();
  const head = f.slice(0, 60);
  if (!CUES.some((cue) => head.includes(cue))) return false;
  return anyOpinionNotice(f);
}
