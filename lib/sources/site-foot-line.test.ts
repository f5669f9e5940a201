// A site's own line at the foot of its page (its name, then its kind, its address or its rights): furniture, and the
// name is the outlet when nothing above names it.
import { describe, expect, it } from "vitest";
import { siteFootLine } from "./metadata";
import { parseImport } from "./parse-import";

const VI_BODY = [
  "Bộ Ngoại giao Nga ngày 3/12 bác bỏ tuyên bố chung của ba nước, cho rằng hợp tác với Bình Nhưỡng là hợp pháp và không nhằm vào nước thứ ba.",
  "Người phát ngôn bộ này cho biết Moskva sẽ tiếp tục phát triển quan hệ với Triều Tiên trong mọi lĩnh vực theo hiệp ước đã ký.",
];
const EN_BODY = [
  "The number of North Korean laborers on building sites in Russia's Far East rose sharply this year, according to a report released on Friday.",
  "The report said most workers entered Russia on student or tourist visas before joining construction crews in Vladivostok and Khabarovsk.",
];
const text = (...lines: string[]): string => `${lines.join("\n\n")}\n`;

describe("a site's own line at the foot", () => {
  it("reads the name before its kind and a reuse notice, in Vietnamese", () => {
    expect(siteFootLine("Cửa sổ Thế giới - Trang tin điện tử tổng hợp. Ghi rõ nguồn khi trích dẫn.")).toBe("Cửa sổ Thế giới");
    expect(siteFootLine("Thời báo Đông Bắc Á - Chuyên trang thông tin về Đông Bắc Á. Bản quyền thuộc Thời báo Đông Bắc Á.")).toBe("Thời báo Đông Bắc Á");
    const [s] = parseImport(text("Nga bác tuyên bố chung của ba nước về hợp tác với Triều Tiên", "Thứ Năm, 3/12/2026, 20:30", ...VI_BODY, "Bảo Anh (Theo Reuters)", "Trang Mẫu Quốc tế - Trang tin điện tử tổng hợp. Ghi rõ nguồn khi trích dẫn."), "x.txt");
    expect(s?.outlet).toBe("Trang Mẫu Quốc tế");
    expect(s?.agency).toBe("Reuters");
    expect(s?.author).toBe("Bảo Anh");
    expect(s?.blocks.map((b) => b.text)).toEqual(VI_BODY);
  });

  it("reads the name before its address and the rights, in English", () => {
    expect(siteFootLine("Tumen Valley Times · 12 Hunchun Street · © 2026")).toBe("Tumen Valley Times");
    const [s] = parseImport(text("Labor surges on Far East building sites, Seoul report says", "Friday, December 4, 2026", "By Grace Oh", ...EN_BODY, "Sample Valley Herald · 12 Main Street · © 2026"), "x.txt");
    expect(s?.outlet).toBe("Sample Valley Herald");
    expect(s?.blocks.map((b) => b.text)).toEqual(EN_BODY);
  });

  it("takes no dateline's place before a sentence, no line without a notice, and no name cut on a small word", () => {
    expect(siteFootLine("Moscow - The ministry said on Thursday that the statement was unfounded.")).toBeNull();
    expect(siteFootLine("Tumen Valley Times · 12 Hunchun Street · Hunchun")).toBeNull();
    expect(siteFootLine("Tin tức và - © 2026")).toBeNull();
    expect(siteFootLine(`Sample Times - ${"a long line ".repeat(20)}©`)).toBeNull();
  });
});
