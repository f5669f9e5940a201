// A page printed to PDF by the browser and its text copied or extracted keeps the print's own lines on every page:
// Chrome's header (the date and time of printing, the page's <title>) and footer (the page's address, "1/4"), or
// Firefox's header (the <title>, the address) and footer ("1 of 4", the date and time). Those lines are the print's,
// not the article's: the date is the day it was printed, and they cut a paragraph in two where a page ends. A copy is
// read so only when it holds a page counter's footer AND opens with a header that is repeated or that the footer's
// address matches; then every header and footer line is dropped, the title and the address are written as the
// header lines a saved page gives (`# title`, `Link: …`), and a word the PDF broke across two lines with a hyphen
// ("com-" / "bat") is joined again. Any other text is returned as it is.

import { pageTitleLines } from "./clipping";
import { isCreditOnly } from "./layout-model";
import { visibleLine } from "./normalize";

/**
 * Chrome's header: the print's date and time, then the page's <title>; in a Vietnamese browser the time comes first
 * ("10:05 31/10/25 Title | Site").
 */
const CHROME_HEADER =
  /^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]{1,4}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?|\d{1,2}:\d{2}(?::\d{2})?[ \t]{1,4}\d{1,2}[/.]\d{1,2}[/.]\d{2,4})[ \t]{1,4}(\S[^\n]{0,500})$/;
/** Chrome's footer: the page's address, then "n/m". */
const CHROME_FOOTER = /^(https?:\/\/\S{1,2000})[ \t]{1,4}(\d{1,3})\/(\d{1,3})$/;
/** Firefox's header: the page's <title>, then its address. */
const FIREFOX_HEADER = /^(\S[^\n]{0,500}?)[ \t]{1,4}(https?:\/\/\S{1,2000})$/;
/** Firefox's footer: "n of m" (or "Page n of m", "Trang n/m"), then the print's date and time. */
const FIREFOX_FOOTER = /^(?:(?:Page|Trang)[ \t])?(\d{1,3})(?:[ \t]of[ \t]|[ \t]?\/[ \t]?)(\d{1,3})[ \t]{1,4}\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]{1,4}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?$/;

const MAX_LINES = 20_000;


/** A word broken at a PDF line's end: letters, a hyphen; the next line goes on in lower case. */
const BROKEN_WORD = /\p{Ll}{2}-$/u;
const GOES_ON = /^\p{Ll}/u;

const fold = (s: string): string => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The print header's title as header lines: a site's name after its last " - ", " – " or " | " is split off when the
 * page's first lines print the headline without it (wrapped over lines or not); else as a clipper's title is read.
 */
function printedTitleLines(title: string, lines: string[]): string[] {
  const opening = fold(lines.slice(0, 60).join(" "));
  for (const separator of [" | ", " - ", " – ", " — "]) {
    const at = title.lastIndexOf(separator);
    if (at < 15) continue;
    const headline = title.slice(0, at).trim();
    const site = title.slice(at + separator.length).trim();
    if (site.length < 2 || site.length > 60 || site.split(/\s+/).length > 8) continue;
    if (opening.includes(fold(headline)) && !opening.includes(fold(title))) return [`# ${headline}`, `Site: ${site}`];
  }
  return pageTitleLines(title);
}

/**
 * A PDF's lines as blocks: a line well short of the text's usual line length that does not finish a sentence ends
 * its block (a kicker, a heading, a deck, a byline, a caption without a full stop), so a blank line is written after
 * it; the headline wrapped over two or three lines is written as one line. A text that already has blank lines between its blocks is left as it is.
 */
