// Accuracy on the twenty-fifth held-out corpus (fixtures/captures-blind25): the big Vietnamese outlets again, every one
// of them already in an earlier corpus (VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí, VietnamPlus, Báo Tin tức, VOV, VTV,
// Nhân Dân, Quân đội nhân dân, Công an nhân dân, Người Lao Động, Lao Động, Tiền Phong, Sài Gòn Giải Phóng, Pháp Luật
// TP.HCM, VietNamNet, Znews, Báo Thế giới & Việt Nam, Soha, and the Vietnamese services of BBC, VOA, RFI, RFA and DW):
// another article of each, captured another day and another way than the earlier capture of that outlet (phone and
// article-area copies, a photo story with five captions, a video page, an interview, a live box, a two-line headline,
// saved pages of a wire dispatch and of galleries). It asks whether an outlet whose layout the importer has seen comes
// out right on another of its pages. Written and measured before any rule was changed for it. Same scorer, same
// floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND3_CORPUS, BLIND25_CORPUS, CORPUS, HELDOUT_CORPUS, loadCorpus } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-fifth held-out capture corpus (outlets seen before, other pages)",
  {
    dir: BLIND25_CORPUS,
    label: "blind corpus 25",
    minCaptures: 24,
    minOutlets: 24,
    langs: ["vi"],
  },
  (corpus) => {
    it("is about 55 % plain-text copies and 45 % saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.5);
      expect(text).toBeLessThanOrEqual(0.6);
    });

    it("holds only outlets an earlier corpus already holds, each once", () => {
      const seen = new Set([CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS].flatMap((dir) => loadCorpus(dir)).map((c) => c.outlet));
      expect(corpus.map((c) => c.outlet).filter((o) => !seen.has(o))).toEqual([]);
      expect(new Set(corpus.map((c) => c.outlet)).size).toBe(corpus.length);
    });

    it("never expects a furniture line inside the text it keeps", () => {
      for (const c of corpus) for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
    });
  },
);
