// A page selected and pasted twice is read as one article: the second copy dropped (lib/sources/doubled-paste.ts).
import { describe, expect, it } from "vitest";
import { withoutDoubledPaste } from "./doubled-paste";
import { parseImport } from "./parse-import";

const VI = [
  "Trang tin Mẫu",
  "Thời sự Quốc tế Phân tích",
  "Thứ Năm, 3/12/2026, 20:30 (GMT+7)",
  "Nga bác tuyên bố chung của ba nước về hợp tác với Triều Tiên",
  "Ngoại trưởng ba nước ngày 3/12 ra tuyên bố chung bày tỏ quan ngại về việc chuyển giao công nghệ quân sự cho Triều Tiên.",
  "Tuyên bố kêu gọi Moskva tuân thủ các nghị quyết của Hội đồng Bảo an và cho biết ba nước sẽ tăng cường chia sẻ thông tin.",
  "Bộ Ngoại giao Nga bác bỏ tuyên bố này, cho rằng hợp tác giữa hai nước là hợp pháp và không nhằm vào nước thứ ba.",
  "Chia sẻ bài viết",
];
const EN = [
  "Sample Post",
  "World | Business | Opinion | Sport",
  "Winter freight trains start running from Vladivostok to Rajin",
  "Published: 2 December 2026, 11:48",
  "A winter freight service linking Vladivostok with the port of Rajin ran its first train on Wednesday, carrying coal and flour.",
  "Railway officials said two trains a week would cross the Friendship Bridge over the Tumen River, a journey of about 30 hours.",
  "Officials in the Primorye region said they expected cross-border freight to grow by half next year thanks to the service.",
  "Most read",
];
const page = (lines: string[], gap = "\n"): string => `${lines.join(gap)}\n`;

describe("a page pasted twice", () => {
  it("reads a Vietnamese page selected twice as one article, its text once", () => {
    const [only, ...rest] = parseImport(`${page(VI)}\n${page(VI)}`, "x.txt");
    expect(rest).toHaveLength(0);
    expect(only?.title).toBe(VI[3]);
    expect(only?.publishedAt?.slice(0, 16)).toBe("2026-12-03T20:30");
    expect(only?.blocks.map((b) => b.text)).toEqual(VI.slice(4, 7));
  });

  it("reads an English page selected twice (blank lines between its blocks) as one article", () => {
    const [only, ...rest] = parseImport(page(EN, "\n\n") + page(EN, "\n\n"), "x.txt");
    expect(rest).toHaveLength(0);
    expect(only?.title).toBe(EN[2]);
    expect(only?.blocks.map((b) => b.text)).toEqual(EN.slice(4, 7));
  });

  it("drops a second copy cut short, as a second selection stopping earlier gives it", () => {
    const text = page([...EN, ...EN.slice(0, 6)]);
    expect(withoutDoubledPaste(text)).toBe(page(EN));
  });

  it("keeps a page whose footer repeats its masthead and menu, and one whose lines come back only in part", () => {
    const footer = page([...EN, EN[0] as string, EN[1] as string, "© 2026 Sample Post"]);
    expect(withoutDoubledPaste(footer)).toBe(footer);
    const changed = page([...EN, ...EN.slice(0, 5), "A different paragraph closes this second story, which is another one altogether, not a copy."]);
    expect(withoutDoubledPaste(changed)).toBe(changed);
  });

  it("keeps a repeat of short lines only (a list printed twice holds no paragraph)", () => {
    const list = page(["Tags", "Nga", "Triều Tiên", "Hàn Quốc", "Nhật Bản", "Tags", "Nga", "Triều Tiên", "Hàn Quốc", "Nhật Bản"]);
    expect(withoutDoubledPaste(list)).toBe(list);
  });

  it("keeps a long text of one short line repeated, however many places repeat its opening", () => {
    const text = `${"Trang tin Mẫu\n".repeat(15_000)}x\n`;
    expect(withoutDoubledPaste(text)).toBe(text);
  });
});
