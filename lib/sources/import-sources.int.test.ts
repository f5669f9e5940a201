// Importing into a real database: dossiers, dedup, near-duplicates, corrections, atomic batches, permissions.
import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser } from "@/test/factories";
import { parseImport } from "./parse-import";
import { lineKey } from "./line-roles";
import { importSources, previewImport } from "./import-sources";
import { storeParsedFiles, batchFiles, type ParsedFile } from "./store-sources";
import { updateSourceMetadata, CONFLICT_MESSAGE } from "./update-source";
import { listSourcesForDesk } from "./list-sources";

const sample = (name: string) => fs.readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), "utf8");
const DOSSIER = "dossier-the-chien-quoc-bac-trieu-tien-1.txt";
const NHATTAN = "nhattan-2023-09-arms-talks.txt";
const CANADA = "thecanadalife-2023-09-kim-to-russia.txt";

beforeEach(clearSources);

describe("importSources", () => {
  it("stores a footer line the editor marked as a caption as the source's caption", async () => {
    const editor = await makeUser();
    const caption = "Toàn cảnh lễ ký kết tại Đông Hà";
    const text = [
      "Hà Nội và Seoul ký thỏa thuận hợp tác cảng biển mới",
      "",
      "(Báo Quảng Trị) - Đoàn công tác của tỉnh đã làm việc với đối tác Hàn Quốc về dự án cảng biển, theo thông báo của Sở Ngoại vụ hôm thứ Năm.",
      "",
      caption,
      "",
      "Theo TTXVN",
    ].join("\n");
    const { outcomes } = await importSources(editor, { fileName: "caption.txt", text, roles: [{ key: lineKey(caption), role: "caption" }] });
    const stored = await getDb().source.findUniqueOrThrow({ where: { id: outcomes[0]!.id } });
    expect(stored.blocks).toContainEqual({ kind: "caption", text: caption });
    expect(stored.body).not.toContain(caption);
  });

  it("stores a report dated by its month alone, precision month and no calendar day, and an editor can set a month", async () => {
    const editor = await makeUser();
    const text = [
      "Harbour Research",
      "Dispatch from the field",
      "Ships that carry ammunition: what the records show",
      "December 2026",
      "Field teams documented the cargo of three ships that called at the port between July and October, and traced the components found in it.",
      "",
      "Most of the components were made after 2023 by companies in Europe and East Asia, the dispatch said.",
    ].join("\n");
    const { outcomes } = await importSources(editor, { fileName: "dispatch.txt", text });
    const id = outcomes[0]!.id!;
    const stored = await getDb().source.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ publishedAt: "2026-12", datePrecision: "month", publishedOn: null });
    await updateSourceMetadata(editor, { id, version: stored.version, publishedAt: "2026-11" });
    expect(await getDb().source.findUniqueOrThrow({ where: { id } })).toMatchObject({ publishedAt: "2026-11", datePrecision: "month" });
  });

  it("stores the dossier as 26 sources linked to their dossier, in order, with an audit event each", async () => {
    const editor = await makeUser();
    const { summary, outcomes } = await importSources(editor, { fileName: DOSSIER, text: sample(DOSSIER) });
    expect(summary).toMatchObject({ stored: 26, duplicates: 0 });
    const dossier = await getDb().dossier.findFirstOrThrow({ include: { sources: { orderBy: { dossierIndex: "asc" } } } });
    expect(dossier.sources).toHaveLength(26);
    expect(dossier.sources.map((s) => s.dossierIndex)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(dossier.sources[1]).toMatchObject({ title: "An ninh Triều Tiên khử trùng ghế của Kim Jong Un tại cuộc họp với Putin", publishedAt: "2023-09-18" });
    expect(dossier.sources[1]!.publishedOn?.toISOString().slice(0, 10)).toBe("2023-09-18");
    expect(dossier.raw).toBe(sample(DOSSIER));
    expect(await getDb().auditEvent.count({ where: { action: "source.import", actorId: editor.id } })).toBe(26);
    expect(outcomes.every((o) => o.status === "stored")).toBe(true);
  });

  it("stores a capture's outlet and original address from the corpus (Tuổi Trẻ text with a 'Nguồn:' line)", async () => {
    const editor = await makeUser();
    const text = fs.readFileSync(new URL("../../fixtures/captures/tuoitre-2.txt", import.meta.url), "utf8");
    const { outcomes } = await importSources(editor, { fileName: "tuoitre-2.txt", text });
    const stored = await getDb().source.findUniqueOrThrow({ where: { id: outcomes[0]!.id! } });
    expect(stored).toMatchObject({ outlet: "Tuổi Trẻ", url: "https://tuoitre.vn/gia-lua-tang-nhe-20240701.htm", publishedAt: "2024-07-01T09:30+07:00" });
    expect(stored.body).not.toMatch(/Theo dõi Tuổi Trẻ|Tin liên quan|Bình luận/);
  });

  it("recognises the same article imported again with other whitespace and furniture, and stores nothing twice", async () => {
    const editor = await makeUser();
    const first = await importSources(editor, { fileName: NHATTAN, text: sample(NHATTAN) });
    expect(first.summary.stored).toBe(1);
    const noisy = `Vui lòng kích hoạt javascript\nLoader\n\n${sample(NHATTAN).replace(/\. /g, ".   ").replace(/\n\n/g, "\n\n\n")}\n\nTags: , ,\nComments are closed.\n`;
    const second = await importSources(editor, { fileName: "again.txt", text: noisy });
    expect(second.summary).toMatchObject({ stored: 0, duplicates: 1 });
    expect(second.outcomes[0]!.id).toBe(first.outcomes[0]!.id);
    expect(await getDb().source.count()).toBe(1);
  });

  it("stores a near-duplicate relay but flags it with a link to its twin", async () => {
    const editor = await makeUser();
    const original = await importSources(editor, { fileName: NHATTAN, text: sample(NHATTAN) });
    const relay = sample(NHATTAN).replace("Theo Reuters, các cuộc đàm phán", "Hãng tin Reuters cho biết các cuộc đàm phán").replace("nói với các phóng viên", "trả lời báo chí");
    const relayed = await importSources(editor, { fileName: "relay.txt", text: relay });
    expect(relayed.summary).toMatchObject({ stored: 1, nearDuplicates: 1 });
    expect(relayed.outcomes[0]!.nearDuplicateOf).toMatchObject({ id: original.outcomes[0]!.id });
    const stored = await getDb().source.findUniqueOrThrow({ where: { id: relayed.outcomes[0]!.id } });
    expect(stored.nearDuplicateOfId).toBe(original.outcomes[0]!.id);
    expect(stored.nearDuplicateScore).toBeGreaterThanOrEqual(0.5);
    const unrelated = await importSources(editor, { fileName: CANADA, text: sample(CANADA) });
    expect(unrelated.outcomes[0]!.nearDuplicateOf).toBeNull();
  });

  it("finds the article a relay copies among many on the same story, in the same import or a later one", async () => {
    const editor = await makeUser();
    const dossier = await importSources(editor, { fileName: DOSSIER, text: sample(DOSSIER) });
    const twin = await getDb().source.findFirstOrThrow({ where: { dossierIndex: 5 } });
    // Each relay words the story its own way (the outlet's name above the headline is a masthead, not article text).
    const relayOf = (body: string, outlet: string) => `${outlet}\n\n${body.replace(/Triều Tiên/g, "CHDCND Triều Tiên").replace(/\. /, `, theo các nguồn tin của ${outlet}. `)}`;
    const later = await importSources(editor, { fileName: "relay.txt", text: relayOf(twin.body, "Bản tin chuyển tiếp") });
    expect(later.outcomes[0]!.nearDuplicateOf).toMatchObject({ id: twin.id });
    // Two relays in one batch: the second is compared with the first before either is stored.
    const files = ["A", "B"].map((outlet) => {
      const text = relayOf(sample(CANADA), `Bản tin ${outlet}`);
      return { fileName: `${outlet}.txt`, text, sources: parseImport(text, `${outlet}.txt`) };
    });
    const pair = await storeParsedFiles(files, { importedById: editor.id });
    expect(pair.map((o) => o.nearDuplicateOf?.id ?? null)).toEqual([null, pair[0]!.id]);
    expect(dossier.summary.nearDuplicates).toBe(0);
  });

  it("does not flag different articles on the same summit as near-duplicates", async () => {
    const editor = await makeUser();
    const { summary } = await importSources(editor, { fileName: DOSSIER, text: sample(DOSSIER) });
    expect(summary.nearDuplicates).toBe(0);
  });

  it("applies the editor's corrections from the preview", async () => {
    const editor = await makeUser();
    const preview = await previewImport(editor, { fileName: NHATTAN, text: sample(NHATTAN) });
    expect(preview).toHaveLength(1);
    expect(preview[0]).toMatchObject({ title: null, agency: "Reuters", existingId: null });
    const { outcomes } = await importSources(editor, {
      fileName: NHATTAN,
      text: sample(NHATTAN),
      overrides: [{ index: 0, title: "Mỹ: đàm phán vũ khí Nga – Triều Tiên đang tiến triển", publishedAt: "2023-08-30", outlet: "Nhật Tân" }],
    });
    const stored = await getDb().source.findUniqueOrThrow({ where: { id: outcomes[0]!.id } });
    expect(stored).toMatchObject({ title: "Mỹ: đàm phán vũ khí Nga – Triều Tiên đang tiến triển", publishedAt: "2023-08-30", datePrecision: "day", outlet: "Nhật Tân", agency: "Reuters" });
    expect((await previewImport(editor, { fileName: NHATTAN, text: sample(NHATTAN) }))[0]!.existingId).toBe(stored.id);
  });

  it("refuses bad input with field errors and stores nothing", async () => {
    const editor = await makeUser();
    await expect(importSources(editor, { fileName: "", text: "   " })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { fileName: expect.any(Array), text: expect.any(Array) } },
    });
    await expect(importSources(editor, { fileName: "x.txt", text: sample(NHATTAN), overrides: [{ index: 0, publishedAt: "2023-02-30" }] })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { "overrides.0.publishedAt": expect.any(Array) } },
    });
    expect(await getDb().source.count()).toBe(0);
  });

  it("is refused to callers without a session", async () => {
    await expect(importSources(null, { fileName: "x.txt", text: sample(NHATTAN) })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(previewImport(null, { fileName: "x.txt", text: sample(NHATTAN) })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("storeParsedFiles", () => {
  const file = (name: string, text: string): ParsedFile => ({ fileName: name, text, sources: parseImport(text, name) });

  it("keeps whole files together when batching", () => {
    const files = [file("a", sample(NHATTAN)), file(DOSSIER, sample(DOSSIER)), file("c", sample(CANADA))];
    expect(batchFiles(files, 10).map((batch) => batch.map((f) => f.fileName))).toEqual([["a"], [DOSSIER], ["c"]]);
    expect(batchFiles(files, 100).map((batch) => batch.length)).toEqual([3]);
  });

  it("rolls back a whole batch when one article fails, and a rerun completes without duplicates", async () => {
    const good = file(NHATTAN, sample(NHATTAN));
    const broken = file(CANADA, sample(CANADA));
    broken.sources[0] = { ...broken.sources[0]!, language: null as unknown as string }; // violates NOT NULL
    await expect(storeParsedFiles([good, broken], { importedById: null })).rejects.toThrow();
    expect(await getDb().source.count()).toBe(0);
    const outcomes = await storeParsedFiles([good, file(CANADA, sample(CANADA))], { importedById: null });
    expect(outcomes.map((o) => o.status)).toEqual(["stored", "stored"]);
    const again = await storeParsedFiles([good, file(CANADA, sample(CANADA))], { importedById: null });
    expect(again.map((o) => o.status)).toEqual(["duplicate", "duplicate"]);
    expect(await getDb().source.count()).toBe(2);
  });

  it("lets two concurrent imports of the same article store it once", async () => {
    const results = await Promise.all([storeParsedFiles([file("one", sample(NHATTAN))], { importedById: null }), storeParsedFiles([file("two", sample(NHATTAN))], { importedById: null })]);
    expect(results.flat().map((o) => o.status).sort()).toEqual(["duplicate", "stored"]);
    expect(await getDb().source.count()).toBe(1);
  });
});

describe("editing and listing sources", () => {
  it("saves corrected metadata with a new version and refuses a stale save with the current row", async () => {
    const editor = await makeUser();
    const { outcomes } = await importSources(editor, { fileName: CANADA, text: sample(CANADA) });
    const id = outcomes[0]!.id;
    const saved = await updateSourceMetadata(editor, { id, version: 1, title: "Kim Jong Un sang Nga", publishedAt: "2023-09-12", outlet: "The Canada Life", language: "vi" });
    expect(saved).toMatchObject({ version: 2, title: "Kim Jong Un sang Nga", datePrecision: "day" });
    await expect(updateSourceMetadata(editor, { id, version: 1, title: "stale" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: CONFLICT_MESSAGE,
      details: { current: { version: 2, title: "Kim Jong Un sang Nga" } },
    });
    const events = await getDb().auditEvent.findMany({ where: { objectId: id, action: "source.update" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ before: { version: 1 }, after: { version: 2, title: "Kim Jong Un sang Nga" } });
  });

  it("finds sources by title without diacritics and filters by outlet and date", async () => {
    const editor = await makeUser();
    await importSources(editor, { fileName: DOSSIER, text: sample(DOSSIER) });
    const byTitle = await listSourcesForDesk(editor, { q: "khu trung ghe" });
    expect(byTitle.sources.map((s) => s.title)).toEqual(["An ninh Triều Tiên khử trùng ghế của Kim Jong Un tại cuộc họp với Putin"]);
    const september = await listSourcesForDesk(editor, { from: "2023-09-01", to: "2023-09-30" });
    expect(september.total).toBeGreaterThan(10);
    expect(september.sources.every((s) => (s.publishedAt ?? "").startsWith("2023-09"))).toBe(true);
    const outlet = september.sources.find((s) => s.outlet)?.outlet;
    const byOutlet = await listSourcesForDesk(editor, { outlet });
    expect(byOutlet.total).toBeGreaterThan(0);
    expect(byOutlet.sources.every((s) => s.outlet === outlet)).toBe(true);
    await expect(listSourcesForDesk(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
