// matchSentence leaves candidates unscored (too few shared words, or a score bound below the threshold): what it
// suggests is exactly what scoring every candidate would, at any threshold.
import { describe, expect, it } from "vitest";
import { evaluationClaims, loadBlindSet, loadEvaluationSet } from "./evaluation";
import { keyWords } from "./keywords";
import { claimWeights, matchSentence, scoreSentence, type ClaimKeys, type Match, type Weights } from "./score";

const set = loadEvaluationSet();
const blind = loadBlindSet(set, "blind2.json");
const blind3 = loadBlindSet(set, "blind3.json");
const { keys: claims, aliases } = evaluationClaims(set);
const sentences = [...set.items, ...blind.items, ...blind3.items].map((item) => keyWords(item.text, aliases));

/** Every candidate scored, those at the threshold kept, best first (ties in the candidates' order). */
function scoredAll(sentence: Set<string>, candidates: ClaimKeys[], threshold: number, weights: Weights): Match[] {
  return candidates
    .map((claim) => scoreSentence(sentence, claim, weights))
    .filter((m): m is Match => m !== null && m.score >= threshold)
    .sort((a, b) => b.score - a.score);
}

describe("matchSentence", () => {
  it("suggests what scoring every candidate suggests, on the labelled set and the second and third blind sets, at thresholds from 0.2 to 0.7", () => {
    const weights = claimWeights(claims);
    let suggested = 0;
    for (const threshold of [0.2, 0.3, 0.45, 0.55, 0.7]) {
      for (const sentence of sentences) {
        const expected = scoredAll(sentence, claims, threshold, weights);
        expect(matchSentence(sentence, claims, threshold, weights)).toEqual(expected);
        suggested += expected.length;
      }
    }
    expect(suggested).toBeGreaterThan(300);
  });

  it("reads the candidates afresh when the same list is changed between sentences", () => {
    const list = [...claims];
    const sentence = sentences.find((s) => matchSentence(s, list).length > 0)!;
    const first = matchSentence(sentence, list);
    const matched = list.findIndex((c) => c.id === first[0]!.claimId);
    list.splice(matched, 1);
    const after = matchSentence(sentence, list);
    expect(after.map((m) => m.claimId)).not.toContain(first[0]!.claimId);
    expect(after).toEqual(scoredAll(sentence, list, 0.45, claimWeights(list)));
  });

  it("scores every candidate sharing enough words when the weights are not all of one sign (no bound holds)", () => {
    const signed: Weights = (word) => (word.length % 2 ? 1 : -0.5);
    for (const sentence of sentences.slice(0, 200)) expect(matchSentence(sentence, claims, 0.3, signed)).toEqual(scoredAll(sentence, claims, 0.3, signed));
  });
});
