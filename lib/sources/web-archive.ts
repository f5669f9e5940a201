// A page saved as one file by a browser ("Webpage, Single File": .mhtml from Chrome and Edge, .mht from older ones):
// a MIME multipart/related message whose first HTML part is the page, quoted-printable or base64, the address it was
// saved from in its headers. This finds that part and hands its bytes on to be read like any saved page.

export type WebArchivePage = {
  /** The page's bytes, transfer encoding undone; their charset is `charset`, or what the page itself declares. */
  html: Buffer;
  /** The charset the part's Content-Type names, or null. */
  charset: string | null;
  /** The address the page was saved from (its Content-Location, or the snapshot's), absolute http(s), or null. */
  location: string | null;
};

export const WEB_ARCHIVE_FILE = /\.(?:mhtml?|mht)$/i;

/** Whether the file's first bytes are a MIME message of related parts (a web archive under any name). */
export function looksLikeWebArchive(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const end = headerEnd(head);
  return end > 0 && /^content-type:[ \t]*multipart\/related\b/im.test(unfold(head.slice(0, end)));
}

/** Index of the blank line ending a header block ("\r\n\r\n" or "\n\n"), or -1. */
function headerEnd(text: string, from = 0): number {
  const crlf = text.indexOf("\r\n\r\n", from);
  const lf = text.indexOf("\n\n", from);
  if (crlf < 0) return lf;
  if (lf < 0) return crlf;
  return Math.min(crlf, lf);
}

/** Header lines folded onto the next ("Content-Type: multipart/related;\r\n\tboundary=…") made one. */
const unfold = (block: string): string => block.replace(/\r?\n[ \t]+/g, " ");

function headers(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of unfold(block).split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0 || colon > 80) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!out.has(name)) out.set(name, line.slice(colon + 1).trim().slice(0, 4000));
  }
  return out;
}

/** A parameter of a header value: `boundary="…"`, `charset=utf-8`. */
function parameter(value: string, name: string): string | null {
  for (const part of value.split(";").slice(1)) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    return (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw) || null;
  }
  return null;
}

/** `value` when it is an absolute http(s) address of at most 2,000 characters, else null. */
export const absoluteHttp = (value: string | undefined): string | null => (value && /^https?:\/\/[^\s<>"]{1,2000}$/i.test(value) ? value : null);

/** A hexadecimal digit's value (either case), or -1 for any other character code (NaN past the end included). */
function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

/**
 * Quoted-printable undone: "=\r\n" soft breaks dropped, "=XX" bytes restored; every other character is its byte.
 * Character codes only: a slice and a pattern test for every "=" made a page of them cost a third of a second per MB.
 */
export function decodeQuotedPrintable(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d /* = */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x0a) {
        i += 1;
        continue;
      }
      if (next === 0x0d && text.charCodeAt(i + 2) === 0x0a) {
        i += 2;
        continue;
      }
      const high = hexDigit(next);
      const low = high < 0 ? -1 : hexDigit(text.charCodeAt(i + 2));
      if (low >= 0) {
        out[n++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function decodeBody(body: string, transfer: string): Buffer {
  const kind = transfer.toLowerCase();
  if (kind === "quoted-printable") return decodeQuotedPrintable(body);
  if (kind === "base64") return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
  return Buffer.from(body, "latin1");
}

/**
 * The page in a web archive, or null when the file is not one (no multipart/related header, no boundary) or holds
 * no HTML part. Linear in the file's size: the parts are found with indexOf, never a pattern over the whole text.
 */
export function readWebArchive(bytes: Uint8Array): WebArchivePage | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const end = headerEnd(text);
  if (end <= 0) return null;
  const top = headers(text.slice(0, end));
  const type = top.get("content-type") ?? "";
  if (!/^multipart\/related\b/i.test(type)) return null;
  const boundary = parameter(type, "boundary");
  if (!boundary || boundary.length > 200) return null;
  const delimiter = `--${boundary}`;
  const start = parameter(type, "start");
  const snapshot = absoluteHttp(top.get("snapshot-content-location")) ?? absoluteHttp(top.get("content-location"));
  let first: WebArchivePage | null = null;
  let at = text.indexOf(delimiter, end);
  while (at >= 0) {
    const partStart = text.indexOf("\n", at + delimiter.length);
    if (partStart < 0 || text.startsWith("--", at + delimiter.length)) break; // the closing delimiter
    let next = text.indexOf(`\n${delimiter}`, partStart);
    if (next < 0) next = text.length;
    const part = text.slice(partStart + 1, next);
    const split = headerEnd(part);
    const partHeaders = headers(split >= 0 ? part.slice(0, split) : part);
    const partType = partHeaders.get("content-type") ?? "text/plain";
    if (/^(?:text\/html|application\/xhtml\+xml)\b/i.test(partType)) {
      const body = split >= 0 ? part.slice(split).replace(/^(?:\r?\n){2}/, "").replace(/\r$/, "") : "";
      const page: WebArchivePage = {
        html: decodeBody(body, partHeaders.get("content-transfer-encoding") ?? "8bit"),
        charset: parameter(partType, "charset"),
        location: absoluteHttp(partHeaders.get("content-location")) ?? snapshot,
      };
      // The root part the message names, else the first page (Chrome puts the page first, frames after it).
      if (start && partHeaders.get("content-id") === start) return page;
      first ??= page;
      if (!start) return first;
    }
    at = next < text.length ? next + 1 : -1;
  }
  return first;
}
