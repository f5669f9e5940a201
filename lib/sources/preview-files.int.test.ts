// A preview's uploads as the route reads them, on real PostgreSQL and real parse workers: many files at once share
// one abort listener (no MaxListenersExceededWarning), and a hostile or absurd file name is cleaned, or the file
// refused, with one line before anything is kept.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser } from "@/test/factories";
import { draftWritesSettled } from "./import-drafts";
import { importSources } from "./import-sources";
import { FILE_NAME_MAX, UNSAFE_NAME_CHARACTERS } from "./file-name";
import { ParsePool } from "./parse-in-worker";
import { answerPreviewRequest, type PreviewLine } from "./preview-request";
import { previewLines } from "@/test/preview-lines";

const pool = new ParsePool({ timeoutMs: 60_000, maxHeapMb: 512, workers: 2 });
afterAll(() => pool.close());

beforeEach(async () => {
  await draftWritesSettled();
  await clearSources();
  await getDb().$executeRaw`DELETE FROM "ImportDraft"`;
});

const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
beforeEach(() => {
  warnings.length = 0;
  process.on("warning", onWarning);
});
afterEach(() => {
  process.off("warning", onWarning);
});

/** A short article of its own (a title and two paragraphs), different for each `n`. */
const article = (n: number) =>
  `Bộ trưởng nói về ngân sách năm ${2000 + n}\n\nHà Nội, ngày ${(n % 28) + 1}/3/2024 — Phát biểu tại phiên họp thứ ${n}, bộ trưởng cho biết ngân sách tăng ${n} phần trăm so với năm trước.\n\nCác đại biểu đề nghị làm rõ số liệu của tỉnh số ${n} trước khi biểu quyết.\n`;

function uploadRequest(files: { name: string; text: string }[], pasted = "", fileName = "") {
  const form = new FormData();
  form.set("text", pasted);
  form.set("fileName", fileName);
  form.set("firstPage", "20");
  for (const file of files) form.append("files", new File([file.text], file.name, { type: "text/plain" }));
  return new Request("http://desk.test/sources/import/preview", { method: "POST", body: form });
}

describe("a preview of many uploads", () => {
  it("thirty small files: every one read, and no MaxListenersExceededWarning on the way", async () => {
    const editor = await makeUser();
    const files = Array.from({ length: 30 }, (_, i) => ({ name: `bai-${i + 1}.txt`, text: article(i + 1) }));
    const lines = await previewLines(await answerPreviewRequest(editor, uploadRequest(files), "en", { pool }));
    expect(lines.at(-1)?.type, JSON.stringify(lines.at(-1))).toBe("done");
    const named = lines.flatMap((line) => (line.type === "file" ? [line.fileName] : []));
    expect(new Set(named)).toEqual(new Set(files.map((f) => f.name)));
    await draftWritesSettled();
    await new Promise((resolve) => setImmediate(resolve)); // a warning is emitted on the next tick
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  }, 120_000);
});

