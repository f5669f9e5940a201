// A mail program's page copied or saved with a forwarded article open (Gmail, Outlook on the web or on the desktop,
// in any language they write): the program's menu, the subject ("Fwd: …", "FW: …"), the forwarder's name, her date
// and her note sit above the forward's header block ("---------- Forwarded message ---------", Outlook's "From: /
// Sent: / To: / Subject:", "Từ: / Đã gửi: / Đến: / Chủ đề:"), and the forwarded newsletter or article below it. All
// of the first and the block are the mail's: the subject is the mail's title, the forwarder is no writer, her date is
// not the article's. They are dropped, so the text opens with what was forwarded and is read as any page is (its
// masthead, headline, byline and date line). A saved e-mail (.eml) has its blocks dropped before (email.ts); the page
// reader's own lines above ("Link: …") stay; a sender whose name the forwarded text prints as its masthead is its
// outlet ("Site: …"). Only the text's first lines are looked at.
import { forwardBlockAt, senderName, subjectTitle } from "./email";
import { readDateLine } from "./layout-model";
import { foldForMatch } from "./normalize";

/** How far into the text the forward's block may start (lines), and what is looked at to decide to look (characters). */
const HEAD_LINES = 80;
const HEAD_CHARS = 12_000;
/** The words a forward's block holds, one of which must be in the text's head before its lines are read. */
const MAIL_HINT = /forward|original message|chuyển tiếp|thư gốc|transféré|d'origine|weitergeleitet|ursprüngliche|^\s{0,3}(?:sent|đã gửi|gesendet|envoyé)\s{0,3}:/imu;
/**
 * A line as the forward's patterns read it, whatever a copy did to it on its way: accents composed, no-break and other
 * spaces as spaces, zero-width characters dropped (the text itself is cut by line, untouched).
 */
const readable = (line: string): string => line.normalize("NFC").replace(/[\u200b-\u200d\u2060\ufeff]/g, "").replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ");
/** A page reader's header line naming the page's own address: not the mail program's. */
const READER_LINK = /^Link: \S/;

/** The text without a mail program's chrome, subject, forwarder's lines and the forward's block, when it opens with them. */
export function withoutMailChrome(text: string): string {
  if (!MAIL_HINT.test(readable(text.slice(0, HEAD_CHARS)))) return text;
  // the head's lines only: the rest of the text is kept as it is
  let cut = 0;
  const head: string[] = [];
  for (let n = 0; n < HEAD_LINES + 20 && cut <= text.length; n++) {
    const end = text.indexOf("\n", cut);
    head.push(readable(text.slice(cut, end < 0 ? text.length : end)));
    if (end < 0) break;
    cut = end + 1;
  }
  for (let i = 0; i < Math.min(head.length, HEAD_LINES); i++) {
    const block = forwardBlockAt(head, i);
    if (!block) continue;
    // the forwarded text must say more than what stands above it (a reply quoting a mail is the reply's)
    const above = head.slice(0, block.start).filter((l) => l.trim() !== "");
    const rest = text.slice(offsetOfLine(text, block.end));
    if (above.length >= nonBlankLines(rest, above.length + 1)) return text;
    // a saved mail page's own title line ("# Fwd: …") is the mail's subject: the forwarded Subject stands for the
    // headline the page reader may have dropped as its repeat, unless the forwarded text prints it
    const subject = above.some((l) => l.startsWith("# ")) ? subjectTitle(block.subject) : null;
    const titled = subject !== null && !printsLine(rest, subject) ? [`# ${subject}`] : [];
    // the forward's sender is the outlet when what it sent prints its name as its masthead ("Crikey
    // <newsletter@…>" over "CRIKEY"): a newsletter or a "share by email" message, not a colleague
    const sender = senderName(block.from) ?? (block.from && !block.from.includes("@") ? block.from : null);
    const site = sender !== null && printsLine(rest, sender) ? [`Site: ${sender}`] : [];
    // and such a sender's mail is its issue: when it was sent is when it was published, if the issue prints no date of
    // its own in its first lines (a colleague's forward, or an issue that dates itself, keeps its own)
    const sentAt = site.length > 0 && block.sent !== null && readDateLine(block.sent) !== null && !datedHead(rest) ? [`Date: ${block.sent}`] : [];
    const kept = [...titled, ...site, ...sentAt, ...above.filter((l) => READER_LINK.test(l))];
    return kept.length ? `${kept.join("\n\n")}\n\n${rest}` : rest;
  }
  return text;
}

/** Whether one of the text's first lines (up to its first long paragraph) reads as a date. */
function datedHead(text: string): boolean {
  let at = 0;
  for (let n = 0; n < HEAD_LINES && at < text.length; n++) {
    const end = text.indexOf("\n", at);
    const stop = end < 0 ? text.length : end;
    const line = text.slice(at, stop).trim();
    if (line.length > 220) return false;
    if (readDateLine(line) !== null) return true;
    at = stop + 1;
  }
  return false;
}

/** Whether one of the text's first lines is `line` (folded alike). */
function printsLine(text: string, line: string): boolean {
  const want = foldForMatch(line);
  let at = 0;
  for (let n = 0; n < HEAD_LINES && at < text.length; n++) {
    const end = text.indexOf("\n", at);
    const stop = end < 0 ? text.length : end;
    if (stop - at <= line.length + 40 && foldForMatch(text.slice(at, stop)) === want) return true;
    at = stop + 1;
  }
  return false;
}

/** The offset of line `n` (0-based) of `text`. */
function offsetOfLine(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k < n; k++) {
    const end = text.indexOf("\n", at);
    if (end < 0) return text.length;
    at = end + 1;
  }
  return at;
}

/** How many non-blank lines `text` holds, counted up to `enough`. */
function nonBlankLines(text: string, enough: number): number {
  let count = 0;
  let at = 0;
  while (at < text.length && count < enough) {
    const end = text.indexOf("\n", at);
    const stop = end < 0 ? text.length : end;
    if (text.slice(at, stop).trim() !== "") count++;
    at = stop + 1;
  }
  return count;
}
