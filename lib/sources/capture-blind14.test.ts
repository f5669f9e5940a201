// Accuracy on the fourteenth held-out corpus (fixtures/captures-blind14): Vietnamese outlets, the importer's main
// input — provincial, city and sector papers, television sites (video pages dated only by a relative time), political
// and overseas magazines and overseas sites relaying Reuters, AP, BBC, VOA and RFI — as whole-page, article-area and
// phone copies and as saved pages, with bylines at the foot, "(Theo AP, Yonhap)", "Nguồn: VOA", "PV" and "Nhóm PV",
// an interview, galleries, "Tin liên quan" inside the text and e-paper notes; of outlets in none of the earlier
// corpora, written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND14_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the fourteenth held-out capture corpus", {
  dir: BLIND14_CORPUS,
  label: "blind corpus 14",
  earlier: corporaBefore(BLIND14_CORPUS),
  minCaptures: 26,
  minOutlets: 26,
  minUndated: 2,
});
