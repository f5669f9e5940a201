// Saved e-mails (.eml, RFC 5322 with MIME): a newsletter, or a colleague's forward with the article pasted in,
// attached as a message of its own, or attached as a file (a Word or OpenDocument text, a saved page, a text file)
// under a short "see attached" note. This finds the body worth reading (HTML over plain text in an alternative, into
// mixed parts, forwarded messages and attached files), undoes its transfer encoding, and says what its headers tell: the Subject,
// without "Fwd:", "TR:", "Chuyển tiếp:" prefixes, is a title; the Date header says when it was sent, not when the
// article was published, so it is not read as a date. A forward's quoted header block ("---------- Forwarded message
// ---------", Outlook's "From: … Sent: … To: … Subject: …") is the mail program's, not the article's, and is dropped.
// A newsletter's "View this email in your browser" address is the issue's web copy, not the article's: the article's
// address is its headline's link when the e-mail carries one, else none.

import { escapeHtml } from "../html-escape";
import { joinWrappedHeadlines } from "./headline-lines";
import { BY_THEN_CAPITAL, lookupOutlet, readByline, readDateLine } from "./layout-model";
import { documentText, looksLikeZip } from "./office";
import { decodeBody, decodeHeaderValue, headerEnd, parameter, splitEntity, unfold, type Entity, multipartParts } from "./mime";

export const EMAIL_FILE = /\.eml$/i;

export type EmailBody = {
  /** The body's bytes, transfer encoding undone; their charset is `charset` (a page's own declaration else). */
  bytes: Buffer;
  charset: string | null;
  html: boolean;
  /** Plain text in format=flowed (RFC 3676): a line ending in a space goes on in the next. */
  flowed: boolean;
  /** format=flowed's DelSp=yes: that space is the mail program's, not the text's. */
  delsp: boolean;
  /** An attached Word or OpenDocument file's text (lib/sources/office.ts: its title as "# …"), in UTF-8. */
  document?: boolean;
};

export type EmailMessage = {
  /** The Subject of the message the body comes from (a forwarded one's when it is attached), decoded, or null. */
  subject: string | null;
  /** Its From, decoded ("Tuổi Trẻ <newsletter@tuoitre.vn>"), or null. */
  from: string | null;
  /** Its Date header as written: when it was sent, not when the article was published. */
  date: string | null;
  body: EmailBody | null;
};

/** The mbox envelope line some programs write above the headers ("From sender@host Thu Dec  3 …"). */
const envelopeEnd = (text: string): number => (text.startsWith("From ") ? text.indexOf("\n") + 1 : 0);

/**
 * Whether the file's first bytes are an e-mail's header block (under any name): every line a header field, a From
 * and at least two of the fields every mail program writes.
 */
export function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 65536)).toString("latin1");
  const start = envelopeEnd(head);
  const end = headerEnd(head, start);
  if (end <= start) return false;
  const names = new Set<string>();
  for (const line of unfold(head.slice(start, end)).split(/\r?\n/)) {
    const m = /^([!-9;-~]{1,80}):/.exec(line);
    if (!m) return false;
    names.add((m[1] as string).toLowerCase());
  }
  const usual = ["to", "subject", "date", "message-id", "mime-version", "received", "content-type"].filter((n) => names.has(n)).length;
  return names.has("from") && usual >= 2;
}

/**
 * What one e-mail may cost to read: its parts, and the bytes its attached documents may unpack to together (what one
 * document file may: ZIP_LIMITS), so a message of many small archives unpacks no more than one .docx could.
 */
type Budget = { parts: number; unpacked: { bytes: number } };
const MAX_DEPTH = 12;

