// Correcting a source's text on a real database: versions kept, quotes re-anchored or orphaned, never moved blindly.
import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { parseImport } from "./parse-import";
import { storeParsedFiles } from "./store-sources";
import { editSourceBody, listOrphanedAnchors, blocksForBody, BODY_CONFLICT } from "./edit-source-body";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";

const NHATTAN = "nhattan-2023-09-arms-talks.txt";
const QUOTE = "sẽ không có ảnh hưởng tốt đẹp gì cho Triều Tiên";
const OTHER = "các biện pháp bao vây";
let editor: Actor;
let sourceId: string;
let body: string;

async function anchorOf(claimId: string) {
  return getDb().appearance.findFirstOrThrow({ where: { claimId } });
}

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM "Claim"`;
  await clearSources();
  editor = await makeUser();
  const text = fs.readFileSync(new URL(`../../fixtures/articles/${NHATTAN}`, import.meta.url), "utf8");
  const [outcome] = await storeParsedFiles([{ fileName: NHATTAN, text, sources: parseImport(text, NHATTAN) }], { importedById: null });
  sourceId = outcome!.id;
  body = (await getDb().source.findUniqueOrThrow({ where: { id: sourceId } })).body;
});

async function claimOn(quote: string) {
  const start = body.indexOf(quote);
  return createClaim(editor, { text: `Tuyên bố về: ${quote}`, kind: "OTHER", appearance: { sourceId, start, end: start + quote.length, exact: quote } });
}

describe("editSourceBody", () => {
  it("keeps the old text as a version and shifts a quote when text is inserted before it", async () => {
    const claim = await claimOn(QUOTE);
    const edited = `Đoạn mở đầu mới do biên tập viên thêm vào.\n\n${body}`;
    const result = await editSourceBody(editor, { id: sourceId, bodyVersion: 1, body: edited });
    expect(result).toMatchObject({ bodyVersion: 2, tally: { quote: 1, orphaned: 0 } });
    const anchor = await anchorOf(claim.id);
    expect(anchor).toMatchObject({ status: "ANCHORED", bodyVersion: 2, exact: QUOTE });
    expect(edited.slice(anchor.start, anchor.end)).toBe(QUOTE);
    const versions = await getDb().sourceVersion.findMany({ where: { sourceId } });
    expect(versions).toEqual([expect.objectContaining({ bodyVersion: 1, body })]);
  });

  it("keeps a quote in place when only text after it changes", async () => {
    const claim = await claimOn(QUOTE);
    const before = await anchorOf(claim.id);
    const edited = `${body}\n\nMột đoạn kết được thêm vào.`;
    const result = await editSourceBody(editor, { id: sourceId, bodyVersion: 1, body: edited });
    expect(result.tally).toMatchObject({ position: 1 });
    expect(await anchorOf(claim.id)).toMatchObject({ start: before.start, end: before.end, status: "ANCHORED" });
  });

  it("follows a typo fix inside the quote with a close match", async () => {
    const claim = await claimOn(QUOTE);
    const edited = body.replace("ảnh hưởng tốt đẹp", "ảnh hưởng tốt đẹp nào");
    const result = await editSourceBody(editor, { id: sourceId, bodyVersion: 1, body: edited });
    expect(result.tally).toMatchObject({ fuzzy: 1 });
    const anchor = await anchorOf(claim.id);
    expect(edited.slice(anchor.start, anchor.end)).toBe(anchor.exact);
    expect(anchor.exact).toContain("tốt đẹp nào");
  });

  it("orphans a quote whose sentence was deleted, and lists it for re-anchoring, evidence too", async () => {
    const claim = await claimOn(QUOTE);
    const start = body.indexOf(OTHER);
    await addEvidence(editor, { kind: "source", claimId: claim.id, stance: "CONTEXT", anchor: { sourceId, start, end: start + OTHER.length, exact: OTHER } });
    const sentence = body.split("\n\n").find((p) => p.includes(QUOTE))!;
    const edited = body.replace(sentence, "Đoạn này đã được viết lại hoàn toàn, không còn lời trích dẫn.");
    const result = await editSourceBody(editor, { id: sourceId, bodyVersion: 1, body: edited });
    expect(result.tally.orphaned).toBeGreaterThanOrEqual(1);
    expect(await anchorOf(claim.id)).toMatchObject({ status: "ORPHANED", exact: QUOTE });
    const orphans = await listOrphanedAnchors(editor);
    expect(orphans.appearances.map((a) => a.claim.id)).toContain(claim.id);
  });

  it("compares later imports with the corrected lead, not the one first imported", async () => {
    // Longer than a fingerprint, so the corrected lead shares nothing with the one first imported.
    const lead = [
      "Hãng thông tấn trung ương Triều Tiên hôm thứ Hai đưa tin rằng một đoàn đại biểu quân sự cấp cao đã tới Vladivostok để bàn về hợp tác hải quân giữa hai nước láng giềng.",
      "Theo bản tin, hai bên đã thảo luận việc tổ chức các cuộc tập trận chung trên biển Nhật Bản vào mùa thu năm nay và trao đổi học viên giữa các học viện hải quân.",
      "Các nhà phân tích ở Seoul cho rằng chuyến thăm cho thấy quan hệ quân sự giữa Moskva và Bình Nhưỡng đang được mở rộng sang những lĩnh vực mới.",
    ].join(" ");
    await editSourceBody(editor, { id: sourceId, bodyVersion: 1, body: `${lead}\n\n${body}` });
    const relay = `Tin chuyển tiếp\n\n${lead.replace("hôm thứ Hai", "ngày thứ Hai")}\n\n${body}`;
    const [outcome] = await storeParsedFiles([{ fileName: "relay.txt", text: relay, sources: parseImport(relay, "relay.txt") }], { importedById: null });
    expect(outcome!.nearDuplicateOf).toMatchObject({ id: sourceId });
    // The database keeps the index of leads in step with the text: exactly the sampled hashes of each current lead.
    const [{ stale }] = await getDb().$queryRaw<[{ stale: bigint }]>`
      SELECT count(*) AS stale FROM "Source" s
      WHERE ARRAY(SELECT hash FROM "SourceLeadHash" l WHERE l."sourceId" = s.id ORDER BY hash)
         <> ARRAY(SELECT DISTINCT hash FROM unnest("source_lead_hashes"(s.fingerprint)) AS hash ORDER BY hash)`;
    expect(stale).toBe(0n);
    expect(await getDb().sourceLeadHash.count({ where: { sourceId } })).toBeGreaterThan(0);
  });

  it("refuses a save over a newer text with a conflict, and changes nothing", async () => {
    await editSourceBody(editor, { id: sourceId, bodyVersion: 1, body: `${body}\n\nA.` });
    await expect(editSourceBody(editor, { id: sourceId, bodyVersion: 1, body: `${body}\n\nB.` })).rejects.toMatchObject({ code: "CONFLICT", message: BODY_CONFLICT });
    expect((await getDb().source.findUniqueOrThrow({ where: { id: sourceId } })).body.endsWith("A.")).toBe(true);
  });
});

describe("blocksForBody", () => {
  it("keeps headings whose text is unchanged and captions where they stood", () => {
    const blocks = blocksForBody("Một.\n\nTiêu đề\n\nHai.", [
      { kind: "caption", text: "Ảnh" },
      { kind: "paragraph", text: "Một." },
      { kind: "heading", text: "Tiêu đề" },
      { kind: "paragraph", text: "Hai cũ." },
    ]);
    expect(blocks).toEqual([
      { kind: "caption", text: "Ảnh" },
      { kind: "paragraph", text: "Một." },
      { kind: "heading", text: "Tiêu đề" },
      { kind: "paragraph", text: "Hai." },
    ]);
  });
});
