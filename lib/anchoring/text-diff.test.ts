// Tests for edit distance, similarity and the round-by-round quote search on the sample bodies.
import { describe, expect, it } from "vitest";
import { kimBody } from "./test-support";
import { editDistance, findQuoteMatches, similarity } from "./text-diff";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("tốt đẹp", "tốt đẹp")).toBe(0);
    expect(editDistance("Kim Jong Un", "Kim Jong-Un")).toBe(1);
    expect(editDistance("Kim Jong Un", "Kim Jong Il")).toBe(2);
    expect(editDistance("Bình Nhưỡng", "Binh Nhưỡng")).toBe(1);
    expect(editDistance("", "Nga")).toBe(3);
    expect(editDistance("Putin", "")).toBe(5);
  });

  it("is symmetric", () => {
    expect(editDistance("Matxcova", "Moskva")).toBe(editDistance("Moskva", "Matxcova"));
  });
});

describe("similarity", () => {
  it("is 1 for equal text and falls with the edit distance", () => {
    expect(similarity("", "")).toBe(1);
    expect(similarity("Kim Jong Un", "Kim Jong Un")).toBe(1);
    expect(similarity("Kim Jong Un", "Kim Jong-Un")).toBeCloseTo(10 / 11);
    expect(similarity("abc", "xyz")).toBe(0);
  });
});

describe("findQuoteMatches", () => {
  it("lists every exact mention of Kim Jong Un in the sample", () => {
    const matches = findQuoteMatches(kimBody, "Kim Jong Un", { maxErrors: 0 });
    expect(matches).toHaveLength(7);
    for (const m of matches) {
      expect(m.errors).toBe(0);
      expect(kimBody.slice(m.start, m.end)).toBe("Kim Jong Un");
    }
  });

  it("lists approximate matches after the exact ones, next-best first", () => {
    const body = kimBody.replace("cho thấy ông Kim Jong Un", "cho thấy ông Kim Jong-Un").replace("ông Putin và ông Kim Jong Un", "ông Putin và ông Kim Jon-Un");
    const matches = findQuoteMatches(body, "Kim Jong Un", { maxErrors: 2 });
    expect(matches.slice(0, 5).map((m) => m.errors)).toEqual([0, 0, 0, 0, 0]);
    const hyphen = matches.find((m) => body.slice(m.start, m.end) === "Kim Jong-Un");
    const twoErrors = matches.find((m) => body.slice(m.start, m.end) === "Kim Jon-Un");
    expect(hyphen?.errors).toBe(1);
    expect(twoErrors?.errors).toBe(2);
    expect(matches.indexOf(hyphen!)).toBeLessThan(matches.indexOf(twoErrors!));
  });

  it("finds nothing for an empty quote, and only exact matches without an error budget", () => {
    expect(findQuoteMatches(kimBody, "", { maxErrors: 3 })).toEqual([]);
    expect(findQuoteMatches(kimBody, "Kim Jong-Un", { maxErrors: 0 })).toEqual([]);
  });

  it("stops after the given number of rounds", () => {
    const body = kimBody.replace("cho thấy ông Kim Jong Un", "cho thấy ông Kim Jong-Un");
    const matches = findQuoteMatches(body, "Kim Jong Un", { maxErrors: 1, maxRounds: 0 });
    expect(matches.every((m) => m.errors === 0)).toBe(true);
    expect(matches).toHaveLength(6);
  });
});
