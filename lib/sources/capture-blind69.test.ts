// Accuracy on the sixty-ninth held-out corpus (fixtures/captures-blind69): the Russia–North Korea story in the week of
// 23–29 March 2026 as Vietnamese relays retell VOA, RFI, BBC, DW, RFA, AP and Reuters, from publishers never seen:
// eighteen Vietnamese (Tuần báo Sóng Mới, Diễn đàn Lạc Hồng Việt, Blog Trần Quang Vinh, Radio Sài Gòn Dallas, Tin
// Nhanh Bốn Phương, Việt Báo Nam Úc, Tạp chí Quê Hương Paris, Báo Cộng Đồng Việt Praha, Nhật báo Phương Bắc, Đài Phát
// Thanh Quê Nhà, Nhật báo Bờ Tây Mới, Tổng Hợp Tin Việt, Ghi chép của Lê Nguyên Thảo, Tuần san Đất Mới, Cổng tin Sông
// Hương 24h, Tuần báo Hồn Việt, Diễn đàn Sài Gòn Xưa, Đài Tiếng Việt Vùng Vịnh) and four English blogs and newsletters
// retelling a Vietnamese service's story (The Mekong Dispatch, Little Saigon Ledger, Pacific Rim Notes, Saigon River
// Weekly): "Theo VOA", "Nguồn: RFI Tiếng Việt", "(BBC)", "Bài gốc: …", "Biên dịch: …", "Lược dịch", the original's
// headline and date, photo credits, share bars, comments. Half plain-text copies, half saved pages. Written and
// measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND69_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-ninth held-out capture corpus",
  {
    dir: BLIND69_CORPUS,
    label: "blind corpus 69",
    earlier: corporaBefore(BLIND69_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en", "vi"],
    textShare: [0.45, 0.55],
    viShare: [0.8, 0.85],
    ownOutlets: true,
    minFurniture: 3,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds relays of every broadcaster and wire the corpus names, eighteen Vietnamese pages and four English", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["VOA", "RFI", "BBC", "DW", "RFA", "AP", "Reuters"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.lang === "vi")).toHaveLength(18);
      expect(corpus.filter((c) => c.lang === "en")).toHaveLength(4);
      expect(corpus.filter((c) => c.expect.agency !== null)).toHaveLength(22);
    });
  },
);
