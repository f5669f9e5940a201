// Accuracy on the twenty-second held-out corpus (fixtures/captures-blind22), chosen for the routes by which a page
// reaches a newsroom second-hand when the original is gone, paywalled or foreign: pages saved from the Wayback Machine
// and archive.today, a cached snapshot, pages translated by the browser or through Google Translate's proxy,
// aggregators' reposts that credit the original outlet, newsletter posts, a Telegram channel's web view and a forum
// thread quoting an article. Half saved pages, half text copies; of outlets in none of the earlier corpora, written
// and measured before any rule was changed for them. The original's outlet, address and date are expected, never the
// archive's, translator's or aggregator's. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND22_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-second held-out capture corpus",
  {
    dir: BLIND22_CORPUS,
    label: "blind corpus 22",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS],
    minCaptures: 24,
    minOutlets: 24,
    halfHtml: true,
    minUndated: 3,
  },
  (corpus) => {
    it("holds every second-hand route: archives, a cache, translations, aggregators, newsletters, Telegram and a forum", () => {
      const routes = corpus.map((c) => c.file);
      for (const f of ["thoinay-1.html", "bostonglobe-1.html", "standard-1.txt", "antg-1.txt", "semafor-1.html", "svvn-1.html", "theage-1.txt", "khan-1.html", "kommersant-1.html", "rg-1.txt", "theweek-1.html", "dallasnews-1.html", "phillipspobrien-1.html", "tangle-1.txt", "express-1.txt", "cstc-1.txt"]) expect(routes).toContain(f);
      for (const c of corpus) if (c.expect.url) expect(c.expect.url, c.file).not.toMatch(/web\.archive\.org|archive\.(?:ph|today|is)|translate\.goog|msn\.com|yahoo\.com|newsbreak\.com|t\.me\//);
    });
  },
);
