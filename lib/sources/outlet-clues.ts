// Names a page gives itself outside its masthead, read when the header names no outlet the lexicon knows:
// - a logo's alt text copied as a line of its own: "Miami Herald Logo";
// - a release's issuer under a "From:" label (a government portal's press release: "From:" / "Foreign, Commonwealth
//   & Development Office and <minister>"): the first issuer;
// - a newsletter's footer: "You are receiving this email because you are a member of The Dispatch.";
// - initials as the masthead ("FP") spelled by a name the text prints after "at", "of", "for" ("a staff writer at
//   Foreign Policy");
// and a masthead's language link is no part of the name ("MercoPress, en Español"). Beside them, the date such a
// release prints as a label over its value ("Published" / "3 December 2026") under its summary.
// Pure; every pattern anchored, its repeats bounded.
import type { ParsedDate } from "./dates";
import { domainSpells, hostOf, isProse, lookupOutlet, readDateLine, stationName } from "./layout-model";
import { wordOfDomain } from "./domain-name";
import { foldForMatch, VIETNAMESE_LETTER } from "./normalize";
import { caseless } from "./caseless";

const LOGO_LINE = /^(\p{Lu}[\p{L}&'’.-]*(?:\s(?:\p{Lu}[\p{L}&'’.-]*|of|and|the|&)){0,4})\s(?:Logo|logo|LOGO)$/u;
const FROM_LABEL = /^(?:From|Từ)\s*:\s*([^<>@\n]{0,120})$/;
const MEMBER_OF = /^[Yy]ou (?:are|’re|'re) receiving this (?:email|e-mail|newsletter|message) because you (?:are a (?:member|subscriber|reader) of|subscribed to|signed up (?:for|to)|are subscribed to)\s+((?:[Tt]he\s)?\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,4})\.?$/u;
const LANGUAGE_LINK = /(?:,\s*|\s[|/–—-]\s)(?:en|in)\s(?:español|english|français|português|deutsch|italiano|русском|tiếng việt)$/iu;

/** The first issuer a "From:" label names: "Foreign, Commonwealth & Development Office and Stephen Doughty MP". */
function firstIssuer(line: string): string | null {
  const issuer = line.split(/\s+and\s+(?=[\p{Lu}])/u)[0]?.trim() ?? "";
  return issuer.length >= 4 && issuer.length <= 80 && /^[\p{Lu}]/u.test(issuer) ? issuer : null;
}

/** A name of capitalised words whose initials are `initials`, printed after "at", "of", "for", "from" or "with". */
function spelledInitials(initials: string, text: string): string | null {
  const re = /\b(?:at|of|for|from|with|by)\s((?:The\s)?[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+){1,4})/gu;
  for (const m of text.slice(0, 20000).matchAll(re)) {
    const name = m[1] ?? "";
    const words = name.replace(/^The\s/, "").split(" ");
    for (let k = words.length; k >= 2; k--) {
      const part = words.slice(0, k);
      if (part.map((w) => w[0]).join("") === initials) return part.join(" ");
    }
  }
  return null;
}

/**
 * The outlet these clues name, or null. `header` are the lines above the headline, `text` the whole text (only its
 * first and last lines are read for labels).
 */
export function outletClue(header: readonly string[], text: string): string | null {
  for (const line of header) {
    const logo = LOGO_LINE.exec(line)?.[1];
    if (logo) return logo;
  }
  const lines = text.slice(0, 40000).split("\n", 400).map((l) => l.trim());
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const from = FROM_LABEL.exec(lines[i] as string);
    if (!from) continue;
    const rest = (from[1] ?? "").trim() || (lines[i + 1] ?? "");
    const issuer = firstIssuer(rest);
    if (issuer) return issuer;
  }
  const tail = text.length > 4000 ? text.slice(-4000) : text;
  for (const line of tail.split("\n")) {
    const member = MEMBER_OF.exec(line.trim())?.[1];
    if (member) return member;
  }
  const initials = header.find((l) => /^[\p{Lu}]{2,5}$/u.test(l));
  return initials ? spelledInitials(initials, text) : null;
}

/**
 * A name without the language link printed after it ("MercoPress, en Español"), nor a company's bracketed mark of
 * kind left from its rights line ("The Indian Express [P]", of "© 2026 The Indian Express [P] Ltd.").
 */
export function withoutLanguageLink(name: string): string {
  return name.replace(LANGUAGE_LINK, "").replace(/\s[[(](?:P|Pvt|Pte|Pty)[\])]$/u, "");
}

const PUBLISHED_LABEL = /^(?:Published|First published|Posted|Released|Issued|Ngày đăng|Đăng ngày|Ngày phát hành|Xuất bản)\s*:?$/iu;

/** The date under a "Published" label alone on its line, among a text's first 80 lines ("Published" / "3 December 2026"). */
export function publishedBelowLabel(text: string): ParsedDate | null {
  const lines = text.slice(0, 20000).split("\n", 120).map((l) => l.trim()).filter((l) => l.length > 0);
  for (let i = 0; i + 1 < Math.min(lines.length, 80); i++) {
    if (!PUBLISHED_LABEL.test(lines[i] as string)) continue;
    const date = readDateLine(lines[i + 1] as string);
    if (date && date.precision !== "month-day") return date;
  }
  return null;
}

// ── One choice of the outlet among the page's own mentions of itself ──────────────────────────────────────────────
// A copy that names its outlet only weakly (by a bare domain, an archive's toolbar, the publisher's company, a wire
// printed as the byline, or not at all) still names it where it speaks of itself: an appeal ("Support The Tico
// Times", "At Premium Times, we …"), a rights or reuse line ("© 2026 StarTribune", 'Ghi rõ nguồn "Báo Sơn La"'), a
// "More from X" box, a moderation note ("at the discretion of Daily Mirror online"), and its masthead line, in
// capitals too ("BÁO SƠN LA", "DAILY SABAH"), or followed by its tagline ("Daily Mirror - Sri Lanka Latest …"). A
// name is taken when two independent clues agree: the page's domain spells it, or a masthead line and a mention of
// itself name it.

