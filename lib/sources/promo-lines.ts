// What big outlets' pages print around and inside the article to sell, point and mark — subscription offers, audio
// and share buttons, print-edition notes, newsletter boxes, sign-offs and skip links — in the forms their copies
// carry: one line each, matched whole (never a word inside a sentence), in English and Vietnamese. Box headings
// ("Continue reading with a subscription", "Try unlimited access") start a box whose short lines go with them, and a
// "skip past …" link marks, with its "after …" line, a block that is not the article's.
import { anyPatternOf } from "./line-speed";
import { foldForMatch } from "./normalize";
// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyPromoRaw = anyPatternOf(() => PROMO_RAW);
const anyPromoFolded = anyPatternOf(() => PROMO_FOLDED);

/** Lines matched as printed (marks the folding would lose: "==Kyodo", "©", "$"). */
const PROMO_RAW: readonly RegExp[] = [
  // a short video's sound under its caption, the note sign first: "♬ original sound - Asia Brief", "♬ âm thanh gốc -
  // Tin Tức VN", "♫ Nhạc nền - X"
  /^[♪♫♬]\s?[^\n]{1,120}$/u,
  // a webmail's reading pane copied with the message: the sender row, the name and the address in angle brackets, its
  // "Unsubscribe" link after them ("Korea Watch Weekly <koreawatch@substack.com> Unsubscribe"); a "From:" field is the
  // forward reader's (email.ts)
  /^"?[^"<>\n@:]{1,80}"?\s<[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}>(?:\s(?:Unsubscribe|unsubscribe|Hủy đăng ký|hủy đăng ký))?$/u,
  // a wire's end mark with its name: "==Kyodo", "== Kyodo"
  /^={2,}\s?[\p{L}][\p{L} .]{1,20}$/u,
  // a picture's credit alone on its line under a figure: "Image © 2026 Planet Labs PBC. Cropped pursuant to CC BY-NC
  // 4.0.", "Imagery © 2026 Maxar Technologies", "Ảnh © 2026 Airbus DS"
  /^(?:image|imagery|images|photo|photos|satellite image|ảnh|hình)\s?©\s?(?:\d{4}\s)?[\p{L}\d][^\n]{1,160}$/iu,
  // tag lists' labels with their tags, the colon printed: "See more on: Kim Jong-un, …", "Read more about: North
  // Korea , Military" (a sentence "Read more about it in …" has none)
  /^(?:see more on|read more about)\s?:\s?[\p{L}\d][^\n]{0,160}$/iu,
  // an offer's price: "Only $1 for four weeks", "Try 1 month for $1", "$1 a week for 6 months"
  /^(?:only\s|just\s|try\s(?:\d{1,2}|one|two|three|four)\s(?:weeks?|months?)\sfor\s)?[$€£]\d{1,3}(?:[.,]\d{2})?(?:\s(?:for|a|per)\s(?:\d{1,2}\s|one\s|two\s|three\s|four\s|six\s|the\s)?(?:first\s)?(?:weeks?|months?|year))?(?:\s(?:for|then)\s[^\n]{1,40})?$/i,
  /^try\s(?:\d{1,2}|one|two|three|four)\s(?:weeks?|months?)\sfor\s[$€£]\d{1,3}(?:[.,]\d{2})?$/i,
  // a wire's sign-off of reporters and editors: "Reporting by A in Seoul and B in Moscow; Editing by C", a factbox's
  // "Compiled by A; Editing by B"
  /^(?:additional\s)?(?:reporting|writing|research|compiled)\sby\s[^\n;]{2,200};\s?(?:additional reporting by [^\n;]{2,120};\s?)?(?:writing by [^\n;]{2,120};\s?)?editing by\s[^\n;]{2,120}$/i,
];

