// Lines that trade papers, magazines, commentary sites and think tanks print around a story, as a select-all or a
// saved page keeps them, each family in its common English and Vietnamese wordings: share and print buttons, a PDF
// export's wait note, the link to the next or previous story, a subscription wall's offer and price, a feedback
// address under the text, a tip line, a topic list with its label; and the headings over related, partner and
// further-reading boxes (tail markers: the short lines below them are the box's).

import { anyPatternOf } from "./line-speed";

// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyTradeFurniture = anyPatternOf(() => TRADE_FURNITURE);

/** Page furniture of those families: never the article's text. */
const TRADE_FURNITURE = [
  // share and print buttons: "Share on Reddit", "Share via Email", "Print friendly version", "Chia sẻ qua Zalo"
  /^(?:share (?:on|to|via|by|with) (?:facebook|x|twitter|reddit|linkedin|whatsapp|telegram|e-?mail|flipboard|bluesky|threads|pinterest|messenger|mastodon)|chia sẻ (?:qua|lên) (?:facebook|zalo|x|twitter|email|messenger|telegram))$/iu,
  /^(?:print(?:er)?[- ]friendly(?: version| page)?|print this (?:article|page|story)|print article|in bài viết|bản in)$/iu,
  // a PDF export's note and button: "Generating PDF, please wait...", "Download PDF", "Tải PDF"
  /^(?:generating pdf(?:,? please wait)?(?:\.{1,3}|…)?|(?:download|save)(?: as)? pdf|tải (?:về )?(?:bản )?pdf)$/iu,
  // the next or previous story's link, labelled: "NEXT: Brickbat: Off the Menu", "Previous article: …", "Bài tiếp: …"
  /^(?:NEXT|Next|PREVIOUS|Previous|PREV|Prev|Next (?:story|article|post)|Previous (?:story|article|post)|Bài (?:tiếp|trước|tiếp theo)|Tin (?:tiếp|trước|tiếp theo))\s?:\s\p{Lu}[^\n]{1,110}$/u,
  // a subscription wall's offer and price: "Continue reading with a Lloyd's List subscription", "Subscribe from £3.50 a month"
  /^continue reading with (?:a |an |your )?(?:[\p{L}'’&.-]+ ){0,4}(?:subscription|membership)$/iu,
  /^subscribe (?:from|for|for just|for only|now from|today from) [£$€]?\d{1,4}(?:[.,]\d{1,2})?\s?(?:[£$€]|usd|eur|gbp)? ?(?:a|per|\/) ?(?:month|week|year|mo|yr)$/iu,
  /^(?:đăng ký|đăng ký ngay) (?:chỉ )?(?:từ|với) \d{1,3}(?:[.,]\d{3})*\s?(?:đ|đồng|vnđ|vnd) ?(?:\/|mỗi|một) ?(?:tháng|tuần|năm)$/iu,
  // a feedback address under the text: "Send comments and request more information at feedback@argusmedia.com"
  /^send (?:us )?(?:your )?(?:comments|feedback|corrections)(?: and request more information)? (?:at|to) \S{3,80}$/iu,
  // a tip line: "Do you have a story that needs highlighting? Get in touch by emailing stories@…", "Got a tip? Email …"
  /^(?:do you have|have you got|got|have) a (?:story|tip|news tip)(?: [\p{L}'’ ]{1,40})?\?\s(?:get in touch|contact us|email|e-mail|write to|send)\b[^\n]{0,100}$/iu,
  // a topic list with its label: "Topics in this article : Asia, North Korea, Russia", "Topics: Military Regime, …"
  /^(?:topics|tags|subjects) in this (?:article|story|piece)\s?:\s?[^\n]{1,200}$/iu,
];

/** Headings over a box of other stories or partners' content: related news, partner and sponsored content, further reading. */
const TRADE_TAIL_MARKER =
  /^(?:related (?:news|articles?|stories|posts|coverage|reading)(?: posts)?|top articles|content from (?:our )?partners|from our partners|partner content|sponsored content|paid (?:content|post)|further reading|nội dung (?:từ )?đối tác|nội dung tài trợ)\s*:?$/iu;

export function isTradeFurniture(plain: string): boolean {
  if (plain.length > 260) return false;
  return anyTradeFurniture(plain) || isSiteFooterLink(plain);
}

export function isTradeTailMarker(plain: string): boolean {
  return plain.length <= 40 && (TRADE_TAIL_MARKER.test(plain) || NEWSLETTER_BOX_HEAD.test(plain));
}
/** A newsletter's box under a post, its pitch and count of readers below: "Discover more from X", "Khám phá thêm từ X". */
const NEWSLETTER_BOX_HEAD = /^(?:Discover more from|Khám phá thêm từ)\s\S.{1,40}$/u;

/**
 * A site's footer link, alone on its line: "Privacy Policy", "Terms Of Use", "Contact Us", "About Us", "About this
 * blog", "Chính sách bảo mật", and the reader's links a local paper prints under its stories ("Report Error", "Submit
 * a Tip", "Help Center", "Back to top"). Two capitalised words, as a name is, but never a writer's name.
 */
const SITE_FOOTER_LINK =
  /^(?:privacy(?: policy| notice| settings| (?:&|and) cookies)?|cookie (?:policy|settings|preferences)|terms(?: of (?:use|service))?(?: (?:&|and) conditions)?|terms (?:&|and) conditions|contact us|about us|about (?:this|the) (?:blog|newsletter)|advertise(?: with us)?|careers|sitemap|site map|accessibility(?: statement)?|do not sell my (?:personal )?info(?:rmation)?|help(?: cent(?:er|re)| desk)|report (?:an? )?(?:error|typo|correction)|submit (?:an? )?(?:news )?(?:tip|correction|story|letter)|send us (?:an? )?(?:news )?tips?|back to top|chính sách bảo mật|điều khoản sử dụng|liên hệ quảng cáo)$/iu;
export const isSiteFooterLink = (plain: string): boolean => plain.length <= 60 && SITE_FOOTER_LINK.test(plain);
