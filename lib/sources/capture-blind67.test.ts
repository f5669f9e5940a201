// Accuracy on the sixty-seventh held-out corpus (fixtures/captures-blind67): the Russia–North Korea story in the week of
// 19–25 October 2026 as wire copy (AP, Reuters, AFP, Yonhap, Kyodo, dpa, EFE, ANSA, TASS, Xinhua) run by the sites that
// carry it, from publishers never seen: eighteen English (The Moreton Courier, The Otago Evening Star, The Gyeongnam
// Herald, The Andes Tribune, Caspian Daily Monitor, The Wessex Gazette, The Prairie Sentinel-Journal, The Kathmandu
// Valley Times, Great Lakes 12 News, The Lagos Daily Ledger, The Setouchi Shimbun English, The Rhine Valley Post, The
// Tiber Review, Namib Coast Tribune, Sierra Basin News 4, The Northumbria Chronicle, The Cape Breton Beacon, Jeju Weekly
// Post) and four Vietnamese relays (Sóng Mới Houston, Khoa Quốc tế học - Trường Đại học Tây Hồ, Nhật ký quốc tế,
// Tuần báo Cộng Đồng Perth): datelines, slugs, reporting lines, "Contributing: …", corrections, the wire's rights line,
// published and updated stamps together, live tickers, newsletter boxes, "Most read", paywall notices, cookie banners,
// video players and galleries. Half plain-text copies, half saved pages. Written and measured before any rule was
// changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench`
// prints it too.
import { expect, it } from "vitest";
import { BLIND67_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-seventh held-out capture corpus",
  {
    dir: BLIND67_CORPUS,
    label: "blind corpus 67",
    earlier: corporaBefore(BLIND67_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["en", "vi"],
    textShare: [0.45, 0.55],
    viShare: [0.15, 0.2],
    ownOutlets: true,
    minFurniture: 3,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds wire copy of every wire the corpus names, each with its dateline in the first paragraph kept", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const wire of ["AP", "Reuters", "AFP", "Yonhap", "Kyodo", "dpa", "EFE", "ANSA", "TASS", "Xinhua"]) expect(agencies.has(wire), wire).toBe(true);
      const datelined = corpus.filter((c) => c.lang === "en" && /\((?:AP|Reuters|AFP|Yonhap|dpa|EFE|Xinhua)\)|\/TASS\/|\(ANSA\)/.test(c.expect.body[0]!));
      expect(datelined.length).toBeGreaterThanOrEqual(12);
    });
  },
);
