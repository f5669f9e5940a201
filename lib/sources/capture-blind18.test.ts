// Accuracy on the eighteenth held-out corpus (fixtures/captures-blind18): Vietnamese outlets relaying foreign
// broadcasters and wires — overseas Vietnamese papers, sites and television, portals and business sites, provincial,
// teachers', women's, rural, literary, law and securities papers, a friendship magazine and a journal of translated
// commentary; 60 % plain-text copies (select-all, article area, phone, flattened through a chat app or a word
// processor), 40 % saved pages. Of outlets in none of the earlier corpora, written and measured before any rule was
// changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench`
// prints it too.
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND18_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the eighteenth held-out capture corpus", {
  dir: BLIND18_CORPUS,
  label: "blind corpus 18",
  earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS],
  minCaptures: 24,
  minOutlets: 24,
  minUndated: 2,
  langs: ["vi"],
});
