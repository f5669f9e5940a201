// The scorer and the check-worthiness ranker on the labelled evaluation set (fixtures/matching/).
import { describe, expect, it } from "vitest";
import { evaluateCheckWorthy, evaluateMatching, loadEvaluationSet, loadHeldOutSet } from "./evaluation";
import { MATCH_THRESHOLD } from "./score";

const set = loadEvaluationSet();
const heldOut = loadHeldOutSet(set);

describe("the labelled evaluation set", () => {
  it("holds every sentence of the sample articles, the labelled ones among them, and the relays", () => {
    expect(set.articles.size).toBe(28);
    expect(set.items.length).toBeGreaterThan(650);
    expect(set.items.filter((i) => i.claims.length).length).toBeGreaterThanOrEqual(35);
  });

  it(`matches the tuning part at the default threshold (${MATCH_THRESHOLD}) with precision >= 0.80`, () => {
    const { precision, recall } = evaluateMatching(set);
    console.log(`matching, tuning part, at ${MATCH_THRESHOLD}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });

  // The goal is 0.85; the scorer reaches 0.80 on the tuning part (fixtures/matching/README.md lists what it
  // misses). This bound keeps it from falling further while the goal stays open.
  it("matches the tuning part with recall >= 0.80 (goal 0.85, not reached yet)", () => {
    expect(evaluateMatching(set).recall).toBeGreaterThanOrEqual(0.8);
  });

  it("holds a held-out part of relays, positives and negatives, none of them in the tuning part", () => {
    expect(heldOut.items.length).toBeGreaterThanOrEqual(25);
    expect(heldOut.items.filter((i) => i.claims.length).length).toBeGreaterThanOrEqual(15);
    expect(heldOut.items.filter((i) => !i.claims.length).length).toBeGreaterThanOrEqual(5);
    const tuning = new Set(set.items.map((i) => i.text));
    for (const item of heldOut.items) expect(tuning.has(item.text)).toBe(false);
  });

  // Held out: never used to choose a rule or the threshold. It reaches precision 1.00 and recall 0.765 (13 of
  // 17) at 0.49; the floors below sit under that so the test shows a regression, not a tuned figure.
  it("matches the held-out part with precision >= 0.90 and recall >= 0.70", () => {
    const { precision, recall } = evaluateMatching(heldOut);
    console.log(`matching, held-out part, at ${MATCH_THRESHOLD}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });

  it("the default threshold is the lowest of the sweep with precision >= 0.80 (the threshold is chosen on this set)", () => {
    const lower = evaluateMatching(set, MATCH_THRESHOLD - 0.01);
    expect(lower.precision).toBeLessThan(0.8);
  });

  it("ranks check-worthy sentences with precision at 10 >= 0.7 on average over the judged articles, every one judged", () => {
    const results = evaluateCheckWorthy(set);
    for (const r of results) expect(r.unjudged).toEqual([]);
    const mean = results.reduce((sum, r) => sum + r.precisionAt10, 0) / results.length;
    console.log(`check-worthy P@10: mean ${mean.toFixed(2)}; ${results.map((r) => `${r.source} ${r.precisionAt10}`).join(", ")}`);
    expect(mean).toBeGreaterThanOrEqual(0.7);
  });
});
