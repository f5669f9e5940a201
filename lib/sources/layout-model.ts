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
 * - the date parser: a line that is a date once its cue words, weekday, credit and zone are set aside.
 * Each role has a score (a sum of weighted features); a line takes the role with the best score, and the article's
 * title is the best-scoring title candidate of the whole header region.
 */
import { parseDateLine, type ParsedDate } from "./dates";
import { foldForMatch } from "./normalize";

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
}

/** Outlets by canonical name: the names and lead codes they are met under (folded). */
const OUTLETS: Record<string, string[]> = {
  VnExpress: ["vnexpress", "vnexpress net", "bao vnexpress", "mo ung dung vnexpress", "tai ung dung vnexpress"],
  "Tuổi Trẻ": ["tuoi tre", "tuoi tre online", "bao tuoi tre", "tto"],
  "Thanh Niên": ["thanh nien", "bao thanh nien", "thanh nien online"],
  "Dân trí": ["dan tri", "bao dan tri", "dantri"],
  VietnamPlus: ["vietnamplus", "bao dien tu vietnamplus"],
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
  "Nhân Dân": ["nhan dan", "bao nhan dan"],
  "Tiền Phong": ["tien phong", "bao tien phong", "tpo"],
  VietNamNet: ["vietnamnet", "bao vietnamnet"],
  "Pháp Luật TP.HCM": ["phap luat tp hcm", "plo"],
  VOV: ["vov", "vov vn", "dai tieng noi viet nam"],
  VTV: ["vtv", "vtv news", "bao dien tu vtv"],
  "Tin tức TTXVN": ["tin tuc ttxvn", "bao tin tuc"],
  "Báo Chính phủ": ["bao chinh phu", "baochinhphu"],
  "Sài Gòn Giải Phóng": ["sai gon giai phong", "sggp"],
  "Báo Nghệ An": ["bao nghe an"],
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
  "NK News": ["nk news"],
};
const outletLookup = new Map<string, string>();
for (const [name, aliases] of Object.entries(OUTLETS)) for (const a of [foldForMatch(name), ...aliases]) outletLookup.set(a, name);

/** The canonical outlet for a name as printed in a header, a lead code or og:site_name, or null. */
export function lookupOutlet(name: string): string | null {
  const f = foldForMatch(name.replace(/\s+online$/i, "").replace(/^(?:báo|bao)\s+/i, ""));
  return outletLookup.get(foldForMatch(name)) ?? outletLookup.get(f) ?? null;
}

/** "TTO -", "(Dân trí) -", "QĐND Online -", "(NLĐO) -", "ĐNO -", "MATXCƠVA (Sputnik) -", "SEOUL, Sept. 22 (Yonhap) --". */
const LEAD_CODE = /^(?:\(([\p{L}+ .]{2,24})\)|([\p{Lu}Đ][\p{Lu}Đ. ]{1,14}(?: Online)?))\s*[-–—]{1,2}\s+\S/u;
const LEAD_DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .,'-]{1,40}?(?:,\s*[\p{L}.]+\s*\d{0,2})?\s*\(([\p{L} +/]{2,30})\)\s*[-–—]{1,2}\s*\S/u;

/** The outlet or agency a lead paragraph credits in its first words ("(Dân trí) - …", "SEOUL (Reuters) - …"). */
export function leadCredit(lead: string): { outlet: string | null; agency: string | null } | null {
  let m = LEAD_DATELINE.exec(lead);
  if (m?.[1]) {
    const who = m[1].trim();
    return { outlet: lookupOutlet(who), agency: who };
  }
  m = LEAD_CODE.exec(lead);
  const code = (m?.[1] ?? m?.[2] ?? "").trim();
  if (!code) return null;
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
  ].map((s) => s),
);

