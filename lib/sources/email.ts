// Saved e-mails (.eml, RFC 5322 with MIME): a newsletter, or a colleague's forward with the article pasted in,
// attached as a message of its own, or attached as a file (a Word or OpenDocument text, a saved page, a text file)
// under a short "see attached" note. This finds the body worth reading (HTML over plain text in an alternative, into
// mixed parts, forwarded messages and attached files), undoes its transfer encoding, and says what its headers tell: the Subject,
// without "Fwd:", "TR:", "Chuyển tiếp:" prefixes, is a title; the Date header says when it was sent, not when the
// article was published, so it is not read as a date. A forward's quoted header block ("---------- Forwarded message
// ---------", Outlook's "From: … Sent: … To: … Subject: …") is the mail program's, not the article's, and is dropped.

import { escapeHtml } from "../html-escape";
import { joinWrappedHeadlines } from "./headline-lines";
import { lookupOutlet, readByline } from "./layout-model";
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
function senderName(from: string | null): string | null {
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
const RULE = /^[_─━-]{10,}$/;

export type ForwardCleaned = { text: string; subject: string | null; from: string | null };

/**
 * A forward's quoted header blocks taken out of an e-mail's text, with the Subject and From the first one names.
 * A block is a marker line and the header lines under it, or (Outlook, no marker) a From line and two or more header
 * lines under it, a rule above it dropped too. With `dropNote`, the forwarder's own lines above the first block go as
 * well when they are fewer than the lines below it (the header lines a page reader wrote above them stay).
 */
export function withoutForwardHeaders(text: string, dropNote: boolean): ForwardCleaned {
  const lines = text.split("\n");
  const keep: boolean[] = lines.map(() => true);
  let subject: string | null = null;
  let from: string | null = null;
  let firstBlock = -1;
  const field = (i: number): RegExpExecArray | null => (i < lines.length ? FORWARD_FIELD.exec((lines[i] as string).trim()) : null);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const marked = FORWARD_MARKER.test(line);
    let start = i;
    let j = i;
    if (marked) j = i + 1;
    else {
      const first = field(i);
      if (!first || !FROM_FIELD.test(first[1] as string)) continue;
      // Outlook's block: From and at least two more fields, blank lines between them allowed
      let count = 0;
      for (let k = i + 1; k < lines.length && k <= i + 12; k++) {
        if ((lines[k] as string).trim() === "") continue;
        if (!field(k)) break;
        count++;
      }
      if (count < 2) continue;
      if (i > 0 && RULE.test((lines[i - 1] as string).trim())) start = i - 1;
    }
    // the block's fields (and blank lines between them) up to the first other line
    let blockSubject: string | null = null;
    let blockFrom: string | null = null;
    for (; j < lines.length; j++) {
      const trimmed = (lines[j] as string).trim();
      if (trimmed === "") continue;
      const m = field(j);
      if (!m) break;
      if (SUBJECT_FIELD.test(m[1] as string)) blockSubject ??= (m[2] as string).trim();
      if (FROM_FIELD.test(m[1] as string)) blockFrom ??= (m[2] as string).replace(/\*\*/g, "").trim();
    }
    for (let k = start; k < j; k++) keep[k] = false;
    if (firstBlock < 0) {
      firstBlock = start;
      subject = blockSubject;
      from = blockFrom;
    }
    i = j - 1;
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
 * Does a text body print its own headline near its top: a headline-shaped line (capitalised, no full stop, headline
 * length; a hard-wrapped one joined back) with a "By …" byline as the next line?
 */
function hasOwnHeadline(text: string): boolean {
  const lines = joinWrappedHeadlines(text.split("\n", 200).join("\n"))
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, OWN_HEADLINE_LINES);
  return lines.some((line, i) => {
    const next = lines[i + 1] ?? "";
    return line.length >= 20 && line.length <= 200 && /^\p{Lu}/u.test(line) && !/[.:;,]$/.test(line) && /^(?:by|bởi)\s+\p{Lu}/iu.test(next) && readByline(next) !== null;
  });
}

/**
 * The text to import from an e-mail: its body's text (`bodyText`, HTML already read into text by the page reader
 * when `html`), the forward's header blocks and the forwarder's note above them out, its title and a sender that is
 * an outlet as header lines the import reads (an HTML body's text has its own, the page reader's; `forwardedFrom`
 * is its forward's From, htmlForward()).
 */
export function emailImportText(message: EmailMessage, bodyText: string, html: boolean, forwardedFrom: string | null = null): string {
  const plain = bodyText.replace(/\r\n?/g, "\n");
  const document = message.body?.document === true;
  // an attached document is the article as its writer saved it: no mail program's header blocks in it
  const cleaned = document ? { text: plain, subject: null, from: null } : withoutForwardHeaders(html ? plain : message.body?.flowed ? unflow(plain, message.body.delsp) : plain, true);
  const site = senderOutlet(cleaned.from) ?? senderOutlet(forwardedFrom) ?? senderOutlet(message.from);
  // a page's text, or a document's with its own title, has its header lines: the site goes under its title
  const titled = document && cleaned.text.replace(/^\n+/, "").startsWith("# ");
  if (html || titled) {
    const text = titled ? cleaned.text.replace(/^\n+/, "") : cleaned.text;
    if (!site || /^Site: /m.test(text)) return text;
    const first = text.indexOf("\n");
    return text.startsWith("# ") && first > 0 ? `${text.slice(0, first)}\n\nSite: ${site}${text.slice(first)}` : `Site: ${site}\n\n${text}`;
  }
  // a newsletter's subject ("M&G Today: Durban port turns away …") heads an issue, not the article it carries: the
  // body's own headline, above its "By …" line, is the title
  const title = !document && hasOwnHeadline(cleaned.text) ? null : (subjectTitle(cleaned.subject) ?? subjectTitle(message.subject));
  const header = [title && `# ${title}`, site && `Site: ${site}`].filter(Boolean).join("\n\n");
  return header ? `${header}\n\n${cleaned.text.replace(/^\n+/, "")}` : cleaned.text;
}
