// Accuracy on the fifty-second held-out corpus (fixtures/captures-blind52): English-language news of the Middle East,
// Africa, Latin America and the Caribbean, outlets never seen. Papers, agencies and broadcasters' sites of Egypt (Egypt
// Independent, Daily News Egypt), the UAE (Gulf Today), Oman (Times of Oman, Oman Observer), Jordan (Roya News),
// Lebanon (Naharnet), Iran (Tasnim News Agency, Mehr News Agency), Nigeria (Daily Trust, Leadership News), Ghana
// (MyJoyOnline), Kenya (Capital News, Citizen Digital), Ethiopia (Addis Standard), South Africa (eNCA), Brazil (The
// Rio Times), Argentina (Buenos Aires Herald), Guyana (Stabroek News) and Barbados (Barbados Today). Half plain-text
// copies (desktop and phone), half saved pages. Written and measured before any rule was changed for them. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND52_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-second held-out capture corpus",
  {
    dir: BLIND52_CORPUS,
    label: "blind corpus 52",
    earlier: corporaBefore(BLIND52_CORPUS),
    minCaptures: 20,
    minOutlets: 20,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds English captures only, half of them or more crediting a wire, six wires in all", () => {
      for (const c of corpus) expect(c.lang, c.file).toBe("en");
      const wires = corpus.map((c) => c.expect.agency).filter((a): a is string => a !== null);
      expect(wires.length).toBeGreaterThanOrEqual(10);
      expect(new Set(wires)).toEqual(new Set(["AFP", "Reuters", "AP", "Anadolu", "Xinhua", "WAM"]));
    });
  },
);