/** A run of capitalised words (and the small words names hold), as a self-mention prints a name. */
const NAME_RUN = String.raw`(?:[Tt]he\s)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s(?:of|and|the|for|và|&|[\p{Lu}\d][\p{L}\d&'’.-]*)){0,5}`;
/** NAME_RUN for a rights line, whose years may follow the name ("© Novinite.com 2001-2026."): no year among its later words. */
const OWNER_RUN = String.raw`(?:[Tt]he\s)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s(?:of|and|the|for|và|&|(?!\d{4}(?:\s?[-–]\s?\d{4})?(?:[.,\s]|$))[\p{Lu}\d][\p{L}\d&'’.-]*)){0,5}`;
/** Phrases in which a page speaks of itself, the name in the first group. */
const SELF_MENTIONS: RegExp[] = [
  new RegExp(String.raw`(?:^|[.!?]\s)Support\s(?:us\s[-–—:]\s)?(${NAME_RUN})(?:['’]s?\s|\s(?:for|by|with|and|today)\b|[.!]?$)`, "u"),
  new RegExp(String.raw`^At\s(${NAME_RUN}),\swe\b`, "u"),
  new RegExp(String.raw`^More (?:from|on|at)\s(${NAME_RUN})$`, "u"),
  new RegExp(String.raw`^(${NAME_RUN})\sis (?:supported|funded|powered|made possible) by\b`, "u"),
  new RegExp(String.raw`\bby the (${NAME_RUN}) (?:staff|team|newsroom|desk)\b`, "u"),
  new RegExp(String.raw`\bat the discretion of (${NAME_RUN})(?:\sonline)?[.,]`, "u"),
  new RegExp(String.raw`^(?:Sign up (?:for|to)\s)?(${NAME_RUN})\s(?:[Nn]ewsletters?|[Dd]aily [Bb]riefing)$`, "u"),
  new RegExp(String.raw`^(?:©|\([Cc]\)|Copyright)\s?(?:©\s?)?(?:\d{4}(?:\s?[-–]\s?\d{4})?\s)?(?:Copyright\s(?:©\s?)?)?(${OWNER_RUN})(?:\s\d{4}(?:\s?[-–]\s?\d{4})?)?(?:[.,]|\s[-–|]|$)`, "u"),
  new RegExp(String.raw`^(?:©\s?)?(?:Bản quyền thuộc về|Ghi rõ nguồn)\s["“]?(${NAME_RUN})["”]?(?:\s|[.,]|$)`, "u"),
  new RegExp(String.raw`^Theo dõi\s(${NAME_RUN})\s(?:trên|tại)\s`, "u"),
  // (10 on) a prompt to follow the outlet on a news reader, a syndicated story's staff note, the outlet's note on
  // what it is, a writer's editorial post at the outlet, and a rights line that says "thuộc" without "về"
  /^(?:Theo dõi|Follow)\s(\p{Lu}[^.,;|"“”()]{1,60}?)\s(?:trên|on)\sGoogle\s(?:News|Tin tức)\b/u,
  new RegExp(String.raw`\b(?:edited|written|produced|reviewed) by (?:the\s)?(${NAME_RUN})\s(?:staff|team|editors|newsroom)\b`, "u"),
  new RegExp(String.raw`^(${NAME_RUN})(?:,[^,"“”]{2,80},)?\sis an?\s(?:(?:editorially|fully|financially|award-winning|world-leading|leading|non-?profit|independent|digital|online|national|international|daily|weekly|monthly|personal|community|English-language|Vietnamese-language)[,\s]\s?){0,4}(?:media outlet|news (?:outlet|site|website|agency|organi[sz]ation|service|magazine|publication|blog)|newspaper|publication|magazine|broadcaster|policy institute|think[- ]tank|research (?:institute|centre|center)|blog|newsletter)\b`, "u"),
  new RegExp(String.raw`\bis (?:an?|the) (?:(?:senior|associate|deputy|contributing|managing|executive|staff|chief|political|defen[cs]e|foreign|news|features?|opinion|business|digital)\s){0,3}(?:editor|writer|reporter|correspondent|columnist)\s(?:at|of|for|with)\s(${NAME_RUN})[.,]`, "u"),
  /^©?\s?Bản quyền thuộc\s(?!về\s)["“]?(\p{Lu}[^.,;|"”()–—]{2,60}?)["”]?(?:[.,;|(–—]|\s-\s|$)/u,
  // (15) a newsletter's own prompt under a post: "Subscribe to The Mekong Dispatch", "Thanks for reading Saigon River
  // Weekly! Subscribe for free …", and a Ghost site's members box: "Sign up for Northeast Asia Brief"
  new RegExp(String.raw`^(?:Subscribe to|Thanks for reading|Sign up for)\s(${NAME_RUN})(?:!|\.|$)`, "u"),
  // (16 on) a sign-up box for the outlet's own newsletter or channel, which says whose it is: "Đăng ký nhận thư tin
  // của RFI Tiếng Việt", "Đăng ký nhận bản tin của Tạp chí Thương Gia.", "Đăng ký kênh Telegram của X để …", and in
  // English "Sign up for X's newsletter", "Subscribe to X's daily newsletter", "Join X's Telegram channel"
  /^Đăng ký\s(?:nhận\s)?(?:bản tin|thư tin|kênh\s(?:Telegram|YouTube|Zalo|WhatsApp|Viber))\scủa\s(\p{Lu}[^.,;:|!?"“”()]{1,60}?)(?=[.,;!]|\sđể\s|$)/u,
  new RegExp(String.raw`^(?:Sign up for|Subscribe to|Join)\s(${NAME_RUN})['’]s?\s(?:free\s)?(?:(?:daily|weekly|morning|evening)\s)?(?:newsletters?|email|Telegram channel|WhatsApp channel)\b`, "u"),
];
/** Words SELF_MENTIONS' unanchored phrases cannot match without, by index: a line without them is not read by the phrase. */
const MENTION_CUES: readonly (string | undefined)[] = ["Support", undefined, undefined, undefined, "by the ", "at the discretion of ", undefined, undefined, undefined, undefined, undefined, " by ", "is a", "is "];
/** A masthead followed by its tagline: "Daily Mirror - Sri Lanka Latest Breaking News and Headlines". */
const MASTHEAD_TAGLINE = /^(\p{Lu}[\p{L}&'’.]*(?:\s(?:of|the|and|&|\p{Lu}[\p{L}&'’.]*)){0,4})\s[-–—|]\s(\p{Lu}[\p{L}'’,&]*(?:\s[\p{L}'’,&]+){2,12})$/u;
/**
 * A tagline that says what kind of news its masthead prints: a paper, a news site, a magazine ("Nhật báo Việt ngữ tại
 * Nam California", "Tin tức kinh tế TTXVN", "The Valley's daily newspaper", "Nigeria's leading news source"). A
 * headline after a dash ("Hà Nội - Giá vàng hôm nay tăng mạnh") says none of it.
 */
const NEWS_KIND_TAGLINE = /^(?:(?:Nhật báo|Tuần báo|Tạp chí|Báo điện tử|Trang tin|Kênh tin tức|Tin tức|Cơ quan ngôn luận|Tiếng nói)\s|(?:The|Your|[\p{Lu}][\p{L}]+['’]s)\s(?:[\p{L}'’-]+\s){0,4}(?:daily\s|weekly\s|online\s|independent\s|community\s)*(?:newspaper|news source|news site|news website|newsweekly|magazine)$)/u;
/** A line that is only a name in capitals: "DAILY SABAH", "BÁO SƠN LA". */
const CAPS_LINE = /^[\p{Lu}\d][\p{Lu}\d&'’.-]*(?:\s[\p{Lu}\d&'’.-]+){0,5}$/u;
/** A line that is only a name: "The Tico Times", "Minnesota Star Tribune", "Báo Trà Vinh". */
const NAME_LINE = new RegExp(String.raw`^${NAME_RUN}$`, "u");
/** A company's legal form after a name: the publisher, not the outlet. */
export const COMPANY_FORM = /(?:\s|,\s?)(?:Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|PLC|plc|GmbH|S\.A\.|A\.Ş\.|JSC|Pty|Media Group|Yayıncılık|Holdings?)$|^Công ty\b/u;
/** The outlet as an archive's or reader's toolbar names it ("All snapshots from host www.dailysabah.com"). */
const TOOLBAR_NAME = /\b(?:snapshots?|captures?|archived?|saved)\b.*\b(?:from|of)\s(?:host\s)?\S+\.\S+/i;

/** A Vietnamese paper's name alone on a line: "Báo Trà Vinh", "Tạp chí Tia Sáng", "BÁO SƠN LA ĐIỆN TỬ". */
const FOOTER_PAPER = /^(?:Báo|BÁO|Tạp chí|TẠP CHÍ)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,4}(?:\s(?:điện tử|ĐIỆN TỬ|online|Online))?$/u;
const SMALL_WORDS = new Set(["of", "and", "the", "for", "và", "của"]);
/** A name printed in capitals, in the case a reader writes it: "DAILY SABAH" → "Daily Sabah", "BÁO SƠN LA" → "Báo Sơn La". */
export function readableCase(name: string): string {
  if (!/[\p{Ll}]/u.test(name) && /[\p{Lu}]{2}/u.test(name)) {
    const vietnamese = VIETNAMESE_LETTER.test(name);
    return name
      .split(" ")
      .map((w, k) => {
        const lower = w.toLocaleLowerCase("vi");
        if (k > 0 && SMALL_WORDS.has(lower)) return lower;
        if (!vietnamese && w.length <= 3 && !(k === 0 && lower === "the")) return w; // initials stay: "ABC", "VOA"
        return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
      })
      .join(" ")
      .replace(/\sĐiện Tử$/u, " điện tử")
      .replace(VIETNAMESE_KIND, (kind) => KIND_CASE.get(kind.replace(" và ", " Và ")) ?? kind)
      .replace(PORTAL_OF_PLACE, (portal, place: string) => portal.replace(place, place.toLocaleLowerCase("vi")));
  }
  return name;
}
/**
 * The words of a Vietnamese outlet's kind before its name, as the outlets write them in running case ("Tạp chí Thế
 * giới Mới", "Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu", "Cổng thông tin điện tử tỉnh …"): from a name set in
 * capitals, whose own words keep a capital each (the page alone knows which of them a small letter begins).
 */
const KIND_CASE = new Map([
  ["Tạp Chí", "Tạp chí"],
  ["Báo Điện Tử", "Báo điện tử"],
  ["Đài Phát Thanh Và Truyền Hình", "Đài Phát thanh và Truyền hình"],
  ["Đài Phát Thanh - Truyền Hình", "Đài Phát thanh - Truyền hình"],
  ["Đài Phát Thanh, Truyền Hình", "Đài Phát thanh, Truyền hình"],
  ["Cổng Thông Tin Điện Tử", "Cổng thông tin điện tử"],
  ["Trang Thông Tin Điện Tử", "Trang thông tin điện tử"],
]);
/** A public portal's place's kind after its kind: "Cổng thông tin điện tử tỉnh Thanh Hóa", "… thành phố Hà Nội". */
const PORTAL_OF_PLACE = /^(?:Cổng|Trang) thông tin điện tử (Tỉnh|Thành Phố|Quận|Huyện|Phường|Xã|Thị Xã)(?=\s)/u;
const VIETNAMESE_KIND = /^(?:Tạp Chí|Báo Điện Tử|Đài Phát Thanh (?:[Vv]à|-|,) ?Truyền Hình|Cổng Thông Tin Điện Tử|Trang Thông Tin Điện Tử)(?=\s)/u;

/**
 * A Vietnamese public body's name set in capitals, as the corpora's outlets write it in running case where the page
 * prints no other form: the kind's words as the body writes them, the place's kind in small letters and the place a
 * capital per syllable ("ĐÀI PHÁT THANH - TRUYỀN HÌNH HÀ TĨNH" → "Đài Phát thanh - Truyền hình Hà Tĩnh", "CÔNG AN TỈNH
 * KHÁNH HÒA" → "Công an tỉnh Khánh Hòa", "CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM" → "… quận Hoàn Kiếm", "ĐẠI SỨ QUÁN VIỆT
 * NAM TẠI HÀN QUỐC" → "Đại sứ quán Việt Nam tại Hàn Quốc"). Only the kinds whose rest is a place: a paper's or a
 * magazine's own words ("TẠP CHÍ THANH TRA": "Thanh tra") and a body named after a ministry stay in capitals, the page
 * alone knowing which of their words a small letter begins.
 */
