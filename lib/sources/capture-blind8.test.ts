// Accuracy on the eighth held-out corpus (fixtures/captures-blind8): pages whose only names are a tagline with
// initials, a name in another language, a domain, a name with its edition or the publisher's company; a donation
// appeal inside the article; agency bylines in capitals; dotted dates with "- Update :", "IST"/"MYT"/"GMT+7" times, a
// date glued to the title; captions credited "— Reuters", "- REUTERS PIC", "(Reuters file)", "Credit: …" or on the line
// below; of outlets in none of the seven earlier corpora, written and measured before any rule was changed for them.
// Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND8_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the eighth held-out capture corpus", {
  dir: BLIND8_CORPUS,
  label: "blind corpus 8",
  earlier: corporaBefore(BLIND8_CORPUS),
  minCaptures: 25,
  minOutlets: 25,
  halfHtml: true,
  minUndated: 3,
});
