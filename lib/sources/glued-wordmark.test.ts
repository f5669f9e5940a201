// A site's wordmark in capitals with its edition's word glued on ("THISDAYLIVE", "SAIGONONLINE") read as the outlet,
// where the page prints the name with spaces elsewhere (a rights line, a footer, og:site_name) or its rights line names
// the paper: that form. Forms written for these tests, English and Vietnamese, with the near misses that keep the mark.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text } from "@/test/family-parse";

const story = (mark: string, ...foot: string[]): string =>
  text(mark, "World", "North Korean workers fill Russia's labour gap", "Ugo Nwankwo | September 29, 2025", ...EN, ...foot);

describe("a wordmark glued to its edition's word", () => {
  it("takes the spaced form the page prints, in English and Vietnamese", () => {
    expect(one(story("SAIGONONLINE", "© 2026 Saigon Online")).outlet).toBe("Saigon Online");
    expect(one(story("SAIGONONLINE", "© 2026 Sài Gòn Online. Giấy phép số 12/GP-BTTTT")).outlet).toBe("Sài Gòn Online");
    expect(one(story("THISDAYLIVE", "About ThisDay Live")).outlet).toBe("ThisDay Live");
    expect(one(story("DAILYNEWS", "Copyright Daily News 2026")).outlet).toBe("Daily News");
  });
  it("takes the paper's name its rights line writes without the edition's word", () => {
    expect(one(story("THISDAYLIVE", "© 2025 ThisDay Newspapers Ltd. All rights reserved.")).outlet).toBe("ThisDay");
    expect(one(story("THISDAYLIVE", "Copyright © 2025 ThisDay. All rights reserved.")).outlet).toBe("ThisDay");
  });
  it("keeps the wordmark where the page prints no other form, or the stem only in running text or another name", () => {
    expect(one(story("THISDAYLIVE")).outlet).toBe("THISDAYLIVE");
    expect(one(story("SAIGONONLINE", "Saigon police said on Monday that the port would reopen next week after repairs.")).outlet).toBe("SAIGONONLINE");
    expect(one(story("SAIGONONLINE", "© 2026 Saigon Tourist Holding")).outlet).toBe("SAIGONONLINE");
  });
  it("leaves a saved page's site name as it was", () => {
    const got = fromHtml(page('<meta property="og:site_name" content="ThisDay Live"><title>Workers fill the gap - THISDAYLIVE</title>', `<header><div class="logo">THISDAYLIVE</div></header><article><h1>Workers fill the gap</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`));
    expect(got.outlet).toBe("ThisDay Live");
  });
});
