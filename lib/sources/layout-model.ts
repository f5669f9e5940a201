/**
 * Layout model: gives every line of an article's header and footer regions a role (title, date, byline, credit,
 * outlet, caption, furniture, section, url or body) by scored features, so that the title, dates, credits and
 * captions are picked by best score over the whole region instead of stopping at the first line a rule does not know.
 * Pure: no I/O.
 *
 * Features (all of a line, its position and its neighbours):
 * - length in characters and words; the end punctuation (a sentence ends in . ! ? …; a headline does not);
 * - capitalisation: starts lower-case (a continuation, never a title), all capitals (a byline or a shouted label),
 *   Title Case names of 2–4 words (a byline);
 * - position: index in the region, the distance to the first body paragraph; a title stands before the lead and is
 *   usually followed within three lines by a date, a byline or the lead; a section label stands before the title;
 * - neighbours: a line followed by a long paragraph, a short line between two short ones (teaser lists);
 * - similarity to a known title (a repeated headline in the footer is furniture);
 * - lexicons: page furniture of Vietnamese and English sites (share, comment, "Tin liên quan", "Đọc tiếp",
 *   "N phút trước", "Theo dõi … trên", app banners, "POWERED BY", "(END)", "Our Standards"…), section labels,
 *   outlet names and their lead codes ("TTO -", "(Dân trí) -", "QĐND Online -"), wire agencies, credit forms
 *   ("Theo …", "(Reporting by …)", "(TTXVN/Vietnam+)", "Theo: TTXVN", "SEOUL, Sept. 22 (Yonhap) --"), caption
 *   credits ("Ảnh: …", "(Ảnh: …)", "© …", "(AP Photo/…)", "REUTERS/…", "Nguồn hình ảnh, …") and date cue words
 *   ("Cập nhật", "Đăng lúc", "Đăng ngày", "Published", "Updated");
 * - the date parser: a line that is a date once its cue words, weekday, credit and zone are set aside; failing that
 *   (looseDateLine), a line holding a full date with its year, a time anywhere on it ("07.12 GMT", "19 giờ 40",
 *   "2:23 AM EDT, Tue …"), and besides them at most three other words (an outlet name, sections after a "|"), or a
 *   byline and credit glued in front ("Lan Chi, Theo X 21:10 03/03/2025"); never a year it does not print;
 * - caption credits at the end of a line however they are glued on: "Ảnh: …", "(Ảnh: …)", "© …", "Name/AP",
 *   "[File: X/Reuters]", "… 2024. (Kyodo)", "…)Ảnh: …", "| Image: …", "Photograph: …", "Ảnh minh họa",
 *   "VNA/VNS Photo", "| KYODO";
 * - breadcrumb trails ("Thời sự › Giao thông": short capitalised labels between arrows);
 * - outlet names as pages print them: "Báo … điện tử", domains ("kenh14.vn", "CAND.COM.VN"), lead codes in any case
 *   ("VTV.vn -", "(PLO)-", "CITY, July 15. /TASS/.", "MOSCOW. Sept 18 (Interfax) -"); a name printed without "Báo" is
 *   never retried with it (the section "Quốc tế" is not Báo Quốc tế);
 * - bylines of several names ("A and B", "A, B và C"); a "By …" line is a byline, never a headline; name-like lines
 *   above the headline (menu items, a masthead's tagline) are section labels unless the headline or a date follows;
 *   a person's name before a bar and a date ("Bảo Anh | 22/10/2024 08:05") is a byline;
 * - kickers of three or more labels between bars ("ASEAN Beat | Economy | Southeast Asia") are section lines;
 * - full-page furniture: app-banner buttons ("Mở", "Open app"), view and share counts, social handles
 *   ("Facebook : @…"), e-mail boxes, "Learn more", "Gift this article", reader polls, "NEWSPAPER SECTION: …",
 *   channel invitations; caption credits "(Photo by X/AFP via Getty Images)" and ". ANTARA/Name/xx.".
 * - dates as US pages print them (month first when the line's clock is 12-hour with a US zone: "12/03/26 4:05 PM
 *   ET"), the published part of "Updated … | Published …" / "…, first published …", a date glued to its time or a
 *   view count ("03/12/202616:05:00(Xem: 1234)"); a headline put as a question stays the headline when its date or
 *   byline follows; a deck right under a headline-shaped line scores less than that line; a credit line ("Tổng
 *   hợp") under a headline counts as a byline would; a print dialog's running header ("04/12/2026, 09:12 <title>")
 *   is furniture and its footer's "<address> 1/2" the page's address; credits glued after a full stop
 *   ("….Credit: Supplied") or without a colon ("… Ảnh TASS"), "With AAP".
 * Each role has a score (a sum of weighted features); a line takes the role with the best score, and the article's
 * title is the best-scoring title candidate of the whole header region: the date, byline or lead right below it
 * counts more than one three lines down, a kicker or section label above it counts too. Lines above the chosen title
 * that no rule knows are section labels (short) or furniture, never article text.
 * metadata.ts adds the page-level features: a masthead (the first line after any app banner, with menus, sections or
 * the site's date bar below) names the outlet, as printed when the lexicon does not know it and no known outlet is
 * found elsewhere ("… Online" dropped; a wire agency's name as the masthead names the agency too; a Vietnamese
 * service's "X Tiếng Việt" comes first, a copyright owner after the masthead); a publication named elsewhere in the
 * header is a credit; a date above the headline (the site's "today") gives way to one below it; a byline between the
 * lead and a date below it is the author; the footer is read upwards past up to three unknown teaser headlines to the
 * byline, credit ("X (Nguồn: Reuters)", "Reporter:", then "Editor:"), date and copyright lines below the article
 * (years, ranges and company suffixes dropped from the owner), authors' bios are furniture, and a copyright line
 * below the related stories still names the outlet.
 * html.ts adds the markup features: image layout tables are figures, a caption outside any <figure> (a lead
 * picture between headline and text) is kept, promotion boxes go by class or first words, the outlet as its own
 * author is no byline (a wire agency printed as the byline is), a UTC JSON-LD time gives way to the same moment in
 * the page's zone, and a site name loses its own initials ("Review - VIR").
 */
import { relayedCredit } from "./relayed-source";
import { captionByMoreForms, withoutAnnotationsNote } from "./caption-forms";
import { findDate, parseDateLine, type ParsedDate } from "./dates";
import { foldForMatch, VIETNAMESE_LETTER } from "./normalize";
import { caseless } from "./caseless";
import { anyPatternOf, memoByLine, testAtEnd } from "./line-speed";
import { isSummaryBoxLabel, isSummaryBoxSentence } from "./fact-check-notices";
import { crewWriter, isCrewLine, isLoneWriterLine } from "./crew-credits";
import { isNoticeLine } from "./page-notices";
import { isEpisodeEntry } from "./player-notices";
import { isPlayerLabel } from "./page-tail";
import { isSiteFooterLink } from "./trade-notices";
import { unproxiedAddress } from "./archive-copy";
// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyFurnitureRaw = anyPatternOf(() => FURNITURE_RAW);
const anyFurnitureFolded = anyPatternOf(() => FURNITURE_RE);
const anyCreditFooter = anyPatternOf(() => CREDIT_FOOTER);

export type LineRole = "title" | "date" | "byline" | "credit" | "outlet" | "caption" | "furniture" | "section" | "url" | "body";

export interface LineInfo {
  role: LineRole;
  /** The score of the chosen role (higher is surer). */
  score: number;
  /** For date lines: the date read. */
  date?: ParsedDate;
  /** For outlet, credit and byline lines: the name read (canonical outlet or agency, or the person). */
  name?: string;
  /** For url lines: the address. */
  url?: string;
  /** For date lines: a byline or credit printed in front of the date ("Thùy Linh, Theo Dân Việt 02:15 29/10/2024"). */
  rest?: string;
}

/** Outlets by canonical name: the names and lead codes they are met under (folded). */
const OUTLETS: Record<string, string[]> = {
  VnExpress: ["vnexpress", "vnexpress net", "bao vnexpress", "mo ung dung vnexpress", "tai ung dung vnexpress"],
  "Tuổi Trẻ": ["tuoi tre", "tuoi tre online", "bao tuoi tre", "tto"],
  "Thanh Niên": ["thanh nien", "bao thanh nien", "thanh nien online"],
  "Dân trí": ["dan tri", "bao dan tri", "dantri"],
  VietnamPlus: ["vietnamplus", "bao dien tu vietnamplus"],
  // the wire's own news site (its initials alone in a byline credit the wire, so they are no alias here)
  "Thông tấn xã Việt Nam": ["vnanet"],
  "Quân đội nhân dân": ["quan doi nhan dan", "bao quan doi nhan dan", "qdnd", "qdnd online"],
  Znews: ["znews", "zing", "zing news", "zingnews"],
  "VOA Tiếng Việt": ["voa tieng viet"],
  "RFI Tiếng Việt": ["rfi tieng viet"],
  "BBC News Tiếng Việt": ["bbc news tieng viet", "bbc tieng viet"],
  "RFA Tiếng Việt": ["rfa tieng viet", "dai a chau tu do"],
  "Sputnik": ["sputnik viet nam", "sputnik vietnam"],
  "Báo Đà Nẵng": ["bao da nang", "da nang online", "dno"],
  "Người Lao Động": ["nguoi lao dong", "bao nguoi lao dong", "nld", "nldo"],
  "Lao Động": ["lao dong", "bao lao dong", "ldo"],
  "Nhân Dân": ["nhan dan", "bao nhan dan", "ndo", "nhandan", "bao nhan dan dien tu"],
  "Tiền Phong": ["tien phong", "bao tien phong", "tpo"],
  VietNamNet: ["vietnamnet", "bao vietnamnet", "vietnamnet vn"],
  "Pháp Luật TP.HCM": ["phap luat tp hcm", "plo"],
  VOV: ["vov", "vov vn", "dai tieng noi viet nam", "bao dien tu vov"],
  VTV: ["vtv", "vtv news", "bao dien tu vtv"],
  "Tin tức TTXVN": ["tin tuc ttxvn", "bao tin tuc"],
  "Báo Chính phủ": ["bao chinh phu", "baochinhphu"],
  "Sài Gòn Giải Phóng": ["sai gon giai phong", "sggp", "sggpo", "bao sai gon giai phong"],
  "Báo Nghệ An": ["bao nghe an", "baonghean", "baonghean vn"],
  "Báo Thái Nguyên": ["bao thai nguyen", "vntn"],
  "Báo Quảng Ninh": ["bao quang ninh"],
  "Báo Cần Thơ": ["bao can tho"],
  "Báo Hà Nội Mới": ["ha noi moi", "bao ha noi moi", "hnmo"],
  Yonhap: ["yonhap", "yonhap news agency", "yna"],
  Reuters: ["reuters"],
  AP: ["ap", "associated press", "ap news", "the associated press"],
  AFP: ["afp"],
  "Korea JoongAng Daily": ["korea joongang daily"],
  "The Korea Herald": ["the korea herald", "korea herald"],
  "NK News": ["nk news", "nknews"],
  "Công an nhân dân": ["cong an nhan dan", "bao cong an nhan dan", "bao cong an nhan dan dien tu", "cand", "cand com vn"],
  "Kinh tế & Đô thị": ["kinh te do thi", "kinh te va do thi", "bao kinh te do thi", "kinhtedothi"],
  "24h": ["24h", "24h com vn", "tin tuc 24h"],
  Soha: ["soha", "soha vn"],
  Kenh14: ["kenh14", "kenh14 vn", "kenh 14"],
  "Báo Quốc tế": ["bao quoc te", "baoquocte"],
  VnEconomy: ["vneconomy"],
  CafeF: ["cafef"],
  "DW Tiếng Việt": ["dw tieng viet", "dw", "dw com", "deutsche welle", "deutsche welle tieng viet"],
  "NHK World Tiếng Việt": ["nhk world tieng viet", "nhk world japan", "nhk world"],
  // China Radio International's Vietnamese service, which alone names the station in Vietnamese
  "CRI Tiếng Việt": ["cri tieng viet", "dai phat thanh quoc te trung quoc", "cri online tieng viet"],
  "The Guardian": ["the guardian", "guardian", "guardian news media"], // its publisher, as the copyright line names it
  CNN: ["cnn", "cnn com"],
  "Al Jazeera": ["al jazeera", "al jazeera english", "aljazeera"],
  "Kyodo News": ["kyodo news", "kyodo news plus"],
  TASS: ["tass", "tass com", "hang thong tan tass"],
  "KCNA Watch": ["kcna watch"],
  "BBC News": ["bbc news", "bbc"],
  "The New York Times": ["the new york times", "new york times"],
  "The Washington Post": ["the washington post", "washington post"],
  "The Japan Times": ["the japan times", "japan times"],
  "South China Morning Post": ["south china morning post", "scmp"],
  "Nikkei Asia": ["nikkei asia"],
  "The Korea Times": ["the korea times", "korea times"],
  "Global Times": ["global times"],
  Xinhua: ["xinhua", "xinhua net", "tan hoa xa"],
  "RIA Novosti": ["ria novosti"],
  Bloomberg: ["bloomberg"],
  // English outlets of Asia and its neighbours, with their domains' names ("hani" for english.hani.co.kr)
  "The Hankyoreh": ["hankyoreh", "the hankyoreh", "hani", "hankyoreh english edition"],
  "The Chosun Ilbo": ["the chosun ilbo", "chosun ilbo", "chosun", "chosun english", "chosun com"],
  "The Dong-A Ilbo": ["the dong a ilbo", "dong a ilbo", "donga", "donga com"],
  "The Asahi Shimbun": ["the asahi shimbun", "asahi shimbun", "asahi", "asahi com", "the asahi shimbun asia japan watch"],
  "The Mainichi": ["the mainichi", "mainichi", "the mainichi newspapers", "mainichi shimbun", "mainichi jp"],
  "The Yomiuri Shimbun": ["the yomiuri shimbun", "yomiuri shimbun", "yomiuri", "japan news"],
  "Japan Today": ["japan today", "japantoday"],
  "The Jakarta Post": ["the jakarta post", "jakarta post", "thejakartapost"],
  "Jakarta Globe": ["jakarta globe", "jakartaglobe"],
  "Khmer Times": ["khmer times", "khmertimeskh", "khmertimes"],
  "The Phnom Penh Post": ["the phnom penh post", "phnom penh post", "phnompenhpost"],
  "Philippine Daily Inquirer": ["philippine daily inquirer", "inquirer", "inquirer net", "daily inquirer"],
  "Dawn": ["dawn", "dawn com"],
  "The Hindu": ["the hindu", "thehindu"],
  "Asia Times": ["asia times", "asiatimes"],
  "Kyiv Post": ["kyiv post", "kyivpost"],
  "The Kyiv Independent": ["the kyiv independent", "kyiv independent", "kyivindependent"],
  "Novaya Gazeta Europe": ["novaya gazeta europe", "novayagazeta", "novaya gazeta"],
  "The Moscow Times": ["the moscow times", "moscow times", "themoscowtimes"],
  Meduza: ["meduza"],
  "The Straits Times": ["the straits times", "straits times", "straitstimes"],
  CNA: ["cna", "channel newsasia", "channelnewsasia"],
  "Bangkok Post": ["bangkok post", "bangkokpost"],
  "The Diplomat": ["the diplomat", "thediplomat"],
  "Korea.net": ["korea net", "koreanet"],
  "News.Az": ["news az", "newsaz"],
  Montsame: ["montsame", "montsame news agency", "montsame mn"],
  // Cuba's wire in its English service (plenglish.com): "Wonsan, DPRK, Jul 12 (Prensa Latina) …"
  "Prensa Latina": ["prensa latina", "plenglish", "prensa latina english"],
  "Taipei Times": ["taipei times", "taipeitimes"],
  "Focus Taiwan": ["focus taiwan", "focustaiwan"],
  "The Hankook Ilbo": ["hankook ilbo", "the hankook ilbo"],
  "Arirang News": ["arirang", "arirang news"],
  // Vietnamese papers with their domains ("baolaichau" for baolaichau.vn)
  "Báo Lai Châu": ["bao lai chau", "baolaichau"],
  "Báo Lào Cai": ["bao lao cai", "baolaocai"],
  "Báo Gia Lai": ["bao gia lai", "baogialai"],
  "Báo Cà Mau": ["bao ca mau", "baocamau"],
  "Báo Đắk Lắk": ["bao dak lak", "baodaklak"],
  "Báo Lâm Đồng": ["bao lam dong", "baolamdong"],
  "Báo Bắc Ninh": ["bao bac ninh", "baobacninh"],
  "Báo Hưng Yên": ["bao hung yen", "baohungyen"],
  "Báo Thanh Hóa": ["bao thanh hoa", "baothanhhoa"],
  "Báo Hà Tĩnh": ["bao ha tinh", "baohatinh"],
  "Báo Quảng Ngãi": ["bao quang ngai", "baoquangngai"],
  "Báo Đại biểu Nhân dân": ["bao dai bieu nhan dan", "dai bieu nhan dan", "daibieunhandan"],
  "Báo Sức khỏe & Đời sống": ["bao suc khoe doi song", "suc khoe doi song", "suc khoe va doi song", "bao suc khoe va doi song", "suckhoedoisong", "skds"],
  "Báo Giáo dục và Thời đại": ["bao giao duc va thoi dai", "giao duc va thoi dai", "giao duc thoi dai", "giaoducthoidai", "gd td"],
  "Báo Dân tộc và Phát triển": ["bao dan toc va phat trien", "dan toc va phat trien", "baodantoc"],
  "Báo Tổ Quốc": ["bao to quoc", "toquoc"],
  "Báo Biên phòng": ["bao bien phong", "bienphong"],
  "Báo Văn hóa": ["bao van hoa", "baovanhoa"],
  "Báo Pháp luật Việt Nam": ["bao phap luat viet nam", "baophapluat"],
  "Báo Đầu tư": ["bao dau tu", "baodautu"],
  VietTimes: ["viettimes", "viet times"],
  "Tạp chí Tài chính": ["tap chi tai chinh", "tapchitaichinh"],
  Vnews: ["vnews", "vnews gov"],
  "Báo Mới": ["bao moi", "baomoi"],
  // the foreign ministry's paper, its "&" written out or its initials ("Báo Thế giới và Việt Nam", "TG&VN", baoquocte.vn)
  "Báo Thế giới & Việt Nam": ["the gioi va viet nam", "bao the gioi va viet nam", "tg vn", "tgvn", "baoquocte"],
};
/**
 * The broadcasters whose bare names the lexicon reads as their Vietnamese service ("DW", "NHK World"): on a page in
 * another language the name is the service's own, as its English pages print it.
 */
const MAIN_SERVICE: Record<string, string> = { "DW Tiếng Việt": "DW", "NHK World Tiếng Việt": "NHK WORLD-JAPAN" };
/** An outlet as a page in `language` names it: a Vietnamese service's name only on a Vietnamese page. */
export function outletInLanguage(outlet: string | null, language: string): string | null {
  return outlet !== null && language !== "vi" ? (MAIN_SERVICE[outlet] ?? outlet) : outlet;
}
const outletLookup = new Map<string, string>();
for (const [name, aliases] of Object.entries(OUTLETS)) for (const a of [foldForMatch(name), ...aliases]) outletLookup.set(a, name);

/** A domain's public ending (".com.vn", ".co.kr", ".com", …), stripped when a domain is looked up as a name. */
const DOMAIN_END = new RegExp("\\.(?:com\\.vn|gov\\.vn|org\\.vn|net\\.vn|vn|com\\.(?:kh|pk|ph|ua|au)|co\\.(?:kr|jp|id|uk)|or\\.kr|or\\.jp|com|net|org|info|jp|kr|eu|az|mn|kh|id|ph|pk|ru|ua)$", "i");

/**
 * The outlet a province made in 2025 of its paper and its radio-television station, by the name's form: "Báo và Phát
 * thanh, Truyền hình Lào Cai", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU", "Báo và PT-TH Đắk Lắk". The province: one to
 * four capitalised words.
 */
const PAPER_AND_STATION = new RegExp(String.raw`^${caseless(String.raw`báo và (?:phát thanh,? (?:và |- )?truyền hình|pt-th|ptth)`)}\s((?:[\p{Lu}][\p{L}-]*)(?:\s[\p{Lu}][\p{L}-]*){0,3})$`, "u");
/** The province whose paper and station an outlet's name says it is ("Lào Cai"), in running case, or null. */
export function provinceOfPaperAndStation(name: string): string | null {
  const province = name.length <= 80 ? PAPER_AND_STATION.exec(name.trim())?.[1] : undefined;
  if (!province || !/^[\p{Lu}]/u.test(province) || province.split(/\s/).some((w) => !/^[\p{Lu}]/u.test(w))) return null;
  return province.replace(/[\p{L}]+/gu, (w) => (w[0] ?? "") + w.slice(1).toLowerCase());
}
function paperAndStation(name: string): string | null {
  const province = provinceOfPaperAndStation(name);
  return province ? `Báo và Phát thanh, Truyền hình ${province}` : null;
}

/**
 * A province's or a city's radio and television station by its name's form, as stations named themselves before
 * 2025's mergers and some still do: "Đài Phát thanh và Truyền hình Trà Vinh", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÀ RỊA -
 * VŨNG TÀU", "Đài Phát thanh - Truyền hình Phú Yên", "Đài Phát thanh, Truyền hình Cần Thơ", "Đài PT-TH Sóc Trăng", "Đài
 * PT&TH TP Cần Thơ". The place: one to five capitalised words, a dash between two of them ("Bà Rịa - Vũng Tàu"), its
 * kind before it ("TP", "thành phố", "tỉnh") no part of it, as the stations' names leave it out.
 */
const STATION_NAME = new RegExp(String.raw`^${caseless(String.raw`đài (phát thanh(?:\s?[-–]\s?|\svà\s|,\s|\s)truyền hình|pt-th|ptth|pt\s?&\s?th)`)}\s(?:(?:${caseless(String.raw`tp\.?|thành phố|tỉnh`)})\s)?([\p{Lu}][\p{L}-]*(?:(?:\s|\s[-–]\s)[\p{Lu}][\p{L}-]*){0,4})\.?$`, "u");
export interface StationName {
  /** The name as printed, without a full stop after it. */
  printed: string;
  /** The place, as printed. */
  place: string;
  /** In running case, the abbreviation spelt out: "Đài Phát thanh và Truyền hình Sóc Trăng". */
  running: string;
}
/** A provincial radio-television station's name (STATION_NAME) alone, or null. */
export function stationName(name: string): StationName | null {
  const trimmed = name.trim();
  const m = trimmed.length <= 80 ? STATION_NAME.exec(trimmed) : null;
  const place = m?.[2];
  // (the place's words each capitalised, as the pattern, read without regard to case for the kind's words, cannot tell)
  if (!m?.[1] || !place || place.split(/\s/).some((w) => !/^[\p{Lu}–-]/u.test(w))) return null;
  const kind = m[1].toLowerCase();
  const sep = /^pt(?:-|\s?&\s?)?th$/.test(kind) ? " và" : /thanh\s?[-–]\s?truyền/.test(kind) ? ` ${/[-–]/.exec(kind)?.[0] ?? "-"}` : (/thanh( và|,)? truyền/.exec(kind)?.[1] ?? "");
  const running = `Đài Phát thanh${sep} Truyền hình ${place.replace(/[\p{L}]+/gu, (w) => (w[0] ?? "") + w.slice(1).toLowerCase())}`;
  return { printed: trimmed.replace(/\.$/, ""), place, running };
}

/** The canonical outlet for a name as printed in a header, a lead code or og:site_name, or null. */
const BYLINE_LABEL_FIRST = /^(?:by|bởi|par|written by|reported by|(?:tác giả|author|phóng viên|reporter)\s?:)\s/iu;
export function lookupOutlet(name: string): string | null {
  if (name.length > 60) return null;
  const merged = name.length >= 20 ? paperAndStation(name) : null;
  if (merged) return merged;
  const known = outletLookup.get(foldForMatch(name));
  if (known !== undefined) return known;
  const station = name.length >= 12 ? stationName(name) : null;
  if (station) return station.running;
  const unsuffixed = name.replace(/\s+(?:online|điện tử|dien tu|\+)$/i, "");
  const bare = unsuffixed
    .replace(/^(?:báo điện tử|báo|bao|tạp chí|trang tin điện tử)\s+/i, "")
    .replace(/^(?:www\.)/i, "")
    .replace(DOMAIN_END, "");
  const f = foldForMatch(bare);
  // "Báo Quảng Ninh điện tử", "BÁO ĐIỆN TỬ CHÍNH PHỦ": the paper's name with or without "Báo"; a name printed without
  // "Báo" is not retried with it ("Quốc tế", "Tin tức" are section labels, not Báo Quốc tế or Báo Tin tức)
  const hadPrefix = bare.length < unsuffixed.replace(/^(?:www\.)/i, "").replace(DOMAIN_END, "").length;
  const exact = outletLookup.get(foldForMatch(name));
  if (exact !== undefined) return exact;
  const found = outletLookup.get(f) ?? (hadPrefix ? outletLookup.get(`bao ${f}`) : undefined) ?? null;
  // "Tạp chí Thanh niên", "Tạp chí Công an nhân dân": a magazine named as a paper the lexicon knows is another outlet
  // than that paper ("Báo Thanh Niên", "Báo Công an nhân dân"), unless the lexicon knows the magazine by that name
  if (found !== null && /^tạp chí\s/iu.test(unsuffixed) && outletLookup.get(`bao ${f}`) === found && !/^tạp chí\s/iu.test(found)) return null;
  if (found !== null) return found;
  // a name with its other spelling in brackets ("Vietnam+ (VietnamPlus)", "Đài Á Châu Tự Do (RFA)"): either one known
  // (a byline's label before the first names a writer, and the brackets the writer's wire or place: "By Anna Park (Yonhap)")
  const aka = /^([^()]{2,40}?)\s*\(([^()]{2,40})\)$/u.exec(name.trim());
  return aka?.[1] && aka[2] && !BYLINE_LABEL_FIRST.test(aka[1]) ? (lookupOutlet(aka[2]) ?? lookupOutlet(aka[1])) : null;
}

/** The host of an http(s) address without "www." / "m." / "amp.", lower case ("english.hani.co.kr"), or null. */
export function hostOf(url: string): string | null {
  const m = /^https?:\/\/(?:(?:www\d?|m|amp|mobile)\.)?([^/:?#\s]{3,100})/i.exec(url);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The outlet the lexicon knows for a host, tried without its leading labels ("english.hani.co.kr" → "hani.co.kr"). */
export function outletFromHost(host: string): string | null {
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1 && i < 4; i++) {
    const found = lookupOutlet(labels.slice(i).join("."));
    if (found) return found;
  }
  return null;
}

/** The domain's own name: its registrable label(s) without the public ending ("baolaichau.vn" → "baolaichau"). */
function domainNames(host: string): string[] {
  const bare = host.slice(0, host.length - publicEnd(host).length);
  const labels = bare.split(".").filter((l) => l.length >= 3 && !/^(?:www\d?|m|amp|mobile|english|en|vn|vi|news|edition|global)$/.test(l));
  return labels.map((l) => l.replace(/-/g, ""));
}

const letters = (name: string): string => foldForMatch(name).replace(/\s+/g, "");

/** A name's initials, its kind ("báo", "tạp chí", "the") aside: "Báo Công an Đà Nẵng" → "cadn". */
const initialsOf = (words: readonly string[]): string => {
  const from = words[0] === "bao" || words[0] === "the" ? 1 : words[0] === "tap" && words[1] === "chi" ? 2 : 0;
  return words.slice(from).map((w) => w[0] ?? "").join("");
};

/**
 * Does the page's domain spell this name? "Báo Lai Châu" / baolaichau.vn, "Khmer Times" / khmertimeskh.com,
 * "The Jakarta Post" / thejakartapost.com, "The Asahi Shimbun" / asahi.com: the name's letters and the domain's
 * label equal, or one starts with the other (a country code or "the"/"báo" left over), or the label is one of the
 * name's words (at least four letters), or its initials ("Công an Đà Nẵng" / cadn.com.vn, four letters or more).
 */
/** A paper's kind before its name, its letters run together as letters() leaves them: "bao", "tapchi", "tuanbao", "nhatbao", "nguyetsan". */
const PAPER_KIND_LETTERS = /^(?:the|bao|tapchi|tuanbao|nhatbao|nguyetsan|bannguyetsan|tapsan)(?=.{3})/;
export function domainSpells(name: string, host: string): boolean {
  // a line that holds a web address ("Link: https://www.example.com/…") holds the host's words, and names no one
  if (/[a-z]:\/\//i.test(name)) return false;
  // the paper and station a province made in 2025 kept its paper's address ("Báo và Phát thanh, Truyền hình Đồng
  // Tháp" / baodongthap.vn)
  const province = provinceOfPaperAndStation(name);
  if (province && domainSpells(`Báo ${province}`, host)) return true;
  const l = letters(name);
  if (l.length < 3) return false;
  // "Báo Bình Định điện tử" spells baobinhdinh.vn: an edition word after the name ("điện tử", "online") is no part of it
  const bare = l.replace(/(?:dientu|online)$/, "");
  // (and a kind before it: "Báo", "Tạp chí", "Tuần báo", "Nhật báo", "Nguyệt san" – "Tuần báo Việt Âu Praha" / vietaupraha.cz)
  const variants = [l, l.replace(PAPER_KIND_LETTERS, ""), bare, bare.replace(PAPER_KIND_LETTERS, "")];
  const words = foldForMatch(name).split(" ");
  for (const label of domainNames(host)) {
    // the host's edition word after the name is no part of it either ("Báo Trẻ" / baotreonline.com)
    const edition = /.{3}(?:online|dientu)$/.test(label) ? label.replace(/(?:online|dientu)$/, "") : null;
    if (edition !== null && variants.includes(edition)) return true;
    for (const v of variants) {
      if (v.length < 3) continue;
      if (v === label) return true;
      const [short, long] = v.length <= label.length ? [v, label] : [label, v];
      if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3) return true;
    }
    if (label.length >= 4 && words.includes(label)) return true;
    if (label.length >= 4 && label === initialsOf(words)) return true; // "Công an Đà Nẵng" / cadn.com.vn
    if (label.length === 3 && words[0] === label && words.length <= 3) return true; // "ABC News" / abc.net.au, "Yle News" / yle.fi
    if (wordsLeftOut(words, label)) return true; // "Corrib Public Radio" / corribradio.ie
  }
  return false;
}

/**
 * Is the label the name's words run together with one or two of its middle words left out: "Corrib Public Radio" /
 * corribradio, "Air Combat Intelligence Weekly" / aircombatweekly? The first and the last word stay (the name's own
 * word and its kind), two words at least are kept, and they hold half the name's letters or more.
 */
function wordsLeftOut(words: readonly string[], label: string): boolean {
  const own = words[0] === "the" ? words.slice(1) : words;
  if (own.length < 3 || own.length > 6 || label.length < 8) return false;
  const first = own[0] as string;
  const last = own[own.length - 1] as string;
  if (!label.startsWith(first) || !label.endsWith(last) || first.length + last.length > label.length) return false;
  const middle = own.slice(1, -1);
  const inner = label.slice(first.length, label.length - last.length);
  // the middle words kept, in order, spell the rest: at most two left out
  const keeps = (at: number, rest: string, dropped: number): boolean => {
    if (at === middle.length) return rest === "" && dropped >= 1 && dropped <= 2;
    const w = middle[at] as string;
    return (rest.startsWith(w) && keeps(at + 1, rest.slice(w.length), dropped)) || keeps(at + 1, rest, dropped + 1);
  };
  return keeps(0, inner, 0) && label.length * 2 >= own.join("").length;
}

/** A country's generic second level (".co.tt", ".com.ng", ".org.za", ".gov.jm", ".ac.nz"): the domain's public end, not its name. */
const COUNTRY_SECOND_LEVEL = /\.(?:co|com|org|net|gov|govt|edu|ac|or|ne|go|gob|nic|mil|news)\.[a-z]{2}$/i;

/**
 * A host's public end, the longer reading: the endings the desk knows ("com.vn", "co.kr", "vn") or a country's generic
 * second level ("edu.vn", "go.kr", "ac.uk"), else its last label. "fl.hcmus.edu.vn" ends in "edu.vn", not "vn".
 */
function publicEnd(host: string): string {
  const known = DOMAIN_END.exec(host)?.[0] ?? "";
  const second = COUNTRY_SECOND_LEVEL.exec(host)?.[0] ?? "";
  const end = second.length > known.length ? second : known;
  return end || `.${host.split(".").pop() ?? ""}`;
}

/**
 * The outlet a page's address names: the lexicon's (outletFromHost), else the first of the names the page prints
 * for itself (masthead, copyright line, logo) that the domain spells, else (orDomain) the registrable domain itself
 * ("vnews.gov.vn") rather than nothing.
 */
export function outletFromAddress(url: string, printed: (string | null | undefined)[] = [], orDomain = true): string | null {
  const host = hostOf(url);
  if (!host || /^(?:\d+\.){3}\d+$/.test(host)) return null;
  const known = outletFromHost(host);
  if (known) return known;
  for (const name of printed) if (name && name.length <= 60 && domainSpells(name, host)) return lookupOutlet(name) ?? name;
  if (!orDomain) return null;
  const end = publicEnd(host);
  const registrable = host.slice(0, host.length - end.length).split(".").pop();
  return registrable ? `${registrable}${end}` : null;
}

/** "TTO -", "(Dân trí) -", "QĐND Online -", "(NLĐO) -", "ĐNO -", "MATXCƠVA (Sputnik) -", "SEOUL, Sept. 22 (Yonhap) --". */
const LEAD_CODE = /^(?:\(([\p{L}\d+ .]{2,24})\)|([\p{Lu}Đ][\p{Lu}Đ. ]{1,14}(?: Online)?|[\p{Lu}\d][\p{L}\d]{1,20}(?:\.[\p{L}]{2,3}){0,2}))\s*[-–—]{1,2}\s*\S/u;
// (a Vietnamese dateline prints its day in figures: "Bình Nhưỡng, 4/12 (Tân Hoa xã) -")
const LEAD_DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .,'-]{1,40}?(?:[,.]\s*(?:[\p{L}.]+\s*\d{0,2}|\d{1,2}\s[\p{L}.]{3,10}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?))?\s*\(([\p{L} +/]{2,30})\)\.?\s*[-–—]{1,2}\s*\S/u;

/**
 * A dateline with its day and the wire in brackets, no dash after it, as India's agencies print it ("Seoul, Dec 3 (IANS)
 * South Korea's …", "New Delhi [India], Dec 3 (ANI): …") and Latin America's ("Wonsan, DPRK, Jul 12 (Prensa Latina)
 * Russian …", the country after the place): the wire only when its initials are a known one's, or its name the
 * lexicon's.
 */
const WIRE_PAREN_DATELINE =
  /^\p{Lu}[\p{L} .'-]{1,30}(?:\s\[[\p{L} ]{2,20}\]|,\s\p{Lu}[\p{L}.'-]{1,20}(?= ?,))?,\s\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}\s\((\p{Lu}{2,8}|\p{Lu}\p{Ll}{1,15}(?: \p{Lu}\p{Ll}{1,15}){0,2})\):?\s\p{Lu}/u;

/** A foreign broadcaster relayed, by its initials or its language service, as a lead's code in brackets ("BBC", "VOA Tiếng Việt"). */
const LEAD_BROADCASTER = /^(BBC|VOA|RFI|RFA|DW)(?: News)?(?: Tiếng Việt| Vietnamese)?$/u;

