// Reading one uploaded file as the import does, for tests of the file readers (e-mails, Word documents…).
import { expect } from "vitest";
import { decodeImportFile, ImportFileError, parseImport, type ParsedSource } from "@/lib/sources/parse-import";

/** The file's one article, through the same decoding and parsing as an upload; fails the test unless there is exactly one. */
export function oneArticle(bytes: Buffer, name: string): ParsedSource {
  const sources = parseImport(decodeImportFile(bytes, name), name);
  expect(sources).toHaveLength(1);
  return sources[0] as ParsedSource;
}

/** The ImportFileError the file is refused with; throws when it is read instead. */
export function refusalOf(bytes: Buffer, name: string): ImportFileError {
  try {
    decodeImportFile(bytes, name);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error(`${name} was read, not refused`);
}
