// A request body that is text (a paste posted as it is, not as a form), decoded as UTF-8 while it arrives: no
// multipart parse, no copy of the whole body in bytes beside its text, and a body over its limit is refused by its
// Content-Length before anything is read, or as soon as the bytes counted pass the limit (the rest is never read).
// A multi-byte character cut between two chunks is decoded whole (the decoder keeps the cut bytes for the next
// chunk); bytes that are not UTF-8 become U+FFFD, as Blob.text() decodes a form's part; a leading BOM is dropped.
import { readChunksWithin } from "./body-limit";

/**
 * The body's text. Throws BodyTooLargeError over `limit` bytes, and whatever the stream throws when the client goes
 * away mid-body (the reader is released: nothing of it is kept).
 */
export async function readTextWithin(body: ReadableStream<Uint8Array> | null, limit: number, contentLength?: string | null): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  await readChunksWithin(body, limit, contentLength, (chunk) => parts.push(decoder.decode(chunk, { stream: true })));
  parts.push(decoder.decode());
  return parts.join("");
}
