// Accuracy on the thirty-eighth held-out corpus (fixtures/captures-blind38): official pages, where denials and
// allegations are first published. Governments, parliaments and international organizations on the Russia–North
// Korea story, in English and Vietnamese: the Kremlin's English site, the White House, the Pentagon, the UN
// Secretary-General's spokesperson, NATO, the EEAS, the President of Ukraine, the Republic of Korea's defence
// ministry, China's foreign ministry, Global Affairs Canada; the National Assembly's portal and its Foreign Affairs
// Committee, the President's Office, two ministries, the Government portal's press releases, Party and Front bodies,
// a Military Party Committee and two city and provincial portals. About half plain-text copies, half saved pages.
// Written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { BLIND38_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirty-eighth held-out capture corpus",
  {
    dir: BLIND38_CORPUS,
    label: "blind corpus 38",
    earlier: corporaBefore(BLIND38_CORPUS),
    minCaptures: 22,
    minOutlets: 21,
    textShare: [0.45, 0.6],
    viShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
  },
  (corpus) => {
    it("holds no wire story: an official page credits an agency only where it says so", () => {
      const credited = corpus.filter((c) => c.expect.agency !== null);
      expect(credited.length).toBeLessThanOrEqual(3);
      for (const c of credited) expect(readFileSync(new URL(c.file, BLIND38_CORPUS), "utf8"), c.file).toContain(c.expect.agency ?? "");
    });
  },
);
