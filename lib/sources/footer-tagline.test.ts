// A page that names itself nowhere else may print its masthead and tagline on one of its last lines: "Saigon Times USA
// – Nhật báo Việt ngữ tại Nam California", "Bnews - Tin tức kinh tế TTXVN", "Harbour Post – The Valley's daily
// newspaper". The outlet is the name before the dash when the tagline says what kind of news it is. Near misses: a
// teaser headline after a dash, a place before a headline, a tagline of no news kind, and a masthead and tagline far
// above the foot name nothing.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { outletFromSelfMentions } from "./outlet-clues";

const footer = (t: string): string | null => outletFromSelfMentions(null, { text: t, aboveTitle: 0, url: null, printedHost: null, wire: false });

describe("a masthead and its tagline at the page's foot", () => {
  it("reads the masthead before a tagline of a news kind, in both languages", () => {
    expect(footer(text(...VI, "Nguồn: VOA", "Saigon Times USA – Nhật báo Việt ngữ tại Nam California"))).toBe("Saigon Times USA");
    expect(footer(text(...VI, "Từ khóa: Hàn Quốc, Triều Tiên", "Bnews - Tin tức kinh tế TTXVN"))).toBe("Bnews");
    expect(footer(text(...EN, "Harbour Post – The Valley's daily newspaper"))).toBe("Harbour Post");
    expect(footer(text(...EN, "Lagos Ledger | Nigeria's leading news source"))).toBe("Lagos Ledger");
  });

  it("reads no headline, place or slogan after a dash, nor a line far above the foot", () => {
    expect(footer(text(...VI, "Tin liên quan", "Hà Nội - Giá vàng hôm nay tiếp tục tăng mạnh"))).toBeNull();
    expect(footer(text(...EN, "Related", "Harbour Board - Cargo volumes rise by a quarter"))).toBeNull();
    expect(footer(text(...EN, "Harbour Post – Where the valley comes together"))).toBeNull();
    // a short copy's headline, its halves joined by a dash, over its date: above the text, never its foot
    expect(footer(text("Nga - Tiếng nói chung với Triều Tiên về an ninh khu vực", "03/12/2026", ...VI))).toBeNull();
    expect(footer(text("Harbour Post – The Valley's daily newspaper", "03/12/2026", ...EN))).toBeNull();
    const tail = Array.from({ length: 8 }, (_, k) => `${EN[k % 3]} (${k})`);
    expect(footer(text(EN[0], "Harbour Post – The Valley's daily newspaper", ...tail))).toBeNull();
  });

  it("names the outlet of a copy that prints nothing else of itself", () => {
    const page = text("Sầu riêng tăng diện tích gấp đôi trong ba năm", "", "03/12/2026 14:20 GMT-8", "", ...VI, "", "Nguồn: VOA", "", "Saigon Times USA – Nhật báo Việt ngữ tại Nam California");
    expect(one(page).outlet).toBe("Saigon Times USA");
  });
});