/** Lines matched folded (lower case, no marks, punctuation as spaces). */
const PROMO_FOLDED: readonly RegExp[] = [
  // a business site's sign-off pointing to its news and its app: "Catch all the Business News, Market News, Breaking
  // News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates."
  /^catch all the (?:\S+ ){1,16}(?:news|updates) on (?:\S+ ){0,3}\S+(?: download (?:the )?(?:\S+ ){1,6}app\b.{0,120})?$/,
  // skip links: "Go to Contents Go to Navigation", "Skip next section Explore more", "Skip advertisement"
  /^(?:go|jump|skip) to (?:main )?(?:contents?|navigation|menu)(?: (?:go|jump|skip) to (?:main )?(?:contents?|navigation|menu))*$/,
  /^skip (?:next|this|the) section\b.{0,60}$/,
  /^(?:skip )?advertisement(?: (?:skip|scroll to continue(?: with content)?|continue reading below))?$/,
  /^(?:bo qua|an) quang cao$/,
  // an audio player's and share bar's buttons: "Listen to this article · 6:48 min Learn more", "Share full article"
  /^listen to (?:this )?(?:article|story)(?: \d{1,2}(?: \d{2})? (?:mins?|minutes?))?(?: learn more)?$/,
  /^nghe (?:doc )?bai (?:viet|bao)(?: \d{1,2}(?: \d{2})? phut)?$/,
  /^share (?:the )?full (?:article|story)$/,
  // a reading time with the words after the number: "2 min Reading time", "5 phút đọc bài"
  /^\d{1,3} (?:mins?|minutes?) (?:reading|read) time$/,
  // the comments' count as a link: "Read 214 Comments", "See all 12 comments", "Xem 5 bình luận"
  /^(?:read|view|see|show) (?:all )?\d{1,5} comments?$/,
  /^xem (?:tat ca )?\d{1,5} binh luan$/,
  // a print edition's note: "A version of this article appears in print on Dec. 5, 2026, Section A, Page 8 …"
  /^a version of this (?:article|story|review|column) appear(?:s|ed) in print on\b.{0,300}$/,
  // a trust box: "Why you can trust SCMP", "Why you can trust us"
  /^why you can trust (?:\S+ ){0,3}\S+$/,
  // feedback and a newsletter's consent: "Send us your feedback", "By submitting, you consent to receiving marketing
  // emails from SCMP …", "Privacy Notice: Newsletters may contain information about charities …"
  /^send us (?:your )?feedback$/,
  /^by (?:submitting|signing up|subscribing|registering|clicking (?:sign up|subscribe))(?: \S+){0,3} you (?:consent|agree)\b.{0,240}$/,
  /^privacy notice newsletters? (?:may|will) contain\b.{0,400}$/,
  /^get the latest (?:\S+ ){0,4}from our (?:\S+ ){1,4}newsletter\b.{0,160}$/,
  // a subscription offer's lines: "Continue reading with a subscription", "Get unlimited access to Nikkei Asia's
  // award-winning journalism …", "Unlimited access to all of NK News: …", "All major cards accepted. No commitments –
  // you can cancel any time.", "Already a subscriber? Log in"
  /^(?:continue|keep) reading with (?:a|an|your) (?:\S+ ){0,2}(?:subscription|membership|account)$/,
  /^(?:try|get|start) (?:\S+ ){0,2}(?:unlimited|full|digital|premium) access$/,
  /^(?:get |enjoy |unlock )?unlimited (?:digital )?access to (?:all (?:of )?)?(?:\S+ ){0,6}(?:journalism|content|articles|reporting|stories|news|analysis|coverage|archive)\b.{0,160}$/,
  /^all major (?:credit )?cards accepted\b.{0,100}$/,
  /^no commitments?\b.{0,20}\bcancel (?:at )?any ?time$/,
  /^(?:already (?:a )?(?:subscriber|member)|have an account) (?:log in|login|sign in)$/,
  /^dang ky (?:goi |tai khoan )?(?:\S+ ){0,2}de doc (?:tiep|toan bo)\b.{0,40}$/,
  // a professional or print edition's offer: "Before it's here, it's on the Bloomberg Terminal. LEARN MORE", "Get the
  // full NK Pro experience: data, imagery and …", "Subscribe to Jacobin today, get four …", "Đăng ký gói Hội viên
  // Premium để đọc tiếp bài viết", "Đăng ký đọc Báo Kiểm toán in để nhận bản đầy đủ.", "Nâng cấp lên gói Pro để xem
  // toàn bộ dữ liệu" (a report that a firm subscribed to a service, or that news reached a terminal, is none: the
  // offer speaks to the reader)
  /^before it s (?:here|news|in the news) it s on (?:the )?(?:\S+ ){0,3}(?:terminal|app|pro)(?: (?:learn more|find out more|subscribe now))?$/,
  /^(?:get|unlock|try|enjoy) (?:the )?full (?:\S+ ){1,3}(?:pro|premium|plus|terminal) experience\b.{0,160}$/,
  /^subscribe to (?:\S+ ){1,4}(?:pro |premium |plus |terminal )?(?:today|now)\b.{0,200}$/,
  /^dang ky (?:goi |tai khoan |doc |mua )?(?:\S+ ){0,5}de (?:doc|nhan|xem) (?:tiep|toan bo|ban day du|day du|tron ven|toan van)\b.{0,60}$/,
  /^nang cap (?:len )?(?:goi |tai khoan )?(?:\S+ ){0,3}de (?:doc|xem|nhan) (?:tiep|toan bo|day du|khong gioi han)\b.{0,60}$/,
  // a newsroom's call for tips, often printed right above such an offer: "Have a confidential tip for our reporters?
  // Get in touch", "Got a news tip? Email us", "Bạn có thông tin muốn phản ánh? Hãy liên hệ đường dây nóng …" (a
  // report that someone had a tip is none: the call names how to reach the newsroom)
  /^(?:have|got) (?:a )?(?:confidential |news |story )?tips?(?: for (?:us|our (?:reporters|journalists|newsroom)))? (?:get in touch|contact us|email us|let us know|tell us)\b.{0,80}$/,
  /^(?:ban )?co (?:thong tin|manh moi|tu lieu)(?: \S+){0,3} (?:muon )?(?:chia se|phan anh|cung cap)(?: \S+){0,3} (?:hay )?(?:lien he|gui)\b.{0,100}$/,
  // an appeal's buttons: "Not ready to support today?", "Remind me later."
  /^not ready to (?:support|donate|subscribe|contribute)(?: us)?(?: today| now| yet)?$/,
  /^(?:remind me later|maybe later|de sau|nhac toi sau)$/,
  // an outlet's appeal for its press freedom: "Help safeguard press freedom & keep HKFP free for all readers by
  // supporting our team"
  /^help (?:safeguard|protect|defend|keep|sustain) (?:\S+ ){0,3}(?:press freedom|independent journalism|journalism)\b.{0,120}$/,
  // and its call to pay for it: "Choose to support open, independent, quality journalism and subscribe on a monthly
  // basis.", "Support independent journalism by becoming a member" (a report that support for journalism fell is none:
  // the call names how to pay)
  /^(?:choose to |please |help us )?support (?:(?:open|independent|quality|local|public|free|fearless|trusted|trustworthy|investigative|our|your) ){0,5}journalism (?:and|by) (?:subscrib|donat|becom|contribut|join)\w*\b.{0,40}$/,
  // an appeal that says what the reader's support costs and gets, after a sentence of its own or none: "Here we are to
  // serve you with news right now. It doesn't cost much, but worth your attention.", "It costs less than a cup of
  // coffee a week to keep us going." (a sentence that a thing costs little, to no "you", is a report's)
  /^(?:(?:\S+ ){2,16}(?:news|journalism|you|us|now|today|work) )?(?:it|this|that|our (?:work|journalism|news)|subscribing|a subscription|supporting us|your support) (?:doesn t|does not|won t|will not) cost (?:you )?(?:much|a lot|a fortune)(?: but| and)? (?:it s |it is |is )?(?:worth your (?:attention|time|while|support)|(?:it )?(?:makes|means) (?:a|all the) (?:big |huge )?difference)$/,
  /^(?:(?:\S+ ){2,16}(?:news|journalism|you|us|now|today|work) )?(?:it|this|supporting us|your support|a subscription|subscribing) costs? (?:you )?(?:less than|as little as|only|just) (?:the price of )?(?:a|one) (?:cup of )?coffee(?: a (?:week|month|day))?(?: to (?:support|keep|fund|help) (?:us|our (?:work|journalism|newsroom))(?: going| independent| free)?)?$/,
  // a wire's description in the author box of a partner's page: "Agence France-Presse is an international news
  // agency delivering …"
  /^(?:agence france presse|afp|reuters|the associated press|associated press|kyodo news|yonhap news agency|bloomberg news) is (?:an?|the) (?:\S+ ){0,4}(?:news agency|news organization|news service|wire service)\b.{0,400}$/,
  // a gallery's label: "PHOTO GALLERY (CLICK TO ENLARGE)", "Photo gallery", "12 photos"
  /^(?:photo )?gallery(?: click to enlarge| \d{1,3} (?:photos?|images?))?$/,
  // a translator's and an editor's line at the foot: "Translated by A. Edited by B.", "Edited by B"
  /^(?:translated|edited|produced) by (?:\S+ ){1,4}\S+(?: (?:translated|edited|produced) by (?:\S+ ){1,4}\S+){0,2}$/,
  // a menu's button, a reading list's note and a newsletter's pitch: "Navigation menu", "Save articles to read later
  // and create your own reading list.", "Keep up with the latest news and analysis from around the world."
  /^(?:navigation|main|site) menu$/,
  /^save (?:articles|stories) to read later\b.{0,80}$/,
  /^keep up with the latest (?:news|stories|headlines|updates)\b.{0,100}$/,
  // a screen reader's labels around a list, copied along: "list of 4 items", "list 1 of 4", "end of list"
  /^list of \d{1,2} items?$/,
  /^list \d{1,2} of \d{1,2}$/,
  /^end of list$/,
  // a platform's counters and buttons around a post, a channel or a writer's card: "2.3K Followers", "12,504 members",
  // "182K subscribers", "1,2K người theo dõi", "Join community", "Join channel", "Tham gia nhóm" (a count's number
  // with its word and nothing else: "12 members of the board" is a sentence's)
  /^\d{1,3}(?: \d{3}){0,3}(?: \d{1,2})?(?: ?[kmb]| ?n| ?tr)? (?:followers?|subscribers?|members?|nguoi theo doi|nguoi dang ky|thanh vien|luot theo doi)$/,
  /^(?:join|leave) (?:the )?(?:community|channel|group|page)$/,
  // a social post's reactions label: "Tất cả cảm xúc:", "All reactions:"
  /^(?:tat ca cam xuc|all reactions)$/,
  // a post's report button: "Báo xấu" (Zalo, Facebook), "Báo cáo bài viết", "Report post", "Report this post"
  /^(?:bao xau|bao cao (?:bai viet|noi dung nay|vi pham)|report (?:this )?(?:post|content|abuse))$/,
  /^tham gia (?:nhom|cong dong|kenh)$/,
  // a post's or newsletter's prompts: Medium's "What are your thoughts?", Substack's e-mail "Forwarded this email?
  // Subscribe here for more", a YouTube transcript's "Follow along using the transcript.", Medium's "Text to speech"
  /^what are your thoughts$/,
  // the same pane's recipients and folder: "to me", "tới tôi", "to me and 2 others", "Inbox", "Hộp thư đến"
  /^(?:to|toi) (?:me|toi)(?: and \d{1,3} others?| va \d{1,3} nguoi khac)?$/,
  /^(?:inbox|hop thu den)$/,
  /^forwarded this (?:email|e mail|newsletter)(?: subscribe here for more)?$/,
  /^follow along using the transcript$/,
  /^text to speech$/,
];