/** The outlet or agency a lead paragraph credits in its first words ("(Dân trí) - …", "SEOUL (Reuters) - …"). */
export function leadCredit(lead: string): { outlet: string | null; agency: string | null } | null {
  // "VLADIVOSTOK, July 15. /TASS/. …"
  let m = /^[\p{Lu}][\p{Lu}\p{L} .,'-]{1,40}?\d{1,2}\.\s*\/([\p{L}]{2,12})\/\.?\s/u.exec(lead);
  if (m?.[1]) return { outlet: lookupOutlet(m[1]), agency: m[1] };
  m = LEAD_DATELINE.exec(lead);
  if (m?.[1]) {
    const who = m[1].trim();
    return { outlet: lookupOutlet(who), agency: who };
  }
  const wire = WIRE_PAREN_DATELINE.exec(lead)?.[1];
  if (wire && (WIRE_INITIALS.test(wire) || (/[\p{Ll}]/u.test(wire) && lookupOutlet(wire) !== null))) return { outlet: lookupOutlet(wire), agency: wire };
  m = LEAD_CODE.exec(lead);
  const code = (m?.[1] ?? m?.[2] ?? "").trim();
  if (!code) return null;
  // a foreign broadcaster's initials opening a relay's lead ("(BBC) - …", "(VOA) – …"): the broadcaster relayed, the
  // agency, never the outlet (its own pages print no such code)
  const broadcaster = LEAD_BROADCASTER.exec(code)?.[1];
  if (broadcaster) return { outlet: null, agency: broadcaster.toUpperCase() };
  const outlet = lookupOutlet(code);
  return outlet ? { outlet, agency: null } : null;
}

const SECTIONS = new Set(
  [
    "the gioi", "quoc te", "thoi su", "kinh doanh", "kinh te", "xa hoi", "phap luat", "giao duc", "suc khoe", "the thao", "van hoa",
    "giai tri", "cong nghe", "so hoa", "chinh tri", "doi song", "du lich", "khoa hoc", "quan su", "ban doc", "goc nhin", "y kien",
    "trong nuoc", "tin tuc", "chau a", "viet nam", "hoa ky", "dien dan", "phan tich", "tieu diem", "home", "world", "business",
    "politics", "asia pacific", "asia", "north korea", "national", "nation", "news", "international", "opinion", "europe", "americas",
    "technology", "sports", "culture", "latest", "breaking news", "tin moi", "tin nong", "danh muc", "trang chu",
    "giao thong", "quoc phong", "bong da", "song khoe", "tuyen sinh", "do thi", "tin tuc trong ngay", "bat dong san", "xe",
    "phap dinh", "an ninh trat tu", "moi truong", "lao dong", "viec lam", "nong nghiep", "chung khoan", "tai chinh", "the gioi tre",
    "asia pacific", "middle east", "africa", "uk", "us", "china", "japan", "south korea", "environment", "science", "health", "economy",
    "features", "live", "video", "podcast", "tieng viet", "russian politics diplomacy", "world news", "korea", "korean peninsula",
    // (and a paper's entertainment pages and its e-paper, as an Indian daily's menu ends: "… Sports Entertainment ePaper")
    "entertainment", "epaper",
    // kickers that name the page's type, not a person: "PHÓNG SỰ ẢNH", "eMagazine", "Longform", "In pictures", "Explainer"
    "phong su anh", "phong su", "emagazine", "e magazine", "longform", "megastory", "infographic", "infographics", "multimedia",
    "interactive", "truc tiep", "hoi dap", "dong thoi gian", "phong van", "photo story", "photos", "gallery",
    "photo gallery", "in pictures", "pictures", "explainer", "explainers", "analysis", "interview", "timeline", "fact check", "live updates",
    // and a think tank's kinds of page: "Commentary", "News Digest", "Issue Brief", "Op-Ed", "In the News"
    "commentary", "news digest", "issue brief", "policy brief", "op ed", "in the news", "expert commentary", "briefing",
    // a broadcaster's menu: "Trang chủ Thời sự Truyền hình Phát thanh Video"
    "truyen hinh", "phat thanh", "nghe lai", "xem lai", "lich phat song",
    // a local station's or paper's menu: "News Weather Sports Traffic Watch Live Contests", "News Sport Lifestyle Puzzles"
    "weather", "traffic", "watch live", "contests", "sport", "lifestyle", "entertainment", "puzzles",
    // and a regional paper's: "News Sport Business Opinion World Property", "News Sport Farming Business World"
    "property", "farming", "motoring", "rural", "obituaries", "puzzles games",
    // and a public broadcaster's, after its "Just In": "Just In For You Local Weather Listen"
    "just in", "for you", "local", "listen",
    // and an NGO's, a university's or a think tank's news pages: "News & Statements", "Press releases", "News and Events"
    "news statements", "news and statements", "statements", "press releases", "news releases", "media releases",
    "news and events", "news events", "news and media",
  ].map((s) => s),
);

/** Page furniture by its folded form: whole-line patterns. */
const FURNITURE_RE: RegExp[] = [
  /^(?:mo|tai) ung dung\b/,
  // an app's account header: "Tài khoản đã xác thực · 52.318 người quan tâm" (Zalo's official accounts), "Verified account",
  // with its follow button copied onto the line: "Tài khoản chính thức · Quan tâm", "Official account · Follow"
  /^(?:tai khoan (?:da xac thuc|chinh thuc)|verified account|official account)(?: (?:\d{1,3} ){1,4}(?:nguoi quan tam|nguoi theo doi|followers))?(?: (?:quan tam|da quan tam|theo doi|dang theo doi|follow|following))?$/,
  // a body's street address with its telephone last, as a print view's or a portal's header prints it: "Số 27 Láng
  // Thượng, Hà Nội – ĐT: 024 3776 1402"
  /^so \d{1,4}[a-z]? (?:[a-z\d]+ ){1,10}(?:dt|dien thoai|tel) \(?\d{2,4}\)?(?: \d{2,5}){1,4}$/,
  /^theo doi .{2,40} tren\b/,
  /^(?:theo doi|follow) (?:chung toi|us)\b/,
  /^google news$/,
  /^(?:doc nhanh|nghe bai viet|nghe doc bai|doc bai|luu bai|luu|thich|like|follow|theo doi|bookmark|in bai viet|in trang nay|in trang|ban in|gop y|bao loi)$/,
  // a video page's description folded and unfolded: "Hiện thêm", "Ẩn bớt", "Thu gọn"
  /^(?:hien them|an bot|thu gon)$/,
  // a feed reader's buttons under an item, two or more on a line: "Đánh dấu đã đọc · Lưu để đọc sau · Chia sẻ", "Mark as
  // read · Read later · Share"
  /^(?:danh dau (?:la )?(?:da|chua) doc|luu(?: de)? doc sau|mark as (?:un)?read|read later|save for later)(?: (?:danh dau (?:la )?(?:da|chua) doc|luu(?: de)? doc sau|luu|chia se|mo bai goc|xem bai goc|mark as (?:un)?read|read later|save(?: for later)?|share|open original|view original)){1,5}$/,
  // and a reader's button to the item's own page alone under it: "Mở bài gốc", "Open original"
  /^(?:mo bai goc|open original)$/,
  // a printed page's jump line, as an e-paper's text keeps it: "(Xem tiếp trang 8)", "(Tiếp theo trang 1)", "Continued on
  // page A6", "Continued from Page 1"
  /^(?:xem )?tiep (?:theo )?trang \d{1,3}$|^(?:continued|story continues) (?:on|from) (?:page|p) ?[a-z]?\d{1,3}$/,
  // a transcript's note on the text it gives: "(As delivered)", "As prepared for delivery", "Check against delivery",
  // "(Unofficial translation)", "(Bản dịch không chính thức)"
  /^(?:as delivered|as prepared(?: for delivery)?|check against delivery|unofficial translation|ban dich khong chinh thuc)$/,
  // a page's way back: "Quay lại", "Trở về", "Về đầu trang", "Back to top", "Back"
  /^(?:quay lai|quay ve|tro ve|tro lai|ve dau trang|len dau trang|ve trang truoc|back|go back|back to top|back to list|return to list)$/,
  /^(?:\(?\d+\)? )?(?:binh luan|y kien|comments?)(?: \(?\d+\)?)?$/,
  /^(?:gui binh luan|xem binh luan|xem them binh luan|xem y kien|viet binh luan|gui y kien|dang nhap de binh luan)$/,
  /^(?:dang pho bien|doc nhieu|doc nhieu nhat|xem nhieu|xem nhieu nhat|tin chinh|tin moi|tin noi bat|most liked|most read|most viewed|popular|trending|read next|top stories|top news|editor s picks)$/,
  /^\d+ (?:phut|gio|giay|ngay) (?:truoc|doc)$/,
  /^\d+ (?:min|mins|minutes?) (?:read|ago)$/,
  /^(?:\d+|mot|hai) (?:hours?|days?) ago$/,
  /^updated \d+ (?:minutes?|mins?|hours?|hrs?|days?) ago$/, // "Updated 2 hrs ago" (BLOX's short units too)
  /^(?:da )?cap nhat \d+ (?:giay|phut|gio|ngay) truoc$/, // a live page's "Cập nhật 2 phút trước"
  /^powered by\b/,
  /^(?:end|het)$/,
  /^our standards\b/,
  /^purchase licensing rights$/,
  // a share row's buttons, each alone on its line: "Share", "Copy link", "Copy article link", "SMS", "Sao chép liên kết"
  /^(?:share|copy|link copied|copy link|copy (?:article|story|page|the) link|copy url|sms|sao chep lien ket|da sao chep|post|tweet)$/,
  /^(?:keywords?|tags?|tu khoa|chu de)$/,
  /^dong su kien\b/,
  /^tro lai\b/,
  /^(?:ve trang chu|back to top|len dau trang)$/,
  /^(?:bai|tin) (?:lien quan|cung chuyen muc)\b/,
  // an old story's box of older ones: "From our archive", "From the archives", "Từ kho lưu trữ"
  /^(?:from (?:the|our) archives?|tu kho luu tru)$/,
  /^xem them\b/,
  // the same pointer with its invitation: "Mời xem thêm: …", "Mời quý vị xem thêm: …", "Mời độc giả đọc thêm: …"
  /^(?:xin )?moi (?:quy vi |quy doc gia |doc gia |ban doc |ban |cac ban )?(?:xem|doc) them\b/,
  // a summary's pointer to the story it sums up, on another site: "Read it at Reuters", "Read more at The Guardian",
  // "Read the full story at NBC News", "Continue reading at AP News" (a few words after "at", nothing more)
  /^(?:read it|read more|read the (?:full |whole |original )?(?:story|article|report)|continue reading|keep reading) at (?:\S+ ){0,3}\S+$/,
  /^doc tiep\b/,
  /^(?:video|clip)\s*:/,
  /^xem video$/,
  /^(?:quang cao|advertisement|sponsored|ad|sponsor message)$/,
  /^(?:headshot|portrait|profile (?:photo|picture|image)|author (?:photo|image|avatar)|avatar|anh dai dien) (?:of|cua) [\p{L}\d.' -]{2,50}$/u, // an author photo's alt text
  /^(?:read|listen|watch) (?:this (?:article|story) )?in (?:korean|english|chinese|japanese|vietnamese|russian|ukrainian|french|spanish|arabic)$/, // "Read in Korean"
  /^(?:doc|xem|nghe) (?:bai (?:viet )?nay )?bang tieng (?:anh|viet|han|trung|nhat|phap|nga)$/,
  /^lire en (?:francais|anglais|espagnol|allemand)$/, // Le Monde's "Lire en français"
  /^appeared in the .{3,40} print edition\b.{0,140}$/, // "Appeared in the December 4, 2026, print edition as '…'."
  /^(?:email cua ban se khong duoc hien thi cong khai|your email address will not be published)\b.{0,100}$/, // a comment form's notice
  /^please (?:direct|send) (?:any )?(?:comments|questions|feedback)\b.{0,120}$/,
  /^(?:ho ten|ho va ten|ten cua ban|your name|email|e mail|gui|send|submit|noi dung binh luan|viet binh luan cua ban)$/, // a comment form's labels
  // a donation box's heading: "Support independent journalism", "Support independent media in Myanmar", "Support free press"
  /^(?:we need your help|support (?:independent|quality|our|free|local) (?:journalism|media|news|reporting|press)(?: in [a-z]{2,20}(?: [a-z]{2,20}){0,2})?|support (?:a )?free press|become a (?:member|supporter|subscriber))$/,
  /^\S+@\S+\.\w{2,}$/,
  /^(?:#[\p{L}\d]+ ?){1,}$/u,
  /^(?:\S+ ){0,6}contributed to this report$/,
  // a news app's invitation under the story it shares: "Get local news you can trust. Download Lumen Local for free."
  /^(?:[a-z' ]{2,60} )?download (?:the )?(?:\S+ ){1,4}(?:app )?(?:for free|free|now|today)$/,
  // a comparison site's or a portal's premium trial: "See every side of every story. Try Parallax Premium free for 14 days."
  /^(?:[a-z' ]{2,60} )?try (?:\S+ ){1,4}(?:free for \d{1,2} (?:days|weeks|months)|for free|free)$/,
  // a staff story's credit to wires it does not name: "— with wire services", "With files from wire services"
  /^(?:with|with files from|with reporting from|and) (?:wire services|wires|the wires|news agencies|agencies|wire reports)$/,
  /^(?:associated press|ap) (?:writers?|reporters?|journalists?) .{2,80} contributed to this report$/,
  /^(?:tai ve|download) (?:ung dung|app)\b/,
  /^(?:dang ky|subscribe|sign up|dang nhap|login|log in|sign in)$/,
  /^(?:listen to (?:this )?article|nghe (?:doc )?bai (?:viet|bao)|nghe ban tin|audio|play|pause)$/,
  /^\d+ (?:mins?|minutes?|phut)$/,
  /^(?:click here to )?share (?:this|on|to) (?:article|story|social media|facebook|twitter|x)\b/,
  /^click here to share\b/,
  /^(?:share|save|chia se|luu)\d*$/,
  /^(?:subscribe|follow|theo doi|dang ky)\b.{0,40}\b(?:on|tren|qua) (?:telegram|facebook|zalo|google news|youtube|x|twitter|instagram|tiktok)$/,
  /^(?:nguon|source|link) link nguon$/,
  /^(?:lay link|link bai goc|link goc|copy link|sao chep link)$/,
  // (and the tabloid's "Jump directly to the content", "Jump to main content")
  /^(?:skip (?:to|links)|jump (?:directly )?to (?:the )?(?:main )?(?:content|navigation|menu)|chuyen (?:den|toi) (?:noi dung|menu|phan))\b/,
  /^(?:reuse this content|ad feedback|paid links?|paid content|support the \w+|print this page|email this|report an error)$/,
  /^(?:dang ky nhan tin|lien he quang cao|lien he|gui bai|gui tin|nhan tin qua email)$/,
  /^(?:previous|next|bai truoc|bai sau|tin truoc|tin sau)$/,
  /^(?:log in|login|sign in|dang nhap) (?:to|de) (?:comment|binh luan)$/,
  /^(?:sign up|subscribe) (?:now|for|to)\b.{0,40}$/,
  /^(?:mo|open|mo app|open app|open in app|get the app|install)$/, // an app banner's button
  /^(?:luot xem|luot doc|views?|da xem|reads?)\s*\d[\d ]*$/, // "Lượt xem: 845"
  /^\d[\d ]* (?:luot xem|luot doc|views?|reads?)$/,
  /^(?:ve dau trang|len dau|top|scroll to top|go to top)$/,
  // a long read's prompt on its cover: "Cuộn xuống để đọc", "Kéo xuống để xem tiếp", "Scroll down to read"
  /^(?:cuon|keo|vuot) (?:xuong|chuot) (?:de|va) (?:doc|xem)(?: tiep| bai| bai viet| noi dung)?$/,
  /^(?:scroll|swipe) (?:down )?(?:to|and) (?:read|continue|begin|start|explore)(?: the story| reading)?$/,
  /^(?:facebook|x|twitter|instagram|youtube|tiktok|telegram|threads|zalo|linkedin) @?[\p{L}\d_ ]{2,40}(?: com)?$/u, // "Facebook : @bernamaofficial" (folded)
  /^(?:email address|e mail address|your email|enter your email|nhap email(?: cua ban)?|dia chi email|email cua ban)$/,
  /^(?:gift (?:this )?article|tang bai viet|save (?:this )?article|save for later)$/,
  /^(?:learn|read|see|show|load|view) more$/,
  /^(?:do you like|did you like|did you find|was this (?:article|story) (?:helpful|useful)|ban thay bai viet)\b.{0,60}$/,
  /^(?:newspaper )?section (?:news|\w+)$/, // "NEWSPAPER SECTION: News"
  /^join (?:\S+ ){0,3}(?:telegram|whatsapp|zalo) (?:channel|group)\b.{0,80}$/,
  // a newsletter pasted from e-mail: its envelope and the mailing list's footer
  /^(?:view|read|open)(?: (?:this|the) (?:email|e mail|newsletter|alert|message))? (?:in|on) (?:your |a |the )?(?:browser|web)\b.{0,20}$/,
  /^(?:xem|doc)(?: (?:email|ban tin|thu)(?: nay)?)? tren trinh duyet$/,
  // the same pointer asked as a question: "Không xem được email này? Xem trên trình duyệt", "Having trouble viewing
  // this email? View it in your browser", "Email not displaying correctly? View it online"
  /^(?:khong xem duoc|khong doc duoc|email khong hien thi(?: dung)?|(?:having )?trouble viewing|can t see|cannot see|email not displaying(?: correctly)?|not displaying correctly)\b.{0,40}\b(?:trinh duyet|browser|online|on the web)$/,
  // a reading time: "3 mins to read", "4 min read", "5 phút đọc", "Reading time: 3 min", "Thời gian đọc: 5 phút"
  /^\d{1,3} (?:mins?|minutes?|phut) (?:to read|read|doc|de doc)$/,
  /^(?:reading time|read time|thoi gian doc) \d{1,3} (?:mins?|minutes?|phut)$/,
  // a membership's welcome in the page ("You're all set to enjoy unlimited Prime content.")
  /^you (?:re|are) all set to (?:enjoy|read|access)\b.{0,60}$/,
  /^you (?:are|re) receiving this (?:email|e mail|newsletter|message)\b.{0,120}$/,
  // the same in Vietnamese: "Bạn nhận được thư này vì đã đăng ký Bản tin X. Hủy đăng ký | Quản lý tùy chọn", "Quý
  // độc giả nhận được email này do đã đăng ký nhận bản tin …"
  /^(?:ban|quy (?:doc gia|vi|ban doc)) (?:nhan duoc|dang nhan) (?:thu|email|ban tin)(?: nay)? (?:vi|do|boi vi) (?:da |dang )?dang ky (?:nhan )?(?:ban tin|email|thu|tin)\b.{0,140}$/,
  /^(?:unsubscribe|update (?:your )?(?:preferences|subscription)|manage (?:your )?(?:preferences|subscription)|huy dang ky)(?: (?:unsubscribe|update (?:your )?(?:preferences|subscription)|manage (?:your )?(?:preferences|subscription)))*$/,
  /^(?:forward (?:this|to a friend)|chuyen tiep (?:email|thu) nay)\b.{0,30}$/,
  // a meter or membership prompt inside the text
  /^you (?:ve|have) (?:reached|read|used) (?:your|all your|the) (?:limit|last|\d+|one|free)\b.{0,60}$/,
  /^(?:get|unlock|enjoy) (?:unlimited|full|digital|ad free) access\b.{0,40}$/,
  /^you can cancel (?:at )?any ?time$/,
  /^(?:\S+ ){1,3}members get exclusive\b.{0,60}$/,
  /^(?:support|back) (?:\S+ ){1,3}or become (?:our|a) (?:patron|member|supporter)\b.{0,20}$/,
  /^read more (?:on|about) (?:these|this) topics?$/,
  /^(?:similar|related|latest|more|other|recent) (?:news|stories|articles|posts|reads|links|videos|photos|galleries)$/,
  /^(?:you (?:may|might) (?:also )?like|archive|archives|prev|prev next|previous next|tin khac|tin cung loai)$/,
  /^(?:japanese|english|korean|chinese|vietnamese|russian|french|spanish) (?:version|original|edition)$/,
  /^(?:su|mo|tu|we|th|fr|sa)(?: (?:su|mo|tu|we|th|fr|sa)){6}$/, // a month calendar's weekday row
  /^(?:t2|t3|t4|t5|t6|t7|cn)(?: (?:t2|t3|t4|t5|t6|t7|cn)){6}$/,
  /^all rights reserved\b.{0,160}$/,
  // appeals for support and follow prompts inside the text ("We rely on advertising to help fund our journalism.",
  // "Like us on Facebook to get …"; the appeals a quote could open are in FURNITURE_RAW)
  /^we (?:rely|depend) on (?:advertising|ads|readers|our readers|your support|subscriptions)\b.{0,100}$/,
  /^(?:like|follow|find) us on (?:facebook|x|twitter|instagram|telegram|youtube|tiktok|zalo|linkedin|whatsapp|threads)\b.{0,80}$/,
  /^(?:get|read|catch) (?:the )?latest (?:\S+ ){0,3}news along with\b.{0,120}$/, // "Get Latest World News along with Latest News and Top Headlines …"
  // an article's service links: "Request Reprint & Licensing", "Submit Correction", "View Editorial Guidelines"
  /^(?:request (?:a )?reprints?(?: licensing)?|submit (?:a )?corrections?|view (?:our )?editorial (?:guidelines|standards|policy)|(?:\S+ ){1,3}is a trust project member)$/,
  /^(?:read later|save to read later|doc sau|luu doc sau)$/,
  // a broadcaster's and a portal's prompts: "Add CBS News on Google", "Be the first to know", "Get browser
  // notifications for breaking news …", "Get the RNZ app", "Track Latest News Live on NDTV.com …", "Show full article",
  // "Don't miss these insights from CNBC PRO", "Share this", "Share via email"
  /^add (?:\S+ ){1,4}on google$/,
  /^be the first to know$/,
  /^get (?:browser|push|desktop) notifications\b.{0,100}$/,
  /^get the (?:\S+ ){1,3}app\b.{0,40}$/,
  /^track latest news\b.{0,100}$/,
  /^show (?:full|whole|entire) (?:article|story)$/,
  /^don t miss (?:these|this|our) (?:insights|stories|updates|deals)\b.{0,40}$/,
  /^share (?:this|via (?:email|e mail|facebook|twitter|x|whatsapp|linkedin|sms))$/,
  // an AI summary's label and note: "AI summary", "Summary is AI-generated, newsroom-reviewed.", "This summary was
  // generated with the help of AI and reviewed by an editor."
  /^(?:ai (?:generated )?summary|summary by ai|tom tat (?:bang|boi) ai|ai tom tat)$/,
  /^(?:this )?summary (?:is|was) (?:ai generated|generated (?:by|with|using) (?:the help of )?(?:ai|artificial intelligence))\b.{0,80}$/,
  /^quick reads$/,
  // a syndicated story's notice: "(Except for the headline, this story has not been edited by NDTV staff and is
  // published from a syndicated feed.)"
  /^except for the headline this story has not been edited by\b.{0,100}$/,
  // a wire's terms under a partner's copy: "Jiji Press articles are published with permission. Unauthorized
  // reproduction is prohibited."
  /^(?:\S+ ){1,3}articles are (?:published|used|reproduced) with permission\b.{0,80}$/,
  /^(?:get|read) the latest (?:\S+ ){0,3}(?:news|updates) on (?:\S+ ){1,4}along with\b.{0,100}$/, // "Get the latest lifestyle updates on Times of India, along with …"
  /^short (?:url|link)$/,
  /^(?:prev|previous|next) page$/, // an e-paper's page buttons
  /^follow (?:this|the) (?:page|story|thread|live blog|blog|live page) for (?:the latest |more )?updates\b.{0,80}$/, // a live page's note
  /^(?:feedback|send feedback|gui phan hoi|phan hoi)$/, // a portal's feedback button
  /^(?:press|news|media) release$|^press summary$|^thong cao bao chi$/, // a release's or a court's summary's label, never a byline
  // a release's embargo line ("For immediate release", "Embargoed until 00:01 GMT, 12 November"), a press desk's
  // contact ("Contact the press desk: +47 …"), a statement page's way back to its list ("Back to News", "Back to press
  // releases")
  /^for immediate release$|^embargoed (?:until|to) .{1,40}$/,
  /^contact (?:the |our )?(?:press|media) (?:desk|office|team|service)\b.{0,60}$/,
  /^back to (?:the )?(?:all )?(?:news|latest news|news list|press releases|news releases|media releases|statements|releases)$/,
  // a print view's buttons ("Print this article   Close window", "Print | Close window", "Close this window")
  // ("Print   Close": "close" alone after the print button)
  /^(?:print(?: this (?:article|page|story))?|close(?: this)? window)(?: (?:print(?: this (?:article|page|story))?|close(?: this)? window|close))*$/,
  // a reader app's pointer to the page it saved ("Read on the original site", "View original page")
  /^(?:read|view|open)(?: it)? (?:on|at) the original (?:site|page|website|article)$|^view original (?:page|article|site)$/,
  // a reader app's name alone under the text it saved, or its note of where the copy came from ("Instapaper", "Saved
  // with Pocket", "Shared from Flipboard")
  /^instapaper$|^(?:saved|shared|sent) (?:with|to|from|via) (?:instapaper|pocket|flipboard|apple news)$/,
  // a newsletter e-mail's reason under the issue ("You are receiving this because you subscribed to …", "You're
  // receiving this email because you signed up …")
  /^you (?:are|re) receiving this(?: e ?mail| newsletter| message)? because you\b.{0,100}$/,
  // a parliament committee's page: the meeting's video and its members' list ("Watch the meeting on Oireachtas TV",
  // "Watch the hearing live", "Committee members")
  /^watch (?:the )?(?:meeting|hearing|session|sitting|debate)(?: (?:again|live))?(?: on (?:\S+ ){1,3}\S+)?$/,
  /^(?:committee|panel|sub ?committee) (?:members|membership)$/,
  /^(?:contact|contacts|media contact|press contact|lien he)\b.{0,80}\b(?:tel|phone|dien thoai|dt|fax|email|e mail)\b.{0,40}$/, // a release's contact line
  /^end ?item(?: [a-z]{1,4}){0,3}$/, // a wire's end mark with the editor's initials ("Enditem/AW")
  // newsletter, app and channel prompts: "Subscribe to our newsletter and get the best of DER SPIEGEL in English every
  // Friday.", "Get the latest news from Lithuania delivered to your inbox every week.", "Read RBC-Ukraine on Google
  // News", "Follow ERR News on Facebook and Twitter and never miss an update!", "Đăng ký kênh Telegram của Sputnik
  // Việt Nam để cập nhật tin tức nhanh nhất"
  // (its question first, or not: "Want more news from Prague? Sign up for our weekly newsletter and get the best of X
  // in your inbox.")
  /^(?:(?:want|looking for|need) (?:more|the latest|all the latest) (?:\S+ ){0,5})?(?:subscribe to|sign up (?:for|to)) (?:our|the) (?:\S+ ){0,3}newsletters? (?:and|to) (?:get|receive)\b.{0,100}$/,
  /^(?:get|receive) (?:\S+ ){1,8}(?:delivered )?(?:to|in) your inbox\b.{0,40}$/,
  /^(?:read|follow|find) (?:\S+ ){1,4}on google news(?: (?:at|via) this link| here)?$/,
  /^(?:like|follow|find) (?:\S+ ){1,4}on (?:facebook|x|twitter|instagram|telegram|youtube|tiktok|linkedin|threads)\b.{0,60}\bnever miss\b.{0,30}$/,
  /^(?:dang ky|theo doi|tham gia) (?:kenh|trang|fanpage|nhom) (?:telegram|zalo|youtube|facebook|tiktok|whatsapp)\b.{0,80}$/,
  /^(?:subscribe to|follow|join) (?:\S+ ){0,4}(?:telegram|whatsapp|youtube|viber|signal) (?:channel|group|page)$/,
  // a newsletter platform's paywall: "Keep reading with a 7-day free trial", "Subscribe to X to keep reading this
  // post …", "Already a paid subscriber? Sign in"; a portal's "Continue reading" button and "Sponsored Content" label
  /^keep reading with a \d{1,2} day free trial$/,
  /^subscribe to (?:\S+ ){1,4}to keep reading\b.{0,120}$/,
  /^already (?:a )?(?:paid )?(?:subscriber|member)s?\b.{0,30}$/,
  /^continue reading$/,
  /^sponsored (?:content|links?|stories|posts)$/,
  // comments closed: "Discussion closed – comments are no longer possible."
  /^(?:discussion|comments?) (?:is |are )?closed\b.{0,80}$/,
  // a print edition's page furniture: "Continued on Page 11", "Printed and published by …"
  /^(?:continued|cont d|contd) (?:on|from) (?:page|p) \d{1,3}$/,
  /^printed and published by\b.{0,160}$/,
  // a language switch ("EN | RU"), a donation button ("Donate", "Ủng hộ đài", "Ủng hộ chúng tôi") and appeal: "Our investigations are free to read.
  // Your donation helps us …", "Để tiếp tục duy trì tờ báo, xin quý độc giả ủng hộ …"
  /^(?:en|ru|ua|uk|vi|vn|de|fr|es|zh|ja|ko|ar)(?: (?:en|ru|ua|uk|vi|vn|de|fr|es|zh|ja|ko|ar)){1,5}$/,
  // (and in the languages' own names, as European sites print it: "Eesti English Русский", "Latviski English
  // По-русски", "Suomeksi På svenska In English", "Українська English", and Asian ones over their Vietnamese service:
  // "Tiếng Việt English"; in their own scripts, the raw lexicon's switch below)
  /^(?:(?:in )?english|tieng viet|tieng anh|eesti|latviski|lietuviskai|lietuviu|suomeksi|pa svenska|svenska|norsk|dansk|deutsch|francais|espanol|italiano|polski|po polsku|cesky|cestina|slovensky|magyar|romana|български|украінська|русскии|по русски|беларуская)(?: (?:(?:in )?english|tieng viet|tieng anh|eesti|latviski|lietuviskai|lietuviu|suomeksi|pa svenska|svenska|norsk|dansk|deutsch|francais|espanol|italiano|polski|po polsku|cesky|cestina|slovensky|magyar|romana|български|украінська|русскии|по русски|беларуская)){1,5}$/,
  /^(?:donate|donate now|quyen gop|dong gop|dong gop ngay|ung ho ngay|ung ho (?:dai|bao|tap chi|kenh|chung toi|toa soan)(?: ngay)?)$/,
  /^(?:our|all our) (?:\S+ ){0,3}(?:is|are) free (?:to read|for (?:all|everyone))\b.{0,100}$/,
  /^de (?:tiep tuc )?duy tri (?:to bao|tap chi|trang bao|hoat dong)\b.{0,60}\bdoc gia\b.{0,60}$/,
  // a text-to-speech player's voice ("Giọng nữ miền Nam"), a page count ("Bài viết có 2 trang"), a print note ("Bài
  // đăng trên Tạp chí Quốc phòng toàn dân số 12/2026")
  /^giong (?:nam|nu)(?: (?:mien )?(?:bac|trung|nam))?$/,
  /^(?:bai viet|bai) co \d{1,2} trang$/,
  /^bai (?:dang|in) tren (?:an pham |so bao )?(?:\S+ ){1,8}so \d{1,4}\b.{0,40}$/,
  /^bai (?:dang|in) (?:\S+ ){1,5}so \d{1,4}(?: \d{2,4})?$/, // "Bài đăng Tia Sáng số 23/2026" (no "trên")
  // a reader view's reading time, as a range ("5–6 minutes", "8–10 phút")
  /^\d{1,2} \d{1,2} (?:minutes?|mins?|phut)(?: (?:read|doc))?$/,
  // a paywall's teaser and an appeal under the text: "Want the full story?", "Subscribe to The Fiji Times digital
  // edition for full access to all our stories.", "Support PREMIUM TIMES' journalism of integrity and credibility",
  // a classified line ("TEXT AD: Call …"), a newsletter's pitch ("Keep up to date with what's happening in …")
  /^want (?:to read )?the (?:full|whole|rest of the) (?:story|article)$/,
  /^subscribe to (?:\S+ ){1,5}(?:digital edition|e ?paper|premium|plus)\b.{0,80}$/,
  // "Read more local stories with a San'in Shimbun Digital subscription.", "Get unlimited access with a digital
  // membership"
  /^(?:read|get|enjoy) (?:more|all|unlimited)\b.{0,60} with (?:a|an|your) (?:\S+ ){0,4}(?:subscription|membership)$/,
  /^support (?:\S+ ){1,3}journalism\b.{0,80}$/,
  /^text ads?\b.{0,80}$/,
  /^(?:keep|stay) up to date with (?:what s|what is|the latest|all the)\b.{0,100}$/,
  // a comment section's policy: "Comments are moderated and generally will be posted if …", "For more information,
  // please see our Comments FAQ"
  /^comments are (?:moderated|reviewed|subject to)\b.{0,120}$/,
  /^for more information please (?:see|read) our comments? (?:faq|policy|guidelines)$/,
  // a licence and a story's number under the text: "All Content by Tehran Times is licensed under a Creative Commons
  // …", "News ID: 512877"
  /^all (?:content|contents|material|materials) (?:by|on|of) (?:\S+ ){1,5}(?:is|are) licensed under\b.{0,100}$/,
  /^(?:news|story|article|post) (?:id|code|no|number) \d{2,10}$/,
  // a desk's credit where a byline would stand: "Star Business Report", "KT Video Desk", "Web Desk"
  /^(?:\S+ ){0,2}(?:news|video|web|online|digital|business|sports?|city|metro|foreign|national|world) desk$/,
  /^(?:\S+ ){0,2}(?:online|business|staff|city|sports?|diplomatic) report$/,
  // a page's counters and buttons in their other words: "Hits: 1214", "Share this post", "Printable version", "Print
  // this article", "Reading Time: 2 mins read", "Thời gian đọc: 3 phút"
  /^(?:hits|luot truy cap|so lan xem)\s*\d[\d ]{0,12}$/,
  /^share (?:this|the) (?:post|article|story|page|link)(?: on| via| with)?$/,
  /^chia se (?:bai viet|bai|tin|trang) (?:nay|nay len|qua)$/,
  /^(?:printable version|printer friendly(?: version)?|print version|print (?:this )?(?:article|story|page)|phien ban (?:de |danh cho )?in|ban de in|text version|text only version|phien ban van ban)$/,
  /^(?:(?:estimated )?read(?:ing)? time|thoi gian doc)\s*\d{1,2}\s*(?:mins?|minutes?|phut)(?: (?:read|doc))?$/,
  /^(?:doc trong|mat) \d{1,2} phut(?: de doc)?$/,
  // follow prompts with their lead-in or several networks: "Stay updated with the latest - Click here to follow us
  // on Instagram", "Follow The Himalayan Times on Twitter and Facebook", "Theo dõi Báo X trên Facebook và Zalo"
  /^(?:stay (?:updated|informed|up to date|connected)(?: with (?:the latest|us|all the latest))?(?: news)? )?(?:click here to |please )?(?:follow|like|find) (?:us|(?:\S+ ){1,5}?)on (?:facebook|x|twitter|instagram|telegram|youtube|tiktok|linkedin|threads|whatsapp|google news)(?: (?:and|&|or) (?:facebook|x|twitter|instagram|telegram|youtube|tiktok|linkedin|threads|whatsapp|google news))*(?: for (?:the latest|more|all the latest)\b.{0,60}| and stay (?:informed|updated|up to date|tuned))?$/, // ("Follow Postimees in English on Facebook and stay informed!")
  /^(?:hay |moi ban )?theo doi (?:chung toi|(?:\S+ ){1,5}?)tren (?:facebook|zalo|youtube|tiktok|telegram|instagram|google news)(?: (?:va|hoac) (?:facebook|zalo|youtube|tiktok|telegram|instagram|google news))*(?: de\b.{0,60})?$/,
  // a newsletter's pitch under the text: "If you'd like to get a daily digest of news from Latvia, sign up for our
  // newsletter.", "Sign up to get important news, culture and more delivered to your inbox every weekday morning.",
  // "Đăng ký nhận bản tin của X để …"
  /^(?:if you d like|if you would like|want) to (?:get|receive) (?:a |our )?(?:\S+ ){0,3}(?:digest|newsletter|briefing|roundup|round up)\b.{0,80}\bsign up\b.{0,40}$/,
  /^sign up (?:to|and) (?:get|receive) (?:\S+ ){1,10}(?:delivered )?(?:to|in) your inbox\b.{0,60}$/,
  /^dang ky (?:nhan )?(?:ban tin|newsletter|thu tin)\b.{0,100}$/,
  // a reader-supported site's appeal and a membership wall: "X is reader-supported. Please consider becoming a
  // member.", "Members get unlimited access to all our articles. …", "Did you find this article useful? Help us keep
  // independent journalism alive in …", "X hoạt động nhờ sự ủng hộ của bạn đọc"
  /^(?:\S+ ){1,5}is (?:reader|listener|viewer|member|audience)s? (?:supported|funded)\b.{0,140}$/,
  /^please consider (?:becoming a (?:member|subscriber|supporter|patron)|supporting (?:us|our (?:journalism|work|newsroom))|subscribing to (?:us|our)|making a donation to (?:us|our))\b.{0,80}$/,
  /^members get (?:unlimited|full|exclusive|ad free|early) access\b.{0,140}$/,
  /^did you (?:find|enjoy|like) this (?:article|story|post|piece)(?: useful| helpful| informative)?\b.{0,140}$/,
  /^(?:\S+ ){1,6}(?:duoc duy tri|hoat dong|ton tai) nho (?:vao )?(?:su )?(?:ung ho|dong gop) cua (?:ban doc|doc gia|quy doc gia)\b.{0,100}$/,
  // a stock picture's label where its caption would stand: "Representative Image", "Image for representation only"
  /^(?:representative|representational|illustrative|illustration) (?:image|photo|picture|pic)(?: only)?$|^(?:image|photo|picture) (?:for|used for) (?:representation|illustration)(?: purposes?)?(?: only)?$/,
  // a list's heading: "Recommended Stories", "Recommended for you"
  /^recommended (?:stories|articles|reads|news|posts|videos|for you)$/,
  // a comment box's buttons in their other words: "Add comment", "Post a comment", "Leave a reply", "Thêm bình luận"
  /^(?:add|post|leave|write|submit) (?:a |your )?(?:comment|reply|response)$|^(?:them|de lai) binh luan(?: cua ban)?$/,
  // "Associated Press writer X in Tallinn, Estonia, contributed." (no "to this report")
  /^(?:associated press|ap|reuters|afp) (?:writers?|reporters?|journalists?|correspondents?) .{2,80} contributed(?: reporting)?$/,
];
/** A PDF copy's running page header: an issue number, and a page number at the start or the end of the line. */
export const RUNNING_HEADER = /^(?=.{10,120}$)(?:\d{1,3}\s+\S[^\n]{0,60}?\s(?:Số|No\.?|Issue|Vol\.?)\s?\d{1,4}(?:[-/]\d{2,4})?\b[^\n]{0,50}|\S[^\n]{0,60}?\s(?:Số|No\.?|Issue|Vol\.?)\s?\d{1,4}(?:[-/]\d{2,4})?\b[^\n]{0,50}?\s\d{1,3})$/u;
/** Raw (unfolded) furniture forms that folding would blur. */
/** A shop's telephone number in groups: "(408) 555-2171", "031-555-4020", "777 555 213", "+49 30 5555 1234" (never a day, "13.08.2026", "13-08-26"). */
const SHOP_PHONE = String.raw`(?!\d{1,2}[\s./-]\d{1,2}[\s./-](?:\d{2}|\d{4})$)(?:\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{3,4}|\+?\d{2,4}[\s.-]\d{2,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?)`;
/** Languages by their own names, as a site's switch prints them. */
const OWN_LANGUAGE_NAMES = "Tiếng Việt|English|Русский|中文|简体中文|繁體中文|한국어|日本語|Français|Deutsch|Español|Dansk|Svenska|Norsk|Suomi|Polski|Українська|ภาษาไทย|ພາສາລາວ|ខ្មែរ";
const FURNITURE_RAW: RegExp[] = [
  /^[•·]\s?\d{1,3}\s?(?:h|m|d|hr|hrs|min|mins)$/, // a portal's relative time after a bullet ("• 3h"; "24h" alone is a name)
  // a post's reactions, each a pictograph or an arrow with its count ("❤️ 214  💬 37  ↪ 12", "👍 1,2K 💬 45")
  /^(?:[\p{Extended_Pictographic}↪↩➦⤴\u{FE0F}]{1,3}\s?\d[\d.,]{0,8}[KkMmNn]?\s*){2,6}$/u,
  // a PDF copy's running page header or footer: the publication's issue ("Số 38-2025", "No. 38", "Issue 12") with
  // the page number at either end ("24 KINH TẾ SÀI GÒN Số 38-2025", "… Thứ Năm, 18-9-2025 23")
  RUNNING_HEADER,
  /^(?:Author|Authors|Autor|Editor|Editors)\s*:\s*[a-z]{1,3}(?:\s*[,/]\s*[a-z]{1,3}){0,3}$/, // "Author: ab, mp": an agency desk's initials
  /^(?:Read more|READ MORE|Also read|ALSO READ|See also|Read also|Related|RELATED)\s*:\s*\S.{2,140}$/, // "Read more: <another story's headline>"
  /^(?:Read Also|READ ALSO|See Also|SEE ALSO|Also Read|Also See|ALSO SEE|Xem thêm|XEM THÊM|Đọc thêm|ĐỌC THÊM|Tin liên quan|TIN LIÊN QUAN)\s*:\s*\S.{2,140}$/u, // the same with the words in their other orders and cases
  /^(?:From (?:the|our) archives?|FROM (?:THE|OUR) ARCHIVES?|Từ kho lưu trữ|Trong kho lưu trữ)\s*:\s*\S.{2,140}$/u, // "From the archive: <an older story's headline>"
  /^[-–—|•·](?:\s?\d[\d.,]{0,8}\s?[-–—|•·]){1,3}\s?\d[\d.,]{0,8}$/, // a row of counters ("- 0 - 184": comments and views)
  /^[a-z]{2,20}(?:_[a-zA-Z]{2,20}){1,3}$/, // a page template's field name copied along ("article_Author", "post_date")
  /^\p{Lu}{2,5}\/$/u, // an agency's editor code under its copy, as Iran's agencies print it ("MNA/", "AMK/")
  // "Read more North Korea and Russia: …" (a teaser box's link, no colon), "Also Read Seoul's spy agency says …" (an
  // Indian paper's link inside the text, the label in bold before it)
  /^(?:Read more|READ MORE|Also read|Also Read|ALSO READ|Read also|Read Also)\s+\p{Lu}[^.!?…]{5,140}$/u,
  // the label in title case, or an arrow for the colon: "Read More: …" (TIME), "Đọc thêm >> …", "Xem thêm » …"
  /^(?:Read More|Read Also|Also Read|See Also|Read more|Read also|READ MORE|Xem thêm|XEM THÊM|Đọc thêm|ĐỌC THÊM|Tin liên quan|TIN LIÊN QUAN|Bài liên quan)\s?(?::|>>|»|›|→)\s?[\p{Lu}\d"“‘'][^\n]{2,140}$/u,
  /^(?:Tags|TAGS|Từ khóa|Từ khoá)\s+\p{Lu}[^.!?…:]{2,100}$/u, // "Tags North Korea Pentagon Russia"
  // another story's headline after a related-link label in any case: "READ ALSO: …", "Read: …", "RELATED STORY: …",
  // "Don't miss: …" (the headline opens in capitals or a figure; a sentence's clause after a colon does not)
  /^(?:READ ALSO|Read Also|ALSO READ|Also Read|READ|Read|RELATED STORY|Related Story|Related story|RELATED STORIES|Related Stories|Related stories|RELATED ARTICLE|Related Article|Related article|SEE ALSO|See Also|DON'T MISS|Don't Miss|Don't miss|DON’T MISS|Don’t miss|MUST READ|Must Read|Must read|FURTHER READING|Further Reading|Further reading)\s?:\s?[\p{Lu}\d"“‘'][^\n]{2,140}$/u,
  // a contact line of phone numbers only: "Connect With Us : 0302 000 000 | 0244 000 000", "Hotline: 0912 345 678"
  /^(?:Connect [Ww]ith [Uu]s|CONNECT WITH US|Contact [Uu]s|CONTACT US|Call [Uu]s|CALL US|WhatsApp [Uu]s|Hotline|HOTLINE|Đường dây nóng|ĐƯỜNG DÂY NÓNG)\s?:?\s?\+?\d[\d |/().+-]{5,60}$/u,
  // a print view's buttons: "In bài viết | Đóng", "Print | Close", "Print this article"
  /^(?:[Pp]rint(?: this)?(?: article| page| story)?|PRINT|In bài viết|In bài|In trang|[Cc]lose(?: window)?|CLOSE|Đóng(?: cửa sổ)?|ĐÓNG)(?:\s?[|·]\s?(?:[Pp]rint(?: this)?(?: article| page| story)?|PRINT|In bài viết|In bài|In trang|[Cc]lose(?: window)?|CLOSE|Đóng(?: cửa sổ)?|ĐÓNG|Quay lại|[Bb]ack)){0,3}$/u,
  // a video's prompt under the text: "Mời quý độc giả xem video: …", "Mời bạn đọc theo dõi clip …", "Watch the video: …"
  /^(?:Mời (?:quý )?(?:độc giả|bạn đọc|các bạn|quý vị)(?: cùng)? (?:theo dõi|xem|đón xem)(?: thêm)? (?:video|clip)|(?:Watch|WATCH) (?:the )?(?:video|VIDEO)|Xem (?:thêm )?video)\b[^\n]{0,140}$/u,
  // a writer's e-mail after a dash at the foot ("– ndapewa@namibian.com.na")
  /^[-–—]\s?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  /^Posted in\s?\p{Lu}[\p{L}&'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}&'’ -]{1,30}){0,12}$/u, // a blog's category list, "Posted inNorth Korea, Russia"
  /^%d bloggers? like this:?$/,
  // where an official site files the text, under it: "Published in sections: News, Transcripts", "Persons: Kim Jong
  // Un", "Geography: Korea, …", "Topics: Address", "Chuyên mục: Đối ngoại" (a label, a colon, capitalised labels
  // between commas, no sentence's stop); and its short address: "Direct link: kremlin.ru/d/78512"
  /^(?:Published in sections?|Sections?|Persons|Geography|Topics|Filed under|Categories|Category|Chuyên mục|Lĩnh vực|Chủ đề)\s?:\s?\p{Lu}[\p{L}\d'’&() -]{1,60}(?:,\s?[\p{Lu}\d][\p{L}\d'’&() -]{1,60}){0,8}$/u,
  /^(?:Direct link|Short link|Permanent link|Permalink|Link to this page|Đường dẫn ngắn)\s?:\s?(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S{1,200}$/u,
  // an attachment with its size: "20261204_press_release_eng.pdf (182 KB)", "tcbc.pdf - 215 KB", "Tải về: QĐ-2415.docx (1,2 MB)"
  /^(?:(?:Tải về|Download|File|Tệp đính kèm|Attachment)\s?:?\s?)?[^\s\\/:*?"<>|][^\\/:*?"<>|]{0,120}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|txt|rtf|jpe?g|png)\s?(?:\(\s?\d[\d.,]{0,6}\s?(?:B|KB|kB|Kb|MB|Mb|GB|bytes)\s?\)|[-–,|]\s?\d[\d.,]{0,6}\s?(?:B|KB|kB|Kb|MB|Mb|GB|bytes))$/iu,
  /^(?:EN|ENG|RU|RUS|РУС|QAZ|KAZ|ҚАЗ|UZ|AZ|UA|UKR|VI|VN|DE|FR|ES|ZH|JA|KO|AR|TR|FA)$/u, // a language switch's code alone on its line ("QAZ", "РУС", "ENG")
  // a shop's advertisement in an overseas paper, its name, what it sells or where, and its telephone after a dash:
  // "Tiệm Vàng Kim Phát – San Jose – (408) 555-2171", "Siêu thị Việt Ansan – giao hàng tận nơi – 031-555-4020",
  // "Potraviny Hà Thành – Sapa Praha – tel. 777 555 213" (a number in groups, never a year's span "2025-2026")
  new RegExp(`^[\\p{Lu}][^–—|\\n]{1,60}(?:\\s[–—-]\\s[^–—|\\n]{1,60}){0,3}\\s[–—-]\\s(?:${caseless("(?:tel|đt|điện thoại|hotline|phone|call)")}\\.?:?\\s?)?${SHOP_PHONE}$`, "u"),
  // a sports site's live-score bar over its pages, its label and a colon before the match: "Tỷ số trực tiếp: Hà Nội FC
  // 2-1 Nam Định (75')", "Live score: Ulsan 1-0 Jeonbuk"
  /^(?:Tỷ số trực tiếp|TỶ SỐ TRỰC TIẾP|Kết quả trực tiếp|Live scores?|LIVE SCORES?|Livescores?)\s?:\s.{3,100}$/u,
  // a language switch of names in their own scripts between bars, over a foreign service's Vietnamese page: "日本語 |
  // English | Tiếng Việt | 한국어", "한국어 | Tiếng Việt", "Русский / English / 中文"
  new RegExp(`^(?:${OWN_LANGUAGE_NAMES})(?:\\s?[|/·•]\\s?(?:${OWN_LANGUAGE_NAMES})){1,8}$`, "u"),
  // a language switch's names, each in its own tongue, alone on their lines ("العربية", "中文", "Français", "Русский"):
  // an international body's header lists them above its name
  /^(?:العربية|عربي|中文|简体中文|繁體中文|English|Français|Русский|Español|Deutsch|Português|日本語|한국어|Українська|Қазақша|Türkçe|فارسی)$/u,
  // the parent organization's greeting bar over an office's own site ("Welcome to the United Nations")
  /^Welcome to the (?:United Nations|European Union|\p{Lu}[\p{L}'’-]*(?: (?:of|for|and|\p{Lu}[\p{L}'’-]*)){0,5} (?:Organization|Organisation|Union|Council|Commission|Agency))$/u,
  /^(?:\d{1,2} ){2,6}\d{1,2}$/, // a month calendar's row of days
  // appeals for support, as printed, never a quote or a clause of a sentence (no quote mark, no comma): "Your support
  // helps us to tell the story", "Help keep HKFP free for every reader …", "Support The Barents Observer"
  /^Your (?:support|contribution|donation|gift)s? (?:helps?|makes?|keeps?|allows?|lets?|means?|matters?)\b[^"“”,]{0,120}$/,
  /^Help (?:us )?keep (?:\S+ ){1,4}free\b[^"“”,]{0,120}$/,
  /^Support (?:us|Us|our (?:journalism|work|reporting|newsroom)|The \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})\.?$/u,
  // a row of service links: "Support HKFP | Policies & Ethics | Error/typo? | Contact Us | …" (every part a label
  // opening with a letter: a table's row of figures is no such row)
  /^(?:\p{L}[^|\n\d]{1,29} \| ){4}\p{L}[^|\n\d]{1,29}(?: \| \p{L}[^|\n\d]{1,29}){0,8}$/u,
  // an audio player's clock and speed ("00:00 / 04:12", "▶ 00:00 / 14:52" behind its play button, "1x"), and a social
  // handle alone ("@LENAWHITFORD") or behind its follow button ("Follow @sarahkim_asia", "Theo dõi @baotuoitre")
  /^(?:[▶►⏵▷] ?)?\d{1,2}:\d{2}(?::\d{2})? ?\/ ?\d{1,2}:\d{2}(?::\d{2})?$/, /^(?:0?\.\d{1,2}|[12](?:\.\d{1,2})?)x$/, /^@[\p{L}\d_]{3,30}$/u,
  // a comment form's field with its required-field star: "Tên *", "Name *", "Website *", "Số điện thoại *"
  /^(?:[Tt]ên|[Hh]ọ (?:và )?tên|[Nn]ame|[Yy]our name|[Ww]ebsite|[Tt]rang web|[Đđ]iện thoại|[Ss]ố điện thoại|[Pp]hone|[Ee]-?mail|[Bb]ình luận|[Cc]omment|[Nn]ội dung)\s?\*$/u,
  /^(?:Follow|FOLLOW|Theo dõi|THEO DÕI)(?: (?:me|us|him|her|them))?(?: on (?:X|Twitter|Threads|Bluesky|Instagram))?:? @[\p{L}\d_.]{2,30}$/u,
  // a byline's role on the line below the name: "Seoul correspondent", "Asia Editor", "Senior Reporter" (no comma: a
  // name before the role is a byline, "Edmund Hale, Asia Editor")
  /^(?:[\p{L}-]+ ){0,3}(?:[Cc]orrespondent|[Ee]ditor|EDITOR|[Rr]eporter|REPORTER|[Cc]olumnist)$/u,
  // an app's share and download lines under a shared text: "Shared from the Prensa Latina app", "Sent via the BBC News
  // app", "Get Prensa Latina on Google Play and the App Store", "Chia sẻ từ ứng dụng Báo Mới"
  /^(?:[Ss]hared|[Ss]ent) (?:from|via|with) (?:the |my )?[\p{L}\d .&'’-]{2,40} [Aa]pp$/u,
  /^(?:[Gg]et|[Dd]ownload) (?:the )?[\p{L}\d .&'’-]{2,40} (?:app )?(?:on|from|at) (?:the )?(?:Google Play|App Store)(?: (?:and|&|or) (?:the )?(?:Google Play|App Store))?$/u,
  /^[Cc]hia sẻ từ (?:ứng dụng|app) [\p{L}\d .&'’-]{2,40}$/u,
  // a wire desk's initials closing its copy, all in lower case: "mem/lam", "arb/jcm/ro", "sk/ncs"
  /^[a-z]{2,4}(?:\/[a-z]{2,4}){1,3}$/,
  /^\(END\)$/, /^#\S/, /^[|•·\-–—\s]+$/, /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  // a forum post's head and foot: the poster's rank with the count of their posts ("Thành viên tích cực · 2.315 bài
  // viết", "Senior Member · 1,204 posts", "Bài viết: 2315"), the post's buttons with their count ("Thích · Trả lời ·
  // 12", "Like · Quote · Reply") and the thread's call to sign in ("Bạn phải đăng nhập để trả lời chủ đề này.")
  /^(?:[\p{L}]+(?: [\p{L}]+){0,3}\s?[·•|]\s?)?\d{1,3}(?:[.,]\d{3})*\s(?:bài viết|bài gửi|posts?|messages?)$|^(?:bài viết|bài gửi|posts|messages)\s?:\s?\d{1,3}(?:[.,]?\d{3})*$/iu,
  /^(?:thích|like|trả lời|reply|trích dẫn|quote|báo cáo|report)(?:\s?[·•|]\s?(?:thích|like|trả lời|reply|trích dẫn|quote|báo cáo|report|chia sẻ|share|\d{1,5})){1,5}$/iu,
  // and the members who thanked the poster or liked the post ("3 thành viên đã cảm ơn bài này", "The following 3 users
  // say Thank You to minhduc for this useful post", "ngoclan, tuan_minh và 7 người khác đã thích bài này")
  /^(?:(?:[\p{L}\d_.]+,\s)*[\p{L}\d_.]+\s(?:và|and)\s)?\d{1,5}\s(?:thành viên|người(?: khác)?|users?|members?|others?)\s(?:đã\s)?(?:cảm ơn|thích|thanked|liked|say thank you to\s\S{2,30} for)(?: (?:bài viết|bài|chủ đề|this(?: useful)? post|this))?(?: này)?\.?$|^the following \d{1,5} users? says? thank you to \S{2,30} for this useful post\.?$/iu,
  /^(?:bạn (?:phải|cần) đăng nhập(?: hoặc đăng ký)? để (?:trả lời|bình luận|gửi bài|tham gia)(?: [\p{L} ]{1,30})?|you must (?:log in|be logged in|sign in)(?: or register)? to (?:reply|post|comment)(?: [\p{L} ]{1,30})?)\.?$/iu,
  // a count alone: likes, shares (a year alone is a timeline's sub-head: "2025")
  // (a day-first date with dots, "26.3.2026", is a stamp, not a count)
  /^(?!(?:19|20)\d{2}$)(?!\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}$)\(?\d[\d.,]{0,8}[KkMm]?\)?$/];

/** Is a (plain) line page furniture by the lexicon? */
export function isFurniture(plain: string): boolean {
  return furnitureMemo(plain);
}
const furnitureMemo = memoByLine((plain) => furnitureByLexicon(plain));
/**
 * A news app's line naming the story's source, as Flipboard's card prints it under the headline or the text: "via
 * SFGate", "via The Korea Herald", "via sfgate.com": the source's name (capitalised words, a small word between, or its
 * domain), or null. A sentence's words after "via" ("via the border crossing", "via Moscow to Pyongyang.") are none.
 */
const VIA_SOURCE = /^[Vv]ia\s((?:[Tt]he\s)?[\p{Lu}\d][\p{L}\d&.'’+-]*(?:\s(?:(?:of|and|the|for|và|&)\s)?[\p{Lu}\d][\p{L}\d&.'’+-]*){0,5}|[a-z\d][a-z\d-]{1,40}(?:\.[a-z\d-]{2,20}){0,2}\.[a-z]{2,6})$/u;
/** A wire or a picture agency after "via": a picture's credit under its caption, as HuffPost prints it ("via Associated Press", "via Getty Images"). */
const PICTURE_SOURCE_VIA = /^(?:Agence France[- ]Presse|(?:The )?Associated Press|AFP|AP|Reuters|REUTERS|Xinhua|Yonhap|Kyodo|TASS|Sputnik|EPA|dpa|Anadolu Agency)$|\b(?:Getty|Shutterstock|Alamy|Images?|Photos?|Pool|Wikimedia|Commons)\b/u;
export function viaSource(plain: string): string | null {
  // (a broadcaster's story retold, "Via VOA Tiếng Việt", credits the broadcaster: the relay is the outlet)
  if (plain.length > 70 || RELAYED_BROADCASTER.test(plain)) return null;
  const name = VIA_SOURCE.exec(plain)?.[1];
  // (a name's last word ends in no full stop: "via Moscow." closes a sentence)
  return name && !/[.]$/.test(name) ? name : null;
}
/** A site's host alone on its line, as a reader view prints it above the headline ("thenationalnews.com"). */
const BARE_HOST = /^(?:www\.)?[a-z\d][a-z\d-]{1,40}(?:\.[a-z\d-]{2,20}){0,2}\.[a-z]{2,6}$/;
const noticeMemo = memoByLine((plain) => isNoticeLine(plain));
/** Whether a line is page furniture by any notice family's lexicon (page-notices.ts isNoticeLine), remembered per line: the cleaner and the layout model ask it of the same lines. */
export const isNotice = (plain: string): boolean => noticeMemo(plain);
/**
 * A market ticker: two or more prices with their moves, split by bars ("Brent 65,42 USD ▲0,8% | WTI 61,87 USD ▲0,6%",
 * "VN-Index 1.642,18 ▲ 0,74% | HNX-Index 268,41 ▼ 0,12% | USD/VND 26.315"); asked only of lines holding an arrow.
 */
const MARKET_TICKER = /^[^|▲▼]{1,40}[▲▼] ?[-+]?\d[\d.,]{0,12} ?%(?: ?\| ?[^|▲▼]{1,40}[▲▼] ?[-+]?\d[\d.,]{0,12} ?%)+(?: ?\| ?[^|▲▼]{1,40})?$/u;
/** A contact's label and its value, one part of a site's top bar: "Đường dây nóng: 0210 3812 345", "Email: toasoan@…", "Hotline: 1900 1234". */
const CONTACT_PART = /^(?:đường dây nóng|hotline|điện thoại|đt|tel|phone|fax|email|e-mail|liên hệ quảng cáo|quảng cáo|tòa soạn|contact)\s?:\s?(?:\+?[\d(][\d\s().-]{5,20}|[\w.-]+@[\w.-]+\.[a-z]{2,6}|www\.[\w.-]+)$/iu;
/**
 * A site's top bar of its contacts, with its day maybe: "Thứ Tư, 12/08/2026 | Đường dây nóng: 0210 3812 345", "Hotline:
 * 1900 1234 | Email: news@…": parts between bars or dots, each a contact's label and value or the day, one contact at least.
 */
function contactBar(plain: string): boolean {
  if (plain.length > 160 || !plain.includes(":")) return false;
  const parts = plain.split(/\s[|·•]\s/);
  if (parts.length > 4) return false;
  let contacts = 0;
  for (const part of parts) {
    if (CONTACT_PART.test(part.trim())) contacts++;
    else if (readDateLine(part.trim()) === null) return false;
  }
  return contacts > 0;
}
function furnitureByLexicon(plain: string): boolean {
  if (noticeMemo(plain)) return true; // page-notices.ts: every notice family's lexicon
  if (plain.length > 140) return false;
  // (a writer's name with the post after it, "Rhys Pritchard Senior Reporter", is a byline, not the post's line alone)
  if (anyFurnitureRaw(plain)) return !(plain.length <= 70 && nameBeforePost(plain) !== null);
  if ((plain.includes("▲") || plain.includes("▼")) && MARKET_TICKER.test(plain)) return true;
  if (BARE_HOST.test(plain) && !lookupOutlet(plain)) return true; // a host the lexicon knows names the outlet instead
  if (contactBar(plain)) return true;
  if (plain.length <= 70 && /^[Vv]ia\s/.test(plain) && !PICTURE_SOURCE_VIA.test(viaSource(plain) ?? "AP")) return true;
  const f = foldForMatch(plain);
  if (f.length === 0) return /^[\p{P}\p{S}\s]*$/u.test(plain) && plain.length > 0;
  if (anyFurnitureFolded(f)) return !pointerSentence(plain, f);
  return false;
}
/**
 * The words a pointer or a button opens with, folded ("Xem thêm", "Đọc tiếp", "Mời đọc thêm", "Trở lại", "Theo dõi …
 * trên"), not a follow prompt's own ("Theo dõi chúng tôi trên …", which a comma never makes a sentence of).
 */
const POINTER_OPENING = /^(?:(?:xin )?moi (?:\S+ ){0,2})?(?:xem them|xem tiep|doc them|doc tiep|tro lai|theo doi (?!(?:chung toi|toa soan|bao|kenh|fanpage|trang) ))/;
/**
 * A sentence of the text that merely opens with a pointer's words: "Xem thêm những diễn biến mới nhất, Bộ Ngoại giao
 * cho biết …", "Trở lại vấn đề hiệp ước, ông Lavrov cho biết …", "Theo dõi diễn biến trên bán đảo, Bộ Ngoại giao …". A pointer is a label and a headline ("Xem thêm: …", no stop at its end), a button, or a short line
 * ("Xem thêm tại đây."); the sentence runs on past a comma into a clause of its own (ten words or more) and ends with
 * a sentence's stop. Asked only of lines the folded lexicon already took, and only of those opening with the words.
 */
function pointerSentence(plain: string, folded: string): boolean {
  if (plain.length < 50 || !POINTER_OPENING.test(folded)) return false;
  const comma = plain.indexOf(", ");
  if (comma < 0 || !SENTENCE_STOP.test(plain)) return false;
  const opener = plain.slice(0, comma);
  if (/[:>»›→|]/.test(opener)) return false; // a label's mark before the clause: "Xem thêm: Nga, Triều Tiên …"
  return folded.split(" ").length >= 10 && plain.slice(comma + 2).split(" ").length >= 3;
}
const SENTENCE_STOP = /[.!?…]["”’»)]?$/;

/**
 * The places and communities a Vietnamese site's news sections are named after, "Tin" before them ("Tin Nhật Bản", "Tin
 * Cộng Đồng", "Tin tức Hoa Kỳ", "Bản tin Úc Châu"), folded: the overseas press's and the foreign services' sections.
 */
const NEWS_REGIONS = new Set([
  "nhat ban", "han quoc", "trung quoc", "dai loan", "hoa ky", "my", "uc", "uc chau", "canada", "phap", "duc", "nga", "anh", "sec",
  "ba lan", "chau au", "au chau", "chau my", "chau a", "dong nam a", "asean", "lao", "thai lan", "campuchia", "cong dong", "dia phuong",
  "hai ngoai", "que nha", "trong nuoc", "quoc te", "the gioi", "viet nam", "bien dong", "ban dao trieu tien", "trieu tien",
]);
/** "Tin Nhật Bản", "Tin tức Cộng Đồng": a news section named by its region or community (the words after "Tin"). */
function regionSection(plain: string): boolean {
  const m = /^(?:tin tuc|ban tin|tin) (.{2,30})$/.exec(foldForMatch(plain));
  return m !== null && (NEWS_REGIONS.has(m[1] as string) || SECTIONS.has(m[1] as string));
}

/** A section label ("Thế giới", "World", "Thế giới > Châu Á"). */
export function isSection(plain: string): boolean {
  if (plain.length > 100) return false;
  const parts = plain.split(/\s*[>/»|›]\s*|\s+[-–]\s+/);
  // (a menu run together is as long as its labels make it: "Trang chủ Thời sự Thế giới … Văn hóa Thể thao")
  if (homeMenu(plain) || labelRun(plain) || sectionRun(plain)) return true;
  if (plain.length > 60) return officialTrail(plain, parts);
  if (parts.every((p) => SECTIONS.has(foldForMatch(p)))) return true;
  if (plain.length <= 40 && /^(?:tin|bản tin)\s/iu.test(plain) && regionSection(plain)) return true;
  // a breadcrumb trail: "Thời sự › Giao thông", "Home » News » Asia" (short capitalised labels between arrows), or a
  // kicker of three or more labels between bars: "ASEAN Beat | Economy | Southeast Asia", or a trail between spaced
  // slashes that opens at a known section: "Thế giới / Châu Á - Thái Bình Dương"
  const labels = parts.every((p) => /^[\p{Lu}\d][\p{L}\d&,' -]{0,30}$/u.test(p) && p.split(/\s+/).length <= 4);
  const slashTrail = /\s\/\s/.test(plain) && SECTIONS.has(foldForMatch(parts[0] ?? "")) && parts.slice(1).every((p) => /^[\p{Lu}]/u.test(p));
  return (labels && parts.length >= 2 && (/[›»>]/.test(plain) || (parts.length >= 3 && /\|/.test(plain) && !LOOSE_NUMBER.test(plain)) || homeTrail(parts) || slashTrail)) || officialTrail(plain, parts);
}
/** A number standing on its own, not glued to a label's letters ("2026", "75'"; "Thế giới 24h", "VTV1" are labels). */
const LOOSE_NUMBER = /(?<![\p{L}\d])\d+(?![\p{L}\d])/u;
/**
 * An official site's trail, whose labels name its offices and activities at length: "Trang chủ > Hoạt động của Chủ tịch
 * nước > Đối ngoại", "Tin tức - Sự kiện > Hoạt động của Ủy ban", "Home > News > Press releases and statements". Labels
 * of up to eight words, opening in a capital, no sentence's stop; the trail opens at the home page, or at a known
 * section with an arrow after it. A headline with an arrow in it opens at neither.
 */
function officialTrail(plain: string, parts: readonly string[]): boolean {
  if (parts.length < 2 || !parts.every((p) => /^[\p{Lu}\d][\p{L}\d&,'’ -]{0,50}$/u.test(p) && p.split(/\s+/).length <= 8)) return false;
  return homeTrail(parts) || (/[›»>]/.test(plain) && SECTIONS.has(foldForMatch(parts[0] ?? "")));
}
/**
 * A menu copied as one line, its labels run together after the home page's: "Trang chủ Thời sự Truyền hình Phát thanh
 * Video", "Home News World Radio Podcasts". Every word after the home label must belong to a known section (of one,
 * two or three words, the longest first), and two sections at least must follow: a headline opening "Trang chủ" goes on
 * in words no menu holds.
 */
function homeMenu(plain: string): boolean {
  const words = foldForMatch(plain).split(" ");
  // (a Vietnamese home label is "Trang chủ", "Trang nhất" or "Trang nhà")
  const home = words[0] === "home" ? 1 : words[0] === "trang" && ["chu", "nhat", "nha"].includes(words[1] ?? "") ? 2 : 0;
  // (without the home label, "News" opens it: "News Weather Sports Traffic Watch Live Contests", four sections at least)
  const news = words[0] === "news" && /^News\s[\p{Lu}]/u.test(plain);
  // (nor "Just In", a public broadcaster's first label: "Just In For You Local Weather Listen", three sections at least)
  const justIn = words[0] === "just" && words[1] === "in" && /^Just In\s[\p{Lu}]/u.test(plain);
  const start = home > 0 ? home : news ? 1 : justIn ? 2 : 0;
  if (start === 0 && placesMenu(plain, words)) return true;
  if (words.length > 16) return false;
  let i = start;
  let sections = 0;
  while (i < words.length) {
    const n = [3, 2, 1].find((k) => i + k <= words.length && menuEntry(words.slice(i, i + k).join(" ")));
    if (n === undefined) return false;
    i += n;
    sections++;
  }
  // (nor any label before them, a menu of five sections or more opening in a capital: "Chính trị Xã hội Kinh tế
  // Thế giới Pháp luật Thể thao")
  if (start === 0) return sections >= 5 && /^[\p{Lu}]/u.test(plain) && !/[.,:;!?]/.test(plain);
  return sections >= (home > 0 ? 2 : 3);
}
/**
 * A regional paper's menu copied as one line, its places among its sections: "Latvia Estonia Lithuania Europe World
 * Business Opinion". Five to sixteen words, each a capital and small letters, no mark but "&" between them, and known
 * sections making up half its words or more, three of them a word each: a title-cased headline holds verbs and small
 * words, and rarely three section names; an institution's name set in capitals or in title case ("Viện Hàn Lâm Khoa Học
 * Xã Hội Việt Nam") names its fields in words of two.
 */
function placesMenu(plain: string, words: readonly string[]): boolean {
  // (an e-paper's label keeps its small "e" before the capital: "ePaper")
  if (words.length < 5 || words.length > 16 || !/^[\p{Lu}][\p{Ll}]+(?:\s(?:&\s)?e?[\p{Lu}][\p{Ll}]+)+$/u.test(plain)) return false;
  let known = 0;
  let sections = 0;
  // (and a menu ends with a label, where a headline of capitalised words ends with its verb or noun: "China Japan Korea
  // Summit Ends")
  let last = 0;
  for (let i = 0; i < words.length; ) {
    const n = [3, 2, 1].find((k) => i + k <= words.length && SECTIONS.has(words.slice(i, i + k).join(" ")));
    if (n === undefined) {
      i++;
      continue;
    }
    known += n;
    if (n === 1) sections++;
    i += n;
    last = i;
  }
  return sections >= 3 && known * 2 >= words.length && last === words.length;
}
/** Labels a site's menu holds besides the news sections: its own pages, an official site's, a community's ("Quảng cáo", "Liên hệ", "Contact us"). */
const MENU_LABELS = new Set([
  // (and a broadcaster's own pages: "Chương trình", "Lịch phát sóng")
  "chuong trinh", "lich phat song",
  "trang nhat", "trang nha", "gioi thieu", "lien he", "lien lac", "su kien", "van ban", "thu tuc hanh chinh", "cuoc song", "cong dong", "rao vat", "quang cao", "e paper",
  "bao in", "anh", "tuyen sinh", "dao tao", "nghien cuu", "hoat dong", "thong bao", "doanh nghiep", "chinh sach", "thi truong",
  "lien he quang cao", "ung ho", "cao pho", "advertise", "contact", "contact us", "subscribe", "about us",
  // an English paper's sections beside its news ones, as its menu runs them together: "News World Business Travel"
  "travel", "food", "arts", "books", "style", "money", "markets", "tech", "life", "education", "climate", "media", "real estate",
  "comment", "letters", "crosswords", "jobs", "cars", "shop", "newsletters", "events",
  // and its audio's: "News  Opinion  Business  Ukraine War  Podcasts  Newsletters"
  "podcasts",
  // and a local paper's pages for its readers' own news: "News  Sport  Business  Community  Obituaries"
  "community", "classifieds", "notices",
]);
/**
 * A Vietnamese site's menu copied as one line, its labels run together without the home page's label first or with
 * labels no section list holds between known ones: "Giới thiệu Tin tức - Sự kiện Thủ tục hành chính Văn bản Liên hệ",
 * "Trang chủ Thời sự Hàn Quốc Cuộc sống Học tiếng Hàn Podcast", "Tin Úc Tin Việt Nam Tin thế giới Đời sống Quảng cáo".
 * It opens with a known label, known labels (three at least) hold half its words or more, every label a capital opens
 * and no four words in lower case run together (a sentence's do); no digit, no sentence's punctuation, a letter only
 * Vietnamese writes. A headline in sentence case opening with a section's word ("Thời sự: …", "Đời sống người Việt ở
 * Nga khó khăn hơn") goes on in words no menu holds.
 */
function labelRun(plain: string): boolean {
  if (plain.length < 20 || plain.length > 120 || /[\d.,:;!?"“”()]/u.test(plain) || !VIETNAMESE_LETTER.test(plain)) return false;
  // (a site's name of a medium's kind before its capitalised name holds labels too: "Diễn đàn Nông nghiệp Miền Tây Việt Nam")
  if (KIND_FIRST.test(plain)) return false;
  const words = plain.split(/\s+/).filter((w) => !/^[-–|·•]$/u.test(w));
  if (words.length < 5 || words.length > 20 || !/^[\p{Lu}]/u.test(words[0] ?? "")) return false;
  let lower = 0;
  for (const w of words) if ((lower = /^[\p{Ll}]/u.test(w) ? lower + 1 : 0) >= 4) return false;
  const folded = words.map((w) => foldForMatch(w));
  const known = (from: number, n: number): boolean => {
    const span = words.slice(from, from + n).join(" ");
    const key = folded.slice(from, from + n).join(" ");
    return /^[\p{Lu}]/u.test(span) && (SECTIONS.has(key) || MENU_LABELS.has(key) || regionSection(span));
  };
  let i = 0;
  let labels = 0;
  let covered = 0;
  while (i < words.length) {
    const n = [4, 3, 2, 1].find((k) => i + k <= words.length && known(i, k));
    if (n === undefined) {
      if (i === 0) return false;
      i++;
      continue;
    }
    labels++;
    covered += n;
    i += n;
  }
  return labels >= 3 && covered * 2 >= words.length;
}
/**
 * A menu copied as one line with no home label before it, under a masthead: "Tin Úc Tin Việt Nam Tin thế giới Đời sống
 * Quảng cáo", "World Politics Business Sport Lifestyle". Every word belongs to a label (a known section, a region's
 * "Tin …" section, a menu's own label), each label opens with a capital, four labels at least, no sentence's mark. A
 * headline of capitalised words ("China Japan Korea Summit Ends") holds a word no menu does.
 */
function sectionRun(plain: string): boolean {
  if (plain.length > 120 || /[.,:;!?…"“”()|/]/.test(plain)) return false;
  const raw = plain.split(/\s+/);
  const words = raw.map((w) => foldForMatch(w));
  if (words.length < 4 || words.length > 20 || words.some((w) => w.length === 0 || w.includes(" "))) return false;
  let i = 0;
  let labels = 0;
  while (i < words.length) {
    if (!/^[\p{Lu}]/u.test(raw[i] as string)) return false;
    const n = [4, 3, 2, 1].find((k) => {
      if (i + k > words.length) return false;
      const label = words.slice(i, i + k).join(" ");
      return SECTIONS.has(label) || MENU_LABELS.has(label) || (words[i] === "tin" && k >= 2 && (NEWS_REGIONS.has(words.slice(i + 1, i + k).join(" ")) || SECTIONS.has(words.slice(i + 1, i + k).join(" ")))) || (k >= 2 && WAR_LABEL.test(label));
    });
    if (n === undefined) return false;
    i += n;
    labels++;
  }
  return labels >= 4;
}
/**
 * A war a site gives a page of its own in its menu, folded: "Ukraine War", "War in Ukraine", "Chiến sự Ukraine",
 * "Xung đột Nga Ukraine" (a place's word and the war's, between known labels: "News Opinion Ukraine War Podcasts").
 */
const WAR_LABEL = /^(?:[a-z]{3,20} war|war in [a-z]{3,20}|(?:chien su|xung dot) [a-z]{2,20}(?: [a-z]{2,20})?)$/;
/** A menu's entry (folded): a section, a region or community a Vietnamese site names its news after, a site's own page. */
const menuEntry = (folded: string): boolean => SECTIONS.has(folded) || NEWS_REGIONS.has(folded) || MENU_LABELS.has(folded);
/** A trail that opens with the home page's label, its parts between slashes too: "Trang chủ / Tin tức - Sự kiện / Đối ngoại". */
const homeTrail = (parts: readonly string[]): boolean => parts.length >= 2 && /^(?:trang chu|trang nhat|trang nha|home|homepage)$/.test(foldForMatch(parts[0] ?? ""));

/**
 * A story's credit under the text, a dash before the desk and the wire it rewrote, both in capitals: "– TIMES/AFP",
 * "— STAFF/EFE" (a picture's credit names a photographer after the slash: "REUTERS/Kim Hong-ji").
 */
export const DESK_AND_WIRE = /^[-–—]\s?\p{Lu}[\p{Lu}\d .&-]{1,30}\/(\p{Lu}[\p{Lu}\d.+-]{1,11})$/u;
/**
 * A wire's name alone in brackets under a story ("(Reuters)", "[AFP]", "(TASS)"), South Asia's and Türkiye's wires
 * too ("(ANI)", "(PTI)", "(APP)", "(UNB)", "(AA)" for Anadolu): the wire's copy, not the site.
 */
/** Wires a foot's "with information from" credits by name (its words alone are a sentence's too: "With information from the ministry scarce, …"). */
const INFORMATION_WIRES = String.raw`(?:the\s)?(?:Canadian Press|Associated Press|Reuters|Agence France-Presse|AFP|AP|CP|dpa|Kyodo|Yonhap|Newsis|Xinhua|TASS|EFE|ANSA|Bloomberg|TTXVN|Thông tấn xã Việt Nam)`;
/**
 * A foot's credit to the wires whose information the story holds: "With information from The Canadian Press", "With
 * information from Reuters and AFP", "Với thông tin từ Reuters": the wires credited, when each is one.
 */
export const INFORMATION_FROM_WIRE = new RegExp(String.raw`^(?:[-–—]\s?)?\(?(?:with (?:information|info) from|với thông tin (?:từ|của)|theo thông tin (?:từ|của))\s(${INFORMATION_WIRES}(?:(?:,\s|\s(?:and|và)\s)${INFORMATION_WIRES}){0,3})\)?\.?$`, "iu");
const BRACKETED_WIRE = /^[(\[](?:AP|AFP|Reuters|REUTERS|dpa|DPA|Kyodo|Yonhap|TASS|Sputnik|Xinhua|AAP|ANP|EFE|ANSA|Bernama|Antara|KCNA|UPI|Interfax|PTI|IANS|ANI|UNI|APP|UNB|BSS|AA|Trend)[)\]]\.?$/u;
/** A wire's sign-off alone under its copy, as a carrying site keeps it: "-- BERNAMA", "— AFP", "– Reuters", "-- Yonhap". */
const DASHED_WIRE = /^(?:--|[–—])\s?(?:BERNAMA|Bernama|AFP|REUTERS|Reuters|AP|XINHUA|Xinhua|ANTARA|Antara|PTI|IANS|ANI|AAP|dpa|DPA|YONHAP|Yonhap|KYODO|Kyodo|TTXVN|VNA)\.?$/u;
/**
 * A wire's name alone on its line under its copy, no bracket nor dash ("Kyodo", "Reuters", "AFP", "XINHUA"), or
 * spelled out ("Agence France Presse", "Associated Press", "Anadolu Agency", or "Anadolu", the name it signs with), as a
 * carrying site signs the story it ran;
 * Europe's national wires too ("TT" under a Radio Sweden story, "NTB", "BNS", "PAP", "ČTK", "TASR", "Ukrinform"), and
 * the Vietnam News Agency by either of its names ("TTXVN", "VNA" under an English page's copy).
 */
export const BARE_WIRE = /^(?:Agence France[- ]Presse|(?:The )?Associated Press|Anadolu Agency|Anadolu|AFP|AP|REUTERS|Reuters|KYODO|Kyodo|YONHAP|Yonhap|XINHUA|Xinhua|BERNAMA|Bernama|ANTARA|Antara|dpa|DPA|TASS|EFE|ANSA|AAP|PTI|IANS|UNB|BSS|TT|NTB|BNS|PAP|CTK|ČTK|TASR|LETA|ELTA|BTA|MTI|STT|ANP|APA|Ritzau|Belga|Lusa|Ukrinform|Agerpres|TTXVN|VNA)\.?$/u;
/**
 * A paper's name and the wire it ran, parted by a slash, as a byline: "L'Orient Today / AFP", "The Straits Times / AFP",
 * "Daily News / Reuters" (the name a lexicon's outlet, or ending in a paper's word); a photographer's name and the wire
 * stay a picture's credit ("Kevin Lamarque / Reuters").
 */
const OUTLET_AND_WIRE = /^(\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,4})\s\/\s(?:AP|AFP|Reuters|REUTERS|Xinhua|Yonhap|Kyodo|TASS|Anadolu|dpa|EFE|ANSA)$/u;
/** The same with a paper's word closing the name, read without the lexicon (a credit line's form). */
export const OUTLET_AND_WIRE_PAPER =
  /^\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}\s(?:Today|Times|News|Post|Daily|Herald|Tribune|Journal|Gazette|Star|Observer|Express|Chronicle|Standard|Monitor|Telegraph|Review|Online|Mail|Independent|Nation|Press)\s\/\s(?:AP|AFP|Reuters|REUTERS|Xinhua|Yonhap|Kyodo|TASS|Anadolu|dpa|EFE|ANSA)$/u;
const PAPER_WORD = /\s(?:Today|Times|News|Post|Daily|Herald|Tribune|Journal|Gazette|Star|Observer|Express|Chronicle|Standard|Monitor|Telegraph|Review|Online|Mail|Independent|Nation|Press)$/u;
/**
 * A reporter's name, a slash and the outlet or station, with what the reporter did or the source in brackets: "Minh
 * Hòa/VOV.VN (Theo TASS)", "Minh Anh/VOV Giao thông (tổng hợp)", "Thu Hằng/VOV2 (t/h)" (a station's capitals carry its
 * channel's number: VOV2, VTV24, H1), or the source after it without brackets ("Thanh Hà/VOV.VN Theo Yonhap").
 * Groups: the name, the outlet, the source in brackets, the source without them.
 */
// (no "i" flag: under it \p{Lu} would take small letters too; the notes in brackets are spelled in both cases; the
// outlet's words stop before a source's cue, each letter asked once)
export const SLASH_CREDIT =
  /^([\p{L} .]{2,40})\/((?:(?!\s(?:[Tt]heo|THEO|[Nn]guồn|NGUỒN)\s)[\p{L}.+ ]){2,30}|\p{Lu}{1,5}\d{1,2})(?:\s*\((?:(?:[Tt]heo|THEO|[Nn]guồn|NGUỒN)\s+([^()]{2,40})|[Tt]ổng hợp|TỔNG HỢP|[Tt]\/[Hh]|[Ll]ược dịch|LƯỢC DỊCH|[Bb]iên dịch|BIÊN DỊCH|[Dd]ịch|DỊCH|[Cc]huyển ngữ|CHUYỂN NGỮ)\)|\s(?:[Tt]heo|THEO|[Nn]guồn|NGUỒN):?\s([^()/]{2,40}))?$/u;
/**
 * A foreign broadcaster's story credited under its relay, by the broadcaster's initials or its language service's name
 * ("Theo VOA (24/03/2026)", "(RFA)", "Nguồn: DW Tiếng Việt, 24/3/2026", "Lược dịch từ BBC News Tiếng Việt, bài đăng
 * ngày 27/3/2026.", "Via VOA Tiếng Việt", "Adapted from RFA Vietnamese's report of March 25."): the broadcaster's
 * initials in its group, the original's date after it dropped. A cue is needed but for brackets: "BBC" alone on a line
 * is a link or a logo as often as a credit. Asia's broadcasters too, by their world service's name ("Theo KBS World",
 * "Nguồn: NHK World-Japan", "(Arirang TV)").
 */
/** The broadcaster RELAYED_BROADCASTER's group names, as it writes itself: initials in capitals ("VOA", "KBS"), a name capitalised ("Arirang"). */
export function relayedName(group: string): string {
  return /^[A-Za-z]{2,3}$/.test(group) ? group.toUpperCase() : group.charAt(0).toUpperCase() + group.slice(1).toLowerCase();
}
export const RELAYED_BROADCASTER = new RegExp(
  String.raw`^(?:[(\[]|(?:theo|nguồn|source|via|(?:lược |biên )?dịch (?:từ|theo)|chuyển ngữ (?:từ|theo)|adapted from|translated from|retold from)\s*:?\s+)` +
    String.raw`(?:the\s)?(BBC|VOA|RFI|RFA|DW|KBS|NHK|CRI|Arirang)(?: News| World(?: Radio|[- ]Japan)?| TV)?(?: Tiếng Việt| Vietnamese)?` +
    String.raw`(?:['’]s? (?:report|story|article)(?: (?:of|on|from) [\p{L}\d ,]{2,24})?)?` +
    String.raw`(?:\s?\(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)|,\s?(?:bài đăng ngày\s|ngày\s)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?[)\]]?\.?$`,
  "iu",
);
/**
 * The original's link line under a relay with its source and date in brackets after its headline: "Bài gốc: North
 * Korean general visits Russian weapons factory (VOA, 24/3/2026)", "Original: … (Reuters)": the broadcaster or the
 * wire in the first group.
 */
export const ORIGINAL_WITH_SOURCE =
  /^(?:bài gốc|bài viết gốc|nguồn bài gốc|original(?: article| story)?)\s?:\s?[^()]{4,200}\((BBC|VOA|RFI|RFA|DW|AP|AFP|Reuters)(?:,\s?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\)\.?$/iu;
const CREDIT_FOOTER: RegExp[] = [
  RELAYED_BROADCASTER,
  ORIGINAL_WITH_SOURCE,
  /^\((?:reporting|writing|additional reporting|editing|compiled) by\b[^)]*\)?\.?$/i,
  /^\(by\s+[^()]{3,100}\)$/i, // "(By Lin Chia-hsuan, Wu Yu-ting and Kevin Hsu)" under a wire's story
  // "Tổng hợp", "Sưu tầm", "Lược dịch": the desk compiled, collected or translated it from the sources it names
  /^\(?(?:tổng hợp|pv tổng hợp|sưu tầm|st|lược dịch|biên dịch|lược thuật|dịch và tổng hợp|compiled|translated)\)?\.?$/i,
  /^\(?(?:TTXVN|VNA|Vietnam\+|TTXVN\/Vietnam\+|[\p{L} ]{2,30}\/Vietnam\+)\)?\.?$/u,
  /^\(?theo\s*:?\s+[^()]{2,60}\)?\.?$/i,
  SLASH_CREDIT,
  /^(?:nguồn|source)\s*:\s*[^/]{2,60}$/i,
  // the source with the rights' mark or the site's hashtags after it: "Source: © NTB / #NorwayToday / #NorwayNews"
  /^(?:nguồn|source)\s*:\s*(?:©\s?[^\n]{2,80}|[^/\n]{2,40}(?:\s?\/\s?#[\p{L}\d_]{2,40}){1,4})$/iu,
  /^[(\[](?:nguồn|source)\s*:\s*[^()[\]/\d]{2,40}[)\]]\.?$/i, // "(Source: Reuters)", "[Source: Kyodo]" under the text (a dated screenshot note is none)
  /^\(?with (?:inputs?|additional inputs?|reporting|additional reporting|material) from [^()]{2,60}\)?\.?$/i, // "(With input from Xinhua)", "(With inputs from Reuters)"
  /^(?:[-–—]\s?)?\(?with files from [^()]{2,60}\)?\.?$/i, // "— With files from The Associated Press", "With files from The Canadian Press"
  INFORMATION_FROM_WIRE, // "With information from The Canadian Press", "Với thông tin từ Reuters"
  /^(?:[-–—•]\s?)?\(?with (?:AAP|AFP|AP|Reuters|dpa|Keystone-SDA|PA|ANP|Kyodo|Yonhap)\)?\.?$/i, // "With AAP", "- With AFP" at the end of a post
  BRACKETED_WIRE,
  DASHED_WIRE,
  BARE_WIRE,
  /^\(?(?:with |additional )?reporting by [^()]{2,60}\)?\.?$/i, // "Additional reporting by AFP", "With reporting by X" under the text
  DESK_AND_WIRE, // "– TIMES/AFP": the desk and the wire it rewrote
  OUTLET_AND_WIRE_PAPER, // "L'Orient Today / AFP": the paper and the wire it ran
  /^(?:contributing|contributors?|contributing (?:reporters?|writers?|editors?)|cộng tác|cùng thực hiện)\s*:\s*[^()]{2,80}$/iu, // "Contributing: X" under a story
  /^\((?:(?:photo|image|picture|cover photo|main photo)s? (?:source|credit|courtesy)s?|nguồn ảnh|ảnh bìa)\s*:\s*[^()]{2,80}\)\.?$/iu, // "(Photo source: Mae.ro)" at the foot
  /^some (?:information|material) (?:for|in) this (?:report|story|article) (?:came|comes) from [^()]{2,60}\.?$/i,
  /^(?:tin|bài|(?:tin|bài|ảnh)(?:,| và| &) (?:ảnh|bài)|text and photos|photos and text)\s*:\s*.{2,60}$/i, // "Ảnh và bài: X" signs a photo story as "Bài và ảnh" does
  // the desk's compiler named under a digest or a relay: "Tổng hợp: Thanh Tâm", "Biên soạn: Minh Anh" (a name, not a
  // sub-heading's phrase: "Tổng hợp: những điểm chính" is text; a translator's "Biên dịch: X" is left as it was)
  /^(?:[Tt]ổng hợp|TỔNG HỢP|[Bb]iên soạn|BIÊN SOẠN|[Cc]ompiled by)\s?:\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4}$/u,
];

/**
 * The writer, what they did and the source, no brackets: "Nguyễn Hùng chuyển ngữ theo AP", "Minh Anh tổng hợp từ
 * Reuters", "Lan Hương lược dịch theo Kyodo", "Phêrô Nguyễn Văn Hòa tổng hợp (theo Reuters)" (the name in its first
 * group, the source in its second, or in its third when bracketed).
 */
export const NAMED_NOTED_SOURCE = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s(?:tổng hợp|lược dịch|biên dịch|dịch|chuyển ngữ)\s(?:(?:theo|từ)\s([^()]{2,40})|\((?:theo|từ)\s([^()]{2,40})\))$/u;
/** A credit line of that form; asked only of short lines with "theo" or "từ" in them (the source in brackets too: "Phêrô Nguyễn Văn Hòa tổng hợp (theo Reuters)"). */
const namedNotedCredit = (plain: string): boolean => plain.length <= 100 && /[\s(](?:theo|từ)\s/u.test(plain) && NAMED_NOTED_SOURCE.test(plain);

/** A credit line under a story ("Additional reporting by AFP", "With AAP", "(Reporting by …)", "Theo TTXVN"). */
export const isStoryCredit = (plain: string): boolean => plain.length <= 120 && (anyCreditFooter(plain) || namedNotedCredit(plain));

/** A date line whose cue says it is the last update, not the publication: "Cập nhật lúc", "Updated:", "Modified:". */
// (수정 as a browser translates it: "Sửa đổi", "Chỉnh sửa", "Modified")
export const isUpdateLine = (line: string): boolean => /^[\s•·|(–—-]*(?:đã cập nhật|cập nhật|ngày cập nhật|(?:đã )?sửa đổi|chỉnh sửa|updated|last updated|modified|mis à jour)(?![\p{L}])/iu.test(line) || UPDATE_AFTER_LEAD_IN.test(line);
/** An update's cue after a dateline's place or a reading time: "New Delhi, Updated At : …", "3 min read Last Updated : …". */
const UPDATE_AFTER_LEAD_IN = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}.'’-]{1,20}(?: [\p{Lu}][\p{L}.'’-]{1,20}){0,2},|${caseless(String.raw`\d{1,2}\s?(?:min|mins|minutes?|phút)\s(?:read|đọc)\s?[|·•-]?`)})\s?${caseless(String.raw`(?:đã cập nhật|cập nhật|updated|last updated|last modified|modified)\b`)}`, "u");

// (with the labels of Korean and Japanese pages as a browser translates them word for word: 입력 "Đầu vào" / "Input",
// 송고 "Thời gian gửi", 発表 / 公開 "Thông báo" / "Announced", and 수정 "Sửa đổi" / "Modified", an update's)
const DATE_CUE = /^(?:(?:publication |release |issue )?date(?=\s*:|\s+\d)|(?:đã )?(?:công chiếu|phát trực tiếp)(?: vào)?|premiered(?: on)?|streamed live(?: on)?|đã cập nhật|cập nhật(?: lúc| ngày| lần cuối)?|đăng(?: lúc| ngày| tải)?|ngày đăng|ngày cập nhật|xuất bản|đầu vào|thời gian (?:gửi|nhập|đăng)|(?:article )?input|announced|thông báo|(?:đã )?sửa đổi|chỉnh sửa|modified|(?:first |originally )?published(?: on| at)?|posted(?: on| at)?|updated(?: on| at)?|last updated|last modified|publié le|mis à jour le|write(?=\s*:)|written(?: on| at)?(?=\s*:))\s*:?\s*/i;
const WEEKDAY = /^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s*)/i;
const ZONE_TAIL = /\s*\(?\s*(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?\s*$/i;

/** Words a date line may carry besides its date and time (folded): cue words, weekdays, zones, "lúc", "at". */
const DATE_LINE_WORDS = new Set(
  (
    "dang ngay luc vao cap nhat lan cuoi xuat_ban gio published posted updated update issued modified last on at am pm sang chieu toi trua dem write written " +
    "thu hai ba tu nam sau bay chu nhat monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
    "gmt utc ict edt est bst cet cest msk kst jst pdt pst cdt cst et pt ct mt"
  ).split(" "),
);
/**
 * Cue words that are cues only together, joined into one word before the line's words are counted: "xuất bản"
 * (published) is a cue, "bản" alone is not ("Bản tin thời sự tối 4/12/2026" is a bulletin's name, not a date line).
 */
const cuePhrases = (folded: string): string => folded.replace(/\bxuat ban\b/g, "xuat_ban");
/** A time anywhere in a line: "07:05", "07.12 GMT", "9:30 AM", "19 giờ 40", "8h30". */
const LOOSE_TIME = /(?<![\d/.:])(\d{1,2})(?:[:h]|\.(?=\d{2}(?!\d)(?!\.\d))|\s*giờ\s*)(\d{2})?(?:\s*phút)?(?![\d/.])(?:\s*(AM|PM|a\.m\.|p\.m\.|sáng|chiều|tối))?/i;

/**
 * A line that states a full date (with its year) and little else: the date, a time anywhere on the line ("Updated
 * 2:23 AM EDT, Tue October 15, 2024", "Fri 27 Dec 2024 07.12 GMT", "Ngày 21 tháng 9 năm 2024, 19 giờ 40"), and
 * besides them only cue words, weekdays, zones and at most `extra` other words (an outlet name before it, a list of
 * sections after a "|"). `rest` is what is left of a byline or credit glued in front ("Thùy Linh, Theo Dân Việt
 * 02:15 29/10/2024"). Never a date without its year, never a sentence.
 */
/** A Vietnamese paper's or journal's name before a dash or a bar, the stamp after it: "Tạp chí Hữu nghị -", "Báo Đồng Nai |". */
const SOURCE_BEFORE_STAMP = /^(?:Báo|Tạp chí|Đài|Tuần báo|Nhật báo)\s\p{Lu}[^\d|–—.!?-]{1,50}?\s[-–—|]$/u;
/**
 * An English paper's name before a bullet, as a news app prints the source over the stamp: "The Bayou Ledger-Star ·",
 * "Hamilton Evening Times •" (capitalised words, the last a paper's: Times, Star, Ledger, Courier …).
 */
const PAPER_BEFORE_BULLET = /^(?:The\s)?(?:\p{Lu}[\p{L}'’&.]*[\s-]){0,4}(?:News|Times|Post|Journal|Herald|Star|Tribune|Gazette|Daily|Standard|Courier|Record|Ledger|Chronicle|Sentinel|Echo|Argus|Express|Observer|Mercury|Bulletin|Examiner|Register|Telegraph|Independent|Advertiser|Dispatch|Enquirer|Globe|Mail)\s[·•]$/u;
/** A post's age after a bullet or a bar: "· 2 giờ trước", "• 45 phút", "| 3 hours ago", "· 2h". */
const POST_AGE = String.raw`\d{1,3}\s?${caseless(String.raw`(?:phút|giờ|ngày|tuần|m|min|mins|minutes?|h|hrs?|hours?|d|days?)(?:\s(?:trước|ago))?`)}`;
/** A post's line under its headline naming its poster: "Đăng bởi: Trần Minh Khôi", "Posted by Jane Marsh · 3 hours ago". */
const POSTED_BY_NAME = new RegExp(String.raw`^${caseless(String.raw`(?:posted|shared|uploaded|(?:được\s)?đăng|gửi|chia sẻ)\s(?:by|bởi)`)}\s?:?\s([^\s\d|·•:][^\d|·•:]{0,50}?)(?:\s[·•|]\s${POST_AGE})?$`, "u");
/** A poster's or a channel's name before the post's age: "Kênh Thời sự 24h · 2 giờ trước", "Jane Marsh · 3 hours ago". */
const NAME_BEFORE_AGE = new RegExp(String.raw`^([\p{Lu}\d][^|·•:]{1,60}?)\s[·•|]\s${POST_AGE}$`, "u");
/** The post's age alone: "· 3 hours ago", "• 2 giờ trước". */
const AGE_ALONE = new RegExp(String.raw`^[·•]\s?${POST_AGE}$`, "u");
/** A site's account, never a person: "admin", "Ban biên tập", "BBT", "Tòa soạn", "Webmaster", "Editorial team". */
const SITE_ACCOUNT = /^(?:admin|administrator|quản trị viên|qtv|ban biên tập|bbt|tòa soạn|toà soạn|webmaster|editor|editors|editorial(?: team| staff| desk)?|the editors|newsroom|staff)$/iu;
/**
 * A post's furniture under its headline, as a blog, a forum or a channel's page prints it: "Đăng bởi: X", "Posted by
 * X", a channel's "Kênh X · 2 giờ trước", "· 3 hours ago". The poster when it is a person's name (the byline reader
 * knows it, no site's account and no outlet's name), "" when the line names none, or null when the line is no such
 * line. Lines over 120 characters never are.
 */
export function postLineName(plain: string): string | null {
  if (plain.length > 120) return null;
  if (AGE_ALONE.test(plain)) return "";
  const name = (POSTED_BY_NAME.exec(plain) ?? NAME_BEFORE_AGE.exec(plain))?.[1]?.trim();
  if (name === undefined) return null;
  const person = !SITE_ACCOUNT.test(name) && !/^(?:kênh|channel|báo|tạp chí|đài|trang)\s/iu.test(name) && lookupOutlet(name) === null && !englishPaperName(name) && NAME.test(name) ? readByline(name) : null;
  return person === name ? name : "";
}
/**
 * A news app's source line over the headline: a paper's, a magazine's or a station's name by its form, a bullet, the
 * story's age ("Tạp chí Pháp luật & Xã hội Miền Đông · 3 giờ trước", "Báo Hòa Sơn • 45 phút", "The Bayou Ledger-Star
 * · 2h"): the name, or null (a writer's name before the age is no source: "Bảo Ngọc • 5 giờ").
 */
export function sourceWithAge(plain: string): string | null {
  const m = plain.length <= 120 ? /^(\S.{2,70}?)\s[•·]\s\d{1,3}\s?(?:phút|giờ|ngày|tuần|m|min|mins|h|hrs?|hours?|d|days?)(?:\s(?:trước|ago))?$/iu.exec(plain) : null;
  const name = m?.[1];
  return name && (mastheadByForm(name) || SOURCE_BEFORE_STAMP.test(`${name} -`) || PAPER_BEFORE_BULLET.test(`${name} ·`)) ? name : null;
}
/** The paper's name a stamp's line opens with ("Tạp chí Hữu nghị - 03/12/2026 20:10": "Tạp chí Hữu nghị"), or null. */
export function sourceBeforeStamp(line: string): string | null {
  const m = line.length <= 120 ? /^(.{4,58}?\s[-–—|·•])\s/u.exec(line) : null;
  return m?.[1] && (SOURCE_BEFORE_STAMP.test(m[1]) || PAPER_BEFORE_BULLET.test(m[1])) && looseDateLine(line)?.rest === "" ? m[1].slice(0, -1).trim() : null;
}
/** Places of two words or more whose first word tells them from a person's name ("New York", "Hong Kong", "Tel Aviv"). */
export const CITY_FIRST_WORD = /^(?:New|San|Santa|Los|Las|Saint|St\.|Hong|Kuala|Abu|Addis|Tel|Buenos|Rio|São|Sao|Cape|Phnom|Port|Mexico|Ho|Hà|Thành phố|TP\.?)\s/u;
/** A person's name of two to four words before a dated line's comma ("Pavel Orlov"), never a city's ("New Delhi"). */
/** A name, then a day's full name closing it: "Ngọc Linh Thứ Năm", "Jane Doe Thursday" (the name, in group 1). */
const NAME_BEFORE_WEEKDAY = /^([^,\s][^,]{1,59}?)\s(?:[Tt]hứ\s(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s[Nn]hật|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/u;
function personBeforeDate(name: string): boolean {
  return name.includes(" ") && NAME.test(name) && !CITY_FIRST_WORD.test(name) && name !== name.toLocaleUpperCase() && lookupOutlet(name) === null && !isSection(name);
}
/** A podcast episode's label before its date: "Episode 112 ·", "Ep. 7 |", "Season 2, Episode 3 –". */
const EPISODE_HEAD = /^(?:(?:season|series)\s\d{1,3},?\s)?(?:episode|ep\.?)\s?#?\d{1,4}\s?[·•|–—-]\s?$/i;
/** Its length after the date: "· 38:12", "| 1:02:40", "· 41 min", "· 1 hr 5 min". */
const EPISODE_LENGTH = /^\s?[·•|–—-]\s?(?:(?:\d{1,2}:)?\d{1,3}:[0-5]\d|(?:\d{1,2}\s?(?:h|hr|hrs|hours?)\s?)?\d{1,3}\s?(?:m|min|mins|minutes?))\s*$/i;
/** An update's stamp after a bar: "| Sửa 2025-10-28 15:03", "| Modified 2025-10-28 17:40" (수정 as a browser translates it). */
const UPDATE_TAIL = /^(?:đã cập nhật|cập nhật|ngày cập nhật|(?:đã )?sửa(?: đổi)?|chỉnh sửa|updated|last updated|modified|mis à jour)\s?:?\s?\d/iu;
/**
 * The page's stamp without its update's on the same line: "Đăng 2025-10-28 14:22 | Sửa 2025-10-28 15:03" is "Đăng
 * 2025-10-28 14:22"; a line of one bar only, whose first part is no update itself.
 */
function withoutUpdateTail(line: string): string {
  const at = line.indexOf(" | ");
  if (at < 0) return line;
  const tail = line.slice(at + 3);
  return tail.includes(" | ") || !UPDATE_TAIL.test(tail) || isUpdateLine(line) ? line : line.slice(0, at);
}
/** A capitalised word, after "Theo", "By" or "Bởi" in any case or alone: the opening of a byline or a credit before a date. */
const CUED_CAPITAL = new RegExp(String.raw`^(?:${caseless("(?:theo|by|bởi)")}\s+)?[\p{Lu}]`, "u");
/** A reader's byline after the source and the date: "Korea Pro · Oct 29, 2025 11:20 · by Jeong Min-seo". */
const READER_BYLINE_TAIL = /\s[·•]\s(?:by|bởi)\s\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;
export function looseDateLine(whole: string, extra = 3): { date: ParsedDate; rest: string } | null {
  // "Submitted by A on Fri, 06/19/2026 - 11:05", "By A / June 16, 2026 / News": the stamp, and the poster its byline
  const posted = posterBeforeStamp(whole);
  if (posted) {
    const stamped = looseDateLine(posted.stamp, extra);
    return stamped && stamped.rest === "" ? { date: stamped.date, rest: `by ${posted.name}` } : null;
  }
  // (a portal's "Story by" label reads as "By": "Story by Aidan Walsh • 13/02/2026")
  const unstamped = withoutUpdateTail(whole.replace(/^(?:[Ss]tory [Bb]y|STORY BY)\s(?=[\p{Lu}])/u, "By "));
  // the writer a reader's line names after the date is the byline, the source's name before it none
  const tailed = unstamped.length <= 120 ? READER_BYLINE_TAIL.exec(unstamped) : null;
  const line = tailed ? unstamped.slice(0, tailed.index) : unstamped;
  const tailWriter = tailed ? `by ${tailed[0].replace(/^\s[·•]\s(?:by|bởi)\s/u, "")}` : "";
  // (a writer's degree in front is no sentence's stop: "ThS. Trịnh Bảo Ngọc · 04/12/2026 20:30")
  if (line.length > 120 || !(/\d{4}/.test(line) || US_CLOCK.test(line)) || /[.!?]\s+[\p{Lu}]|[.!?…]$/u.test(line.replace(DEGREE, "").replace(/\b(?:a\.m|p\.m)\.$/i, ""))) return null;
  // "| World, All": sections after the date, or a writer's name ("Ngày đăng: 04/12/2026 | Phạm Minh Tuấn"); "03/Dec/2026"
  const barTail = /\s*\|\s*([^|\d]*)$/.exec(line)?.[1]?.trim() ?? "";
  let s = line.replace(/\s*\|\s*[^|\d]*$/, "").replace(MONTH_BETWEEN, "$1 $3 $4");
  s = s.replace(/\((?:giờ|time|hora)\b[^)]*\)/gi, " ").replace(/\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?/gi, " ");
  const m = findDate(s);
  if (!m || m.precision === "month-day") return null;
  let before = s.slice(0, m.index);
  let after = s.slice(m.index + m.length);
  // a podcast's episode line: "Episode 112 · June 19, 2025 · 38:12", "Season 2, Ep. 7 | 3 Dec 2026 | 41 min": the
  // episode's number before the date and its length after it are no words of a sentence, and the length no clock
  if (EPISODE_HEAD.test(before)) {
    before = "";
    after = after.replace(EPISODE_LENGTH, "");
  }
  let publishedAt = m.publishedAt;
  if (m.precision === "day") {
    const t = LOOSE_TIME.exec(after) ?? LOOSE_TIME.exec(before);
    if (t) {
      let hour = Number(t[1]);
      const minute = Number(t[2] ?? "0");
      const mark = (t[3] ?? "").toLowerCase().replace(/\./g, "");
      if ((mark === "pm" || mark === "chiều" || mark === "tối") && hour < 12) hour += 12;
      if ((mark === "am" || mark === "sáng") && hour === 12) hour = 0;
      if (hour <= 23 && minute <= 59) {
        const zone = /\b(EDT|EST|BST|GMT|UTC|CET|CEST|MSK|KST|JST|ICT|PDT|PST|CDT|CST)\b/.exec(line)?.[1];
        const offsets: Record<string, string> = { EDT: "-04:00", EST: "-05:00", BST: "+01:00", GMT: "+00:00", UTC: "+00:00", CET: "+01:00", CEST: "+02:00", MSK: "+03:00", KST: "+09:00", JST: "+09:00", ICT: "+07:00", PDT: "-07:00", PST: "-08:00", CDT: "-05:00", CST: "-06:00" };
        publishedAt = `${publishedAt}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}${zone ? (offsets[zone] ?? "") : ""}`;
        if (after.includes(t[0])) after = after.replace(t[0], " ");
      }
    }
  }
  const head = before.replace(LOOSE_TIME, " ");
  const words = (x: string): string[] => cuePhrases(foldForMatch(x)).split(" ").filter((w) => w.length > 0 && !DATE_LINE_WORDS.has(w));
  const tailWords = words(after);
  const headWords = words(head.replace(DEGREE, ""));
  // a byline after the date, as a blog's post line prints it: "December 3, 2026 by Vĩnh An", "Posted on … by Jane Doe"
  const writer = headWords.length === 0 && /^[\s,·|–—-]*(?:by|bởi)\s/iu.test(after) ? after.replace(/^[\s,·|–—-]*(?:by|bởi)\s+/iu, "").trim() : "";
  if (writer.length > 0 && NAME.test(writer)) return { date: { publishedAt, precision: publishedAt.includes("T") ? "minute" : "day" }, rest: `by ${writer}` };
  // a writer's name after a bar, the date alone before it: "Thứ Năm, 03/12/2026 - 16:05 | Vũ Khánh Linh" (a section's
  // or an outlet's name there is no writer)
  if (barTail && headWords.length === 0 && tailWords.length === 0 && NAME.test(barTail) && !isSection(barTail) && !lookupOutlet(barTail)) {
    return { date: { publishedAt, precision: publishedAt.includes("T") ? "minute" : "day" }, rest: `by ${barTail}` };
  }
  // a feed reader's source line, the site, its writer and the date between slashes, as Feedly prints it: "Fylde Coast
  // Evening Echo / by Rachel Openshaw / Dec 3, 2026" (the site is read as the app's source, the writer as the byline)
  const slashed = tailWords.length === 0 ? READER_SLASH_LINE.exec(head.trim())?.[1]?.trim() : undefined;
  if (slashed !== undefined && NAME.test(slashed)) return { date: { publishedAt, precision: publishedAt.includes("T") ? "minute" : "day" }, rest: `by ${slashed}` };
  if (tailWords.length + headWords.length <= extra) {
    // "Bảo Anh | 22/10/2024 08:05": a person's name before a bar is a byline (a paper's name is not: "Báo X | …")
    const named = head.replace(/\s+$/, "");
    // "Ngọc Lan • 04/12/2026 21:05", "Minh Anh · 4/12/2026": a bullet parts them as a bar does
    // "By Rachel Novak  Dec 3, 2026, 5:48pm CST": a labelled byline before the date with nothing between them; "Pavel
    // Orlov, 2 May 2025": a person's name before the day written in words (a city's is a dateline: "New York, 4 December
    // 2026"; a day written in numbers after a name-shaped place is one too: "Hà Nội, 03/12/2026")
    const labelled = /^(?:by|bởi)\s+\S/iu.test(named) && !/\s[|•·–—-]\s/u.test(named);
    const dated = named.endsWith(",") && /[\p{L}]{3}/u.test(s.slice(m.index, m.index + m.length)) && personBeforeDate(named.slice(0, -1)) && headWords.length === named.split(/\s+/).length; // no weekday or label: "Thứ Năm,", "Updated Fri,"
    // "Ngọc Linh Thứ Năm, 03/12/2026 19:40", "Jane Doe Thursday, December 3, 2026": a person's name, then the day's
    // full name opening the stamp, as a byline's name and its date print side by side (a place's name is a dateline's:
    // "Hà Nội Thứ Năm, 03/12/2026"; a cue before the weekday is no name: "Posted On Friday, …", "Cập nhật Thứ Năm, …")
    const weekdayed = named.endsWith(",") ? NAME_BEFORE_WEEKDAY.exec(named.slice(0, -1)) : null;
    const dayNamed = weekdayed?.[1] && personBeforeDate(weekdayed[1]) && !DATE_CUE.test(weekdayed[1]) && headWords.length === words(weekdayed[1]).length ? weekdayed[1] : "";
    const front = named.endsWith("|") || /\s[•·]$/u.test(named) ? named.slice(0, -1).trim() : /\s[-–—]$/.test(named) ? named.slice(0, -1).trim() : labelled ? named : dated ? named.slice(0, -1) : dayNamed;
    // "BY ELLEN MITCHELL - 12/03/26 4:05 PM ET": a name in capitals is a byline only after "By"
    const person = front.replace(/^(?:by|bởi)\s*[-–:]?\s+/i, ""); // "By - Ritika Menon | 4 Dec 2026 4:20 PM" too
    const byline = tailWords.length === 0 && (NAME.test(person.replace(DEGREE, "")) || (person !== front && CAPS_NAME.test(person))) && !/^(?:báo|tạp chí|đài|trang|kênh)\s/i.test(front) && !lookupOutlet(front) ? front : "";
    return { date: { publishedAt, precision: publishedAt.includes("T") ? "minute" : "day" }, rest: tailWriter || byline };
  }
  // a byline or credit in front: capitalised words and "Theo", nothing after the date
  const front = head.replace(/[\s,|–—-]+$/, "").trim();
  if (tailWords.length === 0 && front.length <= 60 && CUED_CAPITAL.test(front) && front.split(/\s+/).every((w) => /^[\p{Lu}(]|^(?:theo|và|and|by)$/u.test(w) || /^[\p{Lu}][\p{L}]*,$/u.test(w))) {
    return { date: { publishedAt, precision: publishedAt.includes("T") ? "minute" : "day" }, rest: front };
  }
  // a source's or a channel's name before a bullet, as an aggregator's or an app's line under the headline prints it
  // ("Báo Lao động và Xã hội · 16:40 03/12/2026"): a name's words, whatever their case, and nothing after the date
  // (or before a dash or a bar when the name opens with a paper's kind: "Tạp chí Hữu nghị - 03/12/2026 20:10", an app's
  // "share as text")
  const source = (/^[\p{Lu}][^\d·•|.!?]{1,58}?\s[·•]$/u.test(front) || SOURCE_BEFORE_STAMP.test(head.trim())) && front.split(/\s+/).length <= 9;
  if (tailWords.length === 0 && source) return { date: { publishedAt, precision: publishedAt.includes("T") ? "minute" : "day" }, rest: tailWriter };
  return null;
}

/** "Site / by Writer /" before a feed reader's date: the writer. */
const READER_SLASH_LINE = /^[\p{Lu}][^\d/·•|!?]{1,58}?\s\/\s(?:by|bởi)\s([^\d/·•|!?]{3,60}?)\s\/$/u;

/**
 * A clock before the date ("11:25 14/07/2025", "9:30 AM EDT, July 1, 2024", "2:31 p.m. Dec 3, 2026"): the clock, its
 * zone in capitals (a month's short name after the clock is the date's, not a zone; "10:30 Thu, Dec 3" has no zone),
 * and the rest.
 */
const CLOCK_BEFORE_DATE = new RegExp(String.raw`^(\d{1,2}:\d{2}(?:\s*${caseless(String.raw`(?:AM|PM|a\.m\.|p\.m\.|sáng|chiều|tối)`)})?(?:\s*(?!${caseless("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")}[\p{L}]*\s\d)[A-Z]{3,4}(?:[+-]\d{1,2})?)?)\s*[,|-]?\s+(.+)$`, "u");
/**
 * A date line in any of the everyday header forms, or null: bullets and credits in front ("• ", "(TTXVN/Vietnam+)| "),
 * cue words ("Cập nhật", "Updated"), weekdays, time before date ("11:25 14/07/2025"), seconds, "(GMT+7)" zones,
 * English "06:26 September 22, 2022" and "Updated 9:30 AM EDT, July 1, 2024", "13.09.2023, 15:54 (cập nhật: …)".
 */
export function readDateLine(line: string): ParsedDate | null {
  if (line.length > 140 || !/\d/.test(line)) return null;
  // the title score asks about the same neighbour lines again and again
  const cached = dateLineCache.get(line);
  if (cached !== undefined) return cached;
  const d = readDateLineUncached(line);
  if (dateLineCache.size > 2000) dateLineCache.clear();
  dateLineCache.set(line, d);
  return d;
}
const dateLineCache = new Map<string, ParsedDate | null>();

/** A US page's numeric date ("12/03/26 4:05 PM ET"): month first when the line's clock is 12-hour with a US zone. */
const US_CLOCK = /\d\s?(?:AM|PM|a\.m\.|p\.m\.)\s?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b/i;
const usOrder = (line: string): string => (US_CLOCK.test(line) ? line.replace(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?![\d/])/, "$2/$1/$3") : line);
/** "Updated …|Published …", "Updated …, first published …": where the publication's part of an update line starts. */
const PUBLISHED_PART = /(?:[|,;]\s*|\s[-–—]\s)(?:first\s+)?(?:published|posted|created|đăng(?: lúc| ngày)?|xuất bản)\b/i;
/**
 * A wire's, a desk's or a labelled writer's name before an update line, parted by a bar: "Reuters | Updated: 04-12-2026
 * 11:42 IST | Created: …", "Edited By: Priya Raghavan | Updated: Dec 04, 2026, 14:35 IST" (Indian sites' header line).
 */
const CREDIT_BEFORE_UPDATE = new RegExp(String.raw`^${caseless(String.raw`(?:(?:edited|curated|written|reported|compiled)\s+by\s?:\s?)?`)}[\p{Lu}][\p{L}.&' -]{1,30}?\s\|\s(?=${caseless(String.raw`(?:last\s+)?(?:updated|cập nhật)\b`)})`, "u");
/** The credit an update line carries before its bar ("Edited By: Priya Raghavan | Updated: …": "Edited By: Priya Raghavan"), or null. */
export function creditBeforeUpdate(line: string): string | null {
  const m = line.length <= 140 ? CREDIT_BEFORE_UPDATE.exec(line) : null;
  return m ? m[0].replace(/\s\|\s$/, "") : null;
}

/**
 * The publication's part among a line's parts between bars, labelled: "By Agence France-Presse | PUBLISHED: December
 * 4, 2026 at 8:05 AM EST | UPDATED: December 4, 2026 at 10:31 AM EST" (a byline first, the update after).
 */
const BAR_PUBLISHED = /(?:^|\s\|\s)(?:published|posted|first published)\s?:\s?([^|]{6,60}?)(?=\s\|\s|\s*$)/i;
/** The first publication as a time only, after an update's full date: "Updated December 5 2026 - 9:20am, first published 7:05am". */
const CLOCK_ONLY = /^(?:first\s+)?(?:published|posted|created)\s?:?\s?(?:at\s)?(\d{1,2})[:.](\d{2})\s?(?:([ap])\.?m\.?)?$/i;
function publishedClockOnly(publishedPart: string, updatePart: string): ParsedDate | null {
  const clock = CLOCK_ONLY.exec(publishedPart.trim());
  if (!clock) return null;
  const updated = readDateLine(updatePart.replace(/[\s,;|–—-]+$/, ""));
  if (!updated || updated.precision !== "minute") return null;
  let hour = Number(clock[1]);
  const minute = Number(clock[2]);
  const half = clock[3]?.toLowerCase();
  if (half === "p" && hour < 12) hour += 12;
  if (half === "a" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  const at = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(.*)$/.exec(updated.publishedAt);
  if (!at?.[1]) return null;
  // published after the update's clock: the day before ("Updated … 1:20am, first published 11:05pm")
  let day = at[1];
  if (hour * 60 + minute > Number(at[2]) * 60 + Number(at[3])) day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { publishedAt: `${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}${at[4] ?? ""}`, precision: "minute" };
}

/** A year glued to the clock after a month's name and day, as a select-all joins two spans: "December 4, 202611:42 AM". */
export const YEAR_GLUED_TO_CLOCK = /(?<=\b\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s|\b\d{1,2}\s\p{L}{3,9}\.?,?\s|\b\d{1,2}\s[Tt]háng\s(?:\d{1,2}|\p{L}{2,4}(?:\s\p{L}{2,4})?),?\s)((?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))/u;
/** What every match of YEAR_GLUED_TO_CLOCK holds: the year's four figures and the clock's hour, its colon and minutes. */
export const YEAR_CLOCK_DIGITS = /(?:19|20)\d{3,4}:\d{2}/;
/**
 * The place after a briefing's or press conference's date and 12-hour clock: "Thursday, December 3, 2026, 4:30 p.m.
 * Ministry of Foreign Affairs", "…, 10:05 a.m. Prime Minister's Office" (capitalised words only, no sentence; a zone's capitals, "EST", are no place).
 */
const VENUE_AFTER_CLOCK = /^(.{6,60}?\d{4},?\s+\d{1,2}:\d{2} [AP]M)\s+(?:\p{Lu}\p{Ll}[\p{L}'’.-]*)(?:\s(?:of|the|for|and|on|\p{Lu}[\p{L}'’.-]*)){0,7}$/u;

const CLOCK_BEFORE_MONTH_DAY = /^(\d{1,2}:\d{2}\s?(?:AM|PM))\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2})$/i;

/**
 * A statement of the first publication under a story: "This story was originally published December 3, 2026 at 6:00
 * AM.", or the posting time labelled as such under a page whose header prints the update ("Cập nhật lúc 16:40 …" above,
 * "Đăng lúc 10:15 ngày 04/12/2026", "Ngày đăng: …", "Published: …" below).
 */
export const isFirstPublishedLine = (line: string): boolean => FIRST_PUBLISHED.test(line) || PUBLISHED_LABEL.test(line);
const PUBLISHED_LABEL = /^(?:đăng(?: tải)?(?: lúc| ngày| vào)?|ngày đăng|ngày xuất bản|xuất bản(?: lúc| ngày)?|published(?: on| at)?|posted(?: on| at)?|publié le)\s*:?\s+\d/iu;
const FIRST_PUBLISHED = /^(?:this (?:story|article|report|post) was )?(?:originally|first) published(?: on)?(?:\s*:\s*|\s+)(\S.{5,60}?)\.?$/i;

/** A day, the month's English name or abbreviation and the year joined by dashes or slashes: "06-Jun-2025", "03/Dec/2026". */
const MONTH_BETWEEN = /\b(\d{1,2})([-/])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\2(\d{4})\b/i;

/**
 * A byline sentence before the date's own sentence on one line: "Written by Tram Nguyen. Published on 04 December
 * 2026.", "By Jane Doe. Updated 3 Dec 2026": the date is read from the cue on (the name, with no digit or full stop,
 * is the byline's).
 */
const BYLINE_BEFORE_CUE = /^(?:(?:written|reported|words|story) by|by|bởi)\s+[^.|\d]{2,60}\.\s+(?=(?:first\s+|originally\s+)?(?:published|posted|updated|đăng)\b)/iu;
/** A blog's "Posted on <date> by <who>": the poster's name after the date, no part of it (read only after a posting cue). */
/**
 * The writer after the page's stamp and a separator, with the label a Vietnamese or English template prints: "Ngày
 * đăng: 15/08/2026 · Người viết: Ngọc Ánh", "12/08/2026 | Tác giả: Lê Minh", "Posted 3 May 2026 · Author: Jane Doe".
 */
const WRITER_AFTER_STAMP = /(?<=\d)\s?[·•|–—-]\s?(?:[Nn]gười viết|[Tt]ác giả|[Nn]gười đăng|[Pp]hóng viên|[Bb]iên tập viên|[Bb]iên tập|[Ww]ritten by|[Aa]uthor|[Bb]y)\s?:?\s([\p{Lu}][^\d|·•:]{1,50})$/u;
/** The separator and label WRITER_AFTER_STAMP leaves once the writer's name is cut off. */
const WRITER_LABEL_TAIL = /\s?[·•|–—-]\s?[\p{L} ]{1,20}\s?:?\s?$/u;
/** The writer a date line names after its stamp (WRITER_AFTER_STAMP), or null. */
export function writerAfterStamp(line: string): string | null {
  return line.length <= 140 && /\d/.test(line) ? (WRITER_AFTER_STAMP.exec(line)?.[1]?.trim() ?? null) : null;
}
export const POSTED_BY = /(?<=^(?:posted|published|đăng)\b.{4,40}\d)\s+(?:by|bởi)\s+\p{L}[^\d|]{1,60}$/iu;
/** What every match of POSTED_BY and POSTED_BY_AFTER_CLOCK opens the line with. */
export const POSTED_OPENING = /^(?:posted|published|đăng)/iu;
/** The same after a 12-hour clock: "Published Dec 4, 2026 3:15 PM by The Maritime Executive", "Posted 9:05 a.m. by …". */
/** (and after the clock's zone, the name labelled: "Published On: December 3, 2026 08:45 PM NPT By: Reuters") */
export const POSTED_BY_AFTER_CLOCK = new RegExp(String.raw`(?<=^${caseless(String.raw`(?:posted|published)\b.{4,40}\d\s?[ap]\.?m\.?`)}(?:\s[\p{Lu}]{2,5})?)\s+${caseless("by")}\s?:?\s+[\p{L}][^\d|]{1,60}$`, "u");
/**
 * A magazine's dotted US date before a 12-hour clock ("12.4.2026 7:00 AM", Reason's): month first. Pages that write
 * the day first with dots ("04.12.2026 07:00") keep a 24-hour clock.
 */
/**
 * A vBulletin forum's post header, "Old 12-05-2026, 07:42" (the "Old" of its post icon's alt text before the stamp):
 * the forum software prints month-day-year, as its default settings do, on every post.
 */
const FORUM_POST_DATE = /^Old\s+(\d{1,2})-(\d{1,2})-(\d{4})(?=,?\s|$)/;
const US_DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?=\s{1,3}\d{1,2}:\d{2}\s?(?:AM|PM)\b)/i;

/**
 * A platform's post line naming the poster before the stamp: Drupal's "Submitted by NAME on Fri, 06/19/2026 - 11:05"
 * and, in Vietnamese, "Gửi bởi NAME vào T6, 19/06/2026 - 15:10", a blog's "Posted by NAME on …" / "Đăng bởi NAME lúc
 * …"; and a theme's meta row parted by slashes, "By NAME / June 16, 2026 / News" (Astra's, the category after the
 * date). The name is read up to its cue word, never across a digit, a bar or a slash.
 */
const POSTER_BEFORE_STAMP = new RegExp(String.raw`^${caseless(String.raw`(?:submitted|posted|published|written|(?:được )?đăng|gửi|viết)\s(?:by|bởi)`)}\s([\p{Lu}][^\d|/]{1,50}?)\s${caseless(String.raw`(?:on|at|vào(?: lúc| ngày)?|lúc|ngày)`)}\s(?=[\p{L}\d])([^|]{6,60})$`, "u");
/** A reader's item line, the writer and the stamp after a dot: "bởi Lò Thị Ngân · 30/11/2026 14:22", "by Jane Doe • Dec 4, 2026". */
const DOTTED_BYLINE = new RegExp(String.raw`^${caseless(String.raw`(?:by|bởi)`)}\s([\p{Lu}][^\d|/·•]{1,50}?)\s[·•]\s(?=[^·•|\d]{0,20}\d)([^·•|]{6,60})$`, "u");
const SLASHED_BYLINE = new RegExp(String.raw`^${caseless(String.raw`(?:by|bởi)`)}\s([\p{Lu}][^\d|/]{1,50}?)\s\/\s([^/]{6,40}?)(?:\s\/\s[^/\d]{1,40})?$`, "u");
/**
 * A writer's name printed twice and run together before the stamp, as a select-all copies the writer's picture's
 * alternative text and then the name's link ("Daniel BrennanDaniel Brennan December 4, 2026", "Lan AnhLan Anh 04/12/2026
 * 09:30"): the name once, and the stamp. A name not repeated whole ("Jane DoeJohn Roe …") is none.
 */
const DOUBLED_NAME_BEFORE_STAMP = /^([\p{Lu}][\p{L}'’.-]{0,30}(?:\s[\p{Lu}][\p{L}'’.-]{0,30}){1,3})\1\s((?:\d|\p{Lu})[^|]{5,60})$/u;
function doubledNameBeforeStamp(line: string): RegExpExecArray | null {
  // (the name's first letter opens the line again right after its last: a cheap test before the pattern)
  const space = line.indexOf(" ");
  return space > 0 && line.length <= 140 && line.includes(line.slice(0, space), space) ? DOUBLED_NAME_BEFORE_STAMP.exec(line) : null;
}
/**
 * A writer's label and name before the stamp, after a bar or a spaced dash: "Tác giả Lâm Quốc Bảo | Thứ Bảy, 21 tháng
 * 11, 2026", "Tác giả: Vũ Đình Phong – 18/11/2026 22:10", "Người viết: An Khê - 19/11/2026". The stamp opens with a
 * digit or a day's name ("Khoa Luật" after the dash is the writer's unit, no stamp).
 */
const LABELLED_WRITER_BEFORE_STAMP = new RegExp(String.raw`^${caseless(String.raw`(?:tác giả|người viết|phóng viên|bài|written by|author)`)}\s?:?\s([\p{Lu}][^\d|/–—]{1,50}?)\s[|–—-]\s((?:\d|${caseless(String.raw`(?:thứ|chủ nhật|ngày|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`)})[^|]{5,60})$`, "u");
/** The poster and the stamp of such a line ("Submitted by A on Fri, 06/19/2026 - 11:05": "A" and the stamp), or null. */
export function posterBeforeStamp(line: string): { name: string; stamp: string } | null {
  if (line.length > 140) return null;
  const m = POSTER_BEFORE_STAMP.exec(line) ?? SLASHED_BYLINE.exec(line) ?? DOTTED_BYLINE.exec(line) ?? LABELLED_WRITER_BEFORE_STAMP.exec(line) ?? doubledNameBeforeStamp(line);
  return m?.[1] && m[2] && NAME.test(m[1].trim()) ? { name: m[1].trim(), stamp: m[2].trim() } : null;
}

/** The writer a byline sentence names before the date's own sentence ("Written by Tram Nguyen. Published on …": "Tram Nguyen"), or null. */
export function bylineBeforeDate(line: string): string | null {
  const signed = line.length <= 140 ? BYLINE_BEFORE_CUE.exec(line)?.[0] : undefined;
  return signed ? signed.replace(/\.\s+$/u, "") : null;
}

/** The poster a blog's date line names after the date ("Đăng ngày December 3, 2026 bởi Bảo Ngọc": "Bảo Ngọc"), or null. */
export function posterAfterDate(line: string): string | null {
  const by = line.length <= 140 ? (POSTED_BY.exec(line) ?? POSTED_BY_AFTER_CLOCK.exec(line))?.[0] : undefined;
  return by ? by.trim().replace(/^(?:by|bởi)\s?:?\s+/iu, "") : null;
}

/**
 * A page's counters in front of its date, as numbers or as the template's unrendered placeholder a saved or copied page
 * keeps: "Comments / {{hitsCtrl.values.hits}} Views / …", "12 Comments / 1,204 Views / …", "3,210 views | …".
 */
const COUNTERS_IN_FRONT = /^(?:[\d.,]{0,12}\s?comments?\s?[/|·•]\s?)?(?:\{\{[^{}]{1,60}\}\}|[\d.,]{1,12})\s?views?\s?[/|·•]\s?/i;

/**
 * A day and a month's full name closing a date line with the year in two figures, as Telangana Today's CMS prints its
 * stamp ("Published Date - 11:20 AM, Thu - 3 December 26"): this century's year. A month's short name is none ("3 Dec
 * 26" may be a count), nor two figures inside a line.
 */
const SHORT_YEAR_TAIL = /(?<!\d)(\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December))\s(\d{2})$/i;
/** A reader app's host as its source line prints it ("danubepost.at", "www.example.co.uk"). */
const READER_HOST = String.raw`(?:www\.)?[a-z\d][a-z\d-]{1,40}(?:\.[a-z\d-]{2,20}){0,2}\.[a-z]{2,6}`;
/** A line opening on a reader's source line's host before a bullet or a bar ("danubepost.at · …"). */
export const HOST_PART_FIRST = new RegExp(String.raw`^${READER_HOST}\s[·•|]\s`);
/**
 * A reader app's source line: the site's host, its name and the day, between bullets ("danubepost.at · The Danube Post
 * · Nov 12, 2026", as Instapaper prints it under the headline). The host's part, and the site's name when the host
 * spells it (else null).
 */
const HOST_BEFORE_STAMP = new RegExp(String.raw`^(${READER_HOST})\s[·•|]\s(?:([\p{Lu}][^·•|\d]{2,60}?)\s[·•|]\s)?(?=\S)`, "u");
export function readerHostSite(plain: string): string | null {
  const m = plain.length <= 140 ? HOST_BEFORE_STAMP.exec(plain) : null;
  return m?.[1] && m[2] && domainSpells(m[2], m[1].replace(/^www\./, "")) ? m[2] : null;
}
function readDateLineUncached(input: string): ParsedDate | null {
  const hosted = HOST_BEFORE_STAMP.exec(input);
  if (hosted) return readDateLine(input.slice(hosted[0].length));
  const posted = posterBeforeStamp(input);
  if (posted) return readDateLine(posted.stamp);
  const credited = CREDIT_BEFORE_UPDATE.exec(input);
  if (credited) return readDateLine(input.slice(credited[0].length));
  const first = FIRST_PUBLISHED.exec(input);
  if (first?.[1]) return readDateLine(first[1]);
  const signed = BYLINE_BEFORE_CUE.exec(input);
  if (signed) return readDateLine(input.slice(signed[0].length));
  const barred = input.includes("|") ? BAR_PUBLISHED.exec(input) : null;
  if (barred?.[1]) {
    const published = readDateLine(barred[1]);
    if (published) return published;
  }
  const part = isUpdateLine(input) ? PUBLISHED_PART.exec(input) : null;
  if (part) {
    const publishedPart = input.slice(part.index).replace(/^[|,;\s–—-]+/, "");
    const published = readDateLine(publishedPart);
    if (published) return published;
    const sameDay = publishedClockOnly(publishedPart, input.slice(0, part.index));
    if (sameDay) return sameDay;
  }
  const writer = writerAfterStamp(input);
  if (writer !== null) return readDateLine(input.slice(0, input.length - writer.length).replace(WRITER_LABEL_TAIL, ""));
  const line = usOrder(input).replace(US_DOTTED, "$2.$1.$3").replace(FORUM_POST_DATE, "$2/$1/$3");
  let s = line.replace(/[*_]/g, "").trim();
  // (each of these patterns asked only of a line holding what every match of it holds, the same answer sooner: their
  // lookbehinds are otherwise tried at every position of the line)
  if (POSTED_OPENING.test(s)) {
    s = s.replace(POSTED_BY, ""); // "Posted on 03/12/2026 by Nghiên cứu Quốc tế": the poster after the date
    s = s.replace(POSTED_BY_AFTER_CLOCK, "");
  }
  s = s.replace(/(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?=\d{1,2}:\d{2})/, "$1 "); // "03/12/202616:05:00": a date glued to its time
  if (YEAR_CLOCK_DIGITS.test(s)) s = s.replace(YEAR_GLUED_TO_CLOCK, "$1 "); // "December 4, 202611:42 AM GMT+9": the same with the month's name
  s = s.replace(/\s*\((?:xem|lượt xem|views?|reads?)\s*:?\s*[\d.,]{1,12}\)$/i, ""); // "(Xem: 1234)": a view count glued on
  // (or after a bar, a dot or a spaced dash, its thousands grouped: "Ngày đăng: 08/10/2026 17:45 | Lượt xem: 1.284",
  // "Ngày đăng 19/11/2026 16:20 - Lượt xem: 1.234")
  s = s.replace(/\s*(?:[|·•]|\s[-–—])\s*(?:lượt xem|lượt đọc|đã xem|số lượt xem|views?|reads?)\s*:?\s*\d[\d.,]{0,11}$/iu, "");
  // (and a labelled reading time so: "28/11/2026 06:50 · Thời gian đọc: 3 phút", "Dec 4, 2026 | Reading time: 5 min")
  s = s.replace(/\s*(?:[|·•]|\s[-–—])\s*(?:thời gian đọc|reading time|read time)\s?:?\s?\d{1,3}\s?(?:phút|mins?|minutes?)$/iu, "");
  // a video's count line: "31,482 views  Dec 4, 2026  #NorthKorea #Russia", "12.345 lượt xem 4 thg 12, 2026": the
  // views in front and the hashtags after the day
  s = s.replace(/^[\d.,]{1,12}\s?[KMBN]?\s(?:views|lượt xem)\s+(?:[·•|]\s+)?(?=[\p{L} ]{0,30}\d)/iu, "").replace(/(?:\s+#[\p{L}\p{N}_]{1,40}){1,12}$/u, "");
  s = s.replace(/^[•·|\-–—\s]+/, "");
  s = s.replace(/^\([^()]{2,40}\)\s*\|?\s*/, ""); // a credit glued in front: "(TTXVN/Vietnam+)| 13/09/2023 12:25"
  s = s.replace(/\s*\|\s*$/, "");
  s = s.replace(/\s*\((?:cập nhật|updated|sửa đổi)[^)]*\)\s*$/i, ""); // the update after the publication
  // the source after the stamp, as Chinese pages print it ("2026-12-04 21:15:08 来源：新华社", translated "… Nguồn: Tân
  // Hoa Xã", "… Source: Xinhua"): the stamp
  s = s.replace(/(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:nguồn|source|来源)\s?[:：]\s?[^:：|\d]{2,60}$/iu, "$1");
  s = s.replace(/^\d{1,2}\s?(?:min|mins|minutes?|phút)\s(?:read|đọc)\s?[|·•-]?\s*/i, ""); // "3 min read Last Updated : …": the reading time in front
  // the comment count after the day and its reading time: "Published Dec 04, 2026 • 3 minute read 17 Comments" (glued
  // to the word before it when the page's markup has no line breaks: "3 minute read17 Comments")
  s = s.replace(/(?:\s?[|·•]\s?|\s|(?<=[\p{L}]))\d{1,5}\s(?:comments?|responses|bình luận|ý kiến)$/iu, "");
  s = s.replace(COUNTERS_IN_FRONT, ""); // "Comments / {{hitsCtrl.values.hits}} Views / Friday, 4 December 2026 00:20": the counters in front
  // (after a bar, a dash, a slash, a middle dot or a bullet: "Published 7:05am 6 May 2026 · Updated 10:22am 6 May 2026")
  s = s.replace(/\s*(?:[-|–—./·•]\s*)?(?:last updated|last modified|updated?|modified|cập nhật|sửa đổi|chỉnh sửa)\b.*$/i, (m) => (s.length - m.length > 6 ? "" : m));
  s = s.replace(DATE_CUE, "").replace(WEEKDAY, "").replace(/^ngày\s+/i, "").replace(DATE_CUE, "");
  s = s.replace(SHORT_YEAR_TAIL, "$1 20$2"); // "11:20 AM, Thu - 3 December 26": the year in two figures
  let zone = "";
  const z = ZONE_TAIL.exec(s);
  if (z) {
    zone = `${z[1]}${String(Number(z[2])).padStart(2, "0")}:${z[3] ?? "00"}`;
    s = s.slice(0, z.index).trim();
  }
  if (s.includes(":")) {
    s = s.replace(/(\d{1,2}:\d{2}):\d{2}\b/g, "$1"); // seconds
    s = s.replace(/\b(\d{1,2}:\d{2})\s*([ap])\.?m\.?(?![\p{L}])/giu, (_, t: string, ap: string) => `${t} ${ap.toUpperCase()}M`); // "3:30pm"
  }
  s = s.replace(VENUE_AFTER_CLOCK, "$1"); // "Thursday, December 3, 2026, 4:30 p.m. Ministry of Foreign Affairs": where it was held
  s = s.replace(MONTH_BETWEEN, "$1 $3 $4"); // "06-Jun-2025", "03/Dec/2026"
  // time before the date: "11:25 14/07/2025", "06:26 September 22, 2022", "9:30 AM EDT, July 1, 2024", "2:31 p.m. Dec 3,
  // 2026" (a month's short name after the clock is the date's, not a zone)
  const tb = CLOCK_BEFORE_DATE.exec(s);
  if (tb?.[1] && tb[2] && /\d{4}/.test(tb[2])) s = `${tb[2].replace(/[,\s]+$/, "")} ${tb[1]}`;
  // "2024.07.01" and "2023-09-13 18:02"
  s = s.replace(/^(\d{4})([./])(\d{2})\2(\d{2})\b/, "$1-$3-$4"); // "2026/12/04 17:20" too: a year first is always y/m/d
  s = s.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, "$1T$2");
  const d = parseDateLine(s) ?? parseDateLine(s.replace(/\s+/g, " ").replace(/,(?=\s*\d{1,2}:)/, " -")) ?? looseDateLine(line)?.date ?? (s === line ? null : looseDateLine(s)?.date) ?? null;
  // "3:48pm Dec 5": a clock before a day without its year, read as "Dec 5, 3:48 PM" is (the day only, no year made up)
  const clockFirst = d ? null : CLOCK_BEFORE_MONTH_DAY.exec(s);
  if (clockFirst?.[1] && clockFirst[2]) return readDateLine(`${clockFirst[2]}, ${clockFirst[1]}`);
  if (!d) return null;
  if (zone && d.precision === "minute" && !/[+-]\d{2}:\d{2}$/.test(d.publishedAt)) return { ...d, publishedAt: `${d.publishedAt}${zone}` };
  return d;
}

/** A newsroom role after a byline's name: ", Asia Editor", ", Seoul Correspondent", ", Senior Reporter". */
/** A name with its family name in capitals first, as AFP prints its bylines: "PARK Ji-won", "SHIM Kyu-Seok" (after "By" only). */
const SURNAME_IN_CAPS = /^\p{Lu}{2,12}\s\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
const ROLE_AFTER_NAME = /,\s*(?:[\p{L}-]+\s){0,3}(?:editor|correspondent|reporter|writer|columnist|analyst|producer|chief|spokesperson|spokesman|spokeswoman)$/iu;
// a part may join two capitalised halves with a hyphen ("Mari-Liis", "Jean-Pierre") or a lower-case one ("Chia-hsuan")
// and a capital inside after a surname's prefix ("McConnell", "AlTaher", "DeSantis", "VanDyke"), never elsewhere ("YouTube")
const NAME_PART = String.raw`(?:(?:Mc|Mac|Al|El|De|Di|Du|Da|Le|La|Van|Von|O['’])\p{Lu}\p{Ll}+|[\p{Lu}][\p{Ll}'’]*)(?:-\p{Lu}?[\p{Ll}'’]*)*`;
const NAME = new RegExp(`^(?:${NAME_PART}\\.?\\s){1,3}${NAME_PART}$`, "u");
const CAPS_NAME = /^(?:[\p{Lu}Đ][\p{Lu}Đ'’-]*\s){1,3}[\p{Lu}Đ][\p{Lu}Đ'’-]*$/u;

/** A person's name as bylines print it: "Minh Châu", "NGUYỄN KHÁNH", "By Daniel Park", "Tác giả, X". */
/** A rank before a writer's name, no part of it: "Đại tá, ThS. NGUYỄN VĂN HÙNG", "Col. Ivan Petrov". */
const RANK = String.raw`(?:(?:đại|thượng|trung|thiếu) (?:tá|úy|tướng)|col|gen|maj|capt|lt)`;
const DEGREES = String.raw`(?:p?gs|tskh|ts|ths|ncs|bs|ks)(?:\.\s?(?:tskh|ts|ths))?`;
const RANKS = new RegExp(String.raw`^${caseless(RANK)}\.?,?\s+(?=[\p{Lu}])`, "u");
/** A degree before it, printed with the name and kept with it: "TS. Trần Minh Đức", "PGS.TS Lê Văn A", "ThS. Lê B". */
const DEGREE = new RegExp(String.raw`^(?:${caseless(DEGREES)}\.?,?\s+){1,2}(?=[\p{Lu}])`, "u");
/** A profession printed before a writer's name, no part of it: "Luật sư Trần Quốc Bảo", "LS. Lê An", "Nhà báo Hữu Thọ". */
const PROFESSION = /^(?:[Ll]uật sư|LS\.?|[Nn]hà báo|[Nn]hà văn|[Nn]hà nghiên cứu|[Kk]iến trúc sư|KTS\.?|LUẬT SƯ|NHÀ BÁO)\s+(?=\p{Lu})/u;
/**
 * The writer's unit after a dash, no part of the name: "- Khoa Pháp luật quốc tế", "- Đoàn Luật sư TP Hà Nội",
 * "– Viện Nghiên cứu Đông Bắc Á". A kind of body, then words of which one is in lower case (a unit's name runs in
 * sentence case; a second writer's name, "Minh Anh - Khoa Nguyễn", is capitalised throughout).
 */
const UNIT_AFTER_NAME = /\s[–—-]\s(?:Khoa|Viện|Đoàn|Trường|Học viện|Đại học|Trung tâm|Ban|Bộ|Sở|Phòng|Hội|Cục|Vụ|Tòa án|Toà án)\s\p{Lu}[^–—|]{0,60}?\s\p{Ll}[^–—|]{0,60}$/u;
/**
 * A scholar's unit named in one or two capitalised words after a dash ("TS. Lê Minh Châu - Khoa Luật", "PGS.TS Trần An
 * - Viện Sử học"): read only after a degree, since without one "Minh Anh - Khoa Nguyễn" may be two writers.
 */
const SHORT_UNIT_AFTER_NAME = /\s[–—-]\s(?:Khoa|Viện|Bộ môn|Trường|Học viện|Đại học|Trung tâm|Phòng)\s\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+)?$/u;
/**
 * A rank with the degrees after it before the second or third of several names ("Thượng tá, TS. A và Trung tá, ThS.
 * B"): dropped as the first name's is.
 */
const LATER_RANKS = new RegExp(String.raw`(\s${caseless("(?:và|and|&)")}\s|,\s)${caseless(RANK)}\.?,?\s(?:${caseless(DEGREES)}\.?,?\s){0,2}(?=[\p{Lu}])`, "gu");
/** A "By" line's opening: the cue in any case, then a capitalised name ("By Daniel Park", "BỞI Minh Châu"; never "by the way"). */
export const BY_THEN_CAPITAL = new RegExp(String.raw`^${caseless("(?:by|bởi)")}\s+[\p{Lu}]`, "u");
/** A byline's opening with its longer cues: "Tác giả Minh Châu", "Written by Jo Park". */
const BYLINE_CUE_THEN_CAPITAL = new RegExp(String.raw`^${caseless("(?:by|bởi|tác giả|written by|reported by)")}\s+[\p{Lu}]`, "u");
/** A name without the degree before it ("ThS. Trịnh Bảo Ngọc": "Trịnh Bảo Ngọc"). */
export const withoutDegree = (name: string): string => name.replace(DEGREE, "");
/** A byline without the ranks before its names, nor the degrees that follow a rank ("Thiếu tá, ThS. Y Phương": "Y Phương"). */
export function withoutRanks(byline: string): string {
  const first = byline.replace(RANKS, "");
  const named = first === byline ? byline : first.slice(DEGREE.exec(first)?.[0].length ?? 0);
  return named.includes(" ") ? named.replace(LATER_RANKS, "$1") : named;
}
export function readByline(plain: string): string | null {
  // a journal's author with the number of her affiliation after her name ("Lê Thị Minh Hạnh¹", "A. Kim¹, B. Lee²"):
  // the marks are no part of a name
  if (AFFILIATION_MARK.test(plain)) return bylineMemo(plain.replace(AFFILIATION_MARKS, ""));
  return bylineMemo(plain);
}
/** Superscript numbers and daggers after a name, before a comma, "và"/"and" or the line's end. */
const AFFILIATION_MARK = /[\p{L}.][¹²³⁴⁵⁶⁷⁸⁹⁰†‡]/u;
const AFFILIATION_MARKS = /(?<=[\p{L}.])[¹²³⁴⁵⁶⁷⁸⁹⁰,†‡]*[¹²³⁴⁵⁶⁷⁸⁹⁰†‡](?=\s|,|$)/gu;
// the title score and the header's roles ask about the same neighbour lines again and again
// a site's footer link ("Privacy Policy", "Contact Us") is two capitalised words, as a name is, but names no one
const bylineMemo = memoByLine((plain): string | null => (isSiteFooterLink(plain) ? null : UNNAMED_REPORTERS.test(plain) ? plain : (siteBeforeWriter(plain)?.writer ?? nameBeforePost(plain) ?? nameBeforeVietnamesePost(plain) ?? nameBeforeHouse(plain) ?? nameAfterPost(plain) ?? nameBeforeBarPost(plain) ?? firstOfPostedWriters(plain) ?? readBylineUncached(plain) ?? bylineWithTail(plain) ?? placedOrSignedByline(plain) ?? contributorByline(plain))));
/**
 * A reporter or a team of them left unnamed, the abbreviation alone on its line over the stamp or under the text
 * ("PV", "P.V.", "Nhóm PV"): the byline as printed (the words spelt out, "Nhóm phóng viên", name no one).
 */
const UNNAMED_REPORTERS = /^(?:PV|P\.V\.?|Nhóm PV|NHÓM PV)$/u;

/**
 * A writer's name with the post after it and no mark between, as a British regional chain's pages print the byline
 * ("Rhys Pritchard Senior Reporter", "Jane Doe Political Editor", "Tom Hale Chief Reporter"): the name, when it reads as
 * a byline alone. The post is a kind of writer, after at most two words of its beat or rank.
 */
const POST_AFTER_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}&'’-]+){2,5}$/u;
/** The kind of writer a post names, closing it. */
const POST_NOUN = /^(?:Reporter|Editor|Correspondent|Writer|Journalist|Columnist|Producer)$/;
/** A word of a beat, a desk or a rank, never of a writer's name: "Foreign Affairs Reporter", "Senior Defense Editor". */
const BEAT_WORD = /^(?:The|Senior|Chief|Deputy|Assistant|Associate|Managing|Executive|Contributing|Political|Politics|Crime|Court|Health|Business|Education|Sports?|Digital|Trainee|Community|Local|News|Breaking|Features?|Investigations?|Investigative|Consumer|Money|Travel|Weather|Entertainment|Live|Multimedia|Staff|Data|Environment|Transport|Foreign|Affairs|Defen[cs]e|Security|Diplomatic|World|International|National|Global|Economics?|Science|Technology|Tech|Culture|Arts|Opinion|Markets?|Energy|Climate|Asia|Europe|Africa|Americas|Pacific|Middle|East|West|North|South|Washington|Westminster|Parliamentary|Legal|Home|City|Region(?:al)?|Special|Visual|Video|Audio|Photo|Social|Media)$/;
/**
 * A writer's name, a comma and a Vietnamese researcher's or writer's post, as a think tank's or a school's page prints
 * the byline ("TS. Lưu Quang Vinh, Nghiên cứu viên cao cấp", "ThS. Nguyễn Thị Hoa, Giảng viên Khoa Quốc tế học"): the
 * name, its degree left to the name's own reading. A sentence after a name and a comma ("Ông Peskov, người phát ngôn
 * …, nói …") is no post.
 */
const VI_POST_AFTER_COMMA = new RegExp(String.raw`^([^,]{3,45}),\s(?:${caseless("nghiên cứu viên|giảng viên|chuyên gia|nhà nghiên cứu|phóng viên|biên tập viên|cộng tác viên")})(?:\s[\p{L}]+){0,6}$`, "u");
function nameBeforeVietnamesePost(plain: string): string | null {
  const m = plain.length <= 100 && plain.includes(",") ? VI_POST_AFTER_COMMA.exec(plain) : null;
  if (!m?.[1]) return null;
  const name = m[1].trim();
  return readBylineUncached(name) !== null ? name : null;
}
/**
 * A writer's name, a comma and the house she writes for, a broadcaster's or a wire's short name, as RFA's and VOA's
 * Vietnamese pages and wires' bylines print it ("Gia Minh, RFA", "Nhã Trân, RFA Tiếng Việt", "Jane Doe, Reuters"): the
 * name, when it reads as a byline alone. The Vietnamese wire is left out: "Hà Nội, TTXVN" is a dateline's place.
 */
const HOUSE_AFTER_COMMA = /^([^,]{3,40}),\s(?:RFA|RFI|VOA|BBC|DW|NHK|KBS|Reuters|AP|AFP|Yonhap|TASS|Sputnik)(?:\sNews)?(?:\sTiếng Việt)?$/u;
function nameBeforeHouse(plain: string): string | null {
  const name = plain.length <= 70 && plain.includes(",") ? HOUSE_AFTER_COMMA.exec(plain)?.[1]?.trim() : undefined;
  return name !== undefined && readBylineUncached(name) === name ? name : null;
}
function nameBeforePost(plain: string): string | null {
  if (plain.length > 70 || !POST_AFTER_NAME.test(plain)) return null;
  const words = plain.split(" ");
  if (!POST_NOUN.test(words[words.length - 1] ?? "")) return null;
  // the post: its noun, after at most two words of its beat or rank; the name: the words before, none a beat's
  let cut = words.length - 1;
  while (cut > 0 && words.length - 1 - cut < 2 && BEAT_WORD.test(words[cut - 1] ?? "")) cut--;
  const name = words.slice(0, cut);
  if (name.length < 2 || name.length > 4 || name.some((w) => BEAT_WORD.test(w))) return null;
  const read = name.join(" ");
  return readBylineUncached(read) === read ? read : null;
}

/**
 * A writer's post before her name in the byline, as Australian and British public broadcasters print it ("By Pacific
 * affairs reporter Lachlan Boyd", "By political reporter Jane Doe", "By Europe correspondent Tom Hale"): the post's
 * noun in lower case after at most three words of its beat, then the name, when it reads as a byline alone.
 */
const POST_BEFORE_NAME = /^By\s(?!(?:the|a|an|our|my|this)\s)(?:[\p{L}-]+\s){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist|producer|presenter)\s(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})$/u;
/**
 * A writer's name, a bar or a dash, then the post ("Daniel Okafor | Washington correspondent", "Jane Doe – Senior
 * Reporter"), as a business paper's byline prints it: the name, when it reads as a byline alone.
 */
const NAME_BAR_POST = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s[|–—-]\s(?:[\p{L}-]+\s){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Pp]roducer)$/u;
function nameBeforeBarPost(plain: string): string | null {
  const name = plain.length <= 90 ? NAME_BAR_POST.exec(plain)?.[1] : undefined;
  return name !== undefined && readBylineUncached(name) === name ? name : null;
}
function nameAfterPost(plain: string): string | null {
  const name = plain.length <= 90 ? POST_BEFORE_NAME.exec(plain)?.[1] : undefined;
  return name !== undefined && !BEAT_WORD.test(name.split(" ")[0] ?? "") && readBylineUncached(name) === name ? name : null;
}

/**
 * Two writers with the first one's post between them and the second one's place after, as British and Australian
 * papers and broadcasters print a shared byline ("By Hamish Doyle, Tokyo correspondent, and Ji-hye Seo in Seoul", "By
 * Jane Doe, Political Editor, and Tom Hale"): the first writer, who signs it, when the name reads as a byline alone.
 */
const POSTED_WRITERS = /^By\s(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}),\s(?:[\p{L}-]+\s){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Pp]roducer),?\s(?:and|&)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}(?:\s(?:in|at)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}|,\s(?:[\p{L}-]+\s){0,3}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter))?$/u;
function firstOfPostedWriters(plain: string): string | null {
  const name = plain.length <= 140 ? POSTED_WRITERS.exec(plain)?.[1] : undefined;
  return name !== undefined && !BEAT_WORD.test(name.split(" ")[0] ?? "") && readBylineUncached(name) === name ? name : null;
}

/**
 * A contributor's line naming the site the piece was sent to: "Hoàng Minh Đức gửi tới Dân Luận", "Trần Văn An gửi cho
 * Diễn đàn Xã hội Dân sự" (a forum's or a blog's form): the writer, when the name alone reads as a byline.
 */
const SENT_TO = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,4})\s(?:gửi (?:bài )?(?:tới|đến|cho))\s\p{Lu}[\p{L}&.'’-]*(?:\s[\p{L}&.'’-]+){0,5}$/u;
/** A form of address or an office before a name: "Ông Putin gửi tới Bình Nhưỡng" is a sender in the news, no contributor. */
const ADDRESSED = /^(?:Ông|Bà|Anh|Chị|Cô|Chú|Ngài|Tổng thống|Thủ tướng|Chủ tịch|Bộ trưởng|Đại sứ|Tướng|Giáo sư)\s/u;
function contributorByline(plain: string): string | null {
  if (plain.length > 90 || !plain.includes(" gửi ")) return null;
  const name = SENT_TO.exec(plain)?.[1];
  return name && !ADDRESSED.test(name) && readBylineUncached(name) === name ? name : null;
}

