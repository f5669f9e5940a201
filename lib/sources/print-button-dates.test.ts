// Tests for a date line with the page's print button glued at its end ("28.10.2025 18:30:00 Anton Belov Phiên bản để
// in"): read as the date line without the button's words, in English and Vietnamese, with the near misses that keep
// their words.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

describe("a date line with the print button glued at its end", () => {
  it("is the date line, out of the text, in English and Vietnamese", () => {
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "28.10.2025 18:30:00 Anton Belov Phiên bản để in", ...VI));
    expect(vi.publishedAt).toBe("2025-10-28T18:30");
    expect(vi.body).not.toContain("Phiên bản để in");
    expect(vi.body.startsWith(VI[0])).toBe(true);
    const en = one(text("Port board expects second wharf to open in April", "December 4, 2026 Jane Doe Printable version", ...EN));
    expect(en.publishedAt).toBe("2026-12-04");
    expect(en.body).not.toContain("Printable version");
  });
  it("leaves a line that opens with no date as it is", () => {
    const vi = one(text("Giá giấy tăng 20% khiến nhiều nhà xuất bản in", "28.10.2025 18:30", ...VI));
    expect(vi.title).toBe("Giá giấy tăng 20% khiến nhiều nhà xuất bản in");
    const en = one(text("Port board expects second wharf to open in April", "December 4, 2026", ...EN, "Readers who want 3 copies can ask for a Print"));
    expect(en.body).toContain("Readers who want 3 copies can ask for a Print");
  });
});
