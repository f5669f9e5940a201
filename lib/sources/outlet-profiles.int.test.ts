// Outlet profiles on real PostgreSQL: learnt from a saved import's corrected roles, applied to the outlet's next
// import, edited and deleted by admins only, every change audited.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser, rejection } from "@/test/factories";
import { importSources, previewImport } from "./import-sources";
import { lineKey } from "./line-roles";
import { deleteOutletProfile, listOutletProfiles, loadOutletProfiles, updateOutletProfile } from "./outlet-profile-store";
import { ParsePool } from "./parse-in-worker";
import { buildBigPaste } from "@/bench/big-paste";
import { draftWritesSettled } from "./import-drafts";
import { streamImportPreview, type PreviewEvent } from "./preview-stream";

const BANNER = "Đọc báo in mỗi sáng cùng Nhật báo Miền Tây Online";
const SHARE = "Chia sẻ bài viết lên mạng";
const article = (headline: string, tag: string) =>
  [
    BANNER,
    "",
    headline,
    "",
    "Cập nhật 21/09/2023 10:15",
    "",
    `(Dân trí) - Bình Nhưỡng hôm thứ Năm đã phóng một vệ tinh do thám quân sự, theo quân đội Hàn Quốc, lần thứ ba trong năm nay (${tag}).`,
    "",
    "Nhật Bản đã phát cảnh báo cho người dân ở tỉnh Okinawa trong vài phút trước khi rút lại, theo đài NHK.",
    "",
    SHARE,
  ].join("\n");

const corrections = [
  { key: lineKey(BANNER), role: "furniture" as const },
  { key: lineKey(SHARE), role: "furniture" as const },
];

afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(async () => {
  await clearSources();
  await getDb().$executeRaw`DELETE FROM "OutletProfile"`;
});

