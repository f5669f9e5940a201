// Accuracy on the fourth held-out corpus (fixtures/captures-blind4): full pages (saved HTML and select-all text) of
// outlets in none of fixtures/captures, captures-heldout and captures-blind3, in layouts those lack, written and
// measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { BLIND4_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the fourth held-out capture corpus", {
  dir: BLIND4_CORPUS,
  label: "blind corpus 4",
  earlier: corporaBefore(BLIND4_CORPUS),
  minCaptures: 20,
  minOutlets: 20,
  halfHtml: true,
  minUndated: 1,
});
