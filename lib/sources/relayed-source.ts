// A foreign broadcaster's or a wire's story credited under (or over) a relay, in the many forms relays print it: the
// source's name in full or in short, in Vietnamese or in English, as its language service ("Dịch từ: Radio Free Asia",
// "📌 Nguồn: KBS World tiếng Việt", "Trích Sputnik Việt Nam:", "Credit: Yonhap News Agency (Vietnamese edition)",
// "Bản tin của Deutsche Welle", "Courtesy of KBS World Radio's Vietnamese service", "Bài viết sử dụng tin của Hãng thông
// tấn Pháp AFP.", "— BBC News, 4/12/2026 —", "TASS – Thông tấn xã Nga", "Hà Phương (dịch từ NHK)"). The name must be
// one this lexicon knows: a cue before any other name ("Theo Bộ Quốc phòng", "Source: BBC Sport") is no credit.
import { foldForMatch } from "./normalize";

/** The broadcasters and wires a Vietnamese relay credits, by their short name, with the spellings met (folded). */
const RELAYED_SOURCES: Record<string, string[]> = {
  VOA: ["voa", "voa news", "voice of america", "tieng noi hoa ky", "dai tieng noi hoa ky", "dai voa"],
  RFA: ["rfa", "radio free asia", "a chau tu do", "dai a chau tu do", "dai phat thanh a chau tu do", "dai rfa"],
  RFI: ["rfi", "radio france internationale", "phat thanh quoc te phap", "dai phat thanh quoc te phap", "dai rfi"],
  BBC: ["bbc", "bbc news", "bbc world service", "dai bbc"],
  DW: ["dw", "dw com", "deutsche welle", "dai deutsche welle", "dai dw"],
  NHK: ["nhk", "nhk world", "nhk world japan", "dai nhk", "dai nhk nhat ban", "dai truyen hinh nhk", "dai phat thanh nhk"],
  KBS: ["kbs", "kbs world", "kbs world radio", "dai kbs", "dai kbs han quoc"],
  AP: ["ap", "associated press", "the associated press", "hang tin ap", "hang thong tan ap"],
  Reuters: ["reuters", "hang tin reuters", "hang thong tan reuters"],
  AFP: ["afp", "agence france presse", "hang tin afp", "hang thong tan phap", "hang thong tan phap afp", "hang tin phap afp", "hang thong tan afp"],
  Yonhap: ["yonhap", "yonhap news", "yonhap news agency", "hang tin yonhap", "thong tan xa yonhap", "hang thong tan yonhap"],
  TASS: ["tass", "thong tan xa nga", "thong tan xa nga tass", "hang thong tan tass", "hang tin tass"],
  Sputnik: ["sputnik", "sputnik viet nam", "sputnik vietnam", "hang tin sputnik"],
  Xinhua: ["xinhua", "tan hoa xa", "thx", "hang tin xinhua"],
  Kyodo: ["kyodo", "kyodo news", "hang tin kyodo"],
};
const BY_FOLDED = new Map<string, string>();
for (const [name, aliases] of Object.entries(RELAYED_SOURCES)) for (const a of aliases) BY_FOLDED.set(a, name);

/** A language service's or an edition's words after the source's name (folded): "tieng viet", "vietnamese edition". */
const SERVICE_TAIL = / (?:tieng viet|vietnamese(?: service| edition)?|s vietnamese service|viet nam edition|ban tieng viet)$/;
/** The source's country after its name, as Vietnamese relays add it (folded): "(Hàn Quốc)", "Nhật Bản". */
const COUNTRY_TAIL = / (?:han quoc|nhat ban|phap|duc|my|hoa ky|anh|nga|trung quoc|south korea|japan)$/;

/**
 * The short name of a broadcaster or a wire as a relay names it ("Đài Tiếng nói Hoa Kỳ" → VOA, "Radio Free Asia" →
 * RFA, "KBS World tiếng Việt" → KBS, "Hãng tin Yonhap (Hàn Quốc)" → Yonhap, "Tân Hoa xã" → Xinhua), or null.
 */
export function relayedSourceName(written: string): string | null {
  if (written.length > 70) return null;
  let f = foldForMatch(written);
  for (let pass = 0; pass < 3; pass++) {
    const found = BY_FOLDED.get(f);
    if (found) return found;
    const next = f.replace(SERVICE_TAIL, "").replace(COUNTRY_TAIL, "");
    if (next === f) break;
    f = next;
  }
  return null;
}

/** A cue before the source's name: the relay's word for where its story came from. */
const CUE =
  /^(?:theo|nguồn(?: tin| bài| bản tin)?|source|via|credits?|courtesy(?: of)?|from|wire copy|dịch từ|lược dịch từ|biên dịch từ|chuyển ngữ từ|dịch theo|trích(?: từ| dẫn)?|tư liệu|video|bản tin của|tin của|(?:bài viết|bản tin này|bài này) (?:sử dụng|dựa trên|dịch từ|lấy từ) (?:tin|bài|bản tin)?(?: tiếng việt)?\s?(?:của)?|translated from|adapted from|(?:đọc|xem) (?:bản|bài)(?: viết)? gốc (?:trên|tại|ở)(?: trang)?)\s*:?\s+/iu;
