// Accuracy on the fifty-seventh held-out corpus (fixtures/captures-blind57): English-language papers, portals and
// broadcasters' English services of Germany (The Berlin Spectator), France (The Connexion), the Netherlands (NL Times),
// Switzerland (Le News), Austria (Vindobona.org), Italy (Decode39), Spain (EL PAÍS English), Portugal (The Portugal
// News), Poland (Radio Poland), Czechia (Expats.cz), Slovakia (The Slovak Spectator), Hungary (Daily News Hungary),
// Bulgaria (Novinite.com), Estonia (Postimees), Lithuania (Delfi), Norway (Norway Today), Sweden (Radio
// Sweden), Denmark (The Local Denmark) and Ukraine (Espreso, Suspilne News), outlets never seen, running dpa, AFP,
// Reuters, AP, PAP, CTK, LETA, BNS, TT, NTB, Ritzau, Ukrinform or TASR copy or their own. Half plain-text copies
// (desktop, phone, reader view), half saved pages. Written and measured before any rule was changed for them. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND57_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-seventh held-out capture corpus",
  {
    dir: BLIND57_CORPUS,
    label: "blind corpus 57",
    earlier: corporaBefore(BLIND57_CORPUS),
    minCaptures: 20,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds English captures only, most of them crediting a European or world wire, and a few of the outlet's own", () => {
      for (const c of corpus) expect(c.lang, c.file).toBe("en");
      expect(corpus.filter((c) => c.expect.agency !== null).length).toBeGreaterThanOrEqual(14);
      expect(corpus.filter((c) => c.expect.agency === null && c.expect.author !== null).length).toBeGreaterThanOrEqual(4);
    });
  },
);
