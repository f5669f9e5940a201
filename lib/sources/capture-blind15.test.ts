// Accuracy on the fifteenth held-out corpus (fixtures/captures-blind15): English outlets only, half saved pages and
// half text copies (select-all, phone, Reader View); wire copy as regional and local papers, a TV station's site and
// public radio carry it ("By X, The Associated Press", "by: X, Associated Press", "X Reuters", "HT/dpa", "TT/The
// Local", "BNS/TBT Staff"), with the wire's copyright line, "Contributing:", "Reporting by … ; Editing by …",
// corrections, Getty and AP credits; and national papers of South Asia, Central Asia and the Caucasus, the Baltics, the
// Nordics, Latin America and Canada, with their "Posted At / Updated At", "Publish : / Update :", "First published
// on" pairs, a live blog and a syndicated-feed note; of outlets in none of the earlier corpora, written and measured
// before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed,
// and `npm run bench` prints it too.
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND15_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the fifteenth held-out capture corpus", {
  dir: BLIND15_CORPUS,
  label: "blind corpus 15",
  earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS],
  minCaptures: 26,
  minOutlets: 26,
  halfHtml: true,
  minUndated: 2,
  langs: ["en"],
});
