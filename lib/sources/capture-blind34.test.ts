// Accuracy on the thirty-fourth held-out corpus (fixtures/captures-blind34): the page types a desk relays besides the
// plain story — a wire factbox, explainers, a timeline, analyses with several bylines and contributor lines, live
// blogs, a photo gallery, video and podcast transcripts, columns with the writer's bio, a story with an appended
// correction, updated stories, a newsletter's web version, two foreign ministries' and the State Department's
// briefings — from big wires and international outlets, most of them seen in earlier corpora (no `earlier` list:
// the outlets are allowed again). About half plain-text copies, half saved pages. Written and measured before any
// rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts.
import { expect, it } from "vitest";
import { BLIND34_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirty-fourth held-out capture corpus",
  { dir: BLIND34_CORPUS, label: "blind corpus 34", minCaptures: 22, minOutlets: 22, langs: ["en"], textShare: [0.45, 0.55], ownOutlets: true, minFurniture: 4 },
  (corpus) => {
    // (a correction is the record and stays in the text; update notes do not)
    it("keeps transcripts' speaker labels in the text and update notes, bios and contributor lines out of it", () => {
      const bodies = corpus.flatMap((c) => c.expect.body);
      expect(bodies.filter((line) => /^(?:[A-Z][\w.]*(?: [A-Z][\w.-]*)*|QUESTION|MR [A-Z]+|Question|Reporter):/.test(line)).length).toBeGreaterThanOrEqual(10);
      for (const c of corpus) {
        for (const line of c.expect.body) expect(line, c.file).not.toMatch(/^(?:UPDATE:|This is a developing story)|contributed (?:to this )?report/);
      }
    });
  },
);