export function placeBodyInRunningCase(name: string): string {
  if (name.length > 80 || /[\p{Ll}]/u.test(name) || !VIETNAMESE_LETTER.test(name)) return name;
  const running = readableCase(name)
    .replace(BODY_OF_PLACE, (_all, kind: string, place: string) => `${BODY_KIND_CASE.get(kind) ?? kind} ${place.toLocaleLowerCase("vi")}`)
    .replace(/^Đại Sứ Quán Việt Nam Tại(?=\s)/u, "Đại sứ quán Việt Nam tại");
  return PLACE_BODY.test(running) && !/\d/.test(running) ? running : name;
}
const BODY_KIND_CASE = new Map([
  ["Công An", "Công an"],
  ["Cổng Giao Tiếp Điện Tử", "Cổng giao tiếp điện tử"],
]);
const BODY_OF_PLACE = /^(Công An|Cổng Giao Tiếp Điện Tử) (Tỉnh|Thành Phố|Quận|Huyện|Phường|Xã|Thị Xã)(?=\s)/u;
/** The kinds of body, read in running case, whose rest is a place. */
const PLACE_BODY =
  /^(?:Đài Phát thanh(?: và|,| -) Truyền hình \p{Lu}|(?:Cổng|Trang) thông tin điện tử (?:tỉnh|thành phố|quận|huyện|phường|xã|thị xã) \p{Lu}|(?:Công an|Cổng giao tiếp điện tử) (?:tỉnh|thành phố|quận|huyện|phường|xã|thị xã) \p{Lu}|Đại sứ quán Việt Nam tại \p{Lu})[\p{L} -]*$/u;

const folded = (name: string): string => foldForMatch(name).replace(/^the /, "");
const squeezed = (name: string): string => folded(name).replace(/ /g, "");

/**
 * Which of SELF_MENTIONS speak of the page in the first person or as its owner ("At X, we", "by the X staff", "at the
 * discretion of X", a rights line, "Theo dõi X trên Google News", "X is an independent media outlet"): one such is
 * clue enough, and so is a sign-up box that says whose newsletter it is ("Đăng ký nhận thư tin của X", "Sign up for
 * X's newsletter"); an appeal, a "More from" box, a newsletter's name ("Support X") or a writer's post ("is the deputy
 * editor at X", which a forwarded copy carries from another paper) may name a cause or another site, and needs a
 * second clue.
 */
const FIRST_PERSON = new Set([1, 4, 5, 7, 8, 10, 11, 12, 14, 16, 17]);

let lastPage: { text: string; lines: readonly string[] } | null = null;
/** A page's first 60,000 characters as its trimmed lines that are not blank (at most 2,000), split once per page. */
export function pageLines(text: string): readonly string[] {
  if (lastPage?.text !== text) lastPage = { text, lines: text.slice(0, 60000).split("\n", 2000).map((l) => l.trim()).filter((l) => l.length > 0) };
  return lastPage.lines;
}
/** The lines where a page speaks of itself (of at most `max` characters): all, or the first 30 and last 40 of more than 70. */
export function headAndFoot(text: string, max = Infinity): readonly string[] {
  const lines = max === Infinity ? pageLines(text) : pageLines(text).filter((l) => l.length <= max);
  return lines.length > 70 ? [...lines.slice(0, 30), ...lines.slice(-40)] : lines;
}

/** The names a page's lines give itself in phrases of self-mention, as printed (their possessive aside), with their weight. */
/** A full stop after a word of three small letters or more, before the next word: a sentence's end, no abbreviation's ("St. Louis", "U.S. News"). */
const SENTENCE_END_IN_RUN = /(?<=\p{Ll}{3})\.\s/u;

function weighedMentions(lines: readonly string[]): { name: string; weight: number }[] {
  const found: { name: string; weight: number }[] = [];
  for (const line of lines) {
    if (line.length > 400) continue;
    SELF_MENTIONS.forEach((re, k) => {
      const cue = MENTION_CUES[k];
      if (cue !== undefined && !line.includes(cue)) return; // (the words the phrase cannot do without, looked for first)
      // (up to a sentence's end inside the name's run: "Bản quyền thuộc về Newsis. Nghiêm cấm …" names "Newsis")
      const name = re.exec(line)?.[1]?.split(SENTENCE_END_IN_RUN)[0]?.replace(/['’]s?$/u, "").replace(/[.,]$/, "").trim();
      if (name && name.length >= 3 && name.length <= 60 && !/^(?:The|Us|Our|Your|This|Independent|Quality|Local)$/i.test(name)) found.push({ name, weight: FIRST_PERSON.has(k) ? 2 : 1 });
    });
  }
  return found;
}

/** The names a page's lines give itself in phrases of self-mention, as printed (their possessive aside). */
export function selfMentions(lines: readonly string[]): string[] {
  return weighedMentions(lines).map((m) => m.name);
}

export interface OutletContext {
  /** The article's whole text, header and footer lines included. */
  text: string;
  /** How many of the text's first non-empty lines stand above the headline. */
  aboveTitle: number;
  /** The page's address, or a domain printed in its header ("timesofmalta.com"). */
  url: string | null;
  printedHost: string | null;
  /** Is the outlet found so far a wire agency (a wire's byline read as the page's outlet)? */
  wire: boolean;
  /** Whether a name is a wire agency's (a wire's credit on a story the page carries is no masthead of its own). */
  isWire?: (name: string) => boolean;
}

/** Is this outlet a weak reading, one the page's own mentions of itself should replace? */
function weakOutlet(outlet: string | null, ctx: OutletContext): "none" | "weak" | "wire" | null {
  if (outlet === null) return "none";
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(outlet) || TOOLBAR_NAME.test(outlet) || COMPANY_FORM.test(outlet)) return "weak";
  return ctx.wire ? "wire" : null;
}

/**
 * A masthead printed in capitals ("THE HARBOUR POST") as the page writes its own name where it speaks of itself ("©
 * 2026 The Harbour Post. All rights reserved.", "Support The Harbour Post"), or null: the same letters, the page's case.
 */
function asItWritesItself(outlet: string, text: string): string | null {
  if (/[\p{Ll}]/u.test(outlet) || !/[\p{Lu}]{2}/u.test(outlet)) return null;
  // the page must print the name with a small letter somewhere (looked for first: most pages print it in capitals only)
  const anyCase = new RegExp(outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
  if (!Array.from(text.slice(0, 60000).matchAll(anyCase)).some((m) => /[\p{Ll}]/u.test(m[0]))) return null;
  // the same letters, marks included ("Viet Tribune" is no way to write "VIỆT TRIBUNE")
  const key = outlet.toLocaleLowerCase("vi");
  const mentions = selfMentions(headAndFoot(text)).filter((name) => /[\p{Ll}]/u.test(name));
  return mentions.find((name) => name.toLocaleLowerCase("vi") === key) ?? mentions.find((name) => fuller(name, key)) ?? null;
}

/**
 * Is `name` (a mention of itself, in the page's case) the masthead `key` (lower-cased) in its full form: the masthead
 * after a word or two of the paper's kind ("DÂN SINH" printed as "Báo Dân sinh" in the rights line)? (Never a name
 * shorter than the masthead: a mention's run of capitalised words stops at a Vietnamese name's first lower-case word,
 * "Báo Hải" of "Báo Hải quan".)
 */
function fuller(name: string, key: string): boolean {
  const words = name.toLocaleLowerCase("vi").split(/\s+/u);
  const masthead = key.split(/\s+/u).length;
  const after = words.length - masthead;
  // (a masthead of one word, "RFI", is initials that a rights line's "Copyright RFI" repeats, not a fuller name)
  return masthead >= 2 && after >= 1 && after <= 2 && words.slice(after).join(" ") === key;
}

/**
 * A broadcaster's or a paper's edition in another language, named as such ("Hangang Broadcasting English", "… Tiếng
 * Việt", "… en Español"): its own name, where its domain and rights line spell only the company's initials ("hbs.co.kr",
 * "Copyright ⓒ HBS").
 */
const EDITION_NAME = /^[\p{Lu}].{1,50}\s(?:English|Tiếng Việt|(?:en )?Español|Français|Deutsch|中文|한국어|日本語|Русский)$/u;
/**
 * A name the page's domain spells and its own rights line or first-person note prints ("benarnews.org" under the
 * headline, "Copyright © 2026 BenarNews"), over an outlet the domain does not spell (a read-later app's "My List" as
 * the first line): two sources that agree over one. Null when they do not agree, or the outlet is spelled by the domain.
 */
function ownedByHost(outlet: string, ctx: OutletContext): string | null {
  const host = (ctx.url ? hostOf(ctx.url) : null) ?? ctx.printedHost;
  if (!host || domainSpells(outlet, host) || EDITION_NAME.test(outlet)) return null;
  const owned = weighedMentions(headAndFoot(ctx.text)).filter((m) => m.weight >= 2).map((m) => m.name);
  const spelt = spelledBy(owned, host);
  return spelt !== null && folded(spelt) !== folded(outlet) ? readableCase(spelt) : null;
}

/** "The Interpreter is published by the Lowy Institute.": the publication, and its publisher. */
const PUBLISHED_BY = new RegExp(String.raw`^(${NAME_RUN}) is (?:published|produced|edited|run)(?: (?:daily|weekly|monthly|online))? by (?:the\s)?(${NAME_RUN})[.,]`, "u");

/**
 * The publication a page says its publisher puts out ("The Interpreter is published by the Lowy Institute."), where
 * the outlet read is that publisher (its masthead or rights line): the publication is the outlet. Else null.
 */
function publicationOf(outlet: string, text: string): string | null {
  for (const line of headAndFoot(text, 300)) {
    const m = line.includes(" by ") ? PUBLISHED_BY.exec(line) : null;
    if (m?.[1] && m[2] && folded(m[2]) === folded(outlet) && folded(m[1]) !== folded(outlet)) return m[1];
  }
  return null;
}

/** The initials of a name's capitalised words, its small words aside: "Baltic News Network" → "BNN". */
const initialsOf = (name: string): string =>
  name
    .split(/\s+/u)
    .filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== "the")
    .map((w) => w.charAt(0))
    .join("");

/**
 * Initials read as the outlet ("PNA", "BNN") spelled out where the page prints the full name in its own lines: on a
 * line of its own ("Philippine News Agency" under the masthead) or where it speaks of itself ("© BNN – Baltic News
 * Network 2026"), its words' initials the same letters. Null when the page prints no such name, or the outlet is no
 * initials.
 */
function spelledInFull(outlet: string, text: string): string | null {
  if (!/^[\p{Lu}]{2,6}$/u.test(outlet)) return null;
  // (a line of its own: "RFI - Radio France Internationale" is the masthead with its expansion, the initials its name)
  return headAndFoot(text, 200).find((l) => l.length <= 60 && NAME_LINE.test(l) && l.includes(" ") && /[\p{Ll}]/u.test(l) && initialsOf(l) === outlet) ?? null;
}

/** Initials, a dash or a bar, and a name of three words or more: "YTV - Đài Phát thanh và Truyền hình Yên Bái". */
export const INITIALS_THEN_NAME = /^([\p{Lu}\d]{2,6})\s[-–—|]\s(\p{Lu}[\p{L}\d.,&'’-]*(?:\s[\p{L}\d.,&'’-]+){2,11})$/u;

