// Accuracy on the thirtieth held-out corpus (fixtures/captures-blind30): English outlets never seen, captured as a
// newsroom does any day: shipping, energy and aviation trade press, weeklies and magazines, commentary sites, think
// tanks' commentary pages, regional dailies, a broadcaster, a tabloid's site, an investigative site and an exile news
// site; desktop select-all, article-area and phone copies (about 55 %) and saved pages, each with what that route takes
// along. Of outlets in none of the earlier corpora, written and measured before any rule was changed for them. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS, BLIND30_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirtieth held-out capture corpus",
  {
    dir: BLIND30_CORPUS,
    label: "blind corpus 30",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS],
    minCaptures: 22,
    minOutlets: 22,
    langs: ["en"],
  },
  (corpus) => {
    it("is about 55 % plain-text copies and 45 % saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.5);
      expect(text).toBeLessThanOrEqual(0.6);
    });

    it("keeps furniture and captions apart from the text it expects", () => {
      for (const c of corpus) {
        for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
        for (const caption of c.expect.captions) expect(c.expect.body, c.file).not.toContain(caption);
      }
    });
  },
);