function reflowed(lines: string[], headline: string | null): string[] {
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length < 6 || filled.length < lines.length * 0.8) return lines;
  const lengths = filled.map((l) => l.trim().length).sort((a, b) => a - b);
  const usual = lengths[Math.floor(lengths.length * 0.75)] as number;
  if (usual < 40) return lines;
  const out: string[] = [];
  const wanted = headline ? fold(headline) : null;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    if (wanted && i < 60) {
      // the headline over the next lines: one line, a block of its own
      let joined = line;
      let j = i;
      while (j + 1 < lines.length && j - i < 3 && fold(joined).length < wanted.length && wanted.startsWith(fold(joined))) joined = `${joined} ${(lines[++j] as string).trim()}`;
      if (j > i && fold(joined) === wanted) {
        out.push(joined, "");
        i = j;
        continue;
      }
    }
    const below = (lines[i + 1] as string | undefined)?.trim() ?? "";
    if (line.length < usual * 0.7 && /^[\p{Lu}]/u.test(line) && below && isCreditOnly(below)) {
      // a picture's caption with its credit on the line below: one caption, set apart as the page reader sets one
      out.push("", "", `${line} ${below}`, "");
      i++;
      continue;
    }
    out.push(line);
    // (a short line that finishes its sentence ends a paragraph: the reader tells those by their full stop already)
    if (line.length < usual * 0.7 && !/[.!?…:;]["”’»)]?$/u.test(line)) out.push("");
  }
  return out;
}

/** The first line of `text` from `from` with anything visible on it, as `visibleLine` reads it; null when there is none. */
function firstVisibleLine(text: string, from: number): string | null {
  for (let start = from; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const line = visibleLine(text.slice(start, end < 0 ? text.length : end));
    if (line !== "") return line;
    if (end < 0) break;
    start = end + 1;
  }
  return null;
}

/** The text of a printed page without the print's header and footer lines, or the text itself when it is none. */
export function withoutPrintFurniture(text: string): string {
  const bom = text.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
  // most texts are no print: their first line says so before the whole text is split into lines
  const opening = firstVisibleLine(text, bom.length);
  if (opening === null || !(CHROME_HEADER.test(opening) || FIREFOX_HEADER.test(opening))) return text;
  // (each line as the eye reads it: invisible and no-break spaces a copy leaves are no part of the print's lines)
  const lines = text.slice(bom.length).split(/\r?\n/).map(visibleLine);
  if (lines.length > MAX_LINES) return text;
  const firstAt = lines.findIndex((l) => l.trim() !== "");
  if (firstAt < 0) return text;
  const first = (lines[firstAt] as string).trim();
  let title: string | null = null;
  let url: string | null = null;
  let isHeader: (line: string) => boolean;
  let isFooter: (line: string) => boolean;
  const chrome = CHROME_HEADER.exec(first);
  const firefox = chrome ? null : FIREFOX_HEADER.exec(first);
  if (chrome) {
    title = (chrome[1] as string).trim();
    const footers = lines.map((l) => CHROME_FOOTER.exec(l.trim())).filter((m): m is RegExpExecArray => m !== null && Number(m[2]) <= Number(m[3]));
    if (!footers.length) return text;
    url = (footers[0] as RegExpExecArray)[1] as string;
    isHeader = (line) => line === first;
    isFooter = (line) => {
      const m = CHROME_FOOTER.exec(line);
      return m !== null && m[1] === url;
    };
  } else if (firefox) {
    title = (firefox[1] as string).trim();
    url = firefox[2] as string;
    if (!lines.some((l) => FIREFOX_FOOTER.test(l.trim()))) return text;
    isHeader = (line) => line === first;
    isFooter = (line) => FIREFOX_FOOTER.test(line);
  } else return text;
  // a header printed once with no page after it is no print: at least one footer, and the header opens the copy
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line && (isHeader(line) || isFooter(line))) continue;
    const last = kept.length ? (kept[kept.length - 1] as string) : null;
    if (last !== null && BROKEN_WORD.test(last.trimEnd()) && GOES_ON.test(line)) {
      kept[kept.length - 1] = last.trimEnd().slice(0, -1) + line;
      continue;
    }
    kept.push(raw.trimEnd());
  }
  const titleLines = title ? printedTitleLines(title, kept) : [];
  const headline = titleLines[0]?.replace(/^# /, "") ?? null;
  while (kept.length && kept[kept.length - 1] === "") kept.pop();
  const body = reflowed(kept, headline);
  // the headline the page prints whole on a line of its own is read where it stands (a masthead above it stays the
  // masthead); one the PDF wrapped over lines is said in the header
  const printed = headline !== null && kept.some((l) => l.trim() === headline);
  const head = [...(printed ? titleLines.slice(1) : titleLines), ...(url ? [`Link: ${url}`] : [])];
  return `${bom}${head.length ? `${head.join("\n\n")}\n\n` : ""}${body.join("\n").replace(/^\n+/, "")}`;
}
