// Preview drafts on real PostgreSQL: the preview's answer carries summaries only, each card's text and line roles
// are read a page at a time by the draft's owner alone, a re-read replaces its file, and an owner's next preview
// leaves the last (another tab may show it).
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser, rejection } from "@/test/factories";
import { buildBigPaste } from "@/bench/big-paste";
import pg from "pg";
import { importSources, previewImport, previewShaped } from "./import-sources";
import { createImportDraft, draftWritesSettled, readDraftPage, rereadDraftFile, summaryOf, WARNINGS_PER_CODE } from "./import-drafts";
import { startImportJob } from "./import-jobs";
import { lineKey } from "./line-roles";

const BANNER = "Đọc báo in mỗi sáng cùng ứng dụng Báo Quảng Trị";
const article = (headline: string) =>
  [
    BANNER,
    "",
    headline,
    "",
    "Cập nhật 21/09/2023 10:15",
    "",
    "(Báo Quảng Trị) - Đoàn công tác của tỉnh đã làm việc với đối tác về dự án cảng biển, theo thông báo của Sở Ngoại vụ hôm thứ Năm.",
    "",
    "Hai bên dự kiến ký biên bản ghi nhớ tại thành phố Đông Hà, theo kế hoạch đã được thống nhất.",
  ].join("\n");

beforeEach(async () => {
  await draftWritesSettled();
  await clearSources();
  await getDb().$executeRaw`DELETE FROM "ImportDraft"`;
});

