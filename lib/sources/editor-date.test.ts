// Dates as editors type them in the preview and the reader.
import { describe, expect, it } from "vitest";
import { parseEditorDate } from "./editor-date";
import { sourceDateSchema } from "./schemas";

describe("parseEditorDate", () => {
  it("reads the forms editors type, day first as Vietnamese pages print it", () => {
    expect(parseEditorDate("21/9/2023 10:15")).toBe("2023-09-21T10:15");
    expect(parseEditorDate("21/9/2023")).toBe("2023-09-21");
    expect(parseEditorDate("2023-09-21")).toBe("2023-09-21");
    expect(parseEditorDate("2023-09-21T10:15")).toBe("2023-09-21T10:15");
    expect(parseEditorDate("2023-09-21 10:15")).toBe("2023-09-21T10:15");
    expect(parseEditorDate("10:15 21/09/2023")).toBe("2023-09-21T10:15");
    expect(parseEditorDate("21-09-2023, 9:05")).toBe("2023-09-21T09:05");
    expect(parseEditorDate("2024-06-23T20:00-04:00")).toBe("2024-06-23T20:00-04:00");
    expect(parseEditorDate("--07-27")).toBe("--07-27");
    expect(parseEditorDate("  ")).toBeNull();
  });

  it("reads a month of a year as editors type it: numbers, Vietnamese and English", () => {
    for (const [typed, month] of [["2026-12", "2026-12"], ["12/2026", "2026-12"], ["3/2026", "2026-03"], ["12.2026", "2026-12"], ["tháng 12/2026", "2026-12"], ["Tháng 3 năm 2026", "2026-03"], ["December 2026", "2026-12"], ["Dec 2026", "2026-12"], ["Sept. 2026", "2026-09"]]) {
      expect(parseEditorDate(typed as string), typed).toBe(month);
    }
    for (const bad of ["13/2026", "0/2026", "2026-13", "12/0999", "Decembre 2026", "Mon 2026", "tháng 13/2026"]) expect(parseEditorDate(bad), bad).toBeUndefined();
  });

  it("refuses dates and times that do not exist, and what is not a date", () => {
    for (const bad of ["30/2/2023", "21/13/2023", "21/9/2023 24:00", "21/9/2023 10:60", "2023-02-29", "hôm qua", "21/9", "2023-09-18T11:41+25:00"]) {
      expect(parseEditorDate(bad), bad).toBeUndefined();
    }
  });

  it("gives the source form an error that names the field", () => {
    const result = sourceDateSchema.safeParse("31/9/2023");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Publication date:/);
    expect(sourceDateSchema.parse("21/9/2023 10:15")).toBe("2023-09-21T10:15");
  });
});
