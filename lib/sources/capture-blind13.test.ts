// Accuracy on the thirteenth held-out corpus (fixtures/captures-blind13): Vietnamese provincial and sector papers and
// English outlets of Europe, Africa, the Americas, the Gulf and Asia, half saved pages and half text copies, a third of
// them with the page's menus, tickers, "Most read" lists, cookie walls and footers copied along; a newsletter e-mail
// hard-wrapped at 72 columns, several sources at the foot ("Nguồn: Yonhap, Reuters"), ranks with degrees before a
// byline; of outlets in none of the earlier corpora, written and measured before any rule was changed for them. Same
// scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND13_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the thirteenth held-out capture corpus", {
  dir: BLIND13_CORPUS,
  label: "blind corpus 13",
  earlier: corporaBefore(BLIND13_CORPUS),
  minCaptures: 26,
  minOutlets: 26,
  halfHtml: true,
  minUndated: 2,
});
