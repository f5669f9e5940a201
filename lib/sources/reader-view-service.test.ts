// A reader view prints the site's host first and, under the headline where a byline would stand, the broadcaster's
// service ("Radio Sweden", "Radio Poland") or a Vietnamese paper's or station's name ("Đài Tiếng nói Việt Nam"): the
// outlet, never a writer. Near misses: a person's name there is still the author, and a service's name without the
// host line above (no reader view) is left to the other rules.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

describe("a reader view's service line under the headline", () => {
  it("names an English broadcaster's service as the outlet, and no author", () => {
    const parsed = one(text("sverigesradio.se", "Cargo volumes rise at the harbour", "Radio Sweden", "2–3 minutes", "Published Thursday 3 December 2026 at 15.48", ...EN));
    expect(parsed.outlet).toBe("Radio Sweden");
    expect(parsed.author).toBeNull();
    expect(one(text("polskieradio.pl", "Cargo volumes rise at the harbour", "Radio Poland", "3 December 2026", ...EN)).outlet).toBe("Radio Poland");
  });

  it("names a Vietnamese station as the outlet", () => {
    // (the lexicon's name for the station it knows)
    const parsed = one(text("vov.vn", "Giá sầu riêng giảm mạnh", "Đài Tiếng nói Việt Nam", "Thứ Năm, 03/12/2026 08:40", ...VI));
    expect(parsed.outlet).toBe("VOV");
    expect(parsed.author).toBeNull();
  });

  it("keeps a person's name there as the author", () => {
    const parsed = one(text("sverigesradio.se", "Cargo volumes rise at the harbour", "Anna Lindqvist", "3 December 2026", ...EN));
    expect(parsed.author).toBe("Anna Lindqvist");
    expect(parsed.outlet).not.toBe("Anna Lindqvist");
  });
});
