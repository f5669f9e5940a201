// Accuracy on the seventy-fifth held-out corpus (fixtures/captures-blind75): the Russia–North Korea story in the week
// of 21–27 September 2026 as English pages of the region and the specialists tell it, from publishers never seen:
// Asian English-language dailies and broadcasters (Seoul Morning Standard, Hangang Broadcasting English, The Kansai
// Evening Post, The San'in Shimbun, Lantau Tribune, The Formosa Daily Ledger, Merlion News Network, The Klang Valley
// Courier, The Chao Phraya Chronicle, The Iloilo Morning Times, The Konkan Herald, The Coromandel Times, The Nusantara
// Observer, The Steppe Post), a Russian and a Ukrainian English-language site (Golden Horn Gazette, The Podil Post), a
// think tank's commentary (Centre for Northeast Asian Maritime Studies), newsletters (The Amur Line, Rajin Roads on
// Ghost, Eastern Sea Dispatch on Beehiiv), a wire's own client page (Far East Press Agency) and a government's press
// release (Council of the European Union): "Published : … KST", "Last updated", "By … | Staff Reporter", "Staff
// writer, with AFP", "The Korea Herald/ANN", "(Yonhap)", "WRITER: …", "Source: Reuters/…", "— Reuters", "Photo: …",
// "File photo", paywall notices, read-time and share lines, tags, "Footnotes" and "About the author". Half plain-text
// copies, half saved pages. Written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND75_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-fifth held-out capture corpus",
  {
    dir: BLIND75_CORPUS,
    label: "blind corpus 75",
    earlier: corporaBefore(BLIND75_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds copy of every wire and partner the corpus names, and pages that credit none", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["AP", "Reuters", "AFP", "Yonhap", "Kyodo", "Jiji Press", "PTI", "TASS", "ANTARA", "The Korea Herald"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.expect.agency === null).length).toBeGreaterThanOrEqual(8);
    });
  },
);
