// Notes a story's page prints about the story itself, never a sentence of it: update notes ("This story has been
// updated …", "UPDATE: Adds …", "This is a developing story.") — a correction, which says what was wrong and what is
// right, is the record and stays in the text — an old story's age and archive notes ("This article is more than 2 years old", "Bạn đang xem
// phiên bản lưu trữ của bài viết.", "Ghi chú của biên tập viên: Bài viết được đăng năm 2023 …"), contributor lines ("X in Seoul contributed to this report.", "With assistance from …"), a
// briefing's start and close times, a series' notes (the part continues, the next part announced, a link to another
// part), a transcript's notices, a newsletter web version's forward and thanks lines, an
// opinion page's letters appeal and follow list. page-notices.ts asks these with its own. Every form is anchored on
// the folded line (lower case, no marks, punctuation as spaces), its repeats bounded.

import { anyPatternOf } from "./line-speed";

// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyStoryNote = anyPatternOf(() => STORY_NOTES);
const NETWORKS = "facebook|instagram|tiktok|whatsapp|x|twitter|threads|youtube|linkedin|telegram|bluesky";
/** The podcast apps a show's page lists its links to, folded. */
const PODCAST_APPS = "apple podcasts|spotify|google podcasts|youtube music|youtube|amazon music|audible|pocket casts|overcast|castbox|soundcloud|iheartradio|iheart|stitcher|deezer|podbean|castro|rss";
const ZONES = "est|edt|et|cst|cdt|ct|pst|pdt|pt|gmt|utc|bst|cet|cest|msk|kst|jst";

