// pg_trgm's trigrams and the similarity bound, without a database (the integration tests compare with pg_trgm).
import { describe, expect, it } from "vitest";
import { similarityBound, trigrams } from "./trigrams";

const spell = (trigram: number) => String.fromCharCode(Math.floor(trigram / 2 ** 32), Math.floor(trigram / 2 ** 16) % 2 ** 16, trigram % 2 ** 16);

describe("trigrams", () => {
  it("pads each word with two spaces before and one after, and splits words at anything but letters and digits", () => {
    expect(trigrams("ab, c-52").map(spell)).toEqual(["  a", " ab", "ab ", "  c", " c ", "  5", " 52", "52 "]);
    expect(trigrams("— …")).toEqual([]);
  });
});

describe("similarityBound", () => {
  const bound = (typed: string, claim: string) => similarityBound(new Set(trigrams(typed)), trigrams(claim));

  it("is the share of the typed text's distinct trigrams found anywhere in the claim", () => {
    expect(bound("trieu tien", "bac trieu tien cung cap")).toBe(1);
    expect(bound("ab cd", "cd ab")).toBe(1);
    expect(bound("ab cd", "ab")).toBe(0.5);
    expect(bound("ab", "xy")).toBe(0);
    expect(bound("", "ab")).toBe(0);
  });
});
