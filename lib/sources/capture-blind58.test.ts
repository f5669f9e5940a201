// Accuracy on the fifty-eighth held-out corpus (fixtures/captures-blind58): Vietnamese-language pages of broadcasters,
// overseas papers and foreign services, outlets never seen: VTV's channels (VTV4, VTV5 Tây Nam Bộ, VTV8, VTV9), VOV4,
// VTC14 and Phú Quốc's media centre; Radio Saigon Dallas, VNA TV and Văn Nghệ Tiền Phong (United States), Đi Tới (Canada),
// Radio 2VNR (Australia), Quê Mẹ (France), Tạp chí Cánh Én (Germany), Kilala (Japan); PTS Tiếng Việt (Taiwan), Radio
// Thailand's and Lao National Radio's Vietnamese services, and the Vietnamese services of Yunnan People's Radio and
// Beibu Gulf Radio (China), running TTXVN, VOV, Reuters, AFP, AP, Yonhap, Kyodo or TASS copy, one by its own writer.
// Half plain-text copies (desktop, phone, Zalo's and Facebook's in-app browsers, a reader view), half saved pages.
// Written and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the
// table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND58_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the fifty-eighth held-out capture corpus",
  {
    dir: BLIND58_CORPUS,
    label: "blind corpus 58",
    earlier: corporaBefore(BLIND58_CORPUS),
    minCaptures: 20,
    minOutlets: 20,
    langs: ["vi"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
    furnitureInsideNoParagraph: true,
  },
  (corpus) => {
    it("holds Vietnamese captures only, nearly all relaying a national agency or a world wire", () => {
      for (const c of corpus) expect(c.lang, c.file).toBe("vi");
      expect(corpus.filter((c) => c.expect.agency !== null).length).toBeGreaterThanOrEqual(18);
    });
  },
);