/**
 * A Japanese paper's byline, the place it was filed from before an equals sign ("ソウル＝高橋健二", translated "Seoul =
 * Takahashi Kenji", "[Seoul = Nakamura Ken]"), and a Ukrainian site's, the outlet's initials after a dash ("Olena
 * Kovalenko — UP"): the writer, when the rest reads as a byline and names no outlet ("(Seoul = Yonhap News)" is a
 * wire's credit).
 */
// (round brackets are a Korean wire's credit, "(Seoul = Yonhap News)", never a writer's; nor is a name that ends as a
// medium's does)
const PLACED_BYLINE = /^[[【]?\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}\s?[=＝]\s?([^=＝[\]【】()]{3,40}?)\s?[\]】]?$/u;
const MEDIUM_NAME = /\s(?:News|Press|Agency|Times|TV|Radio|Ilbo|Shimbun|Daily|Online)$/;
const SIGNED_INITIALS = /^([^—–]{3,60}?)\s[—–]\s\p{Lu}{2,5}$/u;
function placedOrSignedByline(plain: string): string | null {
  if (plain.length > 80) return null;
  const name = (PLACED_BYLINE.exec(plain) ?? SIGNED_INITIALS.exec(plain))?.[1]?.trim();
  if (!name || lookupOutlet(name) || MEDIUM_NAME.test(name)) return null;
  const read = readBylineUncached(name);
  return read === name ? read : null;
}

