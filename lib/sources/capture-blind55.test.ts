// Accuracy on the fifty-fifth held-out corpus (fixtures/captures-blind55): the Vietnamese everyday stream from outlets
// never seen: journals of ministries and trades (education, construction, natural resources, science, culture, ethnic
// affairs, maritime), associations' magazines (friendship organisations, mechanical engineers, architects, a business
// association, the arts unions), the literary journals of Quảng Trị and Nghệ An, a university, a regional political
// academy, and the portals of Thanh Hóa and Gia Lai provinces, Huế city and Hà Nội's Ba Đình ward, relaying TTXVN,
// VOV, Reuters, AFP, Yonhap, TASS or Sputnik, or written by their own writers. Half plain-text copies (desktop, phone,
// reader view, an app's "share as text"), half saved pages. Written and measured before any rule was changed for them.
// Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND55_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-fifth held-out capture corpus",
  {
    dir: BLIND55_CORPUS,
    label: "blind corpus 55",
    earlier: corporaBefore(BLIND55_CORPUS),
    minCaptures: 20,
    minOutlets: 20,
    langs: ["vi"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds Vietnamese captures only, most of them relaying a wire or a national agency, a few by the outlet's own writers", () => {
      for (const c of corpus) expect(c.lang, c.file).toBe("vi");
      expect(corpus.filter((c) => c.expect.agency !== null).length).toBeGreaterThanOrEqual(14);
      expect(corpus.filter((c) => c.expect.agency === null && c.expect.author !== null).length).toBeGreaterThanOrEqual(2);
    });
  },
);
