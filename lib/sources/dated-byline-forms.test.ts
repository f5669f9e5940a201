// A writer's name on the dated line under the headline ("By Rachel Novak  Dec 3, 2026, 5:48pm CST", "Pavel Orlov, 2 May
// 2025", "Bởi Minh Anh 03/12/2026 10:05") and a reporter's credit with the station's service and what they did after a
// slash ("Minh Anh/VOV Giao thông (tổng hợp)"): the writer (and the outlet), per family in English and Vietnamese, with
// the near misses that name no one (a weekday, a label, a city before the date; sections after a slash); a name before
// the stamp's weekday ("Ngọc Linh Thứ Năm, 03/12/2026 19:40", as a saved page's byline and date print side by side).
import { describe, expect, it } from "vitest";
import { looseDateLine } from "./layout-model";
import type { ParsedSource } from "./parse-import";
import { ARTICLE, pastedArticle as copy } from "@/test/pasted-copy";

const { head: EN_HEAD, lead: EN_LEAD, para: EN_PARA } = ARTICLE.en;
const { head: VI_HEAD, lead: VI_LEAD, para: VI_PARA } = ARTICLE.vi;

describe("a writer's name on the dated line", () => {
  it("reads a labelled byline before the stamp with only spaces between them", () => {
    const p = copy(EN_HEAD, "By Rachel Novak  Dec 3, 2026, 5:48pm CST", "", EN_LEAD, "", EN_PARA);
    expect(p.author).toBe("Rachel Novak");
    expect(p.publishedAt).toBe("2026-12-03T17:48-06:00");
    expect(looseDateLine("Bởi Minh Anh 03/12/2026 10:05")?.rest).toBe("Bởi Minh Anh");
  });

  it("reads a person's name before the day written in words after a comma", () => {
    const p = copy(EN_HEAD, "Pavel Orlov, 2 May 2025", "5 min read", EN_LEAD, "", EN_PARA);
    expect(p.author).toBe("Pavel Orlov");
    expect(p.publishedAt).toBe("2025-05-02");
  });

  it("reads no writer in a city, a weekday or a label before the date", () => {
    for (const line of ["New York, 4 December 2026", "Hà Nội, 03/12/2026", "Thứ Năm, 4 tháng 12, 2026", "Updated Fri, December 4th 2026 at 6:02 AM", "Posted On Friday, 04 December 2026 11:32"]) {
      expect(looseDateLine(line)?.rest, line).toBe("");
    }
    expect(copy(EN_HEAD, "New York, 4 December 2026", "", EN_LEAD, "", EN_PARA).author).toBeNull();
    expect(copy(VI_HEAD, "Hà Nội, 03/12/2026", "", VI_LEAD, "", VI_PARA).author).toBeNull();
  });
});

describe("a writer's name before the stamp's weekday", () => {
  it("reads the name before the day's full name, in Vietnamese and in English", () => {
    const vi = copy(VI_HEAD, "Ngọc Linh Thứ Năm, 03/12/2026 19:40 (GMT+7)", "", VI_LEAD, "", VI_PARA);
    expect(vi.author).toBe("Ngọc Linh");
    expect(vi.publishedAt).toBe("2026-12-03T19:40+07:00");
    const en = copy(EN_HEAD, "Rachel Novak Thursday, December 3, 2026", "", EN_LEAD, "", EN_PARA);
    expect(en.author).toBe("Rachel Novak");
    expect(en.publishedAt).toBe("2026-12-03");
    expect(looseDateLine("Hoài Nam Chủ Nhật, 06/12/2026 08:05")?.rest).toBe("Hoài Nam");
  });

  it("near misses: a cue, a place, an outlet or a weekday alone before the stamp name no one", () => {
    for (const line of ["Posted On Friday, 04 December 2026 11:32", "Cập nhật Thứ Năm, 03/12/2026 19:40", "Hà Nội Thứ Năm, 03/12/2026 19:40", "London Thursday, December 3, 2026", "Thứ Năm, 03/12/2026 19:40", "Reuters Thursday, December 3, 2026"]) {
      expect(looseDateLine(line)?.rest, line).toBe("");
    }
    expect(copy(VI_HEAD, "Cập nhật Thứ Năm, 03/12/2026 19:40", "", VI_LEAD, "", VI_PARA).author).toBeNull();
    expect(copy(EN_HEAD, "Posted On Friday, 04 December 2026 11:32", "", EN_LEAD, "", EN_PARA).author).toBeNull();
  });
});

describe("a reporter's credit with the station's service after a slash", () => {
  const signed = (foot: string): ParsedSource => copy(VI_HEAD, "03/12/2026 10:05", "", VI_LEAD, "", VI_PARA, "", foot);

  it("reads the reporter and the service, what they did in brackets or not", () => {
    for (const foot of ["Minh Anh/VOV Giao thông (tổng hợp)", "Minh Anh/VOV Giao thông"]) {
      const p = signed(foot);
      expect(p.author, foot).toBe("Minh Anh");
      expect(p.outlet, foot).toBe("VOV Giao thông");
      expect(p.agency, foot).toBeNull();
      expect(p.body, foot).not.toContain("Minh Anh");
    }
  });

  it("reads no reporter in two sections after a slash", () => {
    expect(signed("Thời sự/Quốc tế (tổng hợp)").author).toBeNull();
    expect(signed("More from Nation/World").author).toBeNull();
  });
});

describe("a wire's sign-off that names its compiler", () => {
  const LEAD = "SEOUL, Dec 4 (Reuters) - The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
  const signed = (foot: string): ParsedSource =>
    copy("Factbox: What the council agreed", "December 4, 2026 11:42 AM GMT+9", "", LEAD, "", EN_PARA, "", foot, "Our Standards: The Thomson Reuters Trust Principles., opens new tab");

  it("reads the compiler as the writer, bracketed or not, as a reporter's sign-off is read", () => {
    for (const foot of ["Compiled by Jack Kim; Editing by Lincoln Feast", "(Compiled by Jack Kim; Editing by Lincoln Feast)"]) {
      const p = signed(foot);
      expect(p.author, foot).toBe("Jack Kim");
      expect(p.body, foot).not.toContain("Compiled by");
    }
  });

  it("reads no writer in a wire's name or a desk in running words", () => {
    expect(signed("Compiled by Reuters; Editing by Lincoln Feast").author).toBeNull();
    expect(signed("Compiled by the Seoul newsroom; Editing by Lincoln Feast").author).toBeNull();
  });
});
