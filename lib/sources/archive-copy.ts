// A page copied from an archive, a cache or a translation proxy carries that service's chrome above the article: the
// Wayback Machine's toolbar ("The Wayback Machine - https://web.archive.org/web/<ts>/<url>", "7 captures", the range,
// the calendar, "About this capture", "COLLECTED BY", "TIMESTAMPS"), archive.today's header ("webpage capture", "Saved
// from", "All snapshots from host …", "report bug or abuse"), a search engine's cache banner ("This is a snapshot of
// <url> as it appeared on …", "Đây là bản lưu …", "Full version", "Text-only version", "View source"), Google
// Translate's proxy bar (the "*.translate.goog" address, the two languages, "Original text", "Rate this translation")
// and a browser's translate bar ("Translated from Korean", "Dịch từ tiếng Nga", "Show original", "Options"). None of
// it is the article's: the service's times are not the publication date, its address is not the article's. The block
// at the top of the text is replaced by one "Link: <original address>" line (the form a clipper's note is read in),
// the rest of the text kept as it is. Only the text's first lines are looked at; every pattern is anchored and its
// repeats bounded (see pathological.ts).
import { absoluteHttp } from "./web-archive";

/** How far into the text the service's block may reach (lines), and how long its lines are (characters). */
const HEAD_LINES = 60;
// (the opening line names an address of up to 2,000 characters after the service's own: "The Wayback Machine - …")
const MAX_LINE = 2300;

/** The original address inside an archive's or a proxy's: Wayback "/web/<ts>[xx_]/<url>", archive.today "/<id>/<url>". */
const ARCHIVED = /^https?:\/\/(?:web\.archive\.org\/web\/\d{4,14}(?:[a-z]{2}_)?\/|archive\.(?:today|ph|is|li|md|vn|fo)\/(?:\d{4,14}\/|[A-Za-z\d]{4,8}\/|o\/[A-Za-z\d]{4,8}\/))(https?:\/\/\S{4,2000})$/i;

