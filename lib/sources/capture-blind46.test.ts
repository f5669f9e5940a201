// Accuracy on the forty-sixth held-out corpus (fixtures/captures-blind46): picture-led pages. Imagery analyses of
// research sites and think tanks, photo stories and galleries, maps and infographics with a text version and
// explainers with many captioned pictures, in English (Institute for Science and International Security, Centre for
// Information Resilience, Windward, Army Recognition, The Mercury News, James Martin Center for Nonproliferation
// Studies, Open Source Centre, Janes, Defense Express, Newsday, Visual Capitalist) and in Vietnamese (Kiến thức Quốc
// phòng hiện đại, Người Quan Sát, Đời sống & Tiêu dùng, Mekong ASEAN, Vietnam Defence, Tầm Nhìn, Khoa học & Đời sống,
// Nhiếp ảnh & Đời sống, Tri Thức Trẻ, Thời báo Kinh doanh, Việt Nam Hội nhập), with figure numbers, picture credits,
// slide counters and map controls. Half plain-text copies, half saved pages. Written and measured before any rule was
// changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench`
// prints it too.
import { expect, it } from "vitest";
import { BLIND46_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the forty-sixth held-out capture corpus",
  {
    dir: BLIND46_CORPUS,
    label: "blind corpus 46",
    earlier: corporaBefore(BLIND46_CORPUS),
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.45, 0.55],
    viShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
  },
  (corpus) => {
    it("expects every caption without its credit or figure number", () => {
      const credit = /(?:^|\s)(?:Figure|Hình)\s*\d|Ảnh\s*:|Image\s*:|Photo credit|Picture source|©|Maxar|Planet Labs|\(AP Photo/i;
      for (const c of corpus) for (const caption of c.expect.captions) expect(credit.test(caption), `${c.file}: ${caption}`).toBe(false);
    });
    it("scores a gallery without other text by its captions, kept as its text", () => {
      const galleries = ["newsday-1.html", "nhiep-anh-doi-song-1.html", "vietnam-defence-1.txt"];
      for (const file of galleries) {
        const c = corpus.find((x) => x.file === file);
        expect(c?.expect.captions, file).toEqual([]);
        expect(c?.expect.body.length, file).toBeGreaterThanOrEqual(5);
      }
    });
  },
);
