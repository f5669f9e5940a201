// Dates an outsider can put in a copy or a form now that a date may be a month alone: a year no article states
// ("0012", "December 0099") is no date at all rather than a malformed one ("12-12-12") or another century's ("December
// 1912"), and a date already stored with such a year is shown with the year it holds.
import { describe, expect, it } from "vitest";
import { parseDate, parseDateLine } from "@/lib/sources/dates";
import { parseEditorDate } from "@/lib/sources/editor-date";
import { formatPublishedAt } from "@/lib/i18n/locale";
import { parseImport } from "@/lib/sources/parse-import";

const ISO = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?)?|--\d{2}-\d{2}|\d{4}-\d{2})$/;

describe("a month-dated or odd-year date", () => {
  it("is read only with a year of four digits from 1000, and always in ISO form", () => {
    for (const line of ["December 0012", "0000-12", "0099-12", "12 December 0012", "5 December 0099", "0012-12-05", "Dec. 0999", "0999-01-31T10:00"]) {
      expect(parseDateLine(line), line).toBeNull();
      expect(parseDate(`Published ${line}`)?.publishedAt ?? "none", line).not.toMatch(/^0|^\d{2}-\d{2}-\d{2}$/);
    }
    for (const [line, iso] of [["December 2026", "2026-12"], ["2026-12", "2026-12"], ["Dec. 1066", "1066-12"], ["12 December 2026", "2026-12-12"], ["Dec. 5, 18:40", "--12-05"]] as const) {
      expect(parseDateLine(line)?.publishedAt, line).toBe(iso);
    }
    for (const text of ["Hội nghị ngày 12 December 0012 đã bàn.", "Issue of December 0099", "Ngày 5/12/0099"]) {
      const found = parseDate(text)?.publishedAt;
      if (found !== undefined) expect(found, text).toMatch(ISO);
      expect(found ?? "", text).not.toMatch(/^0/);
    }
  });

  it("in an imported copy, gives no date rather than a wrong one", () => {
    const body = "Nga nhận đạn pháo từ Triều Tiên qua cảng Rajin, hai nguồn tin độc lập xác nhận trong tuần này. ".repeat(4);
    for (const stamp of ["December 0012", "12 December 0012", "0099-12"]) {
      const [source] = parseImport(`Nga nhận đạn pháo\n${stamp}\n\n${body}`, "x.txt");
      expect(source!.publishedAt, stamp).toBeNull();
    }
    const [issue] = parseImport(`Nga nhận đạn pháo\nDecember 2026\n\n${body}`, "x.txt");
    expect([issue!.publishedAt, issue!.datePrecision]).toEqual(["2026-12", "month"]);
  });

  it("typed by an editor, a month of a year below 1000 or past 12 is refused", () => {
    for (const typed of ["0012-12", "2026-00", "2026-13", "999-12", "2026-1-"]) expect(parseEditorDate(typed), typed).toBeUndefined();
    expect(parseEditorDate("2026-12")).toBe("2026-12");
  });

  it("stored with a year below 100, is shown with that year, not 19xx", () => {
    for (const locale of ["en", "vi"] as const) {
      expect(formatPublishedAt(locale, "0012-12")).not.toMatch(/19\d\d/);
      expect(formatPublishedAt(locale, "0012-12-05")).not.toMatch(/19\d\d/);
      expect(formatPublishedAt(locale, "0099-02-28T10:00")).not.toMatch(/19\d\d/);
    }
    expect(formatPublishedAt("en", "2026-12")).toBe("December 2026");
    expect(formatPublishedAt("en", "2024-02-29")).toBe("29 February 2024");
    expect(formatPublishedAt("en", "--02-29")).toBe("29 February");
  });
});