/** A promotion's, offer's or mark's line (see the header). */
export function isPromoLine(plain: string): boolean {
  if (plain.length > 500) return false;
  if (anyPromoRaw(plain)) return true;
  const f = foldForMatch(plain);
  if (anyPromoFolded(f)) return true;
  return false;
}

/**
 * A box's heading whose short lines below it are the box's: a subscription offer ("Continue reading with a
 * subscription", "Try unlimited access"), a paywall's "Latest on …" list, an appeal ("A message from The Moscow
 * Times:"), a wire's "Related coverage:", a comparison page's list of the sources that covered the story ("Coverage
 * details", "Full coverage").
 */
const PROMO_HEAD =
  /^(?:(?:continue|keep) reading with (?:a|an|your) (?:\S+ ){0,2}(?:subscription|membership)|try (?:\S+ ){0,2}(?:unlimited|full|digital) access|latest on (?:\S+ ){0,4}\S+|a message from (?:the )?(?:\S+ ){0,4}\S+|related coverage|coverage details|full coverage|more coverage|(?:see )?all coverage|tin lien quan khac)$/;

export function isPromoHead(plain: string): boolean {
  return plain.length <= 48 && PROMO_HEAD.test(foldForMatch(plain));
}

/**
 * A "skip past …" link and its "after …" line around a block inside the text ("skip past newsletter promotion" …
 * "after newsletter promotion"), or a screen reader's "list of N items" and its "end of list": the index of the
 * closing line when line i opens such a block and the line closing it stands within reach below (12 lines; four a
 * list's item); -1 otherwise.
 */
