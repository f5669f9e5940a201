// Accuracy on the seventy-eighth held-out corpus (fixtures/captures-blind78): the Russia–North Korea story in the week
// of 9–15 November 2026 as an English desk meets it in the ordinary stream, from publishers never seen: papers and
// public broadcasters of Britain, Canada, the United States, Australia and New Zealand (Wairarapa Review, Goulburn
// Valley Leader, Fraser Valley Sentinel, The Moray Firth Herald, Tasman Evening Mail, West Country Broadcasting News,
// Halifax Harbour Standard, Lakeland Gazette, Cascade Public Radio, Otago Evening Star, Brandon Prairie Courier),
// weekly magazines (The Cotswold Weekly, The Northern Review), a dpa client read through Instapaper (The Danube Post),
// a newsletter e-mail (Pacific Rim Security Brief), governments (Ministry of Foreign Affairs of the Republic of
// Estonia, Embassy of Japan in New Zealand, Norwegian Armed Forces), a parliament's committee page (Houses of the
// Oireachtas), the UN human rights office (OHCHR), an NGO (Maritime Sanctions Watch) and a court's press summary
// (Zarichnyi District Court of Sumy): "Listen to this article · 4 min", "Gift this article", "Advertisement", "Skip to
// main content", "By …, Tokyo correspondent, and … in Seoul", "Additional reporting by …", "Edited by …", "This story
// has been corrected to …", "Published: … | Updated: …", "For immediate release", "Media contact:", "###", "— ENDS —",
// "Notes to editors". Half plain-text copies, half saved pages. Written and measured before any rule was changed for
// them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND78_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-eighth held-out capture corpus",
  {
    dir: BLIND78_CORPUS,
    label: "blind corpus 78",
    earlier: corporaBefore(BLIND78_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds copy of every wire the corpus names, and pages that credit none", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["AP", "Reuters", "AFP", "dpa"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.expect.agency === null).length).toBeGreaterThanOrEqual(8);
    });
  },
);
