// Import warnings as codes: read back from sentences, stored rows of either age, recomputed after a fix.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";
import { readWarnings, recomputeWarnings, warningFromText, warningText } from "./warnings";
import { warningMessage } from "@/lib/i18n/warnings";
import { vi } from "@/lib/i18n/vi";
import { en } from "@/lib/i18n/en";

describe("warnings as codes", () => {
  it("gives every warning the parser makes a code other than 'other', with its English text unchanged", () => {
    const [source] = parseImport("Một dòng ngắn\n\nĐây là một đoạn văn đủ dài để làm phần thân của bài viết, không có ngày đăng nào cả ở đây.", "x.txt");
    expect(source?.warningCodes.map((w) => w.code)).toContain("noDate");
    expect(source?.warningCodes.every((w) => w.code !== "other")).toBe(true);
    expect(source?.warnings).toEqual(source?.warningCodes.map(warningText));
  });

  it("reads sentences stored before codes and codes alike, and drops what is neither", () => {
    const stored = ["no publication date found", 'body mentions 2024-08-18, after the publication date 2023-08-18', { code: "noTitle", params: {} }, { code: "bogus" }, 42];
    expect(readWarnings(stored)).toEqual([
      { code: "noDate", params: {} },
      { code: "laterDateInBody", params: { date: "2024-08-18", published: "2023-08-18" } },
      { code: "noTitle", params: {} },
    ]);
    expect(readWarnings(null)).toEqual([]);
  });

  it("keeps an unknown sentence as 'other' with its text, so nothing stored is lost", () => {
    expect(warningFromText("something new")).toEqual({ code: "other", params: { text: "something new" } });
  });

  it("translates each code into Vietnamese and English", () => {
    const w = warningFromText("body mentions 2024-08-18, after the publication date 2023-08-18");
    expect(warningMessage(vi.sourceWarnings, w)).toBe("Nội dung nhắc đến ngày 2024-08-18, sau ngày đăng 2023-08-18.");
    expect(warningMessage(en.sourceWarnings, w)).toBe("The text mentions 2024-08-18, after the publication date 2023-08-18.");
    expect(warningMessage(en.sourceWarnings, { code: "noDate", params: {} })).toBe("No publication date found.");
  });

  it("drops 'no date' once a date is set and 'no title' once a title is, keeping the others", () => {
    const stored = readWarnings(["translated text: translator X", "no title found", "no publication date found"]);
    const after = recomputeWarnings(stored, { title: "Tiêu đề", publishedAt: "2023-09-21T10:15", body: "Văn bản." });
    expect(after.map((w) => w.code)).toEqual(["translated"]);
    const cleared = recomputeWarnings(after, { title: null, publishedAt: "--09-21", body: "Văn bản." });
    expect(cleared.map((w) => w.code)).toEqual(["translated", "noTitle", "dateWithoutYear"]);
  });

  it("recomputes later dates in the body against the date now set", () => {
    const body = "Hôm 18/08/2024 có cuộc họp.";
    expect(recomputeWarnings([], { title: "T", publishedAt: "2023-08-18", body }).map((w) => w.code)).toEqual(["laterDateInBody"]);
    expect(recomputeWarnings([], { title: "T", publishedAt: "2024-09-01", body })).toEqual([]);
  });
});
