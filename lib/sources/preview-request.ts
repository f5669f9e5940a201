// The import preview's request answered (POST /sources/import/preview, once its caller is known and may import): the
// account's parse slot taken, the text read as it arrives, then the preview streamed as NDJSON, one line per event of
// preview-stream.ts. Kept apart from the route so that it can be driven with a body sent a chunk at a time.
// A paste alone is the body itself (text/plain; "fileName" and "firstPage" in the query): decoded as it arrives, with
// nothing buffered in front of the route (proxy.ts does not run there). A paste with uploads is the form ("text", a
// blob for a big one; "fileName"; "files"; "firstPage": how many new cards' details to send).
import "server-only";
import { AppError, formError, httpStatus, type FieldErrors } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locale";
import { importFileMessage } from "@/lib/i18n/import-errors";
import { localizeMessage } from "@/lib/i18n/messages";
import { BodyTooLargeError } from "@/lib/http/body-limit";
import { TOO_MANY_AT_ONCE, takeInFlightSlot } from "@/lib/http/in-flight";
import { readTextWithin } from "@/lib/http/read-text-body";
import { ndjsonAnswer } from "@/lib/http/ndjson-stream";
import { IMPORTS_AT_ONCE, importSlotKey } from "./import-slots";
import { ImportFileError, MAX_IMPORT_BYTES } from "./parse-import";
import { cleanFileName } from "./file-name";
import { DRAFT_PAGE_MAX } from "./schemas";
import { loadOutletProfiles } from "./outlet-profile-store";
import { streamImportPreview, type PreviewEvent, type StreamFile } from "./preview-stream";
import type { ParsePool } from "./parse-in-worker";
import type { DraftPageItem, PreviewSummary } from "./import-drafts";

/** One line of the answer, as the screen reads it. */
export type PreviewLine =
  | { type: "file"; fileIndex: number; fileName: string; pasted?: true; renamed?: true; articles: number }
  | { type: "batch"; fileIndex: number; read: number; articles: number; sources: PreviewSummary[]; details: DraftPageItem[] }
  | { type: "file-error"; fileIndex: number; message: string }
  | { type: "done"; draftId: string; timings: Record<string, number> }
  | { type: "error"; message: string; fieldErrors: FieldErrors };
/** The answer when nothing was read (not signed in, too many at once, nothing to preview, too large). */
export type PreviewRefusal = { ok: false; code: string; message: string; fieldErrors: FieldErrors };

const NOTHING = "Paste or upload some text.";
const TOO_LARGE = "The text is over the 20 MB import limit.";
const NOT_A_FORM = "The request body is not a form.";
export const PREVIEW_HEADERS = { "Cache-Control": "no-store" };

/** A refusal as one JSON object with its HTTP status, worded in `locale`. */
export function previewRefusal(error: unknown, locale: Locale): Response {
  const { code, message, fieldErrors } = formError(error, {}, (text) => localizeMessage(locale, text));
  return Response.json({ ok: false, code: code ?? "INVALID", message, fieldErrors } satisfies PreviewRefusal, { status: httpStatus(error), headers: PREVIEW_HEADERS });
}

/** The files to preview and how many details to send, read from the body (see the top of this file). */
async function readPreviewRequest(request: Request): Promise<{ files: StreamFile[]; firstPage: number }> {
  const files: StreamFile[] = [];
  const pageOf = (value: unknown) => Math.min(DRAFT_PAGE_MAX, Math.max(0, Number(value) || 0));
  if (request.headers.get("content-type")?.toLowerCase().startsWith("text/plain")) {
    const query = new URL(request.url).searchParams;
    const pasted = await readTextWithin(request.body, MAX_IMPORT_BYTES, request.headers.get("content-length"));
    if (pasted.trim()) files.push({ fileName: query.get("fileName")?.trim() || "pasted.txt", text: pasted, pasted: true });
    return { files, firstPage: pageOf(query.get("firstPage")) };
  }
  const form = await request.formData();
  const pastedPart = form.get("text");
  const pasted = pastedPart instanceof Blob ? await pastedPart.text() : String(pastedPart ?? "");
  if (pasted.trim()) files.push({ fileName: String(form.get("fileName") ?? "").trim() || "pasted.txt", text: pasted, pasted: true });
  for (const file of form.getAll("files")) {
    // An empty file input still sends one nameless, empty part.
    if (!(file instanceof File) || (file.size === 0 && (!file.name || file.name === "undefined"))) continue;
    // The name as the desk keeps it (file-name.ts), before anything is read; the preview says when it was changed.
    const { name, changed } = cleanFileName(file.name, `upload-${files.length + 1}.txt`);
    files.push({ fileName: name, bytes: new Uint8Array(await file.arrayBuffer()), ...(changed ? { renamed: true as const } : {}) });
  }
  return { files, firstPage: pageOf(form.get("firstPage")) };
}

