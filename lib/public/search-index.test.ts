// Choosing one page of ranked matches without sorting them all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstByScore } from "./search-index";

// Few distinct scores, as sums of word weights give: many ties, whose newest-first order must hold.
const SCORES = [0.4, 0.8, 1, 1.4, 2];

describe("firstByScore", () => {
  it("gives the first documents of a stable sort by score, for any page size", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SCORES), { maxLength: 400 }), fc.nat(150), (weights, count) => {
        const docs = weights.map((_, doc) => doc);
        const score = Float32Array.from(weights);
        const sorted = [...docs].sort((a, b) => score[b]! - score[a]!);
        expect(firstByScore(docs, score, count)).toEqual(sorted.slice(0, count));
      }),
      { seed: 20261126, numRuns: 500 },
    );
  });
});
