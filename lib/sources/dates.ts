// Date parsing for captured articles: Vietnamese, English, French and numeric forms → ISO 8601, never inventing a year.

export type DatePrecision = "day" | "minute" | "month-day" | "month";
export interface ParsedDate {
  /** "2023-09-18", "2023-09-17T11:41", "2024-06-23T20:00-04:00" or "--07-27" (no year stated). */
  publishedAt: string;
  precision: DatePrecision;
}
export interface DateMatch extends ParsedDate {
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, feb: 2, february: 2, fevrier: 2, février: 2, mar: 3, march: 3, mars: 3,
  apr: 4, april: 4, avril: 4, may: 5, mai: 5, jun: 6, june: 6, juin: 6, jul: 7, july: 7, juillet: 7,
  aug: 8, august: 8, août: 8, aout: 8, sep: 9, sept: 9, september: 9, septembre: 9, oct: 10, october: 10,
  octobre: 10, nov: 11, november: 11, novembre: 11, dec: 12, december: 12, décembre: 12, decembre: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

/** Offsets of the time-zone abbreviations seen in wire copy. */
const ZONES: Record<string, string> = {
  EDT: "-04:00", EST: "-05:00", CDT: "-05:00", CST: "-06:00", MDT: "-06:00", MST: "-07:00", PDT: "-07:00",
  PST: "-08:00", GMT: "+00:00", UTC: "+00:00", BST: "+01:00", CET: "+01:00", CEST: "+02:00", MSK: "+03:00",
  ICT: "+07:00", KST: "+09:00", JST: "+09:00",
};
const ZONE_RE = new RegExp(`^\\s*\\(?\\s*(${Object.keys(ZONES).join("|")})(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?\\s*\\)?`);
const TIME_RE =
  /^\s*(?:[-–,|]\s*|lúc\s+|at\s+|à\s+|vào\s+lúc\s+)?(\d{1,2})[:h](\d{2})(?![\d/])(?::\d{2})?\s*(sáng|trưa|chiều|tối|đêm|am|pm|a\.m\.|p\.m\.|SA(?![a-zà-ỹđ])|CH(?![a-zà-ỹđ]))?/i;

const ISO_RE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/;
/**
 * A day-first numeric date ("26/3/2026", "26.03.2026", "26-3-26"): never a part of a version number or an address of
 * numbers ("v1.2.2026", "Version 1.2.2026", "Build 10.3.2026.1", "10.3.2026.1": a letter right before one written
 * with dots, a version's word before it, a dot and a digit after it). A date with slashes glued to a weekday stays
 * one ("Thứ Năm26/03/2026", a copy of two spans).
 */
const NUMERIC_RE = /(?<![\d/.-])(?:(?<![A-Za-z])|(?=\d{1,2}[/-]))(?<!(?:[Vv]ersion|[Bb]uild|[Rr]elease|[Pp]hiên bản) )(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/;
/** "4 tháng 12, 2026", and with the month cut short as the Vietnamese interfaces of Substack, Medium and Google print it: "17 thg 6, 2026". */
const VI_WORDS_RE = /(?<!\d)(\d{1,2})\s+(?:tháng|thg)\s+(\d{1,2})(?:\s*(?:,\s*|năm\s+)?(\d{4}))?(?!\d)/i;
/** Vietnamese month names ("ngày 3 tháng Mười Hai năm 2026", "tháng Giêng"): the year must follow. */
const VI_MONTH_NAMES: Record<string, number> = { "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12 };
const VI_NAMED_RE = /(?<!\d)(\d{1,2})\s+tháng\s+(mười một|mười hai|mười|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(\s*,\s*|\s+năm\s+|\s+(?=(?:19|20)\d{2}(?!\d)))(\d{4})(?!\d)/iu;
/**
 * The month's name first, as WordPress's Vietnamese locale and overseas papers print it: "Tháng Mười Hai 2, 2026",
 * "Tháng 12 2, 2026" (day, comma, year after the month).
 */
const VI_MONTH_FIRST_RE = /(?<![\p{L}\d])tháng\s+(mười một|mười hai|mười|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|\d{1,2})\s+(\d{1,2}),\s*(\d{4})(?!\d)/iu;
// "Sept. 22, 2022", and as Korean papers' English pages glue it: "Dec.4,2026"
// the parts may be joined by dashes as well ("Dec - 03 - 2026", "Dec-03-2026", "03-Dec-2026"), a comma may follow the
// month as Iranian agencies print it ("December, 03, 2026 - 13:30"), and a slash may stand before the year as
// Ethiopian papers' datelines print it ("Addis Abeba, December 4/2026 –")
const EN_MDY_RE = new RegExp(`\\b(${MONTH_NAMES})(?:\\.\\s*|,\\s*|\\s+|\\s?-\\s?)(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+|\\s?-\\s?|\\/)(\\d{4})(?!\\d)`, "i");
/**
 * A Korean page's dotted date, year first, each part closed by a full stop: "2026. 12. 4. 21:15" (Naver's blogs and
 * news), "2026.12.04." — the spaces after the stops or none, the last stop there or not when a clock follows; with
 * no stop, alone on its line or in its cell ("Date | 2025.04.30" in a research institute's board).
 */
/** Central European day, month and year with a space after each dot: "5. 12. 2026", "05. 12. 2026 10:15" (Czech, Slovak, Slovene). */
const SPACED_DMY_RE = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d{2})(?![\d.])/;
const DOTTED_YMD_RE = /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?:\.(?!\d)|(?=\s\d{1,2}:\d{2}))/;
/** The same date with no stop after it, alone in its cell or line, month and day in two digits: "2025.04.30". */
const DOTTED_YMD_ALONE_RE = /^\s*(\d{4})\.(\d{2})\.(\d{2})\s*$/;
/** East Asian forms: "2026年12月4日 15時20分", "2026년 12월 4일 15:20" (a Korean or Japanese page, or a browser in that locale). */
const CJK_RE = /(?<!\d)(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일](?:\s?\([^)\d]{1,3}\))?(?:\s?(\d{1,2})\s?(?:時|시|:)\s?(\d{2})\s?(?:分|분)?)?/;
const DMY_WORDS_RE = new RegExp(`(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th)?(?:\\s+|\\s?-\\s?)(${MONTH_NAMES})(?:\\.?,?\\s+|\\s?-\\s?)(\\d{4})(?!\\d)`, "i");
const MONTH_DAY_RE = /(?:ngày|hôm|mùng|mồng|sáng|chiều|tối|đêm)\s+(\d{1,2})\/(\d{1,2})(?![\d/])/i;

const pad = (n: number): string => String(n).padStart(2, "0");

function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A year an article's date can state: four digits, from 1000 ("0012" or "12 December 0099" is no article's date). */
function plausibleYear(year: number): boolean {
  return year >= 1000 && year <= 9999;
}

