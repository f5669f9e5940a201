// Accuracy on the twenty-sixth corpus (fixtures/captures-blind26): the big English outlets a newsroom following the
// Russia–North Korea story captures most (AP, Reuters, AFP on a carrier, BBC, CNN, The Guardian, The New York Times,
// The Washington Post, Bloomberg, the Financial Times, Yonhap, the Korea Herald, the Korea Times, the Korea JoongAng
// Daily, NK News, Kyodo, The Japan Times, Nikkei Asia, Al Jazeera, DW, France 24, the South China Morning Post, The
// Moscow Times, TASS, Radio Free Asia, 38 North). Unlike the held-out corpora, EVERY outlet is one an earlier corpus
// already holds: each capture is another article of it, captured another day and another way (a saved page where the
// earlier capture was a text copy and the other way round, another page type), so the table answers whether what the
// importer learned of an outlet's layout carries to its next page. About 55 % plain-text copies. Written and measured
// before any rule was changed for it. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and
// `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND26_CORPUS, CAPTURE_CORPORA, loadCorpus } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-sixth capture corpus (outlets seen before, pages not)",
  { dir: BLIND26_CORPUS, label: "blind corpus 26", minCaptures: 24, minOutlets: 24, langs: ["en"] },
  (corpus) => {
    const earlier = CAPTURE_CORPORA.filter((c) => c.dir.href !== BLIND26_CORPUS.href).flatMap((c) => loadCorpus(c.dir));

    it("holds only outlets an earlier corpus already holds (or another language service of it), and none of their earlier pages", () => {
      const seen = [...new Set(earlier.map((c) => c.outlet))];
      expect(corpus.map((c) => c.outlet).filter((o) => !seen.some((s) => s === o || s.startsWith(`${o} `)))).toEqual([]);
      const titles = new Set(earlier.map((c) => c.expect.title));
      expect(corpus.map((c) => c.expect.title).filter((t) => titles.has(t))).toEqual([]);
    });

    it("is about 55 % plain-text copies and 45 % saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.5);
      expect(text).toBeLessThanOrEqual(0.6);
    });

    it("never expects a line both as the article's text and as furniture", () => {
      for (const c of corpus) for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
    });
  },
);
