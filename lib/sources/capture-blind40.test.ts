// Accuracy on the fortieth held-out corpus (fixtures/captures-blind40): long form. Magazines, journals, reports and
// essays in English (Harper's Magazine, Prospect, the London Review of Books, Jacobin, The American Conservative,
// 19FortyFive, Modern Diplomacy, Geopolitical Monitor, IISS, CSIS, Carnegie) and in Vietnamese (research and academy
// journals, a university journal on Open Journal Systems, an e-magazine page), with drop caps, pull quotes, footnote
// markers, notes and references, abstracts and keywords. About half plain-text copies, half saved pages. Written and
// measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND40_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fortieth held-out capture corpus",
  {
    dir: BLIND40_CORPUS,
    label: "blind corpus 40",
    earlier: corporaBefore(BLIND40_CORPUS),
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.45, 0.55],
    viShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
  },
  (corpus) => {
    it("keeps abstracts and section headings as text, and notes, references and pull quotes out of it", () => {
      for (const c of corpus) {
        // A furniture line the scorer could never count as removed (it is part of a body paragraph) would be a
        // broken expectation: pull quotes here are shortened, as magazines set them.
        for (const line of c.expect.furniture) for (const para of c.expect.body) expect(para.includes(line), `${c.file}: ${line}`).toBe(false);
      }
    });
  },
);
