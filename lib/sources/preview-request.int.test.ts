// The preview's request as the route answers it, on real PostgreSQL and real parse workers, with a body sent a chunk
// at a time: a paste sent as the body itself gives the same cards and keeps the same text as the whole parse, a
// client gone mid-body or a body over the limit is answered without keeping anything, and the account's slot is free.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser } from "@/test/factories";
import { buildBigPaste } from "@/bench/big-paste";
import { inFlight } from "@/lib/http/in-flight";
import { previewShaped } from "./import-sources";
import { draftWritesSettled } from "./import-drafts";
import { ParsePool } from "./parse-in-worker";
import { MAX_IMPORT_BYTES } from "./parse-import";
import { answerPreviewRequest, type PreviewRefusal } from "./preview-request";
import { previewLines } from "@/test/preview-lines";
import { importSlotKey } from "./import-slots";

const pool = new ParsePool({ timeoutMs: 60_000, maxHeapMb: 512, workers: 2 });
afterAll(() => pool.close());

beforeEach(async () => {
  await draftWritesSettled();
  await clearSources();
  await getDb().$executeRaw`DELETE FROM "ImportDraft"`;
});

/** A body handed out one chunk per pull; `then` runs after the last chunk instead of ending the body (to fail it). */
function body(chunks: Uint8Array[], then?: (controller: ReadableStreamDefaultController<Uint8Array>) => void) {
  const pulled = { chunks: 0, bytes: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled.chunks];
      if (!next) return then ? then(controller) : controller.close();
      pulled.chunks++;
      pulled.bytes += next.byteLength;
      controller.enqueue(next);
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { stream, pulled };
}

/** `bytes` in chunks of `size`, the way a socket delivers a big body (cuts fall inside characters). */
const chunksOf = (bytes: Uint8Array, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

const textRequest = (stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request("http://desk.test/sources/import/preview?fileName=big.txt&firstPage=20", {
    method: "POST",
    body: stream,
    headers: { "content-type": "text/plain; charset=utf-8", ...headers },
    duplex: "half",
  } as RequestInit);

describe("the preview's request, a paste sent as the body", () => {
  it("read a chunk at a time (characters cut between chunks), gives the whole parse's cards and keeps the text as sent", async () => {
    const editor = await makeUser();
    const text = buildBigPaste(2);
    const bytes = new TextEncoder().encode(text);
    // 4093 bytes: not a multiple of 2, 3 or 4, so cuts fall inside the Vietnamese text's 2- and 3-byte characters.
    const chunks = chunksOf(bytes, 4093);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    expect(chunks.some((chunk) => { try { decoder.decode(chunk); return false; } catch { return true; } }), "some chunk ends inside a character").toBe(true);
    const { stream } = body(chunks);
    const lines = await previewLines(await answerPreviewRequest(editor, textRequest(stream), "vi", { pool }));
    const done = lines.at(-1);
    expect(done?.type, JSON.stringify(done)).toBe("done");
    const whole = await previewShaped(editor, { fileName: "big.txt", text });
    const cards = lines.flatMap((line) => (line.type === "batch" ? line.sources : []));
    expect(cards).toEqual(whole.shaped.map((s) => ({ ...s.summary, existingId: null })));
    expect(lines.flatMap((line) => (line.type === "batch" ? line.details : [])).length).toBe(20);
    const kept = await getDb().importDraftFile.findMany({ where: { draftId: (done as { draftId: string }).draftId }, select: { fileName: true, text: true } });
    expect(kept).toEqual([{ fileName: "big.txt", text }]);
    expect(inFlight(importSlotKey(editor))).toBe(0);
  });

  it("a client gone mid-body: answered, nothing kept, the slot free at once", async () => {
    const editor = await makeUser();
    const bytes = new TextEncoder().encode(buildBigPaste(2));
    const { stream, pulled } = body(chunksOf(bytes, 64 * 1024).slice(0, 5), (controller) => controller.error(new TypeError("terminated")));
    const response = await answerPreviewRequest(editor, textRequest(stream), "vi", { pool });
    expect(pulled.chunks).toBe(5);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(inFlight(importSlotKey(editor))).toBe(0);
    await draftWritesSettled();
    expect(await getDb().importDraft.count({ where: { ownerId: editor.id } })).toBe(0);
    expect(await getDb().source.count()).toBe(0);
  });

  it("over the 20 MB limit: refused with one line once the limit is passed, the rest never read; by its declared length, before any", async () => {
    const editor = await makeUser();
    const megabyte = new Uint8Array(1024 * 1024).fill(0x61);
    const { stream, pulled } = body(Array.from({ length: 60 }, () => megabyte));
    const response = await answerPreviewRequest(editor, textRequest(stream), "vi", { pool });
    expect(response.status).toBe(413);
    const refusal = (await response.json()) as PreviewRefusal;
    expect(refusal).toEqual({ ok: false, code: "TOO_LARGE", message: "Văn bản vượt quá giới hạn 20 MB.", fieldErrors: { text: ["Văn bản vượt quá giới hạn 20 MB."] } });
    expect(pulled.bytes).toBe(MAX_IMPORT_BYTES + megabyte.byteLength);
    expect(pulled.cancelled).toBe(true);
    expect(inFlight(importSlotKey(editor))).toBe(0);

    const declared = body([megabyte]);
    const early = await answerPreviewRequest(editor, textRequest(declared.stream, { "content-length": String(MAX_IMPORT_BYTES + 1) }), "en", { pool });
    expect(early.status).toBe(413);
    expect(((await early.json()) as PreviewRefusal).message).toBe("The text is over the 20 MB import limit.");
    expect(declared.pulled.chunks).toBe(0);
    expect(inFlight(importSlotKey(editor))).toBe(0);
    expect(await getDb().importDraft.count({ where: { ownerId: editor.id } })).toBe(0);
  });

  it("an empty body is refused beside the text box, in the editor's language", async () => {
    const editor = await makeUser();
    const response = await answerPreviewRequest(editor, textRequest(body([new TextEncoder().encode("  \n ")]).stream), "en", { pool });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, code: "INVALID", message: "Paste or upload some text.", fieldErrors: { text: ["Paste or upload some text."] } });
    expect(inFlight(importSlotKey(editor))).toBe(0);
  });
});
