// Tests for a blogging platform's action bar under the byline: its clap and response counts and its "Listen" and
// "Share" buttons on one line, run together by a copy or not. Out of the text in English and Vietnamese; near misses
// that stay the article's text.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

describe("a platform's action bar of counts and buttons", () => {
  it("is furniture, glued or spaced, in English and Vietnamese", () => {
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "Hồ Anh Tuấn", "19 thg 6, 2026", "2145NgheChia sẻ", ...VI));
    expect(vi.body).not.toContain("Nghe");
    expect(vi.body.startsWith(VI[0])).toBe(true);
    const en = one(text("Port board expects second wharf to open in April", "Mira Chen", "Dec 4, 2026", "1.2K 45 Listen Share", ...EN));
    expect(en.body).not.toContain("Listen");
    expect(en.body.startsWith(EN[0])).toBe(true);
  });
  it("leaves a sentence that speaks of listening and sharing in the text", () => {
    const en = one(text("Port board expects second wharf to open in April", "December 4, 2026", ...EN, "Listen to the board's statement and share it."));
    expect(en.body).toContain("Listen to the board's statement and share it.");
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "04/12/2026", ...VI, "Nghe nông dân chia sẻ kinh nghiệm trồng sầu riêng."));
    expect(vi.body).toContain("Nghe nông dân chia sẻ kinh nghiệm trồng sầu riêng.");
  });
});
