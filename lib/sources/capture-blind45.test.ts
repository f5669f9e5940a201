// Accuracy on the forty-fifth held-out corpus (fixtures/captures-blind45): the everyday news stream on the story from
// outlets never seen. English regional and national papers of the US, Ireland, the UK, Canada, Australia, New Zealand,
// India, Singapore, Malaysia, the Philippines and South Africa (Detroit Free Press, The Arizona Republic, Orlando
// Sentinel, Irish Mirror, Daily Record, Vancouver Sun, Herald Sun, The Press, Deccan Chronicle, TODAY, Malaysiakini,
// SunStar, TimesLIVE) carrying AP, Reuters and AFP copy or their own reports; Vietnamese provincial papers (the merged
// agencies of Bắc Ninh, An Giang, Đồng Nai and Hà Tĩnh), sector papers (Báo Quốc phòng Thủ đô, Tạp chí Cảnh sát nhân
// dân), the national portal Vietnam.vn and overseas sites (Phố Bolsa TV, Thời Luận) relaying TTXVN, VOA, RFI, Reuters
// and AFP. Text copies by Chrome, Firefox, Safari, Edge and a phone; saved pages, one as .mhtml. Written and measured
// before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed,
// and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND45_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the forty-fifth held-out capture corpus",
  {
    dir: BLIND45_CORPUS,
    label: "blind corpus 45",
    earlier: corporaBefore(BLIND45_CORPUS),
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.4, 0.6],
    viShare: [0.4, 0.6],
    ownOutlets: true,
    minFurniture: 4,
  },
  (corpus) => {
    it("holds a page saved as one .mhtml file and a copy made on a phone", () => {
      expect(corpus.some((c) => c.file.endsWith(".mhtml"))).toBe(true);
      expect(corpus.some((c) => c.file === "deccan-chronicle-1.txt")).toBe(true);
    });
    it("credits a wire only where the page credits it for the text, never for a photo or a quote", () => {
      const credited = corpus.filter((c) => c.expect.agency !== null).map((c) => c.file);
      expect(credited.length).toBeGreaterThanOrEqual(14);
      for (const file of ["daily-record-1.txt", "irish-mirror-1.html", "vietnam-vn-1.txt"]) expect(corpus.find((c) => c.file === file)?.expect.agency, file).toBeNull();
    });
  },
);