const STORY_NOTES: readonly RegExp[] = [
  // (a correction, "Correction: An earlier version of this story misstated …", is no note about the page: it says what
  // was wrong and what is right, part of the record of what the outlet published, and stays in the text)
  // update notes: "This story has been updated with additional information.", "This article was corrected to …",
  // "UPDATE: Adds the Kremlin's response in the last paragraph.", "Updates with …"
  /^this (?:story|article|report|post|piece) (?:has been|was|have been) (?:updated|corrected|amended|revised|clarified)\b.{0,200}$/,
  // the same after a dated label or an editor's: "Update 12/3/26, 9:30 a.m. ET: This article was updated with comment
  // from …", "Editor's note: This article was updated on January 12, 2026, to add …"
  /^(?:update|updated|correction|corrected)(?: \S+){1,8} this (?:story|article|report|post|piece) (?:has been|was) (?:updated|corrected|amended|revised|clarified)\b.{0,200}$/,
  /^(?:editor s|editors|editorial) note this (?:story|article|report|post|piece) (?:has been|was) (?:updated|corrected|amended|revised|clarified)\b.{0,200}$/,
  // an old story's age, over or under its headline: "This article is more than 2 years old", "This story is over a
  // year old.", "This is an archived article and the information in the article may be outdated. …", "You are viewing
  // an archived version of this article", "Editor's note: This article was first published in 2023 …"; in Vietnamese
  // "Bài viết này đã được đăng hơn 2 năm trước", "Bạn đang xem phiên bản lưu trữ của bài viết.", "Ghi chú của biên tập
  // viên: Bài viết được đăng năm 2023 và không cập nhật …", "… được chuyển vào mục Lưu trữ …", "Ghi chú của Ban biên tập:
  // Bài viết đã được cập nhật phản hồi của …" (a note that corrects the
  // story, "Bài viết đã được sửa lại …", is the story's own and stays)
  /^this (?:story|article|report|post|piece|page|content) is (?:more than|over|older than) (?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|days?)(?: old)?\b.{0,160}$/,
  /^(?:this (?:story|article|report|post|piece|page|content) was )?(?:published|posted|written) (?:more than|over) (?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) ago\b.{0,120}$/,
  /^this (?:story|article|report|piece) is from (?:the archives?|our archives?|\d{4}\b)\b.{0,160}$/,
  // a correction appended at the foot, the note's label alone ("Correction appended", "Clarification appended")
  /^(?:correction|clarification|update|editor s note) appended$/,
  /^(?:this is an? )?archived (?:story|article|report|post|page|version)\b.{0,240}$/,
  /^(?:you are|you re) (?:viewing|reading|looking at) an? (?:archived|old|older|legacy) (?:version|copy|story|article|page)\b.{0,120}$/,
  /^(?:(?:editor s|editors|editorial) note )?this (?:story|article|report|post|piece) was (?:originally |first )?published (?:on|in) (?:\S+ ){0,3}\d{4}\b.{0,200}$/,
  /^(?:luu y )?(?:bai viet|bai bao|tin bai) (?:nay )?(?:da )?(?:duoc )?(?:dang|dang tai|xuat ban) (?:cach day |tu )?(?:hon |tren )?(?:\d{1,2}|mot|hai|ba|bon|nam) (?:nam|thang)(?: truoc)?\b.{0,160}$/,
  /^ban dang (?:xem|doc) (?:phien ban|ban|trang|bai viet) (?:luu tru|cu)\b.{0,120}$/,
  /^(?:ghi chu|luu y|chu thich) (?:cua )?(?:(?:bien tap vien|toa soan|ban bien tap|btv) )?bai viet (?:nay )?(?:da )?(?:duoc )?(?:dang|dang tai|xuat ban|cap nhat|chuyen vao (?:muc|chuyen muc) luu tru|luu tru)\b.{0,240}$/,
  /^(?:update(?: \d{1,2})?|updates) (?:adds?|corrects?|recasts?|updates?|to add|adding|with (?:more|additional|new|further|the latest|latest|comments?|reaction|details|quotes?|background|response))\b.{0,200}$/,
  // a developing story's note: "This is a developing story.", "This is a developing story and will be updated."
  // (or "This is a breaking news update. AP's earlier story is below.": the note over a wire's earlier story kept
  // under its first lines)
  /^this is a (?:developing|breaking)(?: news)? (?:story|update)\b.{0,200}$/,
  /^(?:\S+ ){0,2}(?:earlier|original|previous) (?:story|version) (?:is )?(?:below|follows)$/,
  // a wire's write-through note over its story as a terminal prints it: "(ADDS Peskov comment in paragraph 4)", "(Updates
  // with casualty figures in paras 2-3)", "(CORRECTS spelling of name in 5th paragraph)": a verb of the desk, what it
  // changed, and the paragraph it names (a sentence names no paragraph by its number)
  /^(?:adds?|updates?|corrects?|recasts?|changes?|removes?|inserts?|fixes|subs?|rewrites?|moves?)\b.{1,120}\b(?:in|to|after|from|as|at) (?:the )?(?:(?:paragraphs?|paras?|grafs?|pvs) \d{1,2}(?: (?:to|and) \d{1,2}| \d{1,2})?|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|last|top|lead) (?:paragraphs?|paras?|grafs?))$/,
  // a wire's slug line on a terminal's copy: "BC-EU--Russia-NKorea, 1st Ld-Writethru", "BC-AS--Koreas-Russia,
  // Writethru", "BC-US--Russia-Sanctions, 2nd Add" (folded: the slug's words, then the version the desk sent)
  /^bc (?:[a-z]{2,4} ){1,2}(?:[a-z\d]+ ){1,8}(?:(?:\d{1,2}(?:st|nd|rd|th) )?ld writethru|writethru|(?:\d{1,2}(?:st|nd|rd|th) )?(?:add|ld|advisory|sub)|urgent)$/,
  /^this (?:story|article) is developing\b.{0,160}$/,
  // contributor lines: "Min Joo Kim in Seoul and Natalia Abbakumova in Riga, Latvia, contributed to this report.",
  // "CNN's Mike Valerio contributed reporting.", "— With assistance from Soo-Hyang Choi."
  /^(?:\S+ ){1,14}contributed (?:to this (?:report|story|article)|(?:additional )?reporting(?: to this (?:report|story|article))?)(?: from \S+(?: \S+){0,3})?$/,
  /^with (?:additional )?assistance (?:from|by) (?:\S+ ){0,12}\S+$/,
  // a series' notes around a part's text: the part continues ("(Còn nữa)", "(Còn tiếp)", "(Hết kỳ 2)", "(Mời bạn đọc
  // đón đọc tiếp kỳ sau)", "To be continued", "Continued tomorrow"), the next part announced ("Đón đọc kỳ 3: …", "Coming
  // next: …", "Next in this series: …") and a link to another part ("Đọc Kỳ 1: Từ Vladivostok …", "Xem bài 1: …", "Read
  // part one: …"); a part's own heading ("Kỳ 2: …") and a sentence ("Phần sau của báo cáo nêu …", "Next week, the
