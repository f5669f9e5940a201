// Accuracy on the eighty-second held-out corpus (fixtures/captures-blind82): the Russia–North Korea story in the week
// of 30 November–6 December 2026 as an English desk receives a page that is not a plain desktop copy, from publishers
// never seen: Wayback Machine copies (Geelong Bayside Gazette, Halifax Harbour Chronicle) and archive.today copies (Red
// River Evening Post, Southland Star) whose addresses hold the original's, a Google AMP copy (Pioneer Valley Advocate),
// a print view (Tauranga Bay Chronicle), Apple News, Google News and Flipboard shares (The Shannonside Tribune,
// Bundaberg Coral Coast News, Red Deer Prairie Times), Feedly and Inoreader items (Fylde Coast Evening Echo, Northern
// Cape Herald), Pocket and Instapaper exports (Sunraysia Evening Courier, Rotorua Lakes Gazette), an analyst's Substack
// and Medium posts (The Amnok Ledger, Northeast Asia Net Assessment), a LinkedIn newsletter (Korea Risk Monitor), a
// think tank's commentary (Centre for Korean Peninsula Studies), a press briefing (United States Mission to the United
// Nations), a Senate record (Parliament of Australia), a television video page (Meridian News Network), a podcast
// episode (Harbourside Public Radio) and a Russian paper through Google Translate (Primorsky Courier). Half plain-text
// copies, half saved pages. Written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND82_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the eighty-second held-out capture corpus",
  {
    dir: BLIND82_CORPUS,
    label: "blind corpus 82",
    earlier: corporaBefore(BLIND82_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("expects an archived or proxied page's original address, never the archive's, the reader's or the translator's", () => {
      for (const c of corpus) {
        if (c.expect.url === null) continue;
        expect(c.expect.url, c.file).not.toMatch(/web\.archive\.org|archive\.(?:ph|today|is)|translate\.goog|google\.com\/amp|flipboard\.com|inoreader/);
      }
      expect(corpus.filter((c) => c.expect.url !== null).length).toBeGreaterThanOrEqual(12);
    });
  },
);