function validDay(day: number, month: number, year: number | null): boolean {
  return (year === null || plausibleYear(year)) && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

function to24h(hour: number, marker: string | undefined): number {
  // "SA"/"CH" (sáng, chiều) as a Vietnamese locale prints a 12-hour clock ("10:12 SA", "3:40 CH"): in capitals only
  if (marker === "SA") return hour === 12 ? 0 : hour;
  if (marker === "CH") return hour < 12 ? hour + 12 : hour;
  const m = marker?.toLowerCase().replace(/\./g, "");
  if (!m || m === "sa" || m === "ch") return hour;
  if (m === "am" || m === "sáng") return hour === 12 ? 0 : hour;
  if (m === "pm" || m === "chiều" || m === "tối") return hour < 12 ? hour + 12 : hour;
  if (m === "trưa") return hour < 6 ? hour + 12 : hour;
  // đêm: "11 giờ đêm" is 23:00, "12 giờ đêm" midnight, "2 giờ đêm" 02:00.
  if (hour === 12) return 0;
  return hour >= 7 ? hour + 12 : hour;
}

/** Time (and zone) right after a date: "- 11:41", "lúc 8:00 tối EDT", "at 8:00 PM GMT+7". */
function readTime(rest: string): { time: string; length: number } | null {
  const t = TIME_RE.exec(rest);
  if (!t) return null;
  const hour = to24h(Number(t[1]), t[3]);
  const minute = Number(t[2]);
  if (hour > 23 || minute > 59) return null;
  let time = `${pad(hour)}:${pad(minute)}`;
  let length = t[0].length;
  const z = ZONE_RE.exec(rest.slice(length));
  if (z) {
    const base = ZONES[z[1] ?? ""] ?? "+00:00";
    if (z[2] && z[3]) time += `${z[2]}${pad(Number(z[3]))}:${z[4] ?? "00"}`;
    else time += base;
    length += z[0].length;
  }
  return { time, length };
}

function build(text: string, index: number, length: number, y: number | null, m: number, d: number): DateMatch | null {
  if (!validDay(d, m, y)) return null;
  if (y === null) return { publishedAt: `--${pad(m)}-${pad(d)}`, precision: "month-day", index, length };
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const time = readTime(text.slice(index + length));
  if (time) return { publishedAt: `${date}T${time.time}`, precision: "minute", index, length: length + time.length };
  return { publishedAt: date, precision: "day", index, length };
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

type Finder = (text: string) => DateMatch | null;

const FINDERS: Finder[] = [
  (text) => {
    const m = ISO_RE.exec(text);
    if (!m) return null;
    const [all, y, mo, d, hh, mm, zone] = m;
    if (!validDay(Number(d), Number(mo), Number(y))) return null;
    if (hh === undefined || mm === undefined) return { publishedAt: `${y}-${mo}-${d}`, precision: "day", index: m.index, length: all.length };
    const z = zone === undefined ? "" : zone === "Z" ? "+00:00" : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return { publishedAt: `${y}-${mo}-${d}T${hh}:${mm}${z}`, precision: "minute", index: m.index, length: all.length };
  },
  (text) => {
    const m = NUMERIC_RE.exec(text);
    if (!m) return null;
    let day = Number(m[1]);
    let month = Number(m[3]);
    if (month > 12 && day <= 12) [day, month] = [month, day]; // US month/day order, only when unambiguous
    return build(text, m.index, m[0].length, fullYear(m[4] ?? ""), month, day);
  },
  (text) => {
    const m = VI_WORDS_RE.exec(text);
    if (!m) return null;
    return build(text, m.index, m[0].length, m[3] ? Number(m[3]) : null, Number(m[2]), Number(m[1]));
  },
  (text) => {
    const m = VI_NAMED_RE.exec(text);
    const month = m ? VI_MONTH_NAMES[(m[2] ?? "").toLowerCase()] : undefined;
    // the year after a space alone only when the month's name is capitalised, as a dateline prints it ("03 Tháng Mười
    // Hai 2026"): "sau 3 tháng hai 2000 binh sĩ" counts months, then soldiers
    if (m && /^\s+$/.test(m[3] ?? "") && !/^[\p{Lu}]/u.test(m[2] ?? "")) return null;
    return m && month ? build(text, m.index, m[0].length, Number(m[4]), month, Number(m[1])) : null;
  },
  (text) => {
    const m = VI_MONTH_FIRST_RE.exec(text);
    const name = (m?.[1] ?? "").toLowerCase();
    const month = m ? (/^\d/.test(name) ? Number(name) : VI_MONTH_NAMES[name]) : undefined;
    return m && month ? build(text, m.index, m[0].length, Number(m[3]), month, Number(m[2])) : null;
  },
  (text) => {
    const m = EN_MDY_RE.exec(text);
    const month = m ? MONTHS[(m[1] ?? "").toLowerCase()] : undefined;
    return m && month ? build(text, m.index, m[0].length, Number(m[3]), month, Number(m[2])) : null;
  },
  (text) => {
    const m = text.includes(". ") ? SPACED_DMY_RE.exec(text) : null;
    return m ? build(text, m.index, m[0].length, Number(m[3]), Number(m[2]), Number(m[1])) : null;
  },
  (text) => {
    const m = DOTTED_YMD_RE.exec(text) ?? DOTTED_YMD_ALONE_RE.exec(text);
    return m ? build(text, m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3])) : null;
  },
  (text) => {
    const m = CJK_RE.exec(text);
    if (!m) return null;
    const [all, y, mo, d, hh, mm] = m;
    if (hh !== undefined && mm !== undefined && Number(hh) <= 23 && Number(mm) <= 59 && validDay(Number(d), Number(mo), Number(y))) {
      return { publishedAt: `${y}-${pad(Number(mo))}-${pad(Number(d))}T${pad(Number(hh))}:${mm}`, precision: "minute", index: m.index, length: all.length };
    }
    const day = /^\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]/.exec(all)?.[0] ?? all;
    return build(text, m.index, day.length, Number(y), Number(mo), Number(d));
  },
  (text) => {
    const m = DMY_WORDS_RE.exec(text);
    const month = m ? MONTHS[(m[2] ?? "").toLowerCase()] : undefined;
    return m && month ? build(text, m.index, m[0].length, Number(m[3]), month, Number(m[1])) : null;
  },
  (text) => {
    const m = MONTH_DAY_RE.exec(text);
    if (!m) return null;
    const start = m.index + m[0].indexOf(m[1] ?? "");
    return build(text, start, m.index + m[0].length - start, null, Number(m[2]), Number(m[1]));
  },
];