// ministers …") are neither
  /^(?:con nua|con tiep(?: nua)?|het ky (?:\d{1,2}|[ivx]{1,4}|nay)|to be continued|continued (?:tomorrow|next week|in (?:the next|part (?:two|three|four|five|\d{1,2}))))$/,
  /^(?:moi (?:ban|quy) (?:doc(?: gia)? )?|xin )?(?:don doc|don xem|doc|xem|theo doi) tiep (?:o |vao |trong )?(?:ky|bai|phan|so) (?:sau|toi|tiep theo|ke tiep|\d{1,2})$/,
  /^(?:moi (?:ban|quy) (?:doc(?: gia)? )?|xin )?don (?:doc|xem) (?:ky|bai|phan) (?:sau|toi|tiep theo|ke tiep|cuoi|\d{1,2}|[ivx]{1,4})(?: \S+){0,25}$/,
  /^(?:coming next|coming up next|next in (?:this|the) series) (?:\S+ ){0,24}\S+$/,
  /^(?:doc|xem|doc lai|xem lai|moi doc|read|see|also read) (?:ky|bai|phan|part) (?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|mot|hai|ba|bon|nam|truoc|dau|cuoi|previous|first|last) (?:\S+ ){0,24}\S+$/,
  // a column's standing note over each issue, how often it runs and who makes it: "Chuyên mục Điểm tin quốc tế do sinh
  // viên câu lạc bộ Biên dịch của Khoa thực hiện hằng tuần.", "This column appears every Friday.", "Editor's note: World
  // Digest is a weekly column by students of the department." (a sentence of the text that names a column, "The column
  // ran weekly until 2019", opens otherwise)
  /^chuyen muc (?:\S+ ){1,20}(?:thuc hien|phat hanh|xuat ban|ra mat|len song|dang tai|cap nhat|gioi thieu|phat song|bien soan|tong hop|gui den ban doc)(?: vao)?(?: (?:sang|chieu|toi))?(?: (?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat))?(?: (?:hang|moi|hai lan moi|mot lan moi)) (?:tuan|thang|ngay|quy|ky)\b.{0,80}$/,
  /^this (?:column|feature|series|digest|roundup|round up|newsletter) (?:appears|runs|is published|is updated|is posted|publishes|comes out|is sent)(?: (?:here|online|in print))? (?:every|each|weekly|monthly|daily|fortnightly|twice (?:a|each) (?:week|month)|on (?:mon|tues|wednes|thurs|fri|satur|sun)days)\b.{0,160}$/,
  /^(?:editor s|editors|editorial) note (?:\S+ ){1,10}is an? (?:weekly|monthly|daily|fortnightly|regular|biweekly|bi weekly|twice weekly) (?:column|feature|series|digest|roundup|newsletter)\b.{0,240}$/,
  // a briefing's start and close: "1:34 p.m. EST" alone, "(The briefing was concluded at 2:21 p.m.)"
  new RegExp(`^\\d{1,2} \\d{2} (?:[ap] m|[ap]m)(?: (?:${ZONES}))?$`),
  new RegExp(`^the (?:press )?(?:briefing|press conference|news conference|conference|call|meeting) (?:was |is )?(?:concluded|ended|adjourned|closed) at \\d{1,2}(?: \\d{2})?(?: (?:[ap] m|[ap]m))?(?: (?:${ZONES}))?$`),
  // a transcript's notices and heading: "Accuracy and availability of NPR transcripts may vary. …", "NPR transcripts
  // are created on a rush deadline …", "Video transcript"
  /^accuracy and availability of (?:\S+ ){1,3}transcripts may vary\b.{0,300}$/,
  /^(?:\S+ ){1,3}transcripts are created on a rush deadline\b.{0,300}$/,
  /^(?:video|audio|podcast|episode|full|show|interview) transcript$/,
  // an automatic transcript's notice: "This transcript was generated automatically and may contain errors.",
  // "Transcripts are generated by AI and may contain errors", "Automated transcript: may contain errors"
  /^(?:this |the )?(?:episode s |podcast s )?transcripts? (?:was|were|has been|have been|is|are) (?:generated|produced|created|made) (?:automatically|by (?:an? )?(?:ai|machine|computer|software|speech recognition|automated (?:system|service|tool|software)))\b.{0,160}$/,
  /^(?:this |the )?(?:automatic|automated|machine|ai|auto)(?: generated)? transcripts? (?:may|might|can|could) (?:contain|include|have) (?:errors|mistakes|inaccuracies)\b.{0,120}$/,
  // a podcast's platform row: "Listen on Apple Podcasts | Spotify", "Subscribe on Spotify, YouTube Music or Pocket Casts"
  new RegExp(`^(?:listen|subscribe|follow)(?: (?:and (?:subscribe|follow)))?(?: (?:to )?(?:us|the (?:podcast|show|episode)|this episode))?(?: (?:on|via|at))? (?:${PODCAST_APPS})(?: (?:and |or )?(?:${PODCAST_APPS})){0,8}(?: (?:or )?wherever you (?:get|listen to) (?:your )?podcasts)?$`),
  // an audio page's player and lists: "Listen - 04:12", "Previous episodes", "Read more on the same subject"
  /^(?:listen|watch|play)(?: now)? \d{1,2} \d{2}$/,
  /^(?:previous|past|more|other|all|latest|recent) episodes$/,
  // the programme a radio story was heard on, where a byline would stand: "Heard on Morning Edition"
  /^(?:heard|as heard|seen|as seen) on (?:\S+ ){0,4}\S+$/,
  /^read more on the same (?:subject|topic)$/,
  /^suggested topics$/,
  // a copyright line inside the text: "Copyright © 2026 NPR. All rights reserved. Visit our website terms of use …"
  /^copyright (?:\d{4} )?(?:by )?(?:\S+ ){1,6}all rights reserved visit our (?:website )?terms\b.{0,200}$/,
  // a newsletter's web version: "📬 Did a friend send you this? Sign up here …", "Smart Brevity™ count: 1 min. 276
  // words.", "Thanks to X for orchestrating and editing, and to Y for copy editing."
  /^did a friend (?:send|forward) (?:you )?this\b.{0,160}$/,
  // its own sign-up line: "Subscribe to Russia in Review, delivered to your inbox every Friday."
  /^(?:subscribe to|sign up (?:for|to)|get) (?:\S+ ){1,8}delivered (?:straight |directly |free )?to your inbox\b.{0,60}$/,
  /^smart brevity(?: tm)? count\b.{0,60}$/,
  /^(?:and )?thanks to (?:\S+ ){1,4}for (?:orchestrating|editing|copy editing|copyediting|producing|fact checking)\b.{0,200}$/,
  // an opinion page's letters appeal and follow list: "The Times is committed to publishing a diversity of letters to
  // the editor. …", "Follow the New York Times Opinion section on Facebook, Instagram, TikTok, WhatsApp, X and Threads."
  /^(?:the )?(?:\S+ ){1,4}is committed to publishing a diversity of letters\b.{0,300}$/,
  /^we d (?:like|love) to hear what you think about this\b.{0,200}$/,
  new RegExp(`^follow (?:\\S+ ){1,8}on (?:${NETWORKS})(?: (?:and |or )?(?:${NETWORKS})){1,9}$`),
];

/** Is a line (folded) one of these notes? */
export function isStoryNote(folded: string): boolean {
  if (folded.length > 400) return false;
  return anyStoryNote(folded);
}