/**
 * A proper name, not a description of what the outlet is ("Kênh truyền hình đối ngoại quốc gia" after "VTV4"): three
 * words in capitals or more, half of its words at least.
 */
export function properName(name: string): boolean {
  const words = name.split(/\s+/);
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return capitalised >= 3 && capitalised * 2 >= words.length;
}

/**
 * Initials read as the outlet ("QPVN", from the lead's "QPVN -") that the copy's first lines print as its masthead
 * with the name they stand for ("QPVN - Truyền hình Quốc phòng Việt Nam"): that name, when it is a proper name in
 * Vietnamese, as a Vietnamese station is named in full, and the lexicon knows no outlet by the initials. A name in
 * another language leaves the initials the name the body goes by ("NATO - North Atlantic Treaty Organization", "CSIS |
 * Center for Strategic and International Studies", "RFI - Radio France Internationale").
 */
function mastheadSpeltOut(outlet: string, text: string): string | null {
  if (!/^[\p{Lu}\d]{2,6}$/u.test(outlet) || lookupOutlet(outlet) !== null) return null;
  for (const line of pageLines(text).slice(0, 3)) {
    const m = line.length <= 120 ? INITIALS_THEN_NAME.exec(line) : null;
    if (m?.[1] === outlet && m[2] && properName(m[2]) && VIETNAMESE_LETTER.test(m[2])) return m[2];
  }
  return null;
}

/** A rights label before a name: "Bản quyền thuộc", "© Bản quyền thuộc về", "Copyright ©". */
const RIGHTS_LABEL = /^(?:©\s?)?(?:Bản quyền thuộc(?:\svề)?|Copyright\s©?)\s/u;

/**
 * A station's short mark read as the outlet ("TBTV", "DRT", "DaNangTV", "BRT") spelled out where the page names
 * itself in full among `names` (its publisher, logo, rights line, a line of its own): the station's full name, in the
 * page's case, when its place opens with the mark's first letter. Null for no such mark or name. Only a
 * radio-television station's name: "Đài Truyền hình Việt Nam" or "Đài Tiếng nói Việt Nam" keep their marks (VTV, VOV).
 */
export function stationInFull(mark: string, names: readonly string[]): string | null {
  if (!/^[\p{Lu}][\p{L}\d]{1,11}$/u.test(mark) || (mark.match(/[\p{Lu}]/gu)?.length ?? 0) < 2) return null;
  const first = folded(mark).charAt(0);
  for (const name of names) {
    if (name.length > 120) continue;
    const trimmed = name.trim();
    // the station's name alone, after its rights label, or after its mark and a dash ("DRT - Đài Phát thanh - …")
    const station = stationName((trimmed.startsWith(`${mark} `) ? trimmed.replace(/^\S+\s[-–|]\s/u, "") : trimmed).replace(RIGHTS_LABEL, ""));
    // (in the page's case; an abbreviation spelt out: "Đài PT-TH Sóc Trăng" is "Đài Phát thanh và Truyền hình Sóc Trăng")
    if (station && folded(station.place).charAt(0) === first) return /\bPT-?TH\b/iu.test(station.printed) ? station.running : readableCase(station.printed);
  }
  return null;
}

/** The name among `names` whose letters the host spells, the longest first ("The Times of Israel" over "Israel"). */
function spelledBy(names: readonly string[], host: string): string | null {
  let best: string | null = null;
  for (const n of names) if (n.length <= 60 && domainSpells(n, host) && (best === null || squeezed(n).length > squeezed(best).length)) best = n;
  return best;
}

/** A word no name ends with: "Brisbane Times and" (of "… and The Sydney Morning Herald") is no name. */
const HEAD_END = /^(?:of|and|the|The|for|và|&)$/u;
/** NAME_RUN, every one of a line (matchAll reads a copy: this one's lastIndex never moves). */
const NAME_RUNS = new RegExp(NAME_RUN, "gu");
/**
 * What a rights line prints around its owner's name and is no part of it: the reservation after it ("All Rights
 * Reserved", "Mọi quyền được bảo lưu", "Tất cả các quyền …"), cut with all that follows.
 */
const RIGHTS_RESERVED = /\s(?:all rights reserved|(?:mọi|tất cả(?: các)?) quyền)(?![\p{L}\d]).*$/iu;
/** A rights line's years before its owner's name ("2000-2026 XINHUANET.com", "2026 H KAΘHMEPINH"): no part of a name. */
const RIGHTS_YEARS = /^\d{4}(?:\s?[-–]\s?\d{4})?\s(?=[\p{Lu}\d])/u;

