// Accuracy on the seventy-sixth held-out corpus (fixtures/captures-blind76): the Russia–North Korea story in the week
// of 2–8 November 2026 as a Vietnamese desk meets it in the ordinary stream, from publishers never seen: dailies' live
// blogs ("Trực tiếp", entries under their times, "Cập nhật 2 phút trước"), e-magazines and Longform pages with their
// credits blocks ("Nội dung: … | Ảnh: … | Thiết kế: …"), an Infographic page, a weekend edition, youth, women's,
// police, army and trade-union papers, business and finance sites, a TV channel's video page and a station's podcast
// transcript, and copies through Báo Mới, Zalo's and Facebook's in-app browsers, Pocket, an AMP page and reader view
// ("Nghe bài viết", "Theo dõi … trên Google News", "Bình luận (12)", "Ý kiến bạn đọc", "Tin cùng chuyên mục", "Đọc
// nhiều", hashtags). Half plain-text copies, half saved pages. Written and measured before any rule was changed for
// them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND76_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-sixth held-out capture corpus",
  {
    dir: BLIND76_CORPUS,
    label: "blind corpus 76",
    earlier: corporaBefore(BLIND76_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["vi"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 3,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("credits the Vietnamese wire and the foreign wires and broadcasters, and holds pages that credit none", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["TTXVN", "Reuters", "AFP", "AP", "Yonhap", "TASS", "Sputnik"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.expect.agency === null).length).toBeGreaterThanOrEqual(6);
      expect(corpus.every((c) => c.lang === "vi")).toBe(true);
    });
  },
);
