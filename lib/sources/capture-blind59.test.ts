// Accuracy on the fifty-ninth held-out corpus (fixtures/captures-blind59): the Russia–North Korea story in the week of
// 28 April 2025 from outlets never seen. Half Vietnamese: the radio and television stations of Bến Tre, Kiên Giang,
// Ninh Thuận, Phú Yên, Trà Vinh, Tiền Giang, Sóc Trăng, Hà Nam, Yên Bái and Hậu Giang and the magazine Thế giới Mới,
// relaying TTXVN, VOA, RFI, BBC, Reuters, Yonhap or KCNA through the wires. Half English: CSIS, the Stimson Center, the
// Wilson Center, the Asan Institute, KINU, Maeil Business Newspaper's English service, the Ryukyu Shimpo's English
// edition, Riddle, BelTA, Kabar and EastRussia. Half plain-text copies (desktop, phone, an app's share, reader views),
// half saved pages. Written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND59_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-ninth held-out capture corpus",
  {
    dir: BLIND59_CORPUS,
    label: "blind corpus 59",
    earlier: corporaBefore(BLIND59_CORPUS),
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
