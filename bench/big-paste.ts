// The big paste: about 5 MB of text built from the 26-article dossier in fixtures/, as an editor pastes a month
// of captures. The last copy is the dossier as it is (the desk may already hold it); every other copy marks each
// article's heading and long paragraphs with its number, so its articles are new to the desk.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Actor } from "@/lib/auth/permissions";

const DOSSIER = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "articles", "dossier-the-chien-quoc-bac-trieu-tien-1.txt");

export function dossierText(): string {
  return fs.readFileSync(DOSSIER, "utf8");
}

const dotted = (title: string) => title.split(" ").join(" · ");

/** `copies` copies of the dossier (32 make about 5 MB and 832 articles); the last one unchanged, the others varied. */
export function buildBigPaste(copies = 32): string {
  const dossier = dossierText();
  const parts: string[] = [];
  for (let k = 1; k < copies; k++) {
    const varied = dossier
      .split("\n")
      .map((line, i) => {
        if (i < 60) return line; // the title and table of contents stay as they are
        // Headings get the copy's number, their words joined by " · ": a title search for a sample article finds only the sample.
        const linked = line.match(/^## \[(.+)\]\(#\)$/);
        if (linked) return `## [${dotted(linked[1]!)} (bản ${k})](#)`;
        if (/^## [^*[]/.test(line)) return `## ${dotted(line.slice(3))} (bản ${k})`;
        // Every long paragraph gets the copy's mark, so each article's text (and hash) is its own.
        return line.length >= 120 && !/^[#[*]/.test(line) ? `${line} (bản ${k})` : line;
      })
      .join("\n");
    parts.push(varied);
  }
  // The unchanged copy goes last: an article runs to the next heading, so only the last copy ends as the sample does.
  parts.push(dossier);
  return parts.join("\n\n");
}

/**
 * The server's side of a big paste, on the database in DATABASE_URL: the preview (parse on the worker, mark the
 * articles already stored) and the save as an import job run to its end, as an editor of the desk.
 */
export async function measureBigPaste(
  copies = 32,
): Promise<{
  megabytes: number;
  articles: number;
  previewSeconds: number;
  firstPageSeconds: number;
  requestFirstPageSeconds: number;
  requestFirstPageWithProfilesSeconds: number;
  streamedSeconds: number;
  saveSeconds: number;
  stored: number;
  duplicates: number;
}> {
  const { getDb } = await import("@/lib/db/client");
  const { previewImport } = await import("@/lib/sources/import-sources");
  const { getImportJob, launchImportJob, startImportJob } = await import("@/lib/sources/import-jobs");
  const editor = await getDb().user.create({
    data: { email: `bench-big-paste-${Date.now().toString(36)}@desk.test`, name: "Bench editor", role: "EDITOR", passwordHash: "-", isActive: false },
    select: { id: true, email: true, name: true, role: true },
  });
  const text = buildBigPaste(copies);
  const fileName = "big-paste.txt";
  let started = performance.now();
  const sources = await previewImport(editor, { fileName, text });
  const previewSeconds = (performance.now() - started) / 1000;
  // The screen's preview, streamed: when the first page's new cards (20) have been reported, and when it is done.
  const { streamImportPreview } = await import("@/lib/sources/preview-stream");
  const { draftWritesSettled } = await import("@/lib/sources/import-drafts");
  let newCards = 0;
  let firstPageSeconds = Number.NaN;
  started = performance.now();
  await streamImportPreview(editor, [{ fileName, text, pasted: true }], {
    firstPage: 20,
    emit: (event) => {
      if (event.type !== "batch") return;
      newCards += event.sources.filter((s) => !s.existingId).length;
      if (newCards >= 20 && Number.isNaN(firstPageSeconds)) firstPageSeconds = (performance.now() - started) / 1000;
    },
  });
  const streamedSeconds = (performance.now() - started) / 1000;
  await draftWritesSettled();
  // The same through the route's request, the text posted as the body in 64 KB chunks: from the first byte sent to
  // the first page of new cards in the answer (reading the body, the profiles, the split, the first batches).
  const requestFirstPageSeconds = await firstPageThroughRequest(editor, text);
  await draftWritesSettled();
  // The same with fifty outlet profiles in the database (one of an outlet the paste names), removed afterwards.
  const profileIds = await addOutletProfiles(50, [...new Set(sources.flatMap((s) => (s.outlet ? [s.outlet] : [])))].slice(0, 1));
  const requestFirstPageWithProfilesSeconds = await firstPageThroughRequest(editor, text);
  await draftWritesSettled();
  await getDb().outletProfile.deleteMany({ where: { id: { in: profileIds } } });
  started = performance.now();
  const { id } = await startImportJob(editor, { files: [{ fileName, text, overrides: [] }] }, { run: false });
  await launchImportJob(id);
  const saveSeconds = (performance.now() - started) / 1000;
  const job = await getImportJob(editor, id);
  if (job.state !== "done") throw new Error(`the big paste's import job ended ${job.state} (${job.error})`);
  return {
    megabytes: Math.round((Buffer.byteLength(text) / (1024 * 1024)) * 10) / 10,
    articles: sources.length,
    previewSeconds,
    firstPageSeconds,
    requestFirstPageSeconds,
    requestFirstPageWithProfilesSeconds,
    streamedSeconds,
    saveSeconds,
    stored: job.stored,
    duplicates: job.duplicates,
  };
}

/**
 * `count` outlet profiles as a desk gathers them: those of `named` (outlets the paste names) and the rest of outlets
 * it does not name, each with a few line shapes; returns their ids.
 */
async function addOutletProfiles(count: number, named: readonly string[]): Promise<string[]> {
  const { getDb } = await import("@/lib/db/client");
  const { lineKey } = await import("@/lib/sources/line-roles");
  // Names apart in their keys too (a line's key reads every digit as "#").
  const outlets = [...named, ...Array.from({ length: Math.max(0, count - named.length) }, (_, i) => `Báo ${String.fromCharCode(97 + Math.floor(i / 26) % 26, 97 + (i % 26))} bench`)];
  const furniture = ["Đọc báo in mỗi sáng", "Chia sẻ bài viết lên mạng", "Theo dõi chúng tôi trên mạng xã hội"].map(lineKey);
  const existing = new Set((await getDb().outletProfile.findMany({ select: { outletKey: true } })).map((p) => p.outletKey));
  const created = await getDb().outletProfile.createManyAndReturn({
    data: outlets.filter((outlet) => !existing.has(lineKey(outlet))).map((outlet) => ({ outletKey: lineKey(outlet), outlet, furniture, dateHints: ["cap nhat # # # # #"] })),
    select: { id: true },
  });
  return created.map((p) => p.id);
}

async function firstPageThroughRequest(editor: Actor, text: string): Promise<number> {
  const { answerPreviewRequest } = await import("@/lib/sources/preview-request");
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 64 * 1024)));
    },
  });
  const started = performance.now();
  const request = new Request("http://bench.local/sources/import/preview?fileName=big-paste.txt&firstPage=20", {
    method: "POST",
    body,
    headers: { "content-type": "text/plain; charset=utf-8" },
    duplex: "half",
  } as RequestInit);
  const response = await answerPreviewRequest(editor, request, "vi");
  if (!response.body || !response.ok) throw new Error(`the preview's request was refused: ${await response.text()}`);
  let firstPage = Number.NaN;
  let newCards = 0;
  let buffered = "";
  let last = "";
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffered += read.value;
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      const event = JSON.parse(line) as { type: string; sources?: { existingId: string | null }[] };
      last = event.type;
      newCards += (event.sources ?? []).filter((s) => !s.existingId).length;
      if (newCards >= 20 && Number.isNaN(firstPage)) firstPage = (performance.now() - started) / 1000;
    }
  }
  if (last !== "done") throw new Error(`the preview's request ended with "${last}"`);
  return firstPage;
}
