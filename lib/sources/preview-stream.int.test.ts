// The streamed import preview on real PostgreSQL and real parse workers: the cards come in the order the whole parse
// gives them, the draft can be neither paged nor saved until the last article is read, and a preview stopped mid-way
// (the editor leaving, the time budget, an error) frees the account's parse slot and keeps nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser, rejection } from "@/test/factories";
import { buildBigPaste } from "@/bench/big-paste";
import { inFlight, withinInFlightLimit } from "@/lib/http/in-flight";
import { previewShaped, importSources } from "./import-sources";
import { draftWritesSettled, readDraftPage } from "./import-drafts";
import { ImportFileError } from "./parse-import";
import { ParseAbortedError, ParsePool } from "./parse-in-worker";
import { streamImportPreview, type PreviewEvent } from "./preview-stream";
import { IMPORTS_AT_ONCE, importSlotKey } from "./import-slots";

const pools: ParsePool[] = [];
const pool = (limits: Partial<ParsePool["limits"]> = {}) => {
  const created = new ParsePool({ timeoutMs: 60_000, maxHeapMb: 512, workers: 2, ...limits });
  pools.push(created);
  return created;
};
afterAll(async () => Promise.all(pools.map((p) => p.close())));
/**
 * One pool of the default bounds for the previews that ask none of their own: starting its workers (tsx compiling the
 * parser) is much of a small preview's time. The tests that stop, time out or terminate a worker have pools of their own.
 */
let defaultPool: ParsePool | undefined;
const sharedPool = () => (defaultPool ??= pool());

beforeEach(async () => {
  await draftWritesSettled();
  await clearSources();
  await getDb().$executeRaw`DELETE FROM "ImportDraft"`;
});

const draftsOf = (ownerId: string) => getDb().importDraft.count({ where: { ownerId } });

