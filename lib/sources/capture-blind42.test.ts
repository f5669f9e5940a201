// Accuracy on the forty-second held-out corpus (fixtures/captures-blind42): broadcasters' video and audio pages. TV
// networks, public broadcasters, radio and podcast news pages in English (NewsNation, C-SPAN, RTÉ News, WBUR,
// Marketplace, SABC News, 7NEWS, RTHK, i24NEWS, Channels Television, ABS-CBN News) and city, provincial, national and
// overseas stations in Vietnamese, with the player's text a select-all takes along, playlists, programme names and
// air times, presenter credits, transcripts and scripts. About half plain-text copies, half saved pages. Written and
// measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { BLIND42_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the forty-second held-out capture corpus",
  {
    dir: BLIND42_CORPUS,
    label: "blind corpus 42",
    earlier: corporaBefore(BLIND42_CORPUS),
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.45, 0.55],
    viShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
  },
  (corpus) => {
    it("is made of broadcasters' pages whose players, playlists or programme lines come along", () => {
      // Every capture carries a player's or programme's trace: a clip's length, a programme line, a player label.
      const trace = /\b\d{1,2}:\d{2}\b|Listen|Nghe|Xem video|Video|Thời sự|aired|Watch/;
      for (const c of corpus) expect(trace.test(readFileSync(new URL(c.file, BLIND42_CORPUS), "utf8")), c.file).toBe(true);
    });
    it("keeps transcripts' speaker labels with their words", () => {
      const labelled = corpus.flatMap((c) => c.expect.body).filter((para) => /^[A-Z][A-Z .'-]+: /.test(para));
      expect(labelled.length).toBeGreaterThanOrEqual(10);
    });
  },
);
