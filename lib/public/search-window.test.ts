// The search page's page number: bounded, so a hand-edited page near the end of a ranking of every claim does not
// sort them all for each request past the results anyone pages through.
import { describe, expect, it } from "vitest";
import { lastSearchPage, RANKED_RESULTS_MAX, searchPageNumber } from "./search-window";

describe("searchPageNumber", () => {
  it("keeps pages within the bound and brings one past it to the last", () => {
    expect(lastSearchPage(20)).toBe(500);
    expect(searchPageNumber("3", 20)).toBe(3);
    expect(searchPageNumber("500", 20)).toBe(500);
    expect((searchPageNumber("501", 20) - 1) * 20).toBeLessThan(RANKED_RESULTS_MAX);
    expect(searchPageNumber("999", 20)).toBe(500);
    expect(searchPageNumber("100000", 20)).toBe(500);
  });

  it("reads anything but a whole number from 1 as the first page", () => {
    for (const raw of [undefined, "", "0", "-2", "1.5", "1e3", "0x10", " 4", "abc", "9999999999"]) expect(searchPageNumber(raw, 20), String(raw)).toBe(1);
  });
});