describe("hostile or absurd upload names", () => {
  it("are cleaned before anything is read: shown and kept safe, said in one line each, and the save takes them", async () => {
    const editor = await makeUser();
    const names = [
      `${"dài ".repeat(500)}.html`, // 2,000 characters
      "tin\u0007tức\u001b[31m.txt", // control characters
      "báo cáo\u202etxt.exe", // a direction override: reads as "báo cáoexe.txt"
      "../../x",
      "C:\\Users\\ed\\tin.txt",
      "nul\u0000byte.txt",
      "     ",
      "bình thường.txt",
    ];
    const files = names.map((name, i) => ({ name, text: article(100 + i) }));
    const lines = await previewLines(await answerPreviewRequest(editor, uploadRequest(files), "vi", { pool }));
    const done = lines.at(-1);
    expect(done?.type, JSON.stringify(done)).toBe("done");
    const shown = lines.flatMap((line) => (line.type === "file" ? [line] : [])).sort((a, b) => a.fileIndex - b.fileIndex);
    expect(shown).toHaveLength(names.length);
    for (const file of shown) {
      expect(new RegExp(UNSAFE_NAME_CHARACTERS.source, "u").test(file.fileName), JSON.stringify(file.fileName)).toBe(false);
      expect(file.fileName).not.toMatch(/[/\\]/);
      expect(file.fileName.length).toBeLessThanOrEqual(FILE_NAME_MAX);
      expect(file.fileName.trim()).toBe(file.fileName);
      expect(file.fileName).not.toBe("");
    }
    expect(shown.map((f) => Boolean(f.renamed))).toEqual([true, true, true, true, true, true, true, false]);
    expect(shown[0]!.fileName.endsWith(".html")).toBe(true);
    expect(shown[2]!.fileName).toBe("báo cáotxt.exe");
    expect(shown[3]!.fileName).toBe("x");
    expect(shown[4]!.fileName).toBe("tin.txt");
    expect(shown[5]!.fileName).toBe("nulbyte.txt");
    expect(shown[6]!.fileName).toBe("upload-7.txt");
    expect(shown[7]!.fileName).toBe("bình thường.txt");

    // The draft keeps the cleaned names, and each file is saved under its name by naming the draft.
    const draftId = (done as { draftId: string }).draftId;
    await draftWritesSettled();
    const kept = await getDb().importDraftFile.findMany({ where: { draftId }, select: { fileIndex: true, fileName: true }, orderBy: { fileIndex: "asc" } });
    expect(kept.map((k) => k.fileName)).toEqual(shown.map((f) => f.fileName));
    for (const file of shown) {
      const saved = await importSources(editor, { draftId, fileIndex: file.fileIndex, fileName: file.fileName, text: "", overrides: [] });
      expect(saved.outcomes.filter((o) => o.status === "stored").length, file.fileName).toBeGreaterThan(0);
    }
  }, 120_000);

  it("a name typed for a pasted text: a control character is refused beside the name field, and nothing is kept; direction controls are dropped", async () => {
    const editor = await makeUser();
    for (const fileName of ["tin\u0007tức", "a\u0000b", "hai\ndòng", "x".repeat(FILE_NAME_MAX + 1)]) {
      const lines = await previewLines(await answerPreviewRequest(editor, uploadRequest([], article(1), fileName), "vi", { pool }));
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(line?.type).toBe("error");
      const errors = (line as Extract<PreviewLine, { type: "error" }>).fieldErrors.fileName;
      expect(errors, JSON.stringify(line)).toHaveLength(1);
      expect(errors![0]).toBe(fileName.length > FILE_NAME_MAX ? "Tối đa 255 ký tự." : "Tên không được chứa ký tự điều khiển (xuống dòng, tab, NUL…).");
    }
    await draftWritesSettled();
    expect(await getDb().importDraft.count({ where: { ownerId: editor.id } })).toBe(0);
    expect(await getDb().source.count()).toBe(0);

    // A direction override is dropped (as from every input), and "/" is an ordinary character of a text's name.
    const lines = await previewLines(await answerPreviewRequest(editor, uploadRequest([], article(2), "VnExpress 13/9 \u202etxt.exe"), "vi", { pool }));
    expect(lines.at(-1)?.type, JSON.stringify(lines.at(-1))).toBe("done");
    const draftId = (lines.at(-1) as { draftId: string }).draftId;
    await draftWritesSettled();
    const saved = await importSources(editor, { draftId, fileIndex: 0, fileName: "VnExpress 13/9 \u202etxt.exe", text: "", overrides: [] });
    expect(saved.outcomes.filter((o) => o.status === "stored")).toHaveLength(1);
    expect(await getDb().importDraftFile.findMany({ where: { draftId }, select: { fileName: true } })).toEqual([{ fileName: "VnExpress 13/9 txt.exe" }]);
  }, 120_000);
});