/** The first date expression in `text`, with its position. Full dates win over month-day ones at the same place. */
export function findDate(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const find of FINDERS) {
    const m = find(text);
    if (!m) continue;
    const better =
      !best ||
      m.index < best.index ||
      (m.index === best.index && m.length > best.length) ||
      (best.precision === "month-day" && m.precision !== "month-day" && m.index <= best.index + 6);
    if (better) best = m;
  }
  return best;
}

/** Parse the first date in a string ("18/09/2023", "ngày 27/7", "September 10, 2023"…), or null. */
export function parseDate(text: string): ParsedDate | null {
  const m = findDate(text);
  return m ? { publishedAt: m.publishedAt, precision: m.precision } : null;
}

const LABEL_RE =
  /^(?:(?:đăng|cập nhật|ngày đăng|ngày cập nhật|cập nhật lần cuối|published|posted|updated|publié|mis à jour|date)(?:\s+(?:ngày|on|le|lúc))?\s*:?\s*)/i;
/**
 * The original's date after a relay's own, set apart by a bar or a dot and labelled as the original's: "Đăng:
 * 02/12/2026 | Bản gốc: 01/12/2026", "Ngày đăng: 04/12/2026 · Bản tin gốc: 03/12/2026", "Posted Dec 2 · Original: Dec
 * 1": the relay's date is the line's, the original's is none of the page's.
 */
