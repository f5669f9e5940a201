// An import preview read as it goes: the pasted text and uploaded files are parsed on the worker pool in order, an
// article at a time, and each batch of articles read is reported at once (compared with the desk, the first page's
// details included), so the editor sees the first cards while the rest of a big paste is read. The articles' rows go
// are written into a draft once every file is read, with the files' texts, in the transaction that clears its
// `pending` (they are held here meanwhile: writing them while the worker reads slowed the parse on a busy machine);
// only then is the preview reported done and its draft usable (paging, re-reading, saving). Anything that stops it first (a parse out of time or
// memory, an error, the caller aborting) drops the draft: nothing partial is kept.
import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import {
  completeStreamedDraft,
  DRAFT_LEASE_SECONDS,
  dropStreamedDraft,
  markStreamedBatch,
  openStreamedDraft,
  renewDraftLease,
  type DraftPageItem,
  type DraftRow,
  type PreviewSummary,
} from "./import-drafts";
import { importParsePool, ParseAbortedError, type ParsePool, type RunOptions } from "./parse-in-worker";
import { ImportFileError } from "./parse-import";
import type { ParseJob, ParseProgress } from "./parse-job";
import { previewRequestSchema } from "./schemas";
import { loadOutletProfiles } from "./outlet-profile-store";
import type { DraftDetail } from "./preview-shape";
import type { OutletProfileRules } from "./outlet-profiles";

/** A file to preview: a pasted text (`text`) or an upload's bytes. */
/** `renamed`: an upload's name was cleaned (file-name.ts) before it came here. */
export type StreamFile = { fileName: string; text?: string; bytes?: Uint8Array; pasted?: true; renamed?: true };

export type PreviewEvent =
  /** A file's text is split: how many articles it holds (the "n of m articles read" line's m). */
  | { type: "file"; fileIndex: number; fileName: string; pasted?: true; renamed?: true; articles: number }
  /** Articles read, in order: their summaries and, for the first `firstPage` new articles of the preview, their details. */
  | { type: "batch"; fileIndex: number; read: number; articles: number; sources: PreviewSummary[]; details: DraftPageItem[] }
  /** An upload refused (undecodable, out of time or memory): its articles are dropped from the preview and the draft. */
  | { type: "file-error"; fileIndex: number; error: ImportFileError }
  /** Every file read and the draft complete: it may now be paged, re-read and saved. */
  | { type: "done"; draftId: string; timings: Record<string, number> };

export type PreviewStreamOptions = {
  /** Called with each event, in order; the next waits for a promise it returns (the draft completes after it). */
  emit: (event: PreviewEvent) => void | Promise<void>;
  /** Aborting stops the parses (their workers are terminated) and drops the draft; the promise then rejects. */
  signal?: AbortSignal;
  /** How many new articles' details the events carry (the screen's first page). */
  firstPage?: number;
  pool?: ParsePool;
  /** The outlet profiles, when the caller began reading them already (while the text was still arriving). */
  profiles?: Promise<OutletProfileRules[]>;
};

const NO_TEXT = "No article text was found.";

/**
 * Previews `files` as the actor's new draft, reporting as it reads (see PreviewEvent). Resolves with the draft's id
 * once the "done" event is emitted. Throws ImportFileError when the pasted text is refused (an upload refused is a
 * "file-error" event and the rest goes on), AppError INVALID when a file holds no article, ParseAbortedError when
 * aborted; in every such case the draft is gone first.
 */
