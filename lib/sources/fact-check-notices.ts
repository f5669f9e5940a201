// Lines a fact-check or verification page prints around its check, never a sentence of the check itself: the rating
// widget when it only names the rating ("RATING: MISLEADING", "Verdict: False", "Fact Check : False", a rating scale's
// definition "False – The claim is inaccurate."), a claim-review box's labels ("Claim Review : …", "Claimed By : …"),
// the partner notices (Meta's or TikTok's fact-checking programme, "This article is part of our work fact checking …",
// "… is one of several organizations working with Facebook …", "originally published by"), the network membership
// line ("… is a signatory of the IFCN code of principles"), the checker's own blurb ("… is a fact checking website
// that …"), the box Meta asks checkers to print for rated publishers, archived-link lines and a screenshot's capture
// note ("(Source: Facebook screenshot taken on …)"), a wire's commercial-use notice, a personal-use-only notice, a
// republishing offer, a non-profit's donors appeal and a share appeal. English and Vietnamese.
//
// The check's own summary stays text: "Our verdict: False. There is no record …", "Kết luận: Thông tin sai sự thật.
// …", "We rate this claim False." Every form is anchored on the folded line (lower case, no marks, punctuation as
// spaces), its repeats bounded, and lines over FACT_CHECK_NOTICE_LIMIT characters are never read (see pathological.ts).
import { anyPatternOf } from "./line-speed";
import { foldForMatch } from "./normalize";
// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyFactCheckNotice = anyPatternOf(() => FACT_CHECK_FOLDED);

/** The ratings fact-checkers print, folded: "false", "mostly false", "pants on fire", "sai sự thật", "gây hiểu lầm". */
const RATINGS =
  "false|true|mostly false|mostly true|half true|partly false|partly true|misleading|missing context|needs context|altered|fake|fabricated|incorrect|correct|unproven|unsupported|unverified|satire|pants on fire|mixture|mixed|exaggerated|manipulated|out of context|no evidence|sai|sai su that|gay hieu lam|thieu boi canh|dung|chua kiem chung|bia dat|tin gia|xuyen tac";

/** A rating scale's definition beside the rating ("False – The claim is inaccurate.", "Misleading – The claim is accurate in parts …"). */
const SCALE_DEFINITION = "the claim (?:is (?:(?:largely|mostly|partly) )?(?:in)?accurate|includes (?:accurate information|minor errors|significant errors)|is accurate in parts|is mostly inaccurate)|there is not enough evidence";

const FACT_CHECK_FOLDED: readonly RegExp[] = [
  // the rating widget naming only the rating: "RATING: MISLEADING", "Verdict: False", "Our rating: Pants on Fire",
  // "Fact Check : False", "Đánh giá: Sai sự thật", "Kết luận: Gây hiểu lầm"
  new RegExp(`^(?:(?:our |the )?(?:rating|verdict|ruling)|fact ?check|(?:xep hang|danh gia|ket luan|nhan dinh)(?: cua (?:chung toi|afp))?) (?:${RATINGS})$`),
  // a rating scale's definition: "False – The claim is inaccurate."
  new RegExp(`^(?:${RATINGS}) (?:${SCALE_DEFINITION})\\b.{0,80}$`),
  // partner notices: "VERA Files Fact Check is part of Meta's third-party fact-checking program. …", "Check Your Fact
  // is a partner of Meta's …", "This material was prepared as part of Meta's third-party fact-checking program."
  /^(?:\S+ ){0,10}(?:part|partners?|members?|participants?) (?:of|in) (?:meta s|facebook s|tiktok s|the meta|the facebook) (?:independent )?(?:third party )?fact checking (?:program|programme|partnership|project)\b.{0,260}$/,
  // "This article is part of our work fact checking potentially false pictures, videos and stories on Facebook. …"
  /^this (?:article|fact check|check|story|report|piece) is part of our work (?:fact checking|checking|with (?:meta|facebook|tiktok))\b.{0,300}$/,
  // "Editor's note: FactCheck.org is one of several organizations working with Facebook to debunk misinformation …"
  /^(?:editor s note )?(?:\S+ ){1,4}is one of (?:several|many|the) (?:organizations|organisations|fact checkers|partners|outlets) (?:working|partnering) with (?:facebook|meta|tiktok|google)\b.{0,200}$/,
  // "This fact check was originally published by PolitiFact, which is part of the Poynter Institute."
  /^this (?:fact check|check|article|story|report) was (?:originally|first) published (?:by|on|at) (?:\S+ ){0,10}\S+$/,
  // the network membership line: "AFP Fact Check is a signatory of the IFCN code of principles", "AAP FactCheck is an
  // accredited member of the International Fact-Checking Network. …", "AFP Kiểm chứng là thành viên của Mạng lưới …"
  /^(?:\S+ ){1,5}is an? (?:accredited |verified |certified )?(?:member|signatory) (?:of|to) (?:the )?(?:ifcn|international fact checking network|european fact checking standards network|efcsn)\b.{0,250}$/,
  /^(?:\S+ ){1,5}la (?:thanh vien|mot thanh vien|doi tac) cua mang luoi kiem chung thong tin quoc te\b.{0,120}$/,
  // the checker's own blurb: "Lead Stories is a fact checking website that is always looking for …", "Fact-Check
  // Notes: Annie Lab is a fact-checking project at …"
  /^(?:fact check notes? )?(?:\S+ ){1,4}is an? (?:\S+ ){0,2}fact checking (?:website|site|project|initiative|service|unit|organization|organisation|platform|team)\b.{0,260}$/,
  // the box Meta asks checkers to print for rated publishers: "For publishers: what to do if your post is rated
  // false", "A fact-checker has rated your Facebook or Instagram post as "false" …"
  /^for publishers what to do if your (?:post|page|content|video) (?:is|was|has been) rated\b.{0,40}$/,
  /^a fact checker has rated your (?:facebook|instagram|threads|whatsapp|tiktok)\b.{0,250}$/,
  // archived-link lines: "Archived links: 1, 2, 3.", "Archived here", "Đường dẫn lưu trữ: 1, 2"
  /^(?:archived (?:links?|here|versions?|copy|copies)|archive links?|(?:duong dan|lien ket|ban) luu tru)(?: (?:\d{1,2}|here|and|va)){0,10}$/,
  // a screenshot's capture note standing alone: "(Source: Facebook screenshot taken on Fri Dec 4 09:14:52 2026 UTC)"
  /^(?:image )?source (?:\S+ ){0,3}screenshots? (?:taken|captured) (?:on|at)\b.{0,60}$/,
  // a wire's commercial-use notice under the byline: "Copyright © AFP 2017-2026. Any commercial use of this content
  // requires a subscription. …", "… Mọi hình thức sử dụng thương mại đối với nội dung này …"
  /^copyright (?:\S+ ){0,3}\d{4}(?: \d{4})? (?:any commercial use|all commercial use|moi hinh thuc su dung thuong mai)\b.{0,200}$/,
  // a personal-use-only notice: "All information, text and images included on the AAP Websites is for personal use
  // only and may not be re-written, copied, …"
  /^all (?:information|content|material|materials)(?: (?:text|images|photos|video|and)){0,6} (?:included|published|contained|displayed) on (?:the )?(?:\S+ ){0,4}(?:websites?|sites?|pages?) (?:is|are) for personal use only\b.{0,320}$/,
  // a republishing offer: "Republish our content for free"
  /^republish (?:our|this) (?:content|article|story|fact check|report)s?(?: for free)?$/,
  // a non-profit's donors appeal: "Bellingcat is a non-profit and the ability to carry out our work is dependent on
  // the kind support of individual donors. …"
  /^(?:\S+ ){1,3}is an? (?:independent )?non ?profit (?:and|that|which|organi[sz]ation)\b.{0,120}\b(?:support|donors|donations|donate)\b.{0,260}$/,
  // a share appeal: "Want to inform others about what's true and what's not …? Share this article and help stop the
  // spread of misinformation."
  /^(?:.{0,140} )?share this (?:article|story|post|fact check|check) (?:and|to) help (?:stop|slow|fight|counter|curb)\b.{0,80}$/,
];

