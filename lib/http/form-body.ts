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
// arguments, in its text or its form's field "0", as a JSON list whose references name parts the body holds. A body that fails is answered 400 here, counted in
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
export function formFields(body: Uint8Array, boundary: string): { name: string; value: Buffer; isFile: boolean }[] | null {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const between = Buffer.from(`\r\n--${boundary}`);
  if (!bytes.subarray(0, delimiter.length).equals(delimiter)) return null;
  const fields: { name: string; value: Buffer; isFile: boolean }[] = [];
  let at = delimiter.length;
  for (;;) {
    if (bytes[at] === 0x2d && bytes[at + 1] === 0x2d) return fields;
    // Transport padding (RFC 2046), then the CRLF that opens a part.
    while (bytes[at] === 0x20 || bytes[at] === 0x09) at += 1;
    if (!bytes.subarray(at, at + 2).equals(CRLF)) return null;
    const headersEnd = bytes.indexOf(HEADERS_END, at);
    const headers = headersEnd < 0 ? "" : bytes.toString("latin1", at + 2, headersEnd);
    const name = headersEnd < 0 ? null : FORM_FIELD.exec(headers);
    if (!name) return null;
    const next = bytes.indexOf(between, headersEnd + 2);
    if (next < 0) return null;
    const isFile = /^content-disposition:.*;[ \t]*filename\*?=/im.test(headers);
    fields.push({ name: Buffer.from(name[1] ?? name[2] ?? "", "latin1").toString("utf8"), value: bytes.subarray(headersEnd + 4, Math.max(headersEnd + 4, next)), isFile });
    at = next + between.length;
  }
}

export const isFramedForm = (body: Uint8Array, boundary: string): boolean => formFields(body, boundary) !== null;

/** React's inline values, which name no other part: "$$" (an escaped "$"), undefined, dates, numbers, a temporary reference. */
const INLINE = new Set([..."$uDIN-TH"]);
/** Typed arrays and their element sizes, and "B", a Blob: the bytes are a file part named by the id. */
const BACKED: Record<string, number> = { A: 1, O: 1, o: 1, U: 1, S: 2, s: 2, L: 4, l: 4, G: 4, g: 8, M: 8, m: 8, V: 1, B: 1 };
/** Streams and async iterables: parts of their own, named by the id. */
const STREAMED = new Set([..."RrXx"]);
/** A Map's, a Set's or an iterator's entries: a JSON list, read once. */
const COLLECTED = new Set([..."QWi"]);
const BIGINT_DIGITS = 300;

/** A part of a fetch action's form: its value, and whether it was sent as a file. */
export type ReplyPart = { value: Buffer | string; isFile: boolean };

/**
 * Whether every React reference in a fetch action's arguments names a part the body holds, read as React's decoder
 * (decodeReply, in react-server-dom-webpack's parseModelString) reads them: "$<hex>" and "$@", "$h" followed by a
 * hexadecimal id (and a ":"-separated path into it) name another JSON part, the field of that number written in
 * decimal (the root, "0", only by a path into it); "$Q", "$W", "$i" the same, a JSON list, taken once; a typed array
 * or a Blob the file of its number (a whole number of elements), taken once; a stream its own parts, named by an id
 * no other reference uses; "$K<id>" a FormData, whose entries (none for an empty one) are the fields "_<id>_…" of a
 * form (`isForm`). A reference to a part the body lacks left Next's decoder waiting for a part that never came
 * ("Connection closed.", a 500 and a logged stack), or handed the action a FormData or a promise where React's encoder
 * never writes one: a text body holds only the root, so a FormData or another part named in it dangles. A "$n"
 * BigInt React refuses (over 300 digits, not a number) is refused too. Each part is read once.
 */
