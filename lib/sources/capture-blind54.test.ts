// Accuracy on the fifty-fourth held-out corpus (fixtures/captures-blind54): local and regional papers and stations of
// the United States (Quad-City Times, Billings Gazette, Tulsa World, The Fresno Bee, Kitsap Sun, Anchorage Daily News,
// Duluth News Tribune, Bangor Daily News), Canada (Brandon Sun, Prince George Citizen, Lethbridge Herald), Britain
// (Leicester Mercury, Hull Daily Mail, Press and Journal), Ireland (Limerick Leader, Connacht Tribune), Australia
// (Illawarra Mercury, The Cairns Post) and New Zealand (Waikato Times, The Gisborne Herald), outlets never seen,
// running AP, Reuters, AFP, The Canadian Press, PA or AAP copy or their own local angle. Half plain-text copies
// (desktop, phone, reader view), half saved pages. Written and measured before any rule was changed for them. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND54_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-fourth held-out capture corpus",
  {
    dir: BLIND54_CORPUS,
    label: "blind corpus 54",
    earlier: corporaBefore(BLIND54_CORPUS),
    minCaptures: 20,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds English captures only, most of them crediting a wire, and a few local angles of the paper's own", () => {
      for (const c of corpus) expect(c.lang, c.file).toBe("en");
      expect(corpus.filter((c) => c.expect.agency !== null).length).toBeGreaterThanOrEqual(14);
      expect(corpus.filter((c) => c.expect.agency === null && c.expect.author !== null).length).toBeGreaterThanOrEqual(2);
    });
  },
);
