import { describe, expect, it } from "vitest";
import { vi as viDictionary } from "@/lib/i18n/vi";
import { en } from "@/lib/i18n/en";
import { explainMatch } from "./explain";
import { keyWords } from "./keywords";
import { evaluationClaims, loadBlindSet, loadEvaluationSet } from "./evaluation";
import { claimWeights, matchSentence, scoreSentence } from "./score";

describe("explainMatch", () => {
  it("says how many key words are shared, and that the sentence names the claimant when that added to the score", () => {
    const params = { shared: 9, total: 11, quotes: 2 };
    expect(explainMatch(en.matching, { code: "wording", params })).toBe("shares 9 of 11 key words with the claim and 2 of its quotes");
    expect(explainMatch(en.matching, { code: "wording", params: { ...params, claimant: 1 } })).toBe(
      "shares 9 of 11 key words with the claim and 2 of its quotes; the sentence names the claim's claimant",
    );
    expect(explainMatch(viDictionary.matching, { code: "quote", params: { ...params, claimant: 1 } })).toBe(
      "chia sẻ 9/11 từ khoá với một trích dẫn của tuyên bố (2 trích dẫn khớp); câu nêu tên chủ thể của tuyên bố",
    );
  });

  it("says when the sentence puts the claim's parties in its roles, which added to the score", () => {
    const params = { shared: 9, total: 11, quotes: 2, claimant: 1, roles: 1 };
    expect(explainMatch(en.matching, { code: "wording", params })).toBe(
      "shares 9 of 11 key words with the claim and 2 of its quotes; the sentence names the claim's claimant; the sentence puts the same parties in the claim's roles (who supplies whom, who denies)",
    );
    expect(explainMatch(viDictionary.matching, { code: "wording", params: { ...params, claimant: 0 } })).toBe(
      "chia sẻ 9/11 từ khoá với tuyên bố và 2 trích dẫn của nó; câu đặt cùng các bên vào cùng vai như tuyên bố (ai cung cấp cho ai, ai bác bỏ)",
    );
  });

  it("reflects the scorer: the roles flag is set exactly when the roles agree", () => {
    const claim = { id: "c", wording: keyWords("Triều Tiên cung cấp đạn dược cho Nga"), gloss: new Set<string>(), quotes: [] };
    const agreeing = scoreSentence(keyWords("Nga nhận đạn dược từ Triều Tiên"), claim);
    const silent = scoreSentence(keyWords("Ông Kim cung cấp đạn dược cho ông Putin, Nga và Triều Tiên xác nhận"), claim);
    expect(agreeing?.explanation.params.roles).toBe(1);
    expect(silent?.explanation.params.roles).toBe(0);
    expect(agreeing!.score).toBeGreaterThan(scoreSentence(keyWords("Nga nhận đạn dược Triều Tiên"), { ...claim, wording: new Set([...claim.wording].filter((k) => !k.startsWith("~"))) })!.score);
  });

  it("reflects the scorer: the claimant flag is set exactly when the sentence names the claimant", () => {
    const claim = { id: "c", wording: new Set(["cung", "cap", "dan", "nga"]), gloss: new Set<string>(), quotes: [], claimant: [new Set(["trieu", "tien"])] };
    const named = scoreSentence(new Set(["trieu", "tien", "cung", "cap", "dan", "nga"]), claim);
    const unnamed = scoreSentence(new Set(["han", "quoc", "cung", "cap", "dan", "nga"]), claim);
    expect(named?.explanation.params.claimant).toBe(1);
    expect(unnamed?.explanation.params.claimant).toBe(0);
    expect(named!.score).toBeGreaterThan(unnamed!.score);
  });

  it("stays one true sentence for every suggestion on the blind relays: counts that are the reference's, no sentence break", () => {
    const set = loadEvaluationSet();
    const blind = loadBlindSet(set, "blind2.json");
    const blind3 = loadBlindSet(set, "blind3.json");
    const { keys, aliases } = evaluationClaims(blind);
    const weights = claimWeights(keys);
    let explained = 0;
    for (const item of [...blind.items, ...blind3.items]) {
      const sentence = keyWords(item.text, aliases);
      for (const match of matchSentence(sentence, keys, undefined, weights)) {
        const claim = keys.find((c) => c.id === match.claimId)!;
        const { code, params } = match.explanation;
        if (code !== "quote") {
          const reference = code === "wording" ? claim.wording : claim.gloss;
          const words = [...reference].filter((k) => !k.startsWith("~"));
          expect(params.total).toBe(words.length);
          expect(params.shared).toBe(words.filter((k) => sentence.has(k)).length);
        }
        for (const dictionary of [en.matching, viDictionary.matching]) expect(explainMatch(dictionary, match.explanation)).not.toMatch(/[.!?]\s/);
        explained++;
      }
    }
    expect(explained).toBeGreaterThan(40);
  });
});
