// Accuracy on the forty-third held-out corpus (fixtures/captures-blind43): the everyday mix, outlets never seen.
// Vietnamese military-region, provincial, city and sector papers, an overseas news site, a forum and a blog portal
// relaying VOA, RFI, RFA, BBC, AFP and Reuters; English wire copy (dpa) and news pages built around AP, AFP and
// Reuters copy. About half plain-text copies (Chrome, Edge, Firefox, Safari, a phone, an article-area selection), half
// saved pages. Written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND41_CORPUS, BLIND42_CORPUS, BLIND43_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the forty-third held-out capture corpus",
  {
    dir: BLIND43_CORPUS,
    label: "blind corpus 43",
    // (written at the same time as blind corpora 41 and 42, which hold other pages of six of its Vietnamese outlets)
    earlier: corporaBefore(BLIND43_CORPUS).filter((dir) => dir.href !== BLIND41_CORPUS.href && dir.href !== BLIND42_CORPUS.href),
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.45, 0.6],
    viShare: [0.5, 0.65],
    ownOutlets: true,
    minFurniture: 4,
  },
  (corpus) => {
    it("credits a wire on most captures, as the everyday stream relays one", () => {
      const credited = corpus.filter((c) => c.expect.agency !== null);
      expect(credited.length / corpus.length).toBeGreaterThan(0.6);
    });
  },
);
