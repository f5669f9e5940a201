// One import parse as a message-passing job: bytes (an uploaded file) or text (a preview being saved) in,
// the decoded text and its sources or the reason it was refused out. Pure; run by parse-worker.mjs.
import { decodeImportFile, ImportFileError, parseImportWithProfiles, type ImportErrorReason, type ParsedSource } from "./parse-import";
import type { RoleOverride } from "./line-roles";
import type { OutletProfileRules } from "./outlet-profiles";
import { shapeParsed, type ShapedSource } from "./preview-shape";

/**
 * `profiles`: the outlet profiles that may apply; the result names those applied (by outlet key). `shape: "preview"`:
 * the articles come back shaped for a preview (`shaped`; `sources` is empty), and the text only if it was decoded
 * here from bytes (the caller has a text it sent).
 */
export type ParseJob = { fileName: string; bytes?: Uint8Array; text?: string; roles?: RoleOverride[]; profiles?: OutletProfileRules[]; shape?: "preview" };
export type ParseJobResult =
  | { ok: true; text: string; sources: ParsedSource[]; applied: string[]; shaped?: ShapedSource[]; timings?: ParseTimings }
  | { ok: false; reason: ImportErrorReason; message: string; params: Record<string, string | number> };

/** Where a preview's parse spent its time on the worker, in milliseconds (for the preview's timings). */
export type ParseTimings = { decodeMs: number; parseMs: number; shapeMs: number };

export function runParseJob(job: ParseJob): ParseJobResult {
  try {
    const t0 = performance.now();
    const text = job.bytes ? decodeImportFile(job.bytes, job.fileName) : (job.text ?? "");
    const t1 = performance.now();
    const { sources, applied } = parseImportWithProfiles(text, job.fileName, { roles: job.roles, profiles: job.profiles });
    if (job.shape === "preview") {
      const t2 = performance.now();
      const shaped = shapeParsed(sources, applied);
      const timings = { decodeMs: t1 - t0, parseMs: t2 - t1, shapeMs: performance.now() - t2 };
      return { ok: true, text: job.bytes ? text : "", sources: [], applied: applied.map((p) => p.outletKey), shaped, timings };
    }
    return { ok: true, text, sources, applied: applied.map((p) => p.outletKey) };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { ok: false, reason: error.reason, message: error.message, params: error.params };
  }
}
