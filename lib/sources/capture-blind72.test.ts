// Accuracy on the seventy-second held-out corpus (fixtures/captures-blind72): the Russia–North Korea story in the week
// of 30 November – 6 December 2026 as Vietnamese relays retell VOA, RFA, RFI, BBC, DW, NHK, KBS, Yonhap, AP, Reuters,
// AFP, TASS, Sputnik and Xinhua, from publishers never seen: nineteen Vietnamese (Sông Trà Online, Radio Việt
// Minnesota, Bản tin Sông Quê, Tin Hàn Quốc Mỗi Ngày, Diễn đàn Cầu Nối Việt – Nga, Báo Điện tử Đồng Nai Mới, Thời Sự
// Quanh Ta, Tuần báo Cánh Cò Adelaide, Tin Tức Bốn Biển, Báo Điện tử Biên Thùy, Nhật báo Viễn Xứ, Đài Phát thanh Ánh
// Dương, Góc Nhìn Đông Bắc Á, Hàn Việt TV, Diễn đàn Kinh Bắc Xưa, Tạp chí Tình Quê, Tin Việt Toàn Cầu, Tin Nước Đức
// Hôm Nay, Báo Bình Sơn Điện tử) and three English (The Saigon–Seoul Letter, The Lotus Bay Review, Little Hanoi
// Chronicle), each crediting its source in a form no earlier corpus used: "Hà Phương (dịch từ NHK)", "Dịch từ: Radio
// Free Asia", "(RFI)" inside the first sentence, "📌 Nguồn: KBS World tiếng Việt", "Trích Sputnik Việt Nam:", "Bình
// Nhưỡng, 4/12 (Tân Hoa xã) -", a header naming the service, "— BBC News, 4/12/2026 —", a link's text, an italic note,
// "[BBC]" in a thread's title, "Courtesy of …", "Minh Đức/Tân Hoa xã". Half plain-text copies, half saved pages.
// Written and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts;
// the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND72_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-second held-out capture corpus",
  {
    dir: BLIND72_CORPUS,
    label: "blind corpus 72",
    earlier: corporaBefore(BLIND72_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en", "vi"],
    textShare: [0.45, 0.55],
    viShare: [0.85, 0.88],
    ownOutlets: true,
    minFurniture: 3,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds relays of every broadcaster and wire the corpus names, nineteen Vietnamese pages and three English", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["VOA", "RFA", "RFI", "BBC", "DW", "NHK", "KBS", "Yonhap", "AP", "Reuters", "AFP", "TASS", "Sputnik", "Xinhua"]) {
        expect(agencies.has(source), source).toBe(true);
      }
      expect(corpus.filter((c) => c.lang === "vi")).toHaveLength(19);
      expect(corpus.filter((c) => c.lang === "en")).toHaveLength(3);
      expect(corpus.filter((c) => c.expect.agency !== null)).toHaveLength(22);
    });
  },
);
