// Accuracy on the held-out corpus (fixtures/captures-heldout): captures of outlets that are not in fixtures/captures,
// with text written for them, that the importer's rules were never adjusted against. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the held-out capture corpus", { dir: HELDOUT_CORPUS, label: "held-out corpus", earlier: [CORPUS], minCaptures: 30, minOutlets: 12, minUndated: 2 }, (corpus) => {
  it("includes a blind batch: captures written after the rules were last adjusted, measured before any change", () => {
    const blind = corpus.filter((c) => (c as { batch?: string }).batch === "blind");
    expect(blind.length).toBeGreaterThanOrEqual(10);
    expect(new Set(blind.map((c) => c.outlet)).size).toBeGreaterThanOrEqual(10);
  });
});