/** Google's AMP viewer's address around a page's: "https://www.google.com/amp/s/<host>/<path>". */
const GOOGLE_AMP = /^https?:\/\/(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?\/amp\/(s\/)?([a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){1,5}(?:\/\S{0,2000})?)$/i;
/**
 * The original address of a page read through Google Translate's proxy: "https://www-kommersant-ru.translate.goog/doc/1?_x_tr_sl=ru&_x_tr_tl=vi"
 * is "https://www.kommersant.ru/doc/1" (a hyphen of the host stands for a dot, two for a hyphen; the proxy's own
 * "_x_tr_" parameters dropped, the page's kept). Any other address is returned as it is.
 */
export function unproxiedAddress(address: string): string {
  // (Google's AMP viewer sets the page's address after "/amp/s/" for https, after "/amp/" for http:
  // "https://www.google.com/amp/s/example.vn/amp/story-1.amp" is "https://example.vn/amp/story-1.amp")
  const amp = GOOGLE_AMP.exec(address);
  if (amp) return `${amp[1] ? "https" : "http"}://${amp[2] as string}`;
  const m = /^https?:\/\/([a-z\d-]{1,253})\.translate\.goog(\/[^?#\s]{0,2000})?(?:\?([^#\s]{0,2000}))?(#\S{0,500})?$/i.exec(address);
  if (!m) return ARCHIVED.exec(address)?.[1] ?? address;
  const host = (m[1] as string).replace(/--/g, "\u0000").replace(/-/g, ".").replace(/\u0000/g, "-");
  // a host the proxy could have made: two labels or more, each of letters and digits with inner hyphens ("-.translate.goog"
  // or "a---b" makes none, and is kept as the address it is)
  const labels = host.split(".");
  if (labels.length < 2 || !labels.every((l) => /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/i.test(l))) return address;
  const query = (m[3] ?? "")
    .split("&")
    .filter((p) => p !== "" && !/^_x_tr_/i.test(p))
    .join("&");
  return `https://${host}${m[2] ?? "/"}${query ? `?${query}` : ""}${m[4] ?? ""}`;
}

/** A browser's translate bar and the proxy's, on a line of its own (folded to lower case, diacritics kept). */
const TRANSLATE_BAR: readonly RegExp[] = [
  /^(?:(?:this page (?:has been|was|is) |trang này (?:đã được|được) ))?(?:translated from|dịch từ) (?:tiếng )?\p{L}{2,20}(?: \p{L}{2,20})?(?: (?:to|sang) (?:tiếng )?\p{L}{2,20})?$/u,
  /^(?:show original|show the original|hiển thị (?:bản|trang) gốc|xem (?:bản|trang) gốc|original text|văn bản gốc|options|tùy chọn|tuỳ chọn|translate this page|dịch trang này|always translate \p{L}{2,20}|luôn dịch (?:tiếng )?\p{L}{2,20})$/u,
  /^(?:rate this translation|đánh giá bản dịch này|contribute a better translation|đóng góp bản dịch tốt hơn|your feedback will be used to help improve google translate|ý kiến phản hồi của bạn sẽ được dùng để (?:góp phần )?cải thiện google dịch)$/u,
];
/** A language's name as the proxy's bar shows the pair ("Russian", "English", "Tiếng Nga", "Tiếng Việt"). */
const LANGUAGE = /^(?:(?:tiếng )?\p{L}{2,14}|\p{L}{2,14} \(\p{L}{2,14}\))$/u;
const LANGUAGES = new Set(["english", "russian", "korean", "japanese", "chinese", "chinese (simplified)", "chinese (traditional)", "vietnamese", "french", "german", "spanish", "ukrainian", "arabic", "detect language"]);
const isLanguage = (line: string): boolean => LANGUAGE.test(line) && (LANGUAGES.has(line) || line.startsWith("tiếng "));

/** The Wayback Machine's toolbar as a select-all copy holds it, line by line (folded to lower case). */
const WAYBACK_LINE: readonly RegExp[] = [
  /^go$/,
  /^\d{1,3}(?:,\d{3}){0,3} captures?$/,
  /^\d{1,2} [a-z]{3} \d{4}(?: - \d{1,2} [a-z]{3} \d{4})?$/,
  /^(?:[a-z]{3}\s+){0,2}[a-z]{3}$/, // "NOV DEC JAN"
  /^\d{1,2}$/,
  /^(?:\d{4}\s+){0,2}\d{4}$/,
  /^(?:success|fail|about this capture|collected by|timestamps|loading|close|help)$/,
  /^(?:collection|organization|organisation)\s*:\s*.{1,120}$/,
];
const WAYBACK_HEAD = /^the wayback machine\s*-\s*(https?:\/\/web\.archive\.org\/web\/\S{8,2200})$/;

/** archive.today's header (folded to lower case). */
// (its name alone, or with its label on the same line, as a copy joins the header's cells: "archive.today webpage capture")
const ARCHIVE_TODAY_HEAD = /^archive\.(?:today|ph|is|li|md|vn|fo)(?: webpage capture)?$/;
const ARCHIVE_TODAY_LABEL = String.raw`(?:webpage capture|saved from|search|history|webpage|screenshot|share|download \.zip|report bug or abuse|buy me a coffee|no other snapshots from this url\.?|archived|all snapshots|from host)`;
const ARCHIVE_TODAY_LINE: readonly RegExp[] = [
  // (a select-all copy runs a row of the header's cells into one line, a tab or a space between them: "Webpage	Screenshot",
  // "Webpage Screenshot share download .zip report bug or abuse"; up to eight of its labels)
  new RegExp(`^${ARCHIVE_TODAY_LABEL}(?: ${ARCHIVE_TODAY_LABEL}){0,7}$`),
  // the capture's time, with its label on the line or not: "archived 5 Dec 2026 02:17:45 UTC"
  /^(?:archived )?\d{1,2} [a-z]{3} \d{4} \d{1,2}:\d{2}(?::\d{2})? utc$/,
  /^(?:all snapshots from host|snapshots from host) \S{3,253}$/,
  /^\d{1,4} (?:other )?snapshots? from this url\.?$/,
];

/** A search engine's cache banner (folded to lower case): its first line names the original address. */
const CACHE_HEAD: readonly RegExp[] = [
  /^this is (?:google's cache of|a snapshot of|bing's cache of|the cached (?:copy|version) of) (https?:\/\/\S{4,2000}?)\.?(?: (?:it is a snapshot of the page )?as it appeared on .{4,60})?$/,
  /^đây là (?:bản lưu|bộ nhớ cache|bản sao)(?: trong bộ nhớ (?:đệm|cache))?(?: của google)? của (https?:\/\/\S{4,2000}?)\.?(?: .{4,160})?$/,
];
const CACHE_LINE: readonly RegExp[] = [
  /^(?:it is a snapshot of the page|this is a snapshot of the page|đây là ảnh chụp nhanh của trang)\b.{0,120}$/,
  /^(?:the current page could have changed in the meantime|trang hiện tại có thể đã thay đổi trong thời gian chờ đợi)\.?(?: (?:learn more|tìm hiểu thêm)\.?)?$/,
  /^(?:full version|text-only version|view source|learn more|phiên bản đầy đủ|phiên bản chỉ (?:có )?văn bản|xem nguồn|tìm hiểu thêm)$/,
  /^(?:tip|mẹo)\s*:\s*.{10,200}(?:ctrl\+f|⌘-f).{0,80}$/,
];

const matchesAny = (res: readonly RegExp[], line: string): boolean => res.some((re) => re.test(line));
const TRANSLATE_PROXY = /^https?:\/\/[a-z\d-]{1,253}\.translate\.goog\/\S{0,2000}$/;

/** Whether a service's block can open at this line (the first non-blank one, folded): serviceBlock's openers. */
const opensBlock = (open: string): boolean =>
  WAYBACK_HEAD.test(open) || ARCHIVE_TODAY_HEAD.test(open) || matchesAny(CACHE_HEAD, open) || TRANSLATE_PROXY.test(open) || matchesAny(TRANSLATE_BAR, open);

type Block = { from: number; to: number; address: string | null };

/**
 * The service's block among the first lines (`lines` lower-cased and trimmed), or null: from the line that opens it
 * to the last of its own lines before the first line that is none of them (blank lines between are part of it).
 */
function serviceBlock(lines: readonly string[]): Block | null {
  const first = lines.findIndex((l) => l !== "");
  if (first < 0) return null;
  const open = lines[first] as string;
  const through = (from: number, own: (line: string) => boolean, address: string | null): Block => {
    let to = from;
    for (let i = from + 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line === "") continue;
      if (!own(line)) break;
      to = i;
    }
    return { from, to, address };
  };
  const wayback = WAYBACK_HEAD.exec(open);
  if (wayback) {
    const original = unproxiedAddress(wayback[1] as string);
    const address = original === wayback[1] ? null : original;
    const lowerOriginal = original.toLowerCase();
    // the toolbar's own lines, the address box (the original) and the collection's description (a sentence of its own
    // between "COLLECTED BY" and "TIMESTAMPS", whatever it says): up to the last "TIMESTAMPS" or "About this capture"
    const end = (() => {
      let last = -1;
      for (let i = first + 1; i < Math.min(lines.length, first + 40); i++) if (/^(?:timestamps|about this capture|loading)$/.test(lines[i] as string)) last = i;
      return last;
    })();
    if (end > 0) return { from: first, to: end, address };
    return through(first, (l) => l === lowerOriginal || matchesAny(WAYBACK_LINE, l), address);
  }
  if (ARCHIVE_TODAY_HEAD.test(open)) {
    let address: string | null = null;
    const block = through(first, (l) => {
      // the original's address alone, or after the box's label on its line ("Saved from https://…")
      const saved = /^(?:saved from )?(https?:\/\/\S{4,2000})$/.exec(l)?.[1];
      if (saved && address === null) {
        address = saved;
        return true;
      }
      return matchesAny(ARCHIVE_TODAY_LINE, l);
    }, null);
    return { ...block, address };
  }
  for (const re of CACHE_HEAD) {
    const m = re.exec(open);
    if (m) return through(first, (l) => matchesAny(CACHE_LINE, l), m[1] as string);
  }
  if (TRANSLATE_PROXY.test(open)) {
    return through(first, (l) => isLanguage(l) || matchesAny(TRANSLATE_BAR, l), unproxiedAddress(open));
  }
  if (matchesAny(TRANSLATE_BAR, open)) return through(first, (l) => isLanguage(l) || matchesAny(TRANSLATE_BAR, l), null);
  return null;
}

/**
 * The text without the archive's, cache's or translator's block at its top, a "Link: <original address>" line in its
 * place when the block names the original; any other text is returned as it is. A block inside the text (a quoted
 * toolbar, a line "Original text" in an article) is left alone: only the text's first non-blank line can open one.
 */
export function withoutServiceChrome(text: string): string {
  // the first lines only: their ends found by indexOf, never a pattern over the whole text
  const ends: number[] = [];
  for (let at = text.indexOf("\n"); at >= 0 && ends.length < HEAD_LINES; at = text.indexOf("\n", at + 1)) ends.push(at);
  if (ends.length < HEAD_LINES) ends.push(text.length);
  const raw: string[] = [];
  let start = 0;
  for (const end of ends) {
    raw.push(text.slice(start, end));
    start = end + 1;
  }
  // composed, invisible characters out (a copy may decompose accents or put zero-width spaces at line starts); the
  // first line that is not blank decides whether a block opens at all, so the others are folded only when one does
  const fold = (l: string): string => (l.length > MAX_LINE ? "\u0000" : l.normalize("NFC").replace(/[\u200b-\u200d\u2060\ufeff]/g, "").trim().replace(/\s+/g, " ").toLowerCase());
  const opener = raw.findIndex((l) => fold(l) !== "");
  if (opener < 0 || !opensBlock(fold(raw[opener] as string))) return text;
  const block = serviceBlock(raw.map(fold));
  if (!block) return text;
  // the address as printed (the folded copy lost its case)
  const printed = block.address === null ? null : addressAsPrinted(raw, block.address);
  const cut = ends[block.to] === undefined || (ends[block.to] as number) >= text.length ? text.length : (ends[block.to] as number) + 1;
  const rest = text.slice(cut);
  return printed ? `Link: ${printed}\n\n${rest}` : rest;
}

/** `folded` (a lower-cased address) as the text prints it, unwrapped from an archive's or the proxy's address. */
function addressAsPrinted(raw: readonly string[], folded: string): string | null {
  for (const line of raw) {
    for (const candidate of line.match(/https?:\/\/\S{4,2000}/g) ?? []) {
      const address = unproxiedAddress(candidate.replace(/[).,]+$/, ""));
      if (address.toLowerCase() === folded.replace(/[).,]+$/, "")) return absoluteHttp(address);
    }
  }
  return absoluteHttp(folded);
}


