// Tests for joinTagLists: a tag list copied one link a line, joined back onto its label, and what it must leave alone.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";
import { joinTagLists } from "./tag-lists";

const P1 = "Đoạn một của bài viết nói về quan hệ Nga và Triều Tiên, có nhiều từ và kết thúc bằng dấu chấm.";
const P2 = "Đoạn hai của bài viết nói về chuyến thăm của phái đoàn quân sự, cũng đủ dài và kết thúc bằng dấu chấm.";
const page = (...tail: string[]): string => ["Nga và Triều Tiên mở rộng hợp tác hàng không", "Thứ Năm, 03/12/2026, 09:12", P1, P2, ...tail].join("\n") + "\n";

describe("a tag list copied one tag a line", () => {
  it.each([
    ["Từ khóa:", ["Nga", "Triều Tiên", "hàng không"]],
    ["Từ khoá:", ["Nga", "Triều Tiên"]],
    ["Tags:", ["Ủy ban Đối ngoại", "Đông Bắc Á", "Bộ Ngoại giao"]],
    ["Tag:", ["North Korea", "Russia"]],
    ["Chủ đề:", ["Quan hệ Nga - Triều", "Bán đảo Triều Tiên"]],
  ])("%s and its tags are one line", (label, tags) => {
    expect(joinTagLists(`${P1}\n${label}\n${tags.join("\n")}\nBình luận (0)\n`)).toBe(`${P1}\n${label} ${tags.join(", ")}\nBình luận (0)\n`);
  });

  it("is read as furniture: no tag becomes the byline or joins the signature above it", () => {
    const [s] = parseImport(page("Thu Hương (Theo TTXVN)", "Từ khóa:", "Nga", "Triều Tiên", "hàng không", "Bình luận (0)", "Gửi bình luận"), "a.txt");
    expect(s?.author).toBe("Thu Hương");
    expect(s?.agency).toBe("TTXVN");
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
    const [t] = parseImport(page("Hồng Nhung - Quang Vinh", "Tags:", "Ủy ban Đối ngoại", "Đông Bắc Á", "Bộ Ngoại giao"), "b.txt");
    expect(t?.author).toMatch(/^Hồng Nhung\W+Quang Vinh$/u);
  });

  it("leaves alone a label with one line under it, a label with text on its line, and sentences", () => {
    const below = (t: string): string => joinTagLists(`${P1}\n${t}`).slice(P1.length + 1);
    expect(below("Chủ đề:\nQuan hệ Nga - Triều Tiên\n\nĐoạn văn.\n")).toBe("Chủ đề:\nQuan hệ Nga - Triều Tiên\n\nĐoạn văn.\n");
    expect(below("Tags: Nga, Triều Tiên\nAb\nCd\n")).toBe("Tags: Nga, Triều Tiên\nAb\nCd\n");
    expect(below("Từ khóa:\nNga và Triều Tiên ký thỏa thuận.\nHàn Quốc phản đối.\n")).toBe("Từ khóa:\nNga và Triều Tiên ký thỏa thuận.\nHàn Quốc phản đối.\n");
    // a counter, a date, a marker and a share button end the list
    expect(below("Tags:\nNga\nTriều Tiên\n12 bình luận\nChia sẻ\n")).toBe("Tags: Nga, Triều Tiên\n12 bình luận\nChia sẻ\n");
    expect(below("Tags:\nNga\nTriều Tiên\nTin liên quan\nAb cd\n")).toBe("Tags: Nga, Triều Tiên\nTin liên quan\nAb cd\n");
    expect(below("Không có nhãn nào ở đây.\nNga\nTriều Tiên\n")).toBe("Không có nhãn nào ở đây.\nNga\nTriều Tiên\n");
  });

  it("leaves alone a label above the article's text: there, the short lines under it are the menu and the headline", () => {
    const top = "Chủ đề:\nQuan hệ Nga - Triều\nNga mở đường bay tới Bình Nhưỡng\n03/12/2026 09:12\n";
    expect(joinTagLists(`${top}${P1}\n`)).toBe(`${top}${P1}\n`);
    const [s] = parseImport(`${top}${P1}\n${P2}\n`, "a.txt");
    expect(s?.title).toBe("Nga mở đường bay tới Bình Nhưỡng");
  });

  it("joins at most fifteen tags to one label", () => {
    const tags = Array.from({ length: 20 }, (_, i) => `Thẻ ${String.fromCharCode(65 + i)}`);
    const out = joinTagLists(`${P1}\nTags:\n${tags.join("\n")}\n`).split("\n");
    expect(out[1]).toBe(`Tags: ${tags.slice(0, 15).join(", ")}`);
    expect(out.slice(2, 7)).toEqual(tags.slice(15));
  });
});

describe("topic tags with no label ending the copy, as a blog platform prints them", () => {
  const EN1 = "Russia's winter flights to Pyongyang carry more officials than tourists, and the schedule says as much about politics as it does about demand.";
  const EN2 = "Whatever the numbers, the route has become a symbol both capitals are keen to keep running through the coldest months of the year.";
  const en = (...tail: string[]): string => ["Why Pyongyang Needs Moscow More Than Ever", "Jane Doe", "Dec 2, 2026", EN1, EN2, ...tail].join("\n") + "\n";

  it("joins three tags or more under the last paragraph into one labelled line, in both languages", () => {
    expect(joinTagLists(en("Russia", "North Korea", "Geopolitics"))).toContain("\nTags: Russia, North Korea, Geopolitics\n");
    expect(joinTagLists(page("Nga", "Triều Tiên", "Địa chính trị"))).toContain("\nTags: Nga, Triều Tiên, Địa chính trị\n");
  });

  it("drops them from the text, never reading a tag as the writer, with or without blank lines between", () => {
    const [spaced] = parseImport(en("Russia", "North Korea", "Geopolitics").replace(/\n/g, "\n\n"), "x.txt");
    expect(spaced?.body.endsWith(EN2)).toBe(true);
    const [packed] = parseImport(en("Russia", "North Korea", "Geopolitics"), "x.txt");
    expect(packed?.body).not.toContain("Geopolitics");
    const [vi] = parseImport(page("Nga", "Triều Tiên", "Địa chính trị"), "x.txt");
    expect(vi?.body.endsWith(P2)).toBe(true);
    expect(vi?.author).toBeNull();
  });

  it("leaves two short lines (two writers), a writer's box, and short lines under no finished paragraph", () => {
    expect(joinTagLists(page("Minh Anh", "Quốc Bảo"))).not.toContain("Tags:");
    expect(joinTagLists(en("Owen Pettifer", "Research Fellow", "WRITTEN BY"))).not.toContain("Tags:");
    expect(joinTagLists(["Russia", "North Korea", "Geopolitics"].join("\n"))).not.toContain("Tags:");
    expect(joinTagLists(en("Read more", "Russia", "North Korea", "Geopolitics", "Why the treaty matters to Seoul"))).not.toContain("Tags:");
  });
});