/** A claim-review box's labels as a copy keeps them: "Claim Review : North Korean troops …", "Claimed By : Social media users". */
const CLAIM_BOX_LABEL = /^(?:Claim Review|Claimed By|Claim Source)\s?:\s?\S[^\n]{0,150}$/iu;

/** A rating widget's words alone, labels and rating, as a badge's alt text or its box reads: "False", "Verdict False", "Rating: Pants on Fire". */
const RATING_ONLY = new RegExp(`^(?:(?:our |the )?(?:rating|verdict|ruling)|truth o meter|fact ?check|danh gia|ket luan|nhan dinh|xep hang)?(?: ?(?:${RATINGS}))?$`);

/** Is a short text (a badge's alt text, a rating box's words) the rating widget and nothing else? Empty text is not. */
export function isRatingOnly(text: string): boolean {
  if (text.length === 0 || text.length > 60) return false;
  const f = foldForMatch(text);
  return f.length > 0 && RATING_ONLY.test(f);
}

/**
 * A fact-check's summary box label over the sentences that sum the check up, printed between the headline and the
 * byline: "What was claimed", "Our verdict", "If Your Time is short", "IN SHORT:", "Quick Take", "Claim", "Fact",
 * "Nhận định", "Thông tin lan truyền". The sentences below it are the check's text; the header goes on below them.
 */
const SUMMARY_BOX_LABEL =
  /^(?:what (?:was|is being|s being|has been) claimed|(?:the |our )?(?:claim|verdict|ruling)|fact|the facts|if your time is short|in short|quick take|report summary|key takeaways|nhan dinh|ket luan|noi dung lan truyen|thong tin lan truyen|thong tin sai su that)$/;

/** The speaker box's line over the claim it quotes: "stated on December 3, 2026 in a post on X:", "said on Dec. 2 in a speech:". */
const SPEAKER_LINE = /^(?:stated|said|posted|claimed|shared|wrote) on (?:\S+ ){1,3}(?:in|at|on|during) (?:\S+ ){0,7}\S+:$/iu;

/** Is a (plain) line a fact-check's summary box label ("What was claimed", "Our verdict", "IN SHORT:") or its speaker line over the claim? */
export function isSummaryBoxLabel(plain: string): boolean {
  if (plain.length <= 40 && SUMMARY_BOX_LABEL.test(foldForMatch(plain))) return true;
  return plain.length <= 100 && SPEAKER_LINE.test(plain);
}

/**
 * Is `line` a sentence of a fact-check's summary box, right below its label? A list of bullets below "In Short" is a
 * page's key-points box, which the cleaner reads as such: not this.
 */
export function isSummaryBoxSentence(label: string, line: string): boolean {
  return !/^[•·*–-]\s/u.test(line) && isSummaryBoxLabel(label);
}

/** Lines longer than this are no fact-check page's notice. */
export const FACT_CHECK_NOTICE_LIMIT = 420;

/** Is a (plain) line a fact-check page's furniture: its rating widget, a partner or network notice, a capture note? */
export function isFactCheckNotice(plain: string, folded: () => string = () => foldForMatch(plain)): boolean {
  if (plain.length > FACT_CHECK_NOTICE_LIMIT) return false;
  if (CLAIM_BOX_LABEL.test(plain)) return true;
  const f = folded();
  return anyFactCheckNotice(f);
}
