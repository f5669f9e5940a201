// Accuracy on the seventy-ninth held-out corpus (fixtures/captures-blind79): the Russia–North Korea story in the week
// of 23–29 November 2026 as Vietnamese pages relay foreign reporting on it ("Theo Reuters", "(Theo AP)", "— Nguồn:
// VOA", "Theo hãng tin Yonhap (Hàn Quốc)", "TTXVN/Vietnam+", "Theo Sputnik, …"), from publishers never seen: provincial
// and district party papers' online editions, city and provincial TV stations' sites, sector ministries' papers,
// universities' press offices, think tanks' Vietnamese pages, overseas Vietnamese radio's web transcripts, aggregators'
// copies naming the original's address, and phone copies with the share sheet's leftovers ("Chia sẻ qua Zalo", "Sao
// chép liên kết", "Đã sao chép"). Half plain-text copies, half saved pages. Written and measured before any rule was
// changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench`
// prints it too.
import { expect, it } from "vitest";
import { BLIND79_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the seventy-ninth held-out capture corpus",
  {
    dir: BLIND79_CORPUS,
    label: "blind corpus 79",
    earlier: corporaBefore(BLIND79_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["vi"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 2,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("credits the Vietnamese wire and the foreign wires and broadcasters it relays, and holds pages that credit two", () => {
      const agencies = new Set(corpus.map((c) => c.expect.agency));
      for (const source of ["TTXVN", "VOA", "RFI", "BBC", "AP", "Reuters", "AFP", "Yonhap", "Kyodo", "TASS", "Sputnik"]) expect(agencies.has(source), source).toBe(true);
      expect(corpus.filter((c) => (c.expect.agency ?? "").includes(",")).length).toBeGreaterThanOrEqual(2);
      expect(corpus.every((c) => c.lang === "vi")).toBe(true);
    });
  },
);