/**
 * The writer a lead names in its first words, as Japanese and Chinese papers print it: "[Seoul = Nakamura Ken] …",
 * "【ソウル＝中村健】…", "Tân Hoa Xã, Moscow, ngày 4 tháng 12 (Phóng viên Zhang Wei) …", "Xinhua, Moscow, Dec. 4
 * (Reporter Zhang Wei) --": the name, when it reads as a byline and names no outlet; else null.
 */
const LEAD_PLACED_WRITER = /^([[【]\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}\s?[=＝]\s?[^=＝[\]【】]{3,40}?\s?[\]】])\s/u;
const LEAD_REPORTER = /^[^()（）]{2,80}?[(（]\s?(?:phóng viên|reporters?|记者|記者)\s?[:：]?\s?([^()（）]{2,40}?)\s?[)）]/iu;
/**
 * A Korean wire's dateline: the place and the agency in brackets, then the writer and "=" ("[Seoul=Newsis] Phóng viên
 * Park Ji-won = …" as a browser translates "[서울=뉴시스]박지원 기자 = …", "(Seoul=Yonhap) Reporter Kim Soo-jin = …").
 * The agency is the bracket's second name, the writer the words before "=" without the reporter's title.
 */
const AGENCY_BRACKET_DATELINE = /^[[(]\s?(\p{L}[\p{L}.'’ -]{1,24}?)\s?[=＝]\s?(\p{L}[\p{L}\d.'’ -]{1,24}?)\s?[\])]\s?(?:(?:phóng viên|reporter|correspondent|staff reporter)\s)?(\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,3}?)?\s?(?:기자|특파원|phóng viên|reporter)?\s?[=＝]\s/iu;
/** The agency and the writer a Korean wire's bracketed dateline names, or null. */
export function agencyBracketDateline(lead: string): { agency: string; writer: string | null } | null {
  const m = lead.length >= 8 ? AGENCY_BRACKET_DATELINE.exec(lead.slice(0, 160)) : null;
  if (!m?.[2]) return null;
  const writer = m[3]?.trim() ?? "";
  // a writer's name: capitals in a Latin script, or Hangul
  const named = writer !== "" && (/^[\p{Script=Hangul}]{2,5}$/u.test(writer) || writer.split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w)));
  return { agency: m[2].trim(), writer: named ? writer : null };
}