/** Capitalised runs of the text (a scan of at most its first 60,000 characters), as candidates for a domain to spell. */
function capitalisedRuns(text: string): string[] {
  const runs = new Set<string>();
  // line by line: a run never joins two lines ("#LaoDong" over "LAODONGCONGDOAN.VN" is no one name); a rights line
  // without its reservation ("© 2000-2026 XINHUANET.com Mọi quyền được bảo lưu" reads no "XINHUANET.com Mọi")
  for (const line of text.slice(0, 60000).split("\n").map((l) => l.replace(RIGHTS_RESERVED, ""))) {
    // (a sentence's end inside a run parts it: "Bản quyền thuộc về Newsis. Nghiêm cấm …" reads "Newsis", never
    // "Newsis. Nghiêm"; a short abbreviation's full stop, "St. Louis", "U.S. News", stays inside)
    for (const match of line.matchAll(NAME_RUNS)) {
      // a name in the possessive before a noun is the name without the possessive, nor the article before it ("is the
      // Rotorua Lakes Gazette's world affairs reporter" reads "Rotorua Lakes Gazette"); a name that ends so, before
      // anything else, keeps it ("Barron's", "Lloyd's")
      const determiner = /^\s[\p{Ll}]/u.test(line.slice(match.index + match[0].length, match.index + match[0].length + 2));
      // (a rights line's years before the name are none of it: "2000-2026 XINHUANET.com" reads "XINHUANET.com")
      const run = match[0].replace(RIGHTS_YEARS, "");
      const read = determiner ? run.replace(/^the\s(?=[\p{Lu}])/u, "").replace(/['’]s$/u, "") : run;
      for (const run of read.split(SENTENCE_END_IN_RUN).map((r) => r.replace(/[.,'’-]+$/u, ""))) {
        const words = run.split(/\s+/u);
        // every tail of the run too ("Photo: LSM" reads "LSM"; "told The Times of Israel" reads the name after "told"),
        // and every head: a name with its edition after it ("Yeni Şafak English — news from Türkiye", a site's tagline
        // line at its foot) is the name the domain spells
        for (let k = 0; k < words.length && k < 4; k++) runs.add(words.slice(k).join(" "));
        for (let k = 1; k < words.length && k <= 4; k++) if (!HEAD_END.test(words[k - 1] as string)) runs.add(words.slice(0, k).join(" "));
        // and each name of two joined by "and" ("for Brisbane Times and The Sydney Morning Herald")
        for (const part of run.split(/\s(?:and|và|&)\s/u)) if (part !== run && /^[\p{Lu}\d]/u.test(part)) runs.add(part);
        if (runs.size > 4000) return [...runs];
      }
    }
  }
  return [...runs];
}

/**
 * A short line of the page's first forty whose letters are the domain's first label exactly, a name in a language that
 * writes some of its words small ("Tài chính Doanh nghiệp" over a headline, from taichinhdoanhnghiep.net.vn): no
 * capitalised run reads it, and only the whole name, eight letters or more, spells the label. Null when none does.
 */
export function lineSpellingDomain(text: string, host: string): string | null {
  const label = host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, "").split(".")[0] ?? "";
  if (label.length < 8) return null;
  return pageLines(text).slice(0, 40).find((l) => l.length <= 60 && /^[\p{Lu}]/u.test(l) && squeezed(l) === label) ?? null;
}

/** A name's kind before it, folded, which a domain may leave out: "The", "Báo", "Tạp chí", "Tuần báo", "Đài", "Diễn đàn". */
const NAME_KIND = /^(?:the|bao dien tu|bao|tap chi|tuan bao|nhat bao|tuan san|nguyet san|dai phat thanh|dai|dien dan|trang tin|cong thong tin) /;
/** What opens a rights line before the name: "©", "(c)", "Copyright", "Bản quyền thuộc về", the years. */
const RIGHTS_OPENING = /^(?:(?:©|\(c\)|copyright|bản quyền(?: thuộc về)?)\s?)+(?:\d{4}(?:\s?[-–]\s?\d{4})?\s)?/iu;
/** The parts of a line that may each be a name: between bars, middle dots, bullets, dashes and a colon. */
const NAME_PARTS_BREAK = /\s[|·•–—-]\s|:\s|[.,]\s/u;

/**
 * The name of two words or more, as the page prints it (its masthead, its rights line, its footer, its "About" line),
 * whose letters spell a domain's label whole: folded and without diacritics, a kind before it ("The", "Báo", "Tạp
 * chí") optional, "The Wessex Gazette" for wessexgazette.co.uk, "Báo Cộng đồng Việt Praha" for congdongvietpraha.cz.
 * A label of eight letters or more only; never a wire's name (`isWire`); the fullest form printed (its kind with it).
 */
export function nameSpellingLabel(text: string, host: string, isWire: (name: string) => boolean): string | null {
  const label = host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, "").split(".")[0] ?? "";
  if (!/^[a-z]{8,40}$/.test(label)) return null;
  const fits = (name: string): boolean => {
    const f = foldForMatch(name);
    if (f.indexOf(" ") < 0 || name.length > 60) return false;
    return f.replace(/ /g, "") === label || f.replace(NAME_KIND, "").replace(/ /g, "") === label;
  };
  let best: string | null = null;
  const consider = (name: string): void => {
    const n = name.trim().replace(/[.,;:!'’]+$/u, "");
    if (/^[\p{Lu}]/u.test(n) && fits(n) && !isWire(n) && (best === null || n.length > best.length)) best = n;
  };
  for (const run of capitalisedRuns(text)) consider(run);
  // a name that writes some of its words small ("Báo Cộng đồng Việt Praha"), alone or as a part of its line
  for (const line of headAndFoot(text, 160)) {
    if (line.indexOf(" ") < 0) continue;
    for (const part of line.split(NAME_PARTS_BREAK)) consider(part.replace(RIGHTS_OPENING, ""));
  }
  return best;
}

/** A registrable label of two to four words parted by hyphens, as a name (not on a Vietnamese domain): "romania-insider.com" → "Romania Insider". */
export function hyphenedName(host: string): string | null {
  const labels = host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile|eng|en|english)\./, "").split(".");
  // (a Vietnamese domain's words are syllables without their tones: "tin-tuc" is no name to print)
  const label = labels.length >= 2 && labels[labels.length - 1] !== "vn" ? labels[0] : undefined;
  if (!label || !/^[a-z]{3,20}(?:-[a-z]{3,20}){1,3}$/.test(label)) return null;
  return label
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/**
 * The outlet the page's own mentions of itself name, to replace a weak reading (none, a bare domain, an archive's
 * toolbar, a company, a wire): a name the page's domain spells (its masthead lines first, then its mentions of itself,
 * then any capitalised name in the text), else a masthead line a mention of itself confirms (the line as printed when
 * it stands above the headline, the mention's form when below), else a masthead before its tagline, else a Vietnamese
 * paper's name alone on one of the last lines. Returns `current` when it stands. Initials the copy's masthead line
 * spells out ("QPVN - Truyền hình Quốc phòng Việt Nam") give way to that name.
 */
export function outletFromSelfMentions(current: string | null, ctx: OutletContext): string | null {
  const read = selfNamedOutlet(current, ctx);
  return read === null ? null : (mastheadSpeltOut(read, ctx.text) ?? stationSpeltOut(read) ?? newsletterOwner(read, ctx.text) ?? withoutOwnInitials(read));
}

/**
 * A newsletter's name after its outlet's: "Gulf Times Morning Brief", "X Daily Briefing", "X Newsletter". (A paper may
 * be called "Bulletin", "Digest" or "Brief" alone: "Townsville Bulletin" is a paper's name; a newsletter's has its hour
 * or its rhythm, or says it is one.)
 */
const NEWSLETTER_AFTER = /^(\S.{1,49}?)\s(?:(?:morning|evening|midday|daily|weekly|weekend)\s(?:brief|briefing|newsletter|digest|roundup)|newsletter|briefing)$/iu;
/** A newsletter's name before its outlet's, with its hour: "Bản tin sáng Tuổi Trẻ" ("Bản tin Viễn Đông" alone is a name). */
const NEWSLETTER_BEFORE = /^bản tin\s(?:sáng|trưa|chiều|tối|cuối tuần)\s(\S.{1,49})$/iu;

/**
 * A newsletter's name read as the outlet ("GULF TIMES MORNING BRIEF" over the e-mail's text): the outlet that sends
 * it, where the copy prints that name alone in running case too (its sender "Gulf Times", "subscribed to Gulf Times
 * newsletters"), as printed there. Null for any other name, or when the outlet's name is printed only inside the
 * newsletter's.
 */
function newsletterOwner(name: string, text: string): string | null {
  const owner = (NEWSLETTER_AFTER.exec(name) ?? NEWSLETTER_BEFORE.exec(name))?.[1];
  if (!owner || /^(?:the|our|your|a)$/iu.test(owner)) return null;
  const page = text.slice(0, 60000);
  const lower = page.toLocaleLowerCase("vi");
  const key = owner.toLocaleLowerCase("vi");
  const full = name.toLocaleLowerCase("vi");
  for (let at = lower.indexOf(key), k = 0; at >= 0 && k < 20; at = lower.indexOf(key, at + key.length), k++) {
    const printed = page.slice(at, at + owner.length);
    // (alone: not inside the newsletter's name, not a longer word's start)
    const inside = lower.startsWith(full, at) || (at >= full.length - key.length && lower.slice(at - (full.length - key.length), at + key.length) === full);
    if (!inside && /[\p{Ll}]/u.test(printed) && !/[\p{L}\d]/u.test(page.charAt(at + owner.length)) && !/[\p{L}\d]/u.test(page.charAt(at - 1))) return printed;
  }
  return null;
}

/**
 * A station's name as its reuse line abbreviates it ("Đài PT&TH TP Cần Thơ", "Đài PT-TH Sóc Trăng"): spelt out, its
 * place without its kind ("Đài Phát thanh và Truyền hình Cần Thơ"); null for any other name.
 */
function stationSpeltOut(name: string): string | null {
  return /\bPT\s?[-&]?\s?TH\b/u.test(name) ? (stationName(name)?.running ?? null) : null;
}

/**
 * A name with its own initials after it, as a masthead prints the two together ("Hong Kong Free Press HKFP", "Times of
 * India TOI", "Báo Người Lao Động NLĐ", a kind before the name aside): the name. Initials of other words ("Sky News UK"), or a name of one word,
 * stay.
 */
export function withoutOwnInitials(name: string): string {
  const m = name.length <= 80 ? /^(\S+(?:\s\S+){1,7})\s([\p{Lu}]{2,6})$/u.exec(name) : null;
  if (!m?.[1] || !m[2]) return name;
  // (a kind before the name is no part of its initials: "The", "Báo", "Tạp chí")
  const words = m[1].replace(/^(?:the|báo|tạp chí)\s/iu, "").split(/\s+/u);
  const every = words.map((w) => w.charAt(0)).join("").toUpperCase();
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w.charAt(0)).join("");
  return every === m[2] || (capitalised.length >= 2 && capitalised === m[2]) ? m[1] : name;
}

/** The outlet the page's mentions of itself name (outletFromSelfMentions), before initials are spelt out. */
function selfNamedOutlet(current: string | null, ctx: OutletContext): string | null {
  const weakness = weakOutlet(current, ctx);
  if (weakness === null) return current === null ? current : (asItWritesItself(current, ctx.text) ?? spelledInFull(current, ctx.text) ?? stationInFull(current, headAndFoot(ctx.text, 120)) ?? ownedByHost(current, ctx) ?? publicationOf(current, ctx.text) ?? current);
  // a wire's own page ("Sputnik Việt Nam", "MONTSAME News Agency" over a wire's credit) keeps the wire's name
  const ownWire = (name: string | null): boolean => weakness === "wire" && name !== null && current !== null && ` ${folded(name)} `.includes(` ${folded(current)} `);
  const standing = (name: string | null): string | null => (name === null || ownWire(name) ? null : readableCase(name));
  const lines = pageLines(ctx.text);
  const head = lines.slice(0, Math.min(lines.length, Math.max(ctx.aboveTitle + 3, 6)));
  const mastheads = head.map((l, i) => ({ line: l, above: i < ctx.aboveTitle })).filter((m) => m.line.length <= 60 && (NAME_LINE.test(m.line) || CAPS_LINE.test(m.line)));
  const weighed = weighedMentions(headAndFoot(ctx.text));
  const mentions = weighed.map((m) => m.name);
  const toolbarHost = current !== null && TOOLBAR_NAME.test(current) ? /(?:www\.)?([\w-]+(?:\.[\w-]+)+)\s*$/.exec(current)?.[1] ?? null : null;
  const host = (ctx.url ? hostOf(ctx.url) : null) ?? ctx.printedHost ?? toolbarHost ?? (current !== null && /^[\w-]+(?:\.[\w-]+)+$/.test(current) ? current.toLowerCase() : null);
  if (host) {
    // (a newsroom's collective byline, "Scroll Staff" on scroll.in, is the site's staff, not its name)
    const named = (names: string[]): string[] => names.filter((n) => !COLLECTIVE_BYLINE.test(folded(n)));
    const spelt = spelledBy(named(mastheads.map((m) => m.line)), host) ?? spelledBy(named(mentions), host) ?? (weakness === "wire" ? null : (spelledBy(named(capitalisedRuns(ctx.text)), host) ?? lineSpellingDomain(ctx.text, host)));
    if (spelt) return standing(spelt) ?? current;
  }
  // a masthead line a mention of itself confirms: "The Tico Times" / "Support The Tico Times", "Premium Times
  // Nigeria" (under the headline) / "At Premium Times, we"; on a page whose address names it, never a wire's name that
  // the address does not spell ("ASSOCIATED PRESS" over the story and "Copyright 2026 The Associated Press." under it,
  // on ekathimerini.com: the wire's credit and its notice on the story carried)
  for (const m of mastheads) {
    if (host && ctx.isWire?.(m.line)) continue;
    const line = folded(m.line);
    const mention = mentions.find((n) => {
      const f = folded(n);
      return f.length >= 4 && (line === f || line.startsWith(`${f} `) || line.endsWith(` ${f}`) || squeezed(n) === squeezed(m.line));
    });
    if (mention) return standing(m.above ? m.line : mention) ?? current;
  }
  // a wire's own page that prints its name in full on a line of its own ("PNA" over "Philippine News Agency")
  if (weakness === "wire") return (current !== null ? spelledInFull(current, ctx.text) : null) ?? current;
  // a domain whose words its hyphens part ("romania-insider.com"): those words, as a name ("Romania Insider")
  const hyphened = host ? hyphenedName(host) : null;
  if (hyphened && (weakness === "none" || current?.toLowerCase() === host)) return hyphened;
  // two mentions of itself that agree ("Support Times of Malta", "Times of Malta Newsletter"), or one in the first
  // person ("reworked by the Business Standard staff")
  const counted = new Map<string, number>();
  for (const m of weighed) counted.set(folded(m.name), (counted.get(folded(m.name)) ?? 0) + m.weight);
  const agreed = mentions.find((n) => (counted.get(folded(n)) ?? 0) >= 2);
  if (agreed && weakness === "none") return readableCase(agreed);
  if (weakness !== "none") return current;
  // the first line: a masthead before its tagline
  const tagline = MASTHEAD_TAGLINE.exec(lines[0] ?? "");
  if (tagline?.[1] && ctx.aboveTitle > 0) return tagline[1];
  // a Vietnamese paper's name alone on one of the last lines, as its footer prints it ("Báo Trà Vinh")
  const footerPaper = lines.slice(-12).find((l) => FOOTER_PAPER.test(l));
  if (footerPaper) return readableCase(footerPaper);
  // a masthead and its tagline on one of the last lines, the tagline telling what kind of news it is ("Saigon Times USA
  // – Nhật báo Việt ngữ tại Nam California", "Bnews - Tin tức kinh tế TTXVN", "Harbour Post – The Valley's daily
  // newspaper"), below the text's first paragraph (a short copy's headline over its date is none of them: "Nga - Tiếng
  // nói chung với Triều Tiên …")
  const firstProse = lines.findIndex(isProse);
  const footerTagline = firstProse < 0 ? undefined : lines.slice(Math.max(firstProse + 1, lines.length - 6)).map((l) => MASTHEAD_TAGLINE.exec(l)).find((m) => m?.[2] !== undefined && NEWS_KIND_TAGLINE.test(m[2]));
  if (footerTagline?.[1]) return footerTagline[1];
  // with nothing else naming the outlet, a domain that is one word: that word, as a name ("slate.com" → "Slate"; a
  // domain the page itself names the outlet by, "Investing.com", "Scroll.in", stays as the page writes it)
  return (host !== null ? wordOfDomain(host, ctx.text) : null) ?? current;
}

/**
 * The wire a byline credits after its names: "LEE JAE-WON, Associated Press", "Claire Tremblay, Reuters", "Ana Lee —
 * AFP", "Ellen Brody / The Associated Press"; `wire` tells a wire agency's name (and gives its canonical form).
 * Never the names themselves ("Reuters" alone is a wire's byline, read elsewhere).
 */
export function wireAfterNames(byline: string, wire: (name: string) => string | null): string | null {
  if (byline.length > 120) return null;
  const m = /^(.{3,80}?)(?:,\s?|\s[-–—/|]\s?|\s(?:for|of|with)\s)((?:[Tt]he\s)?[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3})\.?$/u.exec(byline.trim());
  if (!m?.[1] || !m[2] || !/[\p{L}]{2}/u.test(m[1])) return null;
  return wire(m[2].replace(/^[Tt]he\s/, "")) ?? wire(m[2]);
}

/** A person's name: two to four capitalised words ("Aigerim Toktosunova", "Mette Kjærgaard", "Lê Hoàng Nam"). */
const PERSON = /^\p{Lu}[\p{Ll}'’.-]*(?:-\p{Lu}[\p{Ll}'’.-]*)?(?:\s(?:(?:van|von|de|da|del|bin|al)\s)?\p{Lu}[\p{Ll}'’.-]*(?:-\p{Lu}[\p{Ll}'’.-]*)?){1,3}$/u;
/** A header line's parts: between bars, middle dots, bullets and commas. */
const PART_BREAK = /\s?[|·•]\s?|,\s/u;

/**
 * A writer named as one part of a header line that holds other parts (a place, a date, the outlet, a domain, a
 * reading time): "Bishkek, 03/12/26 14:20, 24.kg news agency, by Aigerim Toktosunova", "December 3rd, 2026 11:30 am|
 * by Mette Kjærgaard", "www.example.com · by Emanuel Fabian · 3 min". Only a part that opens with "by" / "bởi" and
 * holds a person's name alone; the first such line among `lines`.
 */
export function bylineAmongParts(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 30)) {
    if (line.length > 160 || !/\b(?:by|bởi)\s/iu.test(line)) continue;
    const parts = line.split(PART_BREAK).map((p) => p.trim()).filter((p) => p.length > 0);
    if (parts.length < 2) continue;
    for (const part of parts.slice(1)) {
      const name = /^(?:[Bb]y|[Bb]ởi)\s(.{4,60})$/u.exec(part)?.[1]?.trim();
      if (name && PERSON.test(name)) return name;
    }
  }
  return null;
}