const ORIGINAL_DATE_TAIL = /\s*[|·•;–—-]\s*(?:(?:bản|bài)(?: tin| viết)? gốc(?: đăng)?(?: ngày| lúc)?|original(?:ly)?(?: published| story| article| report)?(?: on)?)\s*:?\s*[^|·•;\s][^|·•;]{0,40}\d[^|·•;]{0,30}$/iu;
const WEEKDAY_RE =
  /^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s*)/i;

/**
 * A line that is only a date (a dateline such as "Đăng ngày: 17/09/2023 - 11:41" or
 * "14 tháng 9 2023"), or null when the line says anything else.
 */
export function parseDateLine(line: string): ParsedDate | null {
  if (line.length > 100 || !/\d/.test(line)) return null;
  let s = commonEraDate(line.replace(/[*_]/g, "").trim()).replace(ORIGINAL_DATE_TAIL, "");
  s = s.replace(LABEL_RE, "").replace(WEEKDAY_RE, "").replace(/^ngày\s+/i, "");
  const m = findDate(s);
  if (!m) {
    // a month of a year alone, as a journal's issue or a report prints its date: "December 2026", "Dec. 2026"
    // (and its ISO form, as the saved-page reader hands it on: "2026-12")
    const my = MONTH_YEAR_LINE.exec(s);
    const month = my ? MONTHS[(my[1] ?? "").toLowerCase()] : undefined;
    if (my && month !== undefined && plausibleYear(Number(my[2]))) return { publishedAt: `${my[2]}-${pad(month)}`, precision: "month" };
    if (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(s) && plausibleYear(Number(s.slice(0, 4)))) return { publishedAt: s, precision: "month" };
    // a day of a month with no year, a time after it or not, as a site prints this year's stories: "5 December, 10:12
    // AM", "December 5", "Dec. 5, 18:40": a day of a year not given
    // (a month's short name only with a clock after it: "3 Dec" alone, "3rd Dec", may be anything)
    const dm = DAY_MONTH_LINE.exec(s);
    const dmName = dm?.[2] ?? dm?.[3] ?? "";
    const dmMonth = dm ? MONTHS[dmName.toLowerCase()] : undefined;
    // (a short name with its full stop before the day, as AP style abbreviates it, is a month's: "Dec. 4")
    const apStyle = dm?.[3] !== undefined && s.charAt(dmName.length) === ".";
    if (dm && dmMonth !== undefined && (/\d:\d{2}/.test(s) || apStyle || (dmName.length > 3 && dmName.toLowerCase() !== "sept"))) {
      const r = build(s, 0, s.length, null, dmMonth, Number(dm[1] ?? dm[4]));
      return r && { publishedAt: r.publishedAt, precision: r.precision };
    }
  }
  if (!m || m.index > 0) {
    // bare "27/7" on its own line
    const md = /^(\d{1,2})\/(\d{1,2})\.?$/.exec(s);
    if (!md) return null;
    const r = build(s, 0, s.length, null, Number(md[2]), Number(md[1]));
    return r && { publishedAt: r.publishedAt, precision: r.precision };
  }
  // a day without its year keeps no clock ("4 tháng 12 lúc 21:15", "4 Dec at 9:15 pm", as a platform prints this
  // year's posts): the clock after it is read over, the day alone kept
  const after = s.slice(m.length);
  const clock = m.precision === "month-day" ? TIME_RE.exec(after) : null;
  const rest = (clock ? after.slice(clock[0].length) : after).replace(/[\s.,;()]+/g, "");
  return rest.length === 0 ? { publishedAt: m.publishedAt, precision: m.precision } : null;
}

