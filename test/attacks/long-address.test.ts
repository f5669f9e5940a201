// An article's address of hundreds to thousands of characters (tracking parameters, an archive's address around it):
// the copy's "Link:" line and an archive's opening line are read as the address whole, or not at all, and the
// headline under them stays the title. A cut address was stored (394 of 1,549 characters), and a line of more than
// 220 characters counted as the first paragraph, which ended the header above the headline.
import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/sources/parse-import";

const body = "Nga nhận đạn pháo từ Triều Tiên qua cảng Rajin, hai nguồn tin độc lập xác nhận trong tuần này. ".repeat(6);
const address = (length: number) => {
  const head = "https://www.example.com/news/a-1.html?utm_source=";
  return head + "x".repeat(length - head.length);
};

describe("a long address at the top of a copy", () => {
  it("is read whole up to 2,000 characters, on a Link line, alone, or in the Wayback Machine's opening line", () => {
    for (const length of [250, 400, 1_500, 2_000]) {
      const url = address(length);
      for (const head of [`Link: ${url}`, url, `The Wayback Machine - https://web.archive.org/web/20261203142207/${url}\n12 captures`]) {
        const [source] = parseImport(`${head}\n\nNga nhận đạn pháo\n\n${body}`, "copy.txt");
        expect(source!.url, `${length}: ${head.slice(0, 30)}`).toBe(url);
        expect(source!.title, `${length}: ${head.slice(0, 30)}`).toBe("Nga nhận đạn pháo");
        expect(source!.body.startsWith("Nga nhận đạn pháo từ")).toBe(true);
      }
    }
  });

  it("is never stored cut: past 2,000 characters there is no address, and the headline is still the title", () => {
    for (const length of [2_100, 5_000, 100_000]) {
      for (const head of [`Link: ${address(length)}`, address(length)]) {
        const [source] = parseImport(`${head}\n\nNga nhận đạn pháo\n\n${body}`, "copy.txt");
        expect(source!.url, String(length)).toBeNull();
        expect(source!.title, String(length)).toBe("Nga nhận đạn pháo");
      }
    }
  });
});
