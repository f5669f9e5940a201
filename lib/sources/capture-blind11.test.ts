// Accuracy on the eleventh held-out corpus (fixtures/captures-blind11): outlets of Europe and the Americas (dailies, TV
// and radio stations' wire pages, a weekly, a magazine, a newsletter, a think tank, two foreign ministries) and
// Vietnamese provincial, sector and overseas papers; kickers above headlines, several dates on a page, credits only at
// the foot, outlets named only by a logo, a copyright line or a domain, walls, polls and hard-wrapped copies; written
// and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { BLIND11_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the eleventh held-out capture corpus", {
  dir: BLIND11_CORPUS,
  label: "blind corpus 11",
  earlier: corporaBefore(BLIND11_CORPUS),
  minCaptures: 26,
  minOutlets: 26,
  halfHtml: true,
  minUndated: 2,
});
