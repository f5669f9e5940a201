// Accuracy on the sixty-sixth held-out corpus (fixtures/captures-blind66): the Russia–North Korea story in the week of
// 7–13 September 2026 (the Eastern Economic Forum in Vladivostok, the Tumen road bridge and the Rajin container line,
// Russian tourists at Wonsan-Kalma, a report of arms shipped through Rajin and its denials) in a Vietnamese desk's
// ordinary stream, from publishers never seen: sixteen Vietnamese (Báo Hải Đăng, Báo Bắc Hà, Tạp chí Sinh hoạt Chi bộ,
// Tin Việt Hải Ngoại, Báo Phố Núi, Tạp chí Vận tải Đường sắt, Radio Nordica Tiếng Việt, Báo Sông Đà, Báo Kinh tế Hàng
// hải, Tạp chí Công tác Đảng, Báo Lữ hành Việt, Báo Thủ Đức, Tin Tức Âu Việt, Báo Biên Cương, EuroNord Tiếng Việt, Báo
// Tây Đô) and six English pages of Vietnamese outlets (Hanoi Chronicle, Mekong Herald, Vietnam Pulse, Da Nang Times,
// Vietnam Freight Review, Hanoi Evening Post): menus, breadcrumbs, the sapo, captions in their several forms, bylines
// at the top or the end ("Minh Anh (t/h)", "PV", "Nhóm PV", "Theo TTXVN", "(Theo Reuters)", "Nguồn: RFI"), related and
// most-read lists, tags and share rows. Half plain-text copies (desktop, phone, reader view), half saved pages. Written
// and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND66_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-sixth held-out capture corpus",
  {
    dir: BLIND66_CORPUS,
    label: "blind corpus 66",
    earlier: corporaBefore(BLIND66_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["vi", "en"],
    textShare: [0.45, 0.55],
    viShare: [0.7, 0.75],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds the Vietnamese stream's publishers: papers, journals, foreign services, relays and English editions", () => {
      const outlets = corpus.map((c) => c.outlet);
      for (const kind of [/^Báo /, /^Tạp chí /, /Tiếng Việt$/]) expect(outlets.some((o) => kind.test(o)), String(kind)).toBe(true);
      expect(corpus.filter((c) => c.lang === "en").length).toBe(6);
    });
    it("credits the wire or the writer the way Vietnamese pages print it, at the top or at the end", () => {
      const credited = corpus.filter((c) => c.lang === "vi" && (c.expect.agency !== null || c.expect.author !== null));
      expect(credited.length).toBe(corpus.filter((c) => c.lang === "vi").length);
      expect(new Set(corpus.map((c) => c.expect.agency).filter(Boolean))).toEqual(new Set(["TTXVN", "Reuters", "VOA", "Sputnik", "RFI", "DW", "AFP"]));
    });
  },
);
