// MIME messages (RFC 2045–2047) as files hold them: header blocks, multipart bodies, transfer encodings and encoded
// words. Shared by the readers of pages saved as one file (web-archive.ts) and of saved e-mails (email.ts). The text
// is read as Latin-1, one character per byte, so a body's bytes come back unchanged; every search is an indexOf or a
// pattern of bounded length, linear in the message's size.

import { legacyDecoder } from "./charset";

/** Index of the blank line ending a header block ("\r\n\r\n" or "\n\n"), or -1. */
export function headerEnd(text: string, from = 0): number {
  const crlf = text.indexOf("\r\n\r\n", from);
  const lf = text.indexOf("\n\n", from);
  if (crlf < 0) return lf;
  if (lf < 0) return crlf;
  return Math.min(crlf, lf);
}

/** Header lines folded onto the next ("Content-Type: multipart/related;\r\n\tboundary=…") made one. */
export const unfold = (block: string): string => block.replace(/\r?\n[ \t]+/g, " ");

/** A header block's fields by lower-case name, the first of each (at most 4,000 characters of it). */
export function headers(block: string): Map<string, string> {
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
export function parameter(value: string, name: string): string | null {
  for (const part of value.split(";").slice(1)) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    return (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw) || null;
  }
  return null;
}

/** A header's or a part's headers and body: the body starts after the blank line (none: all headers, no body). */
export type Entity = { headers: Map<string, string>; body: string };

export function splitEntity(text: string): Entity {
  if (text.startsWith("\n") || text.startsWith("\r\n")) return { headers: new Map(), body: text.slice(text.indexOf("\n") + 1) };
  const end = headerEnd(text);
  if (end < 0) return { headers: headers(text), body: "" };
  const body = text.slice(end + (text.startsWith("\r\n\r\n", end) ? 4 : 2));
  return { headers: headers(text.slice(0, end)), body: body.endsWith("\r") ? body.slice(0, -1) : body };
}

/**
 * The parts of a multipart body, each as its text (headers, blank line, body), from the first "--boundary" at or
 * after `from` to the closing "--boundary--" (or the end of the text, when a file is cut short); at most `max`.
 */
export function multipartParts(text: string, boundary: string, from = 0, max = 1000): string[] {
  const delimiter = `--${boundary}`;
  const out: string[] = [];
  let at = text.indexOf(delimiter, from);
  while (at >= 0 && out.length < max) {
    const partStart = text.indexOf("\n", at + delimiter.length);
    if (partStart < 0 || text.startsWith("--", at + delimiter.length)) break; // the closing delimiter
    // a delimiter line is the boundary and nothing more ("--b" is not "--bb"), its closing "--" or spaces aside
    let next = text.indexOf(`\n${delimiter}`, partStart);
    while (next >= 0 && !/^(?:--|[ \t]*\r?\n|[ \t]*$)/.test(text.slice(next + 1 + delimiter.length, next + 3 + delimiter.length + 2))) next = text.indexOf(`\n${delimiter}`, next + 1);
    if (next < 0) next = text.length;
    out.push(text.slice(partStart + 1, next));
    at = next < text.length ? next + 1 : -1;
  }
  return out;
}

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
      // a soft break, spaces a mail program left before it allowed
      let j = i + 1;
      while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
      if (text.charCodeAt(j) === 0x0a) {
        i = j;
        continue;
      }
      if (text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a) {
        i = j + 1;
        continue;
      }
      const high = hexDigit(text.charCodeAt(i + 1));
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

/** A body's bytes with its Content-Transfer-Encoding (quoted-printable, base64; 7bit, 8bit, binary as they are) undone. */
export function decodeBody(body: string, transfer: string): Buffer {
  const kind = transfer.trim().toLowerCase();
  if (kind === "quoted-printable") return decodeQuotedPrintable(body);
  if (kind === "base64") return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
  return Buffer.from(body, "latin1");
}

/** Bytes in a named charset (UTF-8 when it names none or one the platform does not know). */
function inCharset(bytes: Uint8Array, charset: string | null): string {
  const label = (charset ?? "utf-8").replace(/\*.*$/, ""); // RFC 2231's language tag: "utf-8*vi"
  if (/^(?:utf-?8|us-ascii)$/i.test(label)) return new TextDecoder("utf-8").decode(bytes);
  return (legacyDecoder(label) ?? new TextDecoder("utf-8")).decode(bytes);
}

/**
 * A header's value as text: RFC 2047 encoded words ("=?UTF-8?B?…?=", "=?windows-1258?Q?…?=") decoded, the space
 * between two of them dropped; raw 8-bit bytes read as UTF-8 when they are UTF-8 (as mail programs write them now),
 * else as Windows-1252.
 */
export function decodeHeaderValue(raw: string): string {
  const bytes = Buffer.from(raw, "latin1");
  let value = raw;
  if (/[\u0080-\u00ff]/.test(raw)) {
    const utf8 = bytes.toString("utf8");
    value = utf8.includes("\uFFFD") ? inCharset(bytes, "windows-1252") : utf8;
  }
  return value
    .replace(/(\?=)[ \t]+(?==\?)/g, "$1")
    .replace(/=\?([^?\s]{1,60})\?([BbQq])\?([^?\s]{0,4000})\?=/g, (_all, charset: string, kind: string, data: string) => {
      const encoded = kind.toUpperCase() === "B" ? Buffer.from(data, "base64") : decodeQuotedPrintable(data.replace(/_/g, " "));
      return inCharset(encoded, charset);
    })
    .replace(/\s+/g, " ")
    .trim();
}
