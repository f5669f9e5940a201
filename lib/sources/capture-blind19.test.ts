// Accuracy on the nineteenth held-out corpus (fixtures/captures-blind19), chosen for the fields that first measure
// weakest on fresh corpora: captions and furniture. About 70 % saved pages as big outlets' CMSs render an article
// (figure/figcaption with caption and credit in separate spans or the credit first, caption paragraphs with a class,
// captions in tables under images, galleries with counters, lazy images and <picture>; related boxes, promos, ad
// slots, players, polls, author boxes, tag lists, teasers), 30 % plain-text copies of such pages. Of outlets in none
// of the earlier corpora, written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND19_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the nineteenth held-out capture corpus",
  {
    dir: BLIND19_CORPUS,
    label: "blind corpus 19",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS],
    minCaptures: 24,
    minOutlets: 24,
    halfHtml: true,
  },
  (corpus) => {
    it("tests captions hard: about 70 % saved pages, and two to four captions in each capture", () => {
      expect(corpus.filter((c) => c.kind === "html").length / corpus.length).toBeGreaterThanOrEqual(0.65);
      for (const c of corpus) expect(c.expect.captions.length, c.file).toBeGreaterThanOrEqual(c.file === "spectator-1.txt" ? 1 : 2);
    });
  },
);
