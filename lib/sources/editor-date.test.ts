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
