// A page saved as one file by a browser ("Webpage, Single File": .mhtml from Chrome and Edge, .mht from older ones):
// a MIME multipart/related message whose first HTML part is the page, quoted-printable or base64, the address it was
// saved from in its headers. This finds that part and hands its bytes on to be read like any saved page.

import { decodeBody, headerEnd, headers, multipartParts, parameter, splitEntity, unfold } from "./mime";

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

/** `value` when it is an absolute http(s) address of at most 2,000 characters, else null. */
export const absoluteHttp = (value: string | undefined): string | null => (value && /^https?:\/\/[^\s<>"]{1,2000}$/i.test(value) ? value : null);

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
  const start = parameter(type, "start");
  const snapshot = absoluteHttp(top.get("snapshot-content-location")) ?? absoluteHttp(top.get("content-location"));
  let first: WebArchivePage | null = null;
  // Every part, however many: an archive of a page with thousands of pictures may put the page after them.
  for (const part of multipartParts(text, boundary, end, Number.POSITIVE_INFINITY)) {
    const { headers: partHeaders, body } = splitEntity(part);
    const partType = partHeaders.get("content-type") ?? "text/plain";
    if (/^(?:text\/html|application\/xhtml\+xml)\b/i.test(partType)) {
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
  }
  return first;
}