export function leadWriter(lead: string): string | null {
  const bracketed = agencyBracketDateline(lead);
  if (bracketed) return bracketed.writer;
  const placed = LEAD_PLACED_WRITER.exec(lead)?.[1];
  if (placed) return placedOrSignedByline(placed);
  const name = LEAD_REPORTER.exec(lead.slice(0, 200))?.[1]?.trim();
  if (!name || lookupOutlet(name) || MEDIUM_NAME.test(name)) return null;
  return readBylineUncached(name) === name ? name : null;
}

/**
 * A "By" byline with what follows the names on the line: the writer's e-mail in brackets ("By CHO JI-WOO
 * [cho.jiwoo@joongang.co.kr]") or the outlet or service written for ("By Ahn Jung-min for RFA Korean", "By Jane Doe
 * for The Guardian"), or the house's news service after a comma, as a ministry's or an army's pages print it ("By Ellen
 * Maddox, DOD News", "By Jo Park, Army News Service", "By Sam Lee, Navy Public Affairs"), or the wire the writer works
 * for after "of" ("By Dasha Litvinova of the Associated Press", "By Tom Hale of Reuters"; "of" before any other name,
 * "By Lord Hale of Glenshee", stays the name's): the names before it, when they read as a byline alone.
 */
const BYLINE_TAIL = new RegExp(String.raw`^(${caseless(String.raw`(?:by|bởi|tác giả\s?:|author\s?:)`)}\s+\S.{1,60}?)(?:\s+(?:[[(][\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])]|${caseless(String.raw`for\s+(?:the\s+)?`)}[\p{Lu}][\p{L}&.'’-]*(?:\s[\p{Lu}][\p{L}&.'’-]*){0,3})|,\s(?:[\p{Lu}][\p{L}&.'’-]*\s){0,3}${caseless("(?:News|News Service|Staff|Newsroom|Public Affairs|Press Office|Media Office)")}|\s${caseless("of")}\s${INFORMATION_WIRES})$`, "u");
/** Names without the e-mail or the outlet written for after them ("Ahn Jung-min for RFA Korean" → "Ahn Jung-min"), when the rest reads as a byline. */
export function withoutBylineTail(names: string): string {
  const cut = bylineWithTail(`By ${names}`);
  return cut ?? names;
}
function bylineWithTail(plain: string): string | null {
  if (plain.length > 120) return null;
  const m = BYLINE_TAIL.exec(plain);
  return m?.[1] ? readBylineUncached(m[1]) : null;
}

