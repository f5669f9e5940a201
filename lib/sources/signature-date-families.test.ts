// Tests for the families the thirty-first corpus (Vietnamese-run outlets) showed: a bulletin's name ending in a date in
// a video page's list is no date line ("Bản tin thời sự tối 4/12/2026"), while "xuất bản" stays a cue; a byline's
// sentence before the date's own sentence on one line ("Written by X. Published on …"); a poster after a blog's date
// ("Đăng ngày … bởi X"); a signature in initials without the last full stop ("T.H (Nguồn: TTXVN)"); a labelled
// credit with the source after a dash ("BTV: X - Nguồn: Yonhap, Reuters"); a picture's source after "Photo via" or
// "courtesy of"; a headline set in two lines broken after its clause's comma. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { joinWrappedHeadlines } from "./headline-lines";
import { bylineBeforeDate, isCaptionLine, looseDateLine, posterAfterDate, readDateLine } from "./layout-model";

describe("a date at the end of a bulletin's or programme's name", () => {
  it("is no date line: the words before it name something", () => {
    for (const line of ["Bản tin thời sự tối 4/12/2026", "Bản tin tài chính sáng 5/12/2026", "Bản tin thế giới ngày 04/12/2026"]) {
      expect(looseDateLine(line), line).toBeNull();
      expect(readDateLine(line), line).toBeNull();
    }
  });

  it("keeps 'xuất bản' a cue, with and without a label, and short lines as before", () => {
    expect(readDateLine("Xuất bản 04/12/2026 10:12")).toEqual({ publishedAt: "2026-12-04T10:12", precision: "minute" });
    expect(readDateLine("Ngày xuất bản: 04/12/2026")).toEqual({ publishedAt: "2026-12-04", precision: "day" });
    expect(readDateLine("Thời gian xuất bản: 04/12/2026 - 10:12")?.publishedAt).toBe("2026-12-04T10:12");
  });

  it("takes no date from a video list's bulletin below a page whose only time is relative", () => {
    const parsed = one(text("Thời sự", "Triều Tiên điều thêm binh sĩ sang Nga", "5 giờ trước", ...VI, "BTV: Thu Hà", "Video khác", "Bản tin thời sự tối 4/12/2026", "Bản tin tài chính sáng 5/12/2026"));
    expect(parsed.publishedAt).toBeNull();
  });
});

describe("a byline's sentence before the date's sentence on one line", () => {
  it("reads the date from the cue and the writer from the byline", () => {
    expect(readDateLine("Written by Tram Nguyen. Published on 04 December 2026.")).toEqual({ publishedAt: "2026-12-04", precision: "day" });
    expect(readDateLine("By Jane Doe. Updated 3 Dec 2026")?.publishedAt).toBe("2026-12-03");
    expect(readDateLine("Bởi Minh Anh. Đăng lúc 04/12/2026 10:12")?.publishedAt).toBe("2026-12-04T10:12");
    expect(bylineBeforeDate("Written by Tram Nguyen. Published on 04 December 2026.")).toBe("Written by Tram Nguyen");
    const parsed = one(text("Society", "Harbour Board Reports Record Cargo Year", "Written by Tram Nguyen. Published on 04 December 2026.", ...EN));
    expect(parsed.publishedAt).toBe("2026-12-04");
    expect(parsed.author).toBe("Tram Nguyen");
  });

  it("reads no date from sentences that only mention a cue word or a year", () => {
    expect(readDateLine("Written by Tram Nguyen. She published on 04 December 2026.")).toBeNull();
    expect(readDateLine("By Jane Doe. Published a report in 2026.")).toBeNull();
    expect(bylineBeforeDate("Written by Tram Nguyen 2026. Published on 04 December 2026.")).toBeNull();
    expect(bylineBeforeDate("The report was written by Tram Nguyen. Published on 04 December 2026.")).toBeNull();
  });
});

describe("a poster after a blog's date", () => {
  it("signs the story when it is a person, not when it is the site", () => {
    expect(posterAfterDate("Đăng ngày December 3, 2026 bởi Bảo Ngọc")).toBe("Bảo Ngọc");
    expect(posterAfterDate("Posted on 03/12/2026 by Jane Doe")).toBe("Jane Doe");
    expect(posterAfterDate("December 3, 2026 by Jane Doe")).toBeNull();
    const parsed = one(text("Thế Giới", "Nông dân mở rộng diện tích sầu riêng", "Đăng ngày December 3, 2026 bởi Bảo Ngọc", ...VI));
    expect(parsed.publishedAt).toBe("2026-12-03");
    expect(parsed.author).toBe("Bảo Ngọc");
    const site = one(text("Thế Giới", "Nông dân mở rộng diện tích sầu riêng", "Đăng ngày December 3, 2026 bởi Nghiên cứu Quốc tế", ...VI));
    expect(site.author).toBeNull();
  });
});

