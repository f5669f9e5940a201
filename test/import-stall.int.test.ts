// The import's data functions against the stall attacks, on a real database: who may not import is refused
// before any parse job exists; pathological files from an editor are refused by the pre-scan or stopped on
// the worker, and nothing is stored.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { importSources, previewImport, previewImportFile } from "@/lib/sources/import-sources";
import { ParsePool } from "@/lib/sources/parse-in-worker";
import { ImportFileError } from "@/lib/sources/parse-import";
import { clearSources, makeUser } from "@/test/factories";

// The process's import pool is made on first use: give it a short time budget for this file, one that a
// 12 MB article of one-letter paragraphs (linear to parse, but about 8 s) outlasts and a short one never does, also as
// the first parse of the fresh worker that replaces a stopped one (its patterns compiled on first use: a 0.3 s budget
// was outlasted by that first parse on a loaded machine).
process.env.CLAIMDESK_IMPORT_TIMEOUT_MS = "2000";

const nestedDivs = Buffer.from(`<html><body>${"<div>".repeat(5000)}x${"</div>".repeat(5000)}</body></html>`);
const flatParagraphs = Buffer.from(`<html><body>${"<p>a</p>".repeat(131_072)}</body></html>`);

beforeEach(clearSources);
afterEach(() => vi.restoreAllMocks());

describe("import permission comes before parsing", () => {
  it("refuses a caller without a session (a forged cookie reads as none) at once, and no parse job is started", async () => {
    const run = vi.spyOn(ParsePool.prototype, "run");
    const started = performance.now();
    await expect(previewImportFile(null, { fileName: "deep.html", bytes: nestedDivs })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(previewImport(null, { fileName: "flat.txt", text: flatParagraphs.toString() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(importSources(null, { fileName: "flat.txt", text: flatParagraphs.toString() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(performance.now() - started).toBeLessThan(2000); // a parse of these inputs takes minutes
    expect(run).not.toHaveBeenCalled();
  });
});

describe("pathological files from an editor", () => {
  it("refuses 5,000 nested divs and 1 MB of <p>a</p> by the pre-scan, storing nothing", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const deep = await previewImportFile(editor, { fileName: "deep.html", bytes: nestedDivs }).catch((e: unknown) => e);
    expect(deep).toBeInstanceOf(ImportFileError);
    expect(deep).toMatchObject({ reason: "too-deep" });
    await expect(previewImportFile(editor, { fileName: "flat.html", bytes: flatParagraphs })).rejects.toMatchObject({ reason: "too-many-elements" });
    expect(await getDb().source.count()).toBe(0);
  });

  it("stops a save whose text parses too long, stores nothing, and the next save parses", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const letters = Array.from({ length: 4_000_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join("\n\n");
    await expect(importSources(editor, { fileName: "letters.txt", text: letters })).rejects.toMatchObject({ reason: "timeout", params: { file: "letters.txt", seconds: 2 } });
    expect(await getDb().source.count()).toBe(0);
    const { summary } = await importSources(editor, { fileName: "ok.txt", text: "# Một bài báo\n\nNội dung bình thường của một bài báo ngắn." });
    expect(summary.stored).toBe(1);
  });
});
