// Accuracy on the seventieth held-out corpus (fixtures/captures-blind70): the Russia–North Korea story in the week of
// 4–10 May 2026 as English pages tell it, from publishers never seen: regional papers of Asia-Pacific, Europe, the
// Americas and Africa running AP, Reuters, AFP, EFE, Kyodo and The Canadian Press or their own correspondents (The
// Taranaki Ledger, The Penang Courier, The Kisumu Herald, Baltic Morning Post, The Saskatoon Evening Ledger, The Cork
// Courant, Durban Coastal Times, The Cebu Sentinel, The Chesapeake Tribune, The Fiji Monitor, The Accra Monitor, The
// Andes Post, Hokkaido Coast News), a think tank (Institute for Eurasian Security Studies), newsletters on Substack,
// Ghost and Beehiiv (Panmunjom Letters, Northeast Asia Brief, The Sanctions Desk, Tumen River Dispatch, Rail & Empire),
// Medium publications (Eastern Front Notes, Pacific Strategy Notebook), a university's and an NGO's news pages
// (Carrington University, Kingsbridge University, Seoul Open Records Project), each in its own CMS's template: bylines
// with posts and e-mail links, published and updated stamps, wire credits first or last, picture credits, cookie
// banners, newsletter pitches, comment counts, tag rows, "Most read" lists, footers with addresses. Half plain-text
// copies, half saved pages. Written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND70_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventieth held-out capture corpus",
  {
    dir: BLIND70_CORPUS,
    label: "blind corpus 70",
    earlier: corporaBefore(BLIND70_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 3,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds wire copy of every agency the corpus names, and pages that credit none", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["AP", "Reuters", "AFP", "EFE", "Kyodo", "The Canadian Press"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.expect.agency === null).length).toBeGreaterThanOrEqual(10);
    });
  },
);
