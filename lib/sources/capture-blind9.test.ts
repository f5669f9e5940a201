// Accuracy on the ninth held-out corpus (fixtures/captures-blind9): pages named only by logo and og:site_name, by a
// tagline, in Chinese or by the publisher's long name; CJK and relative dates; "Listen to this article" and audio
// players; newsletter boxes, cookie banners, AI summaries and "Key points"; tables in HTML and tab-separated in text
// copies; lone bar lines; wires named "CBS/AP", "Press Trust of India", "Jiji Press", "Source: AA"; of outlets in none
// of the eight earlier corpora, written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { BLIND9_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the ninth held-out capture corpus", {
  dir: BLIND9_CORPUS,
  label: "blind corpus 9",
  earlier: corporaBefore(BLIND9_CORPUS),
  minCaptures: 26,
  minOutlets: 26,
  halfHtml: true,
  minUndated: 3,
});