/**
 * North Korea's Juche year, the common era's in brackets after it, as Rodong Sinmun and KCNA print a day: "주체115(2026)년
 * 12월 4일 금요일", and as a browser translates it, "Juche 115 (2026) ngày 4 tháng 12, thứ Sáu", "Juche 115 (2026),
 * December 4, Friday".
 */
const JUCHE = /^(?:주체|juche|chủ thể)\s?\d{1,3}\s?\((\d{4})\)\s?(?:년|năm|year)?[\s,]*(\S.{2,40})$/iu;
const JUCHE_EN = new RegExp(`^(?:(${MONTH_NAMES})\\.?\\s(\\d{1,2})|(\\d{1,2})\\s(${MONTH_NAMES}))\\b`, "i");
/** A Juche-dated line as the common era's day ("2026년 12월 4일", "4 tháng 12 năm 2026", "December 4, 2026"); any other line as it is. */
export function commonEraDate(line: string): string {
  const m = JUCHE.exec(line);
  if (!m?.[1] || !m[2]) return line;
  const [, year, rest] = m;
  const ko = /^(\d{1,2})\s?월\s?(\d{1,2})\s?일/u.exec(rest);
  if (ko) return `${year}년 ${ko[1]}월 ${ko[2]}일`;
  const vi = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?!\d)/iu.exec(rest);
  if (vi) return `${vi[1]} tháng ${vi[2]} năm ${year}`;
  const en = JUCHE_EN.exec(rest);
  if (en) return en[1] ? `${en[1]} ${en[2]}, ${year}` : `${en[3]} ${en[4]} ${year}`;
  return line;
}