describe("outlet profiles", () => {
  it("are learnt when an import saves with corrected roles, audited, and applied to the outlet's next import", async () => {
    const editor = await makeUser();
    const first = await importSources(editor, { fileName: "a.txt", text: article("Triều Tiên phóng vệ tinh do thám lần thứ ba", "a"), roles: corrections });
    const stored = await getDb().source.findUniqueOrThrow({ where: { id: first.outcomes[0]!.id } });
    expect(stored.title).toBe("Triều Tiên phóng vệ tinh do thám lần thứ ba");
    expect(stored.body).not.toContain(SHARE);

    const profile = await getDb().outletProfile.findFirstOrThrow();
    expect(profile).toMatchObject({ outlet: "Dân trí", furniture: [lineKey(BANNER), lineKey(SHARE)], createdById: editor.id });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "outletProfile.create", objectId: profile.id } });
    expect(event.actorId).toBe(editor.id);

    // The next article of the outlet, previewed and saved with no correction at all.
    const next = article("Hàn Quốc nâng mức cảnh giác sau vụ phóng", "b");
    const [preview] = await previewImport(editor, { fileName: "b.txt", text: next });
    expect(preview).toMatchObject({ title: "Hàn Quốc nâng mức cảnh giác sau vụ phóng", profileOutlet: "Dân trí" });
    expect(preview!.lines.find((l) => l.text === BANNER)?.role).toBe("furniture");
    const second = await importSources(editor, { fileName: "b.txt", text: next });
    const secondSource = await getDb().source.findUniqueOrThrow({ where: { id: second.outcomes[0]!.id } });
    expect(secondSource.title).toBe("Hàn Quốc nâng mức cảnh giác sau vụ phóng");
    expect(secondSource.body).not.toContain(SHARE);
    // Nothing new was taught, so nothing was written.
    expect(await getDb().auditEvent.count({ where: { objectType: "OutletProfile" } })).toBe(1);
  });

  it("apply to a file parsed once: one parse job per preview and per save, with or without a profile", async () => {
    const editor = await makeUser();
    const runs = vi.spyOn(ParsePool.prototype, "run");
    await importSources(editor, { fileName: "a.txt", text: article("Triều Tiên phóng vệ tinh do thám lần thứ ba", "a"), roles: corrections });
    expect(runs, "a save with no profile yet").toHaveBeenCalledTimes(1);
    runs.mockClear();

    const next = article("Hàn Quốc nâng mức cảnh giác sau vụ phóng", "b");
    const [preview] = await previewImport(editor, { fileName: "b.txt", text: next });
    expect(preview).toMatchObject({ title: "Hàn Quốc nâng mức cảnh giác sau vụ phóng", profileOutlet: "Dân trí" });
    expect(preview!.body).not.toContain(SHARE);
    expect(runs, "a preview the profile applies to").toHaveBeenCalledTimes(1);
    runs.mockClear();
    const saved = await importSources(editor, { fileName: "b.txt", text: next });
    expect(runs, "a save the profile applies to").toHaveBeenCalledTimes(1);
    expect((await getDb().source.findUniqueOrThrow({ where: { id: saved.outcomes[0]!.id } })).title).toBe("Hàn Quốc nâng mức cảnh giác sau vụ phóng");
    // The parse was given every profile and applied the outlet's own.
    expect(runs.mock.calls[0]![0].profiles?.map((p) => p.outlet)).toEqual(["Dân trí"]);
    expect(await runs.mock.results[0]!.value).toMatchObject({ ok: true, applied: [lineKey("Dân trí")] });
  });

  it("forget a line an editor marks as article text again", async () => {
    const editor = await makeUser();
    await importSources(editor, { fileName: "a.txt", text: article("Triều Tiên phóng vệ tinh do thám lần thứ ba", "a"), roles: corrections });
    await importSources(editor, { fileName: "c.txt", text: article("Nhật Bản phản đối vụ phóng vệ tinh", "c"), roles: [{ key: lineKey(SHARE), role: "body" }] });
    const profile = await getDb().outletProfile.findFirstOrThrow();
    expect(profile.furniture).toEqual([lineKey(BANNER)]);
    expect(profile.version).toBe(2);
    expect(await getDb().auditEvent.count({ where: { action: "outletProfile.update", objectId: profile.id } })).toBe(1);
  });

  it("are listed, edited and deleted by admins only; an edit over a newer version is refused", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser({ role: "ADMIN" })]);
    await importSources(editor, { fileName: "a.txt", text: article("Triều Tiên phóng vệ tinh do thám lần thứ ba", "a"), roles: corrections });
    expect((await rejection(listOutletProfiles(editor))).code).toBe("FORBIDDEN");
    const [profile] = await listOutletProfiles(admin);
    expect((await rejection(updateOutletProfile(editor, { id: profile!.id, version: 1, furniture: "", dateHints: "" }))).code).toBe("FORBIDDEN");

    const saved = await updateOutletProfile(admin, { id: profile!.id, version: 1, furniture: `${BANNER}\n5 phút trước\n`, dateHints: "Cập nhật 1/1/2024 9:00" });
    expect(saved).toMatchObject({ version: 2, furniture: [lineKey(BANNER), "# phut truoc"], dateHints: ["cap nhat # # # # #"] });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "outletProfile.update", objectId: profile!.id } });
    expect(event).toMatchObject({ actorId: admin.id, before: expect.objectContaining({ version: 1 }), after: expect.objectContaining({ version: 2 }) });

    expect((await rejection(updateOutletProfile(admin, { id: profile!.id, version: 1, furniture: "", dateHints: "" }))).code).toBe("CONFLICT");
    expect((await rejection(deleteOutletProfile(editor, { id: profile!.id, version: 2 }))).code).toBe("FORBIDDEN");
    await deleteOutletProfile(admin, { id: profile!.id, version: 2 });
    expect(await getDb().outletProfile.count()).toBe(0);
    expect(await getDb().auditEvent.count({ where: { action: "outletProfile.delete", objectId: profile!.id, actorId: admin.id } })).toBe(1);
  });
});

describe("the profile list kept in memory", () => {
  const profile = (outlet: string) => ({ outletKey: lineKey(outlet), outlet, furniture: [lineKey(BANNER)], dateHints: [] as string[] });
  const keys = async () => (await loadOutletProfiles()).map((p) => `${p.outlet}:${p.furniture.join("|")}`).sort();

  it("is read again after any change, made by this process or by another instance straight in the table", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    expect(await keys()).toEqual([]);
    await getDb().outletProfile.create({ data: profile("Tuổi Trẻ") });
    expect(await keys()).toEqual([`Tuổi Trẻ:${lineKey(BANNER)}`]);
    // The same list while nothing changed (the very array: not read again).
    expect(await loadOutletProfiles()).toBe(await loadOutletProfiles());

    // An edit through the desk, then another instance's edit, creation and deletion (raw SQL, no cache of ours told).
    const [stored] = await listOutletProfiles(admin);
    await updateOutletProfile(admin, { id: stored!.id, version: stored!.version, furniture: SHARE, dateHints: "" });
    expect(await keys()).toEqual([`Tuổi Trẻ:${lineKey(SHARE)}`]);
    await getDb().$executeRaw`UPDATE "OutletProfile" SET "furniture" = ARRAY['khac'], "version" = "version" + 1, "updatedAt" = now()`;
    expect(await keys()).toEqual(["Tuổi Trẻ:khac"]);
    await getDb().$executeRaw`DELETE FROM "OutletProfile"`;
    await getDb().outletProfile.create({ data: profile("Dân trí") });
    expect(await keys()).toEqual([`Dân trí:${lineKey(BANNER)}`]);
    await deleteOutletProfile(admin, { id: (await listOutletProfiles(admin))[0]!.id, version: 1 });
    expect(await keys()).toEqual([]);
  });
});