export function referencesResolve(root: unknown, parts: ReadonlyMap<string, ReplyPart>, isForm: boolean): boolean {
  const parsed = new Map<string, unknown>([["0", root]]);
  const taken = new Set<string>();
  const named = new Set<number>();
  const streams = new Set<number>();
  const pending: unknown[] = [root];
  const UNREAD = Symbol("unread");

  /** The JSON value of part `id` at `path`, UNREAD where it passes through a reference, undefined when there is none. */
  const model = (id: number, path: string[]): unknown => {
    const name = String(id);
    const part = parts.get(name);
    // The root itself only by a path into it: React's encoder writes a value met twice as "$0:1:x".
    if ((id === 0 && !path.length) || Number.isNaN(id) || part === undefined || part.isFile) return undefined;
    named.add(id);
    if (!parsed.has(name)) {
      try {
        const value: unknown = JSON.parse(part.value.toString());
        parsed.set(name, value);
        pending.push(value);
      } catch {
        return undefined;
      }
    }
    let value = parsed.get(name);
    for (const key of path) {
      if (typeof value === "string" && value[0] === "$") return UNREAD;
      if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
  const resolves = (text: string): boolean => {
    if (text[0] !== "$") return true;
    const [letter, rest] = [text[1] ?? "", text.slice(2)];
    if (INLINE.has(letter)) return true;
    if (letter === "n") {
      try {
        return rest.length <= BIGINT_DIGITS && typeof BigInt(rest) === "bigint";
      } catch {
        return false;
      }
    }
    // A FormData: its entries are the fields named "_<id>_…", none for an empty one. A text body holds none at all.
    if (letter === "K") return isForm;
    const id = parseInt(rest, 16);
    if (letter in BACKED) {
      const part = parts.get(String(id));
      if (!part?.isFile || taken.has(`bytes:${id}`) || Buffer.byteLength(part.value) % BACKED[letter]! !== 0) return false;
      taken.add(`bytes:${id}`);
      return true;
    }
    if (STREAMED.has(letter)) {
      if (Number.isNaN(id) || id === 0 || streams.has(id) || named.has(id)) return false;
      streams.add(id);
      return parts.has(String(id)) || parts.has(`S${id}`);
    }
    const [first, ...path] = (COLLECTED.has(letter) || letter === "@" || letter === "h" ? rest : text.slice(1)).split(":");
    const target = parseInt(first!, 16);
    if (streams.has(target)) return false;
    const value = model(target, path);
    if (value === undefined) return false;
    if (!COLLECTED.has(letter) || value === UNREAD) return true;
    if (!Array.isArray(value) || taken.has(`${target}:${path.join(":")}`)) return false;
    taken.add(`${target}:${path.join(":")}`);
    return letter !== "Q" || value.every((entry) => Array.isArray(entry) || (typeof entry === "string" && entry[0] === "$"));
  };
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (!resolves(value)) return false;
    } else if (Array.isArray(value)) {
      // One at a time: a list of millions of items (a 24 MiB body of "0,") is no list of arguments for a spread.
      for (const item of value as unknown[]) pending.push(item);
    } else if (value !== null && typeof value === "object") {
      for (const key in value) if (Object.hasOwn(value, key)) pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return true;
}

/**
 * Whether the body is what Next expects of a server action: `kind` "form" the form its content type says it is (and
 * with `isFetchAction`, one whose field "0" lists the arguments), "arguments" a JSON list; the arguments' references
 * each naming a part the body holds (referencesResolve).
 */
export async function isWellFormedActionBody(body: Uint8Array<ArrayBuffer>, contentType: string, kind: "form" | "arguments", isFetchAction: boolean): Promise<boolean> {
  if (kind === "arguments") {
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
    return isArgumentList(text) && referencesResolve(JSON.parse(text), new Map([["0", { value: text, isFile: false }]]), false);
  }
  const boundary = formBoundary(contentType);
  const fields = boundary === null ? null : formFields(body, boundary);
  if (!fields) return false;
  if (isFetchAction) {
    // A name given twice: React keeps the last.
    const parts = new Map(fields.map((field) => [field.name, { value: field.value, isFile: field.isFile }]));
    const root = parts.get("0");
    if (root === undefined || root.isFile || !isArgumentList(root.value.toString("utf8"))) return false;
    return referencesResolve(JSON.parse(root.value.toString("utf8")), parts, true);
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
