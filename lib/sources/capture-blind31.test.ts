// Accuracy on the thirty-first held-out corpus (fixtures/captures-blind31): Vietnamese-run outlets never seen, in
// Vietnamese and English. English editions of Vietnamese papers (a Saigon business weekly, a ministry's economic paper,
// an investment site, an economic daily), a Saigon city magazine, English news sites and an overseas English magazine;
// magazines of a mass organisation, the party's inspection commission and state organisation; a district and a city
// portal; the trade-union portal; a business portal and a markets site; provincial and city stations' news and video
// pages; two overseas Vietnamese weeklies. About 55 % plain-text copies (desktop select-all, article-area, phone),
// the rest saved pages. Written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND16_CORPUS, BLIND15_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS, CORPUS, HELDOUT_CORPUS, BLIND31_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirty-first held-out capture corpus",
  {
    dir: BLIND31_CORPUS,
    label: "blind corpus 31",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND16_CORPUS, BLIND15_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS],
    minCaptures: 21,
    minOutlets: 21,
  },
  (corpus) => {
    it("is about 55 % plain-text copies and 45 % saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.5);
      expect(text).toBeLessThanOrEqual(0.6);
    });

    it("holds English editions and Vietnamese pages, each as its outlet names itself", () => {
      expect(corpus.filter((c) => c.lang === "en").length).toBeGreaterThanOrEqual(7);
      expect(corpus.filter((c) => c.lang === "vi").length).toBeGreaterThanOrEqual(10);
      for (const c of corpus) {
        expect(c.expect.outlet, c.file).toBe(c.outlet);
        for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
      }
    });
  },
);