/**
 * The wire a header line credits before its writer, parted by a bar or a dot: "Associated Press | By Daniel Harlow",
 * "Reuters · By Ana Lee" (a republisher's credit line); `wire` tells a wire agency's name. Only a first part that is a
 * wire's name alone, with a later part that opens with "by" and holds a person's name; the first such line.
 */
export function wireBeforeByline(lines: readonly string[], wire: (name: string) => string | null): string | null {
  for (const line of lines.slice(0, 30)) {
    if (line.length > 120 || !/[|·•]/u.test(line)) continue;
    const parts = line.split(/\s?[|·•]\s?/u).map((p) => p.trim());
    const first = parts[0] ?? "";
    if (first.length < 2 || first.length > 40) continue;
    const named = parts.slice(1).some((part) => PERSON.test(/^(?:[Bb]y|[Bb]ởi)\s(.{4,60})$/u.exec(part)?.[1]?.trim() ?? ""));
    if (named) return wire(first);
  }
  return null;
}

/** A stamp a byline element runs into when copied: "Today", "Updated 10:05 p.m.", "Published …", "Cập nhật …". */
const STAMP_AFTER_NAMES = /\s(?:Today|Yesterday|Updated|Published|Posted|Last updated|Cập nhật|Hôm nay|Hôm qua)(?:\s.{0,60})?$/u;
/** A labelled byline's names without the stamp copied after them: "Kyodo News Today Updated 10:05 p.m." → "Kyodo News". */
export function bylineBeforeStamp(byline: string): string {
  const cut = byline.replace(STAMP_AFTER_NAMES, "").trim();
  return cut.length >= 3 ? cut : byline;
}

/**
 * Is this byline the outlet's own name with an edition after it ("Premium Times Nigeria", "Daily Mirror Online" on
 * the paper's own page), no one's name? One or two words after the outlet's name, none of them the outlet's again.
 */