/**
 * Answers a preview request from `actor`, who the caller has checked may import, in `locale`. The account's parse
 * slot is held from before the body is read until the answer ends: a client gone mid-body, a body refused, or the
 * editor leaving mid-answer (a reload, a closed tab: the request aborts, which stops the parse and drops its draft)
 * frees it, and nothing is kept.
 */
export async function answerPreviewRequest(actor: Actor, request: Request, locale: Locale, options: { pool?: ParsePool } = {}): Promise<Response> {
  const release = takeInFlightSlot(importSlotKey(actor), IMPORTS_AT_ONCE);
  if (!release) return previewRefusal(new AppError("RATE_LIMITED", TOO_MANY_AT_ONCE), locale);
  // Asked for while the text arrives (usually the list kept in memory, after one small query).
  const profiles = loadOutletProfiles();
  profiles.catch(() => undefined); // awaited by the preview; a failure before that must not go unhandled
  let files: StreamFile[];
  let firstPage: number;
  try {
    ({ files, firstPage } = await readPreviewRequest(request));
  } catch (error) {
    release();
    if (error instanceof BodyTooLargeError) {
      return previewRefusal(new AppError("TOO_LARGE", TOO_LARGE, { fieldErrors: { text: [TOO_LARGE] } }), locale);
    }
    // A client gone mid-body is answered too (nobody reads it); anything else is a body the screen does not send.
    return previewRefusal(error instanceof AppError ? error : new AppError("INVALID", NOT_A_FORM), locale);
  }
  if (!files.length) {
    release();
    return previewRefusal(new AppError("INVALID", NOTHING, { fieldErrors: { text: [NOTHING] } }), locale);
  }

  const stop = new AbortController();
  request.signal.addEventListener("abort", () => stop.abort(), { once: true });
  // The editor going away (a reload, a closed tab) stops the parse, drops its draft and frees the slot once that is
  // done. A reader that falls behind holds the preview's next line (and so its slot) rather than the server the
  // whole answer.
  const answer = ndjsonAnswer<PreviewLine>(() => stop.abort());
  const send = (line: PreviewLine) => (stop.signal.aborted ? undefined : answer.send(line));
  const emit = (event: PreviewEvent) => send(event.type === "file-error" ? { type: "file-error", fileIndex: event.fileIndex, message: importFileMessage(locale, event.error) } : event);
  void streamImportPreview(actor, files, { emit, signal: stop.signal, firstPage, profiles, pool: options.pool })
    .catch((error: unknown) => {
      if (stop.signal.aborted) return;
      if (error instanceof ImportFileError) {
        // The pasted text ran out of time or memory: said beside it.
        const message = importFileMessage(locale, error);
        return send({ type: "error", message, fieldErrors: { text: [message] } });
      }
      // After the answer has begun, outside the request's scope: worded with the locale read before it, never
      // with anything that reads the request again (an error there would end the stream with no line at all).
      if (!(error instanceof AppError)) {
        console.error("streaming an import preview:", error);
        return send({ type: "error", message: localizeMessage(locale, "Something went wrong on our side."), fieldErrors: {} });
      }
      const { message, fieldErrors } = formError(error, {}, (text) => localizeMessage(locale, text));
      return send({ type: "error", message, fieldErrors });
    })
    .finally(() => {
      release();
      answer.close();
    });
  return new Response(answer.stream, { headers: { ...PREVIEW_HEADERS, "Content-Type": "application/x-ndjson; charset=utf-8", "X-Accel-Buffering": "no" } });
}
