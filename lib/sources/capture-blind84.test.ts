// Accuracy on the eighty-fourth held-out corpus (fixtures/captures-blind84): the Russia–North Korea story in the week of
// 30 November–6 December 2026 as the everyday stream brings it to an English desk: ordinary articles in the real
// layouts of the wires' own sites (AP News, Reuters, Yonhap, Kyodo News, TASS) and of the papers, broadcasters and news
// sites that run their copy or their own (France 24 with AFP, CBC News and The Straits Times with Reuters, The Korea
// Herald, The Korea Times, Korea JoongAng Daily, NK Pro, KBS World, Nikkei Asia, The Moscow Times, Al Jazeera, CNN, The
// Guardian, The Washington Post, The New York Times, Bloomberg, the South China Morning Post), captured as editors
// capture them: text copied from a browser or the page saved. Most outlets are seen in earlier corpora, so, as blind
// 26's, the corpus holds other pages of theirs (no headline an earlier corpus holds) and each page expects its outlet
// as its manifest names it. Half plain-text copies, half saved pages. Written and measured before any rule was changed
// for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND84_CORPUS, corporaBefore, loadCorpus } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the eighty-fourth held-out capture corpus (the everyday stream: outlets seen before, pages not)",
  {
    dir: BLIND84_CORPUS,
    label: "blind corpus 84",
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds none of an earlier corpus's pages: no headline and no address seen before", () => {
      const earlier = corporaBefore(BLIND84_CORPUS).flatMap((dir) => loadCorpus(dir));
      const titles = new Set(earlier.map((c) => c.expect.title));
      const urls = new Set(earlier.map((c) => c.expect.url).filter((url) => url !== null));
      expect(corpus.map((c) => c.expect.title).filter((title) => titles.has(title))).toEqual([]);
      expect(corpus.map((c) => c.expect.url).filter((url) => url !== null && urls.has(url))).toEqual([]);
    });
  },
);
