// Accuracy on the twenty-first held-out corpus (fixtures/captures-blind21): English-language outlets that follow the
// Russia–North Korea story closely — defence and military press, Ukrainian, Baltic, Central Asian, Chinese and
// Japanese English services, a Russian outlet's English edition and newsletter, research and arms-control bodies, UN
// News and UN meetings coverage, a parliamentary record and a government sanctions press release. About 60 %
// plain-text copies (desktop select-all, article-area and Reader View copies), 40 % saved pages; datelines, "Posted"
// lines, ISO dates, press-release headers and contacts, "Key takeaways" boxes, endnotes, photo and satellite-image
// credits, author boxes with handles, podcast and video embeds, PDF buttons, newsletter and sponsor notes. Of outlets
// in none of the earlier corpora, written and measured before any rule was changed for them. Same scorer, same floors
// as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND21_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-first held-out capture corpus",
  {
    dir: BLIND21_CORPUS,
    label: "blind corpus 21",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS],
    minCaptures: 24,
    minOutlets: 24,
    langs: ["en"],
  },
  (corpus) => {
    it("is about 60 % plain-text copies and 40 % saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.55);
      expect(text).toBeLessThanOrEqual(0.7);
    });
  },
);
