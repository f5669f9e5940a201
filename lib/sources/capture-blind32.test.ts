// Accuracy on the thirty-second held-out corpus (fixtures/captures-blind32): Vietnamese relays of foreign
// broadcasters and wires in kinds of page other than the plain news story — a press review, interviews in questions
// and answers, analyses and a commentary, a daily round-up, explainers, video, radio and podcast pages, updated stories
// with their notes, a correction, photo stories. Most outlets were seen before (the Vietnamese services of BBC, VOA,
// RFA, RFI, DW, Sputnik, NHK, KBS, SBS and CRI, Người Việt, the big papers' world desks), so it asks whether another
// kind of page of a known outlet comes out right; six outlets are new. About half plain-text copies (desktop
// select-all, article-area, phone), half saved pages. Written and measured before any rule was changed for it. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND32_CORPUS, CAPTURE_CORPORA, loadCorpus } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirty-second held-out capture corpus (relays in other kinds of page)",
  {
    dir: BLIND32_CORPUS,
    label: "blind corpus 32",
    minCaptures: 22,
    minOutlets: 22,
    langs: ["vi"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
  },
  (corpus) => {
    it("holds at least six outlets no earlier corpus holds, each once", () => {
      const earlier = CAPTURE_CORPORA.filter((c) => c.dir.href !== BLIND32_CORPUS.href);
      const seen = new Set(earlier.flatMap(({ dir }) => loadCorpus(dir)).map((c) => c.outlet));
      expect(corpus.map((c) => c.outlet).filter((o) => !seen.has(o)).length).toBeGreaterThanOrEqual(6);
      expect(new Set(corpus.map((c) => c.outlet)).size).toBe(corpus.length);
    });

    it("never expects a furniture line inside the text it keeps, not even inside a paragraph", () => {
      for (const c of corpus) {
        for (const line of c.expect.furniture) for (const para of c.expect.body) expect(para.includes(line) && line.length >= 12, `${c.file}: ${line}`).toBe(false);
      }
    });
  },
);
