// One import parse as a message-passing job: bytes (an uploaded file) or text (a preview being saved) in,
// the decoded text and its sources or the reason it was refused out. Pure; run by parse-worker.mjs.
import { decodeImportFile, ImportFileError, parseImport, type ImportErrorReason, type ParsedSource } from "./parse-import";
import type { RoleOverride } from "./line-roles";

export type ParseJob = { fileName: string; bytes?: Uint8Array; text?: string; roles?: RoleOverride[] };
export type ParseJobResult =
  | { ok: true; text: string; sources: ParsedSource[] }
  | { ok: false; reason: ImportErrorReason; message: string; params: Record<string, string | number> };

export function runParseJob(job: ParseJob): ParseJobResult {
  try {
    const text = job.bytes ? decodeImportFile(job.bytes, job.fileName) : (job.text ?? "");
    return { ok: true, text, sources: parseImport(text, job.fileName, { roles: job.roles }) };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { ok: false, reason: error.reason, message: error.message, params: error.params };
  }
}