describe("a big paste with fifty outlet profiles in the database", () => {
  const pool = new ParsePool({ timeoutMs: 120_000, maxHeapMb: 512, workers: 1 });
  afterAll(() => pool.close());

  /** The paste streamed: its cards, and when the first ones and the last came (ms from the start). */
  async function streamPaste(editor: Awaited<ReturnType<typeof makeUser>>, text: string) {
    const cards: Extract<PreviewEvent, { type: "batch" }>["sources"] = [];
    const started = performance.now();
    let firstCardsMs = Number.NaN;
    await streamImportPreview(editor, [{ fileName: "big.txt", text, pasted: true }], {
      pool,
      firstPage: 20,
      emit: (event) => {
        if (event.type !== "batch" || !event.sources.length) return;
        if (!cards.length) firstCardsMs = performance.now() - started;
        cards.push(...event.sources);
      },
    });
    const wholeMs = performance.now() - started;
    await draftWritesSettled();
    return { cards, firstCardsMs, wholeMs };
  }

  it("reads each article with the profile of the outlet it names, the same cards as without the others", async () => {
    const editor = await makeUser();
    // About 200 articles of several outlets: what is asked is which articles each profile reaches, the same at any
    // size (the 5 MB paste this once read, four times the text, only lengthened the two previews; the times printed
    // below are for reading, nothing is asked of them).
    const text = buildBigPaste(8);
    // Warm: the worker's parser compiled, the desk's lookups made once.
    await streamPaste(editor, buildBigPaste(2));
    const without = await streamPaste(editor, text);
    const outlets = new Set(without.cards.map((c) => c.outlet));
    expect(outlets.size, "the paste names several outlets").toBeGreaterThan(2);
    // Fifty profiles: one of an outlet the paste names (its staff line marked as furniture), 49 of outlets it does not.
    const named = without.cards.find((c) => c.outlet)!.outlet!;
    await getDb().outletProfile.createMany({
      data: [
        { outletKey: lineKey(named), outlet: named, furniture: [lineKey(BANNER), lineKey(SHARE)], dateHints: [] },
        ...Array.from({ length: 49 }, (_, i) => {
          // Names apart in their key too (a line's key reads every digit as "#").
          const outlet = `Báo ${String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))} Online`;
          return { outletKey: lineKey(outlet), outlet, furniture: [lineKey(BANNER), lineKey(SHARE)], dateHints: ["cap nhat # # # # #"] };
        }),
      ],
    });
    const withProfiles = await streamPaste(editor, text);
    console.log(
      `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB paste of ${without.cards.length} articles streamed, first cards / whole preview: without profiles ${Math.round(without.firstCardsMs)} / ${Math.round(without.wholeMs)} ms, ` +
        `with 50 profiles ${Math.round(withProfiles.firstCardsMs)} / ${Math.round(withProfiles.wholeMs)} ms`,
    );
    expect(withProfiles.cards).toHaveLength(without.cards.length);
    // The named outlet's profile went to its own articles, and to no other.
    expect(withProfiles.cards.map((c) => c.profileOutlet ?? null)).toEqual(without.cards.map((c) => (c.outlet === named ? named : null)));
    expect(withProfiles.cards.filter((c) => c.profileOutlet).length).toBeGreaterThan(0);
    // Its lines are not in these articles: the cards read as they did without profiles.
    expect(withProfiles.cards.map(({ profileOutlet: _, ...c }) => c)).toEqual(without.cards.map(({ profileOutlet: _, ...c }) => c));
  }, 300_000);
});
