// Accuracy on the sixty-second held-out corpus (fixtures/captures-blind62): the Russia–North Korea story in the week of
// 27 October 2025 as it reached a desk through a third party, from publishers never seen. Half Vietnamese: an
// aggregator's article view (Pháp luật và Xã hội), a paper's Zalo post (Báo Thể thao & Văn hóa) and Facebook post (Forbes
// Việt Nam) with their link cards, Feedly (Tạp chí Kinh tế Việt Nam), a forwarded newsletter (Sài Gòn Tiếp thị), a
// print-to-PDF copy (Báo Đầu tư Chứng khoán), archive.today (Tạp chí Tia Sáng), the Wayback Machine (Báo Thế giới Tiếp
// thị), and Seoul Shinmun, Newsis and Nezavisimaya Gazeta read through the browser's translation. Half English: Apple
// News (The Atlanta Journal-Constitution), Inoreader (Korea Pro), a forwarded newsletter (Asia Financial), a Telegram
// channel's relay (Caspian News), a print-to-PDF copy (KED Global), Flipboard (SFGate), SmartNews (Pacific
// Daily News), archive.today (The San Diego Union-Tribune), the Wayback Machine (Belsat), and
// Radio-Canada and Kukmin Ilbo read through the browser's translation. Half plain-text copies, half saved pages.
// Written and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts;
// the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND62_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-second held-out capture corpus",
  {
    dir: BLIND62_CORPUS,
    label: "blind corpus 62",
    earlier: corporaBefore(BLIND62_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["vi", "en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    balancedPerLanguage: true,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("expects the original's address, never an aggregator's, an archive's, a platform's or a mail's", () => {
      const urls = corpus.map((c) => c.expect.url).filter((u): u is string => u !== null);
      expect(urls.length).toBeGreaterThanOrEqual(14);
      for (const u of urls) expect(u).not.toMatch(/archive\.(?:ph|org|today)|facebook\.com|flipboard\.com|smartnews\.com|baomoi|t\.me\/|mail\.google/);
    });
    it("expects the third party's lines (forward headers, archive bars, translate bars, reader buttons, print headers) as furniture", () => {
      const thirdParty = corpus.flatMap((c) => c.expect.furniture).filter((line) => /Forwarded message|About this capture|no other snapshots|dịch từ tiếng|Visit [Ww]ebsite|Open in browser|Read full story|Xem bài gốc|\d\/2$/.test(line));
      expect(thirdParty.length).toBeGreaterThanOrEqual(8);
    });
  },
);
