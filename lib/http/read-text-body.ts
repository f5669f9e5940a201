// A request body that is text (a paste posted as it is, not as a form), decoded as UTF-8 while it arrives: no
// multipart parse, no copy of the whole body in bytes beside its text, and a body over its limit is refused by its
// Content-Length before anything is read, or as soon as the bytes counted pass the limit (the rest is never read).
// A multi-byte character cut between two chunks is decoded whole (the decoder keeps the cut bytes for the next
// chunk); bytes that are not UTF-8 become U+FFFD, as Blob.text() decodes a form's part; a leading BOM is dropped.
import { BodyTooLargeError, declaredLength } from "./body-limit";

/**
 * The body's text. Throws BodyTooLargeError over `limit` bytes, and whatever the stream throws when the client goes
 * away mid-body (the reader is released: nothing of it is kept).
 */
export async function readTextWithin(body: ReadableStream<Uint8Array> | null, limit: number, contentLength?: string | null): Promise<string> {
  const declared = declaredLength(contentLength);
  if (declared !== null && declared > limit) {
    await body?.cancel().catch(() => {});
    throw new BodyTooLargeError(limit, true);
  }
  if (!body) return "";
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw new BodyTooLargeError(limit, false);
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    reader.releaseLock();
  }
  parts.push(decoder.decode());
  return parts.join("");
}