export async function streamImportPreview(actor: Actor | null, files: readonly StreamFile[], options: PreviewStreamOptions): Promise<string> {
  assertCan(actor, "source.import");
  const started = performance.now();
  // A pasted text is checked as a preview's text is (its size, its name); an upload's bytes are checked by the decoder.
  // The names shown and kept are the jobs' (a pasted text's as parsed: direction controls dropped).
  const jobs: ParseJob[] = files.map((file) => (file.bytes ? { fileName: file.fileName, bytes: file.bytes } : parseInput(previewRequestSchema, { fileName: file.fileName, text: file.text ?? "" })));
  const profiles = await (options.profiles ?? loadOutletProfiles());
  options.signal?.throwIfAborted();
  // Milliseconds from the start to each step (the first time it happens), for whoever measures the preview.
  const timings: Record<string, number> = {};
  const took = (step: string) => (timings[step] ??= Math.round(performance.now() - started));
  took("profilesMs");
  // Our own controller: the caller's abort, or one file's failure, stops every parse.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  // A draft refused (the account's previews already being read, on this instance or another), or a renewal refused
  // (the account deactivated or its role changed meanwhile), stops the parse at once.
  let openError: unknown = null;
  const refuse = (error: unknown) => {
    openError ??= error;
    stop.abort();
  };
  // The draft is opened while the parse starts (its rows wait for the end); a preview that fails drops it. Its lease
  // is renewed while the text is read: a draft whose process died is dropped once the lease runs out.
  let renewing: NodeJS.Timeout | undefined;
  const opening = openStreamedDraft(actor).then((id) => {
    took("openMs");
    renewing = setInterval(() => void renewDraftLease(actor, id).catch((error: unknown) => isAppError(error) && refuse(error)), (DRAFT_LEASE_SECONDS * 1000) / 3);
    renewing.unref();
    return id;
  });
  opening.catch(refuse);
  let detailsLeft = options.firstPage ?? 0;
  // Batches are compared with the desk and reported in the order they were read; their rows wait for the end.
  let reporting: Promise<void> = Promise.resolve();
  const rows: DraftRow[] = [];
  const sourcesPerFile = files.map(() => 0);
  const failed = new Set<number>();
  const onProgress = (fileIndex: number, progress: ParseProgress) => {
    const { articles, read, shaped } = progress;
    reporting = reporting.then(async () => {
      if (stop.signal.aborted || failed.has(fileIndex)) return;
      if (read === 0) {
        took("splitMs");
        // Of it, the worker's own (decoding and splitting); the rest was waiting for a worker and the message.
        timings.workerSplitMs ??= Math.round(progress.ms);
        const file = files[fileIndex]!;
        const marks = { ...(file.pasted ? { pasted: true as const } : {}), ...(file.renamed ? { renamed: true as const } : {}) };
        return await options.emit({ type: "file", fileIndex, fileName: jobs[fileIndex]!.fileName, ...marks, articles });
      }
      const { summaries, rows: batchRows } = await markStreamedBatch(actor, fileIndex, shaped);
      sourcesPerFile[fileIndex]! += summaries.length;
      const details: DraftPageItem[] = batchRows.slice(0, Math.max(0, detailsLeft)).map((r) => ({ fileIndex, index: r.index, detail: JSON.parse(r.detail) as DraftDetail }));
      detailsLeft -= details.length;
      if (stop.signal.aborted || failed.has(fileIndex)) return;
      for (const row of batchRows) rows.push(row);
      if (summaries.length) took("firstBatchMs");
      await options.emit({ type: "batch", fileIndex, read, articles, sources: summaries, details });
    });
    // A failed comparison stops everything (it is thrown again below).
    reporting.catch(() => stop.abort());
  };
  const fileErrors: { fileIndex: number; error: ImportFileError }[] = [];
  let draftId: string | null = null;
  try {
    const parses = jobs.map((job, fileIndex) =>
      importParse(options.pool, { ...job, profiles, shape: "preview", stream: true }, { onProgress: (progress) => onProgress(fileIndex, progress), onStart: () => took("workerStartMs"), signal: stop.signal, owner: actor.id }).then(
        (text) => ({ fileIndex, text }),
        (error: unknown) => {
          // An upload refused is left out; the pasted text refused, or anything else, ends the preview.
          if (error instanceof ImportFileError && !files[fileIndex]!.pasted && !stop.signal.aborted) {
            failed.add(fileIndex);
            fileErrors.push({ fileIndex, error });
            return null;
          }
          stop.abort();
          throw error;
        },
      ),
    );
    const settled = await Promise.allSettled(parses);
    if (openError) throw openError as Error;
    const rejected = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    // The first reason that is not the abort it caused (the others were stopped because of it).
    const reason = settled.flatMap((s) => (s.status === "rejected" && !(s.reason instanceof ParseAbortedError) ? [s.reason as unknown] : []))[0] ?? rejected?.reason;
    if (rejected) {
      // a parse stopped because a batch's comparison failed (the account deactivated meanwhile): that failure is the
      // reason, whichever came first, the parse's end or the stop
      if (reason instanceof ParseAbortedError) await reporting;
      throw reason;
    }
    took("parsedMs");
    draftId = await opening;
    await reporting;
    options.signal?.throwIfAborted();
    for (const { fileIndex, error } of fileErrors) await options.emit({ type: "file-error", fileIndex, error });
    const read = settled.flatMap((s) => (s.status === "fulfilled" && s.value ? [s.value] : []));
    if (!read.length || read.some(({ fileIndex }) => sourcesPerFile[fileIndex] === 0)) {
      throw new AppError("INVALID", NO_TEXT, { fieldErrors: { text: [NO_TEXT] } });
    }
    // Each file's text is kept with the draft (the pasted one as sent, an upload as decoded); a refused upload's is not.
    await completeStreamedDraft(
      actor,
      draftId,
      read.map(({ fileIndex, text }) => ({ fileIndex, fileName: jobs[fileIndex]!.fileName, text: files[fileIndex]!.bytes ? text : (files[fileIndex]!.text ?? "") })),
      rows.filter((row) => !failed.has(row.fileIndex)),
    );
    took("totalMs");
    await options.emit({ type: "done", draftId, timings });
    return draftId;
  } catch (error) {
    stop.abort();
    await reporting.catch(() => undefined);
    const opened = draftId ?? (await opening.catch(() => null));
    if (opened) await dropStreamedDraft(actor, opened);
    throw error;
  } finally {
    await opening.catch(() => undefined); // its renewal is set once it is open
    clearInterval(renewing);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

/** One file parsed on the pool as a stream; resolves with its decoded text (empty for a text sent as text). */
async function importParse(pool: ParsePool | undefined, job: ParseJob, options: RunOptions): Promise<string> {
  const result = await (pool ?? importParsePool()).run(job, options);
  if (!result.ok) throw new ImportFileError(result.reason, result.message, result.params);
  return result.text;
}
