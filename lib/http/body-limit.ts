// How many bytes a request body may carry, per path, and reading a body within that bound: the declared
// Content-Length is refused before anything is read, and a body without one is counted while it streams,
// so an oversized body is never buffered whole (an anonymous 60 MB form post, a chunked 5 MB JSON body).

const KiB = 1024;
const MiB = 1024 * KiB;

export const BODY_LIMITS = {
  /**
   * Import and source pages, where the server actions carry a whole file: a 20 MiB upload (multipart) or its
   * decoded text sent back to be saved (JSON-escaped, so somewhat longer). Next's serverActions.bodySizeLimit
   * (next.config.js) is the same 24 MiB.
   */
  import: 24 * MiB,
  /** Sign-in and the desk's JSON routes. */
  json: 1 * MiB,
  /** Everything else: pages and their forms (the longest field, a verdict's rationale, is 20,000 characters). */
  other: 256 * KiB,
} as const;

/** The limit for a request to this URL (path and query, as the front server receives it). */
export function bodyLimitFor(url: string | undefined): number {
  const path = (url ?? "/").split("?")[0] ?? "/";
  if (path === "/sources" || path.startsWith("/sources/")) return BODY_LIMITS.import;
  if (path.startsWith("/api/auth/") || path.startsWith("/api/desk/")) return BODY_LIMITS.json;
  return BODY_LIMITS.other;
}

/** A body over its limit; `declared` when its Content-Length already said so (nothing was read). */
export class BodyTooLargeError extends Error {
  constructor(
    readonly limit: number,
    readonly declared: boolean,
  ) {
    super("The request body is too large.");
    this.name = "BodyTooLargeError";
  }
}

/** The Content-Length a request declares, or null when it has none (chunked) or an unreadable one. */
export function declaredLength(value: string | string[] | null | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (text == null || !/^\s*\d+\s*$/.test(text)) return null;
  return Number(text);
}

/**
 * Reads `body` chunk by chunk into `onChunk`, refused with BodyTooLargeError as soon as it is known to pass `limit`:
 * by its declared Content-Length before reading, else when the bytes counted so far pass it (the rest is never
 * read). Returns the bytes read. Whatever the stream throws (a client gone mid-body) is thrown; the reader is released.
 */
export async function readChunksWithin(body: ReadableStream<Uint8Array> | null, limit: number, contentLength: string | null | undefined, onChunk: (chunk: Uint8Array) => void): Promise<number> {
  const declared = declaredLength(contentLength);
  if (declared !== null && declared > limit) {
    await body?.cancel().catch(() => {});
    throw new BodyTooLargeError(limit, true);
  }
  if (!body) return 0;
  const reader = body.getReader();
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
      onChunk(value);
    }
  } finally {
    reader.releaseLock();
  }
  return size;
}

/** The whole body of a Fetch API request, refused with BodyTooLargeError as soon as it is known to pass `limit`. */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const size = await readChunksWithin(request.body, limit, request.headers.get("content-length"), (chunk) => chunks.push(chunk));
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
