// Accuracy on the seventy-third held-out corpus (fixtures/captures-blind73): the Russia–North Korea story in the week
// of 13–19 July 2026 as English pages tell it, from publishers never seen: local TV stations' sites (KBTN 11 News, WKPX
// News 6, KGRV 7, KQRT 9 News, KMVL 4 Missoula through NewsBreak), public broadcasters' regional pages (Wealden Public
// Broadcasting, Severnside Public Broadcasting, Corrib Public Radio, Assiniboine Public Broadcasting, Wimmera Regional
// Broadcaster, Whanganui Public Radio), a free daily (The Morning Commuter, The Transit Daily), business papers (The
// Pacific Rim Financial Review, The Liffey Business Post's print view), the defence and maritime trade press (Air
// Combat Intelligence Weekly, Maritime Sanctions Review, Land Forces Review International) and aggregators' readers
// naming their source (Yahoo News, MSN, SmartNews, Flipboard): call signs, "Posted" / "Updated" stamps with zones,
// video players' text, station group copyright lines, wire credits first or last, picture credits in every form,
// "Trending" and "More from" lists, alert banners, app pitches, comment counts. Half plain-text copies, half saved
// pages. Written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND73_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-third held-out capture corpus",
  {
    dir: BLIND73_CORPUS,
    label: "blind corpus 73",
    earlier: corporaBefore(BLIND73_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds wire copy of every agency the corpus names, and pages that credit none", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["AP", "Reuters", "AFP", "Bloomberg", "The Canadian Press"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.expect.agency === null).length).toBeGreaterThanOrEqual(8);
    });
  },
);