/** The cues a picture's credit shares with a story's. */
const PICTURE_CUE = /^(?:via|credits?|courtesy(?: of)?|from|video)\b/iu;
/** A date after the source's name: ", 4/12/2026", " | 05.12.2026", " ngày 2/12", " (3/12)". */
const DATE_TAIL = /\s*(?:[,|·]\s*|\s)(?:ngày\s)?\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?$/u;
/** Decorations around a credit line: a pin, a dash, a bullet, an arrow. */
const DECOR_HEAD = /^[\p{Extended_Pictographic}\uFE0F—–\-•*►▶→\s]+/u;
const DECOR_TAIL = /[\s—–\-•*:.]+$/u;
/** A writer after the credit, set apart by a dot or a bar: "· Prepared for the web by Tom Nguyen", "| Biên tập: Lan Anh". */
// (no "i" flag: under it \p{Lu} would take small letters too; the cues are spelled in both cases)
const WRITER_AFTER = /\s[·|]\s(?:(?:[Pp]repared|[Ee]dited|[Ww]ritten|[Tt]ranslated|[Aa]dapted)(?: for the web)? by|[Bb]iên tập|[Bb]iên dịch|[Cc]huyển ngữ|[Nn]gười dịch|[Dd]ịch)\s?:?\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4})$/u;
/**
 * A writer with the source translated in brackets after the name: "Hà Phương (dịch từ NHK)", "Lan Anh (lược dịch theo
 * Radio Free Asia)" (a byline's "(Theo Reuters)" is read as a byline).
 */
const WRITER_WITH_SOURCE = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,4})\s\((?:[Dd]ịch|[Ll]ược dịch|[Bb]iên dịch|[Cc]huyển ngữ)(?: từ| theo)?:?\s([^()]{2,60})\)$/u;

/** Some word of a source this lexicon knows, as printed (any line without one credits none of them: a quick refusal). */
const SOURCE_WORD =
  /voa|voice of america|tiếng nói hoa kỳ|rfa|radio free asia|á châu tự do|rfi|radio france|quốc tế pháp|bbc|dw|deutsche welle|nhk|kbs|\bap\b|associated press|reuters|afp|agence france|thông tấn|yonhap|tass|sputnik|xinhua|tân hoa|thx|kyodo/iu;

export interface RelayedCredit {
  agency: string;
  /** The relay's writer the line names beside the source, if any. */
  author: string | null;
}

/**
 * A line that credits a broadcaster or a wire relayed and says nothing else (a writer beside it at most): the source's
 * short name and the writer, or null. A sentence that quotes the source ("Theo VOA, một số nghị sĩ …") is none: the
 * whole rest of the line must be the source's name, its service, its country or the original's date.
 */
export function relayedCredit(plain: string): RelayedCredit | null {
  if (plain.length > 140 || plain.length < 2 || !SOURCE_WORD.test(plain)) return null;
  const writer = WRITER_WITH_SOURCE.exec(plain);
  if (writer) {
    const agency = relayedSourceName(stripName(writer[2] ?? ""));
    return agency ? { agency, author: writer[1] ?? null } : null;
  }
  let line = plain.replace(DECOR_HEAD, "");
  let author: string | null = null;
  const after = WRITER_AFTER.exec(line);
  if (after) {
    author = after[1] ?? null;
    line = line.slice(0, after.index);
  }
  line = line.replace(DECOR_TAIL, "");
  const cue = CUE.exec(line);
  if (cue) {
    const name = stripName(line.slice(cue[0].length));
    // a picture's credit names its agency after the same words ("via Associated Press", "Credit: Reuters", "Photo
    // courtesy of AP"): after them only a service or an edition credits the story ("Credit: Yonhap News Agency
    // (Vietnamese edition)", "Courtesy of KBS World Radio's Vietnamese service")
    if (PICTURE_CUE.test(cue[0]) && !SERVICE_TAIL.test(foldForMatch(name))) return null;
    const agency = relayedSourceName(name);
    return agency ? { agency, author } : null;
  }
  // no cue: the source's name with the original's date ("— BBC News, 4/12/2026 —", "Phát thanh Quốc tế Pháp |
  // 05.12.2026"), or its short name and its full name joined by a dash ("TASS – Thông tấn xã Nga"): a name alone is a
  // link or a logo as often as a credit
  if (DATE_TAIL.test(line)) {
    const agency = relayedSourceName(stripName(line.replace(DATE_TAIL, "")));
    return agency ? { agency, author } : null;
  }
  const pair = /^(.{2,40}?)\s[–—-]\s(.{2,40})$/u.exec(line);
  if (pair) {
    const first = relayedSourceName(pair[1] ?? "");
    return first !== null && first === relayedSourceName(pair[2] ?? "") ? { agency: first, author } : null;
  }
  return null;
}

/** The source's name without the original's date or a closing mark after it. */
const stripName = (name: string): string => name.replace(DATE_TAIL, "").replace(DECOR_TAIL, "").trim();
