// One import parse as a message-passing job: bytes (an uploaded file) or text (a preview being saved) in,
// the decoded text and its sources or the reason it was refused out. Pure; run by parse-worker.mjs.
import { decodeImportFile, ImportFileError, parseImportWithProfiles, type ImportErrorReason, type ParsedSource } from "./parse-import";
import type { RoleOverride } from "./line-roles";
import type { OutletProfileRules } from "./outlet-profiles";

/** `profiles`: the outlet profiles that may apply; the result names those applied (by outlet key). */
export type ParseJob = { fileName: string; bytes?: Uint8Array; text?: string; roles?: RoleOverride[]; profiles?: OutletProfileRules[] };
export type ParseJobResult =
  | { ok: true; text: string; sources: ParsedSource[]; applied: string[] }
  | { ok: false; reason: ImportErrorReason; message: string; params: Record<string, string | number> };

export function runParseJob(job: ParseJob): ParseJobResult {
  try {
    const text = job.bytes ? decodeImportFile(job.bytes, job.fileName) : (job.text ?? "");
    const { sources, applied } = parseImportWithProfiles(text, job.fileName, { roles: job.roles, profiles: job.profiles });
    return { ok: true, text, sources, applied: applied.map((p) => p.outletKey) };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { ok: false, reason: error.reason, message: error.message, params: error.params };
  }
}