/** Page furniture by its folded form: whole-line patterns. */
const FURNITURE_RE: RegExp[] = [
  /^(?:mo|tai) ung dung\b/,
  /^theo doi .{2,40} tren\b/,
  /^(?:theo doi|follow) (?:chung toi|us)\b/,
  /^google news$/,
  /^(?:doc nhanh|nghe bai viet|nghe doc bai|doc bai|luu bai|luu|thich|like|bookmark|in bai viet|in trang nay|in trang|ban in|gop y|bao loi)$/,
  /^(?:\(?\d+\)? )?(?:binh luan|y kien|comments?)(?: \(?\d+\)?)?$/,
  /^(?:gui binh luan|xem binh luan|xem them binh luan|xem y kien|viet binh luan|gui y kien|dang nhap de binh luan)$/,
  /^(?:dang pho bien|doc nhieu|doc nhieu nhat|xem nhieu|xem nhieu nhat|tin chinh|tin moi|tin noi bat|most liked|most read|most viewed|popular|trending|read next|top stories|editor s picks)$/,
  /^\d+ (?:phut|gio|giay|ngay) (?:truoc|doc)$/,
  /^\d+ (?:min|mins|minutes?) (?:read|ago)$/,
  /^(?:\d+|mot|hai) (?:hours?|days?) ago$/,
  /^updated \d+ (?:minutes?|hours?|days?) ago$/,
  /^powered by\b/,
  /^(?:end|het)$/,
  /^our standards\b/,
  /^purchase licensing rights$/,
  /^(?:share|copy|link copied|copy link|sao chep lien ket|da sao chep)$/,
  /^(?:keywords?|tags?|tu khoa|chu de)$/,
  /^dong su kien\b/,
  /^tro lai\b/,
  /^(?:ve trang chu|back to top|len dau trang)$/,
  /^(?:bai|tin) (?:lien quan|cung chuyen muc)\b/,
  /^xem them\b/,
  /^doc tiep\b/,
  /^(?:video|clip)\s*:/,
  /^xem video$/,
  /^(?:quang cao|advertisement|sponsored)$/,
  /^\S+@\S+\.\w{2,}$/,
  /^(?:#[\p{L}\d]+ ?){1,}$/u,
  /^(?:\S+ ){0,6}contributed to this report$/,
  /^(?:associated press|ap) (?:writers?|reporters?|journalists?) .{2,80} contributed to this report$/,
  /^(?:tai ve|download) (?:ung dung|app)\b/,
  /^(?:dang ky|subscribe|sign up|dang nhap|login|log in)$/,
];
/** Raw (unfolded) furniture forms that folding would blur. */
const FURNITURE_RAW: RegExp[] = [/^\(END\)$/, /^#\S/, /^[|•·\-–—\s]+$/, /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/];

/** Is a (plain) line page furniture by the lexicon? */
export function isFurniture(plain: string): boolean {
  if (plain.length > 140) return false;
  for (const re of FURNITURE_RAW) if (re.test(plain)) return true;
  const f = foldForMatch(plain);
  if (f.length === 0) return /^[\p{P}\p{S}\s]*$/u.test(plain) && plain.length > 0;
  for (const re of FURNITURE_RE) if (re.test(f)) return true;
  return false;
}

/** A section label ("Thế giới", "World", "Thế giới > Châu Á"). */
export function isSection(plain: string): boolean {
  if (plain.length > 40) return false;
  const parts = plain.split(/\s*[>/»|›]\s*/);
  return parts.every((p) => SECTIONS.has(foldForMatch(p)));
}

const CREDIT_FOOTER: RegExp[] = [
  /^\((?:reporting|writing|additional reporting|editing|compiled) by\b[^)]*\)?\.?$/i,
  /^\(?(?:TTXVN|VNA|Vietnam\+|TTXVN\/Vietnam\+|[\p{L} ]{2,30}\/Vietnam\+)\)?\.?$/u,
  /^\(?theo\s*:?\s+[^()]{2,60}\)?\.?$/i,
  /^[\p{L} .]{2,40}\/[\p{L}.+ ]{2,30}(?:\s*\((?:theo|nguồn)\s+[^()]{2,40}\))?$/iu,
  /^(?:nguồn|source)\s*:\s*[^/]{2,60}$/i,
  /^(?:tin|bài|tin, ảnh|tin và ảnh|bài và ảnh|bài, ảnh|text and photos)\s*:\s*.{2,60}$/i,
];

const DATE_CUE = /^(?:đã cập nhật|cập nhật(?: lúc| ngày| lần cuối)?|đăng(?: lúc| ngày| tải)?|ngày đăng|ngày cập nhật|xuất bản|published(?: on| at)?|posted(?: on| at)?|updated(?: on| at)?|last updated|publié le|mis à jour le)\s*:?\s*/i;
const WEEKDAY = /^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s*)/i;
const ZONE_TAIL = /\s*\(?\s*(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?\s*$/i;

/**
 * A date line in any of the everyday header forms, or null: bullets and credits in front ("• ", "(TTXVN/Vietnam+)| "),
 * cue words ("Cập nhật", "Updated"), weekdays, time before date ("11:25 14/07/2025"), seconds, "(GMT+7)" zones,
 * English "06:26 September 22, 2022" and "Updated 9:30 AM EDT, July 1, 2024", "13.09.2023, 15:54 (cập nhật: …)".
 */
export function readDateLine(line: string): ParsedDate | null {
  if (line.length > 140 || !/\d/.test(line)) return null;
  let s = line.replace(/[*_]/g, "").trim();
  s = s.replace(/^[•·|\-–—\s]+/, "");
  s = s.replace(/^\([^()]{2,40}\)\s*\|?\s*/, ""); // a credit glued in front: "(TTXVN/Vietnam+)| 13/09/2023 12:25"
  s = s.replace(/\s*\|\s*$/, "");
  s = s.replace(/\s*\((?:cập nhật|updated|sửa đổi)[^)]*\)\s*$/i, ""); // the update after the publication
  s = s.replace(/\s*(?:[-|–]\s*)?(?:updated|cập nhật|sửa đổi ngày)\b.*$/i, (m) => (s.length - m.length > 6 ? "" : m));
  s = s.replace(DATE_CUE, "").replace(WEEKDAY, "").replace(/^ngày\s+/i, "").replace(DATE_CUE, "");
  let zone = "";
  const z = ZONE_TAIL.exec(s);
  if (z) {
    zone = `${z[1]}${String(Number(z[2])).padStart(2, "0")}:${z[3] ?? "00"}`;
    s = s.slice(0, z.index).trim();
  }
  s = s.replace(/(\d{1,2}:\d{2}):\d{2}\b/g, "$1"); // seconds
  // time before the date: "11:25 14/07/2025", "06:26 September 22, 2022", "9:30 AM EDT, July 1, 2024"
  const tb = /^(\d{1,2}:\d{2}(?:\s*(?:AM|PM|a\.m\.|p\.m\.|sáng|chiều|tối))?(?:\s*[A-Z]{3,4}(?:[+-]\d{1,2})?)?)\s*[,|-]?\s+(.+)$/i.exec(s);
  if (tb?.[1] && tb[2] && /\d{4}/.test(tb[2])) s = `${tb[2].replace(/[,\s]+$/, "")} ${tb[1]}`;
  // "2024.07.01" and "2023-09-13 18:02"
  s = s.replace(/^(\d{4})\.(\d{2})\.(\d{2})\b/, "$1-$2-$3");
  s = s.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, "$1T$2");
  const d = parseDateLine(s) ?? parseDateLine(s.replace(/\s+/g, " ").replace(/,(?=\s*\d{1,2}:)/, " -"));
  if (!d) return null;
  if (zone && d.precision === "minute" && !/[+-]\d{2}:\d{2}$/.test(d.publishedAt)) return { ...d, publishedAt: `${d.publishedAt}${zone}` };
  return d;
}

