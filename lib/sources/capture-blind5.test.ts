// Accuracy on the fifth held-out corpus (fixtures/captures-blind5): print, AMP and mobile pages, phone and reader-view
// copies, a newsletter pasted from e-mail, wire copy with slug lines, a relayed Telegram post and a PDF-to-text copy,
// of outlets in none of the four earlier corpora, written and measured before any rule was changed for them. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND5_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the fifth held-out capture corpus", {
  dir: BLIND5_CORPUS,
  label: "blind corpus 5",
  earlier: corporaBefore(BLIND5_CORPUS),
  minCaptures: 20,
  minOutlets: 20,
  halfHtml: true,
  minUndated: 1,
});
