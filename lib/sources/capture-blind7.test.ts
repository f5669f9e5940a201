// Accuracy on the seventh held-out corpus (fixtures/captures-blind7): captions without a credit line (alt text only, a
// bare sentence under a picture, numbered gallery captions), pages that name themselves only in the masthead or not at
// all, live blogs with the newest entry on top, 12-hour English times and a US numeric date, Vietnamese month names, an
// "updated" line only at the end, a print-dialog copy and a second article loaded under the first; of outlets in none
// of the six earlier corpora, written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND7_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the seventh held-out capture corpus", {
  dir: BLIND7_CORPUS,
  label: "blind corpus 7",
  earlier: corporaBefore(BLIND7_CORPUS),
  minCaptures: 24,
  minOutlets: 24,
  halfHtml: true,
  minUndated: 3,
});
