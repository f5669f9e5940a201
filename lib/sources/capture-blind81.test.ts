// Accuracy on the eighty-first held-out corpus (fixtures/captures-blind81): the Russia–North Korea story in the week
// of 30 November–6 December 2026 as a newsroom really receives Vietnamese pages that are not plain desktop copies, from
// publishers never seen: Wayback Machine captures ("16 captures", "30 Nov 2026 - 06 Dec 2026", "About this capture",
// web.archive.org addresses with the original inside), archive.today captures ("webpage capture", "Saved from",
// "archived … UTC"), AMP copies with Google's banner, print views ("In bài", "Bản in", the address at the foot), a
// newspaper's Facebook post, Zalo official accounts' articles, a station's YouTube description, Telegram channels'
// posts, RSS items from a reader ("Mở bài gốc"), an e-paper's text ("Trang 3", "Số 1234"), m. pages and a page through
// Google Translate. Half plain-text copies, half saved pages. Written and measured before any rule was changed for
// them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND81_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the eighty-first held-out capture corpus",
  {
    dir: BLIND81_CORPUS,
    label: "blind corpus 81",
    earlier: corporaBefore(BLIND81_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["vi"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("credits the wires and broadcasters it relays, holds a page crediting two, and pages dated only relatively", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["TTXVN", "VOA", "BBC", "AP", "Reuters", "AFP", "Yonhap", "Kyodo", "TASS", "Sputnik"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => (c.expect.agency ?? "").includes(",")).length).toBeGreaterThanOrEqual(1);
      expect(corpus.filter((c) => c.expect.publishedAt === null).length).toBeGreaterThanOrEqual(1);
      expect(corpus.every((c) => c.lang === "vi")).toBe(true);
    });
  },
);