export function outletAsByline(author: string, outlet: string): boolean {
  const a = folded(author);
  const o = folded(outlet);
  if (o.length < 4 || !a.startsWith(`${o} `)) return false;
  const rest = a.slice(o.length + 1);
  // the outlet's staff is a byline ("Naval News Staff", "Times of Malta Reporters", "Báo X Phóng viên")
  if (STAFF_WORDS.test(rest)) return false;
  return rest.split(" ").length <= 2;
}
/** A newsroom's collective byline, folded: a name, then "Staff", "Desk", "Team", "Reporters" ("scroll staff"). */
const COLLECTIVE_BYLINE = /^\S.{0,40} (?:staff(?: writers?| reporters?)?|news desk|desk|team|reporters|correspondents|newsroom)$/;
/** What a newsroom's collective byline ends with, folded: "Staff", "Desk", "Team", "Reporters", "Phóng viên", "Nhóm PV". */
const STAFF_WORDS = /^(?:staff(?: writers?| reporters?)?|(?:news )?desk|(?:news |editorial )?team|reporters?|correspondents?|editors?|editorial(?: board)?|newsroom|writers?|phong vien|nhom (?:pv|phong vien)|ban (?:bien tap|thoi su|quoc te))$/;

/**
 * The wire a byline or source element credits beside a name, a desk or a place: "Sofia Ricci with AP", "Le Monde
 * with AFP", "AFP, SEOUL", "BNS/TBT Staff, VILNIUS", "HT/dpa". `wire` tells a wire agency's name (and gives its
 * canonical form); a name that is no wire's gives nothing.
 */