/** A line that is a month and a year, nothing else: "December 2026", "Dec. 2026", "December, 2026". */
const MONTH_YEAR_LINE = new RegExp(`^(${MONTH_NAMES})\\.?,?\\s(\\d{4})\\.?$`, "i");

/** A day and a month's name, no year, a clock after them or not: "5 December, 10:12 AM", "December 5", "Dec. 5, 18:40" (no ordinal: "3rd Dec" is not read). */
const DAY_MONTH_LINE = new RegExp(`^(?:(\\d{1,2})\\s(${MONTH_NAMES})|(${MONTH_NAMES})\\.?\\s(\\d{1,2}))(?:,?\\s(?:at\\s)?\\d{1,2}:\\d{2}(?:\\s?(?:AM|PM|a\\.m\\.|p\\.m\\.))?)?$`, "i");

/** A numeric date with slashes: "12/03/2026 03:21 PM". */
const SLASH_DATE_RE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/;
/** A wire's dateline naming the month: "Taipei, Dec. 3 (CNA)", "KUALA LUMPUR, Oct 3 (Bernama)". */
const DATELINE_MONTH_RE = new RegExp(`(?:^|\\n)[^\\n,]{2,40},\\s(${MONTH_NAMES})\\.?\\s(\\d{1,2})\\s?\\(`, "i");

