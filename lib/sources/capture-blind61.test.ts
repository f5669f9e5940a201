// Accuracy on the sixty-first held-out corpus (fixtures/captures-blind61): the Russia–North Korea story in the week of
// 16 June 2025 on pages that are not a newsroom's ordinary story, from publishers never seen. Half Vietnamese: the
// embassies in Seoul and Moscow, the Bắc Giang portal, Lào Cai's foreign affairs department, the committee for
// Vietnamese abroad, the Central Theoretical Council, the Academy of Social Sciences, the National Defence Academy, Huế
// University's journal, a magazine's interview and the Vietnam-Russia Friendship Association. Half English: the Russian
// embassy in London, the European Parliament, the House of Commons Library, Polygraph.info, Misbar, the Foreign
// Policy Research Institute, the Sejong Institute, Pacific Forum's PacNet, the Harvard International Review, Russia
// Matters and the Korea Society's podcast. Half plain-text copies (desktop, phone, reader views), half saved pages.
// Written and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts;
// the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND61_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-first held-out capture corpus",
  {
    dir: BLIND61_CORPUS,
    label: "blind corpus 61",
    earlier: corporaBefore(BLIND61_CORPUS),
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
    it("keeps a transcript's speaker labels (\"Hỏi:\", \"Trả lời:\", \"Question:\", \"PV:\") with their words in the text it expects", () => {
      const turns = corpus.flatMap((c) => c.expect.body).filter((para) => /^(?:Hỏi|Trả lời|Question|Answer|PV|Q|A|[A-Z]{2,} [A-Z]{2,}):/.test(para));
      expect(turns.length).toBeGreaterThanOrEqual(12);
    });
  },
);