/**
 * The address an archive.today copy was saved from, in its header's search box ("Saved from [https://…]"): the copy
 * strips the page's own metadata (canonical, og:url), so this is the only address it keeps. Read from the page's
 * first 20,000 characters (the header comes first); null for any other page.
 */
export function archiveTodaySource(html: string): string | null {
  const head = html.slice(0, 20_000);
  const at = head.indexOf('id="HEADER"');
  if (at < 0) return null;
  const box = head.slice(at, at + 8_000);
  // the header's search form, or its label where a copy of the header kept no form ("archive.today", "webpage capture")
  // before "Saved from"; a form that searches another site is no archive's header
  const labelled = /webpage capture|archive\.(?:today|ph|is|li|md|vn|fo)\b/i.test(box.slice(0, 2_000)) && !/<form\s/i.test(box);
  if (!/\saction="https?:\/\/archive\.(?:today|ph|is|li|md|vn|fo)\/search\/?"/i.test(box) && !labelled) return savedFromBox(box);
  // each <input> tag by itself (found with indexOf): the one named "q" holds the address
  for (let from = box.indexOf("<input"); from >= 0; from = box.indexOf("<input", from + 6)) {
    const end = box.indexOf(">", from);
    if (end < 0) break;
    const tag = box.slice(from, Math.min(end, from + 2400));
    if (!/\sname="q"/i.test(tag)) continue;
    return absoluteHttp(/\svalue="([^"]{1,2000})"/i.exec(tag)?.[1]?.replace(/&amp;/g, "&").trim());
  }
  // a box right after the label "Saved from", or none: the link right after it ('Saved from <a href="https://…">')
  const boxed = savedFromBox(box);
  if (boxed) return boxed;
  const saved = box.search(/saved from\s{0,4}(?:<a\s)/i);
  if (saved < 0) return null;
  const link = box.slice(saved, saved + 2_400);
  return absoluteHttp(/<a\s[^<>]{0,200}?href="(https?:\/\/[^"\s]{4,2000})"/i.exec(link)?.[1]?.replace(/&amp;/g, "&"));
}

