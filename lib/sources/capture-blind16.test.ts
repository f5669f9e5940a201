// Accuracy on the sixteenth held-out corpus (fixtures/captures-blind16), chosen for how a capture is made and how the
// page is built: saved pages of WordPress with Yoast and Rank Math @graph, Next.js with __NEXT_DATA__, Arc XP, Drupal,
// AMP and microdata; several NewsArticle blocks, JSON-LD that disagrees with the page, a paywalled body partly in
// JSON-LD only, a live blog; and the other import formats: .mhtml, newsletter e-mails (.eml), a Word file (.docx), a
// web-clipper note (.md), Reader View, print-view and read-later copies. Of outlets in none of the earlier corpora,
// written and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts;
// the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND16_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixteenth held-out capture corpus",
  {
    dir: BLIND16_CORPUS,
    label: "blind corpus 16",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS],
    minCaptures: 24,
    minOutlets: 24,
    halfHtml: true,
    minUndated: 2,
  },
  (corpus) => {
    it("holds each import format besides pages and text: a web archive, e-mails, a Word file and a clipper note", () => {
      const formats = new Set(corpus.map((c) => /\.(\w+)$/.exec(c.file)?.[1]));
      for (const format of ["html", "txt", "mhtml", "eml", "docx", "md"]) expect(formats, format).toContain(format);
    });
  },
);