describe("streamed import preview", () => {
  it("reports the articles in the whole parse's order, and the draft is paged and saved only once it is done", async () => {
    const editor = await makeUser();
    const text = buildBigPaste(4);
    const whole = await previewShaped(editor, { fileName: "big.txt", text });
    const events: PreviewEvent[] = [];
    const during: { page: unknown; save: unknown; kept: number }[] = [];
    let draftId: string | null = null;
    const done = await streamImportPreview(editor, [{ fileName: "big.txt", text, pasted: true }], {
      pool: sharedPool(),
      firstPage: 20,
      emit: async (event) => {
        events.push(event);
        if (event.type !== "batch" || during.length) return;
        // Mid-way: the draft exists, holds rows, but is pending: neither paged nor saved (it keeps no text yet).
        const [draft] = await getDb().importDraft.findMany({ where: { ownerId: editor.id }, select: { id: true, pending: true } });
        expect(draft?.pending).toBe(true);
        draftId = draft!.id;
        during.push({
          page: await rejection(readDraftPage(editor, { draftId, items: [{ fileIndex: 0, index: 0 }] })),
          save: await rejection(importSources(editor, { draftId, fileIndex: 0, fileName: "big.txt", text: "", overrides: [] })),
          kept: await getDb().importDraftFile.count({ where: { draftId } }),
        });
      },
    });
    expect(done).toBe(draftId);
    expect(during).toEqual([{ page: expect.objectContaining({ code: "NOT_FOUND" }), save: expect.objectContaining({ code: "NOT_FOUND" }), kept: 0 }]);
    expect(await getDb().source.count(), "nothing was stored by the refused save").toBe(0);

    const [file, ...rest] = events;
    expect(file).toMatchObject({ type: "file", fileIndex: 0, fileName: "big.txt", pasted: true });
    const articles = (file as Extract<PreviewEvent, { type: "file" }>).articles;
    expect(articles).toBeGreaterThanOrEqual(whole.shaped.length);
    const batches = rest.filter((e): e is Extract<PreviewEvent, { type: "batch" }> => e.type === "batch");
    expect(batches.length, "more than one batch").toBeGreaterThan(1);
    expect(rest.at(-1)).toMatchObject({ type: "done", draftId: done });
    // Read counts only grow, and the last batch has read them all.
    expect(batches.map((b) => b.read)).toEqual([...batches.map((b) => b.read)].sort((a, b) => a - b));
    expect(batches.at(-1)!.read).toBe(articles);
    // The same cards as the whole parse's preview, in its order (nothing in the desk yet: none marked existing).
    expect(batches.flatMap((b) => b.sources)).toEqual(whole.shaped.map((s) => ({ ...s.summary, existingId: null })));
    // The first page's details come with the batches, and only those.
    const details = batches.flatMap((b) => b.details);
    expect(details.map((d) => d.index)).toEqual(whole.shaped.slice(0, 20).map((s) => s.summary.index));
    expect(details.map((d) => d.detail)).toEqual(whole.shaped.slice(0, 20).map((s) => JSON.parse(s.detail)));

    // Done: paged, and saved by naming the draft (its text kept, never sent again).
    const [last] = await readDraftPage(editor, { draftId: done, items: [{ fileIndex: 0, index: whole.shaped.length - 1 }] });
    expect(last!.detail).toEqual(JSON.parse(whole.shaped.at(-1)!.detail));
    expect(await getDb().importDraftFile.findUniqueOrThrow({ where: { draftId_fileIndex: { draftId: done, fileIndex: 0 } }, select: { text: true } })).toEqual({ text });
    const saved = await importSources(editor, { draftId: done, fileIndex: 0, fileName: "big.txt", text: "", overrides: [] });
    expect(saved.outcomes.filter((o) => o.status === "stored").length).toBe(whole.shaped.length);
  }, 120_000);

  it("marks the articles the desk holds and keeps no row for them", async () => {
    const editor = await makeUser();
    const text = buildBigPaste(2);
    const first = await streamImportPreview(editor, [{ fileName: "a.txt", text, pasted: true }], { pool: sharedPool(), emit: () => undefined });
    await importSources(editor, { draftId: first, fileIndex: 0, fileName: "a.txt", text: "", overrides: [] });
    const batches: Extract<PreviewEvent, { type: "batch" }>[] = [];
    const again = await streamImportPreview(editor, [{ fileName: "a.txt", text, pasted: true }], { pool: sharedPool(), firstPage: 20, emit: (e) => void (e.type === "batch" && batches.push(e)) });
    const sources = batches.flatMap((b) => b.sources);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.existingId !== null)).toBe(true);
    expect(batches.flatMap((b) => b.details), "no details for articles the desk holds").toEqual([]);
    expect(await getDb().importDraftSource.count({ where: { draftId: again } })).toBe(0);
  }, 120_000);

  it("stopped by the caller mid-way (the editor reloading): the parse stops, the slot is freed, no draft is left", async () => {
    const editor = await makeUser();
    const p = pool({ workers: 1 });
    const stop = new AbortController();
    let batches = 0;
    const key = importSlotKey(editor);
    const preview = withinInFlightLimit(key, IMPORTS_AT_ONCE, () =>
      streamImportPreview(editor, [{ fileName: "big.txt", text: buildBigPaste(16), pasted: true }], {
        pool: p,
        signal: stop.signal,
        emit: (event) => {
          if (event.type === "batch" && ++batches === 1) stop.abort();
        },
      }),
    );
    expect(inFlight(key)).toBe(1);
    expect(await preview.then(() => null, (error: unknown) => error)).toBeInstanceOf(ParseAbortedError);
    expect(batches).toBe(1);
    expect(inFlight(key)).toBe(0);
    await draftWritesSettled();
    expect(await draftsOf(editor.id)).toBe(0);
    expect(await getDb().importDraftSource.count()).toBe(0);
    // The pool's one worker was terminated mid-parse; the next preview gets a fresh one.
    const next = await streamImportPreview(editor, [{ fileName: "b.txt", text: buildBigPaste(1), pasted: true }], { pool: p, emit: () => undefined });
    await draftWritesSettled();
    expect(await getDb().importDraft.findUniqueOrThrow({ where: { id: next }, select: { pending: true } })).toEqual({ pending: false });
  }, 120_000);

  it("out of time mid-way: one ImportFileError, nothing kept; an upload refused is left out and the rest goes on", async () => {
    const editor = await makeUser();
    // The budget is set from this machine's own speed: three times what a twelfth of the text takes on a warm worker
    // (the faster of two tries). The whole text then runs out of it about a quarter of the way, after the split and
    // some batches, on a quiet machine or a loaded one alike: a fixed budget was outrun by a faster parse, and a
    // budget timed while other test files held the cores (a sixth of the text, once) was outrun when they let go.
    const timing = pool({ workers: 1 });
    await streamImportPreview(editor, [{ fileName: "warm.txt", text: buildBigPaste(1), pasted: true }], { pool: timing, emit: () => undefined });
    let twelfth = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 2; round++) {
      const started = performance.now();
      await streamImportPreview(editor, [{ fileName: "twelfth.txt", text: buildBigPaste(8), pasted: true }], { pool: timing, emit: () => undefined });
      twelfth = Math.min(twelfth, performance.now() - started);
    }
    const p = pool({ timeoutMs: Math.max(500, Math.round(3 * twelfth)), workers: 1 });
    // A warm worker: the budget is the parse's alone.
    await streamImportPreview(editor, [{ fileName: "warm.txt", text: buildBigPaste(1), pasted: true }], { pool: p, emit: () => undefined });
    const events: PreviewEvent[] = [];
    const error = await streamImportPreview(editor, [{ fileName: "huge.txt", text: buildBigPaste(96), pasted: true }], { pool: p, emit: (e) => void events.push(e) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).reason).toBe("timeout");
    // Cut off mid-way: after the split and some articles read.
    expect(events[0]).toMatchObject({ type: "file", fileName: "huge.txt" });
    expect(events.filter((e) => e.type === "batch").length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === "done")).toBe(false);
    // The finished previews above may stay (an editor keeps a few, one per tab); nothing of this one does.
    expect(await getDb().importDraft.count({ where: { ownerId: editor.id, pending: true } })).toBe(0);
    expect(await getDb().importDraftFile.count({ where: { fileName: "huge.txt" } })).toBe(0);

    // A binary upload beside a pasted text: the upload is refused in one event, the pasted text is previewed and kept.
    const mixed: PreviewEvent[] = [];
    const binary = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
    const draftId = await streamImportPreview(
      editor,
      [
        { fileName: "pasted.txt", text: buildBigPaste(1), pasted: true },
        { fileName: "photo.txt", bytes: binary },
      ],
      { pool: sharedPool(), emit: (e) => void mixed.push(e) },
    );
    await draftWritesSettled();
    expect(mixed.filter((e) => e.type === "file-error")).toEqual([{ type: "file-error", fileIndex: 1, error: expect.any(ImportFileError) }]);
    expect(await getDb().importDraftFile.findMany({ where: { draftId }, select: { fileIndex: true } })).toEqual([{ fileIndex: 0 }]);
    expect(await getDb().importDraftSource.count({ where: { draftId, fileIndex: 1 } })).toBe(0);
  }, 180_000);

  it("a text with no article is refused and leaves no draft", async () => {
    const editor = await makeUser();
    expect(await rejection(streamImportPreview(editor, [{ fileName: "blank.txt", text: "   \n\n  ", pasted: true }], { pool: sharedPool(), emit: () => undefined }))).toMatchObject({ code: "INVALID" });
    expect(await rejection(streamImportPreview(null, [{ fileName: "a.txt", text: "x", pasted: true }], { pool: sharedPool(), emit: () => undefined }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await draftsOf(editor.id)).toBe(0);
  });
});