const NAME = /^(?:[\p{Lu}][\p{Ll}'’-]*\.?\s){1,3}[\p{Lu}][\p{Ll}'’-]*$/u;
const CAPS_NAME = /^(?:[\p{Lu}Đ][\p{Lu}Đ'’-]*\s){1,3}[\p{Lu}Đ][\p{Lu}Đ'’-]*$/u;

/** A person's name as bylines print it: "Minh Châu", "NGUYỄN KHÁNH", "By Daniel Park", "Tác giả, X". */
export function readByline(plain: string): string | null {
  const s = plain
    .replace(/^(?:by|bởi|tác giả|author|phóng viên|pv)\s*[,:]?\s+/i, "")
    .replace(/\s*\((?:theo|from)\b[^)]*\)\s*$/i, "")
    .trim();
  if (s.length < 4 || s.length > 40) return null;
  if (lookupOutlet(s) || isSection(s) || isFurniture(s)) return null;
  return NAME.test(s) || CAPS_NAME.test(s) ? s : null;
}

const CAPTION_CREDIT =
  /(?:(?:^|[\s.(\-–|])(?:ảnh|photo|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu)\s*:\s*[^:]{1,60}\)?\.?|\((?:ảnh|photo)[^()]{0,30}:\s*[^()]{1,60}\)\.?|©\s*[^.©]{1,60}|\((?:AP|AFP|EPA|Yonhap|Reuters|Xinhua|KCNA|TTXVN)(?: Photo)?(?:\/[^()]{1,60})?\)\.?|\b(?:REUTERS|AFP|EPA|KCNA|Yonhap|Getty Images)\/[^\s].{0,80}|[.)]\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|KCNA|TTXVN|Yonhap)\.?|\b(?:via|qua)\s+(?:AP|AFP|Reuters|Yonhap|Getty Images)\.?)$/iu;

