// Accuracy on the sixth held-out corpus (fixtures/captures-blind6): outlets that name themselves only in a logo's alt
// text, a <title> suffix, a copyright line or their domain; dates only in the URL path, a data attribute, CJK form or a
// relative time; sub-headings under the lead, tables of figures and a video transcript; of outlets in none of the five
// earlier corpora, written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND6_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the sixth held-out capture corpus", {
  dir: BLIND6_CORPUS,
  label: "blind corpus 6",
  earlier: corporaBefore(BLIND6_CORPUS),
  minCaptures: 24,
  minOutlets: 24,
  halfHtml: true,
  minUndated: 3,
});
