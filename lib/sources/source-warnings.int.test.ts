// Warnings stored as codes, old rows read, warnings cleared by the fix; the original address typed and edited.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser, rejection } from "@/test/factories";
import { importSources } from "./import-sources";
import { updateSourceMetadata } from "./update-source";
import { getSourceForDesk } from "./get-source";
import { editSourceBody } from "./edit-source-body";

beforeEach(clearSources);

const NO_DATE = [
  "Bình Nhưỡng khai trương nhà máy điện mới ở ngoại ô",
  "",
  "Nhà máy điện mới ở ngoại ô Bình Nhưỡng bắt đầu hoạt động, theo truyền thông nhà nước, nhưng không rõ công suất thực tế là bao nhiêu.",
  "",
  "Các chuyên gia nói rằng nguồn điện vẫn là vấn đề lớn của nền kinh tế Triều Tiên trong nhiều năm qua.",
].join("\n");

async function importOne(text: string, overrides: object[] = []) {
  const editor = await makeUser();
  const { outcomes } = await importSources(editor, { fileName: "a.txt", text, overrides });
  return { editor, id: outcomes[0]!.id };
}

const metadataOf = (source: Awaited<ReturnType<typeof getSourceForDesk>>) => ({
  id: source.id,
  version: source.version,
  title: source.title ?? "",
  publishedAt: source.publishedAt ?? "",
  agency: source.agency ?? "",
  outlet: source.outlet ?? "",
  author: source.author ?? "",
  language: source.language,
  url: source.url ?? "",
});

describe("warnings stored as codes", () => {
  it("stores { code, params } and drops 'no date' once an editor sets the date in the reader, typed as 21/9/2023 10:15", async () => {
    const { editor, id } = await importOne(NO_DATE);
    const [row] = await getDb().$queryRaw<{ warnings: unknown }[]>`SELECT warnings FROM "Source" WHERE id = ${id}::uuid`;
    expect(row!.warnings).toEqual([{ code: "noDate", params: {} }]);
    const source = await getSourceForDesk(editor, id);
    const saved = await updateSourceMetadata(editor, { ...metadataOf(source), publishedAt: "21/9/2023 10:15" });
    expect(saved.publishedAt).toBe("2023-09-21T10:15");
    const after = await getSourceForDesk(editor, id);
    expect(after.warnings).toEqual([]);
    expect(after.publishedOn?.toISOString().slice(0, 10)).toBe("2023-09-21");
    // Clearing the date brings the warning back.
    await updateSourceMetadata(editor, { ...metadataOf(after), publishedAt: "" });
    expect((await getSourceForDesk(editor, id)).warnings).toEqual([{ code: "noDate", params: {} }]);
  });

  it("stores no 'no date' warning when the date was typed in the preview", async () => {
    const { editor, id } = await importOne(NO_DATE, [{ index: 0, publishedAt: "21/9/2023" }]);
    const source = await getSourceForDesk(editor, id);
    expect(source.publishedAt).toBe("2023-09-21");
    expect(source.warnings).toEqual([]);
  });

  it("reads a row stored before codes (sentences) and stores codes on its next edit", async () => {
    const { editor, id } = await importOne(NO_DATE);
    await getDb().$executeRaw`UPDATE "Source" SET warnings = '["no publication date found", "translated text: translator X"]'::jsonb WHERE id = ${id}::uuid`;
    const old = await getSourceForDesk(editor, id);
    expect(old.warnings).toEqual([{ code: "noDate", params: {} }, { code: "translated", params: { what: "translator X" } }]);
    await updateSourceMetadata(editor, { ...metadataOf(old), publishedAt: "2023-09-21" });
    const [row] = await getDb().$queryRaw<{ warnings: unknown }[]>`SELECT warnings FROM "Source" WHERE id = ${id}::uuid`;
    expect(row!.warnings).toEqual([{ code: "translated", params: { what: "translator X" } }]);
  });

  it("refuses a bad date with an error naming the field, and changes nothing", async () => {
    const { editor, id } = await importOne(NO_DATE);
    const source = await getSourceForDesk(editor, id);
    const error = await rejection(updateSourceMetadata(editor, { ...metadataOf(source), publishedAt: "31/9/2023", title: "Khác" }));
    expect(error.code).toBe("INVALID");
    expect(JSON.stringify(error.details)).toContain("Publication date:");
    expect((await getSourceForDesk(editor, id)).title).toBe(source.title);
  });
});

describe("the original address", () => {
  it("is stored when typed in the preview", async () => {
    const { editor, id } = await importOne(NO_DATE, [{ index: 0, url: "https://example.vn/bai-viet-1.html" }]);
    expect((await getSourceForDesk(editor, id)).url).toBe("https://example.vn/bai-viet-1.html");
  });

  it("refuses anything but http and https in the preview, and stores nothing", async () => {
    const editor = await makeUser();
    for (const url of ["javascript:alert(1)", "ftp://example.vn/a", "example.vn/a", "https://"]) {
      const error = await rejection(importSources(editor, { fileName: "a.txt", text: NO_DATE, overrides: [{ index: 0, url }] }));
      expect(error.code, url).toBe("INVALID");
    }
    expect(await getDb().source.count()).toBe(0);
  });

  it("is edited in the reader, validated, and audited like other source edits", async () => {
    const { editor, id } = await importOne(NO_DATE);
    const source = await getSourceForDesk(editor, id);
    const error = await rejection(updateSourceMetadata(editor, { ...metadataOf(source), url: "javascript:alert(1)" }));
    expect(error.code).toBe("INVALID");
    await updateSourceMetadata(editor, { ...metadataOf(source), url: "https://example.vn/b" });
    expect((await getSourceForDesk(editor, id)).url).toBe("https://example.vn/b");
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "source.update", objectId: id } });
    expect(event.before).toMatchObject({ url: null });
    expect(event.after).toMatchObject({ url: "https://example.vn/b" });
  });
});

describe("warnings after a text correction", () => {
  it("drop a later date the editor removes from the text", async () => {
    const text = NO_DATE.replace("nhiều năm qua.", "nhiều năm qua, theo báo cáo hôm 18/08/2024.");
    const { editor, id } = await importOne(text, [{ index: 0, publishedAt: "2023-08-18" }]);
    const source = await getSourceForDesk(editor, id);
    expect(source.warnings).toEqual([{ code: "laterDateInBody", params: { date: "2024-08-18", published: "2023-08-18" } }]);
    await editSourceBody(editor, { id, bodyVersion: source.bodyVersion, body: source.body.replace(", theo báo cáo hôm 18/08/2024", "") });
    expect((await getSourceForDesk(editor, id)).warnings).toEqual([]);
  });
});
