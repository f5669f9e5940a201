// A file the import refused, as one line in the reader's language (the decoder's English line where a reason has no words).
import type { ImportFileError } from "@/lib/sources/parse-import";
import { dictionaryFor, format, type Locale } from "./locale";

export function importFileMessage(locale: Locale, error: Pick<ImportFileError, "reason" | "params" | "message">): string {
  const t = dictionaryFor(locale);
  const templates: Partial<Record<ImportFileError["reason"], string>> = {
    ...t.importErrors,
    "too-deep": t.importer.fileTooDeep,
    "too-many-elements": t.importer.fileTooManyElements,
    timeout: t.importer.fileTimeout,
    "out-of-memory": t.importer.fileOutOfMemory,
  };
  const template = templates[error.reason];
  // Every placeholder must be known, or the decoder's own line says it better.
  return template && [...template.matchAll(/\{(\w+)\}/g)].every((m) => m[1]! in error.params) ? format(template, error.params) : error.message;
}
