// Accuracy on the sixty-third held-out corpus (fixtures/captures-blind63): the Russia–North Korea story in the week of
// 15 June 2026, the second anniversary of the 2024 treaty, as sites built on the common publishing platforms and themes
// published it, from publishers never seen. Half Vietnamese: a provincial broadcaster's portal (Đài Phát thanh và
// Truyền hình Vĩnh Phúc), magazines on the common Vietnamese newsroom CMSs (Tạp chí Thế giới Hội nhập, Tạp chí Phát
// triển và Hội nhập), an AMP page (Người Đồng Hành), a Blogger blog (Sổ tay Bắc Á), a Substack newsletter (Điểm tin Đông
// Á), a Medium publication (Chuyện Thế giới), WordPress on the Soledad and Newsmag themes (Tạp chí Thời Đại Mới, Nhịp
// Sống Thế Giới), a Joomla portal (Việt Nga Online) and a Drupal institute site (Viện Nghiên cứu Châu Âu). Half English:
// WordPress on tagDiv's Newspaper, JNews, Jannah and Astra (Sino-NK, Honolulu Civil Beat, High North News, North Korea
// Tech), Blogger (One Free Korea), Substack (The Tumen Line), Medium (Far East Review), Ghost (Pacific Rim Monitor),
// Drupal (The Siberian Times), an Arc XP-like template (The Philadelphia Inquirer) and an AMP page (Marianas Variety).
// Half plain-text copies, half saved pages. Written and measured before any rule was changed for them. Same scorer, same
// floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND63_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-third held-out capture corpus",
  {
    dir: BLIND63_CORPUS,
    label: "blind corpus 63",
    earlier: corporaBefore(BLIND63_CORPUS),
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
    it("expects the site's own name as the outlet, never the platform's", () => {
      for (const c of corpus) expect(c.expect.outlet ?? "", c.file).not.toMatch(/^(?:WordPress|Substack|Medium|Blogger|Ghost|Drupal|Joomla!?|AMP)$/i);
      expect(new Set(corpus.map((c) => c.expect.outlet)).size).toBe(corpus.length);
    });
    it("expects the platform's and the theme's lines (counters, share rows, comment forms, subscribe prompts, post navigation) as furniture", () => {
      const platform = corpus.flatMap((c) => c.expect.furniture).filter((line) => /Lượt xem|Lượt đọc|lượt xem|Powered by|Được tạo bởi Blogger|Substack is the home|Member-only|Discover more from|Subscribe to: Post Comments|Gửi bình luận|Bản in|This post is for|Leave a Comment|Log in or register|Previous Post|« Trước|SHARES/.test(line));
      expect(platform.length).toBeGreaterThanOrEqual(12);
    });
  },
);