/**
 * The address in the box right after the header's "Saved from" label, when the saved header keeps no search form
 * around it (a copy saved without its scripts and forms): the first <input>'s value within 400 characters of the
 * label, when it is an address.
 */
function savedFromBox(box: string): string | null {
  const label = box.search(/>\s*Saved from\b/i);
  if (label < 0 || !box.slice(0, label).includes("archive.")) return null;
  const from = box.indexOf("<input", label);
  if (from < 0 || from - label > 400) return null;
  const end = box.indexOf(">", from);
  const tag = box.slice(from, end < 0 ? from + 2400 : Math.min(end, from + 2400));
  const value = /\svalue="(https?:\/\/[^"]{4,2000})"/i.exec(tag)?.[1];
  return value ? absoluteHttp(value.replace(/&amp;/g, "&").trim()) : null;
}

/**
 * Whether a saved page was translated by the browser or a translation proxy before it was saved: Chrome marks the
 * root element ('<html lang="ko" class="translated-ltr">') and wraps each translated run of text in '<font
 * style="vertical-align: inherit;">' (it may leave the root unmarked when the page sets its own class late); Google
 * Translate's proxy serves the page from a "*.translate.goog" address, which the saved page keeps in its <base>,
 * canonical link or og:url. The root is read in the first 4,000 characters, the rest found with indexOf.
 */
