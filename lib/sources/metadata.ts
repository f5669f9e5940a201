// Article metadata: title, dateline, wire agency, outlet, byline and language, read from header and footer lines.
// (a pattern inside a function writes a property escape in brackets, [\p{Lu}]: regex-literals.test.ts says why)
import { relayedCredit, relayedSourceName, type RelayedCredit } from "./relayed-source";
import { joinWrappedHeadlines } from "./headline-lines";
import { joinTagLists } from "./tag-lists";
import { labelledDateAtFoot } from "./foot-dates";
import { bylineAmongParts, bylineBeforeStamp, wireBeforeByline, deskSlashWire, outletClue, outletAsByline, outletFromSelfMentions, nameSpellingLabel, placeBodyInRunningCase, publishedBelowLabel, readableCase, wireAfterNames, withoutDeskInitials, withoutLanguageLink, writersOwnPost, writeToUsHost, nameOfOwnHost, asTheRightsLineWritesIt, sisterPublication } from "./outlet-clues";
import { outletOfPlatformPost } from "./platform-outlet";
import { BARE_PICTURE_SOURCE, isFurnitureLine, isKeyPointsLabel, isListItem, isNextStoryMarker, isQuestionHead, isTableRow, isTagRow, isTailMarker, stripInline } from "./clean";
import { dateInAddress, datelineDate, datelineDay, findDate, monthFirst, monthFirstByAddress, parseDate, type DatePrecision, type ParsedDate } from "./dates";
import { agencyBracketDateline, HOST_PART_FIRST, WRITER_LABEL_OPEN, readerHostSite, headlineUnderPlayer, outletAndWire, AI_SUMMARY, appBylineSource, siteBeforeWriter, bylineWithLabel, headlineShaped, bannerAboveMenus, tickerAboveHeader, leadWriter, DESK_AND_WIRE, GALLERY_COUNT, classifyHeader, isCreditOnly, isFirstPublishedLine, classifyLine, isCaptionLine, withoutBylineTail, domainSpells, leadAt, forcedLineInfo, hostOf, RUNNING_HEADER, isLead, isSection, isUpdateLine, leadCredit, looseDateLine, outletFromAddress, outletFromHost, readByline, readDateLine, lookupOutlet, viaSource, type LineInfo, type LineRole, BARE_WIRE } from "./layout-model";
import { isSummaryBoxSentence } from "./fact-check-notices";
import { isAggregator } from "./relay-post";
import { sourceOfAppView } from "./app-view-source";
import { wordOfDomain } from "./domain-name";
import { agencyOfHost, agencySite, isOriginalLinkLine, isRelayedOriginal, lineHolding, siteLabel } from "./relay-original";
import { foldForMatch, tidyLine, VIETNAMESE_LETTER } from "./normalize";
import { caseless } from "./caseless";
import { commentThreadAt, isForumReply, isPlayerLabel, isWallNote } from "./page-tail";
import { crewWriter, isCrewLine } from "./crew-credits";
import { isClipEntry, isEpisodeEntry } from "./player-notices";
import { isSiteFooterLink } from "./trade-notices";
import { bodyWarningCodes } from "./warnings";
import { withoutCredentials } from "@/lib/http/web-address";
import { INFORMATION_FROM_WIRE, ORIGINAL_WITH_SOURCE, RELAYED_BROADCASTER, relayedName, SLASH_CREDIT, bracketSignOff, bylineBeforeDate, CITY_FIRST_WORD, creditBeforeUpdate, isAddressLine, NAMED_NOTED_SOURCE, posterAfterDate, mastheadByForm, siteNameLine, feedSectionName, sourceBeforeStamp, sourceWithAge, withoutDegree, writerAfterStamp } from "./layout-model";
import { hasPieces, memoByLine } from "./line-speed";

/** Canonical wire agencies and the spellings met in captures (English and Vietnamese). */
const AGENCIES: Record<string, string[]> = {
  Reuters: ["reuters", "hang tin reuters", "hang tin anh reuters"],
  AP: ["ap", "associated press", "the associated press", "ap news", "hang tin ap"],
  AFP: ["afp", "agence france presse", "hang tin phap afp", "hang tin afp"],
  KCNA: ["kcna", "korean central news agency", "thong tan xa trung uong trieu tien"],
  Yonhap: ["yonhap", "yonhap news agency", "thong tan xa yonhap", "연합뉴스"],
  Newsis: ["newsis", "뉴시스"],
  News1: ["news1", "news 1", "뉴스1"],
  TASS: ["tass", "hang tin tass", "hang thong tan tass"],
  Kyodo: ["kyodo", "kyodo news"],
  Xinhua: ["xinhua", "tan hoa xa"],
  Interfax: ["interfax"],
  "RIA Novosti": ["ria novosti", "ria"],
  Sputnik: ["sputnik"],
  UPI: ["upi", "united press international"],
  dpa: ["dpa", "deutsche presse agentur"],
  EFE: ["efe"],
  ANSA: ["ansa"],
  Bernama: ["bernama"],
  Anadolu: ["anadolu", "anadolu agency", "anadolu ajansı", "anadolu ajansi", "aa"],
  ANTARA: ["antara"],
  "Jiji Press": ["jiji", "jiji press"],
  PTI: ["pti", "press trust of india"],
  // India's other national agencies, each with its own English service: "Seoul, Dec 3 (IANS)", "New Delhi [India], Dec 3 (ANI):"
  IANS: ["ians", "indo asian news service"],
  ANI: ["ani", "asian news international"],
  TTXVN: ["ttxvn", "thong tan xa viet nam", "vna"],
  Bloomberg: ["bloomberg"],
  // national agencies of the region, credited and met as pages of their own
  Montsame: ["montsame", "montsame news agency"],
  Kazinform: ["kazinform"],
  PNA: ["pna", "philippine news agency"],
  // and of South Asia, Iran and the Gulf ("APP" alone is a phone's "App" link too: the full name only)
  APP: ["associated press of pakistan"],
  BSS: ["bss", "bangladesh sangbad sangstha"],
  UNB: ["unb", "united news of bangladesh"],
  // Azerbaijan's agency, run by Baku's English papers ("By Trend", "BAKU, Azerbaijan, December 3. /Trend/")
  Trend: ["trend", "trend news agency"],
  // the state agencies of Belarus, Armenia, Azerbaijan and Uzbekistan, in their English editions ("MINSK, 30 April
  // (BelTA) - ", "YEREVAN, DECEMBER 3, ARMENPRESS.")
  BelTA: ["belta", "belarusian telegraph agency"],
  Armenpress: ["armenpress"],
  AZERTAC: ["azertac", "azerbaijan state news agency"],
  UzA: ["uza", "national news agency of uzbekistan"],
  IRNA: ["irna", "islamic republic news agency"],
  WAM: ["wam", "emirates news agency"],
  QNA: ["qna", "qatar news agency"],
  KPL: ["kpl", "lao news agency"],
  AKP: ["akp", "agence kampuchea presse"],
  Lusa: ["lusa"],
  // national agencies of Europe and Oceania, credited on English pages
  "Keystone-SDA": ["keystone sda", "keystone ats", "sda", "swiss news agency"],
  AAP: ["aap", "australian associated press"],
  ANP: ["anp"],
  PA: ["pa", "pa media", "press association"],
  STT: ["stt", "stt info"],
  BNS: ["bns", "baltic news service"],
  LETA: ["leta"],
  ELTA: ["elta"],
  "ČTK": ["ctk", "czech news agency"],
  PAP: ["pap", "polish press agency"],
  MTI: ["mti"],
  Belga: ["belga"],
  NTB: ["ntb"],
  Ritzau: ["ritzau"],
  BTA: ["bta", "bulgarian news agency"],
  Agerpres: ["agerpres"],
  // Sweden's, Slovakia's and Ukraine's ("TT" under a Radio Sweden story, "TASR" as the Slovak Spectator's author,
  // "Source: Ukrinform" under a Kyiv site's copy)
  TT: ["tt", "tt nyhetsbyran", "tt news agency"],
  TASR: ["tasr", "news agency of the slovak republic"],
  Ukrinform: ["ukrinform"],
  // national agencies of the Americas and the rest of Europe, credited on their partners' pages ("Jordan Mills" / "The
  // Canadian Press" under a TV network's headline)
  "The Canadian Press": ["the canadian press", "canadian press"],
  "Agência Brasil": ["agencia brasil"],
  Télam: ["telam"],
  Notimex: ["notimex"],
  "Prensa Latina": ["prensa latina"],
  "Europa Press": ["europa press"],
  APA: ["apa", "austria presse agentur"],
  // Germany's church agencies, credited with the wires on DW's copy ("(KNA, epd)")
  KNA: ["kna", "katholische nachrichten agentur"],
  epd: ["epd", "evangelischer pressedienst"],
};
/** Publications credited as the origin of a translated story ("New York Times", "(Theo Asia Times)"). */
const PUBLICATIONS: Record<string, string[]> = {
  "New York Times": ["new york times", "the new york times", "nyt"],
  "Asia Times": ["asia times"],
  "Washington Post": ["washington post", "the washington post"],
  "The Guardian": ["the guardian", "guardian"],
  "Financial Times": ["financial times"],
  "Wall Street Journal": ["wall street journal", "the wall street journal", "wsj"],
  "NK News": ["nk news"],
  "The Diplomat": ["the diplomat"],
  CNN: ["cnn"],
  NHK: ["nhk"],
};
const lookup = new Map<string, string>();
for (const table of [PUBLICATIONS, AGENCIES]) {
  // (an alias in Hangul is kept as folding writes it: its syllables' letters apart)
  for (const [name, aliases] of Object.entries(table)) for (const a of aliases) lookup.set(foldForMatch(a), name);
}

const wireAgencies = new Set(Object.keys(AGENCIES));
/** Is a canonical name (lookupAgency's) a wire agency rather than a publication? */
function isWire(name: string | null): boolean {
  return name !== null && wireAgencies.has(name);
}

/** Is a canonical name (lookupAgency's) a wire agency, not a publication credited as a story's origin? */
export const isWireAgency = (name: string): boolean => isWire(name);
/** A wire agency's canonical name for a name as written, or null (a publication credited as a source is none). */
const wireName = (name: string): string | null => {
  const found = lookupAgency(name);
  return found !== null && isWire(found) ? found : null;
};

/**
 * Initials that name a wire only between brackets, as a dateline or a sign-off prints them ("ISLAMABAD, Dec 3 (APP):",
 * "(APP)" under the text): alone on a line, "APP" is a phone's "App" link.
 */
const BRACKETED_ONLY = new Map([["APP", "APP"]]);
/** The wire a name between brackets credits ("(Reuters)", "(APP)"): lookupAgency's, or initials only brackets make a wire's. */
export const bracketedAgency = (name: string): string | null => lookupAgency(name) ?? BRACKETED_ONLY.get(name.trim()) ?? null;

/** A site's tagline after its name and a dash: "— news from Türkiye and the world", "- your window on the region". */
const SITE_TAGLINE = /\s[—–-]\s(?:news|your|the latest|latest|breaking|independent|voice|window)\b(?:\s\S+){1,8}$/u;
/** A date line labelled as the publication's: "Publish Date :", "Published:", "Posted on", "Date published:". */
const PUBLICATION_LABEL = /^(?:publish(?:ed)?(?: date| on| at)?|posted(?: on| at)?|date published|publication date)\s?:?\s/i;

/** Canonical agency or credited publication for a name as written, or null. */
export function lookupAgency(name: string): string | null {
  const f = foldForMatch(stripInline(name));
  // "ANTARA News", "Bernama News Agency": the agency's name with its kind after it
  return lookup.get(f) ?? lookup.get(f.replace(/ (?:news agency|news|agency|press agency)$/, "")) ?? null;
}

export interface ArticleMetadata {
  title: string | null;
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
  agency: string | null;
  outlet: string | null;
  author: string | null;
  /** The article's original address (a "Nguồn:"/"Source:"/"Link:" line or a lone URL line). */
  url: string | null;
  warnings: string[];
  /** The article text with header and footer metadata lines removed (blank lines before the body kept). */
  body: string;
  /** The header lines (up to the lead) and the footer lines read as metadata, each with the role it was given. */
  lines?: { text: string; role: LineRole; region: "header" | "footer" }[];
  /** Footer lines an editor (or a profile) marked as photo captions, in text order: out of the body, kept as captions. */
  captions?: string[];
}
export interface MetadataOptions {
  /** Look for a headline among the first lines (single articles; dossier articles get theirs from the split). */
  findTitle?: boolean;
  /** Roles given to lines by an editor or an outlet profile (line-roles.ts): they win over the layout model's. */
  roleFor?: (plain: string) => LineRole | undefined;
}

const CAPTURE = /^capture à partir de\s*:?\s*(.*)$/i;
/** "Site: VnExpress": the site a saved page names (its og:site_name), written by htmlToImportText. */
const SITE_LABEL = /^site\s*:\s*(.{2,80})$/i;
const RELATED_PRESS = /^báo chí liên quan\s*[–—-]\s*(.+)$/i;
/**
 * The desk's compiler named over a digest or a timeline: "Tổng hợp: Lâm Hoàng", "Biên soạn: Minh Anh", "Compiled by Jane
 * Doe" (a name: "Tổng hợp: những điểm chính" is a sub-heading).
 */
const COMPILER_LABEL = /^(?:(?:[Tt]ổng hợp|TỔNG HỢP|[Bb]iên soạn|BIÊN SOẠN)\s?:|[Cc]ompiled by:?)\s?(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4})$/u;
/**
 * A labelled byline's wire after a bar, "Minh Khoa | Nguồn: Reuters | 03/11/2026 15:00", "Jane Doe | Source: AFP": the
 * names before it and the wire (a source that is no wire, "Nguồn: Bộ Ngoại giao", is left to the byline's readers).
 */
const BYLINE_SOURCE = /^(\S.{1,60}?)\s[|•·]\s(?:nguồn|source)\s?:\s?([^|•·]{2,40}?)(?:\s[|•·]\s.{0,60})?$/iu;
function bylineWithSource(who: string): { names: string; wire: string } | null {
  const m = who.length <= 160 ? BYLINE_SOURCE.exec(who) : null;
  const wire = m?.[2] ? lookupAgency(m[2].trim()) : null;
  return m?.[1] && wire && isWire(wire) ? { names: m[1].trim(), wire } : null;
}
const AUTHOR_LABEL = /^(?:(?:tác giả|người viết|bài(?: viết| và ảnh)?|author|auteur|writer|reporter|phóng viên|thực hiện|written by|reported by|by)\s*:|(?:by|par|written by|reported by)\s)\s*(.+)$/i;
/** A CMS's account named as the author ("admin", "webmaster", "editor01", "quản trị viên", "BBT"): no writer. */
const CMS_ACCOUNT = /^(?:admin|administrator|webmaster|webadmin|editor|user|root|author|quản trị(?: viên)?|qtv|bbt|ban biên tập)[\d_-]{0,4}$/iu;
/** The kind of title an outlet's name opens with, folded: "tap chi " (Tạp chí Hồn Việt), "bao " (Báo Giác Ngộ), "the ". */
const OUTLET_KIND = /^(?:bao dien tu |bao |tap chi |tuan bao |nhat bao |the )/;
/**
 * The desk as a whole ("Tòa soạn", "Editorial Board", "The editors", "Staff"): no writer. An opinion page's board or
 * letters desk with the paper's name before it or not ("Baltimore Sun Editorial Board", "The Times Editorial Board",
 * "Opinion staff", "Letters to the editor", "Ban Biên tập báo X") signs unsigned editorials and letters pages; a news
 * desk ("Naharnet Newsdesk", "Web Desk", South Asian papers' "Monitoring Desk", "Sentinel Digital Desk", "Sun Online
 * Desk", "International Desk"), the papers' unnamed writers ("Our Correspondent", "Staff Reporter") and the line
 * Nigerian papers print over wire copy they do not name ("Agency Report") sign the rest.
 */
const WHOLE_DESK =
  /^(?:tòa soạn|the editors|editors|staff|agency reports?|our (?:own )?(?:correspondents?|reporters?)|staff (?:reporters?|correspondents?)|(?:the\s)?(?:[\p{L}\d][\p{L}\d.'’&-]*\s){0,4}(?:editorial (?:board|staff|team|writers)|opinion (?:staff|desk|editors)|newsdesk|desk)|letters to the editor|letters editor|(?:ban biên tập|hội đồng biên tập)(?:\s(?:báo|tạp chí)\s[\p{L}\d ]{1,40})?)$/iu;

/**
 * An author field that names no writer: a CMS's account or the desk as a whole. The one check the text's author
 * lines, the final author and a saved page's JSON-LD author all ask (a saved page also refuses a bare login).
 */
export function namesNoWriter(name: string): boolean {
  const trimmed = name.trim();
  return CMS_ACCOUNT.test(trimmed) || WHOLE_DESK.test(trimmed) || OFFICE_UNIT.test(trimmed);
}
/**
 * An office of the body that runs the site, named as a page's author (its `<meta name="author">`, a school's or a
 * ministry's news page): "Phòng Truyền thông", "Ban Truyền thông và Tuyển sinh", "Trung tâm Thông tin",
 * "Press Office", "Communications Team", "Office of Public Affairs". The office that posts, never the writer.
 */
const OFFICE_UNIT =
  /^(?:(?:phòng|ban|trung tâm|bộ phận|tổ)\s(?:truyền thông|thông tin|công tác chính trị|hành chính|tổng hợp|quan hệ công chúng|đối ngoại|quản trị)(?:\s[\p{L}-]+){0,5}|(?:the\s)?(?:press|communications?|media|public affairs|public relations)\s(?:office|team|department|unit|desk)|media relations|(?:the\s)?office of (?:communications|public affairs|media relations))$/iu;
/**
 * A newsletter's pitch says how often it comes or where: "Latin American markets and politics, every morning.", "The
 * day's top stories in your inbox", "Our weekly briefing". Read only under a newsletter box's heading (newsletterHeading).
 */
const NEWSLETTER_PITCH = /\b(?:every|each) (?:morning|day|weekday|week|evening|night|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:daily|weekly)\b|\binbox\b/i;
/** A newsletter box's heading, a line of furniture naming the newsletter or the sign-up: "Get the Rio Times newsletter", "Subscribe to our newsletter". */
function newsletterHeading(line: string): boolean {
  return line.length <= 80 && /\bnewsletters?\b|\bsign up\b|\bsubscribe\b/i.test(line) && isFurnitureLine(line);
}
/**
 * The heading of a list of an outlet's or a writer's other stories, the name after it ("More from The Atlanta
 * Journal-Constitution", "More stories from Reuters", "Thêm từ Tuổi Trẻ"): never "More from the interview".
 */
const MORE_FROM_HEAD = /^(?:More (?:stories |articles )?from|Thêm từ|Xem thêm từ|Các bài khác của|Bài khác của)\s(?:[Tt]he\s)?[\p{Lu}\d][\p{L}\d.'’&-]*(?:\s[\p{L}\d.'’&-]+){0,6}$/u;
/** A page's print button at the end of its date line: "Phiên bản để in", "Bản in", "Printable version", "Print". */
const PRINT_BUTTON_TAIL = /\s(?:[|·•]\s)?(?:[Pp]hiên bản (?:để |dành cho )?in|[Bb]ản (?:để )?in|[Ii]n bài(?: viết)?|Printable version|Printer[- ]friendly(?: version)?|Print (?:version|this (?:article|story|page))|Print)$/u;
/**
 * A header line that is a date (with the writer or not) and the page's print button after it ("28.10.2025 18:30:00
 * Anton Belov Phiên bản để in", "December 4, 2026 Jane Doe Printable version"), the button's words glued on by a copy
 * that put the row on one line: the line without them. A line that opens with no date keeps its words.
 */
function withoutPrintButton(plain: string): string {
  if (plain.length > 160 || !/^[\p{L}\s,.]{0,24}\d/u.test(plain)) return plain;
  const m = PRINT_BUTTON_TAIL.exec(plain);
  if (m === null) return plain;
  const rest = plain.slice(0, m.index);
  const date = findDate(rest);
  return date !== null && date.index <= 24 ? rest : plain;
}
/**
 * A desk's credit with the wire it worked from, no one named: "Staff writer, with AFP", "Staff Reporter with Reuters",
 * "Staff writers, with AFP and Reuters", "Our correspondent, with agencies" (no wire named: none).
 */
const STAFF_WITH_WIRE = /^(?:our\s+)?(?:staff\s+)?(?:writer|reporter|correspondent)s?\s*,?\s+with\s+(\p{L}[\p{L}-]{1,20})(?:\s+and\s+(\p{L}[\p{L}-]{1,20}))?\.?$/iu;
/**
 * A partner paper's credit through the news network that shares its copy among member papers: "The Korea Herald/ANN",
 * "— The Jakarta Post/Asia News Network", "(The Daily Star/ANN)": the paper, in capitals or not.
 */
export const NETWORK_PARTNER = /^[(]?(?:[-–—]\s?)?([\p{Lu}][\p{L}'’.&-]*(?:\s[\p{L}'’.&-]+){0,5})\s?\/\s?(?:ANN|Asia News Network)[)]?\.?$/u;
/** A wire agency's name by its kind's last words: "Far East Press Agency", "Baltic News Service", "Pacific Newswire". */
const WIRE_KIND = /\s(?:(?:News|Press|Information|Telegraph)\s(?:Agency|Service)|Agency|Newswire|Wire)$/u;
/** Whether `initials` are those of `name`'s capitalised words, small words aside: "Far East Press Agency" / "FEPA". */
function spellsInitials(name: string, initials: string): boolean {
  const words = name.split(/\s+/u).filter((w) => /^[\p{Lu}]/u.test(w));
  return words.length === initials.length && words.every((w, i) => w.charAt(0) === initials.charAt(i));
}
/** A footnote's number alone on its line, as a newsletter's footnotes copy: "1", "[2]", "3.". */
const FOOTNOTE_NUMBER = /^\[?\d{1,2}\]?\.?$/;
/** A site's name and a wire's under the headline: "Türkiye Today with Reuters", "Daily Sabah with AFP". */
const SITE_WITH_WIRE = /^(\p{Lu}[\p{L}&.'’ -]{1,40}?)\s+with\s+(\p{L}[\p{L}-]{1,20})$/u;
/**
 * The foreign broadcaster or wire whose own site the footer's source link points to ("Nguồn: https://www.rfi.fr/vi/…"
 * → "RFI", "Source: https://www.reuters.com/…" → "Reuters"), under a page with an address of its own on another site
 * and a name the host does not spell (RFI's own page citing its own story credits no one); null for any other link.
 */
function footSourceAgency(lines: NonNullable<ArticleMetadata["lines"]>, ownUrl: string | null, ownName: string | null): string | null {
  const ownHost = ownUrl !== null ? hostOf(ownUrl) : null;
  for (const line of lines) {
    if (line.region !== "footer" || line.role !== "url" || !isOriginalLinkLine(line.text)) continue;
    const host = hostOf(/https?:\/\/\S+/.exec(line.text)?.[0] ?? "");
    const agency = host !== null ? agencyOfHost(host) : null;
    if (host === null || agency === null || (ownHost !== null && siteLabel(ownHost) === siteLabel(host))) continue;
    if (ownName !== null && (domainSpells(ownName, host) || agencySite(host, ownName))) continue;
    return agency;
  }
  return null;
}

/** Names joined as a team signs ("A - B", "A, B", "A và B", "A and B", "A & B"). */
/** A part that credits a source rather than names a writer: "Theo Reuters", "Nguồn: NHK", "Source: AP", "via Kyodo". */
const CREDIT_LEAD = new RegExp(String.raw`^${caseless("(?:theo|nguồn|source|sources|via|from|according to|courtesy of)")}(?:\s|:)`, "u");
const TEAM_JOIN = /\s[-–]\s|,\s|\s(?:và|and|&)\s/u;
/**
 * The footer's signature naming a team that opens with `writer`, one name ("Minh Hiếu" / "Minh Hiếu - Đức Thành",
 * "Sarah Kwon" / "Sarah Kwon and Tom Hale"), as signed; null for a writer already a team, a signature naming someone
 * else first, or a name with a wire or an outlet after it ("Minh Hiếu - TTXVN" is no byline).
 */
function teamSignedBelow(writer: string, lines: NonNullable<ArticleMetadata["lines"]>): string | null {
  if (TEAM_JOIN.test(writer)) return null;
  const folded = foldForMatch(writer);
  for (const line of lines) {
    if (line.region !== "footer" || line.role !== "byline" || !TEAM_JOIN.test(line.text)) continue;
    const team = readByline(line.text);
    const names = team?.split(TEAM_JOIN).map((part) => part.trim()) ?? [];
    // (every part a person's name: "Quang Huy - Theo Reuters" is a writer and the wire drawn on, no team)
    if (team && names.length > 1 && foldForMatch(names[0] ?? "") === folded && names.every((name) => isName(name) && !CREDIT_LEAD.test(name))) return team;
  }
  return null;
}

/**
 * "Editor: X", "Biên tập: X": the name when the page credits no writer; "Edited by: X", "Curated By: X" (the writer an
 * Indian site names above the text when no one else signs it), "BTV: X", a programme's host ("Người dẫn: X", "Dẫn
 * chương trình: X", on a radio transcript or a channel's video where no one else signs; an English "Host:" is the
 * reader's, never signing); a bar and the page's stamp after the name are no part of it. A paper's imprint at the
 * page's foot, its editor with the copyright on the same line ("Editor: X | © 2026 site.com"), names the paper's
 * editor, not the story's: no such label.
 */
/** A programme's host credited alone: "Người dẫn chương trình: X", "Dẫn chương trình: X" (never an announcer's or a voice's). */
const HOST_LABEL = /^(?:người dẫn(?: chương trình)?|dẫn chương trình)\s*:\s*(.{3,60})$/iu;
const EDITOR_LABEL = /^(?![^\n©]*(?:©|\bcopyright\b))(?:editor|edited by|curated by|biên tập(?: viên)?|btv|người dẫn(?: chương trình)?|dẫn chương trình)\s*:\s*(.{3,60}?)(?:\s\|\s(?:last\s+)?(?:updated|published)\b.*)?$/i;
/** "X is Al-Monitor's Gulf editor.", "X là phóng viên …": an author's bio at the foot of the page. */
const AUTHOR_BIO =
  /^(?:[\p{Lu}][\p{L}'’.-]+\s){1,3}[\p{Lu}][\p{L}'’-]+\s(?:is|was|là)\s[^\n]{0,160}?\b(?:editor|correspondent|reporter|writer|journalist|columnist|fellow|professor|analyst|contributor|researcher|lecturer|scholar|adviser|advisor|Editor|Correspondent|Fellow|Professor|Analyst|Researcher|Lecturer|Scholar|Adviser|Advisor|phóng viên|biên tập viên|nhà báo|chuyên gia|cộng tác viên|giảng viên|nghiên cứu viên)\b/u;
/**
 * A caption whose last words are a picture's credit alone (isCreditOnly: "… June 2024 Gavriil Grigorov / Sputnik /
 * Reuters", "… in Pyongyang KCNA via REUTERS"), the description before it twenty characters or more, no sentence after
 * a full stop inside it.
 */
function creditEndedCaption(plain: string): boolean {
  if (plain.length > 250 || !/^[\p{Lu}]/u.test(plain)) return false;
  const words = plain.split(" ");
  for (let k = 1; k <= 8 && k < words.length; k++) {
    const head = words.slice(0, -k).join(" ");
    if (head.length >= 20 && !/[.!?…]\s+[\p{Lu}]/u.test(head) && isCreditOnly(words.slice(-k).join(" "))) return true;
  }
  return false;
}
/**
 * One reading of the header's byline lines, for the article's author and for the roles the preview lists. A name over
 * the headline that the text introduces as its writer further down ("Oliver Brandt" / "Oliver Brandt is a writer on
 * Russia …") is the author when no one else signs. A line read as a byline that names no writer, the article signed by
 * no one or by someone else (the outlet's or a wire's name, a desk, a series or a section: "Korea Now", "By Agence
 * France-Presse", "DECCAN HERALD", a footer's "Fraud Alert"), is listed as what it is: the outlet's line, a credit, a
 * section above the headline, furniture below it. A role an editor gave a line stays.
 */
function agreeBylineRoles(meta: ArticleMetadata, title: number, text: string, roleFor: MetadataOptions["roleFor"]): void {
  (meta.lines ?? []).forEach((line, k) => {
    if (line.role !== "byline" || roleFor?.(line.text) !== undefined) return;
    const name = readByline(line.text);
    const aboveTitle = line.region === "header" && k < title;
    if (meta.author === null && name !== null && aboveTitle && writerIntroduced(text, name)) {
      meta.author = name;
      return;
    }
    // a writer the author names (one of several, or with a label or a place) agrees
    if (meta.author !== null && name !== null && foldForMatch(meta.author).includes(foldForMatch(name))) return;
    if (meta.author !== null && name !== null && foldForMatch(name).includes(foldForMatch(meta.author))) return;
    const who = name ?? line.text;
    const folded = foldForMatch(who);
    if (meta.author !== null && name !== null && !(meta.outlet !== null && folded === foldForMatch(meta.outlet)) && lookupOutlet(who) === null && lookupAgency(who) === null) return;
    if (lookupAgency(who) !== null || lookupAgency(line.text) !== null || (meta.agency !== null && folded.includes(foldForMatch(meta.agency)))) line.role = "credit";
    else if (lookupOutlet(who) !== null || (meta.outlet !== null && (folded.includes(foldForMatch(meta.outlet)) || foldForMatch(meta.outlet).includes(folded)))) line.role = "outlet";
    else line.role = aboveTitle ? "section" : "furniture";
  });
}
/** Does a line of the text open with this name and say what the writer is ("Oliver Brandt is a writer on …")? */
function writerIntroduced(text: string, name: string): boolean {
  if (name.length < 4 || !name.includes(" ")) return false;
  for (let at = text.indexOf(`${name} `); at !== -1 && at < 200000; at = text.indexOf(`${name} `, at + 1)) {
    // (the name opens its line, after any indent a copy put there)
    let before = at - 1;
    while (before >= 0 && (text[before] === " " || text[before] === "\t" || text[before] === "\u00a0")) before--;
    if (before >= 0 && text[before] !== "\n") continue;
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end === -1 ? undefined : end);
    if (line.length <= 300 && bylineBio(line, name)) return true;
  }
  return false;
}
/** The heading of a platform's box about the writer at a post's foot: "Written by Mira Chen", "Được viết bởi Hồ Anh Tuấn", "Về tác giả: Lê Minh". */
const AUTHOR_BOX_HEAD = /^(?:[Ww]ritten by|[Aa]bout the author|[Vv]ề tác giả|(?:[Đđ]ược )?[Vv]iết bởi)\s?:?\s[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}$/u;
/** The box's follow button or its count of followers: "Follow", "640 Followers", "2.3K Followers", "Theo dõi". */
const FOLLOW_MARK = /^(?:follow|following|theo dõi|đang theo dõi|\d[\d.,]{0,6}[kKmM]? (?:followers|người theo dõi))$/iu;
/**
 * A platform's box about the writer below a post ("Written by Mira Chen" / "2.3K Followers" / "·Writer for X" / the
 * bio / "Follow"): its heading, a follow button or a count of followers within the four lines under it. The box and all
 * below it are the platform's.
 */
function authorBoxHead(short: string, text: string, end: number): boolean {
  if (short.length === 0 || short.length > 80 || !AUTHOR_BOX_HEAD.test(short)) return false;
  const below = text.slice(end + 1, end + 600).split("\n").map((l) => stripInline(tidyLine(l))).filter((l) => l.length > 0).slice(0, 4);
  return below.some((l) => FOLLOW_MARK.test(l));
}
/** A newsroom post after a writer's name and a dash or a comma: "phóng viên ban Quốc tế", "correspondent in Seoul". */
const POST_AFTER_WRITER = /^(?:phóng viên|biên tập viên|cộng tác viên|bình luận viên|nhà báo|correspondent|reporter|staff writer|senior writer|columnist|editor)\b.{0,80}$/iu;
/**
 * The writer signing the text's foot with their post ("Anton Belov - phóng viên ban Quốc tế "NG"", "Jane Doe,
 * correspondent in Seoul"): the author's name as the byline gave it, then a post.
 */
function writerWithPost(plain: string, author: string | null): boolean {
  if (!author || author.length < 4 || plain.length > 160 || !plain.startsWith(author)) return false;
  const rest = /^\s?(?:[-–—,|])\s?(.+)$/u.exec(plain.slice(author.length))?.[1];
  return rest !== undefined && POST_AFTER_WRITER.test(rest);
}
/** "Giri is a reporter covering …", "Maria is senior defense editor …": a bio that names the author by one name only (the byline's last or first word). */
/**
 * The writer's bio printed right under the byline, before the text ("Sarah Lin is a senior foreign policy reporter at
 * Vox, covering …", "Rachel Novak covers the federal courts for the Sun-Times."): opens with the writer's name as the
 * byline gave it, then what they are or cover. Never a paragraph that names another person.
 */
function bylineBio(plain: string, author: string | null): boolean {
  if (!author || plain.length > 300 || author.length < 4) return false;
  const name = foldForMatch(author);
  const folded = foldForMatch(plain);
  if (!folded.startsWith(`${name} `)) return false;
  const rest = plain.slice(author.length).trimStart();
  return AUTHOR_BIO.test(`${author} ${rest}`) || /^(?:covers|reports on|reports from|writes about|writes on|has covered|is based in|is the author of|phụ trách mảng|chuyên viết về)\s/iu.test(rest);
}
/**
 * A writer's note under the text, what they cover and for whom, or who they are, in brackets or not: "Dahye Yoon
 * reports on South and North Korea for The Times from Seoul.", "(Ngô Thanh Bình là nhà nghiên cứu quan hệ quốc tế, hiện
 * sống và làm việc tại Huế.)". The name opens it; the note says for which paper they write, is in brackets, or names
 * the byline's writer, so a last paragraph on someone's work ("The Pentagon covers the cost …", "Vladimir Putin writes
 * about …") is none. Never the outlet: "The Times" here is how the paper names itself.
 */
const WRITER_NOTE = /^((?:[\p{Lu}][\p{L}'’.-]+\s){1,3}[\p{Lu}][\p{L}'’-]+)\s(?:reports on|reports from|reports for|reported from|reported for|covers|writes about|writes on|writes for|is based in|is the author of|là nhà nghiên cứu|là nhà báo|là phóng viên|là biên tập viên|phụ trách mảng|chuyên viết về|viết cho)\s[^\n]{2,220}$/u;
function writerNote(plain: string, author: string | null): boolean {
  const inner = /^\((.+)\)\.?$/u.exec(plain)?.[1] ?? plain;
  if (inner.length > 240 || !/[.!?…]$/u.test(inner)) return false;
  const name = WRITER_NOTE.exec(inner)?.[1];
  if (!name || /^(?:The|A|An|This|That|Những|Các)\s/u.test(name) || !isName(name)) return false;
  return inner !== plain || (author !== null && foldForMatch(author) === foldForMatch(name)) || /\s(?:for|cho)\s(?:The\s|báo\s|tạp chí\s)?[\p{Lu}]/u.test(inner);
}
function surnameBio(plain: string, author: string | null): boolean {
  const words = author?.split(/\s+/) ?? [];
  // the byline's last word ("Giri is …", a Vietnamese writer's given name) or, for a name of two words or more, its
  // first ("Maria is senior defense editor of Aviation Week, …" under "Maria Okonkwo")
  return [words.at(-1), words.length >= 2 ? words[0] : undefined].some((called) => called !== undefined && called.length >= 2 && plain.startsWith(`${called} `) && AUTHOR_BIO.test(`${author} ${plain.slice(called.length + 1)}`));
}
/** The nearest line with text above `start` (blank lines skipped, at most three), tidied; "" when none. */
function lineBefore(text: string, start: number): string {
  for (let end = start - 1, n = 0; end > 0 && n < 4; n++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const line = end - from <= 200 ? stripInline(tidyLine(text.slice(from, end))) : "";
    if (line.length > 0 || end - from > 200) return line;
    end = from - 1;
  }
  return "";
}
const TRANSLATOR = /^(?:(.+?),\s*(?:biên dịch|lược dịch|dịch)|(?:biên dịch|lược dịch|người dịch|dịch giả|translated by)\s*:?\s*(.+))$/i;
/**
 * A translator's line under a relay's text: "Biên dịch: Nguyễn Thảo Vy", "Người dịch: Lê An (sinh viên K48)", "Dịch:
 * X", "Lược dịch: X", "Chuyển ngữ: X", "Lược thuật: X" (a summary's retelling), and in English "Translated by Anna Lee", "Translation: Anna Lee", "Translator: X": a capitalised
 * name after the cue (in any case), never a phrase ("Dịch: những điểm chính", "Translation: the text was machine
 * translated") nor a machine's name ("Translated by Google Translate"). Groups: a Vietnamese cue's name, an English one's.
 */
const TRANSLATOR_SIGNED = new RegExp(
  String.raw`^(?:${caseless(String.raw`(?:biên dịch|lược dịch|người dịch|dịch|chuyển ngữ|lược thuật)\s?:`)}|(${caseless(String.raw`(?:translation|translator|translated by)\s?:|translated by`)}))\s?(?!${caseless(String.raw`(?:google|deepl|microsoft|bing|yandex|papago|chatgpt|ai)\b`)})([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){1,4})(?:\s\([^()]{2,40}\))?\.?$`,
  "u",
);
const TRANSLATION = /^(?:bản tiếng việt của|bản dịch của|vietnamese version by)\s+(.+)$/i;
const COPYRIGHT = /^(?:©\s*)?(?:©|\(c\)|copyright|bản quyền(?:\s+thuộc(?:\s+về)?)?(?=[\s©]))\s*(?:©\s*)?(?:by\s+)?(?:\d{4}\s*)?(.+)$/iu;
const CREDIT = /^(.*?)\s*[(\[]?\b(?:theo|nguồn|source)\s*:?\s+((?!https?:\/\/)[^()[\]]{2,60}?)[)\]]?$/i;
/** A foreign broadcaster named in a byline's place ("Tác giả: BBC", "By VOA"): where a repost comes from, not a writer. */
const BROADCASTER_AS_WRITER = /^(?:BBC|VOA|RFI|RFA|DW|NHK|KBS|SBS|ABC)(?: News)?(?: Tiếng Việt)?$/u;
const STAFF_LINE = /^(?:(?:VOA|BBC|RFI|RFA|DW)(?: News| Tiếng Việt)?(?:,.*)?|.{0,50},\s*(?:BBC|VOA|RFI)(?: News)?)$/;
const NAME = /^(?:[\p{Lu}][\p{Ll}'’-]*\.?\s){1,3}[\p{Lu}][\p{Ll}'’-]*$/u;
// a signature's initials, the last one with or without its full stop ("T.H", "N.T.H", "H.V.", "T.")
const INITIALS = /^(?:[\p{Lu}][\p{Ll}]?\.){1,4}(?:[\p{Lu}][\p{Ll}]?)?$/u;

const CAPS_NAME = /^(?:[\p{Lu}][\p{Lu}'’-]*\s){1,3}[\p{Lu}][\p{Lu}'’-]*$/u;

/** A newsletter's or a programme's name ("Daily Sabah Newsletter", "Morning Briefing"): no person's, however capitalised. */
const PRODUCT_NAME = /\s(?:Newsletter|Newsletters|Briefing|Bulletin|Digest|Podcast|Alerts?)$/u;
/**
 * The network's name printed as the byline of one of its editions ("The Local/Ritzau" on The Local Denmark): the
 * outlet's first words, opening with "The" — no person's name does.
 */
function networkOf(author: string, outlet: string): boolean {
  const [a, o] = [foldForMatch(author), foldForMatch(outlet)];
  return o.length > a.length && o.startsWith(`${a} `) && /^the\s\S/i.test(author);
}
/** A box's call that opens with its verb, never a person's name: "Support Espreso", "Subscribe Today", "Follow Us". */
const CALL_OPENING = /^(?:Support|Subscribe|Donate|Follow|Join|Download|Listen|Watch|Share|Contact)\s/u;

/**
 * Whether a credited name is the outlet itself or the broadcaster whose Vietnamese service it is ("SBS" for "SBS Tiếng
 * Việt", "KBS World" for "KBS World Tiếng Việt"); an agency named within its outlet's name ("Trend" of "Trend News
 * Agency") is still the agency.
 */
function servicesOf(credited: string, outlet: string): boolean {
  const [c, o] = [foldForMatch(credited), foldForMatch(outlet)];
  return c.length >= 2 && (c === o || (o.startsWith(`${c} `) && /\s(?:tieng viet|vietnamese)$/.test(o)));
}

/** An editor's lower-case initials in brackets closing a line ("[đ.d.]", "[qd]", "[v.d.]"), after something else. */
const EDITOR_INITIALS_TAIL = /(?<=\S)\s+\[\p{Ll}{1,3}(?:\.\p{Ll}{1,3}){0,3}\.?\]$/u;

/** A source in brackets glued after a paragraph's last sentence: "… Bảo an. (Nguồn: AFP)", "… lawful. (Theo Reuters, AFP)". */
/** A wire's signature glued on a paragraph's end, its own site after a slash: "… hay không. (TTXVN/Vietnam+)". */
const GLUED_WIRE_SIGNATURE = /[.!?…"”]\s?\((\p{Lu}[\p{L}.&' -]{1,28})\/\p{Lu}[\p{L}.+&' -]{0,20}\)\.?$/u;
const GLUED_SOURCE = /[.!?…"”]\s?\((?:theo|nguồn|source)\s?:?\s([^()]{2,50})\)\.?$/iu;
/**
 * A wire's credit after a dash at the end of the text's last paragraph, as the Straits Times and Vietnamese sites run
 * agency copy ("… said on Monday. – Reuters", "… hôm 5/12. — AFP", "… on Friday. – AFP, Reuters"): the paragraph before
 * the dash and the names after it. The sentence before the dash must be finished, so a dash inside a sentence ("The
 * embassy – Reuters learned – called …") is none.
 */
const GLUED_DASH_WIRE = /[.!?…"”]\s?(?:[-–—]|--)\s?(\p{Lu}[\p{L}.&' ,-]{1,40})\.?$/u;
/**
 * The wires GLUED_DASH_WIRE credits, when every name after the dash is a wire and the text before it an article's
 * sentence (a picture's caption "A view of the port. – AFP" is its credit, not the story's); null otherwise.
 */
function gluedDashWire(plain: string): string | null {
  if (plain.length > 2000) return null;
  const tail = plain.slice(-64);
  const m = GLUED_DASH_WIRE.exec(tail);
  if (!m) return null;
  const wires = wireListOf(m[1] ?? "");
  const before = plain.slice(0, plain.length - tail.length + m.index + 1);
  return wires !== null && articleSentence(before) ? wires : null;
}
/**
 * A newsroom's correction or clarification printed under its text, labelled ("* Đính chính: Bản đăng lúc 11:40 ghi nhầm
 * …", "Cải chính: …", "Correction: An earlier version of this article …", "Clarification: …"): part of the text, and
 * the credit above it is still the story's foot.
 */
const CORRECTION_NOTE = /^(?:\*\s?)?(?:[Đđ]ính chính|[Cc]ải chính|CORRECTION|Correction|CLARIFICATION|Clarification)\s?:\s\S/u;
/** A source closing a paragraph after its last sentence, no brackets: "… tại cảng Rajin. Theo NHK.", "… Khabarovsk. Nguồn: Sputnik". */
const GLUED_CREDIT_TAIL = /[.!?…]\s(?:[Tt]heo|[Nn]guồn\s?:|[Ss]ource\s?:)\s([\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*){0,3})\.?$/u;
/** The source GLUED_CREDIT_TAIL names, when the lexicon knows it (a wire, a publication) or it is a broadcaster relayed; else null. */
function gluedCreditTail(plain: string): string | null {
  const name = plain.length <= 600 ? GLUED_CREDIT_TAIL.exec(plain.slice(-60))?.[1] : undefined;
  if (!name) return null;
  const relayed = RELAYED_BROADCASTER.exec(`Theo ${name}`)?.[1];
  return lookupAgency(name) ?? (relayed ? relayedName(relayed) : null);
}
/**
 * A wire's Vietnamese edition credited as the source ("(Theo Sputnik Việt Nam)", "Nguồn: TASS tiếng Việt"): the wire, as
 * the lexicon writes it; null for any other name (a paper's "… Việt Nam" is its own).
 */
function wireEdition(credited: string): string | null {
  const base = credited.length <= 60 ? /^(\S.{1,30}?)\s(?:Việt Nam|Vietnam|[Tt]iếng Việt|Vietnamese)$/u.exec(credited)?.[1] : undefined;
  const wire = base ? lookupAgency(base) : null;
  return wire !== null && isWire(wire) ? wire : null;
}
/** A writer's label, a name and a note in brackets after it: "Người viết: Lê Phương Thảo (sinh viên K22 ngành Hàn Quốc học)". */
const LABELLED_WRITER_NOTE = new RegExp(String.raw`${WRITER_LABEL_OPEN.source}\s?[^()]{3,40}\([^()]{3,60}\)$`, "iu");
/** A writer's name and a wire after a spaced slash: "Phạm Thùy Dung / Yonhap". */
const SPACED_WRITER_WIRE = /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3})\s\/\s(\p{Lu}[\p{L}. -]{1,30})$/u;
/** A name, a dash or bar, then where the story comes from: "Thanh Thảo - Nguồn: Yonhap, Reuters", "Minh Hằng | Theo TTXVN". */
const SOURCE_AFTER_NAME = /^([^-–—|]{3,40}?)\s[-–—|]\s(?:nguồn|theo|source)\s*:?\s+([^()|]{2,50})$/iu;
/**
 * The words after "theo" that make it a verb, never "according to": "theo dõi" (to follow, to watch), "theo đuổi",
 * "theo sát", "theo kịp", "theo chân", "theo hướng", "theo đó". A related headline under the text ("Hàn Quốc theo dõi
 * hợp tác quân sự Nga - Triều Tiên") is then never a writer and their source.
 */
const THEO_AS_VERB = /^(?:dõi|đuổi|sát|kịp|chân|hướng|đó)(?=\s|$)/iu;
/**
 * A labelled credit's name without the source after it ("BTV: Thanh Thảo - Nguồn: Yonhap, Reuters": "Thanh Thảo"); the
 * source is the agency, one wire as the lexicon writes it, several as printed.
 */
function withoutSourceAfter(named: string, meta: ArticleMetadata): string {
  const m = SOURCE_AFTER_NAME.exec(named.trim());
  if (!m || !isName(cleanName(m[1] ?? ""))) return named;
  const source = (m[2] ?? "").trim().replace(/\.$/, "");
  const parts = source.split(/\s*,\s*|\s+(?:và|and)\s+/);
  meta.agency ??= parts.length === 1 ? sourceName(source) : source;
  return m[1] ?? named;
}

/** One source credited after a writer's name, as the lexicon writes it, a broadcaster relayed by its name ("KBS World": "KBS"), else as printed. */
function sourceName(source: string): string {
  const relayed = RELAYED_BROADCASTER.exec(`Theo ${source}`)?.[1];
  return lookupAgency(source) ?? (relayed ? relayedName(relayed) : source);
}

/** A person's or desk's name as a byline prints it; never a site's footer link, two capitalised words as a name is ("Privacy Policy"). */
function isName(s: string): boolean {
  return s.length <= 40 && !PRODUCT_NAME.test(s) && !CALL_OPENING.test(s) && !isSiteFooterLink(s) && (NAME.test(s) || INITIALS.test(s) || (CAPS_NAME.test(s) && /[^\x00-\x7f]|\s/.test(s))) && lookupAgency(s) === null && lookupOutlet(s) === null;
}

/**
 * A related box's heading over two sections ("More from Nation/World", "Latest in News/Politics") or a section's
 * path ("Nation/World"): no reporter and outlet on either side of the slash.
 */
function sectionsBox(before: string, after: string): boolean {
  const label = before.replace(/^(?:more|latest|also|top stories|read more|more stories|more news)\s(?:from|in|on|at)\s/i, "");
  return label !== before || (isSection(label.trim()) && isSection(after.trim()));
}

/** Mail services' domains: an address there names no outlet. */
const MAIL_SERVICE = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|proton|protonmail|pm|gmx|mail|yandex|zoho|fastmail|qq|163|126|naver|daum|hanmail)\./i;

/** "Dylan Robertson, The Canadian Press": a writer's name and a wire after its last comma. */
function writerWithWire(author: string): { writer: string; wire: string } | null {
  const comma = author.lastIndexOf(",");
  if (comma <= 0 || author.length > 90) return null;
  const wire = wireName(author.slice(comma + 1).trim());
  const writer = author.slice(0, comma).trim();
  return wire !== null && isName(writer) ? { writer, wire } : null;
}

/** A start portal's web search box as its copy prints it: "Search the web", "Web search", "Tìm kiếm trên web". */
const WEB_SEARCH_BOX = /^(?:search the web|web search|tìm kiếm trên web|tìm kiếm trên mạng)$/iu;

/** The wire printed right after the writer's name on a header line ("HYUNG-JIN KIM Associated Press", "By Jane Doe, Reuters", "By Jane Doe of the Associated Press"). */
function wireAfterWriter(plains: readonly string[], author: string): string | null {
  for (const plain of plains.slice(0, 40)) {
    if (plain.length > author.length + 40) continue;
    const at = plain.indexOf(author);
    if (at < 0 || at > 3) continue;
    const rest = plain.slice(at + author.length).replace(/^[\s,|/–—-]+/u, "").replace(/^of\s(?=the\s|[\p{Lu}])/u, "").replace(/[.\s]+$/u, "");
    const wire = rest.length >= 2 ? wireName(rest) : null;
    if (wire !== null) return wire;
  }
  return null;
}

/** A researcher's post in brackets after the name: "(Research Fellow)", "(Senior Fellow, Korea Chair)", "(Nghiên cứu viên)". */
const RESEARCH_ROLE = /\s*\((?:[\p{L}-]+\s){0,3}(?:fellow|professor|researcher|director|analyst|scholar|chair|lecturer|nghiên cứu viên|giảng viên|chuyên gia)(?:,\s[^()]{2,40})?\)$/iu;
/** A contributor's label before the name a page's author field holds ("Contributor: Jane Doe", "CTV: Minh Anh"). */
const CONTRIBUTOR_LABEL = new RegExp(String.raw`^${caseless("(?:contributor|cộng tác viên|ctv)")}\s?:\s*(?=[\p{Lu}])`, "u");
function cleanName(s: string): string {
  const name = stripInline(s)
    .replace(CONTRIBUTOR_LABEL, "")
    .replace(/^(?:[\p{Lu}][\p{Ll}-]*\s(?:[\p{Ll}]+\s){0,2}|(?:[\p{Ll}]+\s){0,3})(?:correspondent|reporter|editor|writer|columnist)\s+(?=[\p{Lu}])/u, "") // "defence correspondent Andrew Greene", "Pacific affairs reporter Lachlan Boyd"
    .replace(/\s*[[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?\s*$/, "") // "LEE SOO-JUNG [lee.soojung@…]"
    .replace(/\s*[/|]?\s*@\w{2,30}$/, "") // "Marlon Ramos - Reporter / @MRamosINQ"
    .replace(/,\s(?:[\p{L}][\p{L}-]*\s){1,3}(?:writer|reporter|correspondent|editor|columnist|analyst|fellow|researcher)s?\b.*$/iu, "") // "Hamish Doyle, Tokyo correspondent, and …", "Miriam Kessler, Senior Analyst, Northeast Asia": the post of a place or a beat
    .replace(/^(?:Dr|Prof)\.?\s(?=[\p{Lu}][\p{L}'’-]+\s[\p{Lu}])/u, "") // "Dr Miriam Kessler": the title before a name of two words or more
    .replace(/(?:\s*[,/|–—-]\s*|\s+)(?:(?:staff|senior|chief|special|foreign|political|contributing|staff\s+and)\s+)?(?:writer|reporter|correspondent|editor|columnist)s?\b.*$/i, "") // "TARO YAMADA/ Staff Writer", "Kim Ji-won, staff reporter"
    .replace(/,\s*(?:từ|tại|from|in)\s.*$/i, "")
    .replace(RESEARCH_ROLE, "") // "Kim Ji-hoon (Research Fellow)": a think tank's writer with their post
    .replace(/\s*\((?:CTV|PV|BTV|TTV|PTV|cộng tác viên|phóng viên)\)$/u, "") // "Văn Tùng (CTV)": a contributor's or a reporter's code after the name
    .replace(/[.,]+$/, "")
    .trim();
  // "Yoonjung Seo and Brad Lendon, CNN": the outlet after the names
  const comma = name.lastIndexOf(",");
  const tail = comma > 0 ? name.slice(comma + 1).trim() : "";
  // (or a wire's bureau: "PARK Ji-won, AFP South Korea")
  const bureau = /^(\S{2,12})\s[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,2}$/u.exec(tail)?.[1];
  return tail && (lookupOutlet(tail) || lookupAgency(tail) || (bureau && lookupAgency(bureau))) ? name.slice(0, comma).trim() : name;
}

/**
 * A source's name over a headline: a few capitalised words without a stop ("The Atlanta Journal-Constitution", "Tạp chí
 * Kinh tế Việt Nam"), the line below a longer one without a stop at its end (a headline, not a standfirst's sentence).
 */
function sourceNameOverHeadline(name: string, below: string): boolean {
  if (name.length < 4 || name.length > 60 || below.length < name.length + 12 || below.length > 220 || /[.!?:;,]$/.test(below) || /[.!?:;,]$/.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length <= 7 && /^[\p{Lu}]/u.test(name) && !/\d/.test(name) && words.filter((w) => /^[\p{Lu}]/u.test(w)).length * 2 > words.length;
}

/**
 * Whether a copy prints a source's name again below `from` as a name, not inside a sentence or a headline: a line of
 * the name alone, the name before a bar, dot or slash ("Tạp chí X / 3d", "X · 2h"), or after "More from" ("More from X").
 */
function nameAgainBelow(text: string, from: number, name: string): boolean {
  let at = text.indexOf(name, from);
  for (let tries = 0; at >= 0 && tries < 20; tries++) {
    const start = text.lastIndexOf("\n", at) + 1;
    const end = text.indexOf("\n", at);
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    if (line === name || line.startsWith(`${name} / `) || line.startsWith(`${name} · `) || line.startsWith(`${name} | `) || /^(?:more from|xem thêm từ|thêm từ)\s/iu.test(line.slice(0, line.length - name.length).trim() + " ") && line.endsWith(name)) return true;
    at = text.indexOf(name, at + name.length);
  }
  return false;
}

interface HeaderLine {
  start: number;
  next: number;
  raw: string;
  plain: string;
}

/** A headline put as a question ("… nói gì?") with its date or byline on one of the two lines after `from` (layout-model's leadAt). */
/**
 * The line from `from` is a picture's credit alone (isCreditOnly: "Jim Watson—AFP/Getty Images"): the sentence above it
 * is that picture's caption, printed above the byline as magazines print their lead picture, not the article's lead.
 */
function creditBelow(text: string, from: number): boolean {
  const nl = text.indexOf("\n", from);
  const line = text.slice(from, nl < 0 ? text.length : nl).trim();
  return line.length > 0 && line.length <= 80 && isCreditOnly(stripInline(line));
}

/**
 * The first line written as a markdown headline ("# …", as saved pages and clipper notes give the page's h1): the
 * headline, not the lead, even when it ends in a full stop ("Russia got the shells. Here's what it gave back.").
 */
function markedHeadline(count: number, raw: string, findTitle: boolean): boolean {
  return findTitle && count === 1 && /^#\s/.test(raw) && raw.length <= 230;
}
function questionHeadline(text: string, from: number, plain: string): boolean {
  if (plain.length > 160 || !/[?!]["”’»]?$/.test(plain)) return false;
  const below: string[] = [];
  // four lines: a reader view's host and reading time may stand between the question and its byline (leadAt looks past them)
  for (let pos = from; pos < text.length && below.length < 4; ) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl + 1;
    const line = next - pos <= 200 ? stripInline(tidyLine(text.slice(pos, next))) : "x".repeat(201);
    if (line.length > 0) below.push(line);
    pos = next;
  }
  return !leadAt([plain, ...below], 0);
}

/** A byline's name, the writer's e-mail and the paper between bars, as US chains print it: "Jane Doe | jdoe@x.com | Chicago Tribune". */
const BYLINE_EMAIL_BAR = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s?\|\s?[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}(?:\s?\|\s?(\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,4}))?$/u;
/**
 * A site's banner above its menus, or a news ticker's item above the page's header (layout-model.ts's
 * bannerAboveMenus and tickerAboveHeader), read on the lines below `from`.
 */
function bannerOverMenus(text: string, from: number, plain: string): boolean {
  if (plain.length > 120) return false;
  const lines = [plain];
  for (let pos = from; pos < text.length && lines.length < 21; ) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl + 1;
    const line = next - pos <= 200 ? stripInline(tidyLine(text.slice(pos, next))) : "x".repeat(201);
    if (line.length > 0) lines.push(line);
    pos = next;
  }
  return bannerAboveMenus(lines, 0) || tickerAboveHeader(lines, 0);
}

/** A section's label above a headline: a short line, no sentence and no label's colon ("Editorials", "Bình luận"). */
const underLabel = (above: string): boolean => above.length > 0 && above.length <= 30 && !/[.!?…:;,]["”’»)]?$/.test(above);

/**
 * Below a question, its standfirst and then the story's byline or date, a picture's caption or the page's buttons
 * between them or not ("What does North Korea get …?" / "Pyongyang has sent …" / caption / "By …" / "Published On …"):
 * the question is the headline, not the lead. At most one line of prose before the byline or date, six lines down.
 */
function bylineUnderStandfirst(text: string, from: number): boolean {
  let prose = 0;
  for (let pos = from, n = 0; pos < text.length && n < 6; ) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl + 1;
    const raw = text.slice(pos, next);
    pos = next;
    if (raw.length > 400) return false;
    const line = stripInline(tidyLine(raw));
    if (line.length === 0) continue;
    n++;
    if (readDateLine(line) !== null || (line.length <= 80 && readByline(line) !== null)) return prose === 1;
    if (isCaptionLine(line) || isFurnitureLine(line)) continue;
    if (prose > 0 || !isLead(line)) return false;
    prose++;
  }
  return false;
}

/**
 * Is the next line a byline that says it is one, "By Tobias Wren", "Bởi Minh Anh" (a date after the names or not:
 * "By Rachel Novak  Dec 3, 2026, 5:48pm CST")? A name alone, or a sentence that opens with "By", is not.
 */
function labelledBylineBelow(text: string, from: number): boolean {
  const nl = text.indexOf("\n", from);
  const raw = text.slice(from, nl < 0 ? Math.min(text.length, from + 200) : Math.min(nl, from + 200));
  return bylineWithLabel(stripInline(tidyLine(raw)));
}

/**
 * Read header lines (title, dateline, outlet, agency, capture source, byline, url) and footer lines (©, credits,
 * signature, furniture) of normalised text. Every header line up to the lead paragraph gets a role from the layout
 * model (layout-model.ts), so a line no rule knows no longer ends the header; the title is the best-scoring
 * candidate of the whole region.
 */
/** A Vietnamese paper's or broadcaster's name as a footer prints it: "Báo Thái Bình điện tử", "Đài PT-TH Long An". */
const PAPER_NAME = /^(?:Báo|Tạp chí|Đài|Tuần báo|Nhật báo)\s+\p{Lu}[\p{L}&.-]*(?:\s[\p{Lu}\d][\p{L}&.-]*){0,6}(?:\s+(?:điện tử|online))?$/u;
/**
 * A Vietnamese paper's, journal's or public body's name in running case, as a reader view prints the site under the
 * headline: its kind, a capitalised word, then up to nine words ("Tạp chí Khoa học và Công nghệ Việt Nam", "Báo Hà Nội
 * Mới", "Trường Đại học Ngoại thương", "Hội đồng Lý luận Trung ương", "Đại sứ quán Việt Nam tại Nga"); no digits, no sentence
 * punctuation. And a broadcaster's service as an English
 * reader view prints it where a byline would stand: "Radio Sweden", "Radio Free Asia", "Television New Zealand" (a
 * medium's word first, which no person's name opens with).
 */
const READER_SITE_NAME = /^(?:Báo(?: điện tử)?|Tạp chí(?: điện tử)?|Đài|Tuần báo|Nhật báo|Cổng thông tin điện tử|Trường|Học viện|Viện|Hội đồng|Ủy ban|Uỷ ban|Bộ|Sở|Ban|Đại học|Đại sứ quán|Trung tâm|Văn phòng)\s\p{Lu}[\p{L}&'’-]*(?:\s[\p{L}&'’-]+){0,9}$|^(?:Radio|Television)\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * A Vietnamese paper's name as a line prints it, in capitals too ("BÁO TÀI NGUYÊN VÀ MÔI TRƯỜNG" over "Cơ quan của
 * Bộ …"): the name with its words capitalised ("Báo Tài Nguyên và Môi Trường"); null when the line is no paper's name.
 */
function paperName(line: string): string | null {
  if (PAPER_NAME.test(line)) return line;
  if (line.length > 60 || line !== line.toLocaleUpperCase("vi") || !/^(?:BÁO|TẠP CHÍ|ĐÀI|TUẦN BÁO|NHẬT BÁO)\s/u.test(line)) return null;
  const named = line
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w, k) => (k > 0 && /^(?:và|của)$/u.test(w) ? w : w.charAt(0).toLocaleUpperCase("vi") + w.slice(1)))
    .join(" ")
    .replace(/\s+(Điện Tử|Online)$/u, (_, w: string) => ` ${w.toLocaleLowerCase("vi")}`);
  return PAPER_NAME.test(named.replace(/ (?:và|của) /gu, " Và ")) ? named : null;
}
/** A paper's name and its owner on one footer line: "Báo Người cao tuổi - Cơ quan của Hội Người cao tuổi Việt Nam". */
export const PAPER_OWNER = /^((?:Báo|Tạp chí|Tuần báo|Nhật báo)\s\p{Lu}[\p{L}&.-]*(?:\s[\p{L}\d&.-]+){0,6})\s[-–—|:]\s(?:[Cc]ơ quan (?:chủ quản|của)\b|(?:Bộ|Hội|Viện|Ủy ban|Tổng cục|Cục|Liên hiệp|Liên minh|Trung ương|Đại học|Trường)\s\p{Lu}[\p{L}&.-]*(?:\s[\p{L}\d&.-]+){0,6}$)/u;

/**
 * The writer's signature under a text, with the wire it relays ("Thanh Tùng (Theo Reuters)", "Minh Anh"): a paragraph
 * right above it is the article's last, never a teaser's summary in a related-stories box.
 */
/** A tag list's label alone on its line, as a copy of the page gives it ("Từ khóa:", "Tags", "Chủ đề:"). */
const TAG_LABEL = /^(?:tags?|từ khóa|từ khoá|chủ đề|keywords?|topics?)\s?:?$/iu;

/**
 * Where the tags under a tag list's label start, one a line ("Từ khóa:" / "cước tàu" / "Nga" / "Triều Tiên"): short
 * lines without a sentence's end, up to a blank line or a longer one. The label is looked for among the last 60 lines.
 */
function tagListLines(text: string, from: number, to: number): Set<number> {
  const starts = new Set<number>();
  const lines: { start: number; line: string }[] = [];
  for (let end = to, n = 0; end > from && n < 60; n++) {
    const start = Math.max(text.lastIndexOf("\n", end - 1) + 1, from);
    lines.unshift({ start, line: text.slice(start, end).trim() });
    end = start - 1;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!TAG_LABEL.test(lines[i]?.line ?? "")) continue;
    for (let k = i + 1; k < lines.length && k <= i + 12; k++) {
      const tag = lines[k]?.line ?? "";
      if (tag.length === 0 || tag.length > 40 || /[.!?…:]$/.test(tag)) break;
      starts.add(lines[k]?.start ?? -1);
    }
  }
  return starts;
}

/** A full numeric date (and time) glued to the capitalised line after it: "03/12/2026 16:05Nga và Triều Tiên ký …". */
const GLUED_DATE = /^(\d{1,2}\/\d{1,2}\/\d{4}(?:\s?[-,|]?\s?\d{1,2}:\d{2}(?::\d{2})?)?)(?=\p{Lu}\p{Ll})/u;

/**
 * The page's date element and the headline or lead below it copied as one line ("03/12/2026 16:05Nga và Triều Tiên
 * ký …", "03/12/2026Sáng 3/12, …"): the date on a line of its own, in the header's first 40 lines only.
 */
export function splitGluedDates(text: string): string {
  if (!/^ *\d{1,2}\/\d{1,2}\/\d{4}/m.test(text)) return text;
  // only the first 40 lines are split off: a long text's body is never walked
  let cut = -1;
  for (let n = 0; n < 40 && (cut = text.indexOf("\n", cut + 1)) >= 0; n++);
  const lines = (cut < 0 ? text : text.slice(0, cut)).split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trimStart(); // a copy that indents its lines
    const m = line.length > 20 ? GLUED_DATE.exec(line) : null;
    if (m?.[1] && line.length - m[1].length >= 10) {
      lines[i] = `${m[1]}\n${line.slice(m[1].length)}`;
      changed = true;
    }
  }
  return !changed ? text : cut < 0 ? lines.join("\n") : lines.join("\n") + text.slice(cut);
}

/**
 * Below a date printed under the lead (standfirst, byline, dates, picture, text: a phone's or a select-all copy):
 * more date lines right below it ("Updated at : …") go with it, a name alone as the first line below it is the
 * writer's, and one short finished sentence set apart by blank lines, with a longer paragraph after it, is the
 * picture's caption.
 */
/**
 * A time alone on its line, the rest of a date printed on the line above ("Published: 04/12/2026" / "- 11:02",
 * "Chủ nhật, 08/12/2024" / "16:02 (GMT+7)", "… / lúc 9:05", "DEC 5, 2026" / "6:00 AM"): a dash, bar or bullet before
 * it, or "at", "lúc"; a 12-hour clock's half of the day after it.
 */
const BARE_TIME_LINE = /^(?:[-–—|•·,]\s?|(?:at|lúc)\s)?(\d{1,2}:\d{2})(?:\s?([ap])\.?m\.?)?(?:\s*\(?GMT\s*([+-])\s*(\d{1,2})\)?)?$/i;
/** The time on the first line with words below `from` when that line is a time alone (BARE_TIME_LINE), and where it stands. */
function timeBelow(text: string, from: number): { clock: string; at: [number, number] } | null {
  let pos = from;
  while (pos < text.length && text[pos] === "\n") pos++;
  const nl = text.indexOf("\n", pos);
  const next = nl === -1 ? text.length : nl + 1;
  if (next - pos > 40) return null;
  const time = bareTime(stripInline(tidyLine(text.slice(pos, next))));
  if (!time || time.zone) return null;
  return { clock: time.clock, at: [pos, next] };
}

/** A time alone on its line (BARE_TIME_LINE) as a 24-hour clock ("6:00 AM": "06:00") and its "(GMT+7)" zone ("+07:00"), or null. */
function bareTime(plain: string): { clock: string; zone: string } | null {
  const m = BARE_TIME_LINE.exec(plain);
  if (!m?.[1]) return null;
  let hour = Number(m[1].split(":")[0]);
  const half = m[2]?.toLowerCase();
  if (hour > (half ? 12 : 23) || (half && hour === 0)) return null;
  if (half === "p" && hour < 12) hour += 12;
  if (half === "a" && hour === 12) hour = 0;
  const zone = m[3] ? `${m[3]}${(m[4] ?? "").padStart(2, "0")}:00` : "";
  return { clock: `${String(hour).padStart(2, "0")}${m[1].slice(m[1].indexOf(":"))}`, zone };
}

/** A picture's caption by its form (a credit at its end: "© KCNA via AFP", "[File: …]", "Credit..."), one line of at most 400 characters. */
const captionBelowLead = (raw: string): boolean => {
  if (raw.length > 400) return false;
  const plain = stripInline(tidyLine(raw));
  // never a byline or a date a credit's form also fits ("By Jane Doe/AP")
  return plain.length > 0 && isCaptionLine(plain) && readByline(plain) === null && readDateLine(plain) === null;
};

/**
 * Related links listed between the headline and the byline, as a tabloid's live page sets them ("What is the
 * Russia-North Korea treaty?" / "How many shells has Kim sent Putin?" / "Inside Kim's armoured train" / the writer):
 * two or more short lines (two to eight words, at most 60 characters, a capital first, no stop but a question mark)
 * and nothing else between the headline and the byline or date, which the model left as text. A deck (a sentence) or
 * one short line (a kicker, a sub-head) between them stays as it was.
 */
function relatedLinksOverByline(plains: readonly string[], model: { roles: LineInfo[]; title: number; firstBody: number }): void {
  if (model.title < 0) return;
  let k = model.title + 1;
  while (k < model.firstBody && model.roles[k]?.role === "body" && relatedLinkLine(plains[k] as string)) k++;
  const role = model.roles[k]?.role;
  if (k - model.title - 1 < 2 || k >= model.firstBody || (role !== "byline" && role !== "date")) return;
  for (let i = model.title + 1; i < k; i++) model.roles[i] = { role: "furniture", score: 2 };
}

const relatedLinkLine = (plain: string): boolean => {
  if (plain.length > 60 || !/^[\p{Lu}"“‘']/u.test(plain) || /[.!:;,…]$/u.test(plain) || isKeyPointsLabel(plain)) return false;
  const words = plain.split(" ").length;
  return words >= 2 && words <= 8;
};

/** At most this many points between a standfirst and its byline. */
const MAX_POINTS = 6;

/**
 * Where the byline stands below a standfirst's points (a select-all copy of a live page or a story with its summary
 * box: standfirst / "Key points" / the points / "By …" / "Published On 4 Dec 2026" / the lead), or `from` when the
 * lines below the standfirst are no such points. Points are two to six lines of 20 to 200 characters of four words or
 * more, with no full stop unless a box's label ("Key points", "Điểm chính") stands over them (then one is enough),
 * none a byline, a date, a caption or a page's label; a byline must follow them, and a date line right below it. A
 * live entry below the standfirst (its heading, its paragraph, its writer, its time) is no such points: its paragraph
 * ends in a full stop.
 */
function pointsBelowLead(text: string, from: number): number {
  let label = false;
  let points = 0;
  for (let pos = from; pos < text.length; ) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl + 1;
    const start = pos;
    pos = next;
    if (next - start > 200) return from;
    const plain = stripInline(tidyLine(text.slice(start, next)));
    if (plain.length === 0) continue;
    if (points === 0 && !label && isKeyPointsLabel(plain)) {
      label = true;
      continue;
    }
    if (points < MAX_POINTS && standfirstPoint(plain) && (label || !POINT_STOP.test(plain))) {
      points++;
      continue;
    }
    if (points < (label ? 1 : 2) || readByline(plain) === null) return from;
    // the date on the first line with words below the byline
    let at = next;
    while (at < text.length && text[at] === "\n") at++;
    const end = text.indexOf("\n", at);
    const below = text.slice(at, end < 0 ? text.length : end);
    return below.length <= 80 && readDateLine(stripInline(tidyLine(below))) !== null ? start : from;
  }
  return from;
}

/** A sentence's stop at a line's end, a closing quote or bracket after it ("… a sham."), not a quote alone ("… a Western \"fabrication\""). */
const POINT_STOP = /[.!?…]["”’»)]?$/;
/** One of a standfirst's points (pointsBelowLead). */
function standfirstPoint(plain: string): boolean {
  if (plain.length < 20 || plain.length > 200 || plain.split(" ").length < 4) return false;
  return readByline(plain) === null && readDateLine(plain) === null && !isFurnitureLine(plain) && !captionBelowLead(plain);
}

function belowLeadDate(text: string, from: number, meta: ArticleMetadata, cuts: [number, number][]): void {
  let gap = false;
  let caption: { plain: string; at: [number, number] } | null = null;
  for (let pos = from, n = 0; pos < text.length && n < 6; ) {
    const start = pos;
    const nl = text.indexOf("\n", start);
    const next = nl === -1 ? text.length : nl + 1;
    if (next - start > 400) return;
    const plain = stripInline(tidyLine(text.slice(start, next)));
    pos = next;
    if (plain.length === 0) {
      gap = true;
      continue;
    }
    n++;
    if (caption) {
      // the caption needs a blank line below it and a longer finished paragraph after that
      if (gap && plain.length >= caption.plain.length * 1.5 && /[.!?…]["”’»)]?$/.test(plain)) {
        cuts.push(caption.at);
        (meta.captions ??= []).unshift(caption.plain);
      }
      return;
    }
    if (!gap && (readDateLine(plain) || isUpdateLine(plain))) {
      cuts.push([start, next]);
      continue;
    }
    if (n === 1 && meta.author === null && plain.length <= 60 && readByline(plain) === plain && isName(cleanName(plain))) {
      // the writer's name alone right below that date (RFI: standfirst, "Đăng ngày: …", "Minh Anh", text)
      meta.author = cleanName(plain);
      cuts.push([start, next]);
      gap = false;
      continue;
    }
    if (isFurnitureLine(plain)) continue;
    if (!gap || !pictureCaption(plain)) return;
    caption = { plain, at: [start, next] };
    gap = false;
  }
}

/**
 * A picture's caption with its note in brackets, never a dateline and its agency: a picture's word opens what the
 * brackets hold ("Đại sứ Nga tại Nam Hàn Georgy Zinoviev. (Ảnh tư liệu)", "(Ảnh minh họa)", "(File photo)", "(Hình:
 * AP)"); a dateline's agency is a name ("BAKU, Azerbaijan, December 3. /Trend/", "MOSCOW (Reuters)").
 */
const pictureNoteLine = (plain: string): boolean => /[(/]\s*(?:ảnh|hình|photo|file|image|illustration|minh họa|minh hoạ|tư liệu)(?![\p{L}\d])/iu.test(plain);

/**
 * A dateline printed as a paragraph of its own above the lead ("BAKU, Azerbaijan, December 3. /Trend/", "ASTANA, 3
 * December (Kazinform)"): read with the lead as one, as the lead's own dateline would be.
 */
function datelineAbove(above: HeaderLine | undefined, lead: HeaderLine): ReturnType<typeof leadCredit> {
  if (!above || above.plain.length > 80 || !/^[\p{Lu}][\p{L}\d .,'-]{1,60}(?:\/[\p{L} .+-]{2,30}\/\.?|\([\p{L} .+-]{2,30}\)\.?)$/u.test(above.plain)) return null;
  // (a byline with its place or wire in brackets, "By Anna Park (Seoul)", is no dateline: the byline's reading has it)
  if (pictureNoteLine(above.plain) || /^(?:by|bởi|par)\s/iu.test(above.plain)) return null;
  return leadCredit(`${above.plain} - ${lead.plain}`);
}

/**
 * The signature under an article's last paragraph: a byline or a credit ("Thu Hương (Theo TTXVN)", "Lạc Vân (Theo
 * Reuters)", "Hoang Anh", "Theo RFI"). A paragraph with it right below is the article's own, even under a related box.
 */
const signsText = (line: string): boolean => {
  if (line.length === 0 || line.length > 60 || isTailMarker(line)) return false;
  const role = classifyLine(line, "footer").role;
  return role === "byline" || role === "credit" || footWires(line) !== null;
};

/**
 * A short last paragraph with the article's signature right below it ("Bộ Kinh tế Nga không trả lời đề nghị bình luận
 * của Reuters." / "Theo Lan Phương"): a finished sentence of six words or more, no furniture, counted as article text
 * as a longer one is, so a related box above it does not end the text.
 */
const signedShortSentence = (plain: string, below: string): boolean =>
  plain.length >= 30 && /^[\p{Lu}]/u.test(plain) && /[\p{L}\d)”"]\.$/u.test(plain) && plain.split(" ").length >= 6 && !isFurnitureLine(plain) && signsText(below);

/** One short finished sentence that could describe a picture: no quote, no colon, no second sentence. */
const pictureCaption = (plain: string): boolean =>
  plain.length >= 15 && plain.length <= 100 && /^[\p{Lu}]/u.test(plain) && /[\p{L}\d]\.$/u.test(plain) && !/[.!?…]\s|["“”«»:]/u.test(plain.slice(0, -1)) && plain.split(" ").length <= 14;

/** A line of article text, not a teaser or a note: a finished sentence of twelve words or more that is no furniture. */
/**
 * A short finished sentence, no article-size one ("A train crosses the Tumen River."): below a paragraph under a
 * related-stories marker, the caption of the article's next picture, where a teaser's summary has the next teaser's
 * headline (no full stop) or the page's furniture below it.
 */
function captionSized(plain: string): boolean {
  return plain.length >= 20 && plain.length <= 160 && /^[\p{Lu}]/u.test(plain) && /[.!?…]["”’»)]?$/.test(plain) && !/[.!?…]\s+[\p{Lu}]/u.test(plain.slice(0, -1)) && !articleSentence(plain) && !isFurnitureLine(plain);
}

/**
 * A picture's caption with its credit alone on the line below ("Kim Jong Un and Vladimir Putin at the Kremlin on
 * Thursday" / "REUTERS"): a caption that needs no full stop, its credit tells it. Read upwards from the foot: the
 * article sentence above such a caption is the text's own last paragraph, not a teaser's summary.
 */
function creditedCaption(plain: string, under: string): boolean {
  return plain.length >= 20 && plain.length <= 160 && /^[\p{Lu}]/u.test(plain) && !/[.!?…]\s+[\p{Lu}]/u.test(plain) && under.length > 0 && under.length <= 60 && (isCreditOnly(under) || BARE_PICTURE_SOURCE.test(under));
}

/** A page's notice longer than a short line (121 to 300 characters), as the furniture test reads it: a wire's rights notice. */
function longFootNotice(raw: string): boolean {
  const plain = stripInline(tidyLine(raw));
  return plain.length > 120 && isFurnitureLine(plain);
}

/** A magazine's name opening a line of the page's foot, what follows it after a dash, a bar or a full stop. */
const MAGAZINE_AT_FOOT = /^(Tạp chí|TẠP CHÍ)\s([^-–|.]{2,40}?)(?:\s[-–|]\s.{0,100}|\.)?$/u;
/**
 * The magazine a masthead in capitals names without its kind, as the page's last lines write it ("THẾ GIỚI MỚI" and
 * "Tạp chí Thế giới Mới - Giấy phép số 09/GP-BTTTT", "DU LỊCH TP HỒ CHÍ MINH" and "Tạp chí Du lịch TP Hồ Chí Minh - Cơ
 * quan của …"): that name, or null. A masthead printed in running case, or one the foot names otherwise, stays as
 * printed.
 */
function magazineOfMasthead(masthead: string, text: string): string | null {
  if (masthead.length > 40 || /^tạp chí\s/iu.test(masthead)) return null;
  // in capitals as the page prints it at its top, though read in the spelling its foot gives ("Du lịch TP Hồ Chí Minh")
  if (/[\p{Ll}]/u.test(masthead) && !text.slice(0, 400).includes(masthead.toLocaleUpperCase("vi"))) return null;
  const want = foldForMatch(masthead);
  const lines = text.slice(Math.max(0, text.length - 3000)).split("\n").slice(-20);
  for (const raw of lines) {
    const m = raw.length <= 160 ? MAGAZINE_AT_FOOT.exec(stripInline(tidyLine(raw))) : null;
    if (m?.[2] && foldForMatch(m[2]) === want) return `Tạp chí ${m[2]}`;
  }
  return null;
}

/** A word a comment section's heading holds (page-tail.ts's COMMENT_HEAD): a text with none has no such section. */
const COMMENT_WORD = /bình luận|ý kiến|nhận xét|comment|repl(?:y|ies)|response|join the/iu;
/** A blog's post time alone under the post: "Đăng lúc 09:30", "Đăng bởi Minh lúc 9:30 SA", "Posted at 9:30 AM", "Posted by Minh at 9:30 PM". */
const POSTED_CLOCK = /^(?:Đăng(?: bởi [^\n]{1,40})? lúc|Posted(?: by [^\n]{1,40})? at)\s(\d{1,2}):(\d{2})(?:\s?(AM|PM|am|pm|SA|CH))?\.?$/u;
/** The clock ("09:30") a blog's post time under the text gives (read upwards from the end, above no sentence of the text), or null. */
function postedClockAtFoot(text: string, from: number): string | null {
  for (let end = text.length, n = 0; end > from && n < 30; ) {
    const start = Math.max(text.lastIndexOf("\n", end - 1) + 1, from);
    const raw = text.slice(start, end).trim();
    end = start - 1;
    if (!raw) continue;
    n++;
    if (articleSentence(raw)) return null;
    const m = raw.length <= 80 ? POSTED_CLOCK.exec(raw) : null;
    if (!m) continue;
    let hour = Number(m[1]);
    const half = m[3]?.toUpperCase();
    if (hour > 23 || (half !== undefined && (hour < 1 || hour > 12))) return null;
    if (half === "PM" || half === "CH") hour = hour === 12 ? 12 : hour + 12;
    else if ((half === "AM" || half === "SA") && hour === 12) hour = 0;
    return `${String(hour).padStart(2, "0")}:${m[2]}`;
  }
  return null;
}

/** A footer's heading over the site's line about itself: "About", "About us", "Giới thiệu", "Về chúng tôi". */
const ABOUT_HEAD = /^(?:About|ABOUT|About us|About Us|Giới thiệu|GIỚI THIỆU|Về chúng tôi)$/u;
/** The nearest line with words on it below the line that ends at `end` (blank lines passed over), or "". */
function wordsBelow(text: string, end: number): string {
  for (let at = end + 1; at < text.length; ) {
    const nl = text.indexOf("\n", at);
    const line = text.slice(at, nl < 0 ? text.length : nl);
    if (line.trim()) return line.length > 300 ? "" : line;
    if (nl < 0) break;
    at = nl + 1;
  }
  return "";
}

/** A word a forum's reply opens with (page-tail.ts's isForumReply): a text with none has no reply. */
const FORUM_REPLY_WORD = /\s(?:đã\s)?(?:viết|wrote|said)\s?:|\s#\d|posted by|quote from|trích dẫn/iu;
/**
 * Where a comment section or a forum thread's replies start below the text (page-tail.ts's commentThreadAt, once two of the text's sentences are
 * above it): the offset of its heading's line, or the text's length.
 */
function commentSectionStart(text: string, from: number): number {
  if (!COMMENT_WORD.test(text) && !FORUM_REPLY_WORD.test(text)) return text.length;
  const starts: number[] = [];
  const plains: string[] = [];
  for (let at = from; at < text.length; ) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(at, end);
    if (raw.trim()) {
      starts.push(at);
      plains.push(raw.length > 300 ? raw : stripInline(tidyLine(raw)));
    }
    at = end + 1;
  }
  // (the text's sentences above a heading counted only when a heading is met: most texts have none)
  let sentences = 0;
  let counted = 0;
  for (let i = 0; i < plains.length; i++) {
    if (!((plains[i] as string).length <= 40 && commentThreadAt(plains, i)) && !isForumReply(plains[i] as string)) continue;
    for (; counted < i && sentences < 2; counted++) if (articleSentence(plains[counted] as string)) sentences++;
    if (sentences >= 2) return starts[i] as number;
  }
  return text.length;
}

function articleSentence(raw: string): boolean {
  return raw.length >= 80 && raw.length <= 2000 && articleSentenceMemo(raw);
}
// Pure, and asked of the same lines by several header and foot scans: remembered per line.
const articleSentenceMemo = memoByLine((raw: string): boolean => {
  const plain = stripInline(tidyLine(raw));
  return /[.!?…]["”’»)]?$/.test(plain) && hasPieces(plain, 12) && !isFurnitureLine(plain);
});

/** The pictures' line of a long read's credits block: "Ảnh: TTXVN, Reuters", "Photos: AP", "Ảnh và video: Minh Hà". */
const PICTURES_CREDIT = new RegExp(String.raw`^${caseless(String.raw`(?:ảnh|ảnh và video|video|photos?|pictures?|photography)`)}\s?:\s?[\p{Lu}][\p{L}'’.-]*(?:(?:,\s?|\s${caseless(String.raw`(?:và\s|and\s|&\s)`)}?)[\p{Lu}][\p{L}'’.-]*){0,6}$`, "u");
/** The writer's line above it: "Nội dung: Trần Minh Đức", "Thực hiện: …", "Words: Jane Doe", "Text: …". */
const WRITER_CREDIT = new RegExp(String.raw`^${caseless("(?:nội dung|thực hiện|bài|words|text|story)")}\s?:\s?[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,4}$`, "u");

/**
 * Whether a "Read next" / "Up next" box stands inside an explainer's run of questions and answers rather than at the
 * text's end: a short question with an article-size sentence right below it both above the box and below it ("What
 * will they discuss?" / its answer / "Read Next" / a teaser / "Are there arms transfers?" / its answer).
 */
function questionsAroundBox(text: string, at: number): boolean {
  const pairs = questionPairsOf(text);
  return pairs.some((pos) => pos < at) && pairs.some((pos) => pos > at);
}
/**
 * Whether an "Up next" label stands over a player's queue (a clip with its length, or the "Autoplay" switch, within the
 * few lines below it) rather than over the next story: a broadcaster's page goes on with the story's own text, its
 * transcript, under the player.
 */
function playerQueueBelow(text: string, from: number): boolean {
  for (let pos = from, n = 0; n < 6 && pos < text.length; n++) {
    const stop = text.indexOf("\n", pos);
    const raw = text.slice(pos, stop < 0 ? text.length : stop);
    pos = stop < 0 ? text.length : stop + 1;
    if (raw.length > 200) return false;
    const line = stripInline(tidyLine(raw));
    if (line && (isClipEntry(line) || AUTOPLAY.test(line))) return true;
  }
  return false;
}
const AUTOPLAY = /^(?:autoplay|auto-play|tự động phát)(?:\s?:?\s?(?:on|off|bật|tắt))?$/iu;
/** Where the text's short questions with an article-size sentence right below them stand (the last text asked is kept). */
let questionPairsMemo: { text: string; pairs: number[] } | null = null;
function questionPairsOf(text: string): number[] {
  if (questionPairsMemo?.text === text) return questionPairsMemo.pairs;
  const pairs: number[] = [];
  const lines = text.split("\n");
  for (let i = 0, pos = 0; i < lines.length; pos += (lines[i] as string).length + 1, i++) {
    const raw = lines[i] as string;
    if (raw.length > 200 || !raw.includes("?")) continue;
    const line = stripInline(tidyLine(raw));
    if (line.length > 120 || !isQuestionHead(line)) continue;
    const next = lines.slice(i + 1, i + 3).find((l) => l.trim());
    if (next !== undefined && articleSentence(next)) pairs.push(pos);
  }
  questionPairsMemo = { text, pairs };
  return pairs;
}

/** "Ramon Dizon - The Philippine Star": the paper's name after a byline's name, capitalised. */
const PAPER_AFTER_NAME = new RegExp(String.raw`\s[-–|]\s((?:${caseless("the")}\s)?[\p{Lu}][\p{L}&.' -]{2,40})$`, "u");
/** A labelled writer's line, the label in any case and the name capitalised: "Reporter: Fauzan", "WRITER: Jo Park". */
const LABELLED_WRITER = new RegExp(String.raw`^${caseless("(?:writer|reporter|author|tác giả|phóng viên|thực hiện|written by|reported by|nội dung|words|text|tổng hợp|người tổng hợp|biên soạn|người biên soạn|compiled by)")}\s*:\s*([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,4})$`, "u");
/** A print viewer's name, the paper's initials in capitals before it: "DH e-Paper", "TOI ePaper". */
const PRINT_VIEWER = new RegExp(String.raw`^([\p{Lu}]{2,5})\s?${caseless("e-?paper")}$`, "u");
/** Answers made once, for the foot scan's deferred tests (a function made in its loop is made again for every line). */
const NEVER = (): boolean => false;
const ALWAYS = (): boolean => true;

export function extractMetadata(wrapped: string, options: MetadataOptions = {}): ArticleMetadata {
  const text = splitGluedDates(joinWrappedHeadlines(joinTagLists(joinBrokenLines(unwrapColumns(wrapped)))));
  const meta: ArticleMetadata = { title: null, publishedAt: null, datePrecision: null, agency: null, outlet: null, author: null, url: null, warnings: [], body: "" };
  const translation = (what: string): void => {
    meta.warnings.push(`translated text: ${what}`);
  };
  // A date read from an "updated" line ("Cập nhật lúc …", "Updated …") gives way to a publication date printed
  // after it ("Đăng lúc …", "Published …", or a bare date): pages print both, in either order, and the published one wins.
  let dateIsUpdate = false;
  const setDate = (read: ParsedDate | null, line = ""): boolean => {
    if (!read) return false;
    const d = line ? monthFirst(read, line, text) : read;
    const update = isUpdateLine(line);
    if (
      meta.publishedAt === null ||
      (meta.datePrecision === "month-day" && d.precision !== "month-day") ||
      // a month alone ("December 2026", a journal's issue) gives way to any day of a year printed elsewhere
      (meta.datePrecision === "month" && (d.precision === "day" || d.precision === "minute")) ||
      (dateIsUpdate && !update && d.precision !== "month-day") ||
      // the same day's publication with its clock, labelled so, where the day alone was read first ("Friday, December
      // 5, 2026" over the headline, "Publish Date : Friday, 5 December 2026 12:35 PM" under the text)
      (meta.datePrecision === "day" && d.precision === "minute" && !update && d.publishedAt.startsWith(`${meta.publishedAt}T`) && PUBLICATION_LABEL.test(line))
    ) {
      meta.publishedAt = d.publishedAt;
      meta.datePrecision = d.precision;
      dateIsUpdate = update;
    }
    return true;
  };
  // The header region: non-blank lines up to the first prose paragraph (at most 40 lines).
  const header: HeaderLine[] = [];
  const standfirstHeads = new Set<number>();
  for (let pos = 0; pos < text.length && header.length < 40; ) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl + 1;
    const start = pos;
    pos = next;
    // (a line of a long web address is the header's, as its "Link:" line: up to 2,000 characters)
    if (next - start > 400 && !isAddressLine(text.slice(start, next).trim())) {
      // an address longer than any kept (2,000 characters) is no address, and never a cut one
      if (isAddressLine(text.slice(start, start + 400).trim())) continue;
      header.push({ start, next, raw: "", plain: text.slice(start, Math.min(next, start + 400)) });
      break; // a paragraph: the header is over
    }
    const raw = tidyLine(text.slice(start, next));
    if (raw.length === 0) continue;
    const plain = withoutPrintButton(stripInline(raw));
    header.push({ start, next, raw, plain });
    // a question over its standfirst and byline: the headline (classifyHeader is told, it sees no line below the standfirst)
    // (and a headline put as a sentence or two under its section's label, as opinion pages write them: "Editorials" /
    // "Russia and North Korea deny the arms trade. The evidence doesn’t." / its summary / the byline)
    const labelAbove = header.length >= 2 && underLabel((header[header.length - 2] as HeaderLine).plain);
    const overStandfirst = plain.length <= 160 && (/[?!]["”’»]?$/.test(plain) || (labelAbove && plain.length <= 120)) && isLead(plain) && bylineUnderStandfirst(text, next);
    if (overStandfirst) standfirstHeads.add(header.length - 1);
    // (a fact-check's summary box between the headline and the byline: "What was claimed" / its sentence / "Our
    // verdict" / its sentence / the day and the writer below: the header goes on past the box's sentences)
    const boxed = header.length >= 2 && isSummaryBoxSentence((header[header.length - 2] as HeaderLine).plain, plain);
    // (a standfirst under the headline with the byline's "By …" line right below it: headline / standfirst / "By X"
    // / picture / lead, as most English pages print the top of a story; the header goes on to the byline)
    // (written out where it is read, not as a function made for each line)
    if (isLead(plain) && !boxed && !overStandfirst && !(header.length >= 2 && plain.length <= 300 && headlineShaped((header[header.length - 2] as HeaderLine).plain) && labelledBylineBelow(text, next)) && !questionHeadline(text, next, plain) && !markedHeadline(header.length, raw, options.findTitle === true) && !creditBelow(text, next) && !bannerOverMenus(text, next, plain)) break;
  }
  const plains = header.map((h) => h.plain);
  let printedMasthead: string | null = null;
  let savedSite: string | null = null; // the site a saved page names ("Site: …"), its og:site_name or its header's title
  let appSource: string | null = null;
  let printedHost: string | null = null; // a domain printed in the header, or an e-mail sender's
  let postedWire: string | null = null; // the wire whose correspondents the author field names ("Phóng viên TTXVN tại Moscow")
  let printedDomainName: string | null = null; // the masthead when it is a domain printed as a name ("Military.com")
  let senderName: string | null = null;
  let runningName: string | null = null;
  let runningDate: ParsedDate | null = null;
  const shortLines: string[] = [];
  let serviceName: string | null = null;
  let leadInitials: string | null = null; // initials no list knows crediting the lead's dateline ("(FEPA)")
  let editor: string | null = null;
  let englishTranslator: string | null = null;
  let bylineOutlet: string | null = null;
  const model = classifyHeader(plains, options.findTitle === true, options.roleFor, markedHeadline(1, header[0]?.raw ?? "", options.findTitle === true), standfirstHeads);
  // A release copied out of its PDF: the issuer's name, the "PRESS RELEASE" label, its number, date and contact, then
  // the headline. Lines above the label are the issuer (the outlet), the headline the first line of headline shape
  // below it; no rule's score puts the issuer's name over a label.
  const label = options.findTitle && !options.roleFor ? plains.findIndex((p, k) => k < 6 && k < model.firstBody && /^(?:press|news|media) release$|^thông cáo báo chí$/iu.test(p)) : -1;
  if (label > 0 && model.title >= 0 && model.title < label) {
    const headline = plains.findIndex((p, k) => k > label && k < model.firstBody && model.roles[k]?.role === "body" && p.length >= 12 && p.length <= 220 && /^[\p{Lu}]/u.test(p) && !/[.:;,]$/.test(p) && !/^[\p{L}' ]{2,20}:/u.test(p));
    if (headline > 0) {
      model.roles[model.title] = { role: "body", score: 0 };
      model.roles[headline] = { role: "title", score: 10 };
      model.title = headline;
    }
  }
  // A source's name over the headline in an app's or a reader's copy (Apple News's "The Atlanta Journal-Constitution",
  // Feedly's feed name), the byline below: read as a headline over its standfirst. The name printed again lower in the
  // copy ("More from The Atlanta Journal-Constitution", "Tạp chí Kinh tế Việt Nam / 3d") is the source's; a headline
  // is printed once.
  if (!options.roleFor && model.title >= 0 && model.title + 1 < model.firstBody) {
    const k = model.title;
    const name = plains[k] ?? "";
    const below = header[k + 1];
    if (below && model.roles[k + 1]?.role === "body" && sourceNameOverHeadline(name, below.plain) && nameAgainBelow(text, below.next, name)) {
      model.roles[k] = { role: "outlet", score: 3, name };
      model.roles[k + 1] = { role: "title", score: 10 };
      model.title = k + 1;
    }
  }
  const issuer = plains[0] ?? "";
  if (label > 0 && model.title > label && issuer.length <= 80 && /^[\p{Lu}]/u.test(issuer) && (["body", "section", "byline"].includes(model.roles[0]?.role ?? "") || (model.roles[0]?.role === "furniture" && !isFurnitureLine(issuer)))) {
    model.roles[0] = { role: "outlet", score: 3, name: issuer };
  }
  // The masthead is the page's first line, after any app banner ("Tải ứng dụng …", "Mở") printed above it and any
  // address pasted or written above the copy ("https://…", "Link: https://…", an e-mail's article link).
  let top = 0;
  // and the site's date bar above a masthead set in capitals ("Thứ Năm, ngày 03/12/2026" over "TẠP CHÍ …"), the headline
  // lower (a bar over a login link or a logo's alt text leaves the masthead unread there, as before)
  const dateBar = (at: number): boolean => model.roles[at]?.role === "date" && at + 2 < model.title && capitalsOnly(plains[at + 1] ?? "");
  // and a network's bar of its sister channels or sites above a masthead set in capitals ("VTV5 | VTV5 Tây Nam Bộ | VTV5
  // Tây Nguyên" over "VTV5 TÂY NAM BỘ"), the headline lower
  const sisterBar = (at: number): boolean => at + 2 < model.title && capitalsOnly(plains[at + 1] ?? "") && siblingNames(plains[at] ?? "");
  // and a market bar of rates and indices over everything ("USD 1.7000 EUR 1.8412 RUB 0.0208", "STI 3,812.44 +0.31%"),
  // and a ticker's or an alert bar's item over the header ("WEATHER ALERT: Dense fog advisory …", "BREAKING: …")
  // and a site's top bar of its day and its hotline or e-mail over its masthead ("Thứ Tư, 12/08/2026 | Đường dây nóng:
  // 0210 3812 345" over "Báo Sông Thao điện tử"), the headline lower
  const hotlineBar = (at: number): boolean => at + 2 < model.title && HOTLINE_BAR.test(plains[at] ?? "") && (paperMasthead(plains[at + 1] ?? "") || siteNameLine(plains[at + 1] ?? "") || capitalsOnly(plains[at + 1] ?? "") || masthead(plains[at + 1] ?? ""));
  // and a bar over the masthead that names no site: the state's name or motto line over a public body's portal, a
  // language switch, a station's live bar ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tiếng Việt | Русский | English", "●
  // TRỰC TIẾP: Kênh TNX1 | …" over "Cổng thông tin điện tử tỉnh …"), the headline lower
  const nameBar = (at: number): boolean => {
    const next = plains[at + 1] ?? "";
    return at + 2 < model.title && overMastheadBar(plains[at] ?? "") && (paperMasthead(next) || siteNameLine(next) || institutionMasthead(next) || capitalsOnly(next) || masthead(next));
  };
  // and a consent dialog over everything, from its notice to its last button ("We value your privacy" / "We and our
  // partners store …" / "Accept all" / "Reject all" / "More options" over "The Yorkshire Post")
  const consentEnd = consentDialogEnd(plains, model.title);
  while (top < model.firstBody - 1 && ((model.roles[top]?.role === "furniture" && model.roles[top]?.score === 4) || top < consentEnd || model.roles[top]?.role === "url" || dateBar(top) || hotlineBar(top) || nameBar(top) || sisterBar(top) || marketBar(plains[top] ?? "") || (top + 2 < model.title && tickerAboveHeader(plains, top)))) top++;
  // A dated line above the headline is the site's "today" when the headline has a date of its own below it.
  let dateAbove: ParsedDate | null = null;
  let dateAboveAt = -1;
  // Two dates above the headline with the menus between them: the first is the site's date bar (the day of the
  // visit, "Montevideo, December 5th 2026 - 10:20 UTC"), the one nearer the headline the story's.
  const above = (d: ParsedDate | null, at: number): void => {
    if (d === null) return;
    if (dateAbove === null || storyDateBelowBar(model.roles, dateAboveAt, at)) {
      dateAbove = d;
      dateAboveAt = at;
    }
  };
  // A markdown "# " headline on the first line (saved pages are written so) is the title whatever the scores say,
  // unless the editor gave that line another role.
  if (options.findTitle && model.firstBody > 0 && /^#\s/.test(header[0]?.raw ?? "") && model.title !== 0 && !options.roleFor?.(plains[0] as string)) {
    if (model.title > 0) model.roles[model.title] = classifyLine(plains[model.title] as string, "header");
    // (not above the headline after all: read as a line under it, a byline kept as one, "Tác giả: Park Jun-hee")
    for (let i = 1; i < model.title; i++) {
      if (model.roles[i]?.score !== 1) continue;
      const below = classifyLine(plains[i] as string, "header");
      model.roles[i] = below.role === "byline" ? below : { role: "body", score: 0 };
    }
    model.roles[0] = { role: "title", score: 10 };
    model.title = 0;
  }
  // a sticky player's label above the text ("Now Playing") and its video's title on the line below: furniture both
  for (let i = 1; i < model.firstBody; i++) {
    if (model.roles[i]?.role === "body" && isPlayerLabel(plains[i - 1] as string) && (plains[i] as string).length <= 120 && !isLead(plains[i] as string) && !headlineUnderPlayer(plains, i)) model.roles[i] = { role: "furniture", score: 2 };
  }
  relatedLinksOverByline(plains, model);
  const removed: boolean[] = new Array<boolean>(model.firstBody).fill(false);
  let summary = false; // below an AI summary's label: its points, up to the lead
  for (let i = 0; i < model.firstBody; i++) {
    const { raw, plain } = header[i] as HeaderLine;
    const info = model.roles[i] as LineInfo;
    if (options.roleFor?.(plain) === "body") continue; // an editor said: article text, keep it
    if (i > model.title && model.title >= 0 && AI_SUMMARY.test(plain)) summary = true;
    if (summary && info.role === "body") {
      // "Quick Reads" / "Summary is AI-generated, newsroom-reviewed." / its points: no part of the article's text
      removed[i] = true;
      continue;
    }
    let m: RegExpExecArray | null;
    let drop = true;
    // (an in-app browser's bar prints its close mark before the address: "✕  saigonseoulletter.com")
    const barHost = i <= top + 1 ? plain.replace(/^[✕×]\s*/u, "") : plain;
    if ((i <= top + 1 || (model.title >= 0 && i === model.title + 1)) && /^(?:www\.)?[a-z\d-]{2,40}(?:\.[a-z\d-]{2,12}){1,3}$/i.test(barHost) && /[a-z]/i.test(barHost)) {
      // a reader view's first line, or a read-later app's line under the headline: the site's domain ("baolongan.vn")
      printedHost ??= barHost.toLowerCase();
      // a masthead that is a domain set as a name, capitals and all ("Military.com", not a reader view's "baolongan.vn"),
      // named so again lower down ("About Military.com")
      if (i === top && /^[\p{Lu}]/u.test(plain) && text.includes(plain, text.indexOf(plain) + plain.length)) printedDomainName ??= plain;
      removed[i] = true;
      continue;
    }
    if (printedHost !== null && model.title >= 0 && i === model.title + 1 && (info.role === "body" || info.role === "byline") && (READER_SITE_NAME.test(plain) || (plain.length <= 60 && !/^(?:by|from)\s|[,|]/i.test(plain) && domainSpells(plain, printedHost)))) {
      // a reader view's line under the headline, where it prints the byline or, with none, the site's name ("vjst.vn" /
      // headline / "Tạp chí Khoa học và Công nghệ Việt Nam" / "5 - 6 phút"): a paper's or a public body's name by its form,
      // or the name the domain over the headline spells ("corribradio.ie" / headline / "Corrib Public Radio"; never a
      // byline that names the wire the domain is: "By A and B, Reuters" under "www.reuters.com")
      meta.outlet ??= lookupOutlet(plain) ?? plain;
      removed[i] = true;
      continue;
    }
    const aged = model.title >= 0 && (i < model.title || i === model.title + 1) ? sourceWithAge(plain) : null;
    if (aged !== null) {
      // a news app's source line over the headline ("Tạp chí … · 3 giờ trước"), or right under it as a phone's reader
      // sets it (headline / "Tạp chí Kiểm sát · 5 giờ" / summary): the source is the outlet, over the app's own name
      appSource ??= aged;
      removed[i] = true;
      continue;
    }
    const posted = model.title >= 0 && i > model.title ? wirePost(plain) : null;
    if (posted !== null) {
      // "Phóng viên TTXVN tại Bình Nhưỡng" under the headline: the wire's correspondents, no one named
      meta.agency ??= posted.wire;
      if (posted.writer !== null) meta.author ??= posted.writer;
      removed[i] = true;
      continue;
    }
    if ((m = /^(?:story|article|provided|content) (?:by|from)\s+([\p{L}][\p{L}&.' -]{1,40}?)(?:\s*[•·|]\s*\d{1,3}\s?[hmd])?$/iu.exec(plain)) && lookupAgency(m[1] ?? "")) {
      // a portal's credit of the partner whose story it carries ("Story by Reuters • 3h"): that wire is the agency, and
      // the portal's own masthead stays the outlet (the wire's dateline in the lead does not rename it)
      meta.agency ??= lookupAgency(m[1] ?? "");
      if (printedMasthead !== null) meta.outlet ??= printedMasthead;
      removed[i] = true;
      continue;
    }
    // a newsroom's or writer's e-mail printed in the header ("Email: news@limerickleader.ie"): its domain, as a printed
    // one, picks the header line it spells (never a mail service's)
    if (plain.length <= 80 && plain.includes("@") && (m = /^(?:e-?mail\s?:\s?)?[\w.+-]{1,40}@((?:[a-z\d-]{2,40}\.){1,3}[a-z]{2,12})$/i.exec(plain)) && !MAIL_SERVICE.test(m[1] ?? "")) {
      printedHost ??= m[1]?.toLowerCase() ?? null;
      // the writer's address under an unlabelled byline with the place after a comma ("Ilze Kalniņa, Riga" over
      // "ilze.kalnina@…"): the address spelling the name makes the line above a byline
      const signed = i > 0 && meta.author === null && model.roles[i - 1]?.role === "body" ? namesBeforePlace(plains[i - 1] as string) : null;
      if (signed !== null && addressSpells(plain, signed)) {
        meta.author = signed;
        removed[i - 1] = true;
      }
    }
    if ((m = /^(?:from|từ)\s*:\s*"?([^"<>@]{2,60}?)"?\s*<[^<>@\s]+@([^<>\s]+)>$/i.exec(plain))) {
      // a newsletter pasted from e-mail: the sender names the outlet ("From: Jamestown Foundation <publications@jamestown.org>")
      senderName ??= m[1]?.trim() ?? null;
      printedHost ??= m[2]?.toLowerCase() ?? null;
      removed[i] = true;
      continue;
    }
    if (plain.length <= 120 && RUNNING_HEADER.test(plain) && (m = /^(?:\d{1,3}\s+)?(\S.{1,60}?)\s+(?:Số|No\.?|Issue|Vol\.?)\s?\d{1,4}(?:[-/]\d{2,4})?\s*(.*)$/u.exec(plain))) {
      // a PDF copy's running page header names the publication and the issue's day ("KINH TẾ SÀI GÒN Số 38-2025 Thứ Năm, 18-9-2025 23")
      runningName ??= m[1]?.trim() ?? null;
      runningDate ??= parseDate(m[2] ?? "");
    }
    if (plain.length <= 60 && !/@|:\/\//.test(plain)) shortLines.push(plain);
    if ((m = CAPTURE.exec(plain))) meta.outlet ??= m[1]?.trim() || null;
    else if ((m = SITE_LABEL.exec(plain)) && (options.roleFor?.(plain) ?? "outlet") === "outlet") {
      // "Nhân Dân Nhật báo Online": the daily's web edition is the daily; a name whose last word before "Online" is not
      // the paper's kind keeps it as it is printed ("Báo Bình Dương Online", "Nhịp Cầu Thế Giới Online")
      const site = (m[1] ?? "").trim().replace(/^(.*\s(?:nhật báo|tuần báo|báo|tạp chí))\s+online$/iu, "$1");
      // (a reader's item page: its <title> names the reader, the feed's name with its section right below names the
      // publisher: "Site: Trình đọc tin" / "Báo Sóc Giang - Quốc tế")
      const feed = feedSectionName(plains[i + 1] ?? "");
      if (feed !== null) meta.outlet ??= feed;
      meta.outlet ??= lookupOutlet(site) ?? (site || null);
      savedSite ??= site || null;
      // a wire agency's own page ("Anadolu Ajansı"), its edition too ("IRNA English")
      const siteWire = lookupAgency(m[1] ?? "") ?? lookupAgency((m[1] ?? "").replace(/\s(?:English|International|Global|Online)$/u, ""));
      if (isWire(siteWire)) meta.agency ??= siteWire;
      model.roles[i] = { ...info, role: "outlet" }; // listed as the outlet's line; another role given to it drops the name
    }
    else if (info.role === "title" || (options.findTitle && /^#\s/.test(raw) && meta.title === null && info.role === "body")) {
      const rest = meta.title === null && i + 1 < model.firstBody ? headlineByTail(plain, plains[i + 1] ?? "") : null;
      meta.title ??= rest ? `${plain} ${rest}` : plain;
      if (rest) {
        meta.author ??= speakerOfStatement(rest); // "by NATO Secretary General Mark Rutte ahead of …": the speaker
        removed[i + 1] = true;
        model.roles[i + 1] = { role: "title", score: info.score };
      }
    }
    else if (i === top && model.title > i + 1 && printedMastheadContext(model.roles[i + 1]) && isWire(lookupAgency(plain))) {
      // a wire agency's own page: its name as the masthead ("BERNAMA", "ANTARA News", "Interfax")
      meta.outlet ??= lookupOutlet(plain) ?? lookupAgency(plain);
      meta.agency ??= lookupAgency(plain);
    } else if (i === top && printedMasthead === null && model.title > i + 2 && institutionMasthead(plain) && !/[\p{Ll}]/u.test(plain) && paperMasthead(plains[i + 1] ?? "") && printedMastheadContext(model.roles[i + 2])) {
      // the body that publishes a paper above the paper's own masthead ("BAN NỘI CHÍNH TRUNG ƯƠNG" / "TẠP CHÍ NỘI
      // CHÍNH", "BỘ TƯ PHÁP" / "BÁO PHÁP LUẬT VIỆT NAM"): the paper, the lower of the two
      printedMasthead = spelledBelow(plains[i + 1] ?? "", text.split("\n"), 0);
    } else if (i === top && printedMasthead === null && model.title > i + 2 && facultyUnderSchool(plains[i + 1] ?? "", plain) && printedMastheadContext(model.roles[i + 2])) {
      // a university's name in capitals over its faculty's site, named with the university after a dash ("TRƯỜNG ĐẠI
      // HỌC TÂY HỒ" / "Khoa Quốc tế học - Trường Đại học Tây Hồ"): the faculty, whose site it is
      printedMasthead = plains[i + 1] ?? null;
    } else if (i === top && printedMasthead === null && model.title > i + 2 && OWNER_BODY.test(plain) && !/[\p{Ll}]/u.test(plain) && unitUnderOwner(plains[i + 1] ?? "") && printedMastheadContext(model.roles[i + 2])) {
      // the authority a portal's unit answers to above the unit's own name ("UBND TỈNH LÀO CAI" / "SỞ NGOẠI VỤ TỈNH LÀO
      // CAI", "BỘ NGOẠI GIAO" / "ỦY BAN NHÀ NƯỚC VỀ NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI"): the unit, whose site it is
      printedMasthead = spelledBelow(plains[i + 1] ?? "", text.split("\n"), 0);
    } else if (i === top && printedMasthead === null && model.title > i + 2 && plain.length <= 60 && OWNER_BODY_EN.test(plain) && (plains[i + 1] ?? "").length <= 80 && UNIT_EN.test(plains[i + 1] ?? "") && printedMastheadContext(model.roles[i + 2])) {
      // the same in English: a parliament's, a ministry's or a university's banner over its unit's own name ("UK
      // Parliament" / "House of Commons Library", "Ministry of Defence" / "Defence Intelligence Office"): the unit
      printedMasthead = plains[i + 1] ?? null;
    } else if (i === top && printedMasthead === null && model.title > i + 1 && printedMastheadContext(model.roles[i + 1]) && (m = JOURNAL_SERIES.exec(plain))) {
      // a journal's name with its series after a colon ("Tạp chí Khoa học Đại học Huế: Khoa học Xã hội và Nhân văn",
      // "Journal of Peace Studies: Series B"): the journal
      printedMasthead = m[1]?.trim() ?? null;
    } else if (i === top && printedMasthead === null && model.title > i + 1 && printedMastheadContext(model.roles[i + 1]) && mastheadBeforeSlogan(plain) !== null) {
      // the masthead and its slogan on one line ("Radio 2VNR - Tiếng nói Cộng đồng Việt Nam tại Sydney"): the name
      printedMasthead = mastheadBeforeSlogan(plain);
    } else if (i === top && printedMasthead === null && model.title > i + 1 && printedMastheadContext(model.roles[i + 1]) && (m = PHONE_BAR.exec(plain)) && masthead(m[1] ?? "")) {
      // a phone's top bar copied as one line, the site's name between its buttons ("Menu  Mekong Herald  Search", "☰
      // Báo Bắc Hà"): the name
      printedMasthead = m[1] ?? null;
    } else if (i === top && (info.score === 1 || info.role === "byline" || info.role === "section") && model.title > i + 1 && printedMastheadContext(model.roles[i + 1]) && (masthead(plain) || longMasthead(plain, text)) && !(englishInstitution(plain) && menuLine(plains[i + 1] ?? ""))) {
      // a masthead the lexicon does not know, as printed: the first line, a short name, menus or sections below;
      // an outlet the lexicon knows, found anywhere else on the page, comes first. "Báo X Online" is Báo X (the paper
      // and its web edition), but a site that is only online names itself so ("GMA News Online"); a foreign
      // broadcaster's Vietnamese service prints its language on the next line ("KBS WORLD" / "Tiếng Việt").
      // A slogan printed beside the logo ("Democracy Dies in Darkness") is a phrase, not a name: taken only when the
      // text prints it again below (a footer's "Go to … homepage", a copyright line).
      // A call to act around the name ("Watch CBS News", "Listen to X") is a link, the name inside it the masthead.
      // A name printed again in another script beside it ("Bốn Phương 四方報", "The Korea Times 코리아타임스") is that name.
      const named = withoutOtherScriptTwin(plain.replace(/^(?:watch|listen to|read|visit|follow)\s+(?=[\p{Lu}])/u, "").replace(/^(?:Watch|Listen to|Read|Visit|Follow)\s+(?=[\p{Lu}])/u, ""));
      if (!slogan(named) || text.includes(plain, text.indexOf(plain) + plain.length)) printedMasthead = PAPER_NAME.test(named) ? named.replace(/\s+online$/i, "") : named;
      // a paper's name set in capitals with its kind or past five words, as the page spells it in running case lower
      // down, as a public body's is: "TẠP CHÍ KỸ THUẬT VÀ TRANG BỊ" over "© Tạp chí Kỹ thuật và Trang bị", "BÁO QUÂN KHU
      // 5" over "Ghi rõ nguồn "Báo Quân khu 5"", "SÀI GÒN ĐẦU TƯ TÀI CHÍNH" over "… Sài Gòn Đầu tư Tài chính"
      if (printedMasthead !== null && (/^(?:BÁO|TẠP CHÍ)\s/u.test(printedMasthead) || printedMasthead.split(" ").length > 5)) printedMasthead = spelledBelow(printedMasthead, text.split("\n"), 1);
      // a paper's masthead without its kind ("QUỐC PHÒNG THỦ ĐÔ"), its full name alone on a line of the foot ("BÁO QUỐC
      // PHÒNG THỦ ĐÔ"): the full name
      if (printedMasthead !== null && !PAPER_NAME.test(printedMasthead)) printedMasthead = paperNamedBelow(printedMasthead, text.slice(-3000).split("\n")) ?? printedMasthead;
      if (/^tiếng việt$/i.test(plains[i + 1] ?? "")) printedMasthead = `${printedMasthead} Tiếng Việt`;
    } else if (i === top && printedMasthead === null && model.title > i + 2 && institutionMasthead(plain) && !/[\p{Ll}]/u.test(plain) && institutionMasthead(plains[i + 1] ?? "") && !/[\p{Ll}]/u.test(plains[i + 1] ?? "") && printedMastheadContext(model.roles[i + 2])) {
      // a parent body above the unit whose site it is ("VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM" / "VIỆN NGHIÊN CỨU ĐÔNG
      // BẮC Á"): the unit's name, the lower of the two
      printedMasthead = spelledBelow(plains[i + 1] ?? "", text.split("\n"), 0);
} else if (i === top && printedMasthead === null && model.title > i + 1 && printedMastheadContext(model.roles[i + 1]) && ((institutionMasthead(plain) && (!/[\p{Ll}]/u.test(plain) || foldForMatch(text).split(foldForMatch(plain)).length > 2 || (i > 0 && nameBar(i - 1)))) || (englishInstitution(plain) && menuLine(plains[i + 1] ?? "")))) {
      // (an English body's name in running case, printed once over its site's menu: "Parliament of Australia" /
      // "Senators and Members  Parliamentary Business  Committees …", "United States Mission to the United Nations" /
      // "Home  Remarks  Press Releases  Ambassador  About")
      // a station's, a portal's, a ministry's or a school's name as its first line, longer than a paper's masthead
      // ("ĐÀI PHÁT THANH - TRUYỀN HÌNH HÀ TĨNH", "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG"), menus or sections below;
      // in capitals as mastheads are set, or printed again lower down (a rights line) if in running case, or under a
      // bar that stands over mastheads only (a language switch, a live bar: "Tổng Lãnh sự quán … tại Cần Thơ")
      printedMasthead = spelledBelow(plain, text.split("\n"), 0);
} else if (i === top && printedMasthead === null && (mastheadByForm(plain) || (model.title === i + 1 && blogName(plain, plains[i + 2] ?? "", text))) && (lookupOutlet(plain) === null || plain.length > 40) && ((model.title === i + 1 && (["date", "byline"].includes(model.roles[i + 2]?.role ?? "") || (model.roles[i + 2]?.role === "body" && ["date", "byline"].includes(model.roles[i + 3]?.role ?? "")))) || (model.title > i + 1 && printedMastheadContext(model.roles[i + 1])))) {
      // a Vietnamese site's name by its form at the copy's top, right over the headline with the headline's byline or
      // date under it, as a reader view or a channel's page prints it ("Kênh Thời Sự Toàn Cầu", "Trung tâm Hàn Quốc
      // học – Trường Đại học Nam Trung Bộ" / headline / "Thu Hà (CTV)"), or over menus or sections ("Trang thông tin
      // điện tử phường Long Sơn" / "Giới thiệu Tin tức - Sự kiện …"): the masthead; a name the lexicon's readers know
      // but too long for a line's own reading ("Đài Phát thanh và Truyền hình Hậu Giang Xanh") as they spell it; a
      // feed's name with its section after a dash ("Báo Hậu Lộc - Thế giới") names the outlet before the dash
      printedMasthead = (info.role === "outlet" ? info.name : null) ?? lookupOutlet(plain) ?? plain;
    } else if (i < model.title && /^[\p{Lu}][\p{L}.&'’ -]{1,30}\sTiếng Việt$/u.test(plain) && !isSectionLike(info)) {
      // "CRI Tiếng Việt", "SBS Tiếng Việt" above the headline: the service's name, before any masthead
      serviceName ??= plain;
    } else if (info.role === "furniture" || info.role === "section") {
      // page furniture and section labels above the headline; "Theo dõi Thanh Niên trên", "Mở ứng dụng VnExpress" name the outlet
      const named = /^(?:theo dõi|mở ứng dụng|tải ứng dụng|follow|subscribe to|support)\s+(?:báo\s+|the\s+)?(.+?)(?:\s+(?:trên|on)\b.*)?$/i.exec(plain)?.[1];
      if (named) meta.outlet ??= lookupOutlet(named);
    } else if (info.role === "date") {
      // "danubepost.at · The Danube Post · Nov 12, 2026" under a reader's headline: the site its host spells
      bylineOutlet ??= readerHostSite(plain);
      // a time on the line below a date: "Chủ nhật, ngày 08 tháng 12 năm 2024" / "16:02 (GMT +7)"
      const below = header[i + 1];
      const time = below && i + 1 < model.firstBody ? bareTime(below.plain) : null;
      if (time && info.date?.precision === "day") {
        const d: ParsedDate = { publishedAt: `${info.date.publishedAt}T${time.clock}${time.zone}`, precision: "minute" };
        if (i < model.title) above(d, i);
        else setDate(d, plain);
        removed[i + 1] = true;
        model.roles[i + 1] = { role: "date", score: 4 };
      } else if (i < model.title) above(info.date ?? null, i);
      else setDate(info.date ?? null, plain);
      if (info.rest && !bylineBeforeWire(info.rest, meta) && !readFooterCredit(info.rest, meta)) readBylineRest(info.rest, meta);
      creditOfUpdateLine(plain, meta);
      // "Tạp chí Hữu nghị - 03/12/2026 20:10" under a shared headline: the paper that published it, then its stamp
      const source = i > model.title && model.title >= 0 ? sourceBeforeStamp(plain) : null;
      if (source !== null) meta.outlet ??= lookupOutlet(source) ?? source;
      // "Đăng ngày December 3, 2026 bởi Bảo Ngọc": a person posting after the date signs it (a site's name does not)
      // "Ngày đăng: 15/08/2026 · Người viết: Ngọc Ánh": the writer the template labels after the stamp
      const labelled = writerAfterStamp(plain);
      if (labelled !== null && !lookupOutlet(labelled)) readBylineRest(labelled, meta);
      const poster = posterAfterDate(plain);
      if (poster && isWire(lookupAgency(poster))) meta.agency ??= lookupAgency(poster); // "… 08:45 PM NPT By: Reuters": the wire posted it
      else if (poster && !lookupOutlet(poster)) readBylineRest(poster, meta);
      // "Written by Tram Nguyen. Published on 04 December 2026.": the byline's sentence before the date's
      const signed = bylineBeforeDate(plain);
      if (signed) readBylineRest(signed.replace(/^(?:written|reported|words|story)\s+/iu, ""), meta);
      // "Updated on: December 3, 2026 / 6:12 AM EST / CBS/AP": the outlet and the wire after the time
      const sharedWire = /\s[/|]\s[\p{L}\d.&-]{2,20}\/([\p{L}][\p{L}.-]{1,20})$/u.exec(plain)?.[1];
      if (sharedWire && isWire(lookupAgency(sharedWire))) meta.agency ??= lookupAgency(sharedWire);
      // "By Reuters - December 3, 2026 @ 4:05pm": the wire's byline on the date's line
      const byWire = /^(?:by|bởi)\s+([\p{L}][\p{L} .'-]{1,40}?)\s*[-–—|,]/iu.exec(plain)?.[1];
      if (byWire && isWire(lookupAgency(byWire))) meta.agency ??= lookupAgency(byWire);
      // "By Agence France-Presse | PUBLISHED: …": a wire's name of several words before a bar
      const byWireBar = /^(?:by|bởi)\s+([\p{L}][\p{L} .'’-]{1,40}?)\s\|\s/iu.exec(plain)?.[1];
      if (byWireBar && isWire(lookupAgency(byWireBar))) meta.agency ??= lookupAgency(byWireBar);
      // "The Canadian Press · Posted: Jul 17, 2026 4:12 PM CDT | Last Updated: …": the wire's name before a bullet or a
      // bar opening the stamp's line, as a broadcaster's page credits the wire it runs
      const wireFirst = i > model.title && model.title >= 0 ? /^([\p{Lu}][\p{L} .'’-]{1,40}?)\s[·•|]\s/u.exec(plain)?.[1] : undefined;
      if (wireFirst && isWire(lookupAgency(wireFirst))) meta.agency ??= lookupAgency(wireFirst);
    }
    else if (info.role === "url") meta.url ??= info.url ?? null;
    else if (info.role === "outlet" && i === top && (isWire(lookupAgency(plain)) || !lookupAgency(plain) || mastheadContext(model.roles[i + 1]))) {
      // the page's masthead, first of all, with menus or sections below it: the outlet; a wire agency's own page
      // ("KYODO NEWS", "Reuters") credits the agency too. A publication's name elsewhere is a credit ("New York Times").
      meta.outlet ??= info.name ?? null;
      if (isWire(lookupAgency(plain))) meta.agency ??= lookupAgency(plain);
    } else if (plain.length <= 40 && lookupAgency(plain)) meta.agency ??= lookupAgency(plain);
    else if (info.role === "outlet") meta.outlet ??= info.name ?? null;

    else if ((m = RELATED_PRESS.exec(plain))) meta.outlet ??= m[1]?.trim() ?? null;
    else if (i > model.title && plain.length <= 60 && (m = SITE_WITH_WIRE.exec(plain)) && isWire(lookupAgency(m[2] ?? "")) && (foldForMatch(m[1] ?? "") === foldForMatch(plains[top] ?? "") || lookupOutlet(m[1] ?? "") !== null)) {
      // "Türkiye Today with Reuters" under the headline, no "By": the site's own masthead and the wire it ran
      meta.agency ??= lookupAgency(m[2] ?? "");
    } else if (i > model.title && plain.length <= 60 && (m = STAFF_WITH_WIRE.exec(plain)) && isWire(lookupAgency(m[1] ?? ""))) {
      // "Staff writer, with AFP" under the headline: the desk's own hand on the wire's copy, no one named
      meta.agency ??= [m[1], m[2]].filter((w) => w && isWire(lookupAgency(w))).map((w) => lookupAgency(w ?? "")).join(", ");
    } else if (plain.length <= 80 && (m = COMPILER_LABEL.exec(plain))) {
      meta.author ??= cleanName(m[1] ?? ""); // "Tổng hợp: Lâm Hoàng" under the headline: the desk's compiler wrote it
    } else if (plain.length <= 80 && (m = AUTHOR_LABEL.exec(plain)) && m[1]) {
      let who = withoutBylineTail(bylineBeforeStamp(m[1])); // "By Kyodo News Today Updated 10:05 p.m.": the names before the page's stamp (and "for RFA Korean" after them)
      const sourced = bylineWithSource(who);
      if (sourced) {
        // an infographic's or a graphic's credit line, "Thực hiện: Minh Khoa | Nguồn: Reuters | 03/11/2026 15:00": the
        // maker is the writer, the wire after the bar the agency, the stamp no part of either
        meta.agency ??= sourced.wire;
        who = sourced.names;
      }
      bylineOutlet ??= appBylineSource(plain); // "by Marcus Ellery · Quartz · 3d": a news app's source between the bullets
      const withWire = /^(.+?)\s+(?:with|avec|và|cùng)\s+([\p{L}-]{2,20})$/iu.exec(who);
      const barred = BYLINE_EMAIL_BAR.exec(who);
      const beside = wireBesideByline(plain);
      const posted = wirePost(who);
      if (posted) {
        // "Tác giả: Phóng viên TTXVN tại Moscow": the wire's correspondents, no one named (the wire credited below,
        // unless the page is the wire's own)
        if (posted.writer !== null) meta.author ??= posted.writer;
        postedWire ??= posted.wire;
      } else if (beside) {
        // "By Marcus Bell and The Associated Press", "By Jane Doe, with files from AFP": the writer, and the wire joined to them
        meta.author ??= beside.names;
        meta.agency ??= beside.wire;
      } else if (barred?.[1]) {
        // "By Daniel Kowalczyk | dkowalczyk@chicagotribune.com | Chicago Tribune": the writer, the address, the paper
        meta.author ??= cleanName(barred[1]);
        if (barred[2]) bylineOutlet ??= barred[2];
      } else if (withWire?.[1] && withWire[2] && isWire(lookupAgency(withWire[2]))) {
        // "Le Monde with AFP", "Name with Reuters", "DAILY SABAH WITH AFP": the wire credited; a person's name before
        // it is the author, a paper's is not
        meta.agency ??= lookupAgency(withWire[2]);
        if (isName(cleanName(withWire[1])) && !OUTLET_WORD.test(withWire[1]) && !/^the\s/i.test(withWire[1])) meta.author ??= cleanName(withWire[1]); // "The Brussels Times with Belga", "DAILY SABAH WITH AFP": the paper, no one
      } else if (isWire(lookupAgency(who))) meta.agency ??= lookupAgency(who); // "By AGENCE FRANCE-PRESSE": the wire, no one's name
      else if (BROADCASTER_AS_WRITER.test(who.trim())) meta.agency ??= who.trim(); // "Tác giả: BBC" on a portal's repost: the broadcaster, no writer
      else if (namesNoWriter(who)) {
        // a CMS's account in the author field ("Tác giả: admin"): no one's name; a signature below may still sign it
      } else if (!readFooterCredit(who, meta)) {
        meta.author ??= namesBeforePlace(who) ?? labelledByline(who); // "By Tom Lee, London": the writer, not the place
        meta.agency ??= wireAfterNames(who, wireName); // "Claire Tremblay, Reuters": the wire after the names
      }
    } else if (crewWriter(plain)) meta.author ??= crewWriter(plain); // "BTV: A - PV: B": the reporter writes, the presenter reads
    else if ((m = EDITOR_LABEL.exec(plain))) editor ??= cleanName(withoutSourceAfter(m[1] ?? "", meta));
    else if (plain.length <= 60 && (m = TRANSLATOR.exec(plain))) translation(`translator ${(m[1] ?? m[2] ?? "").trim()}`);
    else if (plain.length <= 40 && lookupAgency(plain)) meta.agency ??= lookupAgency(plain);
    else if (plain.length <= 60 && STAFF_LINE.test(plain)) {
      // "VOA News", "BBC News, Seoul", "Phóng viên kỹ thuật số châu Á, BBC News"
    } else if (info.role === "credit" && CURRENCY_PAIR.test(plain)) {
      // a markets strip's currency pair ("USD/CAD", "EUR/USD"): a quote's label, no desk and wire
    } else if (info.role === "credit") readCredit(plain, meta);
    else if (info.role === "byline" && /^(?:báo|tạp chí|đài|kênh|trang tin)\s/iu.test(info.name ?? "")) {
      // "Báo Long An" under a reader view's headline: a paper's name, not a person's
    } else if (info.role === "byline" && isWire(lookupAgency(info.name ?? ""))) meta.agency ??= lookupAgency(info.name ?? ""); // "By AGENCE FRANCE-PRESSE": the wire, no one's name
    else if (info.role === "byline" && BROADCASTER_AS_WRITER.test(info.name ?? "")) {
      // "Tác giả: BBC" on a portal's repost: the broadcaster the story comes from, no one's name (on the broadcaster's own
      // pages the agency goes again: it names the outlet's service)
      meta.agency ??= (info.name ?? "").trim();
    } else if (info.role === "byline" && (meta.title !== null || !options.findTitle || i > model.title)) {
      meta.author ??= info.name ?? null;
      // "Ramon Dizon - The Philippine Star": the paper after the name names the outlet when nothing else does
      const paper = PAPER_AFTER_NAME.exec(plain)?.[1];
      if (paper && OUTLET_WORD.test(paper)) bylineOutlet ??= paper;
      // "by Marcus Ellery · Quartz · 3d": a news app's source between the bullets, before the story's age
      bylineOutlet ??= appBylineSource(plain);
      // "Tạp chí … · Đặng Minh Khôi" under a reader's headline: the site before its writer
      bylineOutlet ??= siteBeforeWriter(plain)?.site ?? null;
      const source = /\((?:nguồn|theo|source)\s*:?\s+([^()]{2,40})\)\s*$/i.exec(plain)?.[1]; // "Nguyễn Hường (nguồn TASS)"
      if (source) meta.agency ??= lookupAgency(source) ?? source.trim();
    }
    else if (i > 0 && model.roles[i - 1]?.role === "byline" && model.roles[i + 1]?.role === "date" && plain.length <= 120 && plain.includes(" | ") && !/[.!?…:]$/.test(plain)) {
      // a profile's headline between the writer's name and the date, its parts between bars, as a network's article
      // prints it ("Rachel Ostrander" / "Senior Analyst, Eurasia Risk Brief | Sanctions and supply chains" / "Published
      // Dec 4, 2026"): the writer's, no part of the lead
    } else if (i > 0 && model.roles[i - 1]?.role === "byline" && plain.length <= 90 && AFFILIATION.test(plain)) {
      // the writer's institution under the byline ("Đại tá, ThS. X" / "Học viện Quốc phòng"): no part of the lead
    } else if (info.role === "caption" && i > 0 && GALLERY_COUNT.test(plains[i - 1] as string)) {
      (meta.captions ??= []).push(plain); // the picture under a gallery's "1 of 12" above the lead: its caption
    } else if (info.role === "body" && i > model.title && model.title >= 0 && creditEndedCaption(plain)) {
      // a picture's caption with its credit after it between the headline and the lead ("Kim Jong Un and Vladimir
      // Putin in Pyongyang, June 2024 Gavriil Grigorov / Sputnik / Reuters"): the caption, never the lead
      (meta.captions ??= []).push(plain);
    } else if (isFurnitureLine(plain)) {
      // javascript notices and loaders above the headline
    } else drop = false;
    removed[i] = drop;
  }
  if (model.title >= 0 && (meta.agency === null || meta.author === null)) {
    // a wire between the byline's bars, after its "with" or its semicolon, beside the date ("By A and B | Associated
    // Press | December 3, 2026", "Irina Kozlova, with Interfax · December 2, 2026, 14:25", "Reporting by Alan Mercer; AP")
    // (up to eight lines down: a saved page's header lines, its writer, site and address, stand between)
    for (let k = model.title + 1; k < Math.min(model.firstBody, model.title + 9); k++) {
      const beside = wireBesideByline(plains[k] ?? "");
      if (!beside) continue;
      meta.agency ??= beside.wire;
      meta.author ??= beside.names;
      break;
    }
  }
  if (!(dateIsUpdate && meta.publishedAt !== null && dateAbove !== null && visitDayAboveUpdate(dateAbove, meta.publishedAt))) {
    setDate(dateAbove);
    // an update printed above the headline ("Cập nhật lúc 16:40 …") still gives way to a posting time printed lower
    const read = dateAbove as ParsedDate | null;
    if (read !== null && meta.publishedAt === read.publishedAt && isUpdateLine(plains[dateAboveAt] ?? "")) dateIsUpdate = true;
  }
  meta.lines = plains.slice(0, model.firstBody).map((text, k) => ({ text, role: (model.roles[k] as LineInfo).role, region: "header" as const }));
  // The body starts after the last removed line that no kept line precedes; removed lines after a kept one go
  // with the blank lines that follow them, so no gap grows where they stood.
  let bodyStart = 0;
  let i = 0;
  while (i < model.firstBody && removed[i]) bodyStart = (header[i++] as HeaderLine).next;
  const cuts: [number, number][] = [];
  for (; i < model.firstBody; i++) {
    if (!removed[i]) continue;
    const h = header[i] as HeaderLine;
    cuts.push([h.start, (header[i + 1] as HeaderLine | undefined)?.start ?? h.next]);
  }
  const lead = header[model.firstBody];
  const leadLine = lead;
  const overLead = model.firstBody - 1;
  const leadHeadKept = overLead > model.title && model.title >= 0 && !removed[overLead] && (model.roles[overLead] as LineInfo).role === "body" && subHeadAboveLead((header[overLead] as HeaderLine).plain);
  // A date glued to the lead's first word ("03/12/2026Sáng 3/12, …": the date element and the sapo copied as one line)
  const glued = lead && meta.publishedAt === null ? /^(\d{1,2}\/\d{1,2}\/\d{4}(?:\s?[-,|]?\s?\d{1,2}:\d{2})?)(?=[\p{Lu}])/u.exec(lead.plain) : null;
  if (lead && glued?.[1] && text.startsWith(glued[1], lead.start) && setDate(parseDate(glued[1]))) cuts.push([lead.start, lead.start + glued[1].length]);
  // A date line printed just below the lead (some layouts put it there) is the publication date too, and a byline
  // just above that date (standfirst, byline, date: Al-Monitor) is the author.
  if (lead && meta.publishedAt === null) {
    // Short lines only (a standfirst above the date is prose, the date follows a few share and listen buttons).
    let byline: { name: string; at: [number, number] } | null = null;
    let wire: { name: string; at: [number, number] } | null = null; // "Reuters" alone above the date (Mint's wire copy): the agency
    let role: [number, number] | null = null; // "Business reporter @tomclarke": the author's role below the byline
    // a live page's or a player's labels right under the lead ("Live updates", "Listen"), before the byline, count for
    // no line: the byline below them is still the first
    let labels = 0;
    // the standfirst's points between it and the byline ("Key points" / four short lines / "By …" / "Published On …"):
    // passed over, they stay text
    for (let pos = pointsBelowLead(text, lead.next), n = 0; pos < text.length && n < 8; ) {
      const nl = text.indexOf("\n", pos);
      const next = nl === -1 ? text.length : nl + 1;
      // a picture's caption between the standfirst and the byline (standfirst, picture, byline, date: a phone's copy)
      // is passed over as a blank line: it stays in the text, where it is read as the caption
      const line = captionBelowLead(text.slice(pos, next)) ? "" : next - pos <= 80 ? tidyLine(text.slice(pos, next)) : null;
      if (line === null) break;
      if (line.length > 0 && n === 0 && labels < 3 && isFurnitureLine(stripInline(line)) && !readDateLine(stripInline(line))) {
        labels++;
        pos = next;
        continue;
      }
      if (line.length > 0) {
        n++;
        const plain = stripInline(line);
        const d = readDateLine(plain);
        // (a day without its year only right below the byline: "Times Editorial Board" / "Published Dec. 4|Updated Dec. 4")
        if (d && (d.precision !== "month-day" || (byline !== null && n === 2))) {
          const time = d.precision === "day" ? timeBelow(text, next) : null;
          setDate(time ? { publishedAt: `${d.publishedAt}T${time.clock}`, precision: "minute" } : d, plain); // with its line: an update's ("Last Updated: …") gives way to a "First Published:" at the foot
          const rest = looseDateLine(plain)?.rest;
          if (rest && !readFooterCredit(rest, meta)) readBylineRest(rest, meta);
          creditOfUpdateLine(plain, meta);
          if (byline) {
            meta.author ??= byline.name;
            cuts.push(byline.at);
            if (role) cuts.push(role);
          }
          if (wire) {
            meta.agency ??= wire.name;
            cuts.push(wire.at);
          }
          cuts.push([pos, next]);
          if (time) cuts.push(time.at);
          belowLeadDate(text, time ? time.at[1] : next, meta, cuts);
          break;
        }
        // ("Reuters" alone, or as the byline names it: "By REUTERS" under the Jerusalem Post's standfirst)
        const wireCredit = n === 1 && plain.length <= 40 ? lookupAgency(plain.replace(/^(?:by|bởi)\s+/iu, "")) : null;
        const name = n === 1 && meta.author === null && !wireCredit ? readByline(plain) : null;
        if (wireCredit && isWire(wireCredit)) wire = { name: wireCredit, at: [pos, next] };
        else if (name) byline = { name: cleanName(name), at: [pos, next] };
        else if (n === 2 && byline && plain.length <= 60 && !/[.!?…:]$/.test(plain)) role = [pos, next];
        else if (n >= 2 && !isFurnitureLine(plain)) break;
      }
      pos = next;
    }
  }
  if (lead && meta.title) {
    // a dateline in capitals printed on the headline as on the lead ("ĐÀ LẠT - Hoa mai …" / "ĐÀ LẠT - Những ngày này…")
    // belongs to the lead only
    const dateline = /^[\p{Lu}][\p{Lu} .'-]{1,30}\s[-–—]\s/u.exec(meta.title)?.[0];
    if (dateline && /[\p{Lu}]{2}/u.test(dateline) && lead.plain.startsWith(dateline) && meta.title.length > dateline.length + 10) meta.title = meta.title.slice(dateline.length);
  }
  // a video's or a podcast's description closing on its source after a sentence, between the headline and the text or
  // as the text's first paragraph ("… về tàu Maia-7 tại cảng Rajin. Theo NHK.", "… ở Khabarovsk. Nguồn: Sputnik"): the
  // source credited, when the lexicon knows it or it is a broadcaster relayed
  for (let i = Math.max(model.title + 1, 0); i <= model.firstBody && i < header.length; i++) {
    if (i < model.firstBody && model.roles[i]?.role !== "body") continue;
    const credited = gluedCreditTail(header[i]?.plain ?? "");
    if (credited !== null) {
      meta.agency ??= credited;
      break;
    }
  }
  if (lead) {
    const below = header[model.firstBody + 1];
    const alone = leadCredit(lead.plain) ? null : (datelineAbove(header[model.firstBody - 1], lead) ?? (below ? datelineAbove(lead, below) : null));
    // a dateline alone names its agency between slashes or brackets, known or not ("/Trend/")
    if (alone?.agency) meta.agency ??= lookupAgency(alone.agency) ?? alone.agency;
    const credit = leadCredit(lead.plain) ?? alone;
    // the writer in the lead's first words ("[Seoul = Nakamura Ken] …", "… ngày 4 tháng 12 (Phóng viên Zhang Wei) …")
    meta.author ??= leadWriter(lead.plain);
    if (credit) {
      // a wire's dateline ("PYONGYANG, October 20. /TASS/.", "SEOUL (Reuters) -") on a page that prints a masthead of
      // its own: the wire's copy run by that site, the site the outlet (read below); on the wire's own page the
      // masthead is the wire's
      const ownPage = printedMasthead !== null && !isSection(printedMasthead) && isWire(lookupAgency(credit.agency ?? "")) && lookupAgency(printedMasthead) !== lookupAgency(credit.agency ?? "");
      // (nor on a page whose address is another site's, which its host spells or names: "brandonprairiecourier.ca" runs
      // Reuters' copy, it is not Reuters' page)
      const host = meta.url !== null ? hostOf(meta.url) : null;
      const othersAddress = host !== null && credit.outlet !== null && !domainSpells(credit.outlet, host) && outletFromHost(host) !== lookupOutlet(credit.outlet);
      if (!ownPage && !othersAddress) meta.outlet ??= credit.outlet;
      // (a broadcaster relayed, "(BBC) - …", is credited by its initials, as its credit line under the text is)
      if (credit.agency) meta.agency ??= bracketedAgency(credit.agency) ?? (credit.outlet === null && /^(?:BBC|VOA|RFI|RFA|DW)$/.test(credit.agency) ? credit.agency : null);
      // (a name no list knows, "(FEPA)": the site's own wire when its initials spell the outlet, read once it is known)
      if (credit.agency && meta.agency === null && /^[\p{Lu}]{2,6}$/u.test(credit.agency)) leadInitials = credit.agency;
    }
  }
  // Footer, read upwards above any related-story tail. Everything below the topmost footer line is metadata,
  // furniture or tail, so the body simply ends where the footer starts.
  let bodyEnd = text.length;
  const startAbove = (end: number): number => Math.max(text.lastIndexOf("\n", end - 1) + 1, bodyStart);
  const lineAbove = (end: number): { start: number; raw: string } => {
    const start = startAbove(end);
    return { start, raw: end - start > 300 ? text.slice(start, end) : tidyLine(text.slice(start, end)) };
  };
  /** The nearest line with words on it above `end` (blank lines passed over), or "". */
  const wordsAbove = (end: number): string => {
    for (let at = end; at > bodyStart; ) {
      const { start, raw } = lineAbove(at);
      if (raw.trim()) return raw;
      at = start - 1;
    }
    return "";
  };
  /**
   * Where the text ends above a box's marker: above the page's tags run together on the line between the text's last
   * sentence and the box ("Triều Tiên Nga Hàn Quốc Vũ khí" / "Đọc thêm về chủ đề này"), else at the marker.
   */
  const tagsAboveBox = (at: number): number => {
    let end = at;
    while (end > bodyStart && !text.slice(startAbove(end - 1), end - 1).trim()) end = startAbove(end - 1);
    const start = startAbove(end - 1);
    if (start <= bodyStart || !isTagRow(stripInline(tidyLine(text.slice(start, end - 1))))) return at;
    const last = wordsAbove(start - 1).trim();
    return last.length >= 60 && /[.!?…]["”’»)]?$/.test(last) ? start : at;
  };
  let tailOwner: string | null = null;
  let footnoteBelow = false; // the line below is a footnote, its number alone on this line
  let tailDomain: string | null = null; // the site's domain alone on the page's last line
  let footVia: string | null = null; // a news app's "via X" under the text
  let lowestLine = true; // the scan below has met no line with words on it yet
  let paper: string | null = null;
  let copyrightName: string | null = null;
  let below = "";
  let belowTwo = ""; // the short line below `below`
  let proseBelow = 0; // article-size sentences met since the last related-stories marker
  // whether the lowest of them stands right above page furniture or another marker ("Chia sẻ", "Đọc nhiều"): the
  // article's last paragraph, where a teaser's summary has the next teaser's headline below it
  // (read only where a marker stands right above the lowest sentence: a test made when that sentence is met, run then)
  let proseEndsText: () => boolean = NEVER;
  // (read only through proseEndsText: a test made for each line, run when asked, not for every line of the tail)
  let furnitureBelow: () => boolean = NEVER;
  let sentenceBelow = false; // the nearest line below with words on it is an article-size sentence
  // the posting time labelled as such below the text ("Đăng lúc 10:15 ngày 04/12/2026" under the related stories),
  // where the header printed only the update ("Cập nhật lúc 16:40 …"): the first publication
  let postedBelow: { date: ParsedDate; line: string } | null = null;
  const furnitureAt = (short: string, start: number, end: number) => (): boolean =>
    short.length > 0 ? isFurnitureLine(short) || isTailMarker(short) || signsText(short) || isWallNote(short) || isEpisodeEntry(short) : end - start <= 300 && longFootNotice(text.slice(start, end));
  for (let end = text.length, n = 0; end > bodyStart && n < 40; n++) {
    const start = startAbove(end);
    // a related box printed as a list ("Read also:" / "* <headline>") ends with its last item: the lowest sentence,
    // right below that item, is the article's text again, as a teaser's summary under a headline is not
    const listAboveSentence: boolean = proseBelow === 1 && sentenceBelow && isListItem(text.slice(start, end).trim());
    if (listAboveSentence) proseEndsText = ALWAYS;
    if (text.slice(start, end).trim()) sentenceBelow = !listAboveSentence && articleSentence(text.slice(start, end));
    const short = end - start <= 120 ? stripInline(tidyLine(text.slice(start, end))) : "";
    if (lowestLine && text.slice(start, end).trim()) {
      // the page's last line alone an outlet's name the lexicon knows ("VOA Tiếng Việt" under the related stories and
      // the comments' link): the footer's masthead, the outlet when nothing above names it (a wire's name is no masthead,
      // nor a name in brackets: "(BBC)" under a relay credits the broadcaster relayed)
      if (short && short.length <= 40 && lookupOutlet(short) && !isWire(lookupAgency(short)) && !/^[(\[].*[)\]]$/u.test(short)) tailOwner ??= short;
      // or the site's domain alone ("example-news.vn" at a text copy's foot): read as a copyright line's domain is
      // ("© 2026 example-news.vn"), the outlet when nothing else names it
      else if (short && BARE_DOMAIN.test(short) && !FILE_NAME_END.test(short)) tailDomain = short.toLowerCase();
      lowestLine = false;
    }
    const belowIsFurniture = furnitureBelow;
    const lineBelow = below;
    const lineBelowTwo = belowTwo;
    // (a notice longer than a short line counts too: a wire's rights notice under its story runs to 160 characters)
    // (a blank line between tells nothing: the nearest line with words below is the one asked about)
    if (text.slice(start, end).trim()) furnitureBelow = furnitureAt(short, start, end);
    // a long copyright line names its owner first ("Copyright 2026 BBC. All rights reserved. The BBC is not …")
    const owner = short ? copyrightOwner(short) : end - start <= 300 ? copyrightOwner(stripInline(tidyLine(text.slice(start, start + 120)))) : null;
    if (owner) tailOwner = owner; // "© 2025 Al-Monitor, LLC." below the related stories still names the outlet
    // "Báo Thái Bình điện tử" above "Cơ quan của Đảng bộ tỉnh Thái Bình": the paper's name over its owner's line
    else if ((paper = short && /^cơ quan (?:chủ quản|của)\b/iu.test(below) ? paperName(short) : null)) tailOwner ??= paper.replace(/\s+(?:điện tử|online)$/iu, "");
    // on one line: "Báo Người cao tuổi - Cơ quan của Hội Người cao tuổi Việt Nam"
    else if (short && PAPER_OWNER.test(short)) tailOwner ??= (PAPER_OWNER.exec(short)?.[1] ?? "").replace(/\s+(?:điện tử|online)$/iu, "");
    // "Tumen Valley Times · 12 Hunchun Street · © 2026", "Cửa sổ Thế giới - Trang tin điện tử tổng hợp. Ghi rõ nguồn …"
    else if (short && (paper = siteFootLine(short))) tailOwner ??= paper;
    // "Đăng ký nhận thư tin của RFI Tiếng Việt", "Sign up for the VnExpress newsletter": the page's own newsletter box
    // names the outlet the lexicon knows
    else if (short && (paper = newsletterOwnerOf(short))) tailOwner ??= paper;
    if (short) {
      belowTwo = below;
      below = short;
    }
    if (dateIsUpdate && short.length <= 80 && isFirstPublishedLine(short)) {
      const read = readDateLine(short);
      if (read && read.precision !== "month-day") postedBelow ??= { date: read, line: short };
    }
    if (end - start <= 120 && authorBoxHead(short, text, end)) {
      // a platform's box about the writer under the post, its bio a sentence of the box's, not the text's
      bodyEnd = start;
      proseBelow = 0;
      proseEndsText = () => false;
    } else if (end - start <= 50 && isTailMarker(short)) {
      // a related-stories box inside the text ("Tin liên quan" between paragraphs) has the article's text below it
      if ((proseBelow < 2 && !(proseBelow === 1 && proseEndsText())) || (isNextStoryMarker(short) && !questionsAroundBox(text, start) && !playerQueueBelow(text, end + 1))) {
        // (the story's signature right under a "Xem thêm" / "Read more" button, the page's furniture below it: read
        // with the text, the button dropped as furniture)
        bodyEnd = MORE_BUTTON.test(short) ? signatureUnderButton(text, end) ?? start : start;
        bodyEnd = tagsAboveBox(bodyEnd);
      }
      proseBelow = 0;
      proseEndsText = NEVER;
    } else if (articleSentence(text.slice(start, end)) || (proseBelow === 0 && signedShortSentence(short, lineBelow))) {
      if (proseBelow === 0) proseEndsText = () => belowIsFurniture() || signsText(lineBelow) || captionSized(lineBelow) || creditedCaption(lineBelow, lineBelowTwo);
      proseBelow++;
    }
    else if (end - start <= 300 && /https?:\/\//.test(text.slice(start, end))) {
      const info = classifyLine(tidyLine(text.slice(start, end)), "footer"); // "Nguồn: https://…" below the related stories
      if (info.role === "url") meta.url ??= info.url ?? null;
    }
    end = start - 1;
  }
  if (postedBelow) setDate(postedBelow.date, postedBelow.line);
  // a comment section below the text (its heading with the thread's or the form's lines under it: "Ý kiến bạn đọc" /
  // "Họ tên:" / "Nội dung:"): the footer is read above it, so the credit and signature over it are still the text's last
  bodyEnd = Math.min(bodyEnd, commentSectionStart(text, bodyStart));
  // Lines no rule knows are passed over while they look like teaser headlines (short, no full stop), at most three
  // in a row: the footer ends at the topmost line that is metadata or furniture, not at the first unknown one.
  let unknown = 0;
  let correctionBelow: { start: number; end: number } | null = null;
  const tags = tagListLines(text, bodyStart, bodyEnd);
  for (let end = bodyEnd, n = 0; end > bodyStart && n < 30; ) {
    const { start, raw } = lineAbove(end);
    const lineEnd = end;
    end = start - 1;
    if (raw.length === 0) continue;
    n++;
    if (raw.length <= 20 && ABOUT_HEAD.test(raw.trim()) && isFurnitureLine(stripInline(tidyLine(wordsBelow(text, lineEnd))))) {
      // a footer's "About" heading over the site's line about itself ("About" / "X is a weekly blog about …"), that
      // line already furniture: furniture with it, and the credit above still read
      meta.lines.push({ text: raw.trim(), role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (teaserAboveReadOn(text, start, raw) && signsText(stripInline(lineAbove(end).raw))) {
      // the next story's summary above its "Đọc tiếp" / "Read more" button, under this story's signature ("Theo
      // Reuters" / "Quang Anh" / summary / "Đọc tiếp"): furniture, and the signature above it still read
      meta.lines.push({ text: stripInline(raw), role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (tags.has(start)) {
      // a tag of the list under its label ("Từ khóa:" / "cước tàu" / "Triều Tiên"): furniture, never a byline
      meta.lines.push({ text: stripInline(raw), role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (correctionBelow === null && n <= 3 && raw.length <= 600 && CORRECTION_NOTE.test(stripInline(raw)) && !options.roleFor?.(stripInline(raw))) {
      // the newsroom's correction under the text ("* Đính chính: …", "Correction: An earlier version …"): the text's
      // own, kept in it, and the credit and signature above it still read (kept apart from the footer read above it)
      correctionBelow = { start, end: lineEnd };
      continue;
    }
    // a data table's row, a list's item: the article's text (not a page's notice printed after a star: "* Mời bạn đọc …")
    if (raw.length > 250 || isTableRow(raw) || (isListItem(raw) && !isFurnitureLine(stripInline(raw)))) break;
    // an overseas daily's editor's initials in brackets after the credit ("(Theo AP) [đ.d.]"): the credit alone
    const plain = stripInline(raw).replace(EDITOR_INITIALS_TAIL, "");
    let m: RegExpExecArray | null;
    let relayed: RelayedCredit | null;
    let beside: { names: string; wire: string } | null;
    let post: { wire: string; writer: string | null } | null;
    const forced = options.roleFor?.(plain);
    if (forced === "body") break;
    if (!forced && NETWORK_PARTNER.test(plain)) {
      // a partner paper's credit through its network under the text ("— The Korea Herald/ANN"): the copy's source, never
      // a picture's credit under a last sentence
      meta.lines.push({ text: plain, role: "credit", region: "footer" });
      readCredit(plain, meta);
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (!forced && end > bodyStart && plain.length >= 30 && plain.length <= 400 && /^[\p{Lu}\d"“]/u.test(plain) && /[.!?)]["”]?$/u.test(plain) && FOOTNOTE_NUMBER.test(stripInline(lineAbove(end).raw).trim())) {
      // a newsletter's footnote under the post, its number alone on the line above ("1" / "The images were published
      // by …"): furniture, and so is its number (read next); a ranked list's headline under its rank ("1" / "Seoul
      // prices rise") ends in no full stop, nor a count's label ("86" / "9 Comments")
      meta.lines.push({ text: plain, role: "furniture", region: "footer" });
      footnoteBelow = true;
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (!forced && footnoteBelow && FOOTNOTE_NUMBER.test(plain)) {
      meta.lines.push({ text: plain, role: "furniture", region: "footer" });
      footnoteBelow = false;
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    footnoteBelow = false;
    // a relay's translator under the text, with a note on who they are or not ("Biên dịch: Nguyễn Thảo Vy (sinh viên
    // K48)"): the page's writer when no one else signs it (a byline above, the original's writer, comes first)
    // (an English page's translator is read once the foot is read: under a wire's credit it put the paper's own edition
    // into English, the wire writing English itself: "Source: AFP" / "Translated by Minh Anh" names no writer)
    const translator = !forced && plain.length <= 90 ? TRANSLATOR_SIGNED.exec(plain) : null;
    if (translator?.[1]) englishTranslator ??= cleanName(translator[2] ?? "");
    else if (translator) meta.author ??= cleanName(translator[2] ?? "");
    if (!forced && meta.author !== null && end > bodyStart && plain.length <= 160 && POST_AFTER_WRITER.test(plain) && stripInline(lineAbove(end).raw) === meta.author) {
      // a theme's card about the writer under the text, the name alone over a bio that says only the post ("Đỗ Hải
      // Yến" / "Biên tập viên mảng quốc tế, theo dõi khu vực Đông Bắc Á."): furniture, the name above it read next
      meta.lines.push({ text: plain, role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (!forced && unknown > 0 && MORE_FROM_HEAD.test(plain)) {
      // a reader app's list of the outlet's other stories ("More from The Atlanta Journal-Constitution" / teaser
      // headlines): its heading is furniture with the teasers under it
      meta.lines.push({ text: plain, role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (isFurnitureLine(plain) || isWallNote(plain) || isPlayerLabel(plain)) {
      // (a metered wall's count under the text, "You have 2 free articles left this month.", too)
      // (and a sticky player's label over the next video's title, "Tiếp theo" / "Up next", as "Đang phát" already is)
      // a wire's sign-off, dropped from the text as furniture, still names the writer ("Reporting by A; Editing by B")
      // and so does a contributor line the wire's ("The Associated Press contributed to this report.")
      // and a wire's end mark with its name ("==Kyodo"), and a broadcaster relayed ("Via VOA Tiếng Việt")
      if (plain.length <= 160 && (WIRE_SIGN_OFF.test(plain) || CONTRIBUTED_REPORT.test(plain) || WIRE_END_MARK.test(plain) || RELAYED_BROADCASTER.test(plain) || relayedCredit(plain))) readCredit(plain, meta);
      footVia ??= viaSource(plain); // a news app's "via SFGate" under the text: the source, read below
      // a programme's host ("Dẫn chương trình: Minh Khang" under a channel's video), furniture in the text, signs it
      // where no one else does, as an editor's credit does
      if ((m = HOST_LABEL.exec(plain))) editor ??= cleanName(m[1] ?? "");
      // a list's heading ("Related Links") above teaser headlines: they are its items, not the article's last lines
      if (unknown > 0) {
        unknown = 0;
        bodyEnd = start;
      }
      continue;
    }
    if (!forced && plain.length <= 100 && end > bodyStart && NEWSLETTER_PITCH.test(plain) && newsletterHeading(stripInline(lineAbove(end).raw))) {
      // a newsletter box's pitch under its heading ("Get the X newsletter" / "Latin American markets and politics,
      // every morning."): furniture with it, however finished its sentence
      meta.lines.push({ text: plain, role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (!forced && PAPER_OWNER.test(plain)) {
      // the paper's name and its owner under the text ("Tạp chí Dân chủ và Pháp luật - Bộ Tư pháp"): furniture
      meta.lines.push({ text: plain, role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (!forced && siteFootLine(plain)) {
      // the site's own line at the foot: its name, then its address, its kind or its rights ("Yellow Sea Post · 12 …
      // · © 2026", "Cửa sổ Thế giới - Trang tin điện tử tổng hợp. Ghi rõ nguồn khi trích dẫn."): furniture
      meta.lines.push({ text: plain, role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    if (!forced && ownNote(plain, [meta.outlet, tailOwner, copyrightName, printedMasthead])) {
      // the outlet's mission or a note on its service under the text: furniture, however long
      meta.lines.push({ text: plain, role: "furniture", region: "footer" });
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    const dashWire = forced ? null : gluedDashWire(plain);
    if (dashWire !== null) {
      // the text's last paragraph with a wire's credit run on after a dash ("… said on Monday. – Reuters", "… hôm 5/12.
      // — AFP"): the wire's copy; the text ends there
      meta.agency ??= dashWire;
      break;
    }
    if (plain.length > 140 && !forced) {
      // the text's last paragraph with its source glued on in brackets ("… nghị quyết của Hội đồng Bảo an. (Nguồn: AFP)",
      // "… on Friday. (Theo Reuters)"): the wire credited, when it is one; the text ends there either way
      // "… hay không. (TTXVN/Vietnam+)": the wire's signature glued on, its site after the slash
      const glued = GLUED_SOURCE.exec(plain.slice(-64))?.[1] ?? GLUED_WIRE_SIGNATURE.exec(plain.slice(-64))?.[1];
      const wires = glued ? wireListOf(glued) : null;
      if (wires) meta.agency ??= wires;
      break;
    }
    // the text's last sentence signed by a name in brackets ("… biên giới Nga - Triều. (TTXVN)", "… (PV)"): the wire
    // credited, when it is one; the text ends there
    const signer = forced || !plain.endsWith(")") ? null : bracketSignOff(plain, stripInline(wordsAbove(end)));
    if (signer !== null) {
      meta.agency ??= wireListOf(signer);
      break;
    }
    // a picture's credit alone under a short finished sentence ("… in Vladivostok." / "Jim Watson—AFP/Getty Images"):
    // the caption and credit of the text's last picture, never the page's footer
    if (!forced && isCreditOnly(plain) && captionSized(stripInline(lineAbove(end).raw))) break;
    // a Vietnamese writer and the wire after a spaced slash under the text's last paragraph ("… dây chuyền cũ." / "Phạm
    // Thùy Dung / Yonhap"): the sign-off, as "Phạm Thùy Dung/Yonhap" is (a picture's credit stands under its caption)
    const spaced = forced ? null : SPACED_WRITER_WIRE.exec(plain);
    if (spaced && VIETNAMESE_LETTER.test(spaced[1] ?? "") && isName(spaced[1] ?? "") && isWire(lookupAgency(spaced[2] ?? "")) && /[.!?…]["”’»)]?$/u.test(stripInline(lineAbove(end).raw))) {
      meta.lines.push({ text: plain, role: "credit", region: "footer" });
      meta.author ??= spaced[1] ?? null;
      meta.agency ??= lookupAgency(spaced[2] ?? "");
      unknown = 0;
      bodyEnd = start;
      continue;
    }
    // and a wire's name alone in capitals under a caption with no full stop ("… at the Kremlin on Thursday" / "REUTERS");
    // under a finished sentence a wire's name alone ("AFP", "AP") signs the copy, as "Reuters" or "Kyodo" there does
    if (!forced && BARE_PICTURE_SOURCE.test(plain) && creditedCaption(stripInline(lineAbove(end).raw), plain) && !(BARE_WIRE.test(plain) && /[.!?…]["”’»)]?$/u.test(stripInline(lineAbove(end).raw)))) break;
    const info = forced ? forcedLineInfo(plain, forced) : classifyLine(plain, "footer");
    meta.lines.push({ text: plain, role: info.role === "body" ? "credit" : info.role, region: "footer" });
    if (forced === "caption") {
      // out of the body, as the editor marked it, but kept as a caption (lines are read upwards: text order is kept)
      (meta.captions ??= []).unshift(plain);
    } else if (forced === "furniture" || forced === "section") {
      // dropped from the text as the editor marked it
    } else if (forced === "date") {
      setDate(info.date ?? null);
    } else if (info.role === "date" && info.date && info.date.precision !== "month-day" && !info.rest) {
      // a date printed below the article (DW, NHK): the publication date when the header had none
      // ("This story was originally published …" under an "Updated …" header: the first publication)
      if (meta.publishedAt === null || (dateIsUpdate && isFirstPublishedLine(plain))) setDate(info.date);
      else if (meta.datePrecision === "day" && info.date.precision === "minute") setDate(info.date, plain);
    } else if ((relayed = relayedCredit(plain))) {
      // "Dịch từ: Radio Free Asia", "Credit: Yonhap News Agency (Vietnamese edition)", "Hà Phương (dịch từ NHK)": the
      // broadcaster or the wire relayed, by its short name, and the relay's writer when the line names one
      meta.agency ??= relayed.agency;
      if (relayed.author) meta.author ??= relayed.author;
    } else if ((m = /^[-–—]\s?([\p{L}][\p{L} .-]{1,40}?)\.?$/u.exec(plain)) && isWire(lookupAgency(m[1] ?? ""))) {
      meta.agency ??= lookupAgency(m[1] ?? ""); // "- Reuters", "—Agence France-Presse" under the text: the wire's copy
    } else if (plain.length <= 80 && (m = LABELLED_WRITER.exec(plain))) {
      meta.author ??= cleanName(m[1] ?? ""); // "Reporter: Fauzan", "WRITER: …"
    } else if (crewWriter(plain)) {
      meta.author ??= crewWriter(plain); // "BTV: A - PV: B" under the text: the reporter writes, the presenter reads
    } else if ((m = EDITOR_LABEL.exec(plain))) {
      editor ??= cleanName(withoutSourceAfter(m[1] ?? "", meta));
    } else if (plain.length <= 300 && (AUTHOR_BIO.test(plain) || surnameBio(plain, meta.author) || surnameBio(plain, readByline(lineBefore(text, start))) || writerWithPost(plain, meta.author) || writerNote(plain, meta.author))) {
      // the author's bio or note below the article
    } else if ((m = /^(?:by|bởi)\s+(.{3,60})$/i.exec(plain)) && isName(cleanName(m[1] ?? ""))) {
      meta.author ??= cleanName(m[1] ?? ""); // "BY LEE SOO-JUNG [lee.soojung@…]" at the foot of the page
    } else if (placeSigned(plain) && placeSignedAbove(text, start)) {
      // a readers' letters page, each letter signed with its writer's town ("Lê Quang Vinh (Huế)" under the last, "Nguyễn
      // Văn Hải (Đống Đa, Hà Nội)" under one above): the last letter's signature, no writer of the page; it stays
      meta.lines.splice(meta.lines.length - 1 - unknown, 1 + unknown);
      break;
    } else if ((post = wirePost(plain)) !== null) {
      // "TTXVN tại Moscow", "Phóng viên TTXVN tại Bình Nhưỡng" under the text: the wire's correspondents, no one named
      meta.agency ??= post.wire;
      if (post.writer !== null) meta.author ??= post.writer;
    } else if ((beside = wireBesideByline(plain)) !== null) {
      // the byline under the text with the wire joined to the writer ("Written by Ana Ferreira, with Reuters", "Minh Anh
      // và TTXVN"): the writer the author, the wire the agency
      meta.agency ??= beside.wire;
      meta.author ??= beside.names;
    } else if (readFooterCredit(plain, meta)) {
      // "Phương Hoa (TTXVN)", "Theo Thanh Hải | Pháp luật & Bạn đọc", "Justin McCurry in Tokyo"
    } else if ((m = COPYRIGHT.exec(plain))) {
      // "© Báo Lao Động. Giấy phép số …", "Copyright © 2024 X | …": the name up to the first full stop or bar
      const who = copyrightOwner(plain) ?? "";
      if (who.includes("/")) {
        // a photo credit ("© Sergei Bobylev/TASS"), not the page's owner
      } else if (lookupAgency(who)) meta.agency ??= lookupAgency(who);
      else if (lookupOutlet(who)) meta.outlet ??= lookupOutlet(who);
      else if (who.length > 0 && who.split(/\s+/).length <= 6) copyrightName ??= who; // the owner, after the masthead it prints

    } else if ((m = TRANSLATION.exec(plain))) {
      meta.outlet ??= m[1]?.trim() ?? null;
      translation(plain);
    } else if ((m = RELAYED_BROADCASTER.exec(plain))) {
      // "Nguồn: RFI Tiếng Việt", "Source: BBC News Tiếng Việt", "Theo VOA (24/03/2026)": the broadcaster relayed, by its
      // initials (its language service is the broadcaster's; the original's date is none of the relay's)
      meta.agency ??= relayedName(m[1] ?? "");
    } else if ((m = CREDIT.exec(plain)) && m[2] && !THEO_AS_VERB.test(m[2]) && (m[1] === "" || isName(cleanName(m[1] ?? "")))) {
      const credited = m[2].trim().replace(/[.)]+$/, "");
      // "Source: Al Jazeera and news agencies": the outlet's own work, not an agency's
      const own = /^(.+?)\s+(?:and|và)\s+(?:news agencies|agencies|wires|các hãng tin|hãng tin)$/i.exec(credited)?.[1];
      // "Source: Al Jazeera" alone, on a page that names no outlet otherwise: the outlet's own reporting, as its pages
      // sign it (a wire there is the agency; "Nguồn"/"Theo" on a relay name the outlet copied, never read so)
      const self = !own && m[1] === "" && /^source\b/i.test(plain) && meta.outlet === null && lookupAgency(credited) === null ? lookupOutlet(credited) : null;
      if (own) meta.outlet ??= lookupOutlet(own) ?? own;
      else if (self) meta.outlet = self;
      else if (!GENERIC_SOURCE.test(credited) && !(m[1] === "" && dataSources(credited, meta.title))) meta.agency ??= lookupAgency(credited) ?? wireEdition(credited) ?? credited;
      if (m[1]) meta.author ??= cleanName(m[1]);
    } else if (plain.length <= 120 && (m = /^\((?:[\p{L}]+\s+)?(?:original|bản gốc|version)\s+(?:by|của)\s+([^,()]{3,40})(?:,[^()]*)?\)$/iu.exec(plain))) {
      meta.author ??= cleanName(m[1] ?? ""); // "(Japanese original by Kenji Sato, Political News Department)"
    } else if (isName(plain) && meta.author === null && !isSection(plain)) {
      // a name alone under the text signs it; a topic's label ("Asia Pacific") does not, nor a footer's link ("Privacy Policy": isName refuses it)
      meta.author = plain;
    } else if (plain.length <= 90 && /\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(plain) && isName(cleanName(plain))) {
      meta.author ??= cleanName(plain); // "Kim Min-ji kimmj@donga.com" under the text
    } else if (info.role === "furniture" || info.role === "section") {
      // share bars, comment counters, "Dòng sự kiện", hashtags, "(END)"
    } else if (info.role === "url") {
      meta.url ??= info.url ?? null;
    } else if (info.role === "credit") {
      readCredit(plain, meta);
    } else if (info.role === "byline" && (plain.length <= 60 || (plain.length <= 100 && LABELLED_WRITER_NOTE.test(plain)))) {
      // (longer with a writer's label and a note on who they are: "Người viết: Lê Phương Thảo (sinh viên K22 …)")
      // a newsletter's box heading names no one, nor does a site's footer link ("Privacy Policy"), nor the site's name
      // with its tagline after a dash ("Yeni Şafak English — news from Türkiye and the world")
      // (nor a support box's call: "Support Espreso")
      if (!PRODUCT_NAME.test(info.name ?? "") && !CALL_OPENING.test(plain) && !isSiteFooterLink(plain) && !SITE_TAGLINE.test(plain)) meta.author ??= info.name ?? null;
    } else if (info.role === "outlet" && plain.length <= 40) {
      // a writer's card under the text ("Ellen Brody" / "The Associated Press"): a wire under a name is the agency the
      // writer works for, not the site; a wire's name alone as it signs its copy ("Reuters", "AFP") is the agency too
      if (isWire(lookupAgency(plain)) && (BARE_WIRE.test(plain) || readByline(stripInline(lineAbove(end).raw)))) meta.agency ??= lookupAgency(plain);
      else meta.outlet ??= info.name ?? null;
    } else if (info.role === "caption" && isCreditOnly(plain)) {
      // a picture's credit alone below the text ("Image: Shutterstock."): no caption, it describes nothing
    } else if (info.role === "caption" && info.score >= 2 && plain.length >= 20) {
      // a picture's caption printed below the text (a page that puts its pictures last): a caption, not a teaser
      (meta.captions ??= []).unshift(plain);
    } else if (plain.length <= 80 && /^[\p{Ll}]/u.test(plain) && !/[.!?…]$/.test(plain) && end > bodyStart && isFurnitureLine(stripInline(lineAbove(end).raw))) {
      // a prompt's second line ("Get the RNZ app" / "for ad-free news and current affairs"): furniture with it
      const last = meta.lines[meta.lines.length - 1];
      if (last) last.role = "furniture";
    } else if (plain.length <= 90 && AFFILIATION.test(plain.replace(/,$/, ""))) {
      // a writer's institution under the byline, on one line or two ("Viện Quan hệ quốc tế," / "Học viện Chính trị
      // quốc gia Hồ Chí Minh"): furniture, and the byline above it still read
      const last = meta.lines[meta.lines.length - 1];
      if (last) last.role = "furniture";
    } else if (plain.length <= 60 && PICTURES_CREDIT.test(plain) && WRITER_CREDIT.test(stripInline(lineAbove(end).raw))) {
      // a long read's credits block: the pictures' line under the writer's ("Nội dung: X" / "Ảnh: TTXVN, Reuters")
      const last = meta.lines[meta.lines.length - 1];
      if (last) last.role = "credit";
    } else if (unknown < 3 && teaserLike(plain)) {
      // a teaser headline between footer lines: furniture if the scan goes on past it, body text if it stops
      const last = meta.lines[meta.lines.length - 1];
      if (last) last.role = "furniture";
      unknown++;
      continue;
    } else {
      // this line and the teasers just above it stay in the body
      meta.lines.splice(meta.lines.length - 1 - unknown, 1 + unknown);
      break;
    }
    unknown = 0;
    bodyEnd = start;
  }
  if (correctionBelow !== null && bodyEnd <= correctionBelow.start) {
    // the footer read above a correction kept in the text: cut from the text, the correction kept at its end
    cuts.push([bodyEnd, correctionBelow.start]);
    cuts.sort((x, y) => x[0] - y[0]);
    bodyEnd = correctionBelow.end;
  }
  // A team's signature under the text that opens with the header's one writer (a page's metadata names its first
  // author, "Minh Hiếu"; the text is signed "Minh Hiếu - Đức Thành"): the team, as the page signs it.
  if (meta.author) meta.author = teamSignedBelow(meta.author, meta.lines) ?? meta.author;
  // A release's "Published" label over its date, under the summary the header ends at.
  if (meta.publishedAt === null) setDate(publishedBelowLabel(text));
  // A journal's publication date at the page's foot, under its keywords and DOI ("Xuất bản: 30/06/2025", "Received: …;
  // Published: 30 June 2025"), below where the footer scan stops.
  if (meta.publishedAt === null) setDate(labelledDateAtFoot(text, bodyStart, articleSentence));
  // a blog's post time at its foot, its day printed over the post alone ("Thứ Năm, 4 tháng 12, 2026" / … / "Đăng lúc
  // 09:30", "Posted by Minh at 9:30 AM"): that day at that time
  const postedClock = meta.datePrecision === "day" && meta.publishedAt !== null && /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt) ? postedClockAtFoot(text, bodyStart) : null;
  if (postedClock !== null) [meta.publishedAt, meta.datePrecision] = [`${meta.publishedAt}T${postedClock}`, "minute"];
  // A page that prints no date ("2 giờ trước", "3 hours ago" only) still states its day in its address's path.
  // a user name and password before the host are no part of the article's address (lib/http/web-address.ts)
  meta.url = withoutCredentials(meta.url);
  // A lead whose dateline states its day in full ("Addis Abeba, December 4/2026 –") on a page that prints no other date.
  if (meta.publishedAt === null && lead) setDate(datelineDate(lead.plain));
  if (meta.publishedAt === null && meta.url !== null) setDate(dateInAddress(meta.url));
  // a numeric date the address states the other way round ("12/02/2026" at "/2026/12/02/"): printed month first
  else if (meta.publishedAt !== null && meta.url !== null && meta.datePrecision !== "month-day") meta.publishedAt = monthFirstByAddress(meta.publishedAt, meta.url);
  // A PDF copy's only date may be its running page header's (the issue's day).
  if (meta.publishedAt === null && runningDate && runningDate.precision !== "month-day") setDate(runningDate);
  // An episode page whose only date is its air line ("Phát sóng: 21h00 thứ Năm, 19/11/2026", "Aired: Thursday 9 p.m.,
  // Nov. 19, 2026"): the day and hour it aired. (A page with a date of its own keeps it: the line stays furniture.)
  for (const line of meta.publishedAt === null ? meta.lines : []) {
    const aired = line.text.length <= 90 ? airLineDate(line.text) : null;
    if (aired !== null && setDate(aired)) break;
  }
  // A wire's dateline that prints its day without a year ("MOSCOW, Feb 9 (Reuters) -") on a page nothing else dates: the
  // day as printed, no year made up
  if (meta.publishedAt === null && lead) setDate(datelineDay(lead.plain));
  // A relay's link to the story it relays ("Bài gốc: https://www.reuters.com/…" under "(Theo Reuters)", "Nguồn:
  // https://…" under a reader view's "congdongvietpraha.cz"): the original's address, not this page's
  // (the page's domain, which that address had hidden, names the outlet when nothing else does)
  const relayedOriginal = meta.url !== null && isRelayedOriginal(meta.url, lineHolding(text, meta.url), { agency: meta.agency, outlet: meta.outlet, printedHost });
  if (relayedOriginal) meta.url = null;
  // and a relay's source link to a foreign broadcaster's or a wire's own site ("Nguồn: https://www.rfa.org/vietnamese/…"
  // under the masthead "VĂN VIỆT"), no other credit printed: the broadcaster relayed, when the page prints a masthead of
  // its own that the host does not spell
  // (a saved page's own site name, "Site: Northern Watch", is a masthead of its own as much)
  const ownSiteName = printedMasthead !== null && !isSection(printedMasthead) ? printedMasthead : savedSite;
  const sourceHost = meta.url !== null && meta.agency === null && ownSiteName !== null ? hostOf(meta.url) : null;
  const relayedSource = sourceHost !== null ? agencyOfHost(sourceHost) : null;
  if (relayedSource !== null && sourceHost !== null && meta.url !== null && isOriginalLinkLine(lineHolding(text, meta.url)) && !domainSpells(ownSiteName ?? "", sourceHost) && !agencySite(sourceHost, ownSiteName ?? "") && initialsOf(ownSiteName ?? "") !== relayedSource.toUpperCase()) {
    meta.agency = relayedSource;
    meta.url = null;
  }
  // and that link under a copy whose own address the header gives ("Link: https://docbaomuonnoi.com/…" over "Nguồn:
  // https://www.rfi.fr/vi/…" at the foot): the broadcaster or wire the copy is of, by its site, the page's address kept
  if (meta.agency === null) meta.agency = footSourceAgency(meta.lines ?? [], meta.url, meta.outlet ?? ownSiteName);
  // (over the reader's own name above it too, an aggregator the lexicon knows: "Báo Mới" / "Báo Bình Thuận Biển · 1 giờ
  // trước" / headline is the source's article)
  if (appSource !== null) meta.outlet = lookupOutlet(appSource) ?? appSource;
  // A repost's source at its foot ("Nguồn: https://baoquocte.vn/…" on a portal whose masthead, "Vietnam.vn", the page
  // prints at its top and again lower down): another known outlet's address is the original's, not this page's
  const ownName = printedMasthead ?? printedDomainName;
  if (meta.outlet === null && meta.url !== null && ownName !== null) {
    const host = hostOf(meta.url);
    const source = host ? outletFromHost(host) : null;
    if (host && source !== null && source !== lookupOutlet(ownName) && !domainSpells(ownName, host) && !host.endsWith(ownName.toLowerCase()) && text.indexOf(ownName, text.indexOf(ownName) + ownName.length) >= 0) meta.url = null;
  }
  // The address names the outlet when nothing else did ("https://www.24h.com.vn/…"), through the lexicon's domains.
  if (meta.outlet === null && meta.url !== null) {
    const host = hostOf(meta.url);
    // (a publication on its own label under its parent's domain, named by the page: "AN NINH THẾ GIỚI" at
    // antg.cand.com.vn, not the parent's Công an nhân dân)
    const parent = host ? outletFromHost(host) : null;
    if (host && parent !== null) meta.outlet = sisterPublication(host, text) ?? parent;
  }
  if (tailOwner !== null && lookupOutlet(tailOwner)) meta.outlet ??= lookupOutlet(tailOwner);
  // A name the page prints for itself: its Vietnamese service's name, its masthead, its copyright line. A first line
  // that is a menu's section label ("Thời sự", "Trang chủ") never names the outlet.
  const ownMasthead = printedMasthead !== null && !isSection(printedMasthead) ? printedMasthead : null;
  // "(TTXVN/Vietnam+)" under the text credits the agency's site the copy was taken from: a page that prints a masthead
  // of its own is another paper running that copy
  if (meta.outlet === "VietnamPlus" && ownMasthead !== null && lookupOutlet(ownMasthead) !== "VietnamPlus") meta.outlet = ownMasthead;
  // The page's own address picks, among them, the one its domain spells ("baocamau.vn": "Báo Cà Mau", not the menu's
  // "Trang chủ"); with none printed, the domain itself names the outlet rather than nothing.
  const aboveTitle = plains.slice(0, Math.max(0, model.title));
  // "Viet Nam Tiếng Việt" in an English page's menu links to the Vietnamese edition; a service's name ("SBS Tiếng
  // Việt") heads a page written in Vietnamese
  if (serviceName !== null && /^(?:en|fr)$/.test(detectLanguage(plains.slice(Math.max(0, model.title)).join("\n")))) serviceName = null;
  meta.outlet ??= outletClue(aboveTitle, text);
  if (meta.outlet === null && meta.url !== null) meta.outlet = outletFromAddress(meta.url, [serviceName, ownMasthead, copyrightName, tailOwner], false);
  // (or any short line above the headline that the domain spells: "BÁO HÀ NAM ĐIỆN TỬ" under a print's running header)
  if (meta.outlet === null && meta.url !== null) meta.outlet = outletFromAddress(meta.url, aboveTitle.filter((l) => l.length <= 60), false);
  // A domain printed in the header (a reader view's "baolongan.vn", an e-mail sender's) picks the header line it
  // spells ("Báo Long An"); an e-mail's sender and a running page header name the publication too.
  if (meta.outlet === null && printedHost !== null) {
    const host = printedHost;
    meta.outlet = outletFromHost(host) ?? [senderName, ...shortLines].find((n): n is string => n !== null && n !== host && domainSpells(n, host)) ?? null;
  }
  meta.outlet ??= senderName ?? (runningName && lookupOutlet(runningName)) ?? null;
  // (a menu's section label on the first line is never the outlet's name: with nothing else, the outlet stays empty)
  // A print viewer's name over the paper's ("DH e-Paper" above "DECCAN HERALD"): the paper, its initials the viewer's
  const viewer = ownMasthead !== null ? PRINT_VIEWER.exec(ownMasthead)?.[1] : undefined;
  const printedPaper = viewer ? plains.find((p) => p.length <= 40 && /^[\p{L}' ]+$/u.test(p) && p.split(" ").length >= 2 && p.split(" ").map((w) => w[0]).join("").toUpperCase() === viewer.toUpperCase()) : undefined;
  // a logo's text over the name it draws, the same words twice at the copy's top ("daily sun" / "Daily Sun"): the
  // masthead, as printed in capitals (a menu's label twice, "World" / "World", is a section's)
  const [firstLine, secondLine] = plains;
  const twiceOnTop = firstLine && secondLine && secondLine.length <= 40 && /^[\p{Lu}]/u.test(secondLine) && foldForMatch(firstLine) === foldForMatch(secondLine) && !isSection(secondLine) && !lookupAgency(secondLine) ? secondLine : null;
  meta.outlet ??= serviceName ?? (viewer ? (printedPaper ?? viewer) : ownMasthead) ?? copyrightName ?? tailOwner ?? runningName ?? bylineOutlet ?? twiceOnTop;
  if (meta.outlet === null && meta.url !== null) meta.outlet = outletFromAddress(meta.url);
  // a masthead printed as a domain name and named so again ("Military.com") beats a wire read from a rights line, and
  // the page's other mentions of a word of it ("Join the Military" in its menu)
  const domainMasthead = printedDomainName !== null && (meta.outlet === null || isWire(lookupAgency(meta.outlet) ?? meta.outlet)) ? printedDomainName : null;
  // a weak reading (none, a bare domain, a toolbar, a company, a wire's byline) gives way to the page's mentions of itself
  const wire = meta.outlet !== null && isWire(lookupAgency(meta.outlet) ?? meta.outlet);
  meta.outlet = outletFromSelfMentions(meta.outlet, { text, aboveTitle: Math.max(0, model.title), url: meta.url, printedHost, wire, isWire: (name) => isWire(lookupAgency(name)) });
  if (postedWire !== null && meta.agency === null && lookupAgency(meta.outlet ?? "") !== postedWire) meta.agency = postedWire;
  // a news app's card naming its source ("via SFGate" under the headline or the text, on Flipboard's copy): the source
  // is the outlet, before the app's own name (a wire or an agency after "via" credits a picture: "via Associated Press")
  const via = [...meta.lines.map((l) => viaSource(l.text)), footVia].find((n): n is string => n !== null && !isAggregator(n) && lookupAgency(n) === null);
  if (via !== undefined && (meta.outlet === null || isAggregator(meta.outlet))) {
    meta.outlet = BARE_DOMAIN.test(via) ? outletFromSelfMentions(via, { text, aboveTitle: Math.max(0, model.title), url: meta.url, printedHost, wire: false }) : (lookupOutlet(via) ?? via);
  }
  // nothing else naming it, the domain alone at the page's foot does, as a copyright line's domain would
  if (meta.outlet === null && tailDomain !== null) meta.outlet = outletFromSelfMentions(tailDomain, { text, aboveTitle: Math.max(0, model.title), url: meta.url, printedHost, wire: false });
  // and so does the address a prompt under the text asks readers to write to ("emailing us at webnews@metro.co.uk",
  // "Mời bạn đọc gửi bài cộng tác về địa chỉ: bbt@nhipcauthegioi.hu"): the page's own domain
  const writeToUs = meta.outlet === null ? writeToUsHost(text, (host) => MAIL_SERVICE.test(host)) : null;
  if (writeToUs !== null) meta.outlet = nameOfOwnHost(writeToUs, text, (n) => isWire(lookupAgency(n)));
  if (domainMasthead !== null) meta.outlet = domainMasthead;
  // a domain of words run together ("wessexgazette.co.uk", "congdongvietpraha.cz") read as the only name, or a wire's
  // byline read as the outlet: a name the page prints elsewhere (its masthead, rights line, footer, "About" line) whose
  // letters spell the domain's label whole is the site's
  const ownHost = printedHost ?? (meta.url !== null ? hostOf(meta.url) : null);
  if (ownHost !== null && (meta.outlet === null || BARE_DOMAIN.test(meta.outlet) || isWire(lookupAgency(meta.outlet) ?? meta.outlet))) {
    meta.outlet = nameSpellingLabel(text, ownHost, (n) => isWire(lookupAgency(n))) ?? meta.outlet;
  }
  if (meta.outlet === null && relayedOriginal && printedHost !== null) meta.outlet = printedHost;
  // a read-later app's or a portal's name read as the outlet ("Instapaper" over the line "slate.com" under the
  // headline): the domain the copy prints names it, when that is one word
  if (printedHost !== null && isAggregator(meta.outlet)) meta.outlet = wordOfDomain(printedHost, text) ?? meta.outlet;
  // a reader view that names the site only by its domain ("wessexgazette.co.uk") over a wire's story: the wire of the
  // byline or the dateline is the agency, the site is the domain's (the name the lexicon gives it, its one word spelled
  // as a name, or the domain as printed: words run together are not spaced back), unless the domain is the wire's own
  if (printedHost !== null && meta.outlet !== null && isWire(lookupAgency(meta.outlet) ?? meta.outlet) && !domainSpells(meta.outlet, printedHost) && !isWire(lookupAgency(outletFromHost(printedHost) ?? "") ?? outletFromHost(printedHost))) {
    meta.outlet = outletFromHost(printedHost) ?? wordOfDomain(printedHost, text) ?? printedHost.replace(/^www\./, "");
  }
  // an aggregator's or a reader's view: the publisher it names beside the stamp (lib/sources/app-view-source.ts); a
  // name read as the writer there gives way to the writer signing at the foot
  // (an app's name on the copy's first lines, read as furniture or a section, as much as read as the outlet)
  // (and a start portal's, whatever its name: its web search box among its first lines, "Search the web")
  const appCopy = isAggregator(meta.outlet) || plains.slice(0, 3).some((p) => isAggregator(p)) || plains.slice(0, 4).some((p) => WEB_SEARCH_BOX.test(p));
  if (appCopy) {
    const footSigner = meta.lines.filter((l) => l.region === "footer" && l.role === "byline").map((l) => readByline(l.text)).find((n): n is string => n !== null) ?? null;
    const source = sourceOfAppView(meta.lines.filter((l) => l.region === "header"), model.title, footSigner !== null && footSigner !== meta.author);
    if (source !== null) {
      if (meta.author !== null && foldForMatch(meta.author) === foldForMatch(source)) meta.author = footSigner;
      // the name before the stamp under the headline, read as the outlet ("Jane Doe · Oct 28, 2025"), is the writer's
      const stamped = model.title >= 0 ? plains[model.title + 1] : undefined;
      if (meta.author === null && meta.outlet !== null && stamped !== undefined && stamped.startsWith(`${meta.outlet} `) && readByline(meta.outlet) === meta.outlet) meta.author = meta.outlet;
      meta.outlet = source;
    }
  }
  // a post copied from a platform: the page's, channel's or newsletter's name, not the platform's (lib/sources/platform-outlet.ts)
  const readOutlet = meta.outlet;
  meta.outlet = outletOfPlatformPost(meta.outlet, { text, notOutlet: [meta.title, meta.author] });
  // an account's name read as the byline signs nothing: the account is the outlet, and no one else signed the post
  if (meta.outlet !== readOutlet && meta.author !== null && meta.outlet !== null && foldForMatch(meta.author) === foldForMatch(meta.outlet)) meta.author = null;
  // a wire read as the outlet (its dateline, its byline, its rights line) gives way to the masthead the copy prints
  // first, a name that is no wire's: the site that carries the wire's copy ("WKRN News 2" over an AP story)
  // "By Ellen Marsh, PA Political Correspondent": the wire whose post the writer holds is the agency
  if (meta.agency === null) meta.agency = plains.slice(0, Math.max(0, model.firstBody)).map(wireOfWritersPost).find((w) => w !== null) ?? null;
  // (a republisher's notice under the text credits the wire as a byline does: "Republished with permission from Yonhap",
  // and so does a carrier's source line there, "Source: Reuters", which no wire prints under its own copy)
  const carrier = carriedWire(meta.outlet, ownMasthead, [...plains.slice(0, Math.max(0, model.firstBody)), ...republishNotices(text), ...sourceLines(text)]);
  if (carrier !== null) [meta.outlet, meta.agency] = [carrier.outlet, meta.agency ?? carrier.agency];
  // a wire still read as the outlet (its name under the headline, as a paper carrying its copy prints it) gives way to
  // the owner the page's copyright line names, when that is neither a wire nor the wire's own company: "Associated
  // Press" over "Copyright © 2026 Jakarta Globe" (not "Reuters" over "© 2026 Thomson Reuters", nor a wire's own page,
  // whose masthead above the headline names the wire: "RIA Novosti" over "© 2026 MIA «Rossiya Segodnya»")
  const footOwner = copyrightName ?? tailOwner;
  const readWire = meta.outlet !== null ? (lookupAgency(meta.outlet) ?? meta.outlet) : null;
  if (readWire !== null && footOwner !== null && isWire(readWire) && lookupAgency(footOwner) === null && !foldForMatch(footOwner).includes(foldForMatch(meta.outlet ?? "")) && !aboveTitle.some((l) => l.length <= 60 && lookupAgency(l) === readWire)) {
    meta.outlet = lookupOutlet(footOwner) ?? footOwner;
  }
  // nothing else naming it, the note on the byline's writer under the text names the newsroom of the writer's post
  // ("Thomas Reyes is an associate editor at Reason.", "Maria is senior defense editor of Aviation Week") on a copy
  // that keeps the page's own lines over the headline (its section, its kicker); a text that opens at its headline may
  // be a story passed on, whose note speaks of the paper it came from
  if (meta.outlet === null && meta.author !== null && model.title > 0) meta.outlet = writersOwnPost(text, meta.author, (n) => isWire(lookupAgency(n) ?? n));
  if (meta.outlet !== null) meta.outlet = withoutLanguageLink(meta.outlet);
  // a magazine's masthead in capitals without its kind ("THẾ GIỚI MỚI") that its foot names with it ("Tạp chí Thế giới
  // Mới - Giấy phép số …"): the magazine's name as the foot writes it
  if (meta.outlet !== null && meta.outlet === ownMasthead) meta.outlet = magazineOfMasthead(meta.outlet, text) ?? meta.outlet;
  // a name its own rights line spells with "và" for "&" ("Báo Thế giới & Việt Nam" as "© Bản quyền thuộc về Báo Thế
  // giới và Việt Nam"), or the other way round: the rights line's
  if (meta.outlet !== null) meta.outlet = asTheRightsLineWritesIt(meta.outlet, text) ?? meta.outlet;
  // a name read in capitals ("CÔNG AN TP.HCM", "BUENOS AIRES TIMES") that the page prints in its own mixed case too
  if (meta.outlet !== null) meta.outlet = inMixedCase(meta.outlet, text);
  // a wordmark glued to its edition's word in capitals ("SAIGONONLINE", "THISDAYLIVE") that the page prints spaced
  // ("Saigon Online") or whose rights line names the paper ("© 2025 ThisDay Newspapers Ltd.")
  if (meta.outlet !== null) meta.outlet = spacedWordmark(meta.outlet, text);
  // a public body of a place set in capitals with no other form on the page ("CÔNG AN TỈNH KHÁNH HÒA"): running case
  if (meta.outlet !== null) meta.outlet = placeBodyInRunningCase(meta.outlet);
  // a wire's own page whose dateline credits it by initials no list knows ("MOSCOW, September 23 (FEPA) -" on the Far
  // East Press Agency's site): the wire's copy, the wire the agency
  // (a paper's own initials there, "(NV)" on Người Việt's page, credit its own newsroom: no wire)
  if (meta.agency === null && leadInitials !== null && meta.outlet !== null && WIRE_KIND.test(meta.outlet) && spellsInitials(meta.outlet, leadInitials)) meta.agency = leadInitials;
  if (englishTranslator && !(meta.agency ?? "").split(/,\s*/).some((name) => isWire(lookupAgency(name) ?? name))) meta.author ??= englishTranslator;
  // (an editor's initials alone, as a wire's copy is signed off on the desk, "Editor: LY", "Biên tập: HN", name no one)
  meta.author ??= editor && !/^[\p{Lu}]{2,4}$/u.test(editor) ? editor : null;
  // a wire's name read as the writer ("By Reuters, Reuters"): no one signed it; the wire is the agency
  const wireAsAuthor = meta.author !== null ? wireNamedTwice(meta.author) : null;
  if (wireAsAuthor !== null) [meta.author, meta.agency] = [null, meta.agency ?? wireAsAuthor];
  if (meta.agency !== null) meta.agency = withoutDeskInitials(meta.agency, wireName); // "Reuters/fg": the wire, not its desk
  if (meta.agency !== null) meta.agency = creditedOutlet(meta.agency); // "Nguồn: VOV.VN", "Nguồn: Báo điện tử VOV": VOV
  // "Source: SBS" on SBS Tiếng Việt's own page: the outlet's own work, no wire relayed (a wire's own site keeps its name)
  if (meta.agency !== null && meta.outlet !== null && !isWire(lookupAgency(meta.agency)) && servicesOf(meta.agency, meta.outlet)) meta.agency = null;
  const deskWire = meta.author !== null ? deskSlashWire(meta.author, wireName) : null;
  if (deskWire !== null) [meta.author, meta.agency] = [null, meta.agency ?? deskWire]; // "HT/dpa": the desk and the wire, no one
  // the outlet's name with its edition as the byline ("Premium Times Nigeria"): the labelled byline below it, if any
  if (meta.author !== null && meta.outlet !== null && outletAsByline(meta.author, meta.outlet)) {
    const labelled = plains.find((p) => /^(?:by|bởi)\s/iu.test(p) && p.length <= 80 && readByline(p) !== null);
    meta.author = labelled ? readByline(labelled) : null;
  }
  // a writer named as one part of a header line ("Bishkek, 03/12/26 14:20, 24.kg news agency, by Aigerim Toktosunova")
  meta.author ??= bylineAmongParts(plains);
  // and the wire credited before that writer ("Associated Press | By Daniel Harlow")
  meta.agency ??= wireBeforeByline(plains, wireName);
  // the writer with the wire after a comma, however it was read ("Dylan Robertson, The Canadian Press" signing a
  // reader view's copy): the writer, and the wire credited
  const wireTail = meta.author !== null ? writerWithWire(meta.author) : null;
  if (wireTail !== null) [meta.author, meta.agency] = [wireTail.writer, meta.agency ?? wireTail.wire];
  // or the wire after the writer on the byline's own line ("HYUNG-JIN KIM Associated Press", "Jane Doe | Reuters"): a
  // wire's copy, when no other credit names one
  if (meta.author !== null && meta.agency === null) meta.agency = wireAfterWriter(plains, meta.author);
  if (meta.title !== null) tidyRelayTitle(meta, plains);
  // the desk, not a person: "Ban biên tập", "BBT", "Editorial Board", "Staff"
  if (meta.author !== null && namesNoWriter(meta.author)) meta.author = null;
  // The outlet printed as its own byline ("Global Times", "CGTN" under the headline) names no one.
  // (and without the kind of title before it: "HỒN VIỆT" signing an editorial of "Tạp chí Hồn Việt")
  // (the name read first kept a wire's sign-off from naming its reporter: "Southland Star" over the headline, "Reporting
  // by A; Editing by B" under the text signs A)
  if (meta.author !== null && meta.outlet !== null && (foldForMatch(meta.author) === foldForMatch(meta.outlet) || lookupOutlet(meta.author) === meta.outlet || foldForMatch(meta.author) === foldForMatch(meta.outlet).replace(OUTLET_KIND, "") || networkOf(meta.author, meta.outlet))) meta.author = signOffReporter(text);
  if (meta.title !== null) meta.title = withoutTitlePrefix(meta.title, [meta.outlet, printedMasthead, serviceName]);
  // one reading of a header's byline lines for the author and for the roles the preview lists
  agreeBylineRoles(meta, model.title, text, options.roleFor);
  // With no header at all, leading blank lines are not an image gap after a header.
  if (bodyStart === 0) while (bodyStart < bodyEnd && text[bodyStart] === "\n") bodyStart++;
  // the writer's bio printed under the byline, among the text's first four lines ("Sarah Lin is a senior foreign policy
  // reporter at Vox, covering …"): no part of the text
  for (let pos = bodyStart, n = 0; meta.author !== null && pos < bodyEnd && n < 4; ) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl + 1;
    const line = cuts.some(([a, b]) => pos >= a && pos < b) ? "" : text.slice(pos, Math.min(next, pos + 401)).trim();
    if (line.length > 0) {
      n++;
      if (line.length <= 400 && bylineBio(stripInline(tidyLine(line)), meta.author)) {
        cuts.push([pos, next]);
        cuts.sort((x, y) => x[0] - y[0]);
        break;
      }
    }
    pos = next;
  }
  // The lead opens a paragraph: a sub-head kept right above it with one newline between (a live page's summary
  // heading, a briefing's topic) is a block of its own, not the lead's first line.
  const leadBreak = leadLine && leadLine.start > bodyStart && text[leadLine.start - 1] === "\n" && text[leadLine.start - 2] !== "\n" && leadHeadKept ? leadLine.start : -1;
  const slice = (a: number, b: number): string => (leadBreak > a && leadBreak < b ? `${text.slice(a, leadBreak)}\n${text.slice(leadBreak, b)}` : text.slice(a, b));
  let body = "";
  let from = bodyStart;
  for (const [a, b] of cuts) {
    if (a >= bodyEnd) break;
    body += slice(from, a);
    from = Math.min(b, bodyEnd);
  }
  meta.body = body + slice(from, Math.max(from, bodyEnd));
  return meta;
}

/** A sub-head's shape: three to twelve words, capitalised, in mixed case, no end mark, no figure alone (a clock, a dateline's day). */
const subHeadAboveLead = (p: string): boolean => p.length <= 80 && /^[\p{Lu}]/u.test(p) && /[\p{Ll}]{2}/u.test(p) && !/[.!?…,;:)\]"”'’»-]$/u.test(p) && p.split(/\s+/).length >= 3 && p.split(/\s+/).length <= 12 && !/\d/.test(p);

const SENTENCE_END = /[.!?…:;"”'’»)]$/;
/**
 * Text copied from a narrow column (a phone's screen, a PDF's page) breaks its sentences at the column's width, so a
 * headline, a caption and each paragraph come as several lines. Such a copy is told by its short lines (nine in ten
 * no longer than 72 characters) and by at least three breaks inside a sentence (a line with no end punctuation, the
 * next starting in lower case). In it a line is joined to the one below when it has no end punctuation and either
 * the next starts in lower case or a digit, or the line itself runs to the column's width (a capitalised name may
 * start the next line, but not a line of capitalised words only); a date line, a credit or page furniture below is
 * never joined. Other text is left as is.
 */
export function unwrapColumns(text: string): string {
  const lines = text.split("\n");
  // the column is measured on the first 400 lines: one article's copy, and a huge text is not sorted whole
  const sample = lines.slice(0, 400);
  const lengths = sample.map((l) => l.trim().length).filter((n) => n >= 15).sort((a, b) => a - b);
  if (lengths.length < 6) return text;
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width > 72) return text;
  const continues = (next: string): boolean => /^[\p{Ll}\d]/u.test(next);
  let breaks = 0;
  for (let i = 0; i + 1 < sample.length; i++) {
    const a = (lines[i] as string).trim();
    const b = (lines[i + 1] as string).trim();
    if (a.length >= 8 && !SENTENCE_END.test(a) && /^[\p{Ll}]/u.test(b)) breaks++;
  }
  if (breaks < 3) return text;
  const standalone = (l: string): boolean => l.length === 0 || isFurnitureLine(l) || looseDateLine(l) !== null || readDateLine(l) !== null || /^(?:ảnh|photo|nguồn|source)\s*:/i.test(l);
  // Each output line is kept as its parts, joined once at the end; only its last part and its length are read, so
  // a long run of joins stays linear.
  const out: string[][] = [];
  let last = ""; // the last part of the current output line
  let length = 0; // the current output line's length
  let open = false; // whether the current output line takes a continuation
  for (const raw of lines) {
    const line = raw.trim();
    // a line of capitalised words only ("MAI PHƯƠNG", "Thu Hà") is a byline or a label, never a sentence's rest
    const nameLike = line.length <= 60 && /^[\p{Lu}\d][\p{L}\d'’.-]*(?:\s[\p{Lu}\d][\p{L}\d'’.-]*){0,4}$/u.test(line);
    const part = out[out.length - 1];
    if (part && open && line.length > 0 && !SENTENCE_END.test(last) && !standalone(line) && (continues(line) || (length >= width * 0.7 && !nameLike))) {
      part.push(line);
      length += line.length + 1;
    } else {
      out.push([raw]);
      length = line.length;
      open = line.length > 0 && !standalone(line);
    }
    last = line;
  }
  return out.map((parts) => parts.join(" ")).join("\n");
}

/** A page's number alone on its line, as a PDF copy keeps it between pages: "- 1 -", "Page 2 of 3", "Trang 2". */
const PAGE_NUMBER = /^(?:[-–—]\s?\d{1,3}\s?[-–—]|(?:page|trang)\s\d{1,3}(?:\s(?:of|\/|trên)\s\d{1,3})?)$/i;
/** A sentence's rest: it opens in lower case or with the punctuation that follows a word ("'s", ", said …"). */
const SENTENCE_REST = /^(?:\p{Ll}|[,.;:)’'](?:\s|s\b|$))/u;
/** A short run of words that was a link in the page: at most six words, no end punctuation of a sentence. */
const LINK_TEXT = /^[^\s.!?…]\S*(?:\s\S+){0,5}$/u;

/**
 * Sentences a copy broke over lines: a browser's select-all puts an inline link's words on a line of their own
 * ("… Russian Foreign Minister" / "Sergei Lavrov" / "will visit" / "North Korea" / "next week …"), and a PDF copy a
 * page's number between the two halves of a sentence ("… cooperation with" / "- 1 -" / "North Korea and …"). A line
 * of three words or more with no end punctuation takes the line below when that line opens in lower case, or is a
 * link's few words followed by such a line, or stands after a page number; the page number goes. Lines a rule reads
 * on their own (a date, a credit, furniture) are never joined. One pass, each line looked at with the two below it.
 */
/** A line that is one web address and nothing else: "https://huunghivietnga.vn/tin-tuc/…-1288.html". */
const BARE_ADDRESS = /^https?:\/\/[^\s/]{1,253}(?:\/\S{0,1500})?$/;
/** A blog's or a channel's follow button alone on its line: "Follow", "Subscribe", "Theo dõi", "Đăng ký". */
const FOLLOW_BUTTON = /^(?:\+\s?)?(?:follow|subscribe|theo dõi|đăng ký)$/iu;
/** A page type's label alone on its line under the masthead: "eMagazine", "Longform", "Infographic" (no sentence's rest). */
const PAGE_TYPE_LABEL = /^(?:e-?magazine|longform|megastory|infographics?)$/iu;
export function joinBrokenLines(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  // the last output line is a sentence's start that the next line may continue; whether it stands on its own (the
  // costly part) is asked only when a line below could continue it: `unasked` is that line until then
  let open = false;
  let unasked: string | null = null;
  const isOpen = (): boolean => {
    if (unasked !== null) [open, unasked] = [!standalone(unasked), null];
    return open;
  };
  let changed = false; // a line was joined to the one above it (else the text comes back as it is, not joined again)
  // the masthead, printed again in lower case as a reader view's handle under the headline ("Mediazona" … "mediazona"):
  // a name of one word, never a sentence's rest
  const masthead = foldForMatch(lines.find((l) => l.trim().length > 0)?.trim().slice(0, 60) ?? "");
  const repeatsMasthead = (l: string): boolean => masthead.length >= 3 && l.length <= 60 && !l.includes(" ") && foldForMatch(l) === masthead;
  // (a bare address on its own line, as a phone's share prints the page's link under "Headline - Site", is no sentence's rest)
  const standalone = (l: string): boolean => l.length > 300 || isFurnitureLine(l) || readDateLine(l) !== null || /^(?:ảnh|photo|nguồn|source)\s*:/i.test(l) || /^#{1,6}\s/.test(l) || /^(?:by|bởi|theo)(?::\s*|\s+)[\p{Lu}]/u.test(l) || BARE_ADDRESS.test(l) || PAGE_TYPE_LABEL.test(l) || HOST_PART_FIRST.test(l);
  const nextFilled = (from: number): number => {
    let k = from;
    while (k < lines.length && k - from < 4 && (lines[k] as string).trim().length === 0) k++;
    return k;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    // (the cheap tests first: most lines open in upper case and are no sentence's rest)
    const below = line.length > 0 && !SENTENCE_REST.test(line) && line.length <= 60 ? (lines[i + 1] ?? "").trim() : "";
    const rest = SENTENCE_REST.test(line) || (line.length <= 60 && LINK_TEXT.test(line) && SENTENCE_REST.test(below));
    // (a blog's tagline under its name, a follow button right below it, is no rest of the name: "Northeast Asia Notes" /
    // "reading the region one treaty at a time" / "Follow")
    if (rest && isOpen() && !standalone(line) && !repeatsMasthead(line) && (SENTENCE_REST.test(line) || !standalone(below)) && !(line.length <= 80 && FOLLOW_BUTTON.test((lines[i + 1] ?? "").trim()))) {
      out[out.length - 1] += /^[,.;:)’']/.test(line) ? line : ` ${line}`;
      changed = true;
      open = !SENTENCE_END.test(line);
      continue;
    }
    // a page's number between blank lines inside a sentence: dropped, and the sentence goes on after it
    const page = line.length === 0 && (open || unasked !== null) ? nextFilled(i) : -1;
    if (page >= 0 && PAGE_NUMBER.test((lines[page] ?? "").trim()) && isOpen()) {
      const after = nextFilled(page + 1);
      const rest = (lines[after] ?? "").trim();
      if (/^[\p{L}]/u.test(rest) && !standalone(rest)) {
        out[out.length - 1] += ` ${rest}`;
        changed = true;
        open = !SENTENCE_END.test(rest);
        i = after;
        continue;
      }
    }
    out.push(lines[i] as string);
    // (three words or more: a second space; a paragraph's line is past 300 characters and never open)
    open = false;
    unasked = line.length >= 8 && line.length <= 300 && !SENTENCE_END.test(line) && line.indexOf(" ", line.indexOf(" ") + 1) > 0 ? line : null;
  }
  return changed ? out.join("\n") : text;
}

/**
 * A headline without what a print view or a relaying page puts in front of it: "In bài viết - …", "Print - …",
 * and the outlet's own name before a bar ("News24 | …"), when that name is the page's masthead or a known outlet.
 */
/** A page type's label in brackets before a headline: "[Infographic] …", "[eMagazine] …", "[Video] …", "[Ảnh] …". */
const TYPE_LABEL_PREFIX = /^\[(?:infographics?|e-?magazine|emagazine|longform|megastory|multimedia|interactive|video|clip|podcast|ảnh|photos?|gallery|phóng sự ảnh|chùm ảnh|trực tiếp|live|đồ họa|đồ hoạ)\]\s*(?=\S.{9})/iu;

/** A tag in brackets before a thread's or a post's title naming where it came from: "[BBC] …", "(VOA) …", "【RFA】 …". */
const SOURCE_TAG = /^[[(【]([^[\]()【】]{2,30})[\])】]\s?[:\-–]?\s*(\S.{9,})$/u;
/**
 * Pictographs closing a post's title ("… BIỂN NHẬT BẢN 🚢"): decoration. (A flag opening it, "⚡️ …", "🔴 …", is a
 * channel's mark of news just in, kept as printed.)
 */
const TITLE_EMOJI_TAIL = /(?<=\S)[\p{Extended_Pictographic}\uFE0F\u200D\s]+$/u;
/** A page's own name after a bar closing its title line: "Người đào tị: … | Thời Sự Quanh Ta". */
const NAME_AFTER_BAR = /^(\S.{9,}?)\s\|\s([^|]{2,50})$/u;

/**
 * A relay's title as a post, a thread or a video page prints it, tidied: the source's tag before it ("[BBC] Nhật Bản
 * truy ra …": the source relayed, credited), the pictographs closing it, and the page's own name after a bar when that
 * name stands alone among the first lines (a channel's or a page's name under its video's title: the outlet).
 */
function tidyRelayTitle(meta: ArticleMetadata, plains: readonly string[]): void {
  let title = meta.title ?? "";
  const tag = SOURCE_TAG.exec(title);
  const tagged = tag ? relayedSourceName(tag[1] ?? "") : null;
  if (tag && tagged) {
    title = tag[2] ?? title;
    meta.agency ??= tagged;
  }
  const bare = title.replace(TITLE_EMOJI_TAIL, "");
  if (bare.length >= 10 && /[\p{L}]/u.test(bare)) title = bare;
  const named = NAME_AFTER_BAR.exec(title);
  if (named?.[2]) {
    const own = foldForMatch(named[2]);
    if (plains.slice(0, 15).some((p) => p.trim() !== title && foldForMatch(p) === own)) {
      title = named[1] ?? title;
      meta.outlet ??= named[2].trim();
    }
  }
  meta.title = title;
}

export function withoutTitlePrefix(title: string, names: readonly (string | null)[]): string {
  let t = title.replace(/^(?:in bài viết|in bài|bản in|print(?:er[- ]friendly)?(?: version| article| this article)?)\s*[-–—|:]\s*(?=\S.{9})/i, "").replace(TYPE_LABEL_PREFIX, "");
  const m = /^([^|]{2,30}?)\s+\|\s+(\S.{9,})$/.exec(t);
  if (m?.[1] && m[2]) {
    const prefix = foldForMatch(m[1]);
    const own = names.some((n) => n !== null && foldForMatch(n) === prefix) || lookupOutlet(m[1]) !== null;
    if (own) t = m[2];
  }
  return t;
}

/**
 * A wire's correspondents signing from their post, no one named: "TTXVN tại Moscow", "Phóng viên TTXVN tại Bình
 * Nhưỡng", "Nhóm PV TTXVN thường trú tại Seoul", "VNA correspondent in Moscow", "Xinhua correspondents in Pyongyang";
 * or a writer with that post in brackets ("Minh Anh (Phóng viên TTXVN tại Moscow)"). The wire must be one the lexicon
 * knows: a person abroad ("Ngọc Hà tại Moscow") is a writer and her place.
 */
const WIRE_POST_VI = /^(?:(?:[Nn]hóm\s)?(?:[Pp]hóng viên|PV)(?:\sthường trú)?\s)?(\S[^()]{1,30}?)\s(?:thường trú\s)?(?:tại|ở)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\.?$/u;
const WIRE_POST_EN = /^(?:[Bb]y\s)?(?:(\S[^()]{1,30}?)\s(?:correspondents?|[Rr]eporters?|bureau)|(?:[Cc]orrespondents?|[Rr]eporters?)\s(?:of|for)\s(\S[^()]{1,30}?))\sin\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\.?$/u;
const NAME_WITH_POST = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4})\s?\(([^()]{5,60})\)$/u;
export function wirePost(plain: string): { wire: string; writer: string | null } | null {
  if (plain.length > 90 || !/\s(?:tại|ở|in)\s/u.test(plain)) return null;
  const bare = (line: string): string | null => {
    const m = WIRE_POST_VI.exec(line) ?? WIRE_POST_EN.exec(line);
    return m ? wireName(m[1] ?? m[2] ?? "") : null;
  };
  const named = NAME_WITH_POST.exec(plain);
  if (named?.[1] && named[2]) {
    const wire = bare(named[2]);
    return wire !== null && isName(named[1]) ? { wire, writer: named[1] } : null;
  }
  const inner = /^\(([^()]+)\)$/.exec(plain)?.[1] ?? plain;
  const wire = bare(inner);
  return wire === null ? null : { wire, writer: null };
}

/** A site's domain alone on a line: "example-news.vn", "www.slate.com", "news.com.au". */
const BARE_DOMAIN = /^(?:www\.)?[a-z\d-]{2,40}(?:\.[a-z\d-]{2,12}){0,2}\.[a-z]{2,12}$/i;
/** A file's name, which reads as a domain does ("photo.jpg", "report.pdf"). */
const FILE_NAME_END = /\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|mp[34]|docx?|xlsx?|txt|zip)$/i;

/** An episode's air line, its label, then the hour before or after the day: "Phát sóng: 21h00 thứ Năm, 19/11/2026", "Aired: Thursday 9 p.m., Nov. 19, 2026". */
const AIR_LINE = /^(?:phát sóng|lên sóng|phát lúc|aired|first aired|originally aired|air date|broadcast)\s?:?\s(?:on\s)?(\S.{5,70})$/iu;
const AIR_WEEKDAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s/iu;
const AIR_HOUR_FIRST = /^(\d{1,2})(?:([:h.])(\d{2}))?\s?(a\.m\.|p\.m\.|am|pm|h)?,?\s(\S.+)$/iu;
/** The day and hour an air line gives, or null (a line with no airing label, or no day on it, gives none). */
export function airLineDate(plain: string): ParsedDate | null {
  const rest = AIR_LINE.exec(plain)?.[1];
  if (!rest) return null;
  const unnamed = rest.replace(AIR_WEEKDAY, "");
  const m = AIR_HOUR_FIRST.exec(unnamed);
  // the hour before the day ("9 p.m., Nov. 19, 2026"): read after it, its minutes written out, as a date line prints it
  if (m?.[5] && (m[3] || m[4])) {
    const half = m[4] && m[4].toLowerCase() !== "h" ? ` ${m[4]}` : "";
    const read = readDateLine(`${m[5]} ${m[1]}:${m[3] ?? "00"}${half}`);
    if (read) return read;
  }
  return readDateLine(rest);
}

/** The owner a copyright line names: "© 1991—2024 Interfax." → "Interfax", "© Bangkok Post PCL." → "Bangkok Post". */
/**
 * A byline whose wire stands in a part of its own, between bars or bullets, after a semicolon or after ", with": "By A
 * and B | Associated Press | December 3, 2026", "Irina Kozlova, with Interfax · December 2, 2026, 14:25", "Reporting by
 * Alan Mercer; AP". The names and the wire, when the first part is names and every other part the wire or a date.
 */
export function wireBesideByline(plain: string): { names: string; wire: string } | null {
  if (plain.length > 160) return null;
  const parts = plain.split(/\s[|·•]\s|;\s/);
  const first = (parts[0] ?? "").replace(/^(?:by|bởi|reporting by|written by|reported by|words by)\s+/iu, "");
  // the wire joined to the names as one more writer ("Marcus Bell and The Associated Press", "Minh Anh và TTXVN", "Jane
  // Doe, with files from AFP"): after "with" always; after "and", "&" or "và" only when it is a wire
  const joined = /^(.*[^,\s]),?\s+(?:and|&|và|cùng)\s+(\S.{1,40})$/iu.exec(first);
  const withWire = /^(.+?),?\s+with\s+(?:files from\s+)?(\S.{1,40})$/i.exec(first) ?? (joined && wireName(joined[2] ?? "") !== null ? joined : null);
  // the wire after the names' comma, the date in a part of its own: "By Takeshi Morimoto, Kyodo News | February 11, 2026"
  const afterComma = withWire || parts.length < 2 ? null : /^(.+),\s([^,]{2,40})$/.exec(first);
  const commaWire = afterComma ? wireName(afterComma[2] ?? "") : null;
  const names = cleanName(withWire ? (withWire[1] ?? "") : commaWire !== null ? (afterComma?.[1] ?? "") : first);
  const people = names.split(/,\s|\s(?:and|&)\s/);
  // (a paper's name before its wire is no writer: "by DAILY EXAMPLE WITH AFP", "The Brussels Times with Belga")
  // (nor a source's cue before a wire: "Theo Sputnik và Reuters" credits two wires, no writer)
  if (names.length === 0 || people.length > 4 || !people.every((p) => isName(p)) || OUTLET_WORD.test(names) || /^the\s/i.test(names) || /^(?:theo|nguồn|source)\s?:?\s/iu.test(first)) return null;
  let wire = withWire ? wireName(withWire[2] ?? "") : commaWire;
  if (withWire && wire === null) return null;
  for (const part of parts.slice(1)) {
    const named = wireName(part.replace(/^with\s+/i, ""));
    if (named !== null && wire === null) wire = named;
    else if (readDateLine(part) === null) return null;
  }
  return wire === null ? null : { names, wire };
}

/** A rights or reuse notice after a site's name on its foot line: "© 2026", "Copyright 2026", "All rights reserved", "Bản quyền thuộc …", "Giấy phép số …", "Ghi rõ nguồn …", and a blog's platform line ("Powered by WordPress"). */
const FOOT_RIGHTS = /©|\bCopyright\s(?:©\s?)?\d{4}\b|\bAll rights reserved\b|\bBản quyền thuộc\b|\bMọi quyền được bảo lưu\b|\bGiấy phép số\b|\bGhi rõ nguồn\b|^(?:Proudly )?Powered by (?:WordPress|Ghost|Blogger|Substack|Squarespace|Wix|Medium)\b/iu;
/** A picture's "©" credit: the agency, a slash and the photographer ("© Sputnik / Ilya Pitalev", "© Reuters/Maxim Shemetov"). */
const PICTURE_RIGHTS = /©\s?[\p{L}\d .&'’-]{2,40}\s?\/\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** A site's name opening a foot line, before " - ", " – ", " · " or " | ": capitalised words, up to six. */
const FOOT_NAME = /^((?:The\s)?\p{Lu}[\p{L}\d&'’.]*(?:\s(?:of|and|the|for|và|&|\p{Lu}[\p{L}\d&'’.]*|\p{Ll}[\p{Ll}]*)){0,5})\s[-–—·|]\s(.+)$/u;
/** A newsletter's sign-up line naming its outlet: "Đăng ký nhận thư tin của RFI Tiếng Việt", "Sign up for the X newsletter". */
const NEWSLETTER_SIGN_UP = /^(?:đăng ký nhận (?:thư tin|bản tin)(?: của)?|sign up (?:for|to)(?: the)?|subscribe to(?: the)?)\s(\S.{1,40}?)(?:'s|’s)?(?:\snewsletters?)?\.?$/iu;
/**
 * The outlet a newsletter's sign-up line names, when the lexicon knows it; null otherwise. (A box that says whose it
 * is, "… của X", "X's newsletter", names any outlet through outlet-clues.ts's self-mentions; this one also reads the
 * forms without it, "Đăng ký nhận bản tin VnExpress", for the names the lexicon holds.)
 */
function newsletterOwnerOf(plain: string): string | null {
  const name = plain.length <= 90 ? NEWSLETTER_SIGN_UP.exec(plain)?.[1] : undefined;
  return name === undefined ? null : lookupOutlet(name);
}

/**
 * A site's own line at the foot of its page: its name first, then after a dash, a dot or a bar its kind, its address or
 * its rights, with a rights or reuse notice among them ("Tumen Valley Times · 12 Hunchun Street · © 2026", "Thời báo
 * X - Chuyên trang thông tin về … Bản quyền thuộc Thời báo X."): the name, or null. A place before a dash opening a
 * sentence ("Moscow - The ministry said …") has no notice after it.
 */
export function siteFootLine(plain: string): string | null {
  if (plain.length > 200) return null;
  const m = FOOT_NAME.exec(plain);
  if (!m) return null;
  const [, name, rest] = m as unknown as [string, string, string];
  if (name.length > 60 || /\d{4}/.test(name) || !FOOT_RIGHTS.test(rest) || !/[\p{Ll}]/u.test(name)) return null;
  // a picture's credit after its caption ("Sân bay Vnukovo - Sputnik Việt Nam, 1920, 05.12.2026 © Sputnik / Ilya
  // Pitalev"): the "©" names the picture's agency and photographer, no site's rights
  if (PICTURE_RIGHTS.test(rest) && !/\bcopyright\b|all rights|bản quyền|mọi quyền|giấy phép|ghi rõ nguồn|powered by/iu.test(rest)) return null;
  // the name's own small words stay inside it, never at its end ("Tin tức và" is cut mid-name)
  if (/\s(?:of|and|the|for|và|&)$/u.test(name)) return null;
  return name;
}

function copyrightOwner(plain: string): string | null {
  const m = COPYRIGHT.exec(plain);
  if (!m) return null;
  const who = (m[1] ?? "")
    .replace(/^©\s*/, "")
    .replace(/^\d{4}(?:\s*[-–—]\s*\d{4})?\s*/, "")
    .replace(/^[-–—]\s*\d{4}\s+/, "")
    .replace(/^[,\s]+/, "")
    .replace(/^by\s+(?:the\s+(?=[\p{Lu}]))?/u, "") // "© 2026 by the Center for Strategic and International Studies."
    .replace(/^bản quyền(?:\s+thuộc(?:\s+về)?)?\s+/iu, "") // "© 2026 Bản quyền thuộc VietTimes"
    .replace(/^copyright\s+(?:©\s*)?/i, "") // "© 2026 Copyright RFI"
    // "Báo và Phát thanh, Truyền hình Lào Cai" is one name; "… Mọi quyền được bảo lưu" is "All rights reserved"
    // translated, and "© 2026 H KAΘHMEPINH All Rights Reserved" prints the reservation without a full stop before it
    .split(/\.\s|\s[|–—-]\s|,\s(?!truyền hình\s)|\s+(?:mọi|tất cả(?: các)?) quyền\b|\s+all rights reserved\b/iu)[0]
    ?.replace(/[.\s]+$/, "")
    .replace(/\s+\d{4}$/, "") // "ANTARA 2025"
    // a site's years ("Novinite.com 2001-2026"); a wire's notice with its years ("© AFP 2017-2026" on its fact-check
    // desk's page) stays as printed, the wire's rights on the copy and not the site's name
    .replace(/\s+\d{4}\s?[-–—]\s?\d{4}$/, (years, at: number, all: string) => (lookupAgency(all.slice(0, at)) === null ? "" : years))
    .replace(/\s+(?:or|and) (?:its|their) (?:affiliated companies|affiliates|subsidiaries|licensors)$/i, "") // "Guardian News & Media Limited or its affiliated companies"
    // the paper and its publishing company: "Texarkana Gazette and Texarkana Newspapers, Inc." names the paper first
    .replace(/\s+and\s+(?:[\p{Lu}][\p{L}'’.-]*\s){1,4}(?:Newspapers|Publishing|Publications|Media|Communications|Holdings|Group)(?=,|$)/u, "")
    .replace(/\s+(?:PCL|Ltd|Limited|Inc|LLC|L\.P|Corp|Corporation|JSC|GmbH|Co|DAC|PLC|Pty|Oy|AB|AG|(?:Media\s+)?Company)\.?$/i, "")
    .trim();
  return who ? who : null;
}

/** A byline glued in front of a date ("Bảo Anh | 22/10/2024 08:05"): the author when it is a name. */
/**
 * A byline with its wire after the names and no mark between, beside the date ("by FATIMA HUSSEIN The Associated Press
 * | December 4, 2026 …"): the writer (names in capitals written as names) and the wire, never the wire as the outlet.
 */
function bylineBeforeWire(rest: string, meta: ArticleMetadata): boolean {
  const m = /^(?:by|bởi)\s+([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){1,3}?)\s+((?:[Tt]he\s)?(?:Associated Press|ASSOCIATED PRESS|Reuters|REUTERS|AFP|Agence France-Presse|Bloomberg))$/u.exec(rest.trim());
  if (!m?.[1] || !m[2]) return false;
  const wire = lookupAgency(m[2].replace(/^[Tt]he\s/, ""));
  if (!wire) return false;
  const name = /[\p{Ll}]/u.test(m[1]) ? m[1] : m[1].toLowerCase().replace(/(^|[\s'’.-])([\p{Ll}])/gu, (_, a: string, b: string) => a + b.toUpperCase());
  meta.author ??= name;
  meta.agency ??= wire;
  return true;
}

/**
 * The wire or the writer an update line names before its bar ("Reuters | Updated: …", "Edited By: X | Updated: …"); a
 * name without a writer's label is a place or a desk ("NEW DELHI | Updated: …"), no one's.
 */
function creditOfUpdateLine(plain: string, meta: ArticleMetadata): void {
  const credit = creditBeforeUpdate(plain);
  if (credit === null) return;
  if (isWire(lookupAgency(credit))) meta.agency ??= lookupAgency(credit);
  else if (/^(?:edited|curated|written|reported|compiled)\s+by\b/i.test(credit)) {
    const name = readByline(credit);
    if (name !== null) meta.author ??= cleanName(name);
  }
}

function readBylineRest(rest: string, meta: ArticleMetadata): boolean {
  // (the house's news service after a comma, "By Ellen Maddox, DOD News", is no part of the name)
  const name = cleanName(withoutBylineTail(rest.replace(/^(?:by|bởi|tác giả)\s*[-–:]?\s+/i, "")));
  // (a writer's degree before the name, "ThS. Trịnh Bảo Ngọc", is kept, as the byline reader keeps it)
  if (!isName(name) && !(withoutDegree(name) !== name && isName(withoutDegree(name)))) return false;
  meta.author ??= name;
  return true;
}

/**
 * The second half of an official statement's headline, printed under its kind: "Doorstep statement" / "by NATO
 * Secretary General Mark Rutte ahead of the meeting of NATO Ministers of Foreign Affairs", "Remarks" / "by the High
 * Representative at the press conference following the Foreign Affairs Council". The kind is one to four words with no
 * stop; the line below opens with "by" in lower case and goes on past a name, to the occasion ("ahead of", "at", "on",
 * "following"…). A byline ("by Jane Doe", "by Jane Doe in Seoul") names a person and stops. Returns that line, or null.
 */
const STATEMENT_KIND = /^(?:(?:joint |press |doorstep |opening |closing |keynote |introductory |video |written )?(?:statement|remarks|speech|address|message|declaration|briefing|interview|press conference|press point|doorstep|op-ed|article))$/i;
const OCCASION_TAIL = /^by\s(?:the\s)?\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){1,14}\s(?:ahead of|at|on|to|after|before|during|following|for|in|with)\s(?:the\s)?[\p{L}\d'’.,-]+(?:\s[\p{L}\d'’.,-]+){0,14}$/u;
/** Words of an office, never a speaker's name: "Secretary General", "Prime Minister", "High Representative". */
const OFFICE_WORDS = new Set(["secretary", "general", "deputy", "prime", "minister", "president", "vice", "high", "representative", "spokesperson", "spokesman", "spokeswoman", "chair", "chairman", "director", "ambassador", "commissioner", "foreign", "defence", "defense", "nato", "un", "eu", "the"]);
/** The person a statement's "by …" half names before the occasion, after their office: "Mark Rutte" of "by NATO Secretary General Mark Rutte ahead of …"; null for an office alone ("by the High Representative at …"). */
function speakerOfStatement(tail: string): string | null {
  const who = /^by\s(?:the\s)?(.+?)\s(?:ahead of|at|on|to|after|before|during|following|for|in|with)\s/u.exec(tail)?.[1] ?? "";
  const words = who.split(" ");
  for (let k = Math.min(3, words.length - 1); k >= 2; k--) {
    const name = words.slice(-k);
    if (name.every((w) => /^[\p{Lu}][\p{Ll}][\p{L}'’-]*$/u.test(w) && !OFFICE_WORDS.has(w.toLowerCase())) && isName(name.join(" "))) return name.join(" ");
  }
  return null;
}
function headlineByTail(kind: string, below: string): string | null {
  if (!STATEMENT_KIND.test(kind) || below.length > 200 || !OCCASION_TAIL.test(below)) return null;
  return below;
}

const isSectionLike = (info: LineInfo): boolean => info.role === "furniture" && info.score === 4;

/**
 * A bar of names between vertical bars, as a network prints its sister channels or sites at the top of the page
 * ("VTV5 | VTV5 Tây Nam Bộ | VTV5 Tây Nguyên", "VnExpress | International | Ngôi sao"): two bars or more, each name one
 * to four words opening in a capital or a digit, no sentence's punctuation.
 */
function siblingNames(plain: string): boolean {
  if (plain.length > 100 || !plain.includes(" | ")) return false;
  const parts = plain.split(" | ");
  return parts.length >= 3 && parts.every((p) => /^[\p{Lu}\d][\p{L}\d&.'’+-]*(?: [\p{L}\d&.'’+-]+){0,3}$/u.test(p));
}

/**
 * A masthead and the slogan after it on the page's first line: "Radio 2VNR - Tiếng nói Cộng đồng Việt Nam tại Sydney",
 * "Kilala - Tạp chí văn hóa Nhật Bản", "Sóng Việt – Tiếng nói người Việt hải ngoại", "Radio X | The voice of the
 * community". The slogan opens with what the outlet is or whose voice it is; the name before it a masthead's.
 */
const SLOGAN_AFTER_NAME = /^(\S.{1,38}?)\s[-–—|]\s(?:tiếng nói|kênh (?:thông tin|truyền hình|phát thanh)|trang tin|nhật báo|tuần báo|nguyệt san|tạp chí|báo điện tử|cơ quan ngôn luận|diễn đàn|đài phát thanh|the voice of|voice of|your source)\s.{2,70}$/iu;
export function mastheadBeforeSlogan(plain: string): string | null {
  if (plain.length > 110) return null;
  const name = SLOGAN_AFTER_NAME.exec(plain)?.[1]?.trim();
  return name && masthead(name) ? name : null;
}

/**
 * A site's market bar: codes of currencies or indices, each with its rate and maybe its change, and nothing else ("USD
 * 1.7000 EUR 1.8412 RUB 0.0208", "STI 3,812.44 +0.31% | KOSPI 2,611.20"): two pairs at least, no word in lower case.
 * A name with a figure ("Channel 9", "VTV1") is no such bar.
 */
export function marketBar(plain: string): boolean {
  if (plain.length > 160 || /[\p{Ll}]/u.test(plain)) return false;
  const tokens = plain.split(/\s+/).filter((t) => !/^[|·•▲▼]$/u.test(t));
  let pairs = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (/^[\p{Lu}][\p{Lu}\d-]{1,9}:?$/u.test(token) && /^[+-]?\d[\d.,]*[.,]\d+$/.test(tokens[k + 1] ?? "")) {
      pairs++;
      k++;
    } else if (!/^[+-]?\d[\d.,]*%?$/.test(token) && !/^\([+-]?\d[\d.,]*%?\)$/.test(token)) return false; // a change after the rate, or anything else
  }
  return pairs >= 2;
}

/** A paper's or a magazine's masthead, its kind first: "TẠP CHÍ NỘI CHÍNH", "BÁO PHÁP LUẬT VIỆT NAM", "Tạp chí Tổ chức nhà nước và Lao động". */
function paperMasthead(plain: string): boolean {
  // in capitals ("BÁO PHÁP LUẬT VIỆT NAM"), or in running case with its kind first ("Tạp chí Tổ chức nhà nước và Lao động")
  const capitals = /^(?:BÁO|TẠP CHÍ|TUẦN BÁO|NHẬT BÁO)\s[\p{Lu}]/u.test(plain) && !/[\p{Ll}]/u.test(plain);
  if (capitals) return masthead(plain);
  // (up to eight words after the kind: a masthead in running case under its publisher is spelled out in full)
  return plain.length <= 60 && /^(?:Báo|Tạp chí|Tuần báo|Nhật báo)\s[\p{Lu}]/u.test(plain) && !/[.,:;!?"“”|]/.test(plain) && plain.split(" ").length <= 10;
}

const LATIN_LETTER = /\p{Script=Latin}/u;
// letters of another script only: a Latin letter alone at the name's end is the name's ("ĐÔNG BẮC Á")
const OTHER_LETTERS = /^[^\p{Script=Latin}\d]*(?!\p{Script=Latin})\p{L}[^\p{Script=Latin}\d]*$/u;
/**
 * A name in Latin letters with its twin in another script after it, as mastheads of the diaspora's and Asian papers
 * print it ("Bốn Phương 四方報", "The Korea Times 코리아타임스", "Tin tức Hàn Quốc 한국뉴스"): the Latin name; any other
 * name as it is.
 */
export function withoutOtherScriptTwin(name: string): string {
  const space = name.lastIndexOf(" ");
  if (space < 2 || !LATIN_LETTER.test(name)) return name;
  let cut = space;
  // the twin may hold spaces itself ("코리아 타임스"): back to the last word with a Latin letter
  while (cut > 0 && !LATIN_LETTER.test(name.slice(name.lastIndexOf(" ", cut - 1) + 1, cut))) cut = name.lastIndexOf(" ", cut - 1);
  const head = name.slice(0, cut).trim();
  const tail = name.slice(cut + 1).trim();
  return head.length >= 2 && LATIN_LETTER.test(head) && OTHER_LETTERS.test(tail) ? head : name;
}

/**
 * A name a masthead could print: one to five words, capitalised, no sentence punctuation, no digits only. Vietnamese
 * writes a word a syllable, so a name set in capitals with Vietnamese letters may run to eight ("DIỄN ĐÀN VĂN NGHỆ VIỆT
 * NAM", "TẠP CHÍ TÀI NGUYÊN VÀ MÔI TRƯỜNG").
 */
function masthead(plain: string): boolean {
  if (plain.length < 3 || plain.length > 40 || marketBar(plain)) return false;
  // words, not dashes ("Báo Phòng không - Không quân"); a paper's kind before its name ("Báo", "Tạp chí") counts none
  const kind = /^tạp chí\s/iu.test(plain) ? 2 : /^báo\s/iu.test(plain) ? 1 : 0;
  const words = plain.split(/\s+/).filter((w) => /[\p{L}]/u.test(w)).length - kind;
  // (a public body's name, "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", is read by institutionMasthead, over its unit's or not)
  const most = !/[\p{Ll}]/u.test(plain) && VIETNAMESE_CAPITAL.test(plain) && !institutionMasthead(plain) ? 8 : 5;
  // (or a wordmark whose first letters are small before a capital, "myRepublica", "eKathimerini", none a section's)
  return words <= most && (/^[\p{Lu}\d]/u.test(plain) || (CAMEL_WORDMARK.test(plain) && !isSection(plain))) && !/[.,:;!?]$/.test(plain) && /[\p{L}]{2}/u.test(plain);
}
/** A wordmark of one word, one to three small letters before its capital: "myRepublica", "eKathimerini", "iPaper". */
const CAMEL_WORDMARK = /^\p{Ll}{1,3}\p{Lu}\p{Ll}[\p{L}\d]{1,30}$/u;
/**
 * A name in running case past five words ("Diễn đàn Văn nghệ Việt Nam", "The Voice of the Northern Frontier"): at
 * most eight words and 60 characters, half of them capitalised, no sentence punctuation, and printed again lower down
 * (a rights line, a footer): a menu's label or a headline at the top is printed once.
 */
function longMasthead(plain: string, text: string): boolean {
  if (plain.length < 20 || plain.length > 60 || !/^[\p{Lu}]/u.test(plain) || !/[\p{Ll}]/u.test(plain) || /[.,:;!?"“”|]/.test(plain)) return false;
  const words = plain.split(" ");
  if (words.length < 6 || words.length > 8 || words.filter((w) => /^[\p{Lu}]/u.test(w)).length * 2 < words.length) return false;
  const first = text.indexOf(plain);
  return first >= 0 && text.includes(plain, first + plain.length);
}
/** A journal's name, then its series after a colon, at a copy's top: "Tạp chí Khoa học Đại học Huế: Khoa học Xã hội và Nhân văn". */
const JOURNAL_SERIES = /^((?:Tạp chí|Tập san|Journal of(?: the)?)\s\p{Lu}[^:.!?]{2,60}):\s(?:\p{Lu}[\p{L}&'’-]*|và|and|of|the|[-–])(?:\s(?:\p{Lu}[\p{L}&'’-]*|và|and|of|the|[-–]|[A-Z]|\p{Ll}[\p{L}]*)){0,8}$/u;
/** An authority printed over its units' sites: a province's or city's people's committee, a ministry, a Party committee, a national university. */
const OWNER_BODY = /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|ĐẠI HỌC QUỐC GIA|VIỆN HÀN LÂM)\s\S.{1,60}$/u;
/** A unit's own name under it, in capitals: a department, an office, a centre, an institute, a school, a committee, a portal. */
const UNIT_KIND = /^(?:SỞ|CỤC|CHI CỤC|VỤ|BAN|VĂN PHÒNG|TRUNG TÂM|VIỆN|TRƯỜNG|HỌC VIỆN|BỆNH VIỆN|ỦY BAN|UỶ BAN|CỔNG THÔNG TIN|TRANG THÔNG TIN|ĐÀI)\s/u;
/** An English authority's banner: a parliament, a congress, a government, a ministry or department, a university, a council, a commission. */
const OWNER_BODY_EN =
  /^(?:The\s)?(?:[\p{Lu}][\p{L}.'’&-]*\s){0,3}(?:Parliament|Congress|Senate|Assembly|Government|Ministry|Department|University|Council|Commission|Nations)(?:\s(?:of|for)\s(?:the\s)?[\p{Lu}][\p{L}.'’&-]*(?:\s[\p{Lu}][\p{L}.'’&-]*){0,3})?$/u;
/** An English public body's name by its kind: a parliament's, a government's or a ministry's ({@link OWNER_BODY_EN}), a country's mission, embassy, consulate or delegation ("United States Mission to the United Nations", "Embassy of Japan in Canada"). */
const MISSION_EN =
  /^(?:The\s)?(?:[\p{Lu}][\p{L}.'’&-]*\s){0,4}(?:Permanent Mission|Mission|Embassy|Consulate General|Consulate|Delegation|High Commission)\s(?:of|to|in)\s(?:the\s)?[\p{Lu}][\p{L}.'’&-]*(?:\s(?:(?:of|to|the|and|in)\s){0,2}[\p{Lu}][\p{L}.'’&-]*){0,6}$/u;
const englishInstitution = (plain: string): boolean => plain.length <= 80 && (OWNER_BODY_EN.test(plain) || MISSION_EN.test(plain));
/** A site's menu copied as one line: four words or more, no sentence's mark, the labels capitalised ("Home Remarks Press Releases Ambassador About"). */
const menuLine = (plain: string): boolean => plain.length <= 160 && plain.split(" ").length >= 4 && !/[.,:;!?"“”]/u.test(plain) && plain.split(" ").filter((w) => /^[\p{Lu}]/u.test(w)).length * 4 >= plain.split(" ").length * 3;
/**
 * A unit's own name under it, its kind last or first: "House of Commons Library", "Foreign Affairs Committee", "Office of
 * the Historian", "Institute for Security Studies" (capitalised words, the small words names hold between them).
 */
const UNIT_EN =
  /^(?:The\s)?(?:(?:[\p{Lu}][\p{L}.'’&-]*\s(?:(?:of|for|on|and|the)\s){0,2}){1,6}(?:Library|Committee|Office|Department|Institute|Centre|Center|Bureau|Directorate|Secretariat)|(?:Library|Committee|Office|Department|Institute|Centre|Center|Bureau|Directorate|Secretariat)\s(?:of|for|on)\s(?:the\s)?[\p{Lu}][\p{L}.'’&-]*(?:\s(?:(?:of|for|on|and|the)\s){0,2}[\p{Lu}][\p{L}.'’&-]*){0,5})$/u;
/**
 * A faculty's, an institute's or a centre's name over the school's, after a dash ("Khoa Quốc tế học - Trường Đại học Tây
 * Hồ", "Viện Kinh tế - Học viện Tài chính", "Department of International Studies - University of Northbridge"), under
 * the school's own name in capitals: the school named alike in both.
 */
const SCHOOL_IN_CAPITALS = /^(?:TRƯỜNG|ĐẠI HỌC|HỌC VIỆN)\s|^(?:THE\s)?(?:UNIVERSITY|COLLEGE|INSTITUTE|ACADEMY)\sOF\s|\s(?:UNIVERSITY|COLLEGE)$/u;
function facultyUnderSchool(line: string, school: string): boolean {
  if (line.length > 100 || !capitalsOnly(school) || !SCHOOL_IN_CAPITALS.test(school)) return false;
  const m = /^(?:Khoa|Viện|Bộ môn|Trung tâm|(?:The\s)?(?:Department|Faculty|School|Institute|Centre|Center|College|Division)\s(?:of|for)\s)\s?[^-–|]{2,60}\s[-–|]\s(.{4,80})$/u.exec(line);
  return m !== null && foldForMatch(m[1] ?? "") === foldForMatch(school);
}
function unitUnderOwner(line: string): boolean {
  return UNIT_KIND.test(line) && institutionMasthead(line) && !/[\p{Ll}]/u.test(line);
}
/** A line set in capitals: two capitals together and no lower-case letter ("TẠP CHÍ DÂN TỘC", "BBC NEWS"). */
const capitalsOnly = (line: string): boolean => line.length <= 80 && /[\p{Lu}]{2}/u.test(line) && !/[\p{Ll}]/u.test(line);
/** A capital only Vietnamese writes: Ă Â Đ Ê Ô Ơ Ư and the tone-marked capitals of U+1EA0–U+1EF8. */
const VIETNAMESE_CAPITAL = /[ĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u;

/**
 * A public body's or a broadcaster's name as printed at the top of its site: an institution's kind first (a radio and
 * television station, an electronic portal or information page, a ministry or department, an institute, a university,
 * an academy, an embassy or consulate, a committee or commission of the Assembly, the Party or the Front, an office, a
 * Party committee, a people's council or court), then its name: up to 70 characters and twelve words, no
 * digits, no sentence punctuation.
 */
const INSTITUTION_KIND =
  /^(?:đài phát thanh(?: và| -| –)? truyền hình|đài (?:phát thanh|truyền hình|PT-TH|PTTH)|cổng thông tin điện tử|cổng giao tiếp điện tử|cổng thông tin|trang thông tin điện tử|bộ|sở|viện|trường đại học|trường|học viện|đại học|đại sứ quán|tổng lãnh sự quán|ủy ban|uỷ ban|ban|văn phòng|đảng ủy|đảng uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|hội đồng nhân dân|tòa án nhân dân|toà án nhân dân|viện kiểm sát nhân dân|kiểm toán nhà nước|thanh tra chính phủ)\s\S/iu;
/**
 * "Bộ" opens a ministry's name only before its field ("Bộ Ngoại giao", "BỘ QUỐC PHÒNG", "Bộ Công Thương"): a unit, a
 * collection, the troops, a minister, a set ("Bộ phận một cửa", "BỘ PHẬN TIẾP DÂN", "Bộ sưu tập", "Bộ đội Biên phòng",
 * "Bộ trưởng …", "Bộ máy", "Bộ phim") are none, in capitals too; in running case a ministry's field is capitalised.
 */
const NO_MINISTRY = /^bộ\s(?:phận|sưu tập|đội|trưởng|máy|phim|ảnh|quà|sách|tài liệu|câu hỏi|công cụ)(?:\s|$)/iu;
const BO_BEFORE_LOWER = /^Bộ\s[\p{Ll}]/u;
export function institutionMasthead(plain: string): boolean {
  return plain.length <= 70 && plain.split(/\s+/).length <= 12 && INSTITUTION_KIND.test(plain) && !/\d|[.,:;!?]$/.test(plain) && /[\p{Lu}]/u.test(plain.slice(0, 1)) &&
    !NO_MINISTRY.test(plain) && !BO_BEFORE_LOWER.test(plain);
}

/**
 * A name set in capitals as the page writes it lower down in running case ("ĐẠI HỌC QUỐC GIA HÀ NỘI" / "Bản quyền
 * thuộc về Đại học Quốc gia Hà Nội"): that spelling; else the name as printed.
 */
function spelledBelow(name: string, lines: readonly string[], from: number): string {
  const lower = name.toLowerCase();
  if (name.length < 4 || /[\p{Ll}]/u.test(name)) return name;
  for (const line of lines.slice(from, from + 2000)) {
    if (line.length > 400 || line.toLowerCase().length !== line.length) continue;
    const at = line.toLowerCase().indexOf(lower);
    if (at < 0) continue;
    const found = line.slice(at, at + name.length);
    if (/[\p{Ll}]/u.test(found)) return found;
  }
  return name;
}

/** A byline that is a wire's name, alone or printed twice ("Reuters", "Reuters, Reuters", "AFP / AFP"). */
function wireNamedTwice(author: string): string | null {
  if (author.length > 60) return null;
  const parts = author.split(/\s*[,/|]\s*/).filter((p) => p.length > 0);
  const wires = parts.map((p) => lookupAgency(p));
  const first = wires[0];
  return first && isWire(first) && wires.every((w) => w === first) ? first : null;
}

/** A markets strip's currency pair or index over its quote: "USD/CAD", "EUR/USD", "USD/KRW". */
const CURRENCY_PAIR = /^(?:USD|EUR|GBP|JPY|CNY|CAD|AUD|NZD|CHF|KRW|RUB|VND|HKD|SGD|INR|MYR|PHP|THB|IDR|TWD|MXN|BRL|ZAR)\s?\/\s?[A-Z]{3}$/;

/** A wire named by a writer's post after the name: "By Ellen Marsh, PA Political Correspondent", "Jane Doe, AP Diplomatic Writer". */
const WRITERS_POST = /^(?:[Bb]y\s+)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3},\s((?:\p{Lu}[\p{L}.&-]*\s){1,4})(?:Correspondent|Editor|Reporter|Writer)$/u;
export function wireOfWritersPost(line: string): string | null {
  const post = line.length <= 100 ? WRITERS_POST.exec(line)?.[1]?.trim().split(" ") : undefined;
  // the post's first words that name a wire: "PA" of "PA Political", "Associated Press" of "Associated Press Diplomatic"
  for (let k = Math.min(3, post?.length ?? 0); k >= 1; k--) {
    const agency = lookupAgency((post as string[]).slice(0, k).join(" "));
    if (agency !== null && isWire(agency)) return agency;
  }
  return null;
}

/** A wordmark in capitals with its edition's word glued on: "THISDAYLIVE", "SAIGONONLINE" (the stem, then the word). */
const GLUED_WORDMARK = /^([\p{Lu}\d]{3,24}?)(LIVE|ONLINE|NEWS|DAILY|TODAY)$/u;
/**
 * A glued wordmark as the page prints it with spaces ("Saigon Online", "Sài Gòn Online", "THISDAY LIVE"), or the
 * paper's name without the edition's word as its rights line writes it in mixed case ("© 2025 ThisDay Newspapers
 * Ltd.": "ThisDay"); else the wordmark as read. A stem met in running text ("Saigon police said …") names no paper.
 */
function spacedWordmark(outlet: string, text: string): string {
  const m = GLUED_WORDMARK.exec(outlet);
  if (!m) return outlet;
  const head = text.slice(0, 60000);
  const folded = foldEachUnit(head);
  const stem = foldEachUnit(m[1] ?? "");
  const key = stem + foldEachUnit(m[2] ?? "");
  for (let at = folded.indexOf(key.charAt(0)); at >= 0; at = folded.indexOf(key.charAt(0), at + 1)) {
    if (/[\p{L}\d]/u.test(head.charAt(at - 1))) continue;
    const end = spacedMatchEnd(folded, at, key);
    const form = end > 0 ? head.slice(at, end) : "";
    if (form.includes(" ") && !/[\p{L}\d]/u.test(head.charAt(end))) return form;
  }
  for (let at = 0; at < head.length; ) {
    const stop = head.indexOf("\n", at);
    const lineEnd = stop < 0 ? head.length : stop;
    const line = head.slice(at, lineEnd);
    const from = at;
    at = lineEnd + 1;
    if (line.length > 200 || !RIGHTS_MARK.test(line)) continue;
    for (let i = folded.indexOf(stem.charAt(0), from); i >= 0 && i < lineEnd; i = folded.indexOf(stem.charAt(0), i + 1)) {
      if (/[\p{L}\d]/u.test(head.charAt(i - 1))) continue;
      const end = spacedMatchEnd(folded, i, stem);
      const form = end > 0 ? head.slice(i, end) : "";
      if (form && /[\p{Ll}]/u.test(form) && /^[\p{Lu}]/u.test(form) && OWNER_AFTER_STEM.test(head.slice(end, lineEnd))) return form;
    }
  }
  return outlet;
}
/** Each UTF-16 unit of a text in small letters without its accents, one for one ("Sài Gòn" → "sai gon"). */
function foldEachUnit(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i).toLocaleLowerCase("vi");
    const base = c.length === 1 ? c.normalize("NFD").charAt(0) : text.charAt(i);
    out += base === "đ" ? "d" : base;
  }
  return out;
}
/** Where a spaced form of `key` (its letters in order, single spaces between any two allowed) ends at `at` in `folded`, or -1. */
function spacedMatchEnd(folded: string, at: number, key: string): number {
  let i = at;
  for (let k = 0; k < key.length; k++) {
    if (k > 0 && folded.charAt(i) === " ") i++;
    if (folded.charAt(i) !== key.charAt(k)) return -1;
    i++;
  }
  return i;
}
const RIGHTS_MARK = /©|\(c\)|\bcopyright\b/i;
/** What follows the paper's name in a rights line: its company's word, a stop, a bar or the end ("ThisDay Newspapers Ltd."). */
const OWNER_AFTER_STEM = /^(?:\s(?:Newspapers?|Media|Group|Publications?|Publishing|Ltd|Limited|Inc|LLC|Plc|Company)\b|[.,|]|\s[-–|]|\s?$)/u;

/**
 * An outlet's name read in capitals as the page prints it elsewhere in mixed case, a capital first and a small letter
 * in it, a word of its own ("CÔNG AN TP.HCM" as "Công an TP.HCM" in the rights line, "PETROTIMES" as the logo's
 * "PetroTimes"): the first such form in the page's first 60,000 characters, else the name as read. A form in small
 * letters only ("politico", "7news" of an address) is no way the page writes its name.
 */
function inMixedCase(outlet: string, text: string): string {
  if (outlet.length < 3 || outlet.length > 80 || /[\p{Ll}]/u.test(outlet) || !/[\p{Lu}]{2}/u.test(outlet)) return outlet;
  const head = text.slice(0, 60000);
  const lower = head.toLocaleLowerCase("vi");
  if (lower.length !== head.length) return outlet;
  const key = outlet.toLocaleLowerCase("vi");
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const form = head.slice(at, at + key.length);
    const edges = !/[\p{L}\d]/u.test(head.charAt(at - 1)) && !/[\p{L}\d]/u.test(head.charAt(at + key.length));
    if (edges && /^[\p{Lu}\d]/u.test(form) && /[\p{Lu}]/u.test(form) && /[\p{Ll}]/u.test(form)) return form;
  }
  return outlet;
}

/** A republisher's notice of the copy's source: "Republished with permission from Yonhap News Agency.", "Reprinted by permission of AFP". */
const REPUBLISH_NOTICE = /^(?:republished|reprinted|reproduced|reposted) (?:here )?(?:with|by) (?:the )?(?:kind )?permission (?:of|from) \S.{1,60}$/i;
/** A carrier's line naming the copy's source, alone on its line: "Source: Reuters", "Nguồn: Yonhap" (short lines only). */
const SOURCE_LINE = /^(?:source|sources|nguồn)\s?:\s?\S.{1,40}$/iu;
function sourceLines(text: string): string[] {
  if (!/(?:source|nguồn)\s?:/iu.test(text)) return [];
  return text
    .split("\n")
    .filter((l) => l.length <= 80 && /^\W{0,4}(?:source|nguồn)/iu.test(l.trimStart()))
    .map((l) => stripInline(l.trim()))
    .filter((l) => l.length <= 50 && SOURCE_LINE.test(l));
}
/** The text's republish notices (REPUBLISH_NOTICE), each on a line of its own. */
function republishNotices(text: string): string[] {
  if (!/permission/i.test(text)) return [];
  return text
    .split("\n")
    .filter((l) => l.length <= 120 && /^\W{0,4}re(?:published|printed|produced|posted)\s/i.test(l.trimStart()))
    .map((l) => stripInline(l.trim()))
    .filter((l) => REPUBLISH_NOTICE.test(l));
}

/** A wire's name opening a stamp line, before a dash or a bar and a day with its year. */
const WIRE_BEFORE_STAMP = /^([\p{Lu}][\p{L}.&' ]{1,30}?)\s[-–—|]\s(?=[^|]{0,20}\b(?:19|20)\d{2}\b)/u;
/**
 * A republisher's masthead over a wire's copy: when the outlet read is a wire's name and the copy's first line is a
 * masthead that names no wire, the masthead is the outlet and the wire the agency. A wire's own page (its name as the
 * masthead) keeps its name.
 */
export function carriedWire(outlet: string | null, masthead: string | null, header: readonly string[]): { outlet: string; agency: string } | null {
  if (outlet === null || masthead === null) return null;
  const wire = lookupAgency(outlet) ?? outlet;
  const [named, wireName] = [foldForMatch(masthead), foldForMatch(wire)];
  if (!isWire(wire) || lookupAgency(masthead) !== null || named === wireName || named.startsWith(`${wireName} `)) return null;
  // the carrier credits the wire above the text, as its byline or source ("by: NAME, Associated Press", "By Reuters",
  // "Source: Reuters", "NAMES, Bloomberg News"); a dateline's "(AFP)" alone does not tell a carrier from the wire's page
  const credits = header.some((line) => {
    if (line.length > 90) return false;
    const words = line.replace(/[.,;:|]+$/, "").split(/\s+/);
    for (let k = 1; k <= Math.min(3, words.length); k++) if (lookupAgency(words.slice(-k).join(" ").replace(/^[,:(]+/, "")) === wire) return true;
    // or opening the stamp line, the wire's name before a dash and the day ("KYODO NEWS - Nov 24, 2026 - 18:20 | World")
    const opening = WIRE_BEFORE_STAMP.exec(line);
    return opening?.[1] !== undefined && lookupAgency(opening[1]) === wire;
  });
  return credits ? { outlet: masthead, agency: wire } : null;
}

/** A site's top bar naming its hotline, telephone or e-mail with a number or an address ("… | Đường dây nóng: 0210 3812 345", "Hotline: 1900 1234 · Email: …"). */
/** A consent dialog's notice by its words: cookies, privacy, personal data ("We value your privacy", "Chúng tôi sử dụng cookie"). */
const CONSENT_NOTICE = /\b(?:cookies?|privacy|personal data)\b|(?:cookie|quyền riêng tư|dữ liệu cá nhân)/iu;
/** A consent dialog's buttons: "Accept all", "Reject all", "More options", "Settings", "Đồng ý", "Từ chối tất cả". */
const CONSENT_BUTTON = /^(?:(?:accept|reject|decline|allow|deny|refuse)(?: all| all cookies| cookies)?|i (?:accept|agree)|agree|(?:more )?options|(?:cookie |privacy )?settings|manage (?:preferences|options|settings|cookies)|(?:đồng ý|chấp nhận|từ chối)(?: tất cả)?|tùy chọn(?: khác)?|cài đặt(?: cookie)?)$/iu;

/**
 * Where a consent dialog copied over the page ends: past its last button, when the copy's first line is its notice and
 * two buttons or more (a choice: "Accept all" / "Reject all") follow within eight lines, above the headline (`title`);
 * 0 when the copy opens with no such dialog. A cookie bar with one button to acknowledge it ("Đồng ý", "OK") is no
 * dialog: the lines under it are read as before.
 */
export function consentDialogEnd(plains: readonly string[], title: number): number {
  if (!CONSENT_NOTICE.test((plains[0] ?? "").slice(0, 300))) return 0;
  let end = 0;
  let buttons = 0;
  for (let k = 1; k < Math.min(title, 9); k++) {
    if (!CONSENT_BUTTON.test(plains[k] ?? "")) continue;
    end = k + 1;
    buttons++;
  }
  return buttons >= 2 ? end : 0;
}

const HOTLINE_BAR = /(?:^|[|·•]\s?)(?:đường dây nóng|hotline|điện thoại|email|e-mail)\s?:\s?(?:\+?[\d(][\d\s().-]{5,20}|[\w.-]+@[\w.-]+)/iu;

/** The state's name or its motto, as a public body's portal prints it over its own name. */
const STATE_LINE = /^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s?[-–]\s?Tự do\s?[-–]\s?Hạnh phúc)$/iu;
/** A language's own name or code, as a switch prints it. */
const LANGUAGE_NAME = /^(?:Tiếng Việt|English|Русский|中文|简体中文|繁體中文|한국어|日本語|Français|Deutsch|Español|ພາສາລາວ|ລາວ|ខ្មែរ|ไทย|EN|ENG|VI|VN|RU|KO|ZH|CN|JA|JP|FR|DE)$/u;
/** A station's live bar: a dot or a bar with "Trực tiếp" or "Live" ("● TRỰC TIẾP: Kênh TNX1 | Kênh TNX2", "Xem trực tiếp | Nghe FM 96,5"). */
const LIVE_BAR = /^(?:[●•🔴]\s?(?:xem |nghe )?(?:trực tiếp|live)\b|(?:xem |nghe )?(?:trực tiếp|live)\s?:?\s[^|]{1,40}\|)/iu;
/**
 * A bar over a site's masthead that names no site: the state's name or motto line, a language switch of two languages
 * or more ("Tiếng Việt | Русский | English", "한국어 | English | 中文 | Tiếng Việt"), a station's live bar.
 */
export function overMastheadBar(plain: string): boolean {
  if (plain.length > 120) return false;
  if (STATE_LINE.test(plain) || LIVE_BAR.test(plain)) return true;
  const parts = plain.split(/\s*[|·•/]\s*/u);
  return parts.length >= 2 && parts.length <= 12 && parts.every((part) => LANGUAGE_NAME.test(part));
}

/** The line below a masthead: a section label, a menu or other furniture. */
function mastheadContext(next: LineInfo | undefined): boolean {
  return next !== undefined && (next.role === "section" || next.role === "furniture");
}

/** The line below a masthead the lexicon does not know: menus, sections, or the site's date bar. */
/** A name's initials in capitals, every word's first letter ("Voice of America" → "VOA"): a site named in full whose wire is its initials is that wire's own. */
const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join("")
    .toUpperCase();
/**
 * A blog's name alone over its post's headline, the platform's posting line under the headline ("Northern Watch" /
 * headline / "Posted on December 3, 2026 by …"): two to four capitalised words, no digits nor sentence's marks, no
 * section's label ("Politics", "World News") and no person's name read as a byline with a name's form only. The
 * posting line is what tells a blog's page; a name in the same place over a dated headline elsewhere is left to the
 * other readers.
 */
const POSTING_LINE = /^(?:posted|published|written)\s(?:on|by)\s/i;
const BLOG_NAME = /^(?:The\s)?[\p{Lu}][\p{Ll}'’-]+(?:\s(?:of\s|and\s|&\s)?[\p{Lu}][\p{Ll}'’-]+){1,3}$/u;
function blogName(plain: string, belowHeadline: string, text = ""): boolean {
  if (plain.length > 40 || isSection(plain) || plain.split(" ").every((w) => SECTION_WORD_OF_NAME.test(w))) return false;
  // (a person's name reads the same: the poster named below, or a name without a publication's word, is the writer's)
  if (BLOG_NAME.test(plain) && POSTING_LINE.test(belowHeadline)) return !belowHeadline.includes(plain) && (BLOG_KIND.test(plain) || readByline(plain) === null);
  // a personal blog's masthead over a plain date and no posting line ("Sổ tay Biển Đông" / headline / "03/12/2026"):
  // only when a line lower down opens with it again (its footer, "© 2026 …"; a pointer's "Xem thêm: …" names a
  // section), and no person's name (a signature repeats too)
  if (!BLOG_NAME_RUNNING.test(plain) || readDateLine(belowHeadline) === null) return false;
  const name = foldForMatch(plain);
  const opening = text.split("\n").filter((line) => line.length <= 160 && foldForMatch(line).replace(/^(?:copyright )?(?:\d{4} )?/, "").startsWith(name));
  return opening.length >= 2 && (BLOG_KIND.test(plain) || readByline(plain) === null);
}
/** A blog's name in running case, its later words in small letters or capitals: "Sổ tay Biển Đông", "Góc nhìn Lê Quang", "Northern Watch". */
const BLOG_NAME_RUNNING = /^(?:The\s)?[\p{Lu}][\p{Ll}'’-]+(?:\s[\p{L}][\p{Ll}'’-]*){1,4}$/u;
/** The word a blog's or a newsletter's name closes on ("Northern Watch", "Pacific Notes", "The Harbour Dispatch"). */
const BLOG_KIND = /\s(?:Watch|Notes|Review|Report|Journal|Chronicle|Monitor|Digest|Dispatch|Observer|Insights?|Brief|Briefing|Letter|Post|Blog|Diary|Files|Matters|Affairs|Desk|Lens|Beat|Pulse|Wire|Focus|Forum|Press|Outlook|Front|Frontier|Horizon|Compass|View|Voices?|Weekly|Daily|Signal|Record|Sentinel|Courier|Notebook|Bulletin|Gazette|Herald|Times|Tribune|Quarterly|Monthly)$/u;
/** The words of a section's label ("World News", "Local Politics"), never all of a blog's name. */
const SECTION_WORD_OF_NAME = /^(?:World|Local|National|International|Business|Sport|Sports|Breaking|Latest|Top|Tech|Health|Science|Politics|Culture|Opinion|News|Economy|Travel|Video|Photos?|Features?|Analysis|Commentary|Blog|Home|More|Asia|Europe|Africa|Americas)$/u;
function printedMastheadContext(next: LineInfo | undefined): boolean {
  return mastheadContext(next) || next?.role === "date";
}

/**
 * An English phrase rather than a name: three words or more, all of them Latin letters, with a lower-case function
 * word between capitalised words ("Democracy Dies in Darkness", "Truth Matters for All"). Names of that shape the
 * lexicon knows ("Voice of America", "The Times of India") are read before this is asked.
 */
function slogan(plain: string): boolean {
  return plain.length <= 60 && /^[A-Za-z'’-]+(?: [A-Za-z'’-]+){2,}$/.test(plain) && / (?:in|of|the|to|for|and|with|at|on|that|is|are|from|by) [A-Z]/.test(plain);
}

/** "Newsweek is committed to …", "Our mission is to …": a statement of purpose. */
const MISSION = /^(\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}|Our mission) is (?:committed|dedicated|devoted|to)\b[^"“”]{0,240}$/u;
/**
 * "The Tribune, now published from Chandigarh, started publication on February 2, 1881, …", "Báo X ra số đầu tiên
 * ngày …": the outlet's history under the text, its name first (a clause between commas may follow it).
 */
const HISTORY = /^(\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4})(?:,[^,"“”]{2,60},)? (?:started publication|began publication|first appeared|was founded|was established|was launched|has been published since|has been published (?:every|daily|weekly)|(?:được )?thành lập (?:ngày|năm|từ)|ra số (?:báo )?đầu tiên)\b[^"“”]{0,240}$/u;
/**
 * Who publishes the outlet, under the text: "Daily FT is published by Wijeya Newspapers Ltd.", "Arms Control Today is
 * a publication of the Arms Control Association. Support ACA's work …", "EUvsDisinfo is the flagship project of the
 * European External Action Service's …", "Published by The Lawfare Institute in Cooperation With Brookings", "Tạp chí X
 * là ấn phẩm của Hội Y", "Xuất bản bởi Công ty Z": the subject in group 1 (English) or 2 (Vietnamese, its small
 * words too: "Báo Điện tử X"), none when the line opens on the verb; the publisher and what follows in group 3.
 */
const PUBLISHED_BY =
  /^(?:(\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,4}) (?:is|are) (?:(?:published|produced|owned|operated|funded) by|(?:a|an|the) (?:\p{Ll}+ )?(?:publication|project|initiative|programme|program|product|imprint|service) of)|(\p{Lu}[\p{L}\p{N}'’.&-]*(?: [\p{L}\p{N}'’.&-]+){0,6}) là (?:ấn phẩm|sản phẩm|dự án|trang tin) của|(?:Published|Produced) by|Xuất bản bởi) (\S[^"“”]{2,200})$/u;
/**
 * A writer's note on their post, a name and what they are on the staff: "Dr. Marcus Delaney is a Senior Editor at …",
 * "Maria is senior defense editor of …", "Minh Anh là phóng viên của …" (the outlet's name must follow, below).
 */
const WRITER_ON_STAFF = new RegExp(
  String.raw`^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.? )?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3} (?:(?:is|was) (?:a |an |the )?(?:[\p{L}-]+ ){0,4}${caseless("(?:editor|reporter|correspondent|writer|columnist|contributor|analyst|producer|journalist)")}s?\b|là ${caseless("(?:phóng viên|biên tập viên|nhà báo|cộng tác viên|bình luận viên)")}(?![\p{L}]))`,
  "u",
);
/** "… sends its subscribers … Please contact us for subscription options.": a note on the outlet's service. */
const SERVICE_NOTE = /\bsubscri(?:bers?|ptions?|be)\b[^"“”]{0,200}\bcontact us\b|\bcontact us\b[^"“”]{0,200}\bsubscri(?:bers?|ptions?|be)\b/i;

/**
 * The outlet's own note under the text, which reads as a sentence but is the site's, not the article's: a statement
 * of its mission whose subject is the outlet itself (a name the page gives itself: masthead, copyright owner) or
 * "Our mission", and a note to readers on its subscriptions that asks them to contact it. No quote: a quoted pledge is text.
 */
function ownNote(plain: string, names: readonly (string | null)[]): boolean {
  if (plain.length > 300 || /["“”]/.test(plain)) return false;
  if (SERVICE_NOTE.test(plain)) return true;
  if (WRITER_ON_STAFF.test(plain)) {
    // the writer's post on the outlet's own staff, under the text: the outlet's, not the story's
    const line = ` ${foldForMatch(plain)} `;
    return names.some((n) => n !== null && foldForMatch(n).length >= 4 && line.includes(` ${foldForMatch(n)} `));
  }
  const published = PUBLISHED_BY.exec(plain);
  if (published) {
    // the outlet is the subject, or the publisher bears its name ("Published by The Lawfare Institute" under Lawfare,
    // "… a publication of the Arms Control Association" under its site); a study's or a company's publisher is text
    const publisher = ` ${foldForMatch(published[3] ?? "")} `;
    const subject = published[1] ?? published[2];
    const subjectFolded = subject ? foldForMatch(subject) : "";
    return names.some((n) => {
      const name = n === null ? "" : foldForMatch(n);
      return name.length >= 4 && (subjectFolded === name || subjectFolded.startsWith(`${name} `) || publisher.includes(` ${name} `));
    });
  }
  const subject = MISSION.exec(plain)?.[1] ?? HISTORY.exec(plain)?.[1];
  if (subject === undefined) return false;
  if (subject === "Our mission") return true;
  const f = foldForMatch(subject);
  return names.some((n) => n !== null && (foldForMatch(n) === f || foldForMatch(n).startsWith(`${f} `)));
}

/** A related-story headline as footers list them: short, capitalised, no sentence end. */
function teaserLike(plain: string): boolean {
  return plain.length >= 12 && plain.length <= 150 && /^[\p{Lu}\d"“']/u.test(plain) && !/[.!?…:;,]["”’»)]?$/.test(plain);
}

/**
 * A contributor's signature, one name after the role's word and a colon: "Contributor: Jane Doe", "Cộng tác viên: Văn
 * Tùng", "CTV: Minh Anh" (the writer; "Contributing: X" and "Contributors: A, B" name those who added to a staff story).
 */
const CONTRIBUTOR_SIGNED = /^(?:contributor|cộng tác viên|ctv)\s?:\s?([^(),;]{3,50}?)\.?$/iu;
/** A newsroom's code for its own staff before a slash ("PV/VOV.VN": a reporter of VOV), never a wire's initials. */
const STAFF_CODE = /^(?:PV|BTV|CTV|NV|MC|TV|TTV|PTV)$/u;
/** A word that names a paper, not a person ("The Philippine Star", "Gulf Daily"). */
const OUTLET_WORD = /\b(?:báo|tạp chí|đài|news|times|post|journal|magazine|review|herald|star|tribune|inquirer|gazette|daily|standard|online|media|press)\b/iu;
const STAFF_PREFIX = /^(?:BTV|PV|CTV|MC|phóng viên|biên tập viên|cộng tác viên|nhóm phóng viên)\s+/i;
// what the writer did, in brackets after the name: compiled, translated, or (an interview's) "thực hiện", "ghi"
const NOTE = /^(?:tổng hợp|lược dịch|biên dịch|dịch|chuyển ngữ|t\/h|th|thực hiện|ghi|ghi chép|lược ghi)$/i;
/**
 * What the writer did and where the story comes from, in brackets after the name: "(t/h Theo Sputnik)", "(tổng hợp
 * theo Reuters)", "(lược dịch từ TASS)", "(TH, nguồn: Yonhap)": the source named after the note.
 */
export const NOTED_SOURCE = /^(?:tổng hợp|lược dịch|biên dịch|dịch|chuyển ngữ|t\/h|th)[,;]?\s+(?:theo|từ|nguồn)\s*:?\s+(\S.{1,39})$/i;
/**
 * A photographer's credit after the writer's in one credit line ("Tin: Minh Khuê – Ảnh: Quốc Tuấn", "Bài: Lan Anh,
 * ảnh: Hữu Hưng", "Tin: An Bình / Video: Thu Hà"): it goes, the writer stays.
 */
export const PHOTO_CREDIT_AFTER = /\s*[-–—,;|/]\s*(?:ảnh|hình|hình ảnh|video|clip|đồ họa|đồ hoạ|photos?)\s*:.*$/i;
/** Where the writer filed from, in brackets after the name: "(từ Vladivostok)", "(tại Moskva)", "(from Seoul)". */
const FILED_FROM = /^(?:từ|tại|from|in)\s\p{Lu}[\p{L} .'-]{1,30}$/u;
/**
 * A place as a byline prints it after the writer's name, in brackets or after a comma ("Anna Park (Seoul)", "Hoàng Nam
 * (Hà Nội)", "Tom Lee, London"): one to three words each capitalised and then in lower case, or a Vietnamese city's
 * "TP." before it ("TP.HCM"); never a wire's or an outlet's name, a paper's word, a post, or an office's kind.
 */
const PLACE_FORM = /^(?:TP\.?\s?(?:HCM|\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]+){0,2})|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})$/u;
const NOT_A_PLACE = /^(?:Sở|Bộ|Ban|Phòng|Trung tâm|Văn phòng|Cục|Viện|Trường|Khoa|Hội|Nhóm|Đài|Kênh|Báo)\s|\b(?:fellow|professor|researcher|director|analyst|scholar|chair|lecturer|reporter|correspondent|editor|writer|columnist|contributor|photographer|staff|intern|guest|agencies|independent|network|channel|radio|television|tv)\b/iu;
function writersPlace(s: string): boolean {
  const place = s.trim();
  return place.length <= 30 && PLACE_FORM.test(place) && !NOT_A_PLACE.test(place) && !OUTLET_WORD.test(place) && lookupAgency(place) === null && lookupOutlet(place) === null;
}
/** A signature with the writer's place in brackets: "Lê Quang Vinh (Huế)", "Nguyễn Văn Hải (Đống Đa, Hà Nội)". */
function placeSigned(plain: string): boolean {
  const m = plain.length <= 80 ? /^([^()]{3,40}?)\s?\(([^()]{2,50})\)\.?$/u.exec(plain) : null;
  return !!m?.[1] && !!m[2] && isName(cleanName(m[1])) && m[2].split(/,\s/).every(writersPlace);
}
/** Another line above `end` signed with a place (placeSigned): a page of several signed pieces, as readers' letters are. */
function placeSignedAbove(text: string, end: number): boolean {
  for (const line of text.slice(0, end).split("\n")) {
    const plain = line.trim();
    if (plain.length > 0 && plain.length <= 80 && plain.endsWith(")") && placeSigned(stripInline(plain))) return true;
  }
  return false;
}
/**
 * A labelled byline's names with the writer's place after a comma ("Tom Lee, London", "Jane Roe, New York"): the names,
 * or null. One word alone after the comma, or a city's first word before the others: "Tom Lee, Anna Park" is two writers.
 */
/** Whether an e-mail address's name part spells a writer's name: the family name whole, the given name or its initial. */
function addressSpells(address: string, name: string): boolean {
  const local = foldForMatch(address.replace(/^(?:e-?mail\s?:\s?)/i, "").split("@")[0] ?? "").replace(/[^a-z]/g, "");
  const words = foldForMatch(name).split(" ").map((w) => w.replace(/[^a-z]/g, "")).filter((w) => w.length > 0);
  const family = words[words.length - 1] ?? "";
  const given = words[0] ?? "";
  return words.length >= 2 && family.length >= 2 && local.includes(family) && (local.includes(given) || local.startsWith(given.charAt(0)));
}

export function namesBeforePlace(byline: string): string | null {
  if (byline.length > 80) return null;
  const m = /^(.{3,60}?),\s([^,]{2,30})$/u.exec(byline.trim());
  if (!m?.[1] || !m[2] || !isName(cleanName(m[1])) || !writersPlace(m[2])) return null;
  return m[2].includes(" ") && !CITY_FIRST_WORD.test(m[2]) ? null : cleanName(m[1]);
}
/** A phone's top bar as one line: the menu button, the site's name, the search or login button if any. */
const PHONE_BAR = /^(?:Menu|MENU|☰|≡)\s+(\p{Lu}[\p{L}\d&.'’ -]{1,40}?)(?:\s+(?:Search|SEARCH|Tìm kiếm|TÌM KIẾM|🔍|Đăng nhập|Log in|Sign in))?$/u;
/**
 * A reporter or a team of them left unnamed, by the abbreviation alone under the text: "PV", "P.V", "Nhóm PV" (the
 * credit "Nhóm PV" a byline reads as printed; the words spelt out, "Nhóm phóng viên", name no one).
 */
const UNNAMED_REPORTER = /^(?:PV|P\.V\.?|Nhóm PV|PV nhóm)$/iu;

/** Wires as a signature lists them ("AFP, Reuters", "AP and Reuters"): every name a wire, else null; one as the lexicon writes it, several as printed. */
/**
 * The wires a "Contributing:" line under a story names, among its writers ("The Associated Press", "Jane Doe, USA
 * TODAY; Reuters"): those its parts (between semicolons, commas and "and") that are wires, in order; null when none is.
 */
function contributingWires(list: string): string | null {
  const wires = list.split(/\s?[;,]\s?|\s(?:and|&)\s/).map((part) => lookupAgency(part.trim())).filter((w): w is string => w !== null && isWire(w));
  return wires.length > 0 ? [...new Set(wires)].join(", ") : null;
}

/** A wire's end mark with its name under the text, as Kyodo closes its copy: "==Kyodo", "== Kyodo". */
const WIRE_END_MARK = /^==\s?(\p{L}[\p{L} ]{1,30})$/u;
/** "The Associated Press contributed to this report.", "Reuters and AFP contributed to this story": who contributed. */
const CONTRIBUTED_REPORT = /^(?:[-–—]\s?)?\(?([^()]{2,120}?) contributed to this (?:report|story|article)\)?\.?$/i;
/**
 * The wire(s) a contributor line under a staff story credits: the wires it names ("The Associated Press", "Reuters and
 * AFP"), or the wire of the writers it names ("Associated Press writer Jane Doe in Tokyo"); null when it credits people
 * of no wire ("Jane Doe in Tokyo", "Staff writer John Roe").
 */
/** "Associated Press writer Jane Doe": the wire before its writers' kind, a capitalised name after it. */
const WIRE_WRITER = new RegExp(String.raw`^(?:${caseless("the")}\s)?([\p{L}][\p{L}.' -]{1,40}?)\s${caseless("(?:staff\s)?(?:writers?|reporters?|journalists?|correspondents?|photographers?)")}\s[\p{Lu}]`, "u");
function contributorWire(who: string): string | null {
  const wires = contributingWires(who);
  if (wires !== null) return wires;
  const m = WIRE_WRITER.exec(who);
  const wire = m ? lookupAgency(m[1] ?? "") : null;
  return wire !== null && isWire(wire) ? wire : null;
}

function wireListOf(list: string): string | null {
  const parts = list.trim().split(/\s*,\s*|\s+(?:and|và|&)\s+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 6 || !parts.every((part) => isWire(lookupAgency(part)))) return null;
  return parts.length === 1 ? lookupAgency(parts[0] as string) : parts.join(", ");
}

/**
 * The wires a story's signature at its foot credits: after editors' initials in lower case, as DW and others sign
 * agency copy ("ct/dpa, AFP", "jsi/rmt (AFP, Reuters)", "dh (AFP, dpa)", "pa/Reuters"), or after the outlet's desk
 * ("(FRANCE 24 with AFP)", "France 24 with AFP and Reuters"). Every name credited must be a wire ("ab/cd", "km/h",
 * "(Jane Doe with John Roe)" name none). Null when the line is no such signature.
 */
export function footWires(plain: string): string | null {
  const line = plain.trim();
  if (line.length > 80) return null;
  const initials = /^[\p{Ll}]{1,4}(?:\s?\/\s?[\p{Ll}]{1,4}){0,3}(?:\s?\(([^()]{2,50})\)|\s?\/\s?([^()/]{2,50}))\.?$/u.exec(line);
  const desk = initials ? null : /^\(?[\p{Lu}\d][\p{L}\d .&'-]{1,30}?\swith\s([^()]{2,50}?)\)?\.?$/u.exec(line);
  const list = initials?.[1] ?? initials?.[2] ?? desk?.[1];
  return list ? wireListOf(list) : null;
}

/** A button that opens the rest of a story elsewhere: "Đọc tiếp", "Xem tiếp", "Read more", "Continue reading", an arrow after. */
const READ_ON_BUTTON = /^(?:đọc tiếp|xem tiếp|đọc thêm|đọc toàn bài|read more|continue reading|read on|read the full story)\s?(?:»|›|→|>>|\.\.\.|…)?$/iu;

/** A button that shows more of a page: "Xem thêm", "Hiện thêm", "Read more", "Load more", "Show more", "See more", "Tải thêm". */
const MORE_BUTTON = /^(?:xem thêm|tải thêm|đọc thêm|hiện thêm|read more|load more|show more|see more)\s?(?:»|›|→|>>|\.\.\.|…)?$/iu;

/**
 * Where the line below a "Xem thêm" / "Read more" button ends (`end`: the end of the button's line) when that line is
 * the story's signature ("XUÂN MAI (Theo Reuters)", "Jane Doe", "Theo TTXVN") with the page's furniture, another
 * marker or nothing below it: a live page's or a cut story's button stands between its text and its signature.
 * Null otherwise (a related story's headline or summary below the button, a name over a headline).
 */
function signatureUnderButton(text: string, end: number): number | null {
  const lines: { plain: string; end: number }[] = [];
  for (let pos = end + 1; pos < text.length && lines.length < 2; ) {
    const nl = text.indexOf("\n", pos);
    const next = nl === -1 ? text.length : nl;
    if (next - pos > 120) break;
    const plain = stripInline(tidyLine(text.slice(pos, next)));
    if (plain) lines.push({ plain, end: next });
    pos = next + 1;
  }
  const [signature, after] = lines;
  if (!signature || !signsText(signature.plain)) return null;
  if (lines.length === 2 && after && !isFurnitureLine(after.plain) && !isTailMarker(after.plain)) return null;
  return signature.end;
}

/**
 * Whether the line at `start` (`raw`) is a teaser's summary: one finished sentence of at most 250 characters with a
 * read-on button the next line below it. The caller asks also that the story's signature stand right above it.
 */
function teaserAboveReadOn(text: string, start: number, raw: string): boolean {
  if (raw.length > 250 || !/[.!?…]["”’»)]?$/u.test(raw)) return false;
  let from = text.indexOf("\n", start);
  for (let n = 0; from !== -1 && n < 3; n++) {
    const to = text.indexOf("\n", from + 1);
    const line = text.slice(from + 1, to === -1 ? text.length : to).trim();
    if (line) return line.length <= 40 && READ_ON_BUTTON.test(stripInline(line));
    from = to;
  }
  return false;
}

/**
 * Footer credit forms that name a person and what they credit: "Phương Hoa (TTXVN)", "Phương Anh (dpa, AFP)",
 * "Hải Minh (tổng hợp)", "Theo Thanh Hải | Pháp luật & Bạn đọc", "Justin McCurry in Tokyo", "BTV Thu Trang".
 * Returns whether the line was one.
 */
const SIGN_OFF = /^(?:—|–|-{1,2})\s?(?!(?:with|by|and|staff|from|via|theo|nguồn|cùng)\s)([^\s,—–|()/\d][^,—–|()/\d]{2,39}?)(?:,\s(?:[\p{L}-]+\s){0,3}(?:analyst|editor|correspondent|reporter|writer|columnist|researcher|fellow|contributor|phóng viên|biên tập viên|cộng tác viên))?\.?$/iu;
/** A video's or a post's credit line at the foot: "Reported by Sarah Kwon in Seoul.", "Written by Jane Doe." */
const REPORTED_BY = /^(?:[Rr]eported|[Ww]ritten|[Ff]iled) by ([\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*){1,3})(?:\s(?:in|from)\s[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*){0,2})?\.?$/u;
/**
 * An official page's signature: the writer, a dash, the unit of the ministry or office they write for ("Ngọc Lan - Vụ
 * Pháp luật quốc tế", "Minh Thư – Văn phòng Bộ", "Jane Doe - Office of the Spokesperson"). The unit opens with its
 * kind, so a second writer's name after the dash ("Thanh Tùng - Ngọc Hân") is none.
 */
const UNIT_AFTER_NAME = /^(\p{Lu}[\p{L}'’.]*(?:\s\p{Lu}[\p{L}'’.]*){1,3})\s[-–]\s(?:Vụ|Cục|Tổng cục|Phòng|Ban|Sở|Trung tâm|Văn phòng|Viện|Thanh tra|Department|Office|Bureau|Division|Directorate|Unit)\s\S[^|()]{1,50}$/u;
/**
 * A statement's signatory under its text: the name, a comma, the office ("Stéphane Dujarric, Spokesman for the
 * Secretary-General", "Jane Doe, Minister of Foreign Affairs", "Phạm Thu Hằng, Người Phát ngôn Bộ Ngoại giao").
 */
const SIGNATORY = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}),\s(?:(?:Deputy |Acting |Chief )?(?:Spokesman|Spokeswoman|Spokesperson|Press Secretary)|(?:Deputy |Vice |Prime )?Minister|High Representative|Secretary(?:-General| General| of State)?|Ambassador|(?:Phó )?Người [Pp]hát ngôn|(?:Thứ|Bộ) trưởng|Đại sứ)\b[^|()]{0,80}$/u;
function readFooterCredit(plain: string, meta: ArticleMetadata): boolean {
  if (plain.length > 80) return false;
  const wires = footWires(plain);
  if (wires) {
    meta.agency ??= wires; // "(FRANCE 24 with AFP)", "jsi/rc (Reuters, AFP)", "ct/dpa, AFP": the wires the desk worked from
    return true;
  }
  let m: RegExpExecArray | null;
  // "Theo Sputnik và Reuters", "Nguồn: Yonhap, AP và Kyodo", "Source: Reuters and AP": two wires or more credited, each
  // a wire the lexicon knows (a writer's name before "và" is read below, as a signature)
  if ((m = /^[(\[]?(?:theo|nguồn|source|sources)\s?:?\s([^()[\]]{5,60}?)[)\]]?\.?$/iu.exec(plain)) && /,|\s(?:và|and|&)\s/u.test(m[1] ?? "")) {
    const listed = wireListOf(m[1] ?? "");
    if (listed?.includes(",")) {
      meta.agency ??= listed;
      return true;
    }
  }
  // a post's or letter's sign-off: the writer after a dash, a role after a comma or none ("— Lê Hoàng Vũ", "-- Jane
  // Doe", "— Lim Hyun-woo, senior analyst"); a wire's credit after a dash ("— With Reuters", "– TIMES/AFP") is read below
  if ((m = SIGN_OFF.exec(plain) ?? REPORTED_BY.exec(plain)) && isName(cleanName(m[1] ?? ""))) {
    meta.author ??= cleanName(m[1] ?? "");
    return true;
  }
  if ((m = SIGNATORY.exec(plain)) && isName(m[1] ?? "")) {
    meta.author ??= m[1] ?? null; // "Stéphane Dujarric, Spokesman for the Secretary-General": who signs the statement
    return true;
  }
  if ((m = UNIT_AFTER_NAME.exec(plain)) && isName(m[1] ?? "")) {
    meta.author ??= m[1] ?? null; // "Ngọc Lan - Vụ Pháp luật quốc tế": an official page's writer and the unit they work in
    return true;
  }
  if ((m = /^([^-–—|()]{3,30}?)\s[-–]\s([^-–—|()]{3,30})$/u.exec(plain)) && isName(m[1] ?? "") && isName(m[2] ?? "") && !OUTLET_WORD.test(m[2] ?? "") && !/^(?:theo|nguồn|source)\s/iu.test(m[2] ?? "")) {
    meta.author ??= `${m[1]}, ${m[2]}`; // "Thanh Tùng - Ngọc Hân": two writers ("Quang Huy - Theo Reuters" is a writer and a source)
    return true;
  }
  if ((m = /^(?:PV|P\.V|BTV|Phóng viên|Nhóm PV)\s*\(((?:theo|nguồn)\s*:?\s+[^()]{2,40}|[^()]{2,60})\)\.?$/iu.exec(plain))) {
    // "PV (Theo TTXVN)", "PV (Tổng hợp từ Reuters, AFP)": a reporter unnamed, the story from the agency (one wire as the
    // lexicon writes it, several as printed)
    const inner = (m[1] ?? "").trim();
    const source = /^(?:theo|nguồn)\s*:?\s+(.+)$/iu.exec(inner)?.[1] ?? NOTED_SOURCE.exec(inner)?.[1];
    if (!source) return false;
    meta.agency ??= wireListOf(source) ?? lookupAgency(source) ?? (source.trim() || null);
    return true;
  }
  if ((m = /^(?:theo\s+)?([^|()]{3,40}?)\s*\|\s*([^|()]{2,50})$/i.exec(plain)) && /^theo\s/i.test(plain) && isName(cleanName(m[1] ?? ""))) {
    meta.author ??= cleanName(m[1] ?? "");
    meta.agency ??= lookupAgency(m[2] ?? "") ?? (m[2]?.trim() || null);
    return true;
  }
  if ((m = SOURCE_AFTER_NAME.exec(plain)) && !THEO_AS_VERB.test(m[2] ?? "") && isName(cleanName((m[1] ?? "").replace(STAFF_PREFIX, "")))) {
    // "BTV Thu Hà - Theo Reuters", "Minh Hằng | Nguồn: TTXVN": the writer, then where the story comes from (one wire as
    // the lexicon writes it, several as printed)
    meta.author ??= cleanName((m[1] ?? "").replace(STAFF_PREFIX, ""));
    const source = (m[2] ?? "").trim().replace(/\.$/, "");
    if (!GENERIC_SOURCE.test(source)) meta.agency ??= source.split(/\s*,\s*|\s+(?:và|and)\s+/).length === 1 ? sourceName(source) : source;
    return true;
  }
  // the writer and what they did, no source after it ("Thu Hằng tổng hợp", "Lan Hương lược dịch"): the writer
  if ((m = /^(.{3,40}?)\s+(?:tổng hợp|lược dịch|biên dịch|chuyển ngữ)\.?$/iu.exec(plain)) && isName(cleanName(m[1] ?? ""))) {
    meta.author ??= cleanName(m[1] ?? "");
    return true;
  }
  // "Hà Linh theo TTXVN", and what the writer did before it: "Nguyễn Hùng chuyển ngữ theo AP", "Minh Anh tổng hợp từ
  // Reuters", "Lan Hương lược dịch theo Kyodo"
  if ((m = /^(.{3,40}?),?\s+(?:(?:tổng hợp|lược dịch|biên dịch|dịch|chuyển ngữ)\s+(?:theo|từ|nguồn)|theo|nguồn)\s+(.{2,50})$/i.exec(plain)) && isName(cleanName(m[1] ?? "")) && !/[()]/.test(m[2] ?? "") && !THEO_AS_VERB.test(m[2] ?? "")) {
    meta.author ??= cleanName(m[1] ?? "");
    meta.agency ??= lookupAgency(m[2] ?? "") ?? (m[2]?.trim() || null);
    return true;
  }
  if ((m = /^(.{3,40}?)\s*\(([^()]{2,40})\)\.?$/.exec(plain))) {
    const theo = /^theo\s+/i.test(m[1] ?? "");
    const who = cleanName((m[1] ?? "").replace(STAFF_PREFIX, "").replace(/^theo\s+/i, ""));
    const inner = (m[2] ?? "").trim();
    if (!isName(who)) return false;
    if (theo && !NOTE.test(inner)) {
      // "Theo Anh Tú (Báo Giao thông)": the writer and the paper the story comes from
      meta.author ??= who;
      meta.agency ??= lookupAgency(inner) ?? inner;
      return true;
    }
    const credited = inner.split(/\s*[,;/]\s*|\s+(?:và|and)\s+/);
    const source = /^(?:nguồn|theo|source)\s*:?\s+(.{2,40})$/i.exec(inner)?.[1] ?? NOTED_SOURCE.exec(inner)?.[1];
    if (source) {
      // "Minh Hiếu (Nguồn: Reuters)": the writer and where the story comes from
      meta.author ??= who;
      meta.agency ??= lookupAgency(source) ?? source.trim();
    } else if (NOTE.test(inner) || FILED_FROM.test(inner) || writersPlace(inner)) meta.author ??= who; // "Hoàng Nam (Hà Nội)": the writer and where they filed from
    else if (credited.every((c) => lookupAgency(c) !== null)) {
      meta.author ??= who;
      meta.agency ??= credited.length === 1 ? lookupAgency(inner) : inner;
    } else return false;
    return true;
  }
  if ((m = /^([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){1,3})\s+(?:in|tại|từ)\s+[\p{Lu}][\p{L} .-]{1,30}$/u.exec(plain)) && isName(m[1] ?? "")) {
    meta.author ??= m[1] ?? null;
    return true;
  }
  if (UNNAMED_REPORTER.test(plain)) {
    meta.author ??= plain; // the page's own credit, as printed
    return true;
  }
  if (STAFF_PREFIX.test(plain) && isName(cleanName(plain.replace(STAFF_PREFIX, "")))) {
    meta.author ??= cleanName(plain.replace(STAFF_PREFIX, ""));
    return true;
  }
  return false;
}

/** A credit that names no one in particular: "(With inputs from agencies)", "Nguồn: Tổng hợp", "Source: Internet". */
/**
 * A source that names no other outlet: the wires in general, "tổng hợp", and a public body's own media unit named only
 * by its kind and level ("Trung tâm Truyền thông tỉnh", "Trung tâm Văn hóa - Thông tin huyện", "Văn phòng UBND tỉnh"):
 * the office whose portal prints it, no agency. A ministry or department credited for the words it released ("Nguồn:
 * Bộ Ngoại giao" under its spokesperson's answers, "Source: Ministry of Defence") is the speaker, no agency either, in
 * any case ("Source: ministry of transport", "Nguồn: bộ phận thông tin").
 */
const GENERIC_SOURCE = /^(?:(?:bộ|ministry of|ministry for|department of|department for) [\p{L}][\p{L} ,&'-]{2,60}|(?:news |wire )?agencies|agency|wires?|wire services|(?:các )?hãng (?:tin|thông tấn)|sources?|internet|tổng hợp|báo chí|media reports?|(?:news )?reports|(?:trung tâm (?:truyền thông|văn hóa(?:,| -| và)? thông tin(?: và thể thao)?|thông tin)|văn phòng(?: ubnd| ủy ban nhân dân)?|ban biên tập|phòng văn hóa(?: -| và) thông tin)(?: và [\p{L} ]{2,20})?\s(?:tỉnh|thành phố|huyện|xã|phường|quận|thị xã|bộ|sở)\.?)$/iu;

/** An institution's name, as printed under a writer's byline: "Học viện Quốc phòng", "Institute of Korean Studies". */
const AFFILIATION = /^(?:Học viện|Viện|Trường|Đại học|Trung tâm|University|Institute|Academy|Centre|Center|School|Faculty)\s(?:of\s|for\s)?\p{Lu}[\p{L}\d,&' -]{1,80}$/u;

/** A picture's note, no outlet: "Ảnh minh họa", "Ảnh tư liệu", "Hình minh họa", "File photo", "Illustration". */
const PICTURE_NOTE = /^(?:(?:ảnh|hình|hình ảnh)(?: (?:minh họa|minh hoạ|tư liệu|internet|chụp màn hình))?|(?:file |stock |illustrative )?(?:photo|image|picture)s?|illustration|photo illustration)\.?$/iu;

/** A writer's post as a byline prints it after the name: "Senior Staff Reporter", "Phóng viên thường trú". */
const WRITER_POST = /(?:^|\s)(?:reporter|correspondent|editor|writer|columnist|contributor|photographer|phóng viên|biên tập viên|cộng tác viên)(?:\s[\p{L}]{2,12}){0,2}\s*$/iu;

/** The first reporter of a wire's sign-off among the text's last 40 lines, in brackets or not ("Reporting by A; Editing by B"), or null. */
function signOffReporter(text: string): string | null {
  for (const line of text.slice(-12_000).split("\n").slice(-40)) {
    const plain = line.trim();
    if (plain.length > 160) continue;
    const m = WIRE_SIGN_OFF.exec(plain.replace(/^\((.*)\)$/, "$1"));
    if (m) return firstReporter(m[1] ?? "");
  }
  return null;
}

/** A wire's sign-off of reporters and editors without brackets: "Reporting by A and B; Editing by C" (the editing part required). */
export const WIRE_SIGN_OFF = /^(?:reporting|writing|compiled) by ([^;()]{2,120});\s?(?:(?:additional reporting|writing) by [^;()]{2,120};\s?){0,2}editing by [^;()]{2,120}$/i;

/** The paper's full name ("Báo X", "Tạp chí X") alone on one of the last lines, for a masthead "X"; else null. */
function paperNamedBelow(masthead: string, plains: readonly string[]): string | null {
  const key = foldForMatch(masthead);
  if (key.length < 4) return null;
  for (const raw of plains.slice(-15)) {
    const line = raw.trim();
    if (line.length > masthead.length + 10 || !/^(?:báo|tạp chí)\s/iu.test(line)) continue;
    const f = foldForMatch(line);
    if (f === `bao ${key}` || f === `tap chi ${key}`) return readableCase(line);
  }
  return null;
}

/** The place a wire's reporter filed from, after the name: "Lidia Orlova in Moscow", "Joon Ha in Seoul, South Korea". */
const REPORTER_PLACE = /\s+in\s+\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s?\p{Lu}[\p{L}.'’ -]{1,30})?$/u;
/** A reporting credit's first reporter, without the place filed from ("A in Moscow and B in Seoul": A), or null. */
const firstReporter = (names: string): string | null => cleanName((names.split(/\s+and\s+|,\s*/)[0] ?? "").replace(REPORTER_PLACE, "")) || null;

/** Credit lines: "(Reporting by X; Editing by Y)", "(TTXVN/Vietnam+)", "Theo: TTXVN", "Tin, ảnh: X". */
function readCredit(plain: string, meta: ArticleMetadata): void {
  let m: RegExpExecArray | null;
  let relayed: RelayedCredit | null;
  if (isCrewLine(plain)) {
    // a broadcaster's crew line ("BTV A - Phóng viên B", "Anchor: A | Reporting: B"): the reporter writes, the anchor reads
    const writer = crewWriter(plain);
    if (writer) meta.author ??= writer;
  } else if ((m = /^\((?:reporting|writing|compiled) by ([^;)]+)/i.exec(plain))) {
    meta.author ??= firstReporter(m[1] ?? "");
  } else if ((m = WIRE_SIGN_OFF.exec(plain)) && !isWire(lookupAgency(m[1] ?? "")) && /^[\p{Lu}]/u.test(m[1] ?? "")) {
    // a wire's sign-off without its brackets ("Reporting by A in Seoul and B; Editing by C", "Compiled by A; Editing by
    // B"): a desk named in running words ("Compiled by the Seoul newsroom") is no writer
    meta.author ??= firstReporter(m[1] ?? "");
  } else if ((m = RELAYED_BROADCASTER.exec(plain))) {
    meta.agency ??= relayedName(m[1] ?? ""); // "Theo VOA (24/03/2026)", "Lược dịch từ DW Tiếng Việt", "Theo KBS World": the broadcaster relayed
  } else if ((relayed = relayedCredit(plain))) {
    meta.agency ??= relayed.agency; // "Trích Sputnik Việt Nam:", "Bản tin của Deutsche Welle": the source relayed
    if (relayed.author) meta.author ??= relayed.author;
  } else if ((m = ORIGINAL_WITH_SOURCE.exec(plain))) {
    meta.agency ??= lookupAgency(m[1] ?? "") ?? (m[1] ?? "").toUpperCase(); // "Bài gốc: <headline> (VOA, 24/3/2026)": the original's source
  } else if ((m = /^\(?([\p{L} ]{2,30})\/Vietnam\+\)?\.?$/u.exec(plain))) {
    meta.agency ??= lookupAgency(m[1] ?? "") ?? m[1]?.trim() ?? null;
    meta.outlet ??= "VietnamPlus";
  } else if ((m = /^([\p{Lu}]{2,4})\/(\S[\p{L}.+ ]{1,29})$/u.exec(plain)) && !STAFF_CODE.test(m[1] ?? "")) {
    // "TT/The Local", "HT/dpa", "BNS/TBT Staff": a wire's or a desk's initials, then the site or the wire: no writer
    // named; the wire is the agency (the second part when it is one, else the initials)
    const second = lookupAgency(m[2] ?? "");
    meta.agency ??= isWire(second) ? second : (lookupAgency(m[1] ?? "") ?? m[1] ?? null);
  } else if ((m = /^(The\s[\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*){0,3})\/([\p{L}.+ ]{2,30})$/u.exec(plain)) && isWire(lookupAgency(m[2] ?? ""))) {
    // "The Local/Ritzau": the site (or its network) and the wire it ran: no writer named, the wire is the agency
    meta.agency ??= lookupAgency(m[2] ?? "");
  } else if ((m = NETWORK_PARTNER.exec(plain))) {
    // "The Korea Herald/ANN", "— The Jakarta Post/Asia News Network": a partner paper's copy shared through its network,
    // the paper the copy's source, the network no outlet
    meta.agency ??= lookupAgency(m[1] ?? "") ?? m[1]?.trim() ?? null;
  } else if ((m = SLASH_CREDIT.exec(plain)) && !sectionsBox(m[1] ?? "", m[2] ?? "")) {
    // "Minh Hòa/VOV.VN (Theo TASS)": reporter / outlet, and the credited source; "Minh Anh/VOV Giao thông (tổng hợp)":
    // what the reporter did, no source
    meta.author ??= cleanName(m[1] ?? "") || null;
    // "Jovan Johnson/Senior Staff Reporter": the writer's post after the slash, no outlet; nor a picture's note ("Minh
    // Anh/Ảnh minh họa", "… /File photo")
    // (a wire or a broadcaster after the slash is the source the writer relayed, no outlet: "Minh Đức/Tân Hoa xã",
    // "Lan Anh/Đài Á Châu Tự Do")
    const relayedAfter = wireName(m[2] ?? "") ?? relayedSourceName(m[2] ?? "");
    if (relayedAfter !== null) meta.agency ??= relayedAfter;
    else if (!WRITER_POST.test(m[2] ?? "") && !PICTURE_NOTE.test((m[2] ?? "").trim())) meta.outlet ??= lookupOutlet(m[2] ?? "") ?? (m[2]?.trim() || null);
    const source = m[3] ?? m[4];
    if (source) meta.agency ??= lookupAgency(source) ?? source.trim();
  } else if ((m = /^(?:--|[-–—])\s?([\p{L}][\p{L} .-]{1,40}?)\.?$/u.exec(plain)) && isWire(lookupAgency(m[1] ?? ""))) {
    meta.agency ??= lookupAgency(m[1] ?? ""); // "- Reuters", "—Agence France-Presse", "-- BERNAMA" under the text: the wire's copy
  } else if (BARE_WIRE.test(plain) && isWire(lookupAgency(plain.replace(/\.$/, "")))) {
    meta.agency ??= lookupAgency(plain.replace(/\.$/, "")); // "Kyodo", "Reuters" alone under the text: the wire's copy
  } else if ((m = /^[(\[]([\p{L}][\p{L} .-]{1,40}?)[)\]]\.?$/u.exec(plain)) && isWire(bracketedAgency(m[1] ?? ""))) {
    meta.agency ??= bracketedAgency(m[1] ?? ""); // "(Reuters)", "[AFP]", "(APP)" alone under the text: the wire's copy
  } else if ((m = /^\(?(?:with (?:inputs?|additional inputs?|reporting|additional reporting|material) from|some (?:information|material) (?:for|in) this (?:report|story|article) (?:came|comes) from)\s+([^()]{2,60}?)\)?\.?$/i.exec(plain))) {
    // "(With input from Xinhua)", "Some information for this report came from Reuters.": the wire(s) credited
    const who = m[1]?.trim() ?? "";
    if (!GENERIC_SOURCE.test(who)) meta.agency ??= lookupAgency(who) ?? who;
  } else if ((m = /^(?:[-–—]\s?)?\(?with files from\s+([^()]{2,60}?)\)?\.?$/i.exec(plain))) {
    // "— With files from The Associated Press", "With files from Reuters and The Canadian Press": the wires' copy worked in
    const who = m[1]?.trim() ?? "";
    if (!GENERIC_SOURCE.test(who)) meta.agency ??= lookupAgency(who) ?? who;
  } else if ((m = INFORMATION_FROM_WIRE.exec(plain))) {
    // "With information from The Canadian Press", "Với thông tin từ Reuters": the wires whose copy the story holds
    meta.agency ??= wireListOf(m[1] ?? "") ?? lookupAgency(m[1] ?? "") ?? (m[1]?.trim() || null);
  } else if ((m = /^(?:[-–—•]\s?)?\(?with\s+([\p{L}-]{2,30})\)?\.?$/iu.exec(plain)) && isWire(lookupAgency(m[1] ?? ""))) {
    meta.agency ??= lookupAgency(m[1] ?? ""); // "With AAP", "- With AFP" under a post: the wire's copy
  } else if ((m = /^\(?(?:with |additional )?reporting by\s+([^()]{2,60}?)\)?\.?$/i.exec(plain)) && isWire(lookupAgency(m[1] ?? ""))) {
    meta.agency ??= lookupAgency(m[1] ?? ""); // "Additional reporting by AFP": a wire's copy worked in (a person's name is no agency)
  } else if ((m = CONTRIBUTOR_SIGNED.exec(plain)) && isName(cleanName(m[1] ?? "")) && lookupAgency(m[1] ?? "") === null) {
    meta.author ??= cleanName(m[1] ?? ""); // "Contributor: Jane Doe", "Cộng tác viên: Văn Tùng": the one contributor who wrote it signs
  } else if ((m = /^contributing\s?:\s?([^()]{2,120}?)\.?$/i.exec(plain)) && contributingWires(m[1] ?? "") !== null) {
    meta.agency ??= contributingWires(m[1] ?? ""); // "Contributing: The Associated Press" under a paper's own story: the wire's copy worked in
  } else if ((m = WIRE_END_MARK.exec(plain)) && isWire(lookupAgency(m[1] ?? ""))) {
    meta.agency ??= lookupAgency(m[1] ?? ""); // "==Kyodo" under the text: the wire's end mark, its copy
  } else if ((m = CONTRIBUTED_REPORT.exec(plain)) && contributorWire(m[1] ?? "") !== null) {
    meta.agency ??= contributorWire(m[1] ?? ""); // "The Associated Press contributed to this report.": the wire's copy worked in
  } else if (outletAndWire(plain)) {
    // "L'Orient Today / AFP" under the headline: the paper's name and the wire whose copy it ran
    meta.agency ??= lookupAgency(plain.slice(plain.lastIndexOf("/") + 1).trim());
    meta.outlet ??= outletAndWire(plain);
  } else if ((m = DESK_AND_WIRE.exec(plain)) && isWire(lookupAgency(m[1] ?? ""))) {
    meta.agency ??= lookupAgency(m[1] ?? ""); // "– TIMES/AFP": the desk's rewrite of the wire's copy
  } else if ((m = /^[(\[]?(?:theo|nguồn|source)\s*:?\s+([^()[\]]{2,60}?)[)\]]?\.?$/i.exec(plain))) {
    // "(Source: Reuters)", "[Source: Kyodo]": the source credited, in either bracket
    const who = m[1]?.trim() ?? "";
    if (!GENERIC_SOURCE.test(who) && !dataSources(who, meta.title)) meta.agency ??= lookupAgency(who) ?? who;
  } else if ((m = /^\(by\s+([^()]{3,100})\)$/i.exec(plain)) && readByline(m[1] ?? "")) {
    meta.author ??= readByline(m[1] ?? ""); // "(By Lin Chia-hsuan, Wu Yu-ting and Kevin Hsu)" under a wire's story
  } else if ((m = /^(?:tin|bài|ảnh|(?:tin|bài|ảnh)(?:,| và| &) (?:ảnh|bài)|text and photos|photos and text)\s*:\s*(.{2,60})$/i.exec(plain))) {
    meta.author ??= cleanName((m[1] ?? "").replace(PHOTO_CREDIT_AFTER, "")) || null;
  } else if ((m = NAMED_NOTED_SOURCE.exec(plain)) && isName(cleanName(m[1] ?? ""))) {
    // "Nguyễn Hùng chuyển ngữ theo AP", "Minh Anh tổng hợp từ Reuters": the writer, and the source they worked from
    meta.author ??= cleanName(m[1] ?? "");
    const source = (m[2] ?? m[3] ?? "").trim().replace(/\.$/, "");
    if (!GENERIC_SOURCE.test(source)) meta.agency ??= wireListOf(source) ?? lookupAgency(source) ?? source;
  }
}


/**
 * A source credited by its address or as its electronic edition ("VOV.VN", "Nguồn: Báo điện tử VOV", "Theo Dân trí
 * Online"), an outlet the lexicon knows: that outlet's own name ("VOV", "Dân trí"). A wire, several sources and a
 * name in any other form ("Báo Lao Động", "Nguồn: Tiền Phong") stay as credited.
 */
const EDITION_FORM = /^(?:báo điện tử|trang tin điện tử|tạp chí điện tử)\s|\s(?:điện tử|online)$|^[\p{L}\d-]{2,30}(?:\.[a-z]{2,6}){1,2}$/iu;
function creditedOutlet(agency: string): string {
  if (agency.length > 60 || !EDITION_FORM.test(agency) || lookupAgency(agency) !== null) return agency;
  return lookupOutlet(agency) ?? agency;
}

/** A graphic's page by its headline: "Infographic: …", "[Infographic] …", "Đồ họa: …", "Mapped: …", "Bản đồ: …". */
const GRAPHIC_HEADLINE = /^\[?(?:infographics?|đồ họa|đồ hoạ|mapped|charted|bản đồ|biểu đồ)\]?\s?[:|–-]?\s/iu;
/**
 * A graphic's data sources under it on a graphic's page ("Infographic: …" / "Nguồn: NIS, Windward, CIR"): several names,
 * none of them a wire or an outlet the lexicon knows, so none the story came from. One name alone ("Nguồn: Báo Quảng
 * Ninh"), a list with a wire or an outlet in it ("Nguồn: TTXVN, Reuters") and any list under a story ("Nguồn: SBS, ABC")
 * stay the sources it credits.
 */
function dataSources(who: string, title: string | null): boolean {
  if (title === null || !GRAPHIC_HEADLINE.test(title)) return false;
  const names = who.split(/\s*[,;]\s*|\s+(?:và|and)\s+/).filter((n) => n.length > 0);
  return names.length >= 2 && names.every((n) => lookupAgency(n) === null && lookupOutlet(n) === null);
}

/** "Theo Reuters, …" / "SEOUL (Reuters) -" / "SEOUL (Reuters):" at the start of the lead paragraph. */
export function leadAgency(firstParagraph: string): string | null {
  // "[Seoul=Newsis] Phóng viên X =": a Korean wire's bracketed dateline credits the wire, as the page spells it
  // ("(Seoul = Yonhap News) Phóng viên X =": "Yonhap News")
  const bracketed = agencyBracketDateline(firstParagraph);
  if (bracketed) return lookupAgency(bracketed.agency) !== null ? bracketed.agency : null;
  const m =
    /^Theo\s+(?:hãng tin\s+|hãng thông tấn\s+)?([\p{L} .-]{2,40}?),/u.exec(firstParagraph) ??
    /^[\p{Lu} ,.-]{0,40}\(([\p{L} ]{2,20})\)\s*[-–—:]/u.exec(firstParagraph); // "SEOUL (Reuters) -", "SEOUL (Reuters):" (Sri Lankan and Pakistani dailies)
  if (m?.[1]) return lookupAgency(m[1]) ?? tellerCredit(firstParagraph);
  return tellerCredit(firstParagraph);
}

/**
 * The source a relay's first sentence names as its teller: "Theo đài RFI, …", "(RFI), …" opening it, "… – theo hãng
 * thông tấn AP – …" or "… – according to the AP news agency – …" set between dashes in it, "…, hãng tin Reuters đưa
 * tin." or "…, Reuters reported." closing it. A wire or an outlet the lexicon knows; only the first sentence is asked (a
 * source named later, "Reuters cũng từng đưa tin rằng …", told some other story).
 */
/** The teller set between dashes in a sentence: "… – theo hãng thông tấn AP – …", "… – according to the AP news agency – …". */
const TELLER_BETWEEN_DASHES = new RegExp(String.raw`\s[–—-]\s(?:theo|${caseless("according to")})\s(?:the\s)?(?:hãng tin\s|hãng thông tấn\s|thông tấn xã\s|đài\s|kênh\s|báo\s)?([\p{L} .-]{2,40}?)\s[–—-]\s`, "u");
function tellerCredit(firstParagraph: string): string | null {
  const stop = /[.!?…](?:\s|$)/u.exec(firstParagraph);
  const first = firstParagraph.slice(0, stop === null ? 400 : stop.index + 1);
  if (first.length > 400) return null;
  // (a broadcaster's or a paper's name after its kind, a wire's initials in brackets: the teller as printed, known or not)
  const printed = /^Theo\s+(?:thông tấn xã|đài|kênh|báo|tờ)\s+([\p{Lu}][\p{L} .-]{1,30}?),\s/u.exec(first)?.[1] ?? /^\(([\p{Lu}]{2,8})\),\s/u.exec(first)?.[1];
  if (printed !== undefined) return lookupAgency(printed) ?? lookupOutlet(printed) ?? printed;
  const initialled = namedWithInitials(first);
  if (initialled !== null) return initialled;
  const name =
    TELLER_BETWEEN_DASHES.exec(first)?.[1] ??
    /,\s(?:hãng tin\s|hãng thông tấn\s|thông tấn xã\s|đài\s|kênh\s|báo\s|tờ\s)?([\p{Lu}][\p{L} .-]{1,30}?)\s(?:đưa tin|reported|reports)\.$/u.exec(first)?.[1];
  if (name === undefined) return null;
  const named = name.replace(/\s(?:news agency|wire service)$/i, "");
  return lookupAgency(named) ?? lookupOutlet(named);
}

/**
 * The teller a relay's first sentence names in full with its initials in brackets: "Theo bản tin của Đài Phát thanh
 * Quốc tế Pháp (RFI), …", "Theo Đài Tiếng nói Hoa Kỳ (VOA), …", "According to Agence France-Presse (AFP), …", or
 * opening it as the one who reported ("Taiwan's Central News Agency (CNA) reported …"). The initials are the agency
 * when the medium is one a desk takes copy from: a broadcaster (its name says so, or its initials are a relayed
 * broadcaster's) or a wire the lexicon knows. A party-state's own organ, which names itself central and its state with
 * it ("Hãng thông tấn Trung ương Triều Tiên (KCNA)", "Korean Central News Agency", "Đài Truyền hình Trung ương Trung
 * Quốc (CCTV)"), is the news's source quoted, never a wire the desk relays; a wire whose very name is central, its
 * country outside that name ("Theo Hãng thông tấn Trung ương (CNA) của Đài Loan", "Taiwan's Central News Agency"), is
 * a wire that syndicates.
 */
const FULL_NAME_INITIALS =
  /^(?:Theo|According to)\s+(?:(?:bản tin|bài viết|bài báo|tin|thông tin|phóng sự|báo cáo|a report|the report|a broadcast)\s+(?:của|by|from|of)\s+)?((?:[Tt]he\s)?[\p{Lu}][^(),]{3,70}?)\s?\(([\p{Lu}][\p{Lu}\d]{1,7})\)(?:\s(?:của|of)\s[\p{Lu}][\p{L} ]{1,30}?)?,\s/u;
/** The same teller opening the sentence as the one who reported it: "Taiwan's Central News Agency (CNA) reported on Monday that …". */
const FULL_NAME_REPORTED =
  /^((?:[Tt]he\s)?[\p{Lu}][^(),]{3,70}?)\s?\(([\p{Lu}][\p{Lu}\d]{1,7})\)(?:\s(?:của|of)\s[\p{Lu}][\p{L} ]{1,30}?)?,?\s(?:reported|reports|đưa tin|loan tin)\s/u;
const BROADCASTER_NAME = /(?:^|\s)(?:đài|phát thanh|truyền hình|tiếng nói|radio|television|broadcasting|voice of)(?:\s|$)/iu;
const CENTRAL_ORGAN = /(?:^|\s)(?:trung ương|central)(?:\s|$)/iu;
/**
 * Wires the lexicon knows by a central name of their own, the initials they go by, and each name's spellings (folded):
 * Taiwan's Central News Agency, whose initials alone are Channel NewsAsia's too, so are known only with this name.
 */
const CENTRAL_WIRES = new Map([
  ["central news agency", "CNA"],
  ["hang thong tan trung uong", "CNA"],
  ["thong tan xa trung uong", "CNA"],
  ["hang thong tan trung uong dai loan", "CNA"],
  ["taiwan central news agency", "CNA"],
]);
/** A central name as a wire of CENTRAL_WIRES bears it, with the initials printed after it: the wire, else null (an organ naming its state). */
function centralWire(name: string, initials: string): string | null {
  // its country as its owner outside the name: "Taiwan's Central News Agency", "the Central News Agency"
  const bare = foldForMatch(name.replace(/^(?:[Tt]he\s)?(?:[\p{Lu}][\p{L}]+['’]s\s)?(?:the\s)?/u, ""));
  const wire = CENTRAL_WIRES.get(bare);
  return wire === initials ? wire : null;
}
function namedWithInitials(first: string): string | null {
  const m = FULL_NAME_INITIALS.exec(first) ?? FULL_NAME_REPORTED.exec(first);
  if (!m?.[1] || !m[2]) return null;
  if (CENTRAL_ORGAN.test(m[1])) return centralWire(m[1], m[2]);
  const initials = m[2];
  const relayed = RELAYED_BROADCASTER.exec(`(${initials})`)?.[1];
  if (relayed) return relayedName(relayed);
  const wire = lookupAgency(initials);
  if (wire !== null && isWireAgency(wire)) return wire;
  return BROADCASTER_NAME.test(m[1]) ? initials : null;
}

/**
 * Names the lexicon knows as an outlet that a wire's dateline (a city, a month and a day) credits as the agency:
 * "Taipei, Dec. 3 (CNA)" is Taiwan's Central News Agency, while Channel NewsAsia's own pages (outlet "CNA") date
 * their stories "SINGAPORE:" and credit no wire.
 */
const DATELINE_WIRES = new Set(["CNA"]);
const WIRE_DATELINE = /^\p{Lu}[\p{L}.'’ -]{1,30},\s(?:\p{Lu}\p{Ll}{2,8}\.?)\s\d{1,2}\s\(([\p{Lu}]{2,8})\)\s/u;

/** The wire a lead's dateline credits by a name DATELINE_WIRES holds, unless the page is that outlet's own. */
export function datelineWire(firstParagraph: string, outlet: string | null): string | null {
  const name = WIRE_DATELINE.exec(firstParagraph)?.[1];
  if (!name || !DATELINE_WIRES.has(name)) return null;
  return outlet !== null && lookupOutlet(outlet) === lookupOutlet(name) ? null : name;
}

const EN_WORDS = /\b(?:the|and|of|to|is|in|that|with|for|was)\b/gi;
const FR_WORDS = /\b(?:le|la|les|des|et|est|une|du|que|dans|pour)\b/gi;

function isVietnameseLetter(c: number): boolean {
  // ă â đ ê ô ơ ư (either case) and the precomposed tone-marked letters U+1EA0–U+1EF9
  return (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x103 || c === 0x102 || c === 0xe2 || c === 0xc2 || c === 0x111 || c === 0x110 ||
    c === 0xea || c === 0xca || c === 0xf4 || c === 0xd4 || c === 0x1a1 || c === 0x1a0 || c === 0x1b0 || c === 0x1af;
}

/** ISO 639-1 code by a simple heuristic: Vietnamese letters, else English/French function words; "und" if unsure. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 800);
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
    else if (c >= 0xc0) {
      letters++;
      if (isVietnameseLetter(c)) vietnamese++;
    }
  }
  if (letters === 0) return "und";
  if (vietnamese / letters > 0.02) return "vi";
  const en = sample.match(EN_WORDS)?.length ?? 0;
  const fr = sample.match(FR_WORDS)?.length ?? 0;
  if (Math.max(en, fr) < 3) return "und";
  return en >= fr ? "en" : "fr";
}

/**
 * Checks on the cleaned body worth flagging to an editor (pass mayHaveCyrillic=false to skip the homoglyph scan), in
 * English: the parser's readable lines. The stored, translated form is bodyWarningCodes (warnings.ts), which finds them.
 */
export function bodyWarnings(body: string, publishedAt: string | null, mayHaveCyrillic = true): string[] {
  return bodyWarningCodes(body, publishedAt, mayHaveCyrillic).map((w) =>
    w.code === "homoglyph" ? `mixed Latin/Cyrillic letters in "${w.params?.word}" (possible homoglyph)` : `body mentions ${w.params?.date}, after the publication date ${w.params?.published}`,
  );
}

/**
 * Is the date line at `at` the story's, below the site's date bar at `bar`? Three lines or more between them, all menu
 * items, section labels or furniture (the navigation under a masthead's date), and none of them a date.
 */
/**
 * A day above the headline that cannot be the publication of a story whose only date below the headline is its last
 * update ("Thứ sáu, 04/12/2026" in the site's bar / headline / "Cập nhật lúc 10:05 - 03/12/2026"): a story is
 * published before it is updated, so a later day, or the same day without a time, is the day of the visit.
 */
function visitDayAboveUpdate(above: ParsedDate, update: string): boolean {
  const day = above.publishedAt.slice(0, 10);
  return day > update.slice(0, 10) || (day === update.slice(0, 10) && above.precision === "day");
}

function storyDateBelowBar(roles: readonly LineInfo[], bar: number, at: number): boolean {
  if (bar < 0 || at - bar < 4) return false;
  for (let k = bar + 1; k < at; k++) {
    const role = roles[k]?.role;
    if (role !== "section" && role !== "furniture" && role !== "outlet") return false;
  }
  return true;
}

/**
 * A labelled byline's names: as the header's byline reads them when it reads them (a role, a wire or an outlet after
 * the names, a colleague "with" them: "Jordan Hale, Department Spokesperson", "A and B Associated Press"), else as
 * printed without e-mails and desks (cleanName).
 */
function labelledByline(text: string): string {
  const cleaned = cleanName(text);
  const read = readByline(text);
  return read !== null && read.length < cleaned.length && cleaned.startsWith(read) ? read : cleaned;
}