const mediaType = (entity: Entity): string => (entity.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim().toLowerCase();
const isAttachment = (entity: Entity): boolean => /^attachment\b/i.test(entity.headers.get("content-disposition") ?? "");

/**
 * Bytes of text a reader would see, spaces aside (to tell a forwarder's note from the article): an HTML body's outside
 * its tags and its style sheets and scripts (a mail program's note may carry kilobytes of them).
 */
function visibleLength(body: EmailBody): number {
  let n = 0;
  if (!body.html) {
    for (const b of body.bytes) if (b > 0x20) n++;
    return n;
  }
  const text = body.bytes.toString("latin1").toLowerCase();
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) !== 0x3c) {
      if (text.charCodeAt(i) > 0x20) n++;
      i++;
      continue;
    }
    const raw = /^<(script|style)\b/.exec(text.slice(i, i + 8))?.[1];
    const end = raw ? text.indexOf(`</${raw}`, i) : text.indexOf(">", i);
    if (end < 0) break;
    i = raw ? end + raw.length + 2 : end + 1;
  }
  return n;
}

/**
 * A body of its own at most this long (visible bytes, spaces aside: some 200 words of Vietnamese, 170 of English) is a
 * note about an attached file ("see the attached article", a signature, a disclaimer), and the attached file, when it
 * says more, is read instead. A longer body is the article, whatever is attached (a report beside a story, a contract).
 */
export const NOTE_BYTES = 1_000;

/** A part's file name (Content-Disposition's filename, or Content-Type's name), or "". */
const fileNameOf = (entity: Entity): string => parameter(entity.headers.get("content-disposition") ?? "", "filename") ?? parameter(entity.headers.get("content-type") ?? "", "name") ?? "";
const DOCUMENT_TYPE = /^application\/(?:vnd\.openxmlformats-officedocument\.wordprocessingml\.document|vnd\.oasis\.opendocument\.text)$/;

/**
 * An attached file the import reads, as a body: a .docx or .odt (its text read here), a page (.html, .htm, .xhtml)
 * or a text file; null for any other (pictures, PDFs, spreadsheets) and for a document that cannot be read.
 */
function attachedBody(entity: Entity, budget: Budget): Found | null {
  const media = mediaType(entity);
  const name = fileNameOf(entity).toLowerCase();
  const transfer = entity.headers.get("content-transfer-encoding") ?? "8bit";
  const charset = parameter(entity.headers.get("content-type") ?? "", "charset");
  const body = (bytes: Buffer, html: boolean): Found => ({ body: { bytes, charset, html, flowed: false, delsp: false }, message: null });
  if (DOCUMENT_TYPE.test(media) || /\.(?:docx|odt)$/.test(name)) {
    const bytes = decodeBody(entity.body, transfer);
    if (!looksLikeZip(bytes)) return null;
    const read = documentText(bytes, budget.unpacked);
    if (!read.ok || read.text.trim() === "") return null;
    return { body: { bytes: Buffer.from(read.text, "utf8"), charset: "utf-8", html: false, flowed: false, delsp: false, document: true }, message: null };
  }
  if (media === "text/html" || media === "application/xhtml+xml" || /\.(?:html?|xhtml)$/.test(name)) return body(decodeBody(entity.body, transfer), true);
  if (media === "text/plain" || /\.txt$/.test(name)) return body(decodeBody(entity.body, transfer), false);
  return null;
}

/** The candidate saying the most (the first of equals), or null. */
const longest = (found: Found[]): Found | null => found.reduce<Found | null>((best, f) => (!best || visibleLength(f.body) > visibleLength(best.body) ? f : best), null);

type Found = { body: EmailBody; message: EmailMessage | null };

/** A message (headers and body as Latin-1 text): what its headers say and the best body in it. */
function readMessage(text: string, budget: Budget, depth: number): EmailMessage {
  const entity = splitEntity(text.slice(envelopeEnd(text)));
  const found = bestBody(entity, budget, depth);
  const own = (name: string): string | null => {
    const raw = entity.headers.get(name);
    return raw ? decodeHeaderValue(raw) || null : null;
  };
  // A body from an attached message is that message's: its Subject and From say what it is.
  const inner = found?.message;
  return {
    subject: inner?.subject ?? own("subject"),
    from: inner?.from ?? own("from"),
    date: inner?.date ?? own("date"),
    body: found?.body ?? null,
  };
}

