// A POST to a page with a multipart/form-data body is a server action to Next (a form posted without JavaScript, or
// a fetch action with a FormData argument), and so is any POST with a `Next-Action` header (a fetch action whose
// arguments React encoded as one JSON text). Next parses the body before anything else, and one that is not what it
// expects failed its parse and was answered 500 with a logged stack trace, a request anyone can repeat: a multipart
// body that is no form (no boundary, garbage, a truncated last part), a fetch action's arguments that are no JSON
// ("garbage", an empty body) or not a list of arguments (`1`). The front server (lib/public/page-cache.ts) reads such a
// body first, within its path's limit, and checks it: a form's framing (RFC 7578: a delimiter first, each part a
// form-data field with a name, a closing delimiter last); a form posted without JavaScript also with the platform's
// own multipart reader, the one Next parses it with (stricter than the framing: it also fails on a value holding the
// boundary's text; a fetch action's form goes through busboy in Next, which takes every framed form); a fetch action's
// arguments, in its text or its form's field "0", as a JSON list. A body that fails is answered 400 here, counted in
// the log as the other refused action requests are (lib/http/server-actions.ts). What an action does with well-formed
// arguments of the wrong kind is the action's to refuse.
import { isRouteHandlerPath } from "./page-methods";
import { plainAnswer, type ShapeAnswer } from "./plain-answer";

const isMultipartForm = (contentType: string | undefined) => contentType?.split(";", 1)[0]!.trim().toLowerCase() === "multipart/form-data";

/**
 * What a POST to a page carries that Next parses as a server action: "form" (a multipart/form-data body), "arguments"
 * (a fetch action's arguments as text), or null (anything else, and every request to a route handler, which reads
 * its own body).
 */
export function actionBodyKind(method: string | undefined, url: string | undefined, contentType: string | undefined, isFetchAction: boolean): "form" | "arguments" | null {
  if ((method ?? "").toUpperCase() !== "POST" || isRouteHandlerPath((url ?? "/").split("?", 1)[0]!)) return null;
  if (isMultipartForm(contentType)) return "form";
  return isFetchAction ? "arguments" : null;
}

/** Whether a fetch action's encoded arguments are a JSON list, the one shape React's decoder takes for them. */
export function isArgumentList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
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
const FORM_FIELD = /^content-disposition:[ \t]*form-data[ \t]*;(?:.*;)?[ \t]*name=(?:"([^"]*)"|([^;\s]*))/im;

/**
 * The fields of a body framed as a form (delimiter, parts each naming a form-data field, closing delimiter), each
 * with the bytes of its value, or null when it is not framed so.
 */
export function formFields(body: Uint8Array, boundary: string): { name: string; value: Buffer }[] | null {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const between = Buffer.from(`\r\n--${boundary}`);
  if (!bytes.subarray(0, delimiter.length).equals(delimiter)) return null;
  const fields: { name: string; value: Buffer }[] = [];
  let at = delimiter.length;
  for (;;) {
    if (bytes[at] === 0x2d && bytes[at + 1] === 0x2d) return fields;
    // Transport padding (RFC 2046), then the CRLF that opens a part.
    while (bytes[at] === 0x20 || bytes[at] === 0x09) at += 1;
    if (!bytes.subarray(at, at + 2).equals(CRLF)) return null;
    const headersEnd = bytes.indexOf(HEADERS_END, at);
    const name = headersEnd < 0 ? null : FORM_FIELD.exec(bytes.toString("latin1", at + 2, headersEnd));
    if (!name) return null;
    const next = bytes.indexOf(between, headersEnd + 2);
    if (next < 0) return null;
    fields.push({ name: Buffer.from(name[1] ?? name[2] ?? "", "latin1").toString("utf8"), value: bytes.subarray(headersEnd + 4, Math.max(headersEnd + 4, next)) });
    at = next + between.length;
  }
}

export const isFramedForm = (body: Uint8Array, boundary: string): boolean => formFields(body, boundary) !== null;

/**
 * Whether the body is what Next expects of a server action: `kind` "form" the form its content type says it is (and
 * with `isFetchAction`, one whose field "0" lists the arguments), "arguments" a JSON list.
 */
export async function isWellFormedActionBody(body: Uint8Array<ArrayBuffer>, contentType: string, kind: "form" | "arguments", isFetchAction: boolean): Promise<boolean> {
  if (kind === "arguments") return isArgumentList(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"));
  const boundary = formBoundary(contentType);
  const fields = boundary === null ? null : formFields(body, boundary);
  if (!fields) return false;
  if (isFetchAction) {
    const root = fields.find((field) => field.name === "0");
    return root !== undefined && isArgumentList(root.value.toString("utf8"));
  }
  try {
    await new Response(body, { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

export function malformedFormAnswer(): ShapeAnswer {
  return plainAnswer(400, "Biểu mẫu gửi lên không đọc được. / Bad request: the body is not a well-formed form (multipart/form-data) or list of arguments.\n");
}
