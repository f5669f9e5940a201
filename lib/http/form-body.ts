// A POST to a page with a multipart/form-data body is a server action to Next (a form posted without JavaScript, or
// a fetch action with a FormData argument), and Next parses the body before anything else: one that is no form (no
// boundary, garbage, a truncated last part) failed its parse and was answered 500 with a logged stack trace, a request
// anyone can repeat. The front server (lib/public/page-cache.ts) reads such a body first, within its path's limit, and
// checks its framing (RFC 7578: a delimiter first, each part a form-data field with a name, a closing delimiter last);
// a form posted without JavaScript is also parsed by the platform's own multipart reader, the one Next parses it with
// (stricter than the framing: it also fails on a value holding the boundary's text). A fetch action's body goes
// through busboy in Next, which takes every framed form. A body that fails is answered 400 here, counted in the log
// as the other refused action requests are (lib/http/server-actions.ts).
import { isRouteHandlerPath } from "./page-methods";
import type { ShapeAnswer } from "./request-shape";

/** Whether a request is a POST of a multipart/form-data body to a page (route handlers read their own bodies). */
export function isPageFormPost(method: string | undefined, url: string | undefined, contentType: string | undefined): boolean {
  if ((method ?? "").toUpperCase() !== "POST" || !contentType) return false;
  if (isRouteHandlerPath((url ?? "/").split("?", 1)[0]!)) return false;
  return contentType.split(";", 1)[0]!.trim().toLowerCase() === "multipart/form-data";
}

/**
 * The boundary the content type names, when a multipart body can use it (RFC 2046 §5.1.1: 1 to 70 characters of its
 * set, quoted or not), else null: a body without one is refused before it is read.
 */
export function formBoundary(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]*)"|([^\s;]*))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2] ?? "";
  return /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/.test(boundary) ? boundary : null;
}

const CRLF = Buffer.from("\r\n");
const HEADERS_END = Buffer.from("\r\n\r\n");
const FORM_FIELD = /^content-disposition:[ \t]*form-data[ \t]*;(?:.*;)?[ \t]*name=/im;

/** Whether the body is framed as a form: delimiter, parts each naming a form-data field, closing delimiter. */
export function isFramedForm(body: Uint8Array, boundary: string): boolean {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const between = Buffer.from(`\r\n--${boundary}`);
  if (!bytes.subarray(0, delimiter.length).equals(delimiter)) return false;
  let at = delimiter.length;
  for (;;) {
    if (bytes[at] === 0x2d && bytes[at + 1] === 0x2d) return true;
    // Transport padding (RFC 2046), then the CRLF that opens a part.
    while (bytes[at] === 0x20 || bytes[at] === 0x09) at += 1;
    if (!bytes.subarray(at, at + 2).equals(CRLF)) return false;
    const headersEnd = bytes.indexOf(HEADERS_END, at);
    if (headersEnd < 0 || !FORM_FIELD.test(bytes.toString("latin1", at + 2, headersEnd))) return false;
    const next = bytes.indexOf(between, headersEnd + 2);
    if (next < 0) return false;
    at = next + between.length;
  }
}

/**
 * Whether the body is the form its content type says it is; `isFetchAction` (a `Next-Action` header) when Next reads
 * it with busboy, else with the platform's reader, which is asked too.
 */
export async function isWellFormedForm(body: Uint8Array<ArrayBuffer>, contentType: string, isFetchAction: boolean): Promise<boolean> {
  const boundary = formBoundary(contentType);
  if (boundary === null || !isFramedForm(body, boundary)) return false;
  if (isFetchAction) return true;
  try {
    await new Response(body, { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

export function malformedFormAnswer(): ShapeAnswer {
  return {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close" },
    body: "Biểu mẫu gửi lên không đọc được. / Bad request: the form's body is not well-formed multipart/form-data.\n",
  };
}
