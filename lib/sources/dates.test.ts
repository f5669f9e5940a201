// Tests for date parsing: every dateline form met in the samples, offsets, and never inventing a year.
import { describe, expect, it } from "vitest";
import { dateFromAttribute, dateInAddress, findDate, findFullDates, monthFirst, parseDate, parseDateLine } from "./dates";

describe("parseDate", () => {
  it("reads a VOA dateline 18/09/2023 as a day", () => {
    expect(parseDate("18/09/2023")).toEqual({ publishedAt: "2023-09-18", precision: "day" });
  });

  it("reads the RFI 'Đăng ngày: 17/09/2023 - 11:41' with its minute", () => {
    expect(parseDate("Đăng ngày: 17/09/2023 - 11:41")).toEqual({ publishedAt: "2023-09-17T11:41", precision: "minute" });
  });

  it("reads a Vietnamese long form with evening hour and the article's EDT offset", () => {
    expect(parseDate("Chủ Nhật, ngày 23 tháng 6 năm 2024 lúc 8:00 tối EDT")).toEqual({
      publishedAt: "2024-06-23T20:00-04:00",
      precision: "minute",
    });
  });

  it("never invents a year: 'ngày 27/7' is a month-day", () => {
    expect(parseDate("ngày 27/7")).toEqual({ publishedAt: "--07-27", precision: "month-day" });
    expect(parseDate("hôm 13/9 ở vùng Viễn Đông")).toEqual({ publishedAt: "--09-13", precision: "month-day" });
  });

  it("reads the baotiengdan dateline 15-9-2023", () => {
    expect(parseDate("15-9-2023")).toEqual({ publishedAt: "2023-09-15", precision: "day" });
  });

  it("reads the BBC dateline '14 tháng 9 2023'", () => {
    expect(parseDate("14 tháng 9 2023")).toEqual({ publishedAt: "2023-09-14", precision: "day" });
  });

  it("reads the baocalitoday dateline 'September 10, 2023'", () => {
    expect(parseDate("September 10, 2023")).toEqual({ publishedAt: "2023-09-10", precision: "day" });
  });

  it("reads English times with AM/PM and a zone", () => {
    expect(parseDate("September 10, 2023 at 8:05 PM EDT")?.publishedAt).toBe("2023-09-10T20:05-04:00");
    expect(parseDate("Sep 1, 2023 at 12:30 AM")?.publishedAt).toBe("2023-09-01T00:30");
  });

  it("keeps an explicit GMT+7 offset", () => {
    expect(parseDate("18/09/2023 10:15 (GMT+7)")?.publishedAt).toBe("2023-09-18T10:15+07:00");
  });

  it("reads Vietnamese morning, noon and night hours", () => {
    expect(parseDate("ngày 1 tháng 2 năm 2024 lúc 9:30 sáng")?.publishedAt).toBe("2024-02-01T09:30");
    expect(parseDate("ngày 1 tháng 2 năm 2024 lúc 1:00 trưa")?.publishedAt).toBe("2024-02-01T13:00");
    expect(parseDate("ngày 1 tháng 2 năm 2024 lúc 11:00 đêm")?.publishedAt).toBe("2024-02-01T23:00");
    expect(parseDate("ngày 1 tháng 2 năm 2024 lúc 3:00 chiều")?.publishedAt).toBe("2024-02-01T15:00");
  });

  it("reads French dates", () => {
    expect(parseDate("Publié le 17 septembre 2023")).toEqual({ publishedAt: "2023-09-17", precision: "day" });
  });

  it("passes ISO dates through, normalising Z to +00:00", () => {
    expect(parseDate("2023-09-18")).toEqual({ publishedAt: "2023-09-18", precision: "day" });
    expect(parseDate("2023-09-18T10:00:00Z")?.publishedAt).toBe("2023-09-18T10:00+00:00");
  });

  it("finds the date inside a photo caption", () => {
    expect(parseDate("Vladivostok, Nga, ngày 25/04/2019.via REUTERS - POOL")?.publishedAt).toBe("2019-04-25");
  });

  it("prefers the full date over the month-day at the same place", () => {
    expect(parseDate("ngày 27/7/2023")?.publishedAt).toBe("2023-07-27");
  });

  it("rejects impossible dates and text without a date", () => {
    expect(parseDate("31/02/2023")).toBeNull();
    expect(parseDate("ngày 32/1")).toBeNull();
    expect(parseDate("hôm nay")).toBeNull();
    expect(parseDate("Chiến tranh Triều Tiên 1950-1953")).toBeNull();
    expect(parseDate("drone « Geran-25 »")).toBeNull();
  });

  it("reports where the date was found", () => {
    const m = findDate("Ngày 17/09/2023, lãnh đạo Bắc Triều Tiên");
    expect(m).toMatchObject({ publishedAt: "2023-09-17", index: 5, length: 10 });
  });
});

describe("parseDateLine", () => {
  it("accepts lines that are only a dateline", () => {
    expect(parseDateLine("Đăng ngày: 12/09/2023 - 15:11")?.publishedAt).toBe("2023-09-12T15:11");
    expect(parseDateLine("September 10, 2023")?.publishedAt).toBe("2023-09-10");
    expect(parseDateLine("**14 tháng 9 2023**")?.publishedAt).toBe("2023-09-14");
    expect(parseDateLine("27/7")).toEqual({ publishedAt: "--07-27", precision: "month-day" });
  });

  it("rejects sentences that merely contain a date", () => {
    expect(parseDateLine("Ngày 17/09/2023, lãnh đạo Bắc Triều Tiên đã đáp chuyến tàu riêng trở về nước")).toBeNull();
    expect(parseDateLine("Tòa Bạch Ốc hôm 3/8 cho hay")).toBeNull();
    expect(parseDateLine("Reuters")).toBeNull();
  });
});

