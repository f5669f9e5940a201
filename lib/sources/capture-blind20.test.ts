// Accuracy on the twentieth held-out corpus (fixtures/captures-blind20): Vietnamese outlets captured on the go, as a
// newsroom does it on a phone. About 70 % plain-text copies (a phone browser's copy of a mobile site with its menu
// button, breadcrumbs, share bar, related cards, "Tin mới nhất" rail and app banners; an app's share-sheet text; a
// paper's Facebook or Zalo post relaying an article; a reader app's and an in-app browser's copy; a print view), 30 %
// pages saved on a phone (AMP, mobile sites, a WordPress mobile view, a television channel's video page, a print view).
// Dates as phones show them, several with no year or only a relative time. Of outlets in none of the earlier corpora,
// written and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the
// table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND20_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twentieth held-out capture corpus",
  {
    dir: BLIND20_CORPUS,
    label: "blind corpus 20",
    earlier: corporaBefore(BLIND20_CORPUS),
    minCaptures: 24,
    minOutlets: 24,
    minUndated: 6,
    langs: ["vi"],
  },
  (corpus) => {
    it("is mostly captured on a phone or through an app: about 70 % plain-text copies, the rest saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.65);
      expect(text).toBeLessThanOrEqual(0.8);
    });
  },
);