export function skipPastEnd(plains: readonly string[], i: number): number {
  const head = plains[i] as string;
  if (head.length > 60) return -1;
  // a screen reader's "list of 4 items" … "end of list" around a box of links (four lines an item at most)
  const list = /^list of (\d{1,2}) items?$/.exec(foldForMatch(head));
  if (list) {
    const reach = Math.min(plains.length, i + 2 + Number(list[1]) * 4);
    for (let k = i + 1; k < reach; k++) if ((plains[k] as string).length <= 20 && foldForMatch(plains[k] as string) === "end of list") return k;
    return -1;
  }
  const m = /^skip past (.{3,40})$/.exec(foldForMatch(head));
  if (!m) return -1;
  const close = `after ${m[1]}`;
  for (let k = i + 1; k < Math.min(plains.length, i + 13); k++) if ((plains[k] as string).length <= 60 && foldForMatch(plains[k] as string) === close) return k;
  return -1;
}

/**
 * A wire's version tag before its headline, which tags the copy, not the story: Yonhap's "(LEAD)", "(2nd LD)", "(3rd
 * LD, ...)", "(URGENT)"; Reuters' "UPDATE 2-", "REFILE-", "CORRECTED-". The headline is the words after it.
 */
const VERSION_TAG = /^(?:\((?:LEAD|URGENT|\d{1,2}(?:st|nd|rd|th) LD(?:,[^()]{1,40})?|UPDATE \d{1,2}|CORRECTED|REFILE)\)\s+|(?:UPDATE \d{1,2}|REFILE|CORRECTED|REFILE-UPDATE \d{1,2})-(?=\S))/;

export function withoutVersionTag(title: string | null): string | null {
  if (title === null) return null;
  const m = VERSION_TAG.exec(title);
  if (!m) return title;
  const rest = title.slice(m[0].length);
  return rest.length >= 10 && /^[\p{L}\d"“‘']/u.test(rest) ? rest : title;
}