/** A photo caption by its form: ends in a credit, starts with a caption label, or is an image file name. */
export function isCaptionLine(plain: string): boolean {
  if (plain.length > 320 || /^(?:©|\(c\)|copyright\b)/i.test(plain)) return false;
  if (/^(?:chú thích(?: ảnh| hình ảnh)?|nguồn hình ảnh|nguồn ảnh|image source|photo credit|caption|ảnh|photo|hình)\s*[,:]/i.test(plain)) return true;
  if (/\s\|$/.test(plain)) return true;
  if (/^\S+\.(?:jpe?g|png|gif|webp|avif)$/i.test(plain)) return true;
  if (/\((?:[^()]{2,60}\s)?qua (?:AP|AFP|Reuters|Yonhap)\)\.?$/i.test(plain)) return true;
  if (/^(?:AP|AFP|Reuters|EPA)\s+[-–]\s+\S/.test(plain) && plain.length <= 250) return true;
  return CAPTION_CREDIT.test(plain);
}

const TERMINAL = /[.!?…;]["”’»)]?$/;

/** Features of one line for the title score. */
function titleScore(plain: string, i: number, lines: readonly string[], firstBody: number): number {
  const n = plain.length;
  if (n < 12 || n > 220) return -Infinity;
  if (/^[\p{Ll}]/u.test(plain) || /[:,;]$/.test(plain)) return -Infinity;
  let score = 0;
  score += n >= 30 && n <= 160 ? 3 : 1; // headline length
  if (TERMINAL.test(plain) && !/[?!]["”’»]?$/.test(plain)) score -= 3; // a sentence
  const words = plain.split(/\s+/).length;
  if (words >= 5) score += 1;
  if (plain === plain.toLocaleUpperCase("vi") && /\p{L}{3}/u.test(plain)) score -= 1;
  // position: before the lead, close to it
  if (firstBody >= 0 && i < firstBody) score += 2;
  if (firstBody >= 0 && firstBody - i <= 6) score += 1;
  // neighbours: a date, a byline or the lead just below
  for (let k = i + 1; k <= Math.min(lines.length - 1, i + 3); k++) {
    const next = lines[k] as string;
    if (readDateLine(next) || readByline(next) || k === firstBody) {
      score += 2;
      break;
    }
  }
  // the line just above is a section label, a date or furniture (typical header order)
  const prev = i > 0 ? (lines[i - 1] as string) : "";
  if (i === 0 || isSection(prev) || isFurniture(prev) || readDateLine(prev) || lookupOutlet(prev)) score += 1;
  score -= i * 0.05;
  return score;
}

/** Is a line an article paragraph (long sentence prose)? */
export function isProse(plain: string): boolean {
  return plain.length > 220 || (plain.length >= 60 && TERMINAL.test(plain) && plain.split(/\s+/).length >= 10);
}

/** The first paragraph of the article: prose that is neither a caption nor a notice ("enable javascript…"). */
export function isLead(plain: string): boolean {
  return isProse(plain) && !isCaptionLine(plain) && !/javascript|cookie/i.test(plain);
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
): { roles: LineInfo[]; title: number; firstBody: number } {
  const firstBody = lines.findIndex(isLead);
  const end = firstBody < 0 ? lines.length : firstBody;
  const roles: LineInfo[] = [];
  const forced: boolean[] = [];
  for (let i = 0; i < end; i++) {
    const role = roleFor?.(lines[i] as string);
    forced.push(role !== undefined);
    roles.push(role ? forcedLineInfo(lines[i] as string, role) : classifyLine(lines[i] as string, "header"));
  }
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
      const s = titleScore(lines[i] as string, i, lines, firstBody);
      if (s > best) {
        best = s;
        title = i;
      }
    }
    if (title >= 0) roles[title] = { role: "title", score: best };
  }
  return { roles, title, firstBody: end };
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

/** One header or footer line's role by its own features (the title is chosen over the region by classifyHeader). */
export function classifyLine(plain: string, region: "header" | "footer"): LineInfo {
  if (/^(?:https?:\/\/\S+|(?:nguồn|source|link|url)\s*:\s*https?:\/\/\S+)$/i.test(plain)) {
    return { role: "url", score: 5, url: (/https?:\/\/\S+/.exec(plain)?.[0] ?? "").replace(/[).,]+$/, "") };
  }
  if (isFurniture(plain)) return { role: "furniture", score: 4 };
  const date = readDateLine(plain);
  if (date) return { role: "date", score: 4, date };
  const outlet = plain.length <= 40 ? lookupOutlet(plain) : null;
  if (outlet) return { role: "outlet", score: 3, name: outlet };
  if (isSection(plain)) return { role: "section", score: 3 };
  if (region === "footer" || plain.length <= 60) {
    for (const re of CREDIT_FOOTER) if (re.test(plain)) return { role: "credit", score: 3 };
  }
  if (isCaptionLine(plain)) return { role: "caption", score: 2 };
  const name = readByline(plain);
  if (name) return { role: "byline", score: 2, name };
  return { role: "body", score: 0 };
}