function bestBody(entity: Entity, budget: Budget, depth: number): Found | null {
  if (depth > MAX_DEPTH || budget.parts-- <= 0) return null;
  const type = entity.headers.get("content-type") ?? "text/plain";
  const media = mediaType(entity);
  const transfer = entity.headers.get("content-transfer-encoding") ?? "8bit";
  if (media.startsWith("multipart/")) {
    const boundary = parameter(type, "boundary");
    if (!boundary || boundary.length > 200) return null;
    const parts = multipartParts(entity.body, boundary, 0, Math.max(0, budget.parts)).map(splitEntity);
    if (media === "multipart/alternative") {
      // the richest last (RFC 2046): HTML over plain text
      let html: Found | null = null;
      let plain: Found | null = null;
      for (const part of parts) {
        const found = bestBody(part, budget, depth + 1);
        if (found?.body.html) html = found;
        else if (found) plain ??= found;
      }
      return html ?? plain;
    }
    if (media === "multipart/related") {
      const start = parameter(type, "start");
      const root = (start ? parts.find((p) => p.headers.get("content-id") === start) : undefined) ?? parts[0];
      return root ? bestBody(root, budget, depth + 1) : null;
    }
    // mixed, and any other kind read as mixed: the first body of its own, or what says more than it: a forwarded
    // message (the fullest of them), or, when the body is only a note, an attached file
    let own: Found | null = null;
    const forwarded: Found[] = [];
    const files: Entity[] = [];
    for (const part of parts) {
      const kind = mediaType(part);
      if (kind === "message/rfc822") {
        const found = bestBody(part, budget, depth + 1);
        if (found) forwarded.push(found);
      } else if (isAttachment(part) || fileNameOf(part)) files.push(part); // a file, even one shown inline
      else own ??= bestBody(part, budget, depth + 1);
    }
    const ownLength = own ? visibleLength(own.body) : 0;
    const attached = ownLength <= NOTE_BYTES ? files.map((file) => attachedBody(file, budget)).filter((f): f is Found => f !== null) : [];
    const other = longest([...forwarded, ...attached]);
    if (other && (!own || ownLength < visibleLength(other.body))) return other;
    return own ?? other;
  }
  if (media === "message/rfc822") {
    const message = readMessage(decodeBody(entity.body, transfer).toString("latin1"), budget, depth + 1);
    return message.body ? { body: message.body, message } : null;
  }
  const html = media === "text/html" || media === "application/xhtml+xml";
  if (!html && media !== "text/plain") return null;
  const format = parameter(type, "format")?.toLowerCase();
  return {
    body: { bytes: decodeBody(entity.body, transfer), charset: parameter(type, "charset"), html, flowed: format === "flowed", delsp: parameter(type, "delsp")?.toLowerCase() === "yes" },
    message: null,
  };
}

/** A saved e-mail read (see EmailMessage), or null when the file holds no header block. */
export function readEmail(bytes: Uint8Array): EmailMessage | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const start = envelopeEnd(text);
  if (headerEnd(text, start) <= start) return null;
  return readMessage(text, { parts: 1000, unpacked: { bytes: 0 } }, 0);
}

/** "Fwd:", "FW:", "TR:", "Re:", "Chuyển tiếp:"… before a subject, however many (at most ten). */
const SUBJECT_PREFIX = /^(?:\s*(?:\[[^\]]{0,40}\]\s*)?(?:fwd?|fw|tr|re|aw|wg|sv|vs|rv|enc|chuyển tiếp|chuyen tiep|trả lời|tl)\s?(?:\[\d{1,3}\]|\(\d{1,3}\))?\s?[:：]){1,10}\s*/iu;