describe("signatures at the foot of Vietnamese pages", () => {
  it("reads initials without their last full stop as the writer, with the source in brackets", () => {
    for (const [line, author, agency] of [
      ["T.H (Nguồn: TTXVN)", "T.H", "TTXVN"],
      ["N.T.H (Theo Reuters)", "N.T.H", "Reuters"],
      ["P.T.L (Theo TTXVN)", "P.T.L", "TTXVN"],
    ] as const) {
      const parsed = one(text("Quốc tế", "Nông dân mở rộng diện tích sầu riêng", "Thứ năm, 04/12/2026, 20:30", ...VI, line, "Tin cùng chuyên mục"));
      expect(parsed.author, line).toBe(author);
      expect(parsed.agency, line).toBe(agency);
      expect(parsed.body, line).not.toContain(line);
    }
  });

  it("parts a labelled credit's name from the source after a dash or bar", () => {
    for (const [line, author, agency] of [
      ["BTV: Thanh Thảo - Nguồn: Yonhap, Reuters", "Thanh Thảo", "Yonhap, Reuters"],
      ["Biên tập viên: Minh Hằng | Theo TTXVN", "Minh Hằng", "TTXVN"],
      ["BTV: Thu Hà – Nguồn: Reuters", "Thu Hà", "Reuters"],
    ] as const) {
      const parsed = one(text("Thời sự", "Nông dân mở rộng diện tích sầu riêng", "04/12/2026 21:15", ...VI, line));
      expect(parsed.author, line).toBe(author);
      expect(parsed.agency, line).toBe(agency);
    }
  });

  it("leaves a credit whose part before the dash is no name, and initials that are a sentence's", () => {
    const parsed = one(text("Thời sự", "Nông dân mở rộng diện tích sầu riêng", "04/12/2026 21:15", ...VI, "BTV: bản tin tối - Nguồn: Reuters"));
    expect(parsed.author).not.toBe("bản tin tối");
    const plain = one(text("Quốc tế", "Nông dân mở rộng diện tích sầu riêng", "04/12/2026 21:15", ...VI, "Ngành chức năng sẽ kiểm tra T.H trong tuần tới (theo kế hoạch)."));
    expect(plain.author).toBeNull();
  });
});

describe("a picture's source after 'via' or 'courtesy of'", () => {
  it("ends a caption, English forms", () => {
    for (const line of [
      "Russian and North Korean delegations at a signing ceremony in Pyongyang. Photo via KCNA.",
      "The new terminal at Cat Lai port. Image courtesy of Saigon Newport Corporation.",
      "Officials meet in Hanoi. Photo courtesy of the Ministry of Foreign Affairs",
      "Crowds on Nguyen Hue Street. Photo via Wikimedia Commons",
    ]) expect(isCaptionLine(line), line).toBe(true);
  });

  it("never ends a sentence of the text that only speaks of a photo", () => {
    for (const line of [
      "He said the photo via the agency was fake.",
      "The ministry released it. Photo via their website was blurred.",
      "The picture came courtesy of a reader who was at the scene.",
    ]) expect(isCaptionLine(line), line).toBe(false);
  });

  it("keeps the caption out of the text", () => {
    const parsed = one(text("Society", "Harbour Board Reports Record Cargo Year", "By Tram Nguyen", "04/12/2026", "Ships wait at the new wharf on Tuesday. Photo via Port Authority.", ...EN));
    expect(parsed.body).not.toContain("Photo via");
    expect(parsed.captions?.join(" ")).toContain("Ships wait at the new wharf on Tuesday.");
  });
});

describe("a headline set in two lines broken after its clause's comma", () => {
  it("joins the halves when the date stands right below", () => {
    const joined = joinWrappedHeadlines(text("Thế giới", "Triều Tiên bác cáo buộc chuyển đạn pháo,", "Hàn Quốc nói con số đã vượt 12 triệu quả", "04/12/2026 - 19:12", ...VI));
    expect(joined).toContain("Triều Tiên bác cáo buộc chuyển đạn pháo, Hàn Quốc nói con số đã vượt 12 triệu quả\n04/12/2026 - 19:12");
    const parsed = one(text("Thế giới", "Nông dân mở rộng diện tích sầu riêng,", "Doanh nghiệp lo giá giảm khi vào vụ", "04/12/2026 - 19:12", ...VI));
    expect(parsed.title).toBe("Nông dân mở rộng diện tích sầu riêng, Doanh nghiệp lo giá giảm khi vào vụ");
  });

  it("leaves lines ending in a comma that are no headline's half", () => {
    // no date below: a list or an address
    const list = text("Hà Nội, Huế,", "Đà Nẵng và TP.HCM", "Nông dân mở rộng diện tích sầu riêng", ...VI);
    expect(joinWrappedHeadlines(list)).toBe(list);
    // a clause with another comma inside, or a sentence's stop, before the end
    const inner = text("Thế giới", "Hôm nay, tại Hà Nội, các bên đã ký,", "Hàn Quốc nói con số đã vượt", "04/12/2026 - 19:12", ...VI);
    expect(joinWrappedHeadlines(inner)).toBe(inner);
  });
});

describe("a writer's name before the date with a bullet between", () => {
  it("signs the story, as a bar or a dash does", () => {
    expect(looseDateLine("Ngọc Lan • 04/12/2026 21:05")).toEqual({ date: { publishedAt: "2026-12-04T21:05", precision: "minute" }, rest: "Ngọc Lan" });
    expect(looseDateLine("Minh Anh · 4/12/2026")?.rest).toBe("Minh Anh");
    const parsed = one(text("Quốc tế", "Nông dân mở rộng diện tích sầu riêng", "Ngọc Lan • 04/12/2026 21:05", ...VI));
    expect(parsed.author).toBe("Ngọc Lan");
    expect(parsed.publishedAt).toBe("2026-12-04T21:05");
  });

  it("takes no section or paper before the bullet for a writer", () => {
    expect(looseDateLine("Thế giới • 04/12/2026 21:05")?.rest).toBe("");
    expect(looseDateLine("Báo Dân Việt • 04/12/2026")?.rest).toBe("");
  });
});
