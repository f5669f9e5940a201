// Accuracy on the forty-first held-out corpus (fixtures/captures-blind41): the story's past. Articles of 2023–2025
// (the Vostochny summit, the Pyongyang treaty, troops in Kursk, the confirmation, the labour reports) captured in
// December 2026, in English (Military.com, Task & Purpose, UNITED24 Media, Outlook India, Al Mayadeen English, The
// Daily Beast, Newsmax, UNIAN, SBS News, JAPAN Forward, BusinessKorea) and Vietnamese (military-region papers,
// magazines, NTD Việt Nam, Đài Hy Vọng), with what an old page carries: "more than 2 years old" banners, later
// "Updated"/"Cập nhật" lines, archive labels, editor's notes, related links to newer stories, relative times, two-digit
// years and today's copyright year. About half plain-text copies, half saved pages. Written and measured before any
// rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and
// `npm run bench` prints it too.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { BLIND41_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the forty-first held-out capture corpus",
  {
    dir: BLIND41_CORPUS,
    label: "blind corpus 41",
    earlier: corporaBefore(BLIND41_CORPUS),
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.45, 0.55],
    viShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
  },
  (corpus) => {
    it("expects each article's own first-publication date, years before the capture that carries today's year", () => {
      for (const c of corpus) {
        expect(c.expect.publishedAt, c.file).toMatch(/^202[345]-/);
        // The page carries the capture's year somewhere (a footer, a newer related story, an update line): the trap
        // the expected date must not fall into.
        expect(readFileSync(new URL(c.file, BLIND41_CORPUS), "utf8"), c.file).toContain("2026");
      }
    });
  },
);
