// Accuracy on the sixty-fourth held-out corpus (fixtures/captures-blind64): the Russia–North Korea story in the week of
// 30 November – 6 December 2026, captured the awkward ways editors capture it, from publishers never seen. Half
// Vietnamese (Tạp chí Biên giới và Hội nhập, Thời báo Đông Bắc Á, Tin Nhanh Bắc Bộ, Góc Nhìn Á Châu, Bản tin Viễn Đông,
// Cửa sổ Thế giới, Nhịp Cầu Á Âu, Thế Giới Phẳng, Cổng tin Duyên Hải, Đông Bắc Á Ngày nay, Tuần tin Quốc tế), half
// English (The Amur Courier, Korea Strait Observer, The Eurasian Bulletin, Yellow Sea Post, Tumen Valley Times, The
// Northeast Asia Ledger, The Vladivostok Dispatch, Pacific Current, The Sea of Japan Review, The Arctic Ledger, The Seoul
// Weekly Monitor): selections cut at the head or the foot, Firefox's, Safari's and Chrome's copies, two blank lines or
// none between paragraphs, a page selected twice; pages saved as "HTML only", "Complete", one file with inline images,
// and after the reader scrolled into the next article. Half plain-text copies, half saved pages. Written and measured
// before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and
// `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND64_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-fourth held-out capture corpus",
  {
    dir: BLIND64_CORPUS,
    label: "blind corpus 64",
    earlier: corporaBefore(BLIND64_CORPUS),
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
    it("holds each awkward capture: cut selections, each browser's copy, doubled pages and every way of saving a page", () => {
      const files = corpus.map((c) => c.file);
      for (const kind of ["cut-head-", "cut-title-", "firefox-", "safari-", "chrome-", "two-gaps-", "no-gaps-", "twice-", "html-only-", "complete-", "singlefile-", "scroll-"]) {
        expect(files.some((f) => f.startsWith(kind)), kind).toBe(true);
      }
    });
    it("expects the first article of an infinite scroll, the next one's headline and lead as furniture", () => {
      const scrolled = corpus.filter((c) => c.file.startsWith("scroll-"));
      expect(scrolled.length).toBeGreaterThanOrEqual(4);
      for (const c of scrolled) expect(c.expect.furniture.length, c.file).toBeGreaterThanOrEqual(3);
    });
  },
);
