// A POST to a page with a multipart/form-data body is a server action to Next (a form posted without JavaScript, or
// a fetch action with a FormData argument), and Next parses the body before anything else: one that is no form (no
// boundary, garbage, a truncated last part) failed its parse and was answered 500 with a logged stack trace, a request
// anyone can repeat. The front server (lib/public/page-cache.ts) reads such a body first, within its path's limit,
// and parses it with the platform's own multipart reader (the one Next's parse of a form without JavaScript uses; the
// one a fetch action's body goes through, busboy, takes everything it takes): a body that fails is answered 400 here,
// counted in the log as the other refused action requests are (lib/http/server-actions.ts).
import { isRouteHandlerPath } from "./page-methods";
import type { ShapeAnswer } from "./request-shape";

/** Whether a request is a POST of a multipart/form-data body to a page (route handlers read their own bodies). */
export function isPageFormPost(method: string | undefined, url: string | undefined, contentType: string | undefined): boolean {
  if ((method ?? "").toUpperCase() !== "POST" || !contentType) return false;
  if (isRouteHandlerPath((url ?? "/").split("?", 1)[0]!)) return false;
  return contentType.split(";", 1)[0]!.trim().toLowerCase() === "multipart/form-data";
}

/**
 * Whether the content type names a boundary a multipart body can use (RFC 2046 §5.1.1: 1 to 70 characters of its
 * set, quoted or not), so a body without one is refused before it is read.
 */
export function hasFormBoundary(contentType: string): boolean {
  const match = /;\s*boundary=(?:"([^"]*)"|([^\s;]*))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2] ?? "";
  return /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/.test(boundary);
}

/** Whether the body parses as the form its content type says it is. */
export async function isWellFormedForm(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<boolean> {
  if (!hasFormBoundary(contentType)) return false;
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
