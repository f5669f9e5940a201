// Bad input gets one clear line in the reader's language, and stores nothing: an unreadable encoding, an empty
// file, a 21 MB file, through the same data functions the import screen calls.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser, rejection } from "@/test/factories";
import { importFileMessage } from "@/lib/i18n/import-errors";
import { importSources, previewImportFile } from "./import-sources";
import { ImportFileError } from "./parse-import";

beforeEach(clearSources);

async function refusal(bytes: Uint8Array, fileName: string): Promise<ImportFileError> {
  const editor = await makeUser();
  const error = await previewImportFile(editor, { fileName, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

const oneLine = (s: string) => expect(s).not.toMatch(/\n/);

describe("bad input", () => {
  it("an unreadable encoding (Windows-1252 bytes) is named, in Vietnamese and English", async () => {
    const latin1 = Uint8Array.from(Buffer.from("Tin tài chính: giá vàng cao nhất năm", "latin1")); // "ă" does not fit: latin1 keeps its low byte
    const error = await refusal(latin1, "ban-tin.txt");
    expect(error.reason).toBe("encoding");
    const vi = importFileMessage("vi", error);
    const en = importFileMessage("en", error);
    expect(vi).toBe("ban-tin.txt: không đọc được tệp dưới dạng văn bản UTF-8; hãy lưu lại dưới dạng UTF-8 rồi nhập lại.");
    expect(en).toBe("ban-tin.txt: the file is not readable UTF-8 text; save it as UTF-8 and import it again.");
    oneLine(vi);
  });

  it("an empty file, and one of only blank lines, say so", async () => {
    for (const bytes of [new Uint8Array(0), Uint8Array.from(Buffer.from("\n \n\t\n"))]) {
      const error = await refusal(bytes, "trong.txt");
      expect(error.reason).toBe("empty");
      expect(importFileMessage("vi", error)).toBe("trong.txt: tệp trống, không có gì được nhập.");
      expect(importFileMessage("en", error)).toBe("trong.txt: the file is empty; nothing was imported.");
    }
  });

  it("a 21 MB file is refused with its size, before it is read", async () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    const error = await refusal(big, "lon.txt");
    expect(error.reason).toBe("too-large");
    expect(importFileMessage("en", error)).toBe("lon.txt: the file is 21.0 MB, over the 20 MB limit; nothing was imported.");
    expect(importFileMessage("vi", error)).toBe("lon.txt: tệp nặng 21.0 MB, vượt giới hạn 20 MB; không có gì được nhập.");
  });

  it("a 21 MB paste is refused at the text field, and nothing at all is stored", async () => {
    const editor = await makeUser();
    const error = await rejection(importSources(editor, { fileName: "lon.txt", text: "Tin tức. ".repeat(Math.ceil((21 * 1024 * 1024) / 9)) }));
    expect(error.code).toBe("INVALID");
    expect((error.details as { fieldErrors: Record<string, string[]> }).fieldErrors.text).toEqual(["The text is over the 20 MB import limit."]);
    expect(await getDb().source.count()).toBe(0);
    expect(await getDb().dossier.count()).toBe(0);
    expect(await getDb().auditEvent.count({ where: { action: "source.import", actorId: editor.id } })).toBe(0);
  });

  it("a save whose one bad override is refused stores none of the file's articles", async () => {
    const editor = await makeUser();
    const text = "Bài một về Triều Tiên và Nga\n\nĐây là một đoạn văn đủ dài để làm phần thân của bài viết thứ nhất, về cuộc gặp ở Viễn Đông.";
    const error = await rejection(importSources(editor, { fileName: "a.txt", text, overrides: [{ index: 0, publishedAt: "32/1/2024" }] }));
    expect(error.code).toBe("INVALID");
    expect(await getDb().source.count()).toBe(0);
  });
});
