// Accuracy on the sixty-eighth held-out corpus (fixtures/captures-blind68): the Russia–North Korea story in the week of
// 9–15 February 2026 as regional and local outlets run the wires' copy (AP, Reuters, AFP, Yonhap, Kyodo, AAP, PA,
// TASS) under their own templates, from publishers never seen: fourteen English (The Tasman Coast Herald, The Fraser
// Valley Record, The Bayou Ledger-Star through a news app, Kimberley Coast Courier through a start portal, Central
// Valley 7 News, The Severnside Echo, Penang Evening Standard, Parallax News, The Hauraki Plains Gazette through a
// portal, Cebu Harbor Times, Shannonside Argus, Tri-Rivers 9 News, The Riverina Sentinel, Moray Firth Courier) and
// eight Vietnamese provincial and city papers relaying the wires (Báo Đất Mũi Điện tử, Báo Phố Hiến, Báo Hạ Long Ngày
// Mới, Đài Phát thanh - Truyền hình Tam Kỳ, Báo Kon Tum Mới, Báo Hội An Phố, Báo Sóc Trăng Nay, Báo Thủ Dầu Một Ngày
// Nay): mastheads, sections, "Most popular", subscription prompts, a staff writer's local angle over the wire's text,
// "The Associated Press contributed to this report", "— with wire services", "Theo AP", "Hải Anh (theo Reuters)",
// "Nguồn: Kyodo". Half plain-text copies, half saved pages. Written and measured before any rule was changed for them.
// Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND68_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-eighth held-out capture corpus",
  {
    dir: BLIND68_CORPUS,
    label: "blind corpus 68",
    earlier: corporaBefore(BLIND68_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en", "vi"],
    textShare: [0.45, 0.55],
    viShare: [0.35, 0.4],
    ownOutlets: true,
    minFurniture: 3,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds copy of every wire the corpus names, fourteen English pages and eight Vietnamese relays", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const wire of ["AP", "Reuters", "AFP", "Yonhap", "Kyodo", "AAP", "PA", "TASS"]) expect(agencies.has(wire), wire).toBe(true);
      expect(corpus.filter((c) => c.lang === "en")).toHaveLength(14);
      expect(corpus.filter((c) => c.lang === "vi")).toHaveLength(8);
      const relays = corpus.filter((c) => c.lang === "vi" && c.expect.agency !== null);
      expect(relays).toHaveLength(8);
    });
  },
);
