// Accuracy on the third held-out corpus (fixtures/captures-blind3): full pages (saved HTML and select-all text) of
// outlets in neither fixtures/captures nor fixtures/captures-heldout, written before the importer's rules were read.
// Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND3_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the third held-out capture corpus", {
  dir: BLIND3_CORPUS,
  label: "blind corpus 3",
  earlier: corporaBefore(BLIND3_CORPUS),
  minCaptures: 30,
  minOutlets: 30,
  halfHtml: true,
  minUndated: 3,
});
