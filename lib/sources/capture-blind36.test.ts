// Accuracy on the thirty-sixth held-out corpus (fixtures/captures-blind36): where claims are first published. Posts
// and articles on platforms, in Vietnamese and English: Substack (a post page and a post's e-mail), Medium (a
// publication's and a personal post), Ghost and Beehiiv newsletters, LinkedIn newsletter articles, a Facebook page's
// long post, an X Article, a Telegram channel's web preview and a Telegraph page, a VK community post, Blogger and
// WordPress.com blogs, a Zalo Official Account article, Lotus and Tumblr posts, a YouTube description, a TikTok
// caption, a Naver blog post in English. About half plain-text copies, half saved pages. Written and measured before
// any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is printed, and
// `npm run bench` prints it too.
import { BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND16_CORPUS, BLIND15_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS, BLIND30_CORPUS, BLIND31_CORPUS, CORPUS, HELDOUT_CORPUS, BLIND36_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the thirty-sixth held-out capture corpus",
  {
    dir: BLIND36_CORPUS,
    label: "blind corpus 36",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND16_CORPUS, BLIND15_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND25_CORPUS, BLIND26_CORPUS, BLIND27_CORPUS, BLIND28_CORPUS, BLIND29_CORPUS, BLIND30_CORPUS, BLIND31_CORPUS],
    minCaptures: 22,
    minOutlets: 22,
    textShare: [0.45, 0.6],
    viShare: [0.45, 0.55],
    ownOutlets: true,
    minFurniture: 4,
  },
);
