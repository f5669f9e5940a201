// POST /sources/import/preview: the import screen's preview, answered as it is read. The form, as the screen sends
// it: ("text": the pasted text, a blob for a big one; "fileName"; "files": uploads;
// "firstPage": how many new cards' details to send). A refusal before anything is read is one JSON object (as the
// action returns it, with its HTTP status); otherwise the answer is NDJSON, one line per event of
// lib/sources/preview-stream.ts: "file" (articles to read), "batch" (cards read), "file-error" (an upload refused),
// then "done" (the draft may be paged and saved) or "error" (a refusal: nothing was kept).
// The account's parse slot is held until the stream ends; the editor leaving (a reload, a closed tab) aborts the
// request, which stops the parse and drops its draft.
import { getActor } from "@/lib/auth/session";
import { AppError, formError, httpStatus } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/server";
import { importFileMessage } from "@/lib/i18n/import-errors";
import { localizeMessage } from "@/lib/i18n/messages";
import { TOO_MANY_AT_ONCE, takeInFlightSlot } from "@/lib/http/in-flight";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { ndjsonAnswer } from "@/lib/http/ndjson-stream";
import { IMPORTS_AT_ONCE, importSlotKey } from "@/lib/sources/import-slots";
import { ImportFileError } from "@/lib/sources/parse-import";
import { DRAFT_PAGE_MAX } from "@/lib/sources/schemas";
import { streamImportPreview, type PreviewEvent, type StreamFile } from "@/lib/sources/preview-stream";
import type { PreviewSummary, DraftPageItem } from "@/lib/sources/import-drafts";
import type { FieldErrors } from "@/lib/errors";
import { localizedFormError } from "@/app/actions/localized-form-error";

export const dynamic = "force-dynamic";

/** One line of the answer, as the screen reads it. */
export type PreviewLine =
  | { type: "file"; fileIndex: number; fileName: string; pasted?: true; articles: number }
  | { type: "batch"; fileIndex: number; read: number; articles: number; sources: PreviewSummary[]; details: DraftPageItem[] }
  | { type: "file-error"; fileIndex: number; message: string }
  | { type: "done"; draftId: string; timings: Record<string, number> }
  | { type: "error"; message: string; fieldErrors: FieldErrors };
/** The answer when nothing was read (not signed in, too many at once, nothing to preview). */
export type PreviewRefusal = { ok: false; code: string; message: string; fieldErrors: FieldErrors };

const NOTHING = "Paste or upload some text.";
const HEADERS = { "Cache-Control": "no-store" };

async function refusal(error: unknown): Promise<Response> {
  const { code, message, fieldErrors } = await localizedFormError(error, {});
  return Response.json({ ok: false, code: code ?? "INVALID", message, fieldErrors } satisfies PreviewRefusal, { status: httpStatus(error), headers: HEADERS });
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return refusal(new AppError("FORBIDDEN", "This request came from another site."));
  const actor = await getActor();
  try {
    assertCan(actor, "source.import"); // before any of the body is read
  } catch (error) {
    return refusal(error);
  }
  const release = takeInFlightSlot(importSlotKey(actor), IMPORTS_AT_ONCE);
  if (!release) return refusal(new AppError("RATE_LIMITED", TOO_MANY_AT_ONCE));
  const locale = await getLocale();
  let files: StreamFile[];
  let firstPage: number;
  try {
    const form = await request.formData();
    files = [];
    const pastedPart = form.get("text");
    const pasted = pastedPart instanceof Blob ? await pastedPart.text() : String(pastedPart ?? "");
    if (pasted.trim()) files.push({ fileName: String(form.get("fileName") ?? "").trim() || "pasted.txt", text: pasted, pasted: true });
    for (const file of form.getAll("files")) {
      // An empty file input still sends one nameless, empty part.
      if (!(file instanceof File) || (file.size === 0 && (!file.name || file.name === "undefined"))) continue;
      files.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    }
    firstPage = Math.min(DRAFT_PAGE_MAX, Math.max(0, Number(form.get("firstPage")) || 0));
  } catch (error) {
    release();
    return refusal(error instanceof AppError ? error : new AppError("INVALID", "The request body is not a form."));
  }
  if (!files.length) {
    release();
    const message = localizeMessage(locale, NOTHING);
    return Response.json({ ok: false, code: "INVALID", message, fieldErrors: { text: [message] } } satisfies PreviewRefusal, { status: 400, headers: HEADERS });
  }

  const stop = new AbortController();
  request.signal.addEventListener("abort", () => stop.abort(), { once: true });
  // The editor going away (cancel) stops the parse, drops its draft and frees the slot once that is done. A reader
  // that falls behind holds the preview's next line (and so its slot) rather than the server the whole answer.
  const answer = ndjsonAnswer<PreviewLine>(() => stop.abort());
  const send = (line: PreviewLine) => (stop.signal.aborted ? undefined : answer.send(line));
  const emit = (event: PreviewEvent) => send(event.type === "file-error" ? { type: "file-error", fileIndex: event.fileIndex, message: importFileMessage(locale, event.error) } : event);
  void streamImportPreview(actor, files, { emit, signal: stop.signal, firstPage })
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
  return new Response(answer.stream, { headers: { ...HEADERS, "Content-Type": "application/x-ndjson; charset=utf-8", "X-Accel-Buffering": "no" } });
}
