// Accuracy on the sixtieth held-out corpus (fixtures/captures-blind60): the Russia–North Korea story in the second half
// of 2025 from outlets never seen. Half Vietnamese: sector papers and magazines (aviation, tourism, state organisation
// and labour, political theory, oil and gas, fisheries, agriculture and environment, business, finance and investment,
// ethnic and religious affairs, entrepreneurs) relaying TASS, Interfax, Reuters, Yonhap or TTXVN. Half English: the
// Mongolian National Broadcaster, GoGo Mongolia, Thai PBS World, Fulcrum, The Strategist, Newsroom, L'Orient Today,
// Rudaw, ThisDay, the Emirates News Agency and Prensa Latina. Half plain-text copies (desktop, phone, an
// app's share, reader views, a print-to-PDF copy), half saved pages. Written and measured before any rule was changed
// for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it
// too.
import { BLIND60_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixtieth held-out capture corpus",
  {
    dir: BLIND60_CORPUS,
    label: "blind corpus 60",
    earlier: corporaBefore(BLIND60_CORPUS),
    minCaptures: 22,
    minOutlets: 20,
    langs: ["vi", "en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    balancedPerLanguage: true,
    furnitureInsideNoParagraph: true,
  },
);