describe("findFullDates", () => {
  it("lists complete d/m/yyyy dates only", () => {
    expect(findFullDates("Hôm 18/08/2024, tại Trại David … ngày 29/06/2022. hôm 13/9")).toEqual(["2024-08-18", "2022-06-29"]);
  });
});

describe("date forms of the sixth blind corpus", () => {
  it("reads a month glued to its day and year ('Dec.4,2026 15:20 KST') with the zone", () => {
    expect(parseDate("Posted on : Dec.4,2026 15:20 KST")).toEqual({ publishedAt: "2026-12-04T15:20+09:00", precision: "minute" });
  });

  it("reads CJK dates, with and without a time, and a Korean weekday in brackets", () => {
    expect(parseDateLine("2026年12月4日")).toEqual({ publishedAt: "2026-12-04", precision: "day" });
    expect(parseDate("2026年12月4日 15時20分")).toEqual({ publishedAt: "2026-12-04T15:20", precision: "minute" });
    expect(parseDate("2026년 12월 4일 (금) 15:20")).toEqual({ publishedAt: "2026-12-04T15:20", precision: "minute" });
    expect(parseDate("2026年13月4日")).toBeNull(); // no such month
  });

  it("reads the day an address states in its path, and none from an id or a path without one", () => {
    expect(dateInAddress("https://www.thejakartapost.com/world/2026/12/04/slug.html")).toEqual({ publishedAt: "2026-12-04", precision: "day" });
    expect(dateInAddress("https://www3.nhk.or.jp/nhkworld/en/news/20230917_08/")).toEqual({ publishedAt: "2023-09-17", precision: "day" });
    expect(dateInAddress("https://example.com/2026-12-04/slug")).toEqual({ publishedAt: "2026-12-04", precision: "day" });
    expect(dateInAddress("https://www.kyivpost.com/post/71234")).toBeNull();
    expect(dateInAddress("https://www.dawn.com/news/20123456/x")).toBeNull(); // an id, not a day
    expect(dateInAddress("https://example.com/x?d=2026/12/04")).toBeNull(); // a query is not the path
  });

  it("reads ISO and Unix times kept in data attributes, and nothing else", () => {
    expect(dateFromAttribute("2026-12-04T07:20:00+07:00")).toEqual({ publishedAt: "2026-12-04T07:20+07:00", precision: "minute" });
    expect(dateFromAttribute("1796364000")).toEqual({ publishedAt: "2026-12-04T06:00+00:00", precision: "minute" });
    expect(dateFromAttribute("1796364000000")).toEqual({ publishedAt: "2026-12-04T06:00+00:00", precision: "minute" });
    expect(dateFromAttribute("9999999999")).toBeNull(); // after 2100
    expect(dateFromAttribute("12345")).toBeNull();
    expect(dateFromAttribute("today 2026-12-04")).toBeNull();
  });
});

describe("date forms of the seventh blind corpus", () => {
  it("reads Vietnamese month names only with the year after them", () => {
    expect(parseDate("Thứ Năm, ngày 3 tháng Mười Hai năm 2026, 16:05")).toEqual({ publishedAt: "2026-12-03T16:05", precision: "minute" });
    expect(parseDate("ngày 1 tháng Giêng năm 2027")).toEqual({ publishedAt: "2027-01-01", precision: "day" });
    expect(parseDate("ngày 12 tháng Mười Một, 2026")).toEqual({ publishedAt: "2026-11-12", precision: "day" });
    expect(parseDate("ngày 3 tháng Năm năm 2026")).toEqual({ publishedAt: "2026-05-03", precision: "day" });
    expect(parseDate("hôm 3 tháng Mười Hai")).toBeNull(); // no year: none invented
    expect(parseDate("ngày 31 tháng Hai năm 2026")).toBeNull(); // no such day
  });
});

describe("monthFirst", () => {
  const read = (line: string) => parseDate(line) as NonNullable<ReturnType<typeof parseDate>>;
  it("reads a numeric date month first when the wire's dateline names the month that way", () => {
    const line = "12/03/2026 03:21 PM";
    expect(monthFirst(read(line), line, "Taiwan bans exports\n12/03/2026 03:21 PM\nTaipei, Dec. 3 (CNA) Taiwan will ban …").publishedAt).toBe("2026-12-03T15:21");
  });
  it("keeps day first when the dateline agrees with it, names no month, or the date is not ambiguous", () => {
    const line = "03/10/2024 05:42 PM";
    expect(monthFirst(read(line), line, "x\n03/10/2024 05:42 PM\nKUALA LUMPUR, Oct 3 (Bernama) -- Malaysia and …").publishedAt).toBe("2024-10-03T17:42");
    expect(monthFirst(read("12/03/2026 03:21 PM"), "12/03/2026 03:21 PM", "x\nTaipei — Taiwan will ban …").publishedAt).toBe("2026-03-12T15:21");
    expect(monthFirst(read("25/12/2026"), "25/12/2026", "Taipei, Dec. 25 (CNA) …").publishedAt).toBe("2026-12-25");
  });
});