/** A lead's place name before its dateline's comma: "Addis Abeba, ", "ABU DHABI, ", "Rio de Janeiro, ". */
const DATELINE_PLACE_RE = /^\p{Lu}[\p{L}.'’ -]{1,40}?,\s/u;

/**
 * The day a lead's dateline states in full, with its year ("Addis Abeba, December 4/2026 – …", "ABU DHABI, 3rd
 * December, 2026 (WAM) -- …"), as papers that print no other date open their stories; null when the lead opens
 * otherwise, or its dateline names no year ("SEOUL, Dec. 3 (AFP) -"), or the date runs on into the sentence.
 */
export function datelineDate(lead: string): ParsedDate | null {
  const place = lead.length > 12 && lead.includes(",") ? DATELINE_PLACE_RE.exec(lead.slice(0, 60)) : null;
  if (!place) return null;
  const rest = lead.slice(place[0].length, place[0].length + 60);
  const m = findDate(rest);
  if (!m || m.index !== 0 || (m.precision !== "day" && m.precision !== "minute")) return null;
  // the dateline ends at a dash or the wire's name in brackets
  return /^\s?(?:[-–—]|\()/.test(rest.slice(m.length)) ? { publishedAt: m.publishedAt, precision: m.precision } : null;
}

/** A wire's dateline day without its year after the place: "Feb 9 (Reuters) -", "Dec. 3 (AFP) -", "3 December (AAP) -". */
const DATELINE_DAY_RE = new RegExp(`^(?:(${MONTH_NAMES})\\.?\\s(\\d{1,2})|(\\d{1,2})\\s(${MONTH_NAMES}))\\s?\\([\\p{L}][\\p{L}/ -]{1,30}\\)\\s?(?:[-–—:]|$)`, "iu");

/**
 * The day a wire's dateline prints without its year ("MOSCOW, Feb 9 (Reuters) - …", "SEOUL, Dec. 3 (AFP) - …"), as
 * printed: a day of a year not given ("--02-09"), for a page nothing else dates. Only the dateline that opens the
 * lead, the wire's name in brackets and a dash after the day; never a day inside a sentence ("SEOUL, Dec. 3 talks
 * …", "On Feb 9 (Monday) the …").
 */
export function datelineDay(lead: string): ParsedDate | null {
  const place = lead.length > 12 && lead.includes(",") ? DATELINE_PLACE_RE.exec(lead.slice(0, 60)) : null;
  if (!place) return null;
  const m = DATELINE_DAY_RE.exec(lead.slice(place[0].length, place[0].length + 60));
  const month = m ? MONTHS[(m[1] ?? m[4] ?? "").toLowerCase()] : undefined;
  if (!m || month === undefined) return null;
  const r = build("", 0, 0, null, month, Number(m[2] ?? m[3]));
  return r && { publishedAt: r.publishedAt, precision: r.precision };
}

/**
 * A numeric date is read day first ("03/10/2024" is 3 October on a Malaysian or a Vietnamese page); a page whose
 * wire dateline names the month the other way ("12/03/2026 03:21 PM" above "Taipei, Dec. 3 (CNA)") prints it month
 * first, as American and Taiwanese sites do. `date` is what parseDate read from `line`; it comes back with day and
 * month swapped when the dateline of `text` says so.
 */
export function monthFirst(date: ParsedDate, line: string, text: string): ParsedDate {
  const m = line.length <= 120 ? SLASH_DATE_RE.exec(line) : null;
  if (!m) return date;
  const [first, second, year] = [Number(m[1]), Number(m[2]), m[3] ?? ""];
  if (first > 12 || second > 12 || first === second || !date.publishedAt.startsWith(`${year}-${pad(second)}-${pad(first)}`)) return date;
  const dateline = DATELINE_MONTH_RE.exec(text.slice(0, 4000));
  if (!dateline || MONTHS[(dateline[1] ?? "").toLowerCase()] !== first || Number(dateline[2]) !== second) return date;
  return { ...date, publishedAt: `${year}-${pad(first)}-${pad(second)}${date.publishedAt.slice(10)}` };
}

/**
 * A numeric date read day first whose day and month are the other way round in the article's address: the page prints
 * it month first (an American site, or a translator's rendering of "02.12.2026" as "12/02/2026"), and the address
 * ("/2026/12/02/…") says which. `publishedAt` ("2026-02-12T18:05") comes back swapped ("2026-12-02T18:05") when the
 * address's day is exactly the swapped reading; as it is otherwise (no date in the address, or another day).
 */
export function monthFirstByAddress(publishedAt: string, address: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) return publishedAt;
  const [year, month, day] = [m[1] as string, Number(m[2]), Number(m[3])];
  if (month > 12 || day > 12 || month === day) return publishedAt;
  const swapped = `${year}-${pad(day)}-${pad(month)}`;
  return dateInAddress(address)?.publishedAt === swapped ? `${swapped}${publishedAt.slice(10)}` : publishedAt;
}

const ALL_NUMERIC_RE = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;

/** Every complete d/m/yyyy date in a text, as "YYYY-MM-DD" (used to spot dates after publication). */
export function findFullDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ALL_NUMERIC_RE)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (validDay(d, mo, y)) out.push(`${y}-${pad(mo)}-${pad(d)}`);
  }
  return out;
}

/**
 * The day an article's address states in its path ("/world/2026/12/04/slug.html", "/2026-12-04/", NHK's
 * "/news/20230917_08/"), day precision; null when the path states none. Read only when the page prints no date.
 */
export function dateInAddress(url: string): ParsedDate | null {
  if (url.length > 2000) return null;
  const path = /^https?:\/\/[^/]+(\/[^?#]*)/i.exec(url)?.[1] ?? "";
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/._-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/._-]|$)/.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(d, mo, y) ? { publishedAt: `${y}-${pad(mo)}-${pad(d)}`, precision: "day" } : null;
}

/**
 * A machine time kept in an element's data attribute (a script prints it): ISO 8601, or Unix time in seconds or
 * milliseconds between 2000 and 2100, as ISO in UTC ("2026-12-04T06:00+00:00"); null for anything else.
 */
export function dateFromAttribute(value: string): ParsedDate | null {
  const v = value.trim();
  if (/^\d{10}(?:\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    if (ms < Date.UTC(2000, 0, 1) || ms >= Date.UTC(2100, 0, 1)) return null;
    return { publishedAt: `${new Date(ms).toISOString().slice(0, 16)}+00:00`, precision: "minute" };
  }
  if (v.length > 40) return null;
  const m = ISO_RE.exec(v);
  return m && m.index === 0 ? parseDate(v) : null;
}
