// Accuracy on the seventy-seventh held-out corpus (fixtures/captures-blind77): the Russia–North Korea story in the week
// of 16–22 November 2026 as a Vietnamese desk meets it in the ordinary stream, from publishers never seen: Asian and
// European public broadcasters' Vietnamese services ("Nghe", programme schedule lines) and a news agency's Vietnamese
// edition, overseas Vietnamese papers and radio in the US, Australia, Europe, Japan and Korea (shops' advertisements
// with their phone numbers), provincial and department portals ("Trang chủ » Tin tức » Quốc tế", "Lượt xem:", "In bài
// | Gửi email | Lưu", "Đánh giá bài viết ★★★★☆"), trade papers, sports, entertainment and religious sites' world pages
// and a faculty's news page ("Từ khóa:", "© Bản quyền thuộc …", "Ghi rõ nguồn … khi phát hành lại", "« Bài trước",
// "Bài sau »"). Half plain-text copies, half saved pages. Written and measured before any rule was changed for them.
// Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND77_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-seventh held-out capture corpus",
  {
    dir: BLIND77_CORPUS,
    label: "blind corpus 77",
    earlier: corporaBefore(BLIND77_CORPUS),
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
      for (const source of ["TTXVN", "Reuters", "AFP", "AP", "Yonhap", "TASS", "Sputnik", "Kyodo", "RIA Novosti"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.expect.agency === null).length).toBeGreaterThanOrEqual(6);
      expect(corpus.every((c) => c.lang === "vi")).toBe(true);
    });
  },
);
