// Accuracy on the seventy-first held-out corpus (fixtures/captures-blind71): the Russia–North Korea story in the week
// of 10–16 August 2026 on Vietnamese pages from publishers never seen: nineteen Vietnamese (Báo Sông Thao điện tử,
// Tạp chí Cảng biển & Logistics, Trung tâm Hàn Quốc học – Trường Đại học Nam Trung Bộ, Tuần báo Việt Mới, Radio Việt
// Ngữ Melbourne, Thời báo Việt Leipzig, Hanbit Radio Tiếng Việt, Tin Tức 360, Kênh Thời Sự Toàn Cầu, Trang thông tin
// điện tử phường Long Sơn, Báo Bình Nguyên điện tử, Tạp chí Nhân lực & Xuất khẩu Lao động, Trường Đại học Duyên Hải,
// Báo Việt Bắc Âu, Tuần báo Nam Thập Tự, Radio Hương Quê Sacramento, Kênh Sóng Việt Osaka, Đọc Báo Nhanh, Sakura FM
// Tiếng Việt) and three English pages of Vietnamese outlets (Saigon Commerce Daily, Hanoi Industry Review, Central
// Coast Today): "Cập nhật lúc …" beside "Đăng ngày …", "PV", "Nhóm PV", "CTV", pen names, "Theo …" at the foot, photo
// credits in their several forms, "Tin cùng chuyên mục", ratings, comment boxes, hotline and licence footers. Half
// plain-text copies, half saved pages. Written and measured before any rule was changed for them. Same scorer, same
// floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND71_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-first held-out capture corpus",
  {
    dir: BLIND71_CORPUS,
    label: "blind corpus 71",
    earlier: corporaBefore(BLIND71_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en", "vi"],
    textShare: [0.45, 0.55],
    viShare: [0.85, 0.87],
    ownOutlets: true,
    minFurniture: 3,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("credits the Vietnamese wire, the foreign wires and the Asian broadcasters, nineteen Vietnamese pages and three English", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["TTXVN", "Reuters", "AP", "AFP", "Yonhap", "KBS", "NHK", "CRI", "Sputnik", "Arirang", "Kyodo"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => c.lang === "vi")).toHaveLength(19);
      expect(corpus.filter((c) => c.lang === "en")).toHaveLength(3);
    });
  },
);