describe("import drafts", () => {
  it("keep a big preview's texts server-side: the summaries are a small part of the full answer, pages come by request", async () => {
    const editor = await makeUser();
    const text = buildBigPaste(2);
    const sources = await previewImport(editor, { fileName: "big.txt", text });
    const { draftId, summaries } = await createImportDraft(editor, [{ sources }]);
    const full = JSON.stringify(sources).length;
    const small = JSON.stringify(summaries).length;
    console.log(`preview answer: ${sources.length} articles, full ${Math.round(full / 1024)} KB, summaries ${Math.round(small / 1024)} KB`);
    expect(summaries[0]).toHaveLength(sources.length);
    expect(small, "summaries are under an eighth of the full answer").toBeLessThan(full / 8);
    expect(summaries[0]![0]).not.toHaveProperty("body");
    expect(summaries[0]![0]).not.toHaveProperty("lines");
    expect(summaries[0]![3]!.title).toBe(sources[3]!.title);
    // A dossier's first article carries a warning per article missing from its table of contents: a few of each
    // kind go to the card, the rest are counted.
    const flooded = sources.findIndex((s) => s.warningCodes.length > 2 * WARNINGS_PER_CODE);
    expect(flooded, "the big paste has an article with many warnings").toBeGreaterThanOrEqual(0);
    const card = summaries[0]![flooded]!;
    const perCode = new Map<string, number>();
    for (const w of card.warningCodes) perCode.set(w.code, (perCode.get(w.code) ?? 0) + 1);
    expect(Math.max(...perCode.values())).toBeLessThanOrEqual(WARNINGS_PER_CODE);
    expect(card.warningCodes.length + card.warningsLeftOut!).toBe(sources[flooded]!.warningCodes.length);
    expect(summaries[0]!.filter((s) => s.warningsLeftOut === undefined).length, "cards with few warnings list them all").toBeGreaterThan(0);

    const page = await readDraftPage(editor, { draftId, items: [0, 1, 2].map((index) => ({ fileIndex: 0, index })) });
    expect(page.map((p) => p.detail?.body)).toEqual(sources.slice(0, 3).map((s) => s.body));
    expect(page[1]!.detail?.lines).toEqual(sources[1]!.lines);
    expect(await getDb().importDraftSource.count({ where: { draftId } })).toBe(sources.length);
  });

  it("are read by their owner only; a stranger's id and an over-long page are refused", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const sources = await previewImport(owner, { fileName: "a.txt", text: article("Quảng Trị mở rộng hợp tác cảng biển") });
    const { draftId } = await createImportDraft(owner, [{ sources }]);
    expect(await rejection(readDraftPage(other, { draftId, items: [{ fileIndex: 0, index: 0 }] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(readDraftPage(null, { draftId, items: [{ fileIndex: 0, index: 0 }] }))).toMatchObject({ code: "UNAUTHENTICATED" });
    const tooMany = Array.from({ length: 51 }, (_, index) => ({ fileIndex: 0, index }));
    expect(await rejection(readDraftPage(owner, { draftId, items: tooMany }))).toMatchObject({ code: "INVALID" });
    expect(await rejection(rereadDraftFile(other, { draftId, fileIndex: 0, fileName: "a.txt", text: article("x"), roles: [] }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("take a re-read file's new roles, keep no text of articles the desk holds, and give way to the owner's next preview", async () => {
    const editor = await makeUser();
    const headline = "Quảng Trị mở rộng hợp tác cảng biển với đối tác";
    const text = article(headline);
    const { draftId, summaries } = await createImportDraft(editor, [{ sources: await previewImport(editor, { fileName: "a.txt", text }) }]);
    expect(summaries[0]![0]!.title).toBe(BANNER);

    const reread = await rereadDraftFile(editor, { draftId, fileIndex: 0, fileName: "a.txt", text, roles: [{ key: lineKey(BANNER), role: "furniture" }] });
    expect(reread[0]!.title).toBe(headline);
    const [item] = await readDraftPage(editor, { draftId, items: [{ fileIndex: 0, index: 0 }] });
    expect(item!.detail!.lines.find((l) => l.text === BANNER)?.role).toBe("furniture");

    // Once stored, the same article previews as known: no text kept for it.
    await importSources(editor, { fileName: "a.txt", text, roles: [{ key: lineKey(BANNER), role: "furniture" }] });
    const next = await createImportDraft(editor, [{ sources: await previewImport(editor, { fileName: "a.txt", text, roles: [{ key: lineKey(BANNER), role: "furniture" }] }) }]);
    expect(next.summaries[0]![0]!.existingId).not.toBeNull();
    expect(await getDb().importDraftSource.count({ where: { draftId: next.draftId } })).toBe(0);
    // The earlier draft stays (another tab may show it): an owner keeps a few (import-draft-leases.int.test.ts).
    expect(await getDb().importDraft.count({ where: { ownerId: editor.id } })).toBe(2);
    expect((await readDraftPage(editor, { draftId, items: [{ fileIndex: 0, index: 0 }] }))[0]!.detail).not.toBeNull();
  });

  it("keep an uploaded file's text with the draft: the answer does not carry it, save, job and re-read name the draft, and a stranger's draft id is refused", async () => {
    const editor = await makeUser();
    const stranger = await makeUser();
    const headline = "Quảng Trị khởi công tuyến đường ven biển nối hai huyện";
    const text = article(headline);
    const bytes = new TextEncoder().encode(text);
    const upload = await previewShaped(editor, { fileName: "upload.txt", bytes });
    expect(upload.text).toBe(text);
    const { draftId, summaries, firstPage } = await createImportDraft(editor, [{ fileName: "upload.txt", kept: upload.text, shaped: upload.shaped }], { firstPage: 20 });
    await draftWritesSettled();
    // The answer: summaries and the first page's details, never the file's text.
    const answer = JSON.stringify({ draftId, summaries });
    expect(answer).not.toContain("Hai bên dự kiến ký biên bản ghi nhớ");
    expect(firstPage[0]!.detail!.body).toContain("Hai bên dự kiến ký biên bản ghi nhớ");
    const ref = { draftId, fileIndex: 0 };

    // A stranger naming the draft (a forged or guessed id) gets nothing read, parsed, queued or stored.
    expect(await rejection(rereadDraftFile(stranger, { ...ref, fileName: "upload.txt", text: "", roles: [] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(importSources(stranger, { ...ref, fileName: "upload.txt", text: "", overrides: [] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(startImportJob(stranger, { files: [{ ...ref, fileName: "upload.txt", text: "", overrides: [] }] }, { run: false }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(importSources(editor, { draftId: "00000000-0000-4000-8000-000000000000", fileIndex: 0, fileName: "upload.txt", text: "", overrides: [] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().importJob.count({ where: { ownerId: stranger.id } })).toBe(0);
    expect(await getDb().source.count()).toBe(0);

    // The owner's re-read parses the kept text (the request carries none).
    const reread = await rereadDraftFile(editor, { ...ref, fileName: "upload.txt", text: "", roles: [{ key: lineKey(BANNER), role: "furniture" }] });
    expect(reread[0]!.title).toBe(headline);
    // A job copies the kept text into itself (the next preview may replace the draft).
    const { id } = await startImportJob(editor, { files: [{ ...ref, fileName: "upload.txt", text: "", overrides: [] }] }, { run: false });
    const job = await getDb().importJob.findUniqueOrThrow({ where: { id }, select: { files: true } });
    expect((job.files as { text: string }[])[0]!.text).toBe(text);
    // A save stores the kept text, whatever text came with the request.
    const saved = await importSources(editor, { ...ref, fileName: "upload.txt", text: "Một văn bản khác gửi kèm.", overrides: [{ index: 0, title: headline }] });
    expect(saved.outcomes).toHaveLength(1);
    const stored = await getDb().source.findFirstOrThrow({ select: { title: true, body: true } });
    expect(stored.title).toBe(headline);
    expect(stored.body).toContain("Hai bên dự kiến ký biên bản ghi nhớ");
  });

  it("keep a pasted text with the draft as an upload's: save, job and re-read name the draft; a text edited after the preview is what is saved; a stranger's draft id is refused", async () => {
    const editor = await makeUser();
    const stranger = await makeUser();
    const headline = "Quảng Trị khánh thành cầu vượt sông Thạch Hãn";
    const pasted = article(headline);
    // What the preview action does with a pasted text: parsed on the worker, kept with the draft (written after the
    // answer, with the articles' rows).
    const preview = async (text: string, writeAfter?: Promise<unknown>) => {
      const { shaped } = await previewShaped(editor, { fileName: "pasted.txt", text });
      const draft = await createImportDraft(editor, [{ fileName: "pasted.txt", kept: text, keptAfter: true, shaped }], { firstPage: 20, writeAfter });
      if (!writeAfter) await draftWritesSettled();
      return draft;
    };
    const first = await preview(pasted);
    expect(JSON.stringify(first.summaries)).not.toContain("Hai bên dự kiến ký biên bản ghi nhớ");
    expect(await getDb().importDraftFile.findUniqueOrThrow({ where: { draftId_fileIndex: { draftId: first.draftId, fileIndex: 0 } }, select: { text: true } })).toEqual({ text: pasted });
    const ref = { draftId: first.draftId, fileIndex: 0 };

    // A stranger naming the editor's draft gets nothing parsed, queued or stored; nor does a made-up id.
    expect(await rejection(rereadDraftFile(stranger, { ...ref, fileName: "pasted.txt", text: "", roles: [] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(importSources(stranger, { ...ref, fileName: "pasted.txt", text: "", overrides: [] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(startImportJob(stranger, { files: [{ ...ref, fileName: "pasted.txt", text: "", overrides: [] }] }, { run: false }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(importSources(stranger, { draftId: "00000000-0000-4000-8000-000000000000", fileIndex: 0, fileName: "pasted.txt", text: "", overrides: [] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().importJob.count({ where: { ownerId: stranger.id } })).toBe(0);

    // The owner's re-read and job read the kept text; the requests carry none.
    const reread = await rereadDraftFile(editor, { ...ref, fileName: "pasted.txt", text: "", roles: [{ key: lineKey(BANNER), role: "furniture" }] });
    expect(reread[0]!.title).toBe(headline);
    const { id } = await startImportJob(editor, { files: [{ ...ref, fileName: "pasted.txt", text: "", overrides: [] }] }, { run: false });
    expect((await getDb().importJob.findUniqueOrThrow({ where: { id }, select: { files: true } })).files).toMatchObject([{ text: pasted }]);
    await getDb().importJob.deleteMany({ where: { ownerId: editor.id } });

    // The editor goes back and edits the text: the edited text is previewed again into a new draft; saving names the
    // new draft and stores the edit. The first draft keeps the text it was previewed with (another tab may show it).
    const edited = pasted.replace("theo kế hoạch đã được thống nhất", "theo kế hoạch biên tập viên vừa sửa");
    // The save is sent before the text has been written (held back here until the save waits): it waits for the
    // draft's lock, then reads the text.
    let answerSent: () => void = () => undefined;
    const second = await preview(edited, new Promise<void>((resolve) => (answerSent = resolve)));
    expect(await getDb().importDraftFile.count({ where: { draftId: second.draftId } })).toBe(0);
    const saving = importSources(editor, { draftId: second.draftId, fileIndex: 0, fileName: "pasted.txt", text: "", overrides: [{ index: 0, title: headline }] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    answerSent();
    const saved = await saving;
    expect(saved.outcomes.filter((o) => o.status === "stored")).toHaveLength(1);
    const stored = await getDb().source.findFirstOrThrow({ select: { title: true, body: true } });
    expect(stored.title).toBe(headline);
    expect(stored.body).toContain("theo kế hoạch biên tập viên vừa sửa");
    expect(stored.body).not.toContain("theo kế hoạch đã được thống nhất");
    expect((await getDb().importDraftFile.findUniqueOrThrow({ where: { draftId_fileIndex: ref }, select: { text: true } })).text).toBe(pasted);
  });

  it("answer before the articles' rows are written; a reader waits for them, and a writer cut off mid-way leaves a draft readers are told to preview again", async () => {
    const editor = await makeUser();
    const text = [1, 2, 3].map((n) => article(`Quảng Trị mở rộng hợp tác cảng biển, đợt ${n}`) + ` Đợt ${n}.`).join("\n\n# \n\n");
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      // The rows' INSERT waits behind a table lock held here, as a slow write would.
      const hold = async () => {
        await db.query("BEGIN");
        await db.query(`LOCK TABLE "ImportDraftSource" IN SHARE MODE`);
      };
      const writerPid = async () => {
        // Up to 30 s: on a loaded machine the writer's transaction may take seconds to reach its INSERT. This
        // connection is inside the transaction holding the lock, where PostgreSQL keeps the first pg_stat_activity
        // it read: the snapshot is cleared before each look, or a first look before the INSERT is the only one.
        for (let i = 0; i < 1200; i++) {
          await db.query("SELECT pg_stat_clear_snapshot()");
          const { rows } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "ImportDraftSource"%'`);
          if (rows[0]) return rows[0].pid;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        throw new Error("the draft's writer never started");
      };
      const upload = await previewShaped(editor, { fileName: "a.txt", bytes: new TextEncoder().encode(text) });
      const n = upload.shaped.length;
      expect(n).toBeGreaterThan(0);

      // 1. A slow write: the preview is answered (first page from memory), a page read waits and then gets its rows.
      await hold();
      const first = await createImportDraft(editor, [{ fileName: "a.txt", kept: upload.text, shaped: upload.shaped }], { firstPage: 1 });
      expect(first.firstPage).toHaveLength(1);
      await writerPid();
      const reading = readDraftPage(editor, { draftId: first.draftId, items: [{ fileIndex: 0, index: n - 1 }] });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await db.query("COMMIT");
      const [page] = await reading;
      expect(page!.detail?.body).toBeTruthy();
      await draftWritesSettled();

      // 2. The writer's transaction is cut off after it took the draft's lock (what a killed process's dropped
      // connection does; here its INSERT is made to fail): nothing half-written is read.
      await db.query(`ALTER TABLE "ImportDraftSource" ADD CONSTRAINT "cut_off" CHECK (false) NOT VALID`);
      const second = await createImportDraft(editor, [{ fileName: "a.txt", kept: upload.text, shaped: upload.shaped }], { firstPage: 1 });
      expect(second.firstPage).toHaveLength(1);
      const reader = rejection(readDraftPage(editor, { draftId: second.draftId, items: [{ fileIndex: 0, index: 0 }] }));
      await draftWritesSettled();
      await db.query(`ALTER TABLE "ImportDraftSource" DROP CONSTRAINT "cut_off"`);
      expect(await reader).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(readDraftPage(editor, { draftId: second.draftId, items: [{ fileIndex: 0, index: 0 }] }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await getDb().importDraftSource.count({ where: { draftId: second.draftId } })).toBe(0);
      expect(await getDb().importDraft.findUniqueOrThrow({ where: { id: second.draftId }, select: { pending: true } })).toEqual({ pending: true });
      // What the editor typed is on the screen, and the file's text committed with the draft: the save still works.
      const saved = await importSources(editor, { draftId: second.draftId, fileIndex: 0, fileName: "a.txt", text: "", overrides: [{ index: 0, title: "Tiêu đề biên tập viên đã gõ" }] });
      expect(saved.outcomes.filter((o) => o.status === "stored")).toHaveLength(n);
      expect(await getDb().source.count({ where: { title: "Tiêu đề biên tập viên đã gõ" } })).toBe(1);
    } finally {
      await db.query("ROLLBACK").catch(() => undefined);
      await db.query(`ALTER TABLE "ImportDraftSource" DROP CONSTRAINT IF EXISTS "cut_off"`);
      await db.end();
    }
  });

  it("shape a preview on the parse worker exactly as the articles previewImport returns would be shaped", async () => {
    const editor = await makeUser();
    const text = buildBigPaste(2);
    const [shaped, sources] = await Promise.all([previewShaped(editor, { fileName: "big.txt", text }), previewImport(editor, { fileName: "big.txt", text })]);
    expect(shaped.text, "a text sent as text is not sent back").toBe("");
    expect(shaped.shaped.map((s) => s.summary)).toEqual(sources.map(summaryOf));
    expect(shaped.shaped.map((s) => JSON.parse(s.detail))).toEqual(sources.map(({ body, headings, captions, lines }) => ({ body, headings, captions, lines })));
    expect(shaped.shaped.map((s) => s.contentHash)).toEqual(sources.map((s) => s.contentHash));
  });
});
