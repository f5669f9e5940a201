// Accuracy on the forty-fourth held-out corpus (fixtures/captures-blind44): opinion pages. Unsigned editorials,
// signed columns, guest essays and letters to the editor in English (Tampa Bay Times, Pittsburgh Post-Gazette, The New
// Republic, The Australian, The Critic, The Baltimore Sun, Project Syndicate, San Francisco Chronicle, The Oregonian,
// Toronto Sun, Australian Financial Review) and in Vietnamese (Dân Luận, Nghiên Cứu Lịch Sử, Văn nghệ Công an, Thế Kỷ
// 21, Sông Hương, Xưa & Nay, Hồn Việt, Văn hóa Nghệ An, Người Hà Nội, Hợp Lưu, Giác Ngộ), with disclaimers, bio lines,
// "More from this columnist" lists and readers' comments. About half plain-text copies, half saved pages. Written and
// measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND41_CORPUS, BLIND43_CORPUS, BLIND44_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the forty-fourth held-out capture corpus",
  {
    dir: BLIND44_CORPUS,
    label: "blind corpus 44",
    // (written at the same time as blind corpora 41 and 43, which hold other pages of three of its outlets)
    earlier: corporaBefore(BLIND44_CORPUS).filter((dir) => dir.href !== BLIND41_CORPUS.href && dir.href !== BLIND43_CORPUS.href),
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.45, 0.55],
    viShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("expects no writer for an unsigned editorial or a page of several readers' letters", () => {
      const unsigned = ["tampa-bay-times-1.txt", "the-ky-21-1.txt", "baltimore-sun-1.html", "hon-viet-1.html", "the-australian-1.txt", "oregonian-1.html", "xua-va-nay-1.txt"];
      for (const file of unsigned) expect(corpus.find((c) => c.file === file)?.expect.author, file).toBeNull();
    });
  },
);
