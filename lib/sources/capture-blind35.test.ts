// Accuracy on the thirty-fifth held-out corpus (fixtures/captures-blind35): English-language outlets never seen, from
// the regions that watch the story from outside. Indian broadcasters' and papers' sites, a business daily's site
// carrying a wire story, Pakistan's state agency and a business daily, Bangladeshi dailies and sites, a Sri Lankan
// business daily, a Nepali daily's site, Indonesia's English weekly site, a Thai English site, the Philippine state
// agency and a business daily, a Cambodian daily, an Uzbek site, a Turkish English daily, an Israeli site, a Qatari
// daily, Iran's state agency in English and a Caribbean daily. Half plain-text copies (desktop select-all,
// article-area, phone), half saved pages. Written and measured before any rule was changed for them. Same scorer,
// same floors as capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS, BLIND30_CORPUS, BLIND31_CORPUS, BLIND35_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirty-fifth held-out capture corpus",
  {
    dir: BLIND35_CORPUS,
    label: "blind corpus 35",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS, BLIND30_CORPUS, BLIND31_CORPUS],
    minCaptures: 22,
    minOutlets: 22,
    halfHtml: true,
    langs: ["en"],
    textShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
  },
);
