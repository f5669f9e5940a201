// Accuracy on the thirty-third held-out corpus (fixtures/captures-blind33): Vietnamese provincial and sector papers
// never seen, in their non-story page types. The papers the provinces merged with their stations in 2025 ("Báo và Phát
// thanh, Truyền hình …"), tax, banking, law, railway, rural-economy, industry and family-health titles, a children's
// paper and two universities; relays of world stories, photo stories, e-magazine long reads, infographics, video
// pages, series parts, interviews with "PV:" lines, a "Thời sự quốc tế" digest, stories with an editor's correction.
// About half plain-text copies (desktop select-all, article-area, phone), half saved pages. Written and measured
// before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed,
// and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND16_CORPUS, BLIND15_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS, BLIND30_CORPUS, BLIND31_CORPUS, CORPUS, HELDOUT_CORPUS, BLIND33_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirty-third held-out capture corpus",
  {
    dir: BLIND33_CORPUS,
    label: "blind corpus 33",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND16_CORPUS, BLIND15_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS, BLIND30_CORPUS, BLIND31_CORPUS],
    minCaptures: 22,
    minOutlets: 22,
    langs: ["vi"],
    minUndated: 2,
    textShare: [0.45, 0.6],
    minFurniture: 4,
  },
  (corpus) => {
    it("holds Vietnamese pages of many page types, each outlet as it names itself", () => {
      for (const c of corpus) {
        expect(c.lang, c.file).toBe("vi");
        expect(c.expect.outlet === null || c.expect.outlet === c.outlet, c.file).toBe(true);
      }
      const types = ["photo", "emag", "infographic", "video", "series", "interview", "digest"];
      for (const t of types) expect(corpus.some((c) => c.file.includes(t)), t).toBe(true);
    });
  },
);
