// Accuracy on the tenth held-out corpus (fixtures/captures-blind10): aggregators carrying a wire story, a local TV
// station's wire page, AMP and e-paper copies, a Telegram post's web view, a newsletter platform's page, a live blog, a
// press release copied out of its PDF, text copies with every inline link on its own line, two and three authors,
// ranks before a name, zones written "GMT+9"; of outlets in none of the nine earlier corpora, written and measured
// before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and
// `npm run bench` prints it too.
import { BLIND10_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the tenth held-out capture corpus", {
  dir: BLIND10_CORPUS,
  label: "blind corpus 10",
  earlier: corporaBefore(BLIND10_CORPUS),
  minCaptures: 26,
  minOutlets: 26,
  halfHtml: true,
  minUndated: 2,
});