/** A relative time or a reading time after one or two bullets, a source's name before them or not (see readBylineUncached). */
const RELATIVE_TAIL =
  /(?:\s[•·]\s[^•·\d]{2,40})?(?:\s[•·]\s(?:\d{1,3}\s?(?:m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?|phút|giờ|ngày|tuần)(?:\s(?:ago|trước))?|\d{1,3}\s?(?:min|mins|minutes?|phút)\s(?:read|đọc))){1,2}$/iu;

/**
 * The source a news app prints between a byline's bullets, before the story's age or reading time ("by Marcus Ellery ·
 * Quartz · 3d": "Quartz"), or null: a name with a capital first, never a number ("Bảo Ngọc • 5 giờ • 2 phút đọc": none).
 */
export function appBylineSource(plain: string): string | null {
  if (plain.length > 160) return null;
  const tail = RELATIVE_TAIL.exec(plain)?.[0];
  const first = tail?.split(/\s[•·]\s/u)[1]?.trim();
  return first && /^[\p{Lu}]/u.test(first) ? first : null;
}

/**
 * A reader's line under the headline naming the site, then its writer after a bullet, as Pocket prints them: "Tạp chí
 * Tài chính Biển Đông · Đặng Minh Khôi", "The Harbour Times · Jane Doe": both, or null (a writer before a site, "Bảo
 * Ngọc · Báo Hòa Sơn", a section before a name, "Thế giới · Minh Anh", two names).
 */
export function siteBeforeWriter(plain: string): { site: string; writer: string } | null {
  const m = plain.length <= 120 ? /^(\S.{2,70}?)\s[·•]\s([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){1,4})$/u.exec(plain) : null;
  const site = m?.[1];
  const writer = m?.[2];
  if (!site || !writer || !(mastheadByForm(site) || PAPER_BEFORE_BULLET.test(`${site} ·`))) return null;
  return SOURCE_BEFORE_STAMP.test(`${writer} -`) || englishPaperName(writer) || PAPER_BEFORE_BULLET.test(`${writer} ·`) || lookupOutlet(writer) !== null ? null : { site, writer };
}
/** A byline without an app's relative time and reading time after bullets ("Bảo Ngọc • 5 giờ • 2 phút đọc": "Bảo Ngọc"). */
export const withoutRelativeTail = (byline: string): string => (byline.length <= 160 ? byline.replace(RELATIVE_TAIL, "") : byline);

/** A wire's initials, which a byline's brackets keep ("John Smith (AFP)"): an outlet's are dropped ("Erin Delgado (OPB)"). */
const WIRE_INITIALS = /^(?:AP|AFP|UPI|PTI|ANI|IANS|APP|EFE|ANSA|AAP|DPA|TT|NTB|BNS|PAP|MTI|CTK|BTA|KCNA|VNA|TTXVN|TASS|RIA)$/;

/** A live page's shifts: "Helen Livingstone (now) and Amy Sedghi (earlier)": the writer now on the page is its byline. */
const LIVE_SHIFTS = /^(.{4,60}?)\s?\(now\)(?:\s?(?:,|and|&)\s?.{4,60}?\s?\((?:earlier|before)\))+$/i;

/** A poster's line with the post's clock after the name: "Posted by X at 9:15 PM", "Được đăng bởi X vào lúc 21:40". */
const POSTER_AT_CLOCK = /^((?:posted|submitted|(?:được )?đăng|gửi|viết)\s(?:by|bởi)\s\S[^|\d]{1,50}?)\s(?:at|vào lúc|lúc)\s\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$/iu;
/** A writer's label with its colon: "Tác giả:", "Người viết:", "Author:". */
export const WRITER_LABEL_OPEN = /^(?:tác giả|người viết|phóng viên|author|written by)\s?:/iu;
/** Who the writer is, in brackets after the name, in lower case: "(sinh viên K22 ngành Hàn Quốc học)", "(giảng viên khoa Luật)". */
const WRITER_ROLE_NOTE = /\s\((?:sinh viên|học viên|giảng viên|nghiên cứu sinh|cựu sinh viên|học sinh|lớp|student|lecturer|postgraduate)\s[^()]{1,60}\)$/u;
function readBylineUncached(input: string): string | null {
  const plain = LIVE_SHIFTS.exec(input)?.[1] ?? input;
  // "Edited By: X", "Curated By: X" with its colon: the header byline of Indian sites that name no other writer (a foot's
  // "Edited by X" under a signed story names its editor, and stays no byline)
  // (a fact-check's "Fact Check by: X", BOOM's "By - X", Africa Check's "This report was written by X, a fact-checker
  // at Y."; a Korean page's "기자" as a browser translates it: "Reporter Lee Ji-hoon"; Rodong Sinmun's "본사기자": "Phóng
  // viên báo Kim Chol")
  const unranked = plain
    .replace(/^this (?:report|article|fact[- ]check|story|piece) was (?:written|researched|reported) by\s+(.{4,60}?),\s+an?\s+[\p{L}\s-]{3,40}\s(?:at|for|with)\s+.{2,50}?\.?$/iu, "$1")
    // a platform's poster before the post's clock: Blogger's "Posted by X at 9:15 PM" / "Được đăng bởi X vào lúc 21:40",
    // Joomla's "Written by X" / "Viết bởi X", Drupal's "Submitted by X" / "Gửi bởi X"
    .replace(POSTER_AT_CLOCK, "$1")
    // a contributor's code before the name: "CTV Minh Anh", "CTV: Văn Tùng" (never a channel's "CTV News")
    .replace(/^CTV\s?:?\s(?=[\p{Lu}][\p{Ll}]+\s[\p{Lu}])/u, "")
    .replace(/^(?:(?:written|reported|words|story|fact[- ]check(?:ed)?|checked|posted|submitted) by|(?:được )?(?:viết|đăng) bởi|gửi bởi|by|bởi|câu chuyện của|tác giả|người viết(?=\s?:)|author|phóng viên(?: của)? báo|phóng viên|pv|(?:staff )?reporter|cộng tác viên(?! của\s)|contributor(?=\s?:)|contributed by)\s*[,:\-–]?\s+|^(?:edited|curated) by\s?:\s*/iu, "")
    // the day after a bar or a bullet: "Maria Delgado • December 4, 2026", "Ritika Menon | 4 Dec 2026 4:20 PM"
    .replace(/\s+[|•·]\s+[^|•·]{0,30}\b(?:19|20)\d{2}\b[^|•·]{0,20}$/u, "")
    // an app's relative time and reading time after bullets, the source between: "Marcus Ellery · Quartz · 3d",
    // "Bảo Ngọc • 5 giờ • 2 phút đọc"
    .replace(RELATIVE_TAIL, "")
    // a wire's bureau after the name: "PARK Ji-won, AFP South Korea", "Jane Doe, Reuters Seoul"
    .replace(/,\s+(\S{2,12})\s+[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,2}$/u, (bureau, wire: string) => (WIRE_INITIALS.test(wire) || /^(?:Reuters|Xinhua|Yonhap|Kyodo|Bernama|Antara)$/.test(wire) ? "" : bureau));
  // a labelled writer's note in brackets on who they are: "Người viết: Lê Phương Thảo (sinh viên K22 ngành Hàn Quốc
  // học)", "Tác giả: An Khê (giảng viên khoa Luật)"
  const noted = WRITER_LABEL_OPEN.test(plain) ? unranked.replace(WRITER_ROLE_NOTE, "") : unranked;
  const named = noted.replace(RANKS, "").replace(LATER_RANKS, "$1");
  const degree = DEGREE.exec(named)?.[0] ?? "";
  // after a rank, a degree is part of the title block the rank opens ("Đại tá, ThS. X"): dropped with it
  const keptDegree = named === noted ? degree : "";
  const s = bylineNames(named
    .slice(degree.length)
    .replace(PROFESSION, "") // "ThS. Luật sư Trần Quốc Bảo": the profession after the degree, no part of the name
    .replace(UNIT_AFTER_NAME, "") // "TS. Lê Thị Hoài - Khoa Pháp luật quốc tế": the writer's unit after a dash
    .replace(SHORT_UNIT_AFTER_NAME, (unit) => (degree ? "" : unit)) // "TS. Lê Minh Châu - Khoa Luật": a scholar's unit in one or two words
    .replace(/\s*\((?:theo|from|nguồn|source)\b[^)]*\)\s*$/i, "")
    .replace(/\s*\((?:tổng hợp|pv tổng hợp|t\/h|lược dịch|biên dịch|dịch|dịch và tổng hợp|compiled|translated|thực hiện|ghi|ghi chép|lược ghi)\)\s*$/iu, "") // "Hải Anh (tổng hợp)": the writer compiled it; "Phạm Hà (thực hiện)": an interview's interviewer
    .replace(UNIT_IN_BRACKETS, "") // "Văn Quang (Sở Ngoại vụ)": the office the writer works in, after the name
    .replace(/\s*\(([\p{Lu}]{2,6})\)\s*$/u, (outlet, initials: string) => (WIRE_INITIALS.test(initials) ? outlet : "")) // "Erin Delgado (OPB)": the outlet's initials after the name (a wire's stay, as before)
    .replace(/\s+[–—-]\s+([\p{Lu}]{2,6}\d?)$/u, (station, initials: string) => (WIRE_INITIALS.test(initials) ? station : "")) // "Minh Hoàng - TRT": a station's initials after a dash
    .replace(/\s+[|–—-]\s+[^|–—-]{0,70}$/, (bar) => (plain.length <= 120 && (/^\s+[|–—-]\s+(?:[\p{L}&.' -]{0,30}\s)?(?:báo|tạp chí|đài|news|times|post|journal|magazine|review|herald|star|tribune|inquirer|gazette|daily|standard)(?:\s[\p{L}&.' -]{0,30})?$/iu.test(bar) || (bar.startsWith(" |") && (lookupOutlet(bar.slice(2).trim()) !== null || BARE_WIRE.test(bar.slice(2).trim())))) ? "" : bar)) // "Thúy Mùi | Luật Khoa tạp chí", "Ramon Dizon - The Philippine Star": the outlet after a bar or a dash (or a wire or outlet the lexicon knows after a bar: "MIN-JI PARK | Associated Press", "Elif Karaca | Anadolu")
    .replace(/\s+(?:in|tại|từ)\s+[\p{Lu}][\p{L} .'-]{1,30}$/u, "") // "Justin McCurry in Tokyo"
    .replace(ROLE_AFTER_NAME, "") // "Edmund Hale, Asia Editor": the role after the name
    .trim());
  if (s.length < 4 || s.length > 90) return null;
  // several names: "Nguyen Xuan Quynh and Mai Ngoc Chau", "Lý Hải và Kathy Nguyễn", "A, B and C"
  const names = s.split(/\s*,\s*(?:(?:and|và|&)\s+)?|\s+(?:and|và|&|-|–)\s+/); // "A - B" too, as Vietnamese bylines join two
  if (names.some((n) => n.length > 40)) return null;
  const signed = unranked !== plain;
  if (!names.every((n) => NAME.test(n) || CAPS_NAME.test(n) || (signed && SURNAME_IN_CAPS.test(n)))) return null;
  // (the lexicons after the names' form: a line that reads as no names, most of a text's, never asks them)
  if (lookupOutlet(s) || isSection(s) || isFurniture(s) || isCreditOnly(s) || isSummaryBoxLabel(s)) return null;
  return `${keptDegree}${s}`;
}

/**
 * The office a writer works in, in brackets after the name, as a public body's portal signs its stories: "(Sở Ngoại
 * vụ)", "(Phòng Văn hóa - Thông tin)", "(Trung tâm Văn hóa tỉnh)", "(Department of Trade)". An office's kind first,
 * its name after (a word of it capitalised); at most 50 characters in the brackets.
 */
const UNIT_IN_BRACKETS = /\s\((?:Sở|Bộ|Ban|Phòng|Trung tâm|Văn phòng|Cục|Chi cục|Viện|Trường|Khoa|UBND|Ủy ban|Hội|Công an|Bộ chỉ huy|Department|Ministry|Office|Bureau)\s(?=[^()]{0,46}\p{Lu})[^()]{2,46}\)$/u;

/**
 * A wire's full name of two to four words, as a byline sets it after the writer's name with no mark between, in words
 * no outlet's lexicon may hold ("Marie-Ève Tremblay The Canadian Press"): the longest first, so "Callum Reid Australian
 * Associated Press" is Callum Reid of AAP, never "Callum Reid Australian" of AP.
 */
const WIRE_FULL_NAME = /^(?:Australian Associated Press|(?:The )?Associated Press|Press Association|Agence France[- ]Presse|(?:The )?Canadian Press|United Press International|Deutsche Presse-Agentur|Kyodo News|Anadolu Agency|Press Trust of India|Yonhap News Agency|Xinhua News Agency)$/u;

/**
 * A byline's names without what pages print after them: a colleague "with" them ("A, B, and C with D"), the wire in
 * other words than its dateline's ("JI-HO PARK and ELENA SOKOLOVA Associated Press", the names in capitals, the wire
 * not; or a wire of two words or more), the outlet after a slash ("Đông Phương/Viễn Đông").
 */
function bylineNames(s: string): string {
  let out = !s.includes(" with ") ? s : s.replace(/(?<=[\p{L}])\s+with\s+[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){1,3}$/u, "");
  const words = out.split(" ");
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    // (the words joined only when the wire's would open with a capital; four words only as a wire's full name)
    if (k === 4 && !WIRE_FULL_NAME.test(words.slice(-4).join(" "))) continue;
    if (!/^[\p{Lu}]/u.test(words[words.length - k] as string)) continue;
    const [names, wire] = [words.slice(0, -k).join(" "), words.slice(-k).join(" ")];
    if ((k >= 2 || (names === names.toLocaleUpperCase() && wire !== wire.toLocaleUpperCase())) && (lookupOutlet(wire) !== null || WIRE_FULL_NAME.test(wire))) {
      out = names.replace(/[,\s]+$/, "");
      break;
    }
  }
  // "Thu Hằng/VOV2" too, and a station's initials before its service's words: "Minh Anh/VOV Giao thông"
  const slash = !out.includes("/") ? null : /^([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){1,3})\s?\/\s?(?:[\p{Lu}][\p{L}\d&'’.-]*(?:\s[\p{Lu}][\p{L}\d&'’.-]*){0,3}|[\p{Lu}]{2,}\d?\s[\p{Lu}][\p{L}'’.-]*(?:\s[\p{L}][\p{L}\d&'’.-]*){0,2})$/u.exec(out);
  if (slash?.[1]) out = slash[1];
  return out;
}

const CAPTION_CREDIT = new RegExp(
  `(?:(?:^|[\\s.(\\-–|])(?:ảnh|photo|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu)\\s*:\\s*[^:]{1,60}\\)?\\.?|\\((?:ảnh|photo)[^()]{0,30}:\\s*[^()]{1,60}\\)\\.?|©\\s*[^.©]{1,60}|\\((?:AP|AFP|EPA|Yonhap|Reuters|Xinhua|KCNA|TTXVN)(?: Photo)?(?:\\/[^()]{1,60})?\\)\\.?|\\b(?:REUTERS|AFP|EPA|KCNA|Yonhap|Getty Images)\\/[^\\s].{0,80}|[.)]\\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|KCNA|TTXVN|Yonhap)\\.?|\\b(?:via|qua)\\s+(?:AP|AFP|Reuters|Yonhap|Getty Images)\\.?)$`,
  "iu",
);

/** A photo caption by its form: ends in a credit, starts with a caption label, or is an image file name. */
/** Agencies and picture services that sign photos, as credits print them. */
const PHOTO_SOURCE = "AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty Images|Yonhap|KCNA|Xinhua|TTXVN|VNA|dpa|picture alliance|picture-alliance|Kyodo|Jiji|Bloomberg|Pool|POOL|AAP|ANI|Anadolu|Sputnik|TASS|NurPhoto|Shutterstock|Handout|HANDOUT|Alamy|PA Images|PA Wire|RollingNews\\.ie";
/**
 * Picture libraries that sign a caption by their name alone after its sentence, as printed (case tells them): "… in
 * Moscow. Alamy Stock Photo", "… the port. Shutterstock".
 */
const PICTURE_LIBRARY = "Alamy Stock Photo|Alamy Live News|Alamy|Shutterstock|iStock|iStockphoto|Adobe Stock|Dreamstime|Depositphotos|PA Images|PA Wire|RollingNews\\.ie|Getty Images";
const libraryAfterSentence = testAtEnd(new RegExp(`[.!?]["”’)]?\\s(?:${PICTURE_LIBRARY})\\.?$`, "u"));
/** Credits that end a caption: "… Line. South Korea Defense Ministry/AP", "[File: X/Reuters]", "… 2024. (Kyodo)", "Ảnh:" glued on. */
const CREDIT_TAIL = new RegExp(
  [
    ...[
      `\\/(?:${PHOTO_SOURCE})\\.?$`, // "Name/AP", "Kim Hong-Ji/Reuters", "X/dpa/picture alliance"
      `\\[(?:(?:file|tư liệu|archive)\\s*:\\s*)?[^\\[\\]]{0,80}(?:\\/|\\b(?:${PHOTO_SOURCE})\\b)[^\\[\\]]{0,40}\\]\\.?$`, // Al Jazeera's "[File: Handout/… via AP]"
      `[.!?]\\s*\\((?!(?:end|ends|more|hết)\\))(?:${PHOTO_SOURCE}|[\\p{Lu}][\\p{L}]+(?: (?:News|Photo))?)\\)(?:\\s*==\\s*\\p{L}+)?$`, // "… Sept. 5, 2024. (Kyodo)", not a wire's end mark "(END)"
      `[.!?]["”’)]?\\s(?:Credit|Credits|Photo credit|Image credit)\\s?:\\s?\\p{Lu}[^:]{1,60}$`, // "Comrades in arms. Credit: Getty": the credit's label after the sentence, spaced
      `[.!?]\\s+(?:Ảnh|Hình)\\s+(?:${PHOTO_SOURCE}|\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,3})\\.?$`, // "… ở Vladivostok. Ảnh TASS", "… Ảnh Tân Hoa Xã": the credit without its colon
      `\\s[|•]\\s*(?:image|photo|ảnh|hình|credit)\\s*:\\s*[^|]{2,80}$`, // "… farm | Image: KCNA (Sept. 5, 2024)"
      `\\s[|•]\\s*(?:nguồn|source)\\s*:\\s*(?:${PHOTO_SOURCE}|[\\p{Lu}]{2,}(?:[ /][\\p{Lu}]{2,}){0,3})\\.?$`, // "… sang Nga làm việc | Nguồn: KCNA": a wire, or a name in capitals, labelled as the source after a bar
      `\\b(?:photograph|picture|image|photo)\\s*:\\s*[^:.]{2,80}\\.?$`, // "… Photograph: Yonhap/Reuters"
      `(?:[.(]|\\s[-–|])\\s*(?:ảnh|hình) (?:minh (?:họa|hoạ)|tư liệu|chụp màn hình|(?:cắt|chụp) từ (?:video|clip))\\)?\\.?$`, // "… tốc độ cao. Ảnh minh họa", "… ngày 19/11. Ảnh cắt từ video"
      `[.!?]\\s*\\((?:hình|hình ảnh|hình minh (?:họa|hoạ)|hình tư liệu)\\s*:\\s*[^()]{1,60}\\)\\.?$`, // "Tòa Bạch Ốc. (Hình minh họa: AP)", "(Hình: Reuters)": overseas papers' word for a picture
      `\\b[\\p{Lu}]{2,}(?:\\/[\\p{Lu}]{2,})+\\s+(?:Photo|Ảnh)\\.?$`, // "… District. VNA/VNS Photo"
      `\\s\\|\\s*(?:${PHOTO_SOURCE}|[\\p{Lu}]{2,}(?:(?: | ?\\/ ?)[\\p{Lu}]{2,}){0,4})\\.?$`, // "… on Monday. | KYODO", "| JAPAN COAST GUARD / VIA KYODO": a wire or a name in capitals after a bar (a page's title "… | Channels Television", a site's tagline "Maritime Intelligence | Informa" are no credit)
      `[.!?]["”’)]?\\s\\|\\s*[\\p{L}]{2,}(?:(?: | ?\\/ ?)[\\p{L}]{2,}){0,4}\\.?$`, // "… on Monday. | Informa", "… | Japan Coast Guard / via Kyodo": a name of any case (and the wire it came through) after a sentence's end and a bar
      `\\((?:photo|photograph|image|picture|ảnh)s?\\s+(?:by|courtesy of|of)\\s+[^()]{2,100}\\)\\.?$`, // "… (Photo by X/AFP via Getty Images)"
      `[.)]\\s+[\\p{Lu}][\\p{L}]{2,}(?:\\s[\\p{Lu}][\\p{L}]+)?\\/[\\p{Lu}][\\p{L} .'-]{1,40}(?:\\/[\\p{L}]{1,12}){0,2}\\.?$`, // "… 2025). ANTARA/Fauzan/nym.", "… on Tuesday. Jessica Rinaldi/Globe Staff"
      `[.!?]\\s+(?:\\p{L}{2,}\\s)?photo\\s?\\/\\s?\\p{L}[\\p{L} .'-]{1,40}\\.?$`, // "… on Thursday. INQUIRER PHOTO / GRIG C. MONTEGRANDE"
      `[.!?]\\s+\\/\\s?(?:${PHOTO_SOURCE})\\.?$`, // "… seen from China in 2024. / AP"
      `[.!?]\\s+[-–—]\\s?(?:${PHOTO_SOURCE}|\\p{Lu}{2,}(?:[ /]\\p{Lu}{2,}){0,2})(?: FILE)? (?:PIC|PICS|PHOTO)\\.?$`, // "… region. - REUTERS PIC", "… - BERNAMA FILE PIC"
      `[.!?]\\s+(?:source|nguồn)\\s*:\\s*[^:/]{2,60}\\/[^:/]{2,30}$`, // "… in Tallinn. Source: Ken Mürk/ERR": a name and its outlet
      `[.!?]\\s+(?:[-–—]\\s?)?(?:[\\p{Lu}][\\p{L}.-]*\\s){0,3}(?:file|archive|handout) (?:photo|picture|image|pic)\\.?$`, // "… Economic Affairs. CNA file photo", "… in New York. — File photo"
      `[.!?]\\s+(?:illustrative|illustration|representational|representative|stock) (?:photo|picture|image|pic)\\.?$`, // "… in Pyongyang. Illustrative photo": the picture's label, no credit
      `[.!?]["”’]?\\s*\\((?:supplied|${PHOTO_SOURCE}|[\\p{Lu}][\\p{L}]+ news)\\s?:\\s?[\\p{Lu}][^():]{1,60}\\)\\.?$`, // "… on Monday. (Supplied: Australian Defence Force)", "(ABC News: Jane Doe)", "(Reuters: Jane Doe)": the source, a colon, the name
    ].map(caseless),
    // a label glued to the caption's last word is capitalised, as printed ("FrankfurtẢnh:"; never "telephoto:")
    `(?:\\p{Ll}|[.)])(?:Ảnh|Photo|Foto|Credit|ẢNH|PHOTO|FOTO|CREDIT)\\s*:\\s*[^:]{2,80}$`, // "…Frankfurt (Oder)Ảnh: Patrick Pleul/dpa/picture alliance", "…coast.Credit: Supplied"
    // and The New York Times's label, three dots after it, glued to the caption and to the credit, whatever the credit
    // names ("…in early November.Credit...Planet Labs PBC", "…Pyongyang.Credit…Korean Central News Agency, via
    // Associated Press"): never a sentence's "credit" in small letters ("…lines of credit... Banks")
    `(?:\\p{Ll}|[.)!?"”’])(?:Credit|CREDIT)(?:\\.{3}|…)\\s?\\p{Lu}[^:]{1,80}$`,
  ].join("|"),
  "u",
);

/**
 * Credits after the caption's sentence without a colon, names in capitals as printed (case matters, so no sentence of
 * the text ends so): "… the harbour. Picture by Jane Doe" (and a free library's "Photo by Jane Doe on Unsplash"), "… Milford Haven. Photo Jane Doe (CC BY 2.0)" (a free
 * licence's credit), "… in the Loop. Sun-Times file" (the paper's own picture from its archive).
 */
const CREDIT_BY_TAIL = new RegExp(
  [
    `[.!?]\\s+(?:Picture|Photo|Image|Photograph|PICTURE|PHOTO)\\s+(?:by|BY)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s?\\/\\s?\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,2}|\\s(?:on|via)\\s(?:Unsplash|Pexels|Pixabay|Flickr|Wikimedia Commons))?\\.?$`, // "… Photo by Jane Doe on Unsplash": a free picture library's credit
    `[.!?]\\s+(?:Picture|Photo|Image|Photograph)(?:\\s+by)?\\s*:?\\s*\\p{Lu}[^().]{1,60}\\((?:CC|CC0|Creative Commons)\\b[^()]{0,24}\\)\\.?$`,
    `[.!?]\\s+(?!(?:The|A|An|This|That|His|Her|Its|Their|Our|My)\\s)(?:\\p{Lu}[\\p{L}-]*\\s){1,3}(?:file|File|FILE)$`,
    // "… in Pyongyang. Photo via KCNA.", "… the port. Image courtesy of Saigon Port.": the source the picture came through
    `[.!?]\\s+(?:Picture|Photo|Image|Photograph|Photos|Images)\\s+(?:via|courtesy of|courtesy)\\s+(?:the\\s)?@?\\p{Lu}[\\p{L}\\d'’.&-]*(?:\\s(?:of\\s|the\\s)?\\p{Lu}[\\p{L}\\d'’.&-]*){0,4}\\.?$`,
  ].join("|"),
  "u",
);
const creditByTail = testAtEnd(CREDIT_BY_TAIL);

/**
 * A picture's credit alone on its line, in forms no article line takes: "Getty Images", "KCNA VIA REUTERS", "Kim Won
 * Jin/AFP via Getty Images" (a source "via" a picture service), "Andrey Rudakov | Bloomberg | Getty Images" (name and
 * services between bars, a picture service last). A wire's name alone is not one: under a headline it is the byline.
 */
// up to eight capitalised words before "via": AP's "Korean Central News Agency/Korea News Service via AP"
const CREDIT_VIA = /^(?:[\p{Lu}][\p{L}'’.-]*[\s/]){0,7}[\p{Lu}][\p{L}'’.-]*\s(?:via|VIA)\s(?:Getty Images|GETTY IMAGES|AP|Reuters|REUTERS|AFP|Shutterstock)$/u;
const CREDIT_BARS = /^(?:[\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*(?:\s\|\s(?:[\p{Lu}][\p{L}'’.-]*\s){0,2}[\p{Lu}][\p{L}'’.-]*){0,2}\s\|\s(?:Getty Images|GETTY IMAGES|Shutterstock|Reuters|REUTERS|AFP|AP)$/u;
/** A paper's or agency's name in capitals over "File": "STAR / File", "AFP/File", "REUTERS / FILE PHOTO". */
const CREDIT_FILE = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}\s?\/\s?(?:File|FILE)(?: (?:Photo|PHOTO))?$/u;
/** A picture's label and its source between bars, as East African dailies print it: "PHOTO | FILE", "PHOTO | JOHN DOE | NMG". */
const CREDIT_LABEL_BARS = /^(?:FILE PHOTO|File photo|PHOTOS?|Photos?|PICTURE|Picture|IMAGE|Image|GRAPHIC|Graphic)(?: ?\| ?[\p{Lu}\d][\p{L}\d'’.&-]*(?: [\p{Lu}\d][\p{L}\d'’.&-]*){0,3}){1,3}$/u;
/**
 * A picture's source and its photographer parted by a slash, after "©" or a picture's label, as Russian agencies and
 * papers print it under a picture (and a browser translates it): "© RIA Novosti / Sergey Guneev", "© РИА Новости /
 * Сергей Гунеев", "Photo: Sergey Bobylev / TASS", "Ảnh: IZVESTIA/Sergey Lantyukhov", "Фото: Известия/Павел Бедняков".
 */
const CREDIT_SOURCE_SLASH = /^(?:©\s?|(?:Photo|Image|Фото|Ảnh|Hình ảnh)\s?:\s?)\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}\s?\/\s?\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}$/u;
/**
 * A picture marked as an illustration only, its label first, on its own line: "Photo: illustrative", "Photo:
 * illustration", "Ảnh: minh họa", "Фото: иллюстративное" ("Ảnh minh họa" without the colon is a caption of its own).
 */
const CREDIT_ILLUSTRATIVE = /^(?:photo|image|picture|ảnh|hình|hình ảnh|фото)\s?:\s?(?:illustrative|illustration|minh họa|minh hoạ|иллюстративное|иллюстрация)\.?$/iu;
/**
 * A picture's source named with small words inside, after the label: "Photo: Press Service of the Russian Foreign
 * Ministry", "Photo: Office of the President of Ukraine" (each word capitalised but "of", "the", "and", "for").
 */
const CREDIT_LABELLED_BODY = /^(?:Photo|Image|Picture)\s?:\s?\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:of|the|and|for)\s){1,2}\p{Lu}[\p{L}'’.-]*|\s\p{Lu}[\p{L}'’.-]*){1,7}$/u;
export function isCreditOnly(plain: string): boolean {
  return creditOnlyMemo(plain);
}
/** isCreditOnly remembered by line: the header scan, the title's score, the cleaner and the footer ask of the same lines. */
const creditOnlyMemo = memoByLine((plain: string): boolean => creditOnlyOf(plain));
function creditOnlyOf(plain: string): boolean {
  if (plain.length > 80 || DESK_AND_WIRE.test(plain) || outletAndWire(plain)) return false;
  return anyCreditOnly(plain);
}
export function outletAndWire(plain: string): string | null {
  const name = OUTLET_AND_WIRE.exec(plain)?.[1];
  if (!name) return null;
  return PAPER_WORD.test(name) || lookupOutlet(name) !== null ? name : null;
}
/** The forms of a picture's credit alone on its line, each asked only of lines that could hold it (line-speed.ts). */
const anyCreditOnly = anyPatternOf(() => [CREDIT_WORD_LABELLED, CREDIT_SOURCE_SLASH, CREDIT_ILLUSTRATIVE, CREDIT_LABELLED_BODY, CREDIT_HOUSE_ILLUSTRATION, /^(?:Getty Images|GETTY IMAGES|Shutterstock|Handout|HANDOUT)$/, CREDIT_SLASHED, CREDIT_PROVIDED, CREDIT_VIA, CREDIT_BARS, CREDIT_FILE, CREDIT_LABELLED, CREDIT_LABEL_BARS, CREDIT_DASHED, CREDIT_VIA_ONLY]);
/**
 * A picture's credit as news magazines print it under the picture: the photographer, a dash with no space, the
 * sources between slashes, a picture service or wire last ("Kristina Kormilitsyna—Sputnik/AFP/Getty Images", "Jim
 * Watson—AFP", "Ann Lee–Bloomberg/Getty Images").
 */
const CREDIT_DASHED =
  /^(?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*[—–](?:\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,2}\/){0,3}(?:Getty Images|AP|AFP|Reuters|REUTERS|Bloomberg|Redux|Shutterstock|EPA|EPA-EFE|Sipa|Pool|POOL|TASS|Sputnik|Xinhua|KCNA|Yonhap|Kyodo|Anadolu|NurPhoto|ZUMA)$/u;
/**
 * The same credit with spaced slashes, as magazines print it under a picture: the photographer's name (two to four
 * words), then the sources between " / ", a picture service or wire last ("Gavriil Grigorov / Sputnik / Reuters",
 * "Kevin Lamarque / Reuters", "Anna Moneymaker / Getty Images").
 */
const CREDIT_SLASHED =
  /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}(?:\s\/\s\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,2}){0,2}\s\/\s(?:Getty Images|AP|AFP|Reuters|REUTERS|Bloomberg|Redux|Shutterstock|EPA|EPA-EFE|Sipa|Pool|POOL|TASS|Sputnik|Xinhua|KCNA|Yonhap|Kyodo|Anadolu|NurPhoto|ZUMA)$/u;
/**
 * A portal's credit for a partner's picture, under the caption: "© Provided by Washington Examiner", "© Cung cấp bởi
 * Truyền hình Nhân Dân", "Provided by The Week" (MSN's and Yahoo's reposts).
 */
