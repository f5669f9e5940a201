// Accuracy on the seventeenth held-out corpus (fixtures/captures-blind17): English outlets only, of the regions and
// kinds the earlier corpora hold least — UK and Irish regional papers, Scottish and Welsh outlets, Australian and New
// Zealand regional papers, a US city paper and a local TV station, Caribbean and Pacific papers, African and Middle
// Eastern dailies, two think tanks and the English pages of two Indian wire agencies. Two thirds plain-text copies
// (select-all with cookie walls and menus, article area, phone, Reader View, pasted through a chat app or a word
// processor), one third saved pages; "3rd Dec 2026, 14:30 GMT", "Today at 14:30", "14:20, 3 Dec 2026Updated …",
// "1 day ago" beside a date, a date only at the foot or in the footer; bylines with posts and handles, "(Additional
// reporting …)", "Picture: X", "(Image: X)", "Image caption,", galleries, an embedded post, newsletter boxes, "Most
// read", comment counters, wire slugs ("PTI ACB ZMN", "--IANS"). Of outlets in none of the earlier corpora, written
// and measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table
// is printed, and `npm run bench` prints it too.
import { BLIND17_CORPUS, corporaBefore } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the seventeenth held-out capture corpus", {
  dir: BLIND17_CORPUS,
  label: "blind corpus 17",
  earlier: corporaBefore(BLIND17_CORPUS),
  minCaptures: 26,
  minOutlets: 26,
  minUndated: 1,
  langs: ["en"],
});
