// Accuracy on the thirtieth held-out corpus (fixtures/captures-blind30): English outlets never seen, captured as a
// newsroom does any day: shipping, energy and aviation trade press, weeklies and magazines, commentary sites, think
// tanks' commentary pages, regional dailies, a broadcaster, a tabloid's site, an investigative site and an exile news
// site; desktop select-all, article-area and phone copies (about 55 %) and saved pages, each with what that route takes
// along. Of outlets in none of the earlier corpora, written and measured before any rule was changed for them. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND30_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirtieth held-out capture corpus",
  {
    dir: BLIND30_CORPUS,
    label: "blind corpus 30",
    earlier: corporaBefore(BLIND30_CORPUS),
    minCaptures: 22,
    minOutlets: 22,
    langs: ["en"],
  },
  (corpus) => {
    it("is about 55 % plain-text copies and 45 % saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.5);
      expect(text).toBeLessThanOrEqual(0.6);
    });

    it("keeps furniture and captions apart from the text it expects", () => {
      for (const c of corpus) {
        for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
        for (const caption of c.expect.captions) expect(c.expect.body, c.file).not.toContain(caption);
      }
    });
  },
);