const CREDIT_PROVIDED = /^(?:©\s?)?(?:Provided by|Cung cấp bởi|Được cung cấp bởi)\s[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s[\p{L}\d&'’.-]+){0,5}$/u;
/** The service alone after "via", as a US portal prints it under a wire's picture: "via Associated Press", "via Getty Images". */
const CREDIT_VIA_ONLY = /^(?:via|Via|VIA) (?:Associated Press|ASSOCIATED PRESS|AP|Getty Images|GETTY IMAGES|Reuters|REUTERS|AFP|Bloomberg|Shutterstock)$/;

/**
 * A picture's credit alone on its line under the label "Credit:" or "Picture:", or in brackets, as trade papers and
 * magazines print it: "Credit: Russian Defense Ministry", "Credits: Getty Images", "Photo credit: Jane Doe", "Picture:
 * Alamy", "(Illustration: Photo 12/Lex Villena)", "(Photo: AP/File)". A label and words, no sentence after.
 */
const CREDIT_WORD_LABELLED = /^(?:(?:Credit|Credits|Photo credit|Image credit|Picture|Pictures)\s?:\s?[\p{Lu}\d][\p{L}\d'’.&/-]*(?:[ ,]{1,2}[\p{L}\d'’.&/-]+){0,5}|\((?:Illustration|Photo illustration|Photo|Photograph|Image|Credit|Picture)\s?:\s?[\p{Lu}\d][\p{L}\d'’.&/-]*(?:[ ,]{1,2}[\p{L}\d'’.&/-]+){0,5}\))$/u;
/**
 * A magazine's own illustration with the sources of its parts after a semicolon: "Mother Jones illustration; Getty",
 * "Vox illustration; Getty Images, Shutterstock", "Photo illustration by Jane Doe; Getty".
 */
const CREDIT_HOUSE_ILLUSTRATION = /^(?:(?:\p{Lu}[\p{L}'’.&-]*\s){1,4}(?:photo )?illustration|Photo illustration(?: by(?:\s\p{Lu}[\p{L}'’.-]*){1,3})?);\s?\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}(?:,\s?\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}){0,3}$/u;
/**
 * A picture's credit alone on its line, as magazines and regional dailies print it under the picture: "Illustration:
 * Chloe Barnes", "Photograph: Jane Doe".
 */
/** (and its source in brackets right after the label, as Indian broadcasters' sites print it: "Photograph:(AFP)", "Photo:(WION Web Team)") */
const CREDIT_LABELLED = /^(?:Illustration|Photograph|Photo|Image|Graphic|Chart|Map)s?(?: by)?\s?:\s?(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}|\(\p{Lu}[\p{L}'’.&/-]*(?:\s[\p{L}'’.&/-]+){0,3}\))\.?$/u;
const CREDIT_EMAIL = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}\s[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}$/u;
/**
 * A photographer's name and e-mail ("Carlos Vega cvega@miamiherald.com"): a picture's credit on the line below its
 * caption, but a byline at the foot of the text (clean.ts asks this of the line below a short line only).
 */
export function isEmailCredit(plain: string): boolean {
  return plain.length <= 80 && CREDIT_EMAIL.test(plain);
}
/**
 * A caption's credit in a wire's form, case as printed: the wire in capitals, a "/", the photographer ("… on Nov. 14,
 * 2026. THE CANADIAN PRESS/Sean Kilpatrick").
 */
const WIRE_CREDIT_TAIL = /[.!?]\s+[A-Z]{2,}(?:\s[A-Z]{2,}){0,3}\/[A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*){0,3}$/u;
const wireCreditTail = testAtEnd(WIRE_CREDIT_TAIL);
/** A sentence's end, a dash and a wire or a picture's source alone: "… at Pyongyang airport. — AFP", "… — File". */
const DASH_WIRE_END = /[.!?]["”’)]?\s[—–]\s?(?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|Bloomberg|Anadolu|Kyodo|Yonhap|APP|Getty Images|File|Screengrab)$/;
/** A word that says the line describes a picture. */
const PICTURE_WORD = /\b(?:picture|photo|photograph|image|handout|screengrab|screenshot|footage)s?\b/i;
/** A kicker of a section and a fly-title between one bar ("Asia | Friends in need"): a label, not a caption's credit. */
const PHOTO_SOURCE_END = new RegExp(`\\b(?:${PHOTO_SOURCE})$`, "u");
const KICKER_BAR = /^\p{Lu}[\p{L}&'’-]*(?:\s[\p{L}&'’-]+){0,2}\s\|\s\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s[\p{L}'’-]+){1,5}$/u;

/**
 * A picture's label and source after the caption's sentence, in the words "Photo:" does not cover (case as printed,
 * the source capitalised, no colon after it): "… in June 2024. Image: Kremlin.ru", "… on Friday. Picture: Supplied",
 * "… in Kyiv. Illustration: Jane Doe", "… Hà Nội. Hình: TTXVN", "… ngày 28/11. Ảnh vệ tinh: Planet Labs", "… Đồ họa: Hà Linh".
 */
const LABELLED_TAIL = /[.!?]["”’)]?\s+(?:Image|Picture|Photograph|Illustration|Graphic|Satellite image|Satellite imagery|Imagery|IMAGE|PICTURE|PHOTOGRAPH|ILLUSTRATION|GRAPHIC|Hình|Hình ảnh|Ảnh vệ tinh|Đồ họa|Đồ hoạ|HÌNH)s?\s?:\s?[\p{Lu}\d][^:!?]{0,59}$/u;

/**
 * A picture's credit as RFI prints it after the caption's sentence: the wire or picture service, a dash, the
 * photographer's name in capitalised words ("… ngày 19/06/2024. AP - Gavriil Grigorov", "… via Reuters - Maxim
 * Shemetov", "… © Reuters - Sergei Karpukhin"). Case tells the name: "… on Friday. AP - the agency" is no credit.
 */
const WIRE_DASH_PHOTOGRAPHER = new RegExp(`[.!?)]\\s+(?:via\\s+|©\\s?)?(?:${PHOTO_SOURCE})\\s[-–]\\s\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3}$`, "u");

/**
 * A bare name in brackets after a sentence, no picture's word in it, the sentence no caption without it: the story
 * signed by its wire, paper or reporter ("… biên giới Nga - Triều. (TTXVN)", "… (PV)", "… (VOV)", "… the border.
 * (Reuters)", "… hay không. (TTXVN/Vietnam+)" with the wire's site after a slash), a sentence that reports something, when it is the text's last line, right under a paragraph (`above`, a finished sentence of 80 characters
 * or more) — anywhere else the same form credits a picture ("… Tumangang and Khasan. (Yonhap)" under a byline,
 * CREDIT_TAIL; a sentence closing on a day with its year, as a wire's caption does). The name, or null. "(AP Photo)",
 * "(KCNA via Reuters)", "(Ảnh: …)", "(RFA file)" are a picture's credits.
 */
/**
 * The words that report what someone said, denied or announced, read by both tests of a story's own sentence: the
 * last paragraph signed in brackets (below) and a short paragraph among a gallery's captions (clean.ts).
 */
export const REPORTING_WORDS = "said|says|told|added|according to|announced|denied|denies|cho biết|cho hay|khẳng định|tuyên bố|nhấn mạnh|bác bỏ|phủ nhận";
export function bracketSignOff(plain: string, above: string): string | null {
  if (!plain.endsWith(")") || above.length < 80 || !/[.!?…]["”’»)]?$/.test(above) || readByline(above) !== null) return null;
  const m = BRACKET_SIGN_OFF.exec(plain);
  if (!m || PICTURE_IN_BRACKETS.test(m[1] ?? "") || !REPORTS_SOMETHING.test(plain) || PICTURE_DAY_END.test(plain.slice(Math.max(0, m.index - 40), m.index + 1)) || isCaptionLine(plain.slice(0, m.index + 1))) return null;
  return m[1] ?? null;
}
/** A sentence that reports: who said, denied or announced what ("… said.", "… cho biết …"); a picture's description does not. */
const REPORTS_SOMETHING = new RegExp(`(?<![\\p{L}])(?:${REPORTING_WORDS}|tells|confirmed|reported|warned|stated|claimed|accused|nói|thông báo|xác nhận|cáo buộc|cảnh báo|theo)(?![\\p{L}])`, "iu");
/** A caption's close on the day the picture was taken, with its year: "…, Nov. 28, 2026.", "… on 3 December 2026.", "… ngày 28/11/2026." */
const PICTURE_DAY_END = /(?:\b(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}),? (?:19|20)\d{2}|\d{1,2}\/\d{1,2}\/(?:19|20)\d{2})\.$/u;
// The name may carry its site after a slash, as a wire's own paper signs its copy ("… hay không. (TTXVN/Vietnam+)"):
// the name before the slash is the signer.
const BRACKET_SIGN_OFF = /[.!?…]["”’]?\s*\((\p{Lu}[\p{L}.+&' -]{0,28})(?:\/\p{Lu}[\p{L}.+&' -]{0,20})?\)$/u;
const PICTURE_IN_BRACKETS = /(?<!\p{L})(?:photo|pic|picture|image|file|handout|screenshot|screengrab|ảnh|hình|nguồn|source|via|qua|courtesy)(?!\p{L})/iu;

export function isCaptionLine(plain: string): boolean {
  return captionMemo(plain);
}
const captionMemo = memoByLine((plain) => captionByForm(plain));
// Both credit patterns end every alternative in "$": read backwards from the line's end, not tried at each position.
const creditTail = testAtEnd(CREDIT_TAIL);
const captionCredit = testAtEnd(CAPTION_CREDIT);
/**
 * Credits in brackets at a caption's end, as wires hand them to the papers that carry them: "(Korean Central News
 * Agency/Korea News Service via AP)", "(AP Photo/Ahn Young-joon, File)", "(Stefan Rousseau/PA)", "(Yui Mok/PA Wire)".
 * A wire's caption may run long (the AP's note on pictures from the North Korean government), so the line may too.
 */
const BRACKET_WIRE_CREDIT = new RegExp(
  [
    `\\((?:[^()]{2,80}\\s)?via (?:AP|AFP|Reuters|Yonhap|Getty Images)(?:,\\s?File)?\\)\\.?$`,
    `\\(AP Photo\\/[^()]{2,60}\\)\\.?$`,
    `\\s\\((?:\\p{Lu}[\\p{L}'’.-]*\\s){0,3}\\p{Lu}[\\p{L}'’.-]*\\s?\\/\\s?(?:${PHOTO_SOURCE}|PA|PA Wire|PA Media)\\)$`, // no full stop after: a sentence citing a poll ends with one
  ].join("|"),
  "u",
);
const bracketWireCredit = testAtEnd(BRACKET_WIRE_CREDIT);
/** A caption that ends in a wire's bracketed credit, up to 640 characters long (the cleaner's caption test stops at 250). */
export const isWireCreditedCaption = (plain: string): boolean => plain.length <= 640 && plain.endsWith(")") && !/^(?:©|\(c\)|copyright\b)/i.test(plain) && bracketWireCredit(plain.slice(-200));
/** "… international law. Picture AP", "… on Friday. Photo Reuters": a chain's credit word and the wire, no colon. */
const PICTURE_WIRE = new RegExp(`[.!?]["”’)]?\\s+(?:Picture|Photo|PICTURE|PHOTO)\\s(?:${PHOTO_SOURCE}|PA|Supplied|supplied)$`, "u");
const pictureWire = testAtEnd(PICTURE_WIRE);
/**
 * A picture page's headline behind its type's label ("Phóng sự ảnh: Bình Nhưỡng đón …", "Chùm ảnh: Ngoại trưởng Nga ở
 * Bình Nhưỡng", "Photo story: …"): the label's "ảnh:" is no credit ("… tại Bình Nhưỡng. Ảnh: KCNA" ends a caption). A label before a name alone ("Phóng sự ảnh: Minh Hà") is the photographer's.
 */
const PICTURE_PAGE_LABEL = /^(?:phóng sự ảnh|chùm ảnh|bộ ảnh|loạt ảnh|album ảnh|tin ảnh|góc ảnh|câu chuyện ảnh|ảnh phóng sự|photo story|photo essay|in pictures)\s?:\s?/iu;
function picturePageHeadline(plain: string): boolean {
  const label = plain.length <= 200 ? PICTURE_PAGE_LABEL.exec(plain) : null;
  if (!label) return false;
  const words = plain.slice(label[0].length).split(/\s+/);
  return words.length >= 3 && words.some((w) => /^[\p{Ll}]{2}/u.test(w));
}
/** A line opening with a byline's cue word and a capitalised name: "By Jane Doe", "BY JANE DOE", "Bởi Minh Anh", "Theo Hải Yến". */
const BYLINE_CUE_OPENING = /^(?:[Bb]y|BY|[Bb]ởi|BỞI|[Tt]heo|THEO)\s[\p{Lu}]/u;
function captionByForm(plain: string): boolean {
  if (picturePageHeadline(plain)) return false;
  // a byline, whatever follows its names ("By Jane Doe | jdoe@harbourtimes.example | Harbour Times", "Bởi Minh Anh |
  // Báo X", "Theo Hải Yến | TTXVN"): a writer's line, never a picture's
  if (BYLINE_CUE_OPENING.test(plain)) return false;
  // a caption set wholly in square brackets, as some journals' CMSs print it under the picture ("[Đoàn xe tải tại cửa
  // khẩu Khasan - Ảnh: Primorye24]"): read by its forms inside them
  const boxed = plain.length <= 322 && plain.startsWith("[") ? /^\[([^[\]]{10,320})\]$/u.exec(plain) : null;
  if (boxed) return captionByForm(boxed[1] as string);
  // "… Image: Planet Labs PBC. Annotations by the Institute.": the caption's forms read without the analyst's note
  const bare = withoutAnnotationsNote(plain);
  if (bare !== null) return captionByForm(bare);
  if (isWireCreditedCaption(plain)) return true;
  if (plain.length <= 320 && pictureWire(plain)) return true;
  if (plain.length > 320 || /^(?:©|\(c\)|copyright\b)/i.test(plain) || DESK_AND_WIRE.test(plain)) return false;
  if (KICKER_BAR.test(plain) && !PHOTO_SOURCE_END.test(plain)) return false;
  if (wireCreditTail(plain.length > 160 ? plain.slice(-160) : plain)) return true;
  // All its forms end the line and hold a "/", "]", ")", ":", "|" or a picture word: most paragraphs skip the regex.
  const tail = plain.length > 160 ? plain.slice(-160) : plain;
  if (/[/\]|:]|\)\.?$|==|minh h|tư liệu|chụp màn|[.!?]\s+(?:ảnh|hình)\s|\s(?:pics?|photo|picture|image)\.?$|credit(?:\.{3}|…)/i.test(tail) && creditTail(tail)) return true;
  if (/[.!?]\s+(?:picture|photo|image|photograph)\s|\sfile$/i.test(tail) && creditByTail(tail)) return true;
  if (/(?:Photo|News|Shutterstock|iStock|iStockphoto|Alamy|Stock|Dreamstime|Depositphotos|Images|Wire|RollingNews\.ie)\.?$/u.test(tail) && libraryAfterSentence(tail)) return true;
  if (/^(?:chú thích(?: ảnh| hình ảnh)?|nguồn hình ảnh|nguồn ảnh|image source|photo credit|caption|ảnh|photo|hình)\s*[,:]/i.test(plain)) return true;
  if (/\s\|$/.test(plain)) return true;
  if (LABELLED_TAIL.test(tail)) return true;
  if (/^\S+\.(?:jpe?g|png|gif|webp|avif)$/i.test(plain)) return true;
  if (/\((?:[^()]{2,60}\s)?qua (?:AP|AFP|Reuters|Yonhap)\)\.?$/i.test(plain)) return true;
  if (/^(?:AP|AFP|Reuters|EPA)\s+[-–]\s+\S/.test(plain) && plain.length <= 250) return true;
  // a picture's description, then the wire after a dash ("This picture taken on … shows … — AFP"): a story's last
  // paragraph ends so too, so the line must speak of a picture
  if (plain.length <= 250 && (tail.includes("—") || tail.includes("–")) && DASH_WIRE_END.test(tail) && PICTURE_WORD.test(plain)) return true;
  // a sentence, then its source in brackets with a "/" ("… July 14, 2025. (State Emergency Service / Telegram)")
  if (/[.!?]\s*\([\p{Lu}][^()/]{1,50}\s?\/\s?[^()/]{2,40}\)$/u.test(tail)) return true;
  // a portrait's caption: the person's name, a full stop, then the credit with its source after a bar or a slash, as
  // Russian sites' English pages print it ("Maria Zakharova. Foreign Ministry | Telegram", "Sergei Shoigu. Vadim
  // Savitsky / Russian Defense Ministry")
  if (plain.length <= 120 && PORTRAIT_CAPTION.test(plain)) return true;
  if (captionByMoreForms(plain)) return true; // caption-forms.ts: figures, "AP-Yonhap", "(RFA file)", "Planet Labs PBC"
  if (WIRE_DASH_PHOTOGRAPHER.test(tail)) return true;
  return captionCredit(plain);
}

/** A person's name (two to four capitalised words), a full stop, and a credit of a few words with its source after a bar or a slash. */
const PORTRAIT_CAPTION = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\.\s\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,5}\s[|/]\s\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,4}$/u;
const TERMINAL = /[.!?…;]["”’»)]?$/;

/** A news ticker's item above a page's headline: a "breaking" label and a colon before the item. */
const TICKER_ITEM = /^(?:breaking(?: news)?|just in|developing|live|(?:(?:severe )?weather|traffic|first|amber|school closing) alert|weather (?:warning|advisory)|tin nóng|nóng|tin mới|tin khẩn|mới nhất)\s?:\s?\S/iu;

/**
 * The same label set in capitals as a box of its own, its item run on after it without a colon when copied ("WEATHER
 * ALERT Red Flag Warning for the Magic Valley until 9 PM", "BREAKING NEWS Lake-effect snow …"): the item's first word
 * in running case, so a headline in capitals is none.
 */
const TICKER_LABEL_IN_CAPITALS = /^(?:BREAKING(?: NEWS)?|JUST IN|DEVELOPING(?: STORY)?|(?:SEVERE )?WEATHER (?:ALERT|WARNING|ADVISORY)|(?:TRAFFIC|FIRST|AMBER|SCHOOL CLOSING) ALERT) [\p{Lu}\d][\p{Ll}\d]/u;

/** A newsletter's numbered item heading: "1 big thing: …", "2. …", "3) …" (a count then a capital; "5 things to know" is no item). */
const NEWSLETTER_ITEM = /^(?:\d{1,2}\s(?:big|last|more|other)\sthings?\s?:|\d{1,2}[.)])\s\p{Lu}/u;

/** A live page's summary heading: "Summary: …", "Recap – …", "What we know so far: …". */
const LIVE_POST_HEAD = /^(?:summary|recap|catch(?:ing)? up|what we know(?: so far)?|key (?:points|events|developments))\s?[:–—-]\s?\S/i;
/** A live or breaking page's flag over its headline: "Live", "Live Blog", "LIVE UPDATES", "BREAKING", "Trực tiếp", "Tin nóng". */
const LIVE_PAGE_FLAG = /^(?:live(?: blog| updates?| coverage| now)?|breaking(?: news)?|trực tiếp|tường thuật trực tiếp|tin nóng)$/iu;
/** A live page's label over a post: "Pinned post", "Pinned", "Key event", "Featured post". */
const LIVE_POST_LABEL = /^(?:pinned(?: post)?|key event|featured post|top post|highlight)$/i;

/**
 * A live page's entry stamp on its own line, as the page prints it over or under each entry: a clock alone, with its
 * zone or its day ("15:44", "10:15 GMT+7", "9:40am", "Posted at 09:40", "Dec 4, 2026 | 07:16 PM IST", "4 Dec 2026 -
 * 13:46 GMT", "04/12/2026 15:05"). Asked only of short lines holding a clock's colon; the cleaner drops them where a
 * page prints two or more (a single one may be the story's own date).
 */