export function isBrowserTranslated(html: string): boolean {
  const head = html.slice(0, 4000);
  const at = head.search(/<html\b/i);
  const end = at < 0 ? -1 : head.indexOf(">", at);
  if (end > at && /\sclass="[^"]{0,200}\btranslated-(?:ltr|rtl)\b/i.test(head.slice(at, end))) return true;
  // three wrapped runs or more: one such <font> can be a page's own markup
  let wrapped = 0;
  for (let from = html.indexOf(FONT_WRAPPER); from >= 0 && wrapped < 3; from = html.indexOf(FONT_WRAPPER, from + FONT_WRAPPER.length)) wrapped++;
  if (wrapped >= 3) return true;
  const headEnd = html.search(/<\/head>/i);
  return PROXIED_HEAD.test(html.slice(0, headEnd < 0 ? 20000 : Math.min(headEnd, 60000)));
}

/** The wrapper Chrome's translation puts around each translated run of text. */
const FONT_WRAPPER = '<font style="vertical-align: inherit;">';
/** A <base>, canonical link or og:url on Google Translate's proxy. */
const PROXIED_HEAD = /<(?:base|link|meta)\s[^<>]{0,300}?(?:href|content)="https?:\/\/[a-z\d-]{1,253}\.translate\.goog\//i;
