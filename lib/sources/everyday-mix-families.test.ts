// Tests for the families the forty-third corpus (the everyday mix: Vietnamese relays of foreign broadcasters and wires,
// English wire copy and the pages built around it) showed: a Vietnamese day in words with the year glued to a 12-hour
// clock in the locale's "SA"/"CH"; a vBulletin forum's month-first post stamp. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { COFFEE_VI, VI, one, text } from "@/test/family-parse";
import { readDateLine } from "./layout-model";
import { parseDate } from "./dates";

describe("a date line as overseas sites and forums print it", () => {
  it("reads a Vietnamese day in words whose year is glued to its clock, with a view count after it", () => {
    expect(readDateLine("Thứ Năm, 03 Tháng Mười Hai 202610:12 SA(Xem: 318)")?.publishedAt).toBe("2026-12-03T10:12");
    expect(readDateLine("Thứ Hai, 30 Tháng Mười Một 20269:05 CH(Xem: 1.204)")?.publishedAt).toBe("2026-11-30T21:05");
    expect(readDateLine("03 tháng 12 202616:40")?.publishedAt).toBe("2026-12-03T16:40");
    expect(readDateLine("Thứ Năm, 31 Tháng Mười 20246:53 SA(Xem: 705)")?.publishedAt).toBe("2024-10-31T06:53");
  });

  it("reads the locale's 12-hour markers in capitals only", () => {
    expect(parseDate("03/12/2026 3:40 CH")?.publishedAt).toBe("2026-12-03T15:40");
    expect(parseDate("03/12/2026 12:05 SA")?.publishedAt).toBe("2026-12-03T00:05");
    // a word after the clock is no marker: "sau" (after), "chính" (main), a lower-case "ch"
    expect(parseDate("03/12/2026 10:12 sau khi họp")?.publishedAt).toBe("2026-12-03T10:12");
    expect(parseDate("03/12/2026 3:12 chính thức")?.publishedAt).toBe("2026-12-03T03:12");
    expect(parseDate("03/12/2026 3:12 ch")?.publishedAt).toBe("2026-12-03T03:12");
  });

  it("reads a vBulletin post's stamp month first, and a plain day-month-year line as before", () => {
    expect(readDateLine("Old 12-05-2026, 07:42")?.publishedAt).toBe("2026-12-05T07:42");
    expect(readDateLine("Old 11-30-2026")?.publishedAt).toBe("2026-11-30");
    expect(readDateLine("12-05-2026, 07:42")?.publishedAt).toBe("2026-05-12T07:42");
    expect(readDateLine("Older 12-05-2026")?.publishedAt).not.toBe("2026-12-05");
  });

  it("dates a forum thread's relayed post from its stamp", () => {
    const parsed = one(text("Forum", "Thread title about the port", "Old 12-05-2026, 07:42", "#1", "member01", ...VI));
    expect(parsed.publishedAt).toBe("2026-12-05T07:42");
  });

  it("keeps a body sentence about an old date as text", () => {
    const parsed = one(text("Tin tức", "Tiêu đề bài viết về cà phê xuất khẩu", "03/12/2026 08:00", COFFEE_VI[0], "Old 12-05-2026 là ngày ký hợp đồng cũ giữa hai bên, theo các doanh nghiệp.", ...COFFEE_VI.slice(1)));
    expect(parsed.body).toContain("Old 12-05-2026 là ngày ký hợp đồng cũ");
  });
});