const LIVE_STAMP_CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s?(?:[ap]m|[ap]\.m\.))?(?:\s?(?:gmt|utc|ict|ist|bst|cet|cest|msk|kst|jst|et|est|edt|aest|aedt)(?:\s?[+-]\s?\d{1,2})?|\s?\(gmt\s?[+-]\s?\d{1,2}\))?`;
const LIVE_STAMP_DAY = String.raw`(?:\d{1,2} \p{L}{3,9}\.? \d{4}|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})`;
const LIVE_STAMP = new RegExp(`^(?:(?:posted|updated|đăng|cập nhật)(?: at| lúc)?\\s)?(?:${LIVE_STAMP_DAY}\\s?[|,–—-]?\\s?)?${LIVE_STAMP_CLOCK}$`, "iu");
export const isLiveEntryStamp = (plain: string): boolean => plain.length <= 40 && /\d[:.]\d\d/.test(plain) && LIVE_STAMP.test(plain);

/**
 * A headline whose first words the selection cut ("đông Vladivostok - Rajin chạy chuyến đầu tiên", "workers on Far East
 * building sites, Seoul report says"): the copy's first line, lower-case first, four words or more and no sentence's
 * end, with the date line or the byline right below it, as under a headline. A line continuing a sentence has no date
 * under it; a line further down is never one (something was copied above it).
 */
function cutHeadline(plain: string, i: number, lines: readonly string[]): boolean {
  if (i !== 0 || plain.length < 20 || plain.split(/\s+/).length < 4 || TERMINAL.test(plain) || /[:,;]$/.test(plain)) return false;
  const next = lines[1] ?? "";
  return readDateLine(next) !== null || readByline(next) !== null;
}

/**
 * A Vietnamese site's name by its form, as a reader view or a channel's page prints it over the headline: every word
 * capitalised, three to eight of them ("Kênh Thời Sự Toàn Cầu", "Hanbit Radio Tiếng Việt": a headline is written in
 * sentence case); a unit's name over its school's after a dash ("Trung tâm Hàn Quốc học – Trường Đại học Nam Trung
 * Bộ"); or a medium's kind before a capitalised name ("Báo Sông Thao điện tử", "Trang thông tin điện tử phường Long
 * Sơn", "Kênh Sóng Việt"). No digits, no sentence's punctuation, a letter only Vietnamese writes.
 */
export function siteNameLine(plain: string): boolean {
  if (bodyNameLine(plain)) return true;
  if (plain.length < 8 || plain.length > 70 || /[\d.,:;!?"“”()|/]/u.test(plain) || !VIETNAMESE_LETTER.test(plain)) return false;
  const words = plain.split(/\s+/).filter((w) => !/^[-–—]$/u.test(w));
  if (words.length > 12) return false;
  if (words.length >= 3 && words.length <= 8 && words.every((w) => /^[\p{Lu}]/u.test(w)) && /[\p{Ll}]/u.test(plain)) return true;
  if (/^(?:Khoa|Viện|Bộ môn|Trung tâm|Phòng)\s[\p{Lu}][^–—-]{1,40}\s[–—-]\s(?:Trường Đại học|Trường|Học viện|Đại học)\s[\p{Lu}]/u.test(plain)) return true;
  return words.length <= 9 && KIND_FIRST.test(plain);
}
/**
 * An English paper's masthead by its form: a short line of capitalised words closing on a paper's kind word ("The
 * Harbour Times", "Da Nang Today", "Mekong Herald") or opening on one ("Daily Harbour"). No digits, no sentence's
 * punctuation, two to six words; a section's words before the kind ("World News", "Business Today", "Top News") are a
 * section's label, never a paper's name.
 */
export function englishPaperName(plain: string): boolean {
  if (plain.length < 6 || plain.length > 50 || /[\d.,:;!?"“”()|/]/u.test(plain)) return false;
  const words = plain.split(" ");
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^(?:[\p{Lu}][\p{L}'’&-]*|of|the|and|on)$/u.test(w))) return false;
  const kind = PAPER_KIND_LAST.test(plain) ? words.slice(0, -1) : PAPER_KIND_FIRST.test(plain) ? words.slice(1) : null;
  return kind !== null && !kind.filter((w) => !/^(?:The|of|the|and|on)$/.test(w)).every((w) => SECTION_WORD.test(w));
}
const PAPER_KIND_LAST = / (?:Times|Post|Today|Herald|News|Daily|Gazette|Tribune|Journal|Chronicle|Courier|Telegraph|Observer|Standard|Express|Examiner|Enquirer|Sentinel|Dispatch|Record|Register|Monitor|Bulletin|Mirror|Inquirer|Star|Globe|Mail|Advertiser|Independent|Insider|Letter)$/u;
const PAPER_KIND_FIRST = /^(?:Daily|Sunday|Weekly|Evening|Morning) (?!News$|Post$|Times$)[\p{Lu}]/u;
/** A section's word, as a menu or a kicker prints it before a paper's kind word ("World News", "Business Today"). */
const SECTION_WORD = /^(?:World|Local|National|International|Business|Sport|Sports|Breaking|Latest|Top|Tech|Technology|Health|Science|Politics|Entertainment|Travel|Economy|Finance|Market|Markets|Money|Culture|Opinion|Weather|Video|Photo|Good|More|Related|Other|Our|Your|Today's|Morning|Evening|Daily|Weekly|Sunday)$/u;
/** A paper's masthead by its form, Vietnamese or English ({@link siteNameLine}, {@link englishPaperName}). */
export const mastheadByForm = (plain: string): boolean => siteNameLine(plain) || englishPaperName(plain);

/**
 * A research or public body's or a university's name by its kind ("Viện Nghiên cứu Chiến lược Đông Bắc Á", "Trường
 * Đại học Ngoại ngữ Tây Nguyên", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Mỹ Phước Tây": its fields listed with
 * commas): most words capitalised and the last two too (a place or a region closes it). A headline opening on the same word ("Trung tâm Hà Nội ngập sâu sau mưa lớn") ends in
 * running words.
 */
function bodyNameLine(plain: string): boolean {
  if (plain.length < 12 || plain.length > 80 || !BODY_KIND_FIRST.test(plain) || /[\d.:;!?"“”()|/]/u.test(plain) || !VIETNAMESE_LETTER.test(plain)) return false;
  const words = plain.replace(/,(?=\s[\p{Lu}])/gu, "").split(/\s+/);
  if (words.length < 4 || words.length > 14 || words.some((w) => w.includes(","))) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return capitalised * 2 > words.length && words.slice(-2).every((w) => /^[\p{Lu}]/u.test(w));
}
const BODY_KIND_FIRST = /^(?:Viện|Trung tâm|Học viện|Trường Đại học|Đại học)\s[\p{Lu}]/u;
/** A medium's kind before a capitalised name: "Báo Sông Thao", "Diễn đàn Nông nghiệp Miền Tây", "Trang thông tin điện tử phường Long Sơn". */
const KIND_FIRST = /^(?:Báo|Bản tin|Tạp chí|Tuần báo|Nhật báo|Đài(?! Loan)|Kênh|Diễn đàn|Cổng thông tin điện tử|Trang thông tin điện tử|Trang tin điện tử)\s(?:phường\s|xã\s|tỉnh\s|huyện\s|thành phố\s)?[\p{Lu}]/u;

/** A paper's owner line as its masthead prints it under the name: "Cơ quan của Đảng bộ tỉnh …", "Cơ quan chủ quản: Sở …". */
const OWNER_LINE = /^(?:[Cc]ơ quan (?:của|chủ quản)|CƠ QUAN (?:CỦA|CHỦ QUẢN))\s?:?\s[\p{Lu}\p{Ll}]/u;
/** A Vietnamese medium's name, as its masthead prints it, in capitals too ("Báo Sông Thao", "BÁO PHÁP LUẬT TÂY ĐÔ"). */
function paperNameLine(plain: string): boolean {
  if (KIND_FIRST.test(plain) && plain.length <= 70 && !/[.!?:]$/.test(plain)) return true;
  return plain.length <= 70 && plain === plain.toLocaleUpperCase("vi") && /^(?:BÁO|TẠP CHÍ|TUẦN BÁO|NHẬT BÁO|ĐÀI)\s[\p{Lu}]/u.test(plain);
}

/** A line of a headline's shape (no sentence's stop, a capital first, 12 to 160 characters) with a date or a byline right below it. */
function headlineOverStamp(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? "";
  const below = lines[i + 1] ?? "";
  return line.length >= 12 && line.length <= 160 && /^[\p{Lu}\d"“‘']/u.test(line) && !TERMINAL.test(line) && !/[:,;]$/.test(line) && (readDateLine(below) !== null || readByline(below) !== null);
}

/** A browser's bar or a reader view's line of the site's address alone, a close or back mark before it ("✕  example.com"). */
const HOST_BAR = /^(?:[✕×←‹<🔒]\s*)?((?:www\.)?[a-z\d][a-z\d-]{1,40}(?:\.[a-z\d-]{2,20}){0,2}\.[a-z]{2,6})$/;
/** Whether a line is the name a host printed on the line above it spells ("The Saigon–Seoul Letter" under "saigonseoulletter.com"). */
function spelledByHostAbove(plain: string, above: string): boolean {
  const host = HOST_BAR.exec(above.trim())?.[1];
  if (host === undefined || /[.!?:]$/.test(plain)) return false;
  if (domainSpells(plain, host.replace(/^www\./, ""))) return true;
  // a site's name by its form that the address only begins ("Báo Tài nguyên Biển và Hải đảo" under
  // "baotainguyenbien.vn"): its short address, the name still
  const label = host.replace(/^www\./, "").split(".")[0] ?? "";
  return label.length >= 8 && mastheadByForm(plain) && letters(plain).startsWith(label);
}

/** Features of one line for the title score. */
function titleScore(plain: string, i: number, lines: readonly string[], firstBody: number, roles: readonly LineInfo[] = []): number {
  const n = plain.length;
  if (n < 12 || n > 220) return -Infinity;
  // the site's name right under its address as a browser's bar or a reader view prints it ("✕ saigonseoulletter.com" /
  // "The Saigon–Seoul Letter"): the masthead, never the headline
  if (i > 0 && i <= 3 && n <= 60 && spelledByHostAbove(plain, lines[i - 1] as string)) return -Infinity;
  if ((/^[\p{Ll}]/u.test(plain) && !cutHeadline(plain, i, lines)) || /[:,;]$/.test(plain)) return -Infinity;
  // the site line a saved page or an e-mail's sender writes over the text ("Site: Pacific Rim Security Brief"): never the headline
  if (i <= 4 && plain.startsWith("Site: ")) return -Infinity;
  // a paper's owner under its name at the copy's top, as a print view's header prints them ("BÁO PHÁP LUẬT TÂY ĐÔ" /
  // "Cơ quan của Sở Tư pháp thành phố Tây Đô"): the masthead's line, never the headline
  if (i > 0 && i <= 4 && OWNER_LINE.test(plain) && paperNameLine(lines[i - 1] as string)) return -Infinity;
  // a byline, and one whose first part between bars is ("By Jane Doe | jdoe@harbourtimes.example | Harbour Times")
  if (BYLINE_CUE_THEN_CAPITAL.test(plain) && (readByline(plain) || (plain.includes(" | ") && readByline(plain.slice(0, plain.indexOf(" | ")))))) return -Infinity;
  // a picture's caption beside its credit ("North Korean soldiers at a parade" / "KCNA VIA REUTERS", or the credit
  // above it, as BBC pages print "Getty Images" over the caption)
  if (isCreditOnly(lines[i + 1] ?? "")) return -Infinity;
  // a video's title under a sticky player's label ("Now Playing" / "Sydney braces for …"): never the page's headline
  if (i > 0 && isPlayerLabel(lines[i - 1] as string) && !headlineUnderPlayer(lines, i)) return -Infinity;
  let score = 0;
  if (i > 0 && isCreditOnly(lines[i - 1] as string)) score -= 4;
  // a description closing on its source after a sentence ("Bản tin tối … ở Khabarovsk. Nguồn: Sputnik"): no headline
  if (/[.!?…]\s(?:[Tt]heo|[Nn]guồn\s?:|[Ss]ource\s?:)\s[\p{Lu}][^.!?]{0,40}$/u.test(plain)) score -= 4;
  // a site's name at the copy's top over a headline with its byline or date right below it: the masthead, not the headline
  if (i === 0 && mastheadByForm(plain) && headlineOverStamp(lines, 1)) score -= 4;
  // a ticker's item ("Breaking: Storm warning for Munster", "Tin nóng: …"): the headline only when no other line is one
  if (TICKER_ITEM.test(plain)) score -= 4;
  // a newsletter's numbered item ("1 big thing: Kim heads for Putin", "2. Seoul's count"): an item's heading below the issue's
  if (NEWSLETTER_ITEM.test(plain)) score -= 4;
  // a live page's post: its summary's heading ("Summary: here's what we know so far") or a line under a post's label
  // ("Pinned post", "Key event"), below the page's headline
  if (LIVE_POST_HEAD.test(plain) || (i > 0 && LIVE_POST_LABEL.test(lines[i - 1] as string))) score -= 4;
  // a link to another part of a series under this part's headline and its byline or date ("Kỳ 2: …" / "Trần Bảo Ngọc"
  // / "Thứ Tư, 02/12/2026 14:00" / "Kỳ 1: …"), as a select-all copies the link over the text: never the headline
  if (linkToOtherPart(plain, i, lines)) score -= 4;
  score += n >= 30 && n <= 160 ? 3 : 1; // headline length
  if (TERMINAL.test(plain) && !/[?!]["”’»]?$/.test(plain)) score -= 3; // a sentence
  const words = plain.split(/\s+/).length;
  if (words >= 5) score += 1;
  if (plain === plain.toLocaleUpperCase("vi") && /[\p{L}]{3}/u.test(plain)) score -= 1;
  // position: before the lead, close to it
  if (firstBody >= 0 && i < firstBody) score += 2;
  if (firstBody >= 0 && firstBody - i <= 6) score += 1;
  // a deck: right below a line of headline shape that no rule knows (the headline it stands under)
  const above = i > 0 ? (lines[i - 1] as string) : "";
  if (roles[i - 1]?.role === "body" && !(i === 1 && siteNameLine(above)) && above.length >= 30 && above.split(/\s+/).length >= 5 && !TERMINAL.test(above) && !/[:,;]$/.test(above) && /^[\p{Lu}\d"“‘']/u.test(above) && /[\p{Ll}]{2}/u.test(above) && !/[/|›»>]/.test(above) && !TICKER_ITEM.test(above) && !innerCrumb(above, i - 1, lines, firstBody)) score -= 1.5;
  // a magazine's short headline under its rubric and over its standfirst ("WORLD | ASIA" / "The pier at Rajin" / "A
  // new berth on North Korea's coast says much …"): the headline, the longer line below it its deck
  if (shortHeadOverDeck(lines, i)) score += 2;
  else if (i > 0 && shortHeadOverDeck(lines, i - 1)) score -= 1.5;
  // neighbours: a date, a byline or the lead just below
  for (let k = i + 1; k <= Math.min(lines.length - 1, i + 3); k++) {
    const next = lines[k] as string;
    if (readDateLine(next) || readByline(next) || wireByline(next) || k === firstBody || roles[k]?.role === "credit") {
      score += k === i + 1 ? 2 : 1; // closer is surer: a banner three lines above the date is not its headline
      break;
    }
  }
  // the line just above is a section label, a date or furniture (typical header order)
  const prev = i > 0 ? (lines[i - 1] as string) : "";
  const label = !TERMINAL.test(plain) && prev.length <= 30 && prev.split(/\s+/).length <= 3 && /^[\p{Lu}\d]/u.test(prev) && !/[.,:;!?]$/.test(prev); // a kicker
  if (i === 0 || label || isSection(prev) || isFurniture(prev) || readDateLine(prev) || lookupOutlet(prev) || KICKER_BAR.test(prev)) score += 1;
  // a breadcrumb's inner part, with a crumb after it ("Home > Committees > Joint Committee on … > News" over "Joint
  // Committee on …"): the section or the body whose page it is, never the headline; a crumb ending in it may be
  if (innerCrumb(plain, i, lines, firstBody)) score -= 2;
  else if (quotedInHeader(plain, i, lines, firstBody)) score += 1.5;
  // a live or breaking page's flag right above ("Live Blog", "LIVE UPDATES", "BREAKING", "Trực tiếp"): the page's
  // headline, over the related links a tabloid lists between it and the byline
  if (LIVE_PAGE_FLAG.test(prev)) score += 2;
  // a menu's entry: a short line (40 characters at most) with three menu lines right above it (sections, the
  // masthead, furniture) and a short label of the menu's shape right below it ("Kinh tế" / "Quân đội và công nghiệp quốc phòng" / "Tin tức mới nhất"), as a
  // select-all copies a menu of long entries
  const menuAbove = i >= 3 && [1, 2, 3].every((k) => ["section", "outlet", "furniture"].includes(roles[i - k]?.role ?? ""));
  const next = lines[i + 1] ?? "";
  if (menuAbove && n <= 40 && next.length > 0 && next.length <= 30 && !/[.,:;!?]$/.test(next) && !readDateLine(next) && !readByline(next)) score -= 3;
  score -= i * 0.05;
  return score;
}

/**
 * A short headline in sentence case (12 to 29 characters, three words or more, a capital first, no sentence's stop,
 * no section's or button's words) right under a rubric in capitals or with a bar ("WORLD | ASIA", "WORLD", "Asia |
 * Diplomacy") and right over a longer line of the deck's shape (five words or more, in sentence case, no stop at its end)
 * that no byline or date follows (a headline over its stamp is the page's headline, the line above it a label).
 */
function shortHeadOverDeck(lines: readonly string[], i: number): boolean {
  const head = lines[i] ?? "";
  const rubric = i > 0 ? (lines[i - 1] as string) : "";
  const deck = lines[i + 1] ?? "";
  if (head.length < 12 || head.length >= 30 || head.split(" ").length < 3 || !/^[\p{Lu}\d"“‘']/u.test(head) || TERMINAL.test(head) || /[:,;|/]/.test(head)) return false;
  if (rubric.length === 0 || rubric.length > 30 || TERMINAL.test(rubric) || !(KICKER_BAR.test(rubric) || /\s\|\s/.test(rubric) || (rubric === rubric.toLocaleUpperCase("en") && /[\p{Lu}]{3}/u.test(rubric)))) return false;
  if (!/\s[\p{Ll}]/u.test(head) || isSection(head) || isFurniture(head)) return false;
  // (a line with its byline or date right below it is the headline itself, over the stamp)
  const below = lines[i + 2] ?? "";
  if (readByline(below) !== null || readDateLine(below) !== null) return false;
  return deck.length >= 30 && deck.length <= 200 && deck.split(" ").length >= 5 && /^[\p{Lu}]/u.test(deck) && /[\p{Ll}]{2}/u.test(deck) && !TERMINAL.test(deck) && !/[:,;|]$/.test(deck) && readByline(deck) === null && readDateLine(deck) === null;
}

/** A part of a series named as its heading: "Kỳ 2: …", "Bài 1: …", "Phần II - …", "Part 3: …", "Kỳ cuối: …". */
const SERIES_PART = /^(?:Kỳ|KỲ|Bài|BÀI|Phần|PHẦN|Part|PART) (\d{1,2}|[IVX]{1,4}|cuối|CUỐI|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s?[:.–-]\s/u;
/**
 * A series part's heading below another part's, with a date or a byline between them (up to six lines above): the
 * page's own headline stands over its byline and date, a link to another part under them.
 */
function linkToOtherPart(plain: string, i: number, lines: readonly string[]): boolean {
  const part = SERIES_PART.exec(plain)?.[1];
  if (part === undefined) return false;
  let meta = false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const above = lines[k] as string;
    const other = SERIES_PART.exec(above)?.[1];
    if (other !== undefined) return meta && other.toLowerCase() !== part.toLowerCase();
    if (readDateLine(above) || readByline(above)) meta = true;
  }
  return false;
}

/** A wire's name as a byline, "By Associated Press", "By Reuters", "by AFP": under a headline as a writer's name is. */
const BY_WIRE = /^(?:by|from)\s+(\p{Lu}[\p{L}.&' -]{1,40})$/u;
function wireByline(plain: string): boolean {
  const name = plain.length <= 48 ? BY_WIRE.exec(plain)?.[1] : undefined;
  return name !== undefined && lookupOutlet(name) !== null && WIRE_NAMES.has(lookupOutlet(name) as string);
}
const WIRE_NAMES = new Set(["AP", "Reuters", "AFP", "Bloomberg", "Xinhua", "Yonhap", "Kyodo", "dpa", "EFE", "ANSA", "UPI", "PTI", "ANI", "IANS", "TASS", "Bernama", "ANTARA", "KCNA", "VNA", "TTXVN", "Jiji Press", "Anadolu Agency"]);

/**
 * A headline the page prints again inside another line of its header: a link to its other pages ("View all <headline>
 * debates"), a breadcrumb ending in it, a share line quoting it. Only a line of four words or more, inside a longer one.
 */
function quotedInHeader(plain: string, i: number, lines: readonly string[], firstBody: number): boolean {
  if (plain.length < 20 || plain.split(" ").length < 4) return false;
  const end = firstBody < 0 ? Math.min(lines.length, 40) : firstBody;
  for (let k = 0; k < end; k++) {
    const other = lines[k] as string;
    if (k !== i && other.length > plain.length && other.length <= plain.length + 60 && other.includes(plain)) return true;
  }
  return false;
}

/** Whether a line of the header is a breadcrumb's part with another crumb after it ("… > Joint Committee on … > News"). */
function innerCrumb(plain: string, i: number, lines: readonly string[], firstBody: number): boolean {
  if (plain.length < 12) return false;
  const end = firstBody < 0 ? Math.min(lines.length, 40) : firstBody;
  for (let k = 0; k < end; k++) {
    const other = lines[k] as string;
    if (k === i || other.length <= plain.length || other.length > plain.length + 200) continue;
    for (const mark of [" > ", " › ", " » ", " / "]) if (other.includes(`${plain}${mark}`) && other.split(mark).length >= 3) return true;
  }
  return false;
}

const LABELLED_ADDRESS = /^(?:[\p{L}][\p{L} ]{0,30}:\s?)?https?:\/\/\S{1,1992}$/u;
/** A line that is a web address of up to 2,000 characters, a short label before it or not ("Link: https://…"). */
export const isAddressLine = (plain: string): boolean => plain.length <= 2040 && LABELLED_ADDRESS.test(plain);

/** Is a line an article paragraph (long sentence prose)? */
export function isProse(plain: string): boolean {
  // a long web address on its line, a label before it or not ("Link: https://…?utm_source=…"), is no paragraph
  return (plain.length > 220 && !LABELLED_ADDRESS.test(plain)) || (plain.length >= 60 && TERMINAL.test(plain) && plain.split(/\s+/).length >= 10);
}

/** The first paragraph of the article: prose that is neither a caption nor a notice ("enable javascript…"). */
export function isLead(plain: string): boolean {
  return leadMemo(plain);
}
/** isLead remembered by line: the header scan asks it of each line several times (the line itself, the line above a question …). */
const leadMemo = memoByLine((plain: string): boolean => leadOf(plain));
function leadOf(plain: string): boolean {
  return isProse(plain) && !isCaptionLine(plain) && !/javascript|cookie/i.test(plain) && !noticeMemo(plain) && !datedBylineLine(plain) && !headlineCased(plain);
}

/**
 * An English headline in title case, two sentences or not ("The Treaty Was Called Symbolic. Its Fine Print Now Does
 * the Work."): at most 160 characters and 25 words, at least six words, every word of four letters or more opening
 * in a capital, and most words. A sentence of prose capitalises its first word and names only, never all its words.
 */
export function headlineCased(plain: string): boolean {
  if (plain.length > 160) return false;
  const words = plain.split(" ").filter((w) => /[\p{L}]/u.test(w));
  if (words.length < 6 || words.length > 25) return false;
  let capital = 0;
  for (const w of words) {
    const word = w.replace(/^[^\p{L}\d]+/u, "");
    const upper = /^[\p{Lu}\d]/u.test(word);
    if (upper) capital++;
    else if (word.replace(/[^\p{L}]/gu, "").length >= 4) return false;
  }
  return capital >= words.length * 0.6;
}

/**
 * A byline and its date on one line, which ends in a full stop only by the time's "a.m." / "p.m." ("by FATIMA HUSSEIN
 * The Associated Press | December 4, 2026 at 3:10 a.m."): the header's line, never the lead. Short lines only, and
 * the words beside the date no longer than a byline.
 */
function datedBylineLine(plain: string): boolean {
  if (plain.length > 160 || !/[ap]\.m\.$/i.test(plain)) return false;
  const rest = looseDateLine(plain)?.rest ?? null;
  return rest !== null && rest.length <= 80 && readDateLine(plain) !== null;
}

/**
 * A gallery's counter over its picture: "1/12", "1 of 12", "2 trên 8", and with the picture's word before it, as a
 * photo page prints it over each picture: "Ảnh 1/5", "Ảnh: 2/5", "Hình 3/6", "Photo 1 of 8", "Image 2/6", "Slide 4 of 9".
 */
export const GALLERY_COUNT = /^(?:(?:ảnh|hình|hình ảnh|photo|image|picture|slide)\s?:?\s)?(\d{1,3})\s?(?:\/|of|trên)\s?(\d{1,3})$/i;
/** A gallery's counter that counts (its number no higher than the total): "1/12" yes, "12/3" no. */
export function isGalleryCount(line: string): boolean {
  if (line.length > 24) return false;
  const count = GALLERY_COUNT.exec(line);
  return count !== null && Number(count[1]) <= Number(count[2]);
}
/**
 * A report's figure number alone on its line, over the caption it numbers: "Figure 3", "Fig. 2:", "Hình 4", "Biểu đồ
 * 1.", "Map 2". The number is no text; the line below it is the figure's caption.
 */
const FIGURE_NUMBER = /^(?:figure|fig\.|chart|map|exhibit|graphic|hình|biểu đồ|bản đồ|sơ đồ|đồ thị)\s?\d{1,2}[a-z]?[.:]?$/iu;
export function isFigureNumber(line: string): boolean {
  return line.length <= 16 && FIGURE_NUMBER.test(line);
}
/** Line i stands right below a gallery's counter ("1 of 12"): the picture's caption, never the lead. */
function underGalleryCount(lines: readonly string[], i: number): boolean {
  return i > 0 && isGalleryCount(lines[i - 1] as string) && (lines[i] as string).length <= 200;
}

/**
 * Is line i the article's first paragraph? A lead (isLead), unless it is a headline put as a question or an
 * exclamation ("… nói gì?") with its date or byline on one of the two lines below.
 */
export function leadAt(lines: readonly string[], i: number): boolean {
  const plain = lines[i] as string;
  if (!isLead(plain) || underGalleryCount(lines, i) || bannerAboveMenus(lines, i) || tickerAboveHeader(lines, i)) return false;
  // a picture's caption above its credit ("… in Vladivostok." / "Jim Watson—AFP/Getty Images"), above the byline
  if (i + 1 < lines.length && isCreditOnly(lines[i + 1] as string)) return false;
  // a standfirst under its headline, above the byline that says it is one ("… as if the question were open." / "By
  // Tobias Wren"): the lead is further down (a headline put as a sentence, "Publish the evidence.", is read elsewhere)
  if (i > 0 && i + 1 < lines.length && plain.length <= 300 && headlineShaped(lines[i - 1] as string) && bylineWithLabel(lines[i + 1] as string)) return false;
  if (plain.length > 160 || !/[?!]["”’»]?$/.test(plain)) return true;
  return !belowQuestion(lines, i).some((l) => readDateLine(l) !== null || readByline(l) !== null);
}

/**
 * Is this line a byline that says it is one, "By Tobias Wren", "Bởi Minh Anh" (a date after the names or not: "By
 * Rachel Novak  Dec 3, 2026, 5:48pm CST")? A name alone, or a sentence that opens with "By", is not.
 */
/** A line shaped as a headline above a standfirst: no prose, no sentence's stop at its end ("A Denial Is Not a Fact"). */
export const headlineShaped = (plain: string): boolean => !isLead(plain) && !/[.!?…]["”’»)]?$/u.test(plain);

export function bylineWithLabel(plain: string): boolean {
  if (plain.length > 80 || !/^(?:By|BY|Bởi|Tác giả:?)\s[\p{Lu}]/u.test(plain)) return false;
  if (readByline(plain) !== null) return true;
  const rest = readDateLine(plain) !== null ? looseDateLine(plain)?.rest : undefined;
  return rest !== undefined && rest.length < plain.length && readByline(rest.trim()) !== null;
}

/**
 * Line i, under a sticky player's label ("Now Playing"), is the page's headline rather than the video's title: the
 * story's byline or date line stands right below it ("Seoul says …" / "by: JIWON SEO, Associated Press" / "Posted:
 * Feb 11, 2026"). A video's title has the next story or the page's own headline below it.
 */
export function headlineUnderPlayer(lines: readonly string[], i: number): boolean {
  const below = lines[i + 1];
  return below !== undefined && below.length <= 120 && (readDateLine(below) !== null || bylineWithLabel(below) || /^(?:[Bb]y|BY):\s[\p{Lu}]/u.test(below));
}

/**
 * A news ticker's item copied over the page's header ("BREAKING: Lake-effect snow warning for three counties until 7
 * p.m.", "Just in: …", "Tin nóng: …"): a ticker's label and colon before a line no longer than a ticker's, with the
 * story's date line within the twelve lines below it (its headline's and byline's). A story's paragraph that opens
 * with such a label has its text below it, not a date line.
 */
export function tickerAboveHeader(lines: readonly string[], i: number): boolean {
  const plain = lines[i] as string;
  if (plain.length > 120 || !(TICKER_ITEM.test(plain) || TICKER_LABEL_IN_CAPITALS.test(plain))) return false;
  return lines.slice(i + 1, i + 13).some((l) => l.length <= 80 && readDateLine(l) !== null);
}

/**
 * A site's banner above its menus, copied first by a select-all ("We're $120,000 short of our year-end goal. Can you
 * pitch in?" / "Donate" / "Politics" / "Environment" …): a line of prose no longer than a banner, with three short lines
 * of menu shape right below it (no sentence, no label's colon) and the story's date further down, within twenty lines.
 * A lead has its story's text below it, not a menu.
 */
export function bannerAboveMenus(lines: readonly string[], i: number): boolean {
  if ((lines[i] as string).length > 120) return false;
  const below = lines.slice(i + 1, i + 21);
  if (below.length < 4 || !below.slice(0, 3).every((l) => l.length <= 30 && !/[.!?…:;,]$/.test(l))) return false;
  return below.slice(3).some((l) => l.length <= 80 && readDateLine(l) !== null);
}

/**
 * The two lines a question's byline or date would stand on below it, looking past page furniture between them: a
 * reader view prints the site's host and the reading time under the headline ("Điều 4 …: liên minh hay lời hứa
 * suông?" / "diendantheky.net" / "6 phút đọc" / "Đặng Minh Khôi" / "04/12/2026"). At most four lines down.
 */
function belowQuestion(lines: readonly string[], i: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k < Math.min(lines.length, i + 5) && out.length < 2; k++) {
    const l = lines[k] as string;
    if (isFurniture(l) && readDateLine(l) === null) continue;
    out.push(l);
  }
  return out;
}

/**
 * The running header of a page printed from the browser ("04/12/2026, 09:12 <the page's title>"): the day and time
 * of printing, then a title printed again on its own line of the header.
 */
function printHeader(lines: readonly string[], i: number, end: number): boolean {
  const m = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s\d{1,2}:\d{2}(?:\s?[AP]M)?\s(\S.{9,219})$/.exec(lines[i] as string);
  if (!m?.[1]) return false;
  const rest = foldForMatch(m[1]);
  for (let k = 0; k < Math.min(end + 1, lines.length, 12); k++) {
    const other = k === i ? "" : foldForMatch(lines[k] as string);
    if (other.length >= 10 && (rest.startsWith(other) || other.startsWith(rest))) return true;
  }
  return false;
}

/** An AI summary's label above the story's points: "Summary is AI-generated, newsroom-reviewed.", "AI summary". */
export const AI_SUMMARY = /^(?:(?:this )?summary (?:is|was) (?:AI|generated)\b|AI(?:-generated)? summary$|tóm tắt (?:bằng|bởi) AI\b)/i;

/** Is line i one of an AI summary's points: a short line with only short lines between it and the summary's label? */
function summaryPoint(lines: readonly string[], i: number): boolean {
  if ((lines[i] as string).length > 120) return false;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const above = lines[k] as string;
    if (AI_SUMMARY.test(above)) return true;
    if (above.length > 120) return false;
  }
  return false;
}

/** A place in capitals alone on its line, as a paper sets a wire's dateline over the lead: "BRUSSELS", "HONG KONG", "HÀ NỘI". */
const PLACE_IN_CAPITALS = /^[\p{Lu}][\p{Lu}.'’ -]{2,24}$/u;
/** Is a line a place in capitals of one to three words, never a section's label, a wire's or a picture's credit? */
export function placeInCapitals(plain: string): boolean {
  return PLACE_IN_CAPITALS.test(plain) && plain.split(" ").length <= 3 && !isSection(plain) && !isCreditOnly(plain);
}
/** The place as running text writes it: "Brussels", "Hong Kong", "Hà Nội". */
const inRunningCase = (place: string): string => place.toLowerCase().replace(/(^|[\s-])(\S)/gu, (_m, before: string, first: string) => before + first.toUpperCase());
/** A city's short form in capitals, as a Vietnamese paper prints its dateline: "TP.HCM", "TP. HCM", "TP.HỒ CHÍ MINH". */
const CITY_SHORT_FORM = /^TP\. ?\p{Lu}{2,}(?: \p{Lu}+){0,2}$/u;
/** A form of address or a kinship word before a name: "chị Minh Anh", "Mr Lee" name a person, never a place. */
const ADDRESSED_BEFORE = /(?:^|\s)(?:ông|bà|anh|chị|em|cô|chú|bác|cháu|mr|ms|mrs|dr)\.?\s$/iu;
/**
 * Does the text name a dateline's place as one: after a word that places ("in Brussels", "tại Hà Nội"), or anywhere in
 * running case as a word of its own, not behind a form of address ("thành phố Hà Nội", "Moskva và Bình Nhưỡng"; "chị
 * Minh Anh" is a person). A city's short form ("TP.HCM") is a place by its form.
 */
export function namedAsPlace(place: string, text: string): boolean {
  if (CITY_SHORT_FORM.test(place)) return true;
  const named = inRunningCase(place);
  if ([" in ", " at ", " from ", " tại ", " ở "].some((word) => text.includes(`${word}${named}`))) return true;
  for (let at = text.indexOf(named); at >= 0 && at < 20000; at = text.indexOf(named, at + 1)) {
    const before = text.slice(Math.max(0, at - 8), at);
    const after = text.charAt(at + named.length);
    if (/[\p{L}\d]$/u.test(before) || /[\p{L}\d]/u.test(after) || ADDRESSED_BEFORE.test(before)) continue;
    return true;
  }
  return false;
}
/**
 * Roles of the header lines (plain text, blank lines removed), and the index of the title among them (-1: none).
 * The header ends at the first prose paragraph; lines after it are not classified.
 */
export function classifyHeader(
  lines: readonly string[],
  findTitle: boolean,
  /** Roles an editor (or an outlet profile) gave lines: they win over the model's, and the title is chosen among the rest. */
  roleFor?: (plain: string) => LineRole | undefined,
  /** Line 0 is a headline the markup marks (a saved page's h1, written "# …"): never the lead, even ending in a full stop. */
  markedHeadline = false,
  /** Lines the caller saw to be headlines by what stands below them (a question over its standfirst and byline): never the lead. */
  headlines: ReadonlySet<number> = new Set(),
): { roles: LineInfo[]; title: number; firstBody: number } {
  // (a fact-check's summary box sentence right below its label, "What was claimed" / "Our verdict", stands above the
  // byline and the day: not yet the lead)
  const firstBody = lines.findIndex((_, i) => (i > 0 || !markedHeadline) && !headlines.has(i) && leadAt(lines, i) && !summaryPoint(lines, i) && !(i > 0 && isSummaryBoxSentence(lines[i - 1] as string, lines[i] as string)));
  const end = firstBody < 0 ? lines.length : firstBody;
  const roles: LineInfo[] = [];
  const forced: boolean[] = [];
  for (let i = 0; i < end; i++) {
    const role = roleFor?.(lines[i] as string);
    forced.push(role !== undefined);
    roles.push(role ? forcedLineInfo(lines[i] as string, role) : printHeader(lines, i, end) ? { role: "furniture", score: 4 } : underGalleryCount(lines, i) ? { role: "caption", score: 2 } : classifyLine(lines[i] as string, "header"));
    // a name alone over a picture's credit ("Sergei Lavrov" / "Photo: Press Service of the Russian Foreign Ministry"):
    // a portrait's caption, as Russian sites print one, not the writer's byline
    // (under the date it is the byline, the credit the lead picture's: "Ruth Fraňková" / "Photo: Czech Radio")
    if (!forced[i] && roles[i]?.role === "byline" && isCreditOnly(lines[i + 1] ?? "") && i > 0 && roles[i - 1]?.role !== "date") roles[i] = { role: "caption", score: 2 };
  }
  // a place in capitals alone right above the lead ("HÀ NỘI", "TP.HCM", "MOSKVA"), as a paper sets a wire's dateline,
  // when the text names it as a place: the lead's dateline (clean.ts joins it to the lead), never a writer's name in
  // capitals the byline reader would take it for
  const above = end - 1;
  if (firstBody > 0 && !forced[above] && (roles[above]?.role === "byline" || roles[above]?.role === "body") && placeInCapitals(lines[above] as string) && namedAsPlace(lines[above] as string, [...lines.slice(0, above), ...lines.slice(end)].join("\n"))) roles[above] = { role: "body", score: 0 };
  const chosen = roles.findIndex((r, i) => forced[i] && r.role === "title");
  if (chosen >= 0) {
    for (let i = 0; i < end; i++) if (i !== chosen && !forced[i] && roles[i]?.role === "title") roles[i] = { role: "body", score: 0 };
    return { roles, title: chosen, firstBody: end };
  }
  let title = -1;
  if (findTitle) {
    let best = 0;
    for (let i = 0; i < end; i++) {
      const r = roles[i] as LineInfo;
      if ((r.role !== "body" && r.role !== "title") || forced[i]) continue;
      const s = titleScore(lines[i] as string, i, lines, firstBody, roles);
      if (s > best) {
        best = s;
        title = i;
      }
    }
    // a magazine's headline in title case over its deck in sentence case, the byline below ("Essay" / "The Treaty
    // Clause" / "How a mutual defence article became …" / "by …"): the short line is the headline, the long one its deck
    // (never the site's name under its address: "saigonseoulletter.com" / "The Saigon–Seoul Letter" / the headline, nor
    // a paper's masthead by its form at the copy's top: "The Harbour Times" / the headline / "By Jane Doe", its top under
    // an app's or a viewer's bar too, every line above the masthead furniture: "Google News" / "Open in browser" /
    // "Bundaberg Coral Coast News" / the headline)
    if (title > 0 && headlineOverDeck(lines, title, roles) && !(title > 1 && spelledByHostAbove(lines[title - 1] as string, lines[title - 2] as string)) && !(mastheadByForm(lines[title - 1] as string) && roles.slice(0, title - 1).every((r) => r.role === "furniture"))) title--;
    if (title > 1 && newsletterHeadlineOverSubtitle(lines, title, roles)) title--;
    if (title > 0) title = headlineAboveRepeat(lines, title, roles);
    if (title >= 0) {
      roles[title] = { role: "title", score: best };
      // Above the headline stand mastheads, menus, breadcrumbs and banners, never article text: a line no rule
      // knows there is a section label when it is short, else page furniture.
      for (let i = 0; i < title; i++) {
        const r = roles[i] as LineInfo;
        // a name-like line above the headline is a menu item or a tagline ("General Newswire", "Malaysian National
        // News Agency"), unless the headline or a date follows it at once (a byline printed above the title)
        if (r.role === "byline" && i + 1 !== title && !readDateLine(lines[i + 1] ?? "")) roles[i] = { role: "section", score: 1 };
        // right above the headline too, when a byline stands below it: a kicker in capitals ("CẢNH BÁO"), not a name
        else if (r.role === "byline" && i + 1 === title && roles.slice(title + 1, title + 4).some((b) => b.role === "byline")) roles[i] = { role: "section", score: 1 };
        if (r.role !== "body") continue;
        const words = (lines[i] as string).split(/\s+/).length;
        roles[i] = { role: words <= 5 && !/[.!?:]$/.test(lines[i] as string) ? "section" : "furniture", score: 1 };
      }
      // below it, a link to another part of the series (under the byline or the date) is furniture, not a deck
      for (let i = title + 1; i < end; i++) if (roles[i]?.role === "body" && !forced[i] && linkToOtherPart(lines[i] as string, i, lines)) roles[i] = { role: "furniture", score: 2 };
    }
  }
  return { roles, title, firstBody: end };
}

/**
 * The headline printed twice, over its byline and date and again under them, as a phone's copy takes a lead picture's
 * alt text or a hero's repeat ("Kim's Russia visit …" / deck / "By PTI" / "Published Date - …" / "Kim's Russia visit
 * …"): the upper copy, with the header's lines below it. Only when a date or a byline stands between the two, at most
 * four lines apart (a browser tab's title over the menus is no headline's copy).
 */
function headlineAboveRepeat(lines: readonly string[], title: number, roles: readonly LineInfo[]): number {
  const text = lines[title] as string;
  for (let j = title - 1; j >= Math.max(0, title - 5); j--) {
    if (lines[j] !== text) continue;
    if (roles[j]?.role !== "body") return title;
    const between = roles.slice(j + 1, title);
    return between.some((r) => r.role === "date" || r.role === "byline") ? j : title;
  }
  return title;
}

/** A newsletter platform's account buttons over a post, copied as a line: "Subscribe  Sign in", "Sign in", "Subscribe". */
const ACCOUNT_BUTTONS = /^(?:(?:subscribe|sign in|sign up|log in|login)\s*){1,3}$/i;
/**
 * A newsletter post's headline over its subtitle, as Substack-like platforms set them under the account buttons
 * ("Subscribe  Sign in" / "The week at Zarubino" / "Shells, lawmakers and a port on the EU's list" / "Elena Marchetti" /
 * "Sep 27, 2026"): the line chosen is the subtitle when the line above it is a short line no rule knows, right under
 * the buttons, and the writer's name and the date stand right below it. A kicker over a paper's headline has no
 * account buttons above it.
 */
function newsletterHeadlineOverSubtitle(lines: readonly string[], title: number, roles: readonly LineInfo[]): boolean {
  const above = lines[title - 1] as string;
  if (roles[title - 1]?.role !== "body" || !ACCOUNT_BUTTONS.test(lines[title - 2] ?? "")) return false;
  const words = above.split(/\s+/);
  if (words.length < 2 || words.length > 14 || TERMINAL.test(above) || /[/|›»>]/.test(above)) return false;
  return readByline(lines[title + 1] ?? "") !== null && readDateLine(lines[title + 2] ?? "") !== null;
}

/**
 * A deck under its headline, as magazines set them: the line chosen is a sentence in sentence case with no stop
 * (eight words or more, most of them small), right above a byline ("by …"), and right below a short line in title
 * case (three to twelve words, every word of four letters or more capitalised, not a banner in capitals nor a
 * breadcrumb) that no rule knows (or that reads as
 * a name), itself below a label, a menu or the top of the copy.
 */
function headlineOverDeck(lines: readonly string[], title: number, roles: readonly LineInfo[]): boolean {
  const deck = lines[title] as string;
  const above = lines[title - 1] as string;
  // (the title-case line may read as a name: "The Treaty Clause")
  if ((roles[title - 1]?.role !== "body" && roles[title - 1]?.role !== "byline") || TERMINAL.test(deck) || TERMINAL.test(above) || /[:,;]$/.test(above)) return false;
  const deckWords = deck.split(/\s+/);
  if (deckWords.length < 8 || deckWords.filter((w) => /^[\p{Ll}]/u.test(w)).length < deckWords.length / 2) return false;
  const words = above.split(/\s+/);
  if (above.length < 12 || words.length < 3 || words.length > 12 || !/[\p{Ll}]{2}/u.test(above) || /[/|›»>&]/.test(above) || !words.every((w) => w.length < 4 || /^[\p{Lu}\d"“‘']/u.test(w))) return false;
  // a credit line in title case is no headline: "Fact-check by PolitiFact", "Illustration by Ana Ruiz"
  if (/(?:^|\s)(?:by|bởi)\s/iu.test(above)) return false;
  if (!BY_THEN_CAPITAL.test(lines[title + 1] ?? "") || !readByline(lines[title + 1] as string)) return false;
  const label = lines[title - 2] ?? "";
  return title === 1 || roles[title - 2]?.role !== "body" || (label.split(/\s+/).length <= 3 && !/[.,:;!?]$/.test(label));
}

/** A line with the role it was given (not the model's): what the model reads from a line of that role. */
export function forcedLineInfo(plain: string, role: LineRole): LineInfo {
  const info: LineInfo = { role, score: 10 };
  if (role === "date") {
    const date = readDateLine(plain);
    if (date) info.date = date;
  } else if (role === "byline") info.name = readByline(plain) ?? plain.replace(/^(?:by|bởi|tác giả|author)\s*[,:]?\s+/i, "");
  else if (role === "outlet") info.name = lookupOutlet(plain) ?? plain;
  else if (role === "url") {
    const url = /https?:\/\/\S+/.exec(plain)?.[0];
    if (url) info.url = url.replace(/[).,]+$/, "");
  }
  return info;
}

/** A newsletter's pointer to its web copy: "View this post on the web at https://…", "Read it online: https://…". */
const VIEW_ON_WEB = /^(?:view|read|open) (?:this (?:post|email|e-mail|newsletter|issue|story)|it|online|in (?:your |a )?browser)(?: (?:on the web|online|in (?:your |a )?browser))?(?: at|:)?\s(https?:\/\/\S{4,300})$/i;

/**
 * The article's link as an app's share sheet or a page's social post labels it, an emoji before the label or not: "Xem
 * thêm tại: https://…", "Xem bài viết tại: https://…", "Đọc chi tiết tại: https://…", "📌 Chi tiết: https://…", "👉 Link bài viết: https://…", "Read more
 * at: https://…", "Full story: https://…", the site's domain after the words or not ("Đọc tiếp trên sgtt.vn: https://…",
 * "Read more on example.com: https://…"); and a print view's "Địa chỉ bài viết: https://…", "Printed from: https://…";
 * and a news app's link to the paper's own page: "Read the original: https://…", "Originally published at: https://…".
 */
const SHARED_LINK =
  /^(?:[\p{Extended_Pictographic}\u{FE0F}]{1,3}\s?)?(?:xem thêm tại|xem tiếp tại|đọc thêm tại|đọc tiếp tại|xem chi tiết tại|đọc chi tiết tại|xem chi tiết|đọc chi tiết|chi tiết|xem tại|đọc tại|đọc tiếp|(?:xem|đọc)(?: toàn)? bài(?: viết| báo| gốc)? tại|bài gốc|link bài viết|link bài|địa chỉ bài viết|địa chỉ bài báo|đường dẫn bài viết|read more at|read more|read the full story|(?:read|view) the (?:full )?(?:article|story) at|full story|more at|continue reading|printed from|article url|permalink|read the original(?: (?:article|story))?|original (?:article|story)|originally published (?:at|on))(?:\s(?:trên|tại|on|at)\s[\p{L}\d-]{1,40}(?:\.[\p{L}\d-]{1,40}){1,3})?\s*:?\s*https?:\/\/\S{4,300}$/iu;

/**
 * A body's initials with its name spelled out after a dash, as an organization's banner prints them: "NATO - North
 * Atlantic Treaty Organization", "IAEA – International Atomic Energy Agency", "OSCE | Organization for Security and
 * Co-operation in Europe": the initials, the name it goes by. The spelled name's capitalised words must give the
 * initials in order (its small words aside), so a headline after a dash ("NATO - Allies Agree on Air Defence") is none.
 */
function spelledOutMasthead(plain: string): string | null {
  if (plain.length > 90) return null;
  const m = /^([\p{Lu}]{2,6})\s[-–—|:]\s([\p{Lu}][\p{L}'’-]*(?:\s[\p{L}'’-]+){1,9})$/u.exec(plain);
  if (!m?.[1] || !m[2]) return null;
  const initials = m[2]
    .split(/[\s-]+/)
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => w[0])
    .join("");
  return initials === m[1] ? m[1] : null;
}

/**
 * A station's or paper's short mark before its full name, as its banner prints them: "LHTV - Đài Phát thanh - Truyền
 * hình Lạc Hồng", "VOV | Đài Tiếng nói Việt Nam": the full name as the outlet lexicon or the station reader gives it,
 * when the name after the first dash or bar is one. A headline after a mark ("NATO - Đài Phát thanh bị cắt sóng") is none.
 */
function markedMasthead(plain: string): string | null {
  if (plain.length > 70) return null;
  const m = /^[\p{Lu}][\p{Lu}\d]{1,7}\s[-–—|]\s(\S.{5,60})$/u.exec(plain);
  return m?.[1] ? lookupOutlet(m[1]) : null;
}

/**
 * One header or footer line's role by its own features (the title is chosen over the region by classifyHeader).
 * Remembered per line and region (the header and foot scans ask of the same lines again); each caller gets its own copy.
 */
export function classifyLine(plain: string, region: "header" | "footer"): LineInfo {
  const known = lineMemo(plain);
  return { ...(known[region] ??= sameInOtherRegion(plain, known, region) ?? classifyLineUncached(plain, region)) };
}
/** A line's answers in either region, each filled when first asked (the memo's own object, never given out). */
const lineMemo = memoByLine((_plain: string): { header?: LineInfo; footer?: LineInfo } => ({}));
/**
 * The other region's answer where it is this one's, so a line the header and the foot scans both ask of is read
 * once: the regions read a line alike but for the foot's credit patterns, which the header asks only of a line of
 * 60 characters or fewer. So a short line reads the same in both, and a longer one's foot answer other than a credit
 * is its header answer.
 */
function sameInOtherRegion(plain: string, known: { header?: LineInfo; footer?: LineInfo }, region: "header" | "footer"): LineInfo | undefined {
  const other = region === "header" ? known.footer : known.header;
  if (other === undefined) return undefined;
  if (plain.length <= 60) return other;
  return region === "header" && other.role !== "credit" ? other : undefined;
}
/** "Published in" and a publication's name after it: Medium's line under its writer ("Published in The Startup"). */
const PUBLISHED_IN_NAME = /^(?:Published in|Đăng trong|Đăng trên)\s([\p{Lu}][^.!?:;\d]{1,59})$/u;
/**
 * A feed's name as a reader lists it over an item: the outlet's name, a spaced dash, and the section the feed carries
 * ("Báo Hậu Lộc - Thế giới", "Fylde Coast Evening Echo – World News"). The outlet is the name before the dash; the whole
 * line is the reader's furniture, never the lead's first words. The name must read as a masthead (a paper's or a site's
 * form, a known outlet, or two to six capitalised words) and the tail as a section's label alone, so a headline with a
 * dash ("Kremlin denies rotations - officials say") stays one.
 */
const FEED_WITH_SECTION = /^(\S.{2,58}?)\s[-–—]\s(\S.{1,28})$/u;
const TITLED_NAME = /^[\p{Lu}][\p{L}'’&-]*(?: (?:[\p{Lu}][\p{L}'’&-]*|of|the|and|on)){1,5}$/u;
export function feedSectionName(plain: string): string | null {
  if (plain.length > 90) return null;
  const m = FEED_WITH_SECTION.exec(plain);
  const name = m?.[1];
  const section = m?.[2];
  if (!name || !section || section.split(" ").length > 3 || !isSection(section) || isSection(name)) return null;
  const known = name.length <= 40 ? lookupOutlet(name) : null;
  if (known) return known;
  return mastheadByForm(name) || (TITLED_NAME.test(name) && !VIETNAMESE_LETTER.test(name)) ? name : null;
}
/** A programme's name, a dash or a bar, and a day closing the line: "Thời sự 19h - 17/11/2026". */
const PROGRAMME_DASH_DAY = /^\S.{2,60}?\s[-–—|]\s\d{1,2}\/\d{1,2}\/\d{4}$/u;
function classifyLineUncached(plain: string, region: "header" | "footer"): LineInfo {
  const web = VIEW_ON_WEB.exec(plain);
  if (web?.[1]) return { role: "url", score: 5, url: web[1].replace(/[).,]+$/, "") };
  // (a relaying portal sets the address in brackets: "Nguồn: [https://…]"; a channel's post points to the article
  // with a hand or a link's mark before it: "👉 https://…", "🔗 https://…")
  // (and an AMP viewer's banner its bolt before the address, the page's own inside Google's: "⚡ https://www.google.com/amp/s/…")
  if (/^(?:(?:👉|👇|➡️?|🔗|⚡)\s?)?(?:https?:\/\/\S+|(?:nguồn|source|link|url)\s*:\s*\[?https?:\/\/[^\s\]]+\]?)(?:\s\d{1,3}\/\d{1,3})?$/i.test(plain) || SHARED_LINK.test(plain)) {
    return { role: "url", score: 5, url: unproxiedAddress((/https?:\/\/[^\s\]]+/.exec(plain)?.[0] ?? "").replace(/[).,]+$/, "")) };
  }
  // a broadcaster relayed, with the original's date after it ("Theo VOA (24/03/2026)") or after "Via" (a share bar's
  // word elsewhere): the credit, never the page's stamp nor furniture
  if ((plain.length <= 100 && RELAYED_BROADCASTER.test(plain)) || (plain.length <= 260 && ORIGINAL_WITH_SOURCE.test(plain))) return { role: "credit", score: 3 };
  // a broadcaster or a wire relayed, named in full, in Vietnamese or as its service ("Dịch từ: Radio Free Asia", "Trích
  // Sputnik Việt Nam:", "— BBC News, 4/12/2026 —", "Hà Phương (dịch từ NHK)"): the credit
  if (relayedCredit(plain) !== null) return { role: "credit", score: 3 };
  // a post's line naming its poster or its channel, and its age ("Đăng bởi: X", "Kênh X · 2 giờ trước", "Posted by X ·
  // 3 hours ago"): the header's, the poster the byline when a person's name, never the lead's first words
  const poster = postLineName(plain);
  if (poster !== null) return poster ? { role: "byline", score: 2, name: poster } : { role: "furniture", score: 4 };
  if (isFurniture(plain)) return { role: "furniture", score: 4 };
  // a programme's label with its day after a dash ("Thời sự 19h - 17/11/2026", "Bản tin thế giới - 17/11/2026"): the
  // broadcast's name and the hour it airs, over or under the item, never the page's own stamp
  if (plain.length <= 80 && PROGRAMME_DASH_DAY.test(plain) && isEpisodeEntry(plain)) return { role: "furniture", score: 4 };
  const date = readDateLine(plain);
  if (date) {
    const rest = looseDateLine(plain)?.rest;
    return rest ? { role: "date", score: 4, date, rest } : { role: "date", score: 4, date };
  }
  // a platform's publication named over or under the headline ("Published in Eastern Front Notes", Medium's), or a
  // study's journal under a university's headline ("Published in Nature Communications"): a note, never the headline
  // (platform-outlet.ts reads a platform's publication as the outlet where the page is a platform's)
  if (PUBLISHED_IN_NAME.test(plain)) return { role: "furniture", score: 4 };
  // the wire signing its copy, in brackets or after a dash, credits the wire: the outlet lookup below would read
  // "-- Yonhap" as the wire's own site (the name folds without its dashes)
  if (BRACKETED_WIRE.test(plain) || DASHED_WIRE.test(plain)) return { role: "credit", score: 3 };
  const acronym = spelledOutMasthead(plain);
  if (acronym) return { role: "outlet", score: 3, name: acronym };
  const marked = markedMasthead(plain);
  if (marked) return { role: "outlet", score: 3, name: marked };
  const outlet = plain.length <= 40 || (plain.length <= 60 && /^báo và /iu.test(plain)) ? lookupOutlet(plain) : null;
  if (outlet) return { role: "outlet", score: 3, name: outlet };
  const feed = feedSectionName(plain);
  if (feed) return { role: "outlet", score: 3, name: feed };
  if (isSection(plain)) return { role: "section", score: 3 };
  if (isCreditOnly(plain)) return { role: "caption", score: 2 }; // a picture's credit ("STAR / File"), never a wire's
  if (region === "footer" || plain.length <= 60) {
    if (anyCreditFooter(plain) || namedNotedCredit(plain)) return { role: "credit", score: 3 };
  }
  if (isCrewLine(plain)) {
    // crew-credits.ts: "BTV A - Phóng viên B", "Anchor: A | Reporting: B" credit the crew; a writer's part alone
    // ("Phóng viên: Trần Quang Huy") is the byline, the line the author is read from
    const writer = isLoneWriterLine(plain) ? crewWriter(plain) : null;
    return writer ? { role: "byline", score: 2, name: writer } : { role: "credit", score: 3 };
  }
  if (isCaptionLine(plain)) return { role: "caption", score: 2 };
  const name = readByline(plain);
  if (name) return { role: "byline", score: 2, name };
  return { role: "body", score: 0 };
}
