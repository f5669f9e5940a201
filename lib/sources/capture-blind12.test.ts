// Accuracy on the twelfth held-out corpus (fixtures/captures-blind12): pages saved from the Wayback Machine,
// archive.today, a search engine's cache and an AMP cache with their banners, Firefox and Safari reader views, a
// read-later export, print views, phone copies with app banners, a page saved as .mhtml; outlets of the Gulf, South
// Asia, Oceania, Africa, the Middle East and Central Asia, Vietnamese provincial papers south of Đà Nẵng, magazines, an
// aggregator, an overseas weekly and a university; of outlets in none of the earlier corpora, written and measured
// before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and
// `npm run bench` prints it too.
import { BLIND12_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the twelfth held-out capture corpus", {
  dir: BLIND12_CORPUS,
  label: "blind corpus 12",
  earlier: corporaBefore(BLIND12_CORPUS),
  minCaptures: 26,
  minOutlets: 26,
  halfHtml: true,
  minUndated: 2,
});
