// Accuracy on the fifty-first held-out corpus (fixtures/captures-blind51): English-language news of Asia and the
// Pacific, outlets never seen. Papers, relays and broadcasters' sites of Mongolia (The UB Post), Kazakhstan (The Times
// of Central Asia), Uzbekistan (Gazeta.uz), Nepal (The Rising Nepal), Sri Lanka (Ada Derana, Ceylon Today), Bangladesh
// (The Financial Express, Prothom Alo), Myanmar (Mizzima, Global New Light Of Myanmar), Cambodia (Cambodianess), Laos
// (Vientiane Times), Brunei (Borneo Bulletin Online), Papua New Guinea (EMTV Online), Fiji (Fiji Village, FBC News),
// New Zealand (The Northern Advocate), Taiwan (The China Post), Macau (Macau Daily Times) and a Korean relay site (The
// Korea Bizwire). Half plain-text copies (desktop and phone), half saved pages. Written and measured before any rule
// was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run
// bench` prints it too.
import { expect, it } from "vitest";
import { BLIND51_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-first held-out capture corpus",
  {
    dir: BLIND51_CORPUS,
    label: "blind corpus 51",
    earlier: corporaBefore(BLIND51_CORPUS),
    minCaptures: 20,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds English captures only, half of them or more crediting a wire", () => {
      for (const c of corpus) expect(c.lang, c.file).toBe("en");
      expect(corpus.filter((c) => c.expect.agency !== null).length).toBeGreaterThanOrEqual(10);
    });
  },
);
