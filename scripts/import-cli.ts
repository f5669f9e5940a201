// Command line import: `import-cli [--dry-run] [--json] FILE...` parses files and prints or stores the sources.
import { readFile, stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { ImportFileError, MAX_IMPORT_BYTES, type ParsedSource } from "../lib/sources/parse-import";
import { parseInWorker } from "../lib/sources/parse-in-worker";
import { UNSAFE_NAME_CHARACTERS } from "../lib/sources/file-name";

/** The keys printed per source by `--dry-run --json`, in this order. */
export const DRY_RUN_KEYS = [
  "title",
  "publishedAt",
  "datePrecision",
  "agency",
  "outlet",
  "author",
  "language",
  "headings",
  "captions",
  "body",
  "warnings",
  "sourceFile",
] as const;
export type DryRunSource = Pick<ParsedSource, (typeof DRY_RUN_KEYS)[number]>;

export type ProgressCallback = (done: number, total: number) => void;
/** One readable input file: its decoded text and the sources parsed from it. */
export type ParsedInputFile = { fileName: string; text: string; sources: ParsedSource[] };
/** Persists parsed files (wired to the database by scripts/import.ts); resolves to a short summary line, if any. */
export type StoreSources = (files: ParsedInputFile[], onProgress: ProgressCallback) => Promise<string | void>;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is drawn as a bar instead of one line per step. */
  isTTY?: boolean;
  store?: StoreSources;
  readFile?: (path: string) => Promise<Buffer>;
  fileSize?: (path: string) => Promise<number>;
}

const USAGE = "usage: import [--dry-run] [--json] FILE...";

/**
 * A file's name or a field read from it as the command prints or stores it: without control characters (a terminal's
 * escape sequences, which could retitle or clear the operator's terminal, or a newline that forges a line of output)
 * and direction controls (a name reading "txt.exe" as "exe.txt"), as an upload's name is kept (lib/sources/file-name.ts).
 * The path given still names the file read.
 */
export const printable = (text: string): string => text.replace(UNSAFE_NAME_CHARACTERS, "");

export function toDryRun(source: ParsedSource): DryRunSource {
  const out: Record<string, unknown> = {};
  for (const key of DRY_RUN_KEYS) out[key] = source[key];
  return out as DryRunSource;
}

/**
 * The size of a regular file. A named pipe or a device (/dev/zero, /dev/stdin, a FIFO among the files a glob names)
 * reports size 0 and was then read to its end, which for some never comes: the command hung or filled its memory.
 */
async function regularFileSize(path: string): Promise<number> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREGULAR" });
  return info.size;
}

function describe(error: unknown, path: string): string {
  if (error instanceof ImportFileError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOTREGULAR") return `${path}: not a regular file (a pipe or a device); not read`;
  if (code === "ENOENT") return `${path}: file not found`;
  if (code === "EISDIR") return `${path}: is a directory, not a file`;
  if (code === "EACCES" || code === "EPERM") return `${path}: permission denied`;
  return `${path}: cannot read file (${error instanceof Error ? error.message : String(error)})`;
}

/** A progress bar on a terminal; elsewhere (logs, pipes) one line per step. */
export function progressReporter(io: Pick<CliIO, "stderr" | "isTTY">): ProgressCallback {
  return (done, total) => {
    if (!io.isTTY) return io.stderr(`stored ${done}/${total}\n`);
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    io.stderr(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

/** Parse the files named in argv; returns the process exit code (0 ok, 1 some files failed, 2 usage or no store). */
export async function runImportCli(argv: readonly string[], io: CliIO): Promise<number> {
  let dryRun = false;
  let json = false;
  const files: string[] = [];
  let literal = false;
  for (const arg of argv) {
    if (!literal && arg === "--") literal = true;
    else if (!literal && arg === "--dry-run") dryRun = true;
    else if (!literal && arg === "--json") json = true;
    else if (!literal && (arg === "--help" || arg === "-h")) {
      io.stdout(`${USAGE}\n`);
      return 0;
    } else if (!literal && arg.startsWith("-") && arg !== "-") {
      io.stderr(`error: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(`error: no input files\n${USAGE}\n`);
    return 2;
  }
  if (!dryRun && !io.store) {
    io.stderr("database import not available\n");
    return 2;
  }
  const readBytes = io.readFile ?? ((p: string) => readFile(p));
  const sizeOf = io.fileSize ?? regularFileSize;
  const parsedFiles: ParsedInputFile[] = [];
  let failed = 0;
  for (const path of files) {
    const name = printable(path) || "(unnamed file)";
    try {
      const size = await sizeOf(path);
      if (size > MAX_IMPORT_BYTES) {
        throw new ImportFileError("too-large", `${name}: file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 20 MB import limit`);
      }
      // On a worker thread, as in the app: a file that parses too slowly or too large is stopped and reported.
      const { text, sources: parsed } = await parseInWorker({ fileName: name, bytes: await readBytes(path) });
      if (parsed.length === 0) throw new ImportFileError("empty", `${name}: no article text found`);
      parsedFiles.push({ fileName: name, text, sources: parsed });
      io.stderr(`${name}: ${parsed.length} source${parsed.length === 1 ? "" : "s"}\n`);
    } catch (error) {
      failed++;
      io.stderr(`error: ${printable(describe(error, name))}\n`);
    }
  }
  const sources = parsedFiles.flatMap((file) => file.sources);
  if (dryRun) {
    if (json) io.stdout(`${JSON.stringify(sources.map(toDryRun), null, 2)}\n`);
    else {
      for (const s of sources) {
        const where = printable([s.agency, s.outlet].filter(Boolean).join(" / "));
        io.stdout(`${printable(s.sourceFile ?? "")}\t${s.publishedAt ?? "-"}\t${s.title ? printable(s.title) : "(untitled)"}${where ? `\t${where}` : ""}\n`);
        for (const w of s.warnings) io.stdout(`\twarning: ${printable(w)}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  }
  if (sources.length > 0 && io.store) {
    try {
      const summary = await io.store(parsedFiles, progressReporter(io));
      io.stdout(`${summary ?? `imported ${sources.length} source${sources.length === 1 ? "" : "s"}`}\n`);
    } catch (error) {
      io.stderr(`error: database import failed: ${printable(error instanceof Error ? error.message : String(error))}\n`);
      return 1;
    }
  }
  return failed > 0 ? 1 : 0;
}

/**
 * Run the CLI on this process's arguments and streams, setting process.exitCode. The database entry
 * point calls this with its `store`; run directly (`tsx scripts/import-cli.ts`) there is none.
 */
export async function runFromProcess(store?: StoreSources): Promise<void> {
  try {
    process.exitCode = await runImportCli(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      isTTY: process.stderr.isTTY,
      store,
    });
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) void runFromProcess();
