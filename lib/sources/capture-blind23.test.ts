// Accuracy on the twenty-third held-out corpus (fixtures/captures-blind23), chosen for the kinds of page a newsroom
// captures that are not a plain news story: live pages with timed entries, a pinned entry and a key-events list,
// explainers and Q&As, an interview in turns, an opinion column with its columnist box and disclaimer, long reads and
// an e-magazine with chapters and a credits block, a photo story, video pages, fact-check pages with their verdict,
// an official statement relayed in full and timelines. 40 % saved pages, 60 % text copies; half Vietnamese, half
// English; of outlets in none of the earlier corpora, written and measured before any rule was changed for them. A
// page's own publication date is expected, never an entry's time. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND23_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-third held-out capture corpus",
  {
    dir: BLIND23_CORPUS,
    label: "blind corpus 23",
    earlier: corporaBefore(BLIND23_CORPUS),
    minCaptures: 24,
    minOutlets: 24,
    minUndated: 1,
  },
  (corpus) => {
    it("holds every page type: live pages, explainers and Q&As, an interview, a column, long reads, a gallery, videos, fact-checks, a statement and timelines", () => {
      const files = corpus.map((c) => c.file);
      for (const f of ["vovgiaothong-1.txt", "vnanet-1.html", "itv-1.html", "newscomau-1.txt", "buudien-1.txt", "vovworld-1.html", "ipaper-1.txt", "firstpost-1.txt", "quehuong-1.txt", "pbs-1.txt", "tuanvietnam-1.txt", "gbnews-1.txt", "xaydungdang-1.txt", "newyorker-1.html", "dantocmiennui-1.html", "metro-1.txt", "vtvcab-1.html", "channel4-1.html", "tingia-1.html", "snopes-1.html", "mofa-1.txt", "nv-1.txt", "vovtv-1.txt", "globalnews-1.html"]) expect(files).toContain(f);
      expect(corpus.filter((c) => c.kind === "html").length / corpus.length).toBeGreaterThanOrEqual(0.4);
    });
  },
);
