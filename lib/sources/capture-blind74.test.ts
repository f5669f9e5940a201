// Accuracy on the seventy-fourth held-out corpus (fixtures/captures-blind74): the Russia–North Korea story in the week
// of 5–11 October 2026 on Vietnamese pages outside the big national papers, from publishers never seen: provincial
// portals and a department's news page (Cổng thông tin điện tử tỉnh Trường Sơn Tây, Sở Ngoại vụ tỉnh Hải Lăng), mass
// organisations' papers and pages (Báo Lao Động Duyên Hải Bắc, Báo Phụ nữ Sông Hậu, Hội Hữu nghị Việt – Nga tỉnh Bình
// Lãng), a faculty's, an academy's and an institute's news pages, economy, law, defence, culture and science magazines,
// regional radio-TV sites and a station's Zalo official account, two foreign consulates' and a foreign broadcaster's
// Vietnamese pages, news apps naming their source, print ("in bài") views and an AMP page: "Cổng thông tin điện tử"
// mastheads, "Trang chủ > Tin tức > …" crumbs, "Ngày đăng:", "Lượt xem:", "Cập nhật lúc", "Nguồn:", "Tác giả:", "(Theo
// …)", photo credits, "Tin khác", "Các tin đã đưa", "Văn bản mới", "Liên kết website", visitor counters, licence,
// address and phone footers. Half plain-text copies, half saved pages. Written and measured before any rule was changed
// for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it
// too.
import { expect, it } from "vitest";
import { BLIND74_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-fourth held-out capture corpus",
  {
    dir: BLIND74_CORPUS,
    label: "blind corpus 74",
    earlier: corporaBefore(BLIND74_CORPUS),
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
      for (const source of ["TTXVN", "Reuters", "AFP", "Yonhap", "KBS", "TASS", "Sputnik"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.expect.agency === null).length).toBeGreaterThanOrEqual(6);
      expect(corpus.every((c) => c.lang === "vi")).toBe(true);
    });
  },
);
