// Accuracy on the sixty-fifth held-out corpus (fixtures/captures-blind65): the Russia–North Korea story in the week of
// 16–22 November 2026 on broadcasters' websites, television and radio stations never seen, whose pages are built around
// a video or audio item. Half Vietnamese (Đài Phát thanh - Truyền hình Hồng Lĩnh, Đài Phát thanh Hương Giang, Truyền
// hình Phố Hiến, Đài Phát thanh - Truyền hình Lạc Hồng, Truyền hình Trường Sơn, Đài Tiếng nói Cửa Lò, Đài Truyền hình Bến
// Nghé, Đài Phát thanh Hàm Rồng, Truyền hình Mường Thanh, Kênh Thời sự Cửu Long, Đài Phát thanh - Truyền hình Vân Đồn),
// half English (Harbor City Public Radio, Channel 9 Lakeshore, North Coast Broadcasting, Meridian World Service, KXPR
// Prairie Radio, Tidewater Television, Radio Baltica English, Summit News 7, Eastbridge Broadcasting Corporation, WNRV
// Riverbend, Southern Cross Radio): programmes and air times, presenters and reporters, players, transcripts with
// speaker labels, summaries over scripts, stills and lists of programmes. Half plain-text copies, half saved pages.
// Written and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the
// table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND65_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the sixty-fifth held-out capture corpus",
  {
    dir: BLIND65_CORPUS,
    label: "blind corpus 65",
    earlier: corporaBefore(BLIND65_CORPUS),
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
    it("holds broadcasters' pages of every kind: video, audio, transcripts and programme episodes", () => {
      const files = corpus.map((c) => c.file);
      for (const kind of ["tv-", "radio-", "transcript-", "episode-", "video-", "audio-"]) {
        expect(files.some((f) => f.startsWith(kind)), kind).toBe(true);
      }
    });
    it("expects the player's and the programme's furniture out of the text", () => {
      for (const c of corpus) expect(c.expect.furniture.length, c.file).toBeGreaterThanOrEqual(3);
    });
  },
);
