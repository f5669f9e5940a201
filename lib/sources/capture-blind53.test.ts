// Accuracy on the fifty-third held-out corpus (fixtures/captures-blind53): the Vietnamese everyday stream in page types
// besides the plain story, outlets never seen: interviews ("PV:" questions), timelines ("Dòng thời gian:"), factboxes
// ("Những điều cần biết", "Hỏi - đáp"), photo stories, translated op-eds ("Bình luận quốc tế"), summaries of the
// foreign press ("Báo chí nước ngoài viết gì"), parts of a series ("Kỳ 2:") and stories with a table, from institutes'
// and ministries' journals, sector and students' magazines, a travel paper and the overseas Vietnamese press (Radio Sài
// Gòn Houston, Việt Herald, Việt Mercury, VHN TV, Thời báo Việt Đức, Bốn Phương, Tin tức Hàn Quốc). Half plain-text
// copies (desktop and phone), half saved pages. Written and measured before any rule was changed for them. Same scorer,
// same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { BLIND53_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-third held-out capture corpus",
  {
    dir: BLIND53_CORPUS,
    label: "blind corpus 53",
    earlier: corporaBefore(BLIND53_CORPUS),
    minCaptures: 20,
    minOutlets: 20,
    langs: ["vi"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds Vietnamese captures only, none of them a plain story: each page's type is in its headline or its lines", () => {
      for (const c of corpus) expect(c.lang, c.file).toBe("vi");
      const types = /PV:|^- |Dòng thời gian|\d{1,2}\/\d{1,2}\/\d{4}: |Những điều cần biết|Hỏi - đáp|Chùm ảnh|qua ảnh|Bình luận quốc tế|Báo chí (?:nước ngoài|quốc tế)|Kỳ 2:|<table|\t/m;
      for (const c of corpus) expect(types.test(readFileSync(new URL(c.file, BLIND53_CORPUS), "utf8")), c.file).toBe(true);
    });
  },
);
