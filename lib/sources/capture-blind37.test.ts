// Accuracy on the thirty-seventh held-out corpus (fixtures/captures-blind37): fact-check and verification pages.
// Fact-checkers (AFP Fact Check and AFP Kiểm chứng, AAP FactCheck, PolitiFact, FactCheck.org, Full Fact, Lead
// Stories, Logically Facts, Check Your Fact, Africa Check, BOOM, VERA Files, Annie Lab, Taiwan FactCheck Center,
// StopFake, VoxCheck), disinformation trackers and open-source investigators (EUvsDisinfo, DFRLab, Bellingcat,
// NewsGuard's Reality Check), a Vietnamese paper's verification column and a provincial police portal's fake-news
// notice, with their verdict boxes, partner notices, archived links and source lists. Half plain-text copies, half
// saved pages with ClaimReview JSON-LD. Written and measured before any rule was changed for them. Same scorer, same
// floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { BLIND37_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirty-seventh held-out capture corpus",
  {
    dir: BLIND37_CORPUS,
    label: "blind corpus 37",
    earlier: corporaBefore(BLIND37_CORPUS),
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
  },
  (corpus) => {
    it("holds saved fact-checks that carry ClaimReview markup", () => {
      const reviews = corpus.filter((c) => c.kind === "html" && readFileSync(new URL(c.file, BLIND37_CORPUS), "utf8").includes('"ClaimReview"'));
      expect(reviews.length).toBeGreaterThanOrEqual(5);
    });
  },
);