export function subjectTitle(subject: string | null): string | null {
  const title = (subject ?? "").replace(SUBJECT_PREFIX, "").trim();
  return title.length > 0 ? title : null;
}

/** The name in a From ("Tuổi Trẻ Online <no-reply@tuoitre.vn>", "no-reply@x.vn (VnExpress)"), when it names one. */
export function senderName(from: string | null): string | null {
  if (!from) return null;
  const named = /^"?([^"<>]{1,100}?)"?\s*<[^<>]{0,300}>$/.exec(from)?.[1] ?? /^[^\s()]{1,300}\s+\(([^()]{1,100})\)$/.exec(from)?.[1];
  return named?.trim() || null;
}

/** A sender that is a known outlet (a newsletter's From): the outlet, for the article's site line; else null. */
export function senderOutlet(from: string | null): string | null {
  const name = senderName(from);
  return name && lookupOutlet(name) ? name : null;
}

/** "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:", "---------- Thư đã chuyển tiếp ----------". */
const FORWARD_MARKER = /^[-_=*\s]{0,40}(?:forwarded message|original message|begin forwarded message|thư đã chuyển tiếp|thư chuyển tiếp|tin nhắn đã chuyển tiếp|thư gốc|message transféré|message d'origine|weitergeleitete nachricht|ursprüngliche nachricht)[-_=*:\s]{0,40}$/iu;
/** A header line of a forward's quoted block, in the languages mail programs write it, bold or not. */
const FORWARD_FIELD =
  /^(?:\*\*)?(from|sent|date|to|cc|bcc|subject|reply-to|từ|người gửi|gửi|đã gửi|ngày|ngày gửi|đến|tới|người nhận|chủ đề|tiêu đề|de|envoyé|à|objet|von|gesendet|an|betreff)(?:\*\*)?\s{0,3}[:：](?:\*\*)?\s{0,3}(.{0,1000})$/iu;
const FROM_FIELD = /^(?:from|từ|người gửi|de|von)$/iu;
const SUBJECT_FIELD = /^(?:subject|chủ đề|tiêu đề|objet|betreff)$/iu;
const SENT_FIELD = /^(?:sent|date|đã gửi|ngày gửi|ngày|gửi|envoyé|gesendet)$/iu;
const RULE = /^[_─━-]{10,}$/;

export type ForwardCleaned = { text: string; subject: string | null; from: string | null };

/** A forward's quoted header block: its lines [start, end), and the Subject, From and Sent (or Date) it names. */
export type ForwardBlock = { start: number; end: number; subject: string | null; from: string | null; sent: string | null };

/**
 * The forward's header block that opens at line `i`, or null: a marker line and the header lines under it, or
 * (Outlook, no marker) a From line and two or more header lines under it, a rule above it taken too.
 */
export function forwardBlockAt(lines: readonly string[], i: number): ForwardBlock | null {
  const field = (k: number): RegExpExecArray | null => (k < lines.length ? FORWARD_FIELD.exec((lines[k] as string).trim()) : null);
  const line = (lines[i] as string).trim();
  let start = i;
  let j = i;
  if (FORWARD_MARKER.test(line)) j = i + 1;
  else {
    const first = field(i);
    if (!first || !FROM_FIELD.test(first[1] as string)) return null;
    // Outlook's block: From and at least two more fields, blank lines between them allowed
    let count = 0;
    for (let k = i + 1; k < lines.length && k <= i + 12; k++) {
      if ((lines[k] as string).trim() === "") continue;
      if (!field(k)) break;
      count++;
    }
    if (count < 2) return null;
    if (i > 0 && RULE.test((lines[i - 1] as string).trim())) start = i - 1;
  }
  // the block's fields (and blank lines between them) up to the first other line
  let subject: string | null = null;
  let from: string | null = null;
  let sent: string | null = null;
  for (; j < lines.length; j++) {
    const trimmed = (lines[j] as string).trim();
    if (trimmed === "") continue;
    const m = field(j);
    if (!m) break;
    if (SUBJECT_FIELD.test(m[1] as string)) subject ??= (m[2] as string).trim();
    if (FROM_FIELD.test(m[1] as string)) from ??= (m[2] as string).replace(/\*\*/g, "").trim();
    if (SENT_FIELD.test(m[1] as string)) sent ??= (m[2] as string).replace(/\*\*/g, "").trim() || null;
  }
  return { start, end: j, subject, from, sent };
}

/**
 * A forward's quoted header blocks (forwardBlockAt) taken out of an e-mail's text, with the Subject and From the
 * first one names. With `dropNote`, the forwarder's own lines above the first block go as well when they are fewer
 * than the lines below it (the header lines a page reader wrote above them stay).
 */
export function withoutForwardHeaders(text: string, dropNote: boolean): ForwardCleaned {
  const lines = text.split("\n");
  const keep: boolean[] = lines.map(() => true);
  let subject: string | null = null;
  let from: string | null = null;
  let firstBlock = -1;
  for (let i = 0; i < lines.length; i++) {
    const block = forwardBlockAt(lines, i);
    if (!block) continue;
    for (let k = block.start; k < block.end; k++) keep[k] = false;
    if (firstBlock < 0) {
      firstBlock = block.start;
      subject = block.subject;
      from = block.from;
    }
    i = block.end - 1;
  }
  if (dropNote && firstBlock > 0) {
    // the header lines the page reader writes above an HTML body's text stay ("# title", "Site: …", "Link: …")
    const note = (k: number): boolean => (lines[k] as string).trim() !== "" && !/^(?:# |Site: |Link: |Theo: )/.test(lines[k] as string);
    const above = lines.slice(0, firstBlock).filter((_, k) => note(k)).length;
    const below = lines.slice(firstBlock).filter((l, k) => keep[firstBlock + k] && l.trim()).length;
    // the note's lines, and the blank lines after each
    if (above < below) for (let k = 0; k < firstBlock; k++) if (note(k) || (k > 0 && !keep[k - 1] && (lines[k] as string).trim() === "")) keep[k] = false;
  }
  return { text: lines.filter((_, k) => keep[k]).join("\n"), subject, from };
}

/**
 * The Subject and From of the first forward's header block in an HTML body, read from a rough text of its first
 * 200,000 characters (line breaks at <br> and block ends, other tags dropped): the page reader may drop that block
 * with the forwarder's note before emailImportText sees it.
 */
export function htmlForward(html: string): { subject: string | null; from: string | null } {
  const text = html
    .slice(0, 200_000)
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h[1-6]|\/blockquote)\b[^<>]{0,500}>/gi, "\n")
    .replace(/<[^<>]{0,2000}>/g, "")
    .replace(/&(?:lt|gt|amp|quot|#39|nbsp);/g, (e) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&nbsp;": " " })[e] as string);
  const { subject, from } = withoutForwardHeaders(text, false);
  return { subject, from };
}

/** format=flowed undone: a line ending in a space joined to the next (quoted lines and the signature marker aside). */
export function unflow(text: string, delsp: boolean): string {
  const out: string[] = [];
  let open = false;
  for (const raw of text.split("\n")) {
    const line = raw.startsWith(" ") ? raw.slice(1) : raw; // space-stuffing
    const soft = line.endsWith(" ") && line !== "-- ";
    const piece = soft && delsp ? line.slice(0, -1) : line;
    if (open) out[out.length - 1] += piece;
    else out.push(piece);
    open = soft;
  }
  return out.join("\n");
}

/** An HTML body with the message's title as its <title> when it has none (its own h1 still wins, as for any page). */
export function withPageTitle(html: string, title: string | null): string {
  if (!title || /<title\b[^>]{0,200}>\s*[^<\s]/i.test(html)) return html;
  const tag = `<title>${escapeHtml(title)}</title>`;
  const head = /<head\b[^>]{0,200}>/i.exec(html);
  return head ? `${html.slice(0, head.index + head[0].length)}${tag}${html.slice(head.index + head[0].length)}` : `${tag}${html}`;
}

/** The lines of a body's top where its own headline is looked for. */
const OWN_HEADLINE_LINES = 30;
/**
 * The headline a text body prints near its top, if any: a headline-shaped line (capitalised, no full stop, headline
 * length; a hard-wrapped one joined back) with a "By …" byline or its own date line as the next line.
 */
function ownHeadline(text: string): string | null {
  const lines = joinWrappedHeadlines(text.split("\n", 200).join("\n"))
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, OWN_HEADLINE_LINES);
  const at = lines.findIndex((line, i) => {
    // the headline's link may stand alone between it and the byline
    const next = (/^<?https?:\/\/\S{1,500}$/.test(lines[i + 1] ?? "") ? lines[i + 2] : lines[i + 1]) ?? "";
    if (line.length < 20 || line.length > 200 || !/^[\p{Lu}]/u.test(line) || /[.:;,]$/.test(line)) return false;
    if (BY_THEN_CAPITAL.test(next) && readByline(next) !== null) return true;
    // or above its own date line ("Cập nhật: 15:10 04/12/2026", "Published Dec. 4, 2026"), a headline in lower case
    // too (an issue's name in capitals above the day it went out is no article's headline)
    return /[\p{Ll}]/u.test(line) && next.length <= 60 && readDateLine(next) !== null;
  });
  return at < 0 ? null : (lines[at] as string);
}

/** An address at a line's end, bare or in <…>, (…) or […]: the line before it, and the address. */
const TRAILING_URL = /^(.{0,300}?)\s{0,3}[<(\[]?(https?:\/\/[^\s<>()[\]]{1,500})[>)\]]?$/u;
/** TRAILING_URL on a line that holds an address at all (most lines do not: they are not tried). */
const trailingUrl = (line: string): RegExpExecArray | null => (line.length <= 600 && line.includes("http") ? TRAILING_URL.exec(line) : null);
/**
 * A newsletter's pointer to its own copy on the web, its address taken off ("View this email in your browser", "Read
 * online", "Having trouble viewing this email? View it in your browser", "Xem trên trình duyệt", "Xem bản tin này
 * trên web", "Đọc trực tuyến"): that copy is the issue, not an article in it. "View this post on the web" is not one:
 * a post's own page is the article.
 */
const WEB_VIEW =
  /^(?:[^.?!,]{0,80}[.?!,]\s{0,3})?(?:(?:view|read|open|see)(?: (?:this|the))?(?: (?:email|e-mail|newsletter|issue|message|mail|it))?(?: (?:online|in (?:your |a )?(?:web )?browser|on (?:the )?web|as a web ?page))|(?:view |see |read )?(?:the )?(?:web|online|browser) version|(?:xem|đọc)(?: (?:email|e-mail|thư|bản tin|tin))?(?: này)?(?: (?:trên|trong|bằng) (?:trình duyệt(?: web)?|web)| (?:trực tuyến|online)| (?:phiên )?bản (?:web|trực tuyến|online)))(?: (?:here|tại đây|ở đây))?(?:\s{0,3}(?:[:：]|at|tại))?$/iu;

/** Whether a line (address and all) points at the newsletter's own web copy; its address, or "" when it names none. */
function webView(line: string): string | null {
  const plain = line.trim().replace(/^[-*•>\s]{0,6}/, "");
  if (plain.length > 400) return null;
  const url = trailingUrl(plain);
  const words = (url ? (url[1] as string) : plain).replace(/[\s:：]{0,6}$/, "");
  return WEB_VIEW.test(words) ? ((url?.[2] as string | undefined) ?? "") : null;
}

/** "Read more: …", "Full story »", "Đọc tiếp: …", "Đọc tiếp trên sgtt.vn: …": the link to the article a newsletter's story ends with. */
const READ_MORE = /^(?:read more|read the (?:full )?(?:story|article)|full (?:story|article)|continue reading|keep reading|read on|đọc tiếp|đọc thêm|đọc toàn bài|xem tiếp|xem chi tiết|xem toàn bài|chi tiết)(?:\s(?:on|at|trên|tại)\s[\p{L}\d-]{1,40}(?:\.[\p{L}\d-]{1,40}){1,3})?(?:\s{0,3}(?:[:：»›>]|here|at|tại đây))?$/iu;

/**
 * The article's own address in a text body: the link beside its headline (on its line, or alone on the next) or else
 * the first "Read more" link under it; never the newsletter's web copy. Null when the e-mail carries none.
 */
function articleLink(lines: string[], headline: string | null, webCopies: Set<string>): string | null {
  const own = (url: string | undefined): string | null => (url && !webCopies.has(url) ? url.replace(/[.,;]+$/, "") : null);
  const trimmed = lines.map((l) => l.trim());
  let from = 0;
  if (headline) {
    const at = trimmed.findIndex((l) => l.startsWith(headline));
    if (at >= 0) {
      const beside = trailingUrl(trimmed[at] as string);
      if (beside && (beside[1] as string).trim() !== "") return own(beside[2]);
      const next = trimmed.slice(at + 1).find((l) => l !== "");
      const alone = next ? trailingUrl(next) : null;
      if (alone && (alone[1] as string) === "") return own(alone[2]);
      from = at + 1;
    }
  }
  for (const line of trimmed.slice(from)) {
    const m = trailingUrl(line);
    if (m && READ_MORE.test((m[1] as string).trim())) return own(m[2]);
  }
  return null;
}

/**
 * An HTML body's anchors (of its first 500,000 characters): each one's attributes and the markup inside it. One pass
 * from each "</a>" back to the last "<a" before it, so a body of unclosed anchors costs no more than its length.
 */
function anchors(html: string): { attributes: string; inner: string }[] {
  const text = html.slice(0, 500_000);
  const found: { attributes: string; inner: string }[] = [];
  let previous = 0;
  for (const close of text.matchAll(/<\/a\s{0,5}>/gi)) {
    const segment = text.slice(previous, close.index);
    previous = close.index + close[0].length;
    const open = Math.max(segment.lastIndexOf("<a"), segment.lastIndexOf("<A"));
    if (open < 0 || !/^<a[\s>]/i.test(segment.slice(open, open + 3))) continue;
    const end = segment.indexOf(">", open);
    if (end < 0) continue;
    found.push({ attributes: segment.slice(open + 2, end), inner: segment.slice(end + 1, end + 4001) });
  }
  return found;
}

/**
 * An HTML body's links by what they say: the newsletter's web copy (anchors whose words are a web-view pointer) and the
 * headline's link (the first anchor whose words are the title).
 */
function htmlLinks(html: string, title: string | null): { webCopies: Set<string>; headline: string | null } {
  const webCopies = new Set<string>();
  let headline: string | null = null;
  const want = title?.replace(/\s+/g, " ").trim().toLowerCase() ?? null;
  for (const { attributes, inner } of anchors(html)) {
    const href = /\bhref\s{0,3}=\s{0,3}(?:"([^"]{1,2000})"|'([^']{1,2000})')/i.exec(attributes);
    const url = (href?.[1] ?? href?.[2])?.replace(/&amp;/g, "&").trim();
    if (!url || !/^https?:\/\//i.test(url)) continue;
    const words = inner.replace(/<[^<>]{0,2000}>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
    if (webView(words) !== null) webCopies.add(url);
    else if (want && headline === null && words.toLowerCase() === want) headline = url;
  }
  return { webCopies, headline };
}

/**
 * A newsletter's pointer to its web copy out of the text, and the article's own address in its place as a "Link:"
 * line: the headline's link when the e-mail carries one, else none (the web copy is the issue, never the article).
 */
function withArticleLink(text: string, html: boolean, markup: string | null): { text: string; link: string | null } {
  const lines = text.split("\n");
  const title = html ? (/^# (.{1,300})$/m.exec(text)?.[1] ?? null) : null;
  const anchored = html && markup !== null ? htmlLinks(markup, title) : { webCopies: new Set<string>(), headline: null };
  const webCopies = anchored.webCopies;
  for (const line of lines) if (webView(line)) webCopies.add(webView(line)!);
  // the web-view lines go, and so does the page reader's "Link:" line when it is the web copy
  const drop = (line: string) => webView(line) !== null || (/^Link: /.test(line) && webCopies.has(line.slice(6).trim()));
  const kept: string[] = [];
  let dropped = false;
  for (const line of lines) {
    if (drop(line)) dropped = true;
    else if (!(dropped && line.trim() === "")) {
      kept.push(line); // the blank lines after a dropped one go with it
      dropped = false;
    }
  }
  if (html) {
    const link = anchored.headline && !webCopies.has(anchored.headline) ? anchored.headline : null;
    return { text: kept.join("\n"), link: kept.some((l) => /^Link: /.test(l)) ? null : link };
  }
  const joined = joinWrappedHeadlines(kept.join("\n"));
  return { text: kept.join("\n"), link: articleLink(joined.split("\n"), ownHeadline(joined), webCopies) };
}

/**
 * The text to import from an e-mail: its body's text (`bodyText`, HTML already read into text by the page reader
 * when `html`), the forward's header blocks and the forwarder's note above them out, its title and a sender that is
 * an outlet as header lines the import reads (an HTML body's text has its own, the page reader's; `forwardedFrom`
 * is its forward's From, htmlForward(); `markup` is an HTML body's markup as decoded in its charset, where the
 * headline's link and the web copy's are read).
 */
export function emailImportText(message: EmailMessage, bodyText: string, html: boolean, forwardedFrom: string | null = null, markup: string | null = null): string {
  const plain = bodyText.replace(/\r\n?/g, "\n");
  const document = message.body?.document === true;
  // an attached document is the article as its writer saved it: no mail program's header blocks in it
  const cleaned = document ? { text: plain, subject: null, from: null } : withoutForwardHeaders(html ? plain : message.body?.flowed ? unflow(plain, message.body.delsp) : plain, true);
  const site = senderOutlet(cleaned.from) ?? senderOutlet(forwardedFrom) ?? senderOutlet(message.from);
  // a newsletter's pointer to its web copy is not the article's address: its headline's link is
  const linked = document ? { text: cleaned.text, link: null } : withArticleLink(cleaned.text, html, markup);
  const link = linked.link && `Link: ${linked.link}`;
  // a page's text, or a document's with its own title, has its header lines: the site goes under its title
  const titled = document && linked.text.replace(/^\n+/, "").startsWith("# ");
  if (html || titled) {
    const text = titled ? linked.text.replace(/^\n+/, "") : linked.text;
    const lines = [!site || /^Site: /m.test(text) ? null : `Site: ${site}`, link].filter(Boolean).join("\n\n");
    if (!lines) return text;
    const first = text.indexOf("\n");
    return text.startsWith("# ") && first > 0 ? `${text.slice(0, first)}\n\n${lines}${text.slice(first)}` : `${lines}\n\n${text}`;
  }
  // a newsletter's subject ("M&G Today: Durban port turns away …") heads an issue, not the article it carries: the
  // body's own headline, above its "By …" line, is the title
  const title = !document && ownHeadline(linked.text) !== null ? null : (subjectTitle(cleaned.subject) ?? subjectTitle(message.subject));
  const header = [title && `# ${title}`, site && `Site: ${site}`, link].filter(Boolean).join("\n\n");
  return header ? `${header}\n\n${linked.text.replace(/^\n+/, "")}` : linked.text;
}
