// Accuracy on the eighty-third corpus (fixtures/captures-blind83): the Russia–North Korea story in the week of 30
// November–6 December 2026 as it reaches a Vietnamese desk every day: ordinary articles of national dailies' online
// editions (VnExpress, Tuổi Trẻ, Dân trí, Znews, Người Lao Động, Tiền Phong, VOV, Kinh tế & Đô thị, Thanh Niên,
// VietnamPlus, VietNamNet, Lao Động, Nhân Dân, Quân đội nhân dân, Công an nhân dân) and of the Vietnamese services of
// foreign broadcasters (VOA, RFI, BBC, RFA, DW, NHK, Sputnik), in their real layouts, relaying VOA, RFI, BBC, AP,
// Reuters, Yonhap, TASS and TTXVN. As in corpora 25 and 26, every outlet is one an earlier corpus already holds, and
// each capture is another article of it, so the table answers whether what the importer learned of those layouts
// carries to the next week's pages. Half plain-text copies, half saved pages. Written and measured before any rule was
// changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench`
// prints it too.
import { expect, it } from "vitest";
import { BLIND83_CORPUS, CAPTURE_CORPORA, loadCorpus } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the eighty-third capture corpus (outlets seen before, the week's pages)",
  {
    dir: BLIND83_CORPUS,
    label: "blind corpus 83",
    minCaptures: 22,
    minOutlets: 20,
    langs: ["vi"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    const earlier = CAPTURE_CORPORA.filter((c) => c.dir.href !== BLIND83_CORPUS.href).flatMap((c) => loadCorpus(c.dir));

    it("holds only outlets an earlier corpus already holds, under the name that corpus expects, and none of their earlier pages", () => {
      const seen = new Set(earlier.map((c) => c.outlet));
      expect(corpus.map((c) => c.outlet).filter((o) => !seen.has(o))).toEqual([]);
      const titles = new Set(earlier.map((c) => c.expect.title));
      expect(corpus.map((c) => c.expect.title).filter((t) => titles.has(t))).toEqual([]);
    });

    it("credits the Vietnamese wire and the foreign wires it relays, and holds a page that credits two", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["TTXVN", "AP", "Reuters", "Yonhap", "TASS"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => (c.expect.agency ?? "").includes(",")).length).toBeGreaterThanOrEqual(1);
    });
  },
);