export function wireInCredit(credit: string, wire: (name: string) => string | null): string | null {
  const text = unglueWire(credit.trim(), wire);
  if (text.length > 60 || /^(?:source|sources|nguồn|theo|credit)\s*:/iu.test(text)) return null; // a source line, read as such elsewhere
  const candidates = [
    /\s(?:with|avec|và|cùng)\s([\p{L}-]{2,20})$/iu.exec(text)?.[1], // "Sofia Ricci with AP"
    /^([\p{L}-]{2,20})\s?(?:\/|,\s|\s[-–—]\s)/u.exec(text)?.[1], // "AFP, SEOUL", "BNS/TBT Staff"
    /(?:\s?\/\s?|,\s)([\p{L}-]{2,20})$/u.exec(text)?.[1], // "HT/dpa"
    /,\s((?:The\s)?[\p{Lu}][\p{L}-]{1,20}(?:\s[\p{Lu}][\p{L}-]{1,20}){1,2})$/u.exec(text)?.[1], // "Jae-won Choi, Associated Press": a wire of two or three words after the names
    /\s\((?:theo|nguồn|source|via)\s?:?\s([\p{L}-]{2,20})\)$/iu.exec(text)?.[1], // "Hải Yến (Theo TTXVN)": the writer of a relay and the wire
    /^[\p{Lu}][\p{Lu} .'’-]{1,30}\s\(([\p{L}-]{2,20})\)$/u.exec(text)?.[1], // "SEOUL (AP)": the wire's dateline set as the byline, the place in capitals
    nameThenWire(text, wire), // "Daniel Moreau Associated Press": the name and the wire on two lines of the byline's box
  ];
  // several wires ("Reuters, TASS") are a source line's list, read as such elsewhere
  const found = new Set(candidates.map((c) => (c ? wire(c) : null)).filter((w): w is string => w !== null));
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * The wire's name of two or three words after a writer's name with no comma between them, as a byline's box sets them
 * on two lines ("Daniel Moreau" / "Associated Press"): the wire's words, when the rest is a name of two to four
 * capitalised words; else undefined. The longest name a wire answers to first: "Callum Reid Australian Associated
 * Press" credits AAP, never AP.
 */
function nameThenWire(text: string, wire: (name: string) => string | null): string | undefined {
  const words = text.split(" ");
  if (words.length < 4 || words.length > 7) return undefined;
  for (const n of [3, 2]) {
    const name = words.slice(0, -n);
    if (name.length >= 2 && name.length <= 4 && name.every((w) => /^[\p{Lu}][\p{L}'’.-]+$/u.test(w))) {
      const named = words.slice(-n).join(" ");
      if (/^(?:The\s)?[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+){1,2}$/u.test(named) && wire(named)) return named;
    }
  }
  return undefined;
}

/**
 * A writer's name run into a wire's full name, as a saved page's byline of two spans reads when its text is copied
 * without a space ("Callum ReidAustralian Associated Press"): a space put back where a small letter meets the capital
 * that opens a wire's name of two words or more; the text as it is when no wire's full name ends it.
 */
function unglueWire(text: string, wire: (name: string) => string | null): string {
  if (text.length > 80) return text;
  for (const m of text.matchAll(/[\p{Ll}](?=[\p{Lu}])/gu)) {
    const tail = text.slice(m.index + 1);
    if (/^[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+){1,3}$/u.test(tail) && wire(tail)) return `${text.slice(0, m.index + 1)} ${tail}`;
  }
  return text;
}

/** A desk's initials after a wire's name in a source credit ("Reuters/fg", "AFP/ab"): the wire alone. */
export function withoutDeskInitials(agency: string, wire: (name: string) => string | null): string {
  const m = /^([\p{L} .-]{2,30}?)\s?\/\s?[\p{Ll}]{1,4}$/u.exec(agency);
  return m?.[1] && wire(m[1]) ? (wire(m[1]) as string) : agency;
}

/** A desk's initials and a wire as the byline ("HT/dpa", "TBT/BNS"): the wire, and no one's name; else null. */
export function deskSlashWire(byline: string, wire: (name: string) => string | null): string | null {
  const m = /^[\p{Lu}]{1,5}\s?\/\s?([\p{L}-]{2,20})$/u.exec(byline.trim());
  return m?.[1] ? wire(m[1]) : null;
}

/** A body's name after the byline's names and a comma: ", Associated Press". */
const AFFILIATION_AFTER_NAMES = /^,\s?(\p{Lu}[\p{L}&.'’ -]{1,40})$/u;
/** What a byline prints between two of its names: a comma, "and" (after a serial comma or not), "&", "và", a dash. */
const NAME_JOINER = /^(?:\s?,\s?(?:and\s|và\s)?|\s(?:and|và|&|[-–])\s)$/u;
/** The place a writer filed from after the name ("Hanna Kim in Seoul"): capitalised words after "in", at most three. */
const FILED_FROM = /^\sin\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}/u;

/**
 * The names of a list (JSON-LD's authors, "A, B") joined as a printed byline joins them ("By A and B", "A in Seoul
 * and B in Berlin", "A, B, and C", "A và B"): the byline's own joiners between the names, the places they filed from
 * aside, and after them the wire or the paper `affiliation` knows ("By A and B, Associated Press"). Null when the byline
 * prints other names, or other words between them, or not all of them.
 */
export function namesAsPrinted(byline: string, names: readonly string[], affiliation: (name: string) => boolean = () => false): string | null {
  if (names.length < 2 || byline.length > 200) return null;
  const text = byline.replace(/^(?:by|bởi)\s+/iu, "");
  const found = names.map((name) => ({ name, at: text.indexOf(name) })).sort((a, b) => a.at - b.at);
  if (found.some((f) => f.at < 0) || (found[0]?.at ?? -1) !== 0) return null;
  let printed = "";
  let at = 0;
  for (const [k, { name, at: start }] of found.entries()) {
    if (start < at) return null; // (one name inside another)
    if (k > 0) {
      const between = text.slice(at, start);
      const joiner = between.replace(FILED_FROM, "");
      if (!NAME_JOINER.test(joiner)) return null;
      const afterComma = joiner.includes(",") ? joiner.replace(/^\s?,/, "").trim() : null;
      printed += afterComma === null ? joiner : afterComma ? `, ${afterComma} ` : ", ";
    }
    printed += name;
    at = start + name.length;
  }
  const rest = text.slice(at).replace(FILED_FROM, "");
  // the wire or the paper the writers work for after a comma ("By A and B, Associated Press"), when `affiliation`
  // knows it as one: no name of the byline
  const after = AFFILIATION_AFTER_NAMES.exec(rest.trim())?.[1];
  return rest.trim() === "" || (after !== undefined && affiliation(after.trim())) ? printed : null;
}

/** The words before a newsroom post in a writer's note ("senior defense", "contributing", "associate"). */
const POST_QUALIFIER = String.raw`(?:(?:senior|associate|deputy|assistant|contributing|managing|executive|staff|chief|political|defen[cs]e|foreign|news|features?|opinion|business|digital|science|politics|economics|national|international|investigative|data|video|sports?)\s){0,3}`;
/**
 * A writer's note under an English text naming a post in a newsroom: "Thomas Reyes is an associate editor at Reason.",
 * "Maria is senior defense editor of Aviation Week, based in Washington.", "Tobias Wren is a contributing writer at The
 * New Republic and a former correspondent in Seoul." An analyst's post is a newsroom's only as a contributor's (an
 * analyst at a bank or a consultancy is not), and a fellowship is an institute's, not a publication's.
 */
const STAFF_POST_EN = new RegExp(
  String.raw`^(The author|[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3})\sis\s(?:(?:an?|the)\s)?(?:${POST_QUALIFIER}(?:editor|writer|reporter|correspondent|columnist)|contributing\sanalyst)\s(?:at|of|for|with)\s(${NAME_RUN})(?=[.,;]|\s(?:and|where|who|based|covering|focusing|focused|since)\b|$)`,
  "u",
);
/**
 * Its Vietnamese form, which names the paper with its kind: "Minh Châu là phóng viên thường trú của Báo Tuổi Trẻ tại
 * Tokyo.", "Tác giả là biên tập viên Tạp chí Tia Sáng."
 */
const STAFF_POST_VI = new RegExp(
  String.raw`^(Tác giả|[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*){0,4})\s(?:hiện\s)?là\s(?:phóng viên|biên tập viên|cộng tác viên|bình luận viên|nhà báo)(?:\s(?:thường trú|chính trị|quốc tế|kinh tế|cao cấp|lâu năm)){0,2}(?:\scủa)?\s((?:Báo|Tạp chí|Đài|Kênh)\s[\p{Lu}][\p{L}.-]*(?:\s(?:và|&|[\p{Lu}\d][\p{L}\d.-]*)){0,6})`,
  "u",
);

/**
 * The newsroom a page's own writer holds a post in, as the note under the text says ("Thomas Reyes is an associate
 * editor at Reason."), or null: read only on a note among the page's last 40 lines whose subject is the byline's writer
 * (the full name, the first or the last name alone, "The author", "Tác giả"), so that a note on a quoted or a guest
 * writer elsewhere names nothing; `isWire` tells a wire's name, which a note may give as a writer's employer on a
 * page that carries its copy and is then no outlet.
 */
export function writersOwnPost(text: string, author: string, isWire: (name: string) => boolean = () => false): string | null {
  const writer = folded(author);
  const names = new Set([writer, writer.split(" ")[0], writer.split(" ").at(-1)]);
  for (const line of pageLines(text).slice(-40)) {
    if (line.length > 300 || !/\s(?:is|là)\s/u.test(line)) continue;
    const m = STAFF_POST_EN.exec(line) ?? STAFF_POST_VI.exec(line);
    const subject = m?.[1] ? folded(m[1]) : null;
    if (!m || subject === null) continue;
    if (subject !== "author" && subject !== "tac gia" && !names.has(subject)) continue;
    const name = (m[2] ?? "").replace(/(?<=[\p{Ll}]{2})\.$/u, "").replace(/\s(?:of|and|the|for|và|&)$/u, "").trim();
    if (name.length >= 3 && !isWire(name)) return name;
  }
  return null;
}

/** An e-mail address on a line: its domain in the group. */
const MAIL_ADDRESS = /\b[\w.+-]{1,64}@((?:[\w-]{1,63}\.){1,4}[a-z]{2,12})\b/iu;
/**
 * A prompt that asks readers to write to the page itself, in the first person or as its desk: "Get in touch with our
 * news team by emailing us at webnews@metro.co.uk.", "Send a short pitch to commentaries@rusi.org and we’ll get back
 * to you", "Mời bạn đọc gửi bài cộng tác về địa chỉ: bbt@nhipcauthegioi.hu", "Mọi ý kiến xin gửi về tòa soạn qua
 * email …".
 */
const WRITE_TO_US_EN = new RegExp(String.raw`\b${caseless("(?:e-?mail(?:ing)?|write to|contact|reach|send|tips?)")}\b.{0,120}?\b(?:us|our|we|we['’]ll)\b|\b(?:us|our|we|we['’]ll)\b.{0,120}?\b${caseless("(?:e-?mail(?:ing)?|write to|contact|reach|send)")}\b`, "u");
const WRITE_TO_US_VI = new RegExp(String.raw`${caseless("(?:(?:mời|rất mong)(?: quý)? (?:bạn đọc|độc giả)|gửi (?:bài|tin|thông tin|ý kiến|phản ánh|bài viết|tin bài)|liên hệ (?:với )?(?:tòa soạn|ban biên tập|chúng tôi)|(?:về|tới|đến|cho) (?:tòa soạn|ban biên tập|chúng tôi))")}`, "u");

/**
 * The domain of the address a prompt among the page's last 40 lines asks readers to write to (a mail service's
 * address aside), or null: the page's own domain, as a rights line's would be. A writer's or a source's address under
 * the text ("Contact the author at …", "jane@reuters.com") speaks for no one in the first person and names nothing.
 */
export function writeToUsHost(text: string, isMailService: (host: string) => boolean): string | null {
  for (const line of pageLines(text).slice(-40)) {
    if (line.length > 300 || !line.includes("@")) continue;
    const host = MAIL_ADDRESS.exec(line)?.[1]?.toLowerCase();
    if (host === undefined || isMailService(host)) continue;
    const prompt = line.replace(MAIL_ADDRESS, " ");
    if (WRITE_TO_US_EN.test(prompt) || WRITE_TO_US_VI.test(prompt)) return host;
  }
  return null;
}

/**
 * The name the page prints for a host of its own (an address it asks readers to write to): a name whose letters spell
 * the domain's label (nameSpellingLabel), that name with its online edition's word after it ("Nhịp Cầu Thế Giới Online"
 * of nhipcauthegioi.hu), the label's letters printed as initials in capitals ("RUSI" of rusi.org), the label's one word
 * as a name ("metro.co.uk" → "Metro"); else the host as printed.
 */
export function nameOfOwnHost(host: string, text: string, isWire: (name: string) => boolean): string {
  const label = host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, "").split(".")[0] ?? "";
  if (/^[a-z]{8,40}$/.test(label)) {
    for (const line of headAndFoot(text, 160)) {
      for (const part of line.split(NAME_PARTS_BREAK)) {
        const edition = /(?:^|\s)([\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*){1,6}\sOnline)$/u.exec(part.trim())?.[1];
        if (edition !== undefined && squeezed(edition.replace(/\sOnline$/u, "")) === label) return edition;
      }
    }
  }
  const spelled = nameSpellingLabel(text, host, isWire);
  if (spelled !== null) return spelled;
  if (/^[a-z]{3,6}$/.test(label) && new RegExp(String.raw`(?<![\p{L}\d])${label.toUpperCase()}(?![\p{L}\d])`, "u").test(text)) return label.toUpperCase();
  return wordOfDomain(host, text) ?? host;
}

/** A name's key for spellings that differ only by "&" for "và" / "and" ("Thế giới & Việt Nam", "Thế giới và Việt Nam"). */
const ampersandKey = (name: string): string => name.replace(/\s(?:&|và|and)\s/giu, " ").toLocaleLowerCase("vi");

/**
 * The outlet as the page's own rights line writes it, when that is the same name spelt with "và" or "and" for "&" or
 * the other way round: "Báo Thế giới & Việt Nam" (the lexicon's) as "© Bản quyền thuộc về Báo Thế giới và Việt Nam".
 * Null when the page's rights line (among its last 25 lines) names it as read, names another (the name with its kind
 * before it, "Báo X" for the masthead "X", is another: the masthead stays), or there is none.
 */
export function asTheRightsLineWritesIt(outlet: string, text: string): string | null {
  const key = ampersandKey(outlet);
  if (key.length < 3) return null;
  const owners: string[] = [];
  for (const raw of pageLines(text).slice(-25)) {
    // ("Bản quyền thuộc X", without "về", opens a rights line as much)
    const line = raw.length <= 300 ? raw.replace(/^((?:©\s?)?bản quyền) thuộc(?! về)/iu, "$1") : "";
    const opening = RIGHTS_OPENING.exec(line)?.[0];
    if (!opening?.trim()) continue;
    const owner = line.slice(opening.length).split(NAME_PARTS_BREAK)[0]?.replace(/[.,;]$/, "").trim() ?? "";
    if (owner.length >= 3 && owner.length <= 60) owners.push(owner);
  }
  // (the same letters, marks and "The" included: only the conjunction differs)
  return owners.find((n) => n.toLocaleLowerCase("vi") !== outlet.toLocaleLowerCase("vi") && ampersandKey(n) === key && /[\p{Ll}]/u.test(n)) ?? null;
}

/** What may open a name in a line's part, and is no part of it: a credit's "Theo", "Source:", a paper's kind, "The". */
const SISTER_PART_OPENING = /^(?:theo|nguồn|source|from|báo|tạp chí|the)\s/iu;

/**
 * The publication on a label of its own under its parent's domain ("antg.cand.com.vn", "cstc.cand.com.vn"), which the
 * lexicon knows only by the parent's ("cand.com.vn", Công an nhân dân): the name of three words or more the page prints
 * whose initials are that label, as its masthead ("AN NINH THẾ GIỚI"), its foot ("Báo An ninh Thế giới - Cơ quan của Bộ
 * Công an"), its rights line or a relay's credit ("Theo Cảnh sát toàn cầu") prints it, the first in the page. Null
 * when the lexicon knows the host itself, the host has no label before its parent's, or no name spells the label so:
 * a section's label ("thethao.tuoitre.vn", "kinhdoanh.vnexpress.net") is a word, never initials, and leaves the parent
 * the outlet.
 */
export function sisterPublication(host: string, text: string): string | null {
  const labels = host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, "").split(".");
  const label = labels[0] ?? "";
  if (labels.length < 3 || !/^[a-z]{3,6}$/.test(label) || lookupOutlet(labels.join(".")) !== null) return null;
  for (const line of headAndFoot(text, 200)) {
    for (const part of [line, ...line.split(NAME_PARTS_BREAK)]) {
      const name = part.trim().replace(RIGHTS_OPENING, "").replace(SISTER_PART_OPENING, "").replace(/[.,;:]$/u, "");
      // (a name as printed: capitalised, no comma nor other mark of a sentence inside it)
      if (name.length > 60 || !/^[\p{Lu}][\p{L}\d&.'’ -]*$/u.test(name)) continue;
      const words = foldForMatch(name).split(" ");
      if (words.length >= 3 && words.length <= 8 && words.map((w) => w.charAt(0)).join("") === label) return name;
    }
  }
  return null;
}
