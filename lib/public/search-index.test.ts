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

  it("reads scores in about n log n for a window far down the ranking, not n times its depth", () => {
    // 20,000 matches and a window 4,900 deep (a ranked search's offset): the short sorted list grew to 4,900 and
    // each insert walked it, about 10^8 score reads.
    const n = 20_000;
    const weights = Float32Array.from({ length: n }, (_, doc) => SCORES[(doc * 7919) % SCORES.length]!);
    let reads = 0;
    const counted = new Proxy(weights, {
      get(target, key) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key) as unknown;
      },
    });
    const docs = Array.from({ length: n }, (_, doc) => doc);
    const top = firstByScore(docs, counted, 4_900);
    expect(top).toEqual([...docs].sort((a, b) => weights[b]! - weights[a]!).slice(0, 4_900));
    expect(reads).toBeLessThan(4 * n * Math.log2(n));
  });
});
