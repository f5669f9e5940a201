// Tests for an outlet a copy names only by its domain, spelt back by a name the page prints: a name inside a run of
// two joined by "and" ("for Harbour Times and The Daily Post"), and a name whose small words no capitalised run reads
// ("Thời báo Cảng biển" over the headline, from thoibaocangbien.vn); and a feed reader's source between its byline's
// bullets ("by Jane Doe · Harbour Times · 3d"). Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { appBylineSource } from "./layout-model";
import { lineSpellingDomain } from "./outlet-clues";
import { creditedOriginal } from "./relay-post";

describe("a domain spelt back by a name the page prints", () => {
  it("reads a name of two joined by 'and' in a reader view's copy", () => {
    const parsed = one(text("Read aloud", "Text preferences", "harbourtimes.com.au", "Dockers walk out as talks with the board stall", "By Jane Doe", "December 4, 2026 — 1.15pm", ...EN, "Jane Doe is a reporter for Harbour Times and The Daily Post."));
    expect(parsed.outlet).toBe("Harbour Times");
  });

  it("reads a name with small words over the headline in a news app's copy, credited by its domain", () => {
    const parsed = one(text("Cốc Cốc", "Tin tức", "Thời sự", "Thế giới", "Thời báo Cảng biển", "Công nhân cảng ngừng việc sau khi đàm phán đổ vỡ", "08:25, 04/12/2026", ...VI, "Xem bài gốc tại thoibaocangbien.vn"));
    expect(parsed.outlet).toBe("Thời báo Cảng biển");
    expect(creditedOriginal(text("Thời báo Cảng biển", VI[0], "Xem bài gốc tại thoibaocangbien.vn"))).toBe("Thời báo Cảng biển");
  });

  it("takes only a line whose letters are the whole label, of eight letters or more", () => {
    expect(lineSpellingDomain(text("Thời báo Cảng biển", "Tin"), "www.thoibaocangbien.vn")).toBe("Thời báo Cảng biển");
    // a headline holding the label as one of its words, a name longer or shorter than the label, a short label
    expect(lineSpellingDomain(text("A clean harbourtimes", "Harbour Times Weekly", "Harbour Time"), "harbourtimes.com.au")).toBeNull();
    expect(lineSpellingDomain(text("Slate"), "slate.com")).toBeNull();
    expect(lineSpellingDomain(text("harbour times"), "harbourtimes.com.au")).toBeNull();
  });

  it("keeps a credited domain no line spells as it is", () => {
    expect(creditedOriginal(text("Tin tức", VI[0], "Xem bài gốc tại thoibaocangbien.vn"))).toBe("thoibaocangbien.vn");
  });

  it("reads a huge page's lines in time", () => {
    const started = performance.now();
    lineSpellingDomain(`${"Ab và Cd & Ef and ".repeat(50_000)}\n`.repeat(3), "thoibaocangbien.vn");
    one(text("harbourtimes.com.au", "Dockers walk out as talks with the board stall", ...EN, `${"Harbour Times and ".repeat(5_000)}Post.`));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("a news app's source between a byline's bullets", () => {
  it("names the outlet when nothing else does, the writer still read", () => {
    const parsed = one(text("feedly", "Today", "Read Later", "FEEDS", "Harbour Times", "Dockers walk out as talks with the board stall", "by Jane Doe · Harbour Times · 3d", "Visit Website", ...EN));
    expect(parsed.outlet).toBe("Harbour Times");
    expect(parsed.author).toBe("Jane Doe");
  });

  it("is read only before an age or a reading time, never from a name alone or a date", () => {
    expect(appBylineSource("by Jane Doe · Harbour Times · 3d")).toBe("Harbour Times");
    expect(appBylineSource("Jane Doe • Báo Cảng • 5 giờ • 2 phút đọc")).toBe("Báo Cảng");
    for (const plain of ["Bảo Ngọc • 5 giờ • 2 phút đọc", "by Jane Doe · 3d", "Jane Doe · Harbour Times", "Jane Doe • December 4, 2026", `by Jane Doe${" · Ab".repeat(60)} · 3d`]) expect(appBylineSource(plain), plain).toBeNull();
  });
});
