// A selection that starts inside the headline: the headline's remaining words are the title when the date line or the
// byline stands right under them; a lower-case line anywhere else, or with no date or byline under it, never is.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";

const VI_BODY = [
  "Tuyến tàu hàng mùa đông nối Vladivostok với cảng Rajin của Triều Tiên đã chạy chuyến đầu tiên ngày 2/12, chở than và bột mì.",
  "Đường sắt Viễn Đông cho biết mỗi tuần sẽ có hai chuyến, đi qua cầu Hữu Nghị trên sông Tumen, với thời gian khoảng 30 giờ.",
];
const EN_BODY = [
  "The number of North Korean laborers on building sites in Russia's Far East rose sharply this year, according to a report released on Friday.",
  "The report said most workers entered Russia on student or tourist visas before joining construction crews in Vladivostok and Khabarovsk.",
];
const text = (...lines: string[]): string => `${lines.join("\n\n")}\n`;

describe("a headline whose first words the selection cut", () => {
  it("is the title over a Vietnamese date line", () => {
    const [s] = parseImport(text("đông Vladivostok - Rajin chạy chuyến đầu tiên", "Thứ Tư, 02/12/2026 - 16:40", ...VI_BODY), "x.txt");
    expect(s?.title).toBe("đông Vladivostok - Rajin chạy chuyến đầu tiên");
    expect(s?.blocks.map((b) => b.text)).toEqual(VI_BODY);
  });

  it("is the title over an English date line or a byline", () => {
    const [dated] = parseImport(text("workers on Far East building sites, Seoul report says", "Friday, December 4, 2026", "By Grace Oh", ...EN_BODY), "x.txt");
    expect(dated?.title).toBe("workers on Far East building sites, Seoul report says");
    expect(dated?.author).toBe("Grace Oh");
    const [signed] = parseImport(text("workers on Far East building sites, Seoul report says", "By Grace Oh", ...EN_BODY), "x.txt");
    expect(signed?.title).toBe("workers on Far East building sites, Seoul report says");
  });

  it("is no title when nothing dates or signs it, when it ends a sentence, or when it is not the copy's first line", () => {
    const [bare] = parseImport(text("workers on Far East building sites, Seoul report says", ...EN_BODY), "x.txt");
    expect(bare?.title ?? null).not.toBe("workers on Far East building sites, Seoul report says");
    const [sentence] = parseImport(text("of the bridge, the officials said on Friday.", "Friday, December 4, 2026", ...EN_BODY), "x.txt");
    expect(sentence?.title ?? null).not.toBe("of the bridge, the officials said on Friday.");
    const [lower] = parseImport(text("North Korean labor surges in the Far East", "Friday, December 4, 2026", "more from the report on workers abroad", "By Grace Oh", ...EN_BODY), "x.txt");
    expect(lower?.title).toBe("North Korean labor surges in the Far East");
  });
});
