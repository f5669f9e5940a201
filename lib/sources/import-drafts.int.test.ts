// Preview drafts on real PostgreSQL: the preview's answer carries summaries only, each card's text and line roles
// are read a page at a time by the draft's owner alone, a re-read replaces its file, and an owner's next preview
// replaces the last.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser, rejection } from "@/test/factories";
import { buildBigPaste } from "@/bench/big-paste";
import { importSources, previewImport } from "./import-sources";
import { createImportDraft, readDraftPage, rereadDraftFile, WARNINGS_PER_CODE } from "./import-drafts";
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
    // The earlier draft went with the new preview.
    expect(await getDb().importDraft.count({ where: { ownerId: editor.id } })).toBe(1);
    expect(await rejection(readDraftPage(editor, { draftId, items: [{ fileIndex: 0, index: 0 }] }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
