// Accuracy on the fifty-sixth held-out corpus (fixtures/captures-blind56): English-language papers and broadcasters of
// India (The Pioneer, Telangana Today, Greater Kashmir, The New Indian Express, The Hans India, The Sentinel),
// Pakistan (Daily Times, Pakistan Observer, Pakistan Today, The Frontier Post), Bangladesh (Daily Sun, Bangladesh
// Post), Sri Lanka (The Island), Nepal (Khabarhub), the Maldives (The Edition), Azerbaijan (Azernews), Armenia
// (CivilNet), Georgia (Georgia Today), Türkiye (Yeni Şafak) and Bosnia (Sarajevo Times), outlets never seen,
// running PTI, IANS, ANI, APP, UNB, Trend, Anadolu, Reuters, AFP or AP copy or their own. Half plain-text copies
// (desktop, phone, reader view), half saved pages. Written and measured before any rule was changed for them. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND56_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-sixth held-out capture corpus",
  {
    dir: BLIND56_CORPUS,
    label: "blind corpus 56",
    earlier: corporaBefore(BLIND56_CORPUS),
    minCaptures: 20,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds English captures only, most of them crediting a wire of the region or a world agency, and a few of the outlet's own", () => {
      for (const c of corpus) expect(c.lang, c.file).toBe("en");
      expect(corpus.filter((c) => c.expect.agency !== null).length).toBeGreaterThanOrEqual(14);
      expect(corpus.filter((c) => c.expect.agency === null && c.expect.author !== null).length).toBeGreaterThanOrEqual(3);
    });
  },
);
