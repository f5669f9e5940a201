// Accuracy on the twenty-fourth held-out corpus (fixtures/captures-blind24), chosen for what a real select-all or save
// takes along with the article in browsers other than desktop Chrome: the next article of an infinite scroll with its
// own headline, date, byline and captions; open consent, paywall, sign-in and newsletter dialogs; sticky video players
// with "Up next" and "Bạn đang đọc" / "You are reading" bars; comment threads; "Đọc tiếp" / "Read more" expanded in
// place and "Xem thêm" teasers; Firefox's, Safari's, Edge Immersive Reader's and Samsung Internet's copies, pages
// saved by Firefox ("Web Page, complete") and by Safari ("Page Source"). Vietnamese provincial and regional papers and
// broadcasters, overseas Vietnamese sites, relays of foreign broadcasters' Vietnamese services, English wire copy on
// news sites; about 60 % plain-text copies. Of outlets in none of the earlier corpora, written and measured before any
// rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and
// `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND24_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-fourth held-out capture corpus",
  {
    dir: BLIND24_CORPUS,
    label: "blind corpus 24",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS],
    minCaptures: 24,
    minOutlets: 24,
  },
  (corpus) => {
    it("is about 60 % plain-text copies and 40 % saved pages, about 60 % Vietnamese", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.55);
      expect(text).toBeLessThanOrEqual(0.65);
      const vi = corpus.filter((c) => c.lang === "vi").length / corpus.length;
      expect(vi).toBeGreaterThanOrEqual(0.55);
      expect(vi).toBeLessThanOrEqual(0.65);
    });

    it("holds what a select-all or save takes along: next articles, dialogs, bars, comments, every browser's copy", () => {
      const files = corpus.map((c) => c.file);
      for (const f of ["canthotv-1.txt", "ksl-1.txt", "radiobolsa-1.txt", "denverpost-1.html", "littlesaigonradio-1.html", "hurriyetdailynews-1.html", "qtv-1.txt", "arkansasonline-1.txt", "spokesman-1.txt", "devdiscourse-1.txt", "macaubusiness-1.txt", "diendantheky-1.txt", "usnews-1.txt", "ntv-1.txt", "viettribune-1.txt", "thanhhoatv-1.html", "barrons-1.html", "anhp-1.html"]) expect(files).toContain(f);
    });

    it("never expects the appended next article's text as this article's", () => {
      for (const c of corpus) for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
    });
  },
);
