// Notices a page prints around an article, in forms no article sentence takes: paywall and sign-up prompts, app
// promotions, service questions ("Is this page useful?"), licence and contact lines, a wire's "first published" tag,
// a print edition's note, category lists, closed comments and comment rules, a magazine's audio button, a map's or
// picture's pointer ("Click here to see …"). layout-model.ts's furniture test asks these besides its own lexicon.
// Every pattern is anchored, its repeats bounded, and lines are short (see pathological.ts).
import { isFactCheckNotice } from "./fact-check-notices";
import { anyPatternOf, memoByLine } from "./line-speed";
import { foldForMatch } from "./normalize";
import { isOpinionNotice } from "./opinion-notices";
import { isPlayerNotice } from "./player-notices";
import { isPromoLine } from "./promo-lines";
import { NOTICE_FOLDED_SITE_CHROME } from "./site-chrome-notices";
import { isStoryNote } from "./story-notes";
import { isTradeFurniture } from "./trade-notices";
// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyPromptNote = anyPatternOf(() => PROMPT_NOTES);
const anyNoticeRaw = anyPatternOf(() => NOTICE_RAW);
const anyNoticeFolded = anyPatternOf(() => NOTICE_FOLDED);

/** Forms on the folded line (foldForMatch: lower case, no diacritics, punctuation as spaces). */
export const NOTICE_FOLDED: readonly RegExp[] = [
  // a picture's, map's or chart's controls, copied as lines of their own: "Click to enlarge", "Click image to enlarge",
  // "Tap to zoom", "Nhấn vào ảnh để phóng to", "Bấm để xem ảnh lớn", "Open full screen map", "View in full screen",
  // "Zoom in", "Zoom out", "Reset map"
  /^(?:click|tap|nhan|bam|cham)(?: (?:on|vao|here))?(?: (?:the|this))?(?: (?:image|photo|picture|map|chart|graphic|infographic|anh|hinh|hinh anh|ban do|do hoa))?(?: (?:to|de))? (?:enlarge|zoom|expand|view larger|see larger|phong to|xem anh lon|xem kich thuoc day du|xem ro hon)(?: (?:image|photo|picture|anh|hinh))?$/,
  /^(?:open|view|see|xem)(?: (?:the|this))?(?: (?:map|chart|graphic|image|gallery|ban do|do hoa|anh))? (?:in )?(?:full ?screen|toan man hinh)(?: (?:map|chart|graphic|image|gallery|version|mode))?$/,
  /^(?:zoom in|zoom out|reset (?:map|zoom|view)|thu nho ban do|phong to ban do)$/,
  // a gallery's buttons: "Previous image", "Next photo", "Ảnh trước", "Ảnh tiếp theo", "Xem ảnh tiếp", "Full screen",
  // "View larger image", "Download image", "Back to gallery", "Play slideshow", "See all 12 photos", "Xem tất cả 12
  // ảnh", "12 photos", "Xem ảnh gốc"
  /^(?:previous|prev|next) (?:image|photo|picture|slide|item)$/,
  /^(?:anh|hinh) (?:truoc|sau|tiep|tiep theo|ke tiep)$/,
  /^xem (?:anh|hinh) (?:tiep|tiep theo|truoc|lon|goc|day du|ro hon|kich thuoc day du)$/,
  /^(?:full ?screen|expand(?: (?:image|photo|picture))?|enlarge (?:this |the )?(?:image|photo|picture)|view (?:a )?(?:larger|full|full size|original|high resolution) (?:image|photo|picture|version)|download (?:this |the )?(?:image|photo|picture|high resolution image))$/,
  /^(?:(?:view|open|see) (?:the |this )?|back to (?:the )?|return to (?:the )?)(?:gallery|slideshow|album|photo gallery)$/,
  /^(?:play|start|pause|stop) (?:the )?slideshow$/,
  /^(?:(?:see|view) all \d{1,3}|xem (?:tat ca|toan bo|ca) \d{1,3}|\d{1,3}) (?:photos|images|pictures|anh|hinh anh|buc anh)$/,
  // the heading over a map's or chart's text version: "Text version of this map", "Accessible version of the chart",
  // "Phiên bản văn bản của bản đồ"
  /^(?:text|accessible|plain text|text only|screen reader) version(?: of (?:this|the) (?:map|chart|graphic|infographic|visuali[sz]ation|graph|data))?$/,
  /^phien ban (?:van ban|chu) cua (?:ban do|bieu do|do hoa)(?: nay)?$/,
  // a graphic publisher's pointer to its app: "See this visualization first on the Voronoi app."
  /^see this (?:visuali[sz]ation|chart|graphic|map|infographic) first on (?:the )?(?:\S+ ){1,2}app$/,
  // a research body's or charity's registration line in the footer: "X is a registered charity in England and Wales",
  // "X is a company limited by guarantee registered in England and Wales"
  // (where it is registered, or its number, after it: "Save the Children is a registered charity that …" is a sentence)
  /^(?:\S+ ){1,8}is a (?:registered charity|company limited by guarantee|charitable incorporated organisation)(?: registered)?(?: (?:in|under the laws of) (?:england|scotland|wales|northern ireland|the uk|the united kingdom|ireland)\b| no \d| number \d| \d{5,})\D{0,80}(?:\d{1,9}\D{0,20})?$/,
  // a wire's copyright notice under its story, longer than a footer's: "Copyright © 2026 The Associated Press. All
  // rights reserved. This material may not be published, broadcast, written or redistributed."
  /^copyright (?:\d{4} )?(?:the )?(?:associated press|reuters|agence france presse|afp|the canadian press|canadian press|bloomberg) all rights reserved this material may not be\b.{0,120}$/,
  // another wire's own terms under its copy: "Copyright 2026 United Press International, Inc. (UPI). Any reproduction,
  // republication, redistribution and/or modification of any UPI content is expressly prohibited …"; a wire's short
  // rights line, its one-word name before the year ("EFE © 2026 All rights reserved", "Yonhap 2026 All rights reserved")
  /^copyright (?:\d{4} )?(?:(?:by|the) )?(?:\S+ ){1,8}any (?:reproduction|republication|redistribution|modification|use)\b.{0,200}\b(?:prohibited|permission|consent)\b.{0,60}$/,
  // (one word, the wire's: a site's footer, "Philstar Global Corp. © 2026. All rights reserved", stays the footer's)
  /^\S+ \d{4} all rights reserved$/,
  // a syndicate's line under a column it sells: "Distributed by Tribune Content Agency, LLC.", "Distributed by King
  // Features Syndicate", "Syndicated by Andrews McMeel Syndication" (its name ends in what it is)
  /^(?:distributed|syndicated) by (?:the )?(?:\S+ ){0,5}(?:agency|syndicate|syndication|features|services|service)(?: (?:llc|inc|ltd|co))?$/,
  // walls and sign-ups: "Subscribe to unlock this article and enjoy …", "Get breaking news and daily headlines
  // delivered to your email inbox by signing up here."
  /^subscribe (?:now )?to (?:unlock|continue reading|keep reading|read) (?:this|the full|the) (?:article|story|post)\b.{0,120}$/,
  /^get (?:breaking news|the latest news|daily headlines|our top stories)\b.{0,60}\b(?:inbox|e ?mail)\b.{0,40}$/,
  // (a newsletter box's pitch of any day's or desk's stories: "Get the day's top stories from around the world in your
  // inbox every morning.", "Get our best business stories in your inbox", "Nhận tin nổi bật mỗi sáng qua hộp thư")
  /^get (?:\S+ ){0,6}(?:stories|news|headlines|updates|briefing|reads)\b.{0,60}\b(?:in|to|into) your (?:e ?mail )?inbox\b.{0,40}$/,
  /^nhan (?:\S+ ){0,6}(?:tin|ban tin|bai viet)\b.{0,60}\b(?:qua|trong|ve) hop thu\b.{0,40}$/,
  // a paywall's offer inside the text: "Limited-time offer: Unlimited digital access for $1 for 6 months.", "Special
  // offer: unlimited access from 99p a week", "Ưu đãi: đọc không giới hạn chỉ 2.000 đồng một ngày"
  /^(?:limited time|special|subscriber|introductory|exclusive|flash) (?:offer|sale|deal)\b.{0,40}\b(?:unlimited|digital|full) (?:digital )?access\b.{0,80}$/,
  /^uu dai\b.{0,40}\bdoc (?:bao )?khong gioi han\b.{0,80}$/,
  // app promotions: "… sent directly to you: Download the CTV News App", "Real-time updates and all local stories
  // you want right in the palm of your hand."
  // (and where to get it, or when: "Get the latest news on the go. Download the Edition app from the App Store and
  // Google Play.", "Get all the latest news on your mobile. Download the daily-sun app now.")
  /^(?:.{0,80}\s)?download (?:the|our) (?:\S+ ){0,3}app(?: now| today| for free)?(?: (?:from|on|at) (?:the )?(?:app store|google play|play store|apple app store)(?: (?:and|or) (?:the )?(?:app store|google play|play store))?)?$/,
  // a paper's messaging channel, announced with its button: "Telangana Today is now on WhatsApp. Click here to join
  // the channel.", "X is on Telegram. Tap here to follow"
  /^(?:\S+ ){1,5}is (?:now )?(?:on|available on) (?:whatsapp|telegram|google news|viber)(?: channels?)? (?:click|tap) here to (?:join|follow|subscribe)(?: (?:the|our|us)(?: (?:channel|group))?)?$/,
  /\bright in the palm of your hand$/,
  // a wire's tag under its story: "This report by The Canadian Press was first published Dec. 3, 2026."
  /^this (?:report|story|article) by (?:\S+ ){1,5}was (?:first|originally) published\b.{0,40}$/,
  // a print edition's note: "This article appeared in the Asia section of the print edition under the headline …"
  /^this (?:article|story) appeared in (?:the )?(?:\S+ ){0,4}(?:section of the )?print edition\b.{0,100}$/,
  // a magazine's or journal's issue line: "This article appeared in the January 2027 issue of Prospect. Read the
  // issue", "From the December 2026 issue", "Vol. 48 No. 23 · 3 December 2026", "(Tạp chí Giáo dục lý luận số
  // 12/2026)", "Nguồn: Tạp chí Nghiên cứu Châu Âu số 12/2026", "Số 12 (310) - Tháng 12/2026"
  /^(?:(?:this|the) (?:article|story|essay|piece|review|report) (?:appeared|appears|was published|is published) in|from|published in) the (?:\S+ ){0,3}issue(?: of (?:the )?(?:\S+ ){0,5}\S+)?(?: (?:read|see|buy|subscribe to) (?:the|this) (?:full )?issue)?$/,
  /^vol(?:ume)? \d{1,3} (?:no|number|issue) \d{1,3}(?: \d{1,2} \w{3,9} \d{4}| \w{3,9} \d{1,2} \d{4}| \w{3,9} \d{4})?$/,
  /^(?:nguon |theo |bai (?:dang|viet) (?:tren|trong) |dang tren |trich )?tap chi (?:\S+ ){1,10}so \d{1,4}(?: \d{3})?(?: (?:ky \d{1,2} )?(?:thang )?\d{1,2})?(?: \d{4})?$/,
  /^so \d{1,4}(?: \d{1,4})? (?:ky \d{1,2} )?(?:thang|nam) \d{1,2}(?: \d{4})?$/,
  // a report's or journal's download button: "Available Downloads", "Download the Commentary 312kb", "Download the
  // full report (PDF, 2.1 MB)", "Tải bài viết (PDF)", "Tải xuống toàn văn"
  /^(?:available downloads?|(?:download|tai(?: ve| xuong)?)(?: the| this| our)?(?: full)?(?: \S+){0,2} (?:pdf|commentary|report|brief|paper|article|analysis|chapter|issue|bai viet|bai bao|ban pdf|toan van|file pdf)(?: pdf)?(?: \d{1,4}(?: \d{1,3})? ?(?:kb|mb))?)$/,
  // a long read's table of contents over its section list: "Table of Contents", "Mục lục", "Nội dung chính"
  /^(?:table of contents|contents|in this (?:article|report|essay)|muc luc(?: bai viet)?|noi dung chinh)$/,
  // a journal article's dates of receipt and acceptance: "Ngày nhận bài: 10/10/2026; ngày duyệt đăng: 25/11/2026",
  // "Received: 10 October 2026; Revised: …; Accepted: 25 November 2026"
  /^(?:ngay nhan bai|ngay nhan|ngay gui bai|received|submitted|date received) (?:\S+ ){0,2}\d{1,4}\b.{0,160}\b(?:duyet dang|chap nhan dang|phan bien|chinh sua|accepted|revised|published online)\b.{0,60}$/,
  // a letters page's address and rules under a review's piece: "Send Letters To: The Editor, London Review of Books,
  // 28 Little Russell Street, …", "Please include name, address, and a telephone number."
  /^send (?:your )?letters (?:to|for publication to)\b.{0,200}$/,
  /^(?:please )?include (?:your )?(?:full )?name (?:and )?(?:postal )?address (?:and )?(?:a )?(?:daytime )?(?:tele)?phone number\b.{0,60}$/,
  // a magazine's promotion of its issue: "Our new issue, “Empire’s End,” is out now. Subscribe today to get it in print."
  /^(?:our|the) (?:new|latest) (?:print )?issue\b.{0,80}\bis out now\b.{0,120}$/,
  // a think tank's note about its papers: "Commentary is produced by the Center for Strategic and International
  // Studies (CSIS), a private, tax-exempt institution …", "Carnegie does not take institutional positions on public
  // policy issues; the views represented herein are those of the author(s) …"
  /^(?:\S+ ){1,3}(?:is|are) produced by (?:the )?(?:\S+ ){1,12}a private tax exempt (?:institution|organi[sz]ation)\b.{0,300}$/,
  /^(?:the )?(?:\S+ ){1,6}does not take (?:institutional|corporate|organi[sz]ational) positions (?:on (?:public )?policy issues)?\b.{0,300}$/,
  // a court's press summary's note on what it is ("This summary is provided to help in understanding the court's
  // decision. It does not form part of the reasons …") and a print view's stamp ("Printed from court.gov.ua on 14.11.2026")
  /^this (?:press )?summary is (?:provided|intended|issued|published) to (?:help|assist)\b.{0,80}\b(?:decision|judgment|judgement|ruling)\b.{0,200}$/,
  /^printed (?:from|on) (?:[a-z\d-]+ ){1,5}on \d{1,4} \d{1,2} \d{1,4}$/,
  // an audio button: "Listen to this story", "Listen to this article"
  /^listen to (?:this|the) (?:story|article|episode)(?: \d{1,2} min(?:utes?)?)?$/,
  // a government page's service questions and licence: "Is this page useful?", "Report a problem with this page",
  // "All content is available under the Open Government Licence v3.0, except where otherwise stated"
  /^is this (?:page|article) (?:useful|helpful)$/,
  // a logo's link text as a select-all copies it: "The Guardian - Back to homeThe Guardian", "Back to homepage"
  /^(?:\S+ ){0,4}back to (?:the )?home(?: ?page)?\S{0,30}(?: \S+){0,4}$/,
  // a business paper's gift-article pitch: "Subscribe to gift this article. Gift 5 articles to anyone you choose each
  // month when you subscribe.", "Gift 10 articles every month"
  /^(?:subscribe (?:now )?to gift this (?:article|story)|gift \d{1,2} (?:articles|stories) (?:to anyone|every month|each month)|you have \d{1,2} (?:gift )?articles? (?:left )?to gift)\b.{0,140}$/,
  // a subscription link in the masthead: "Print subscriptions", "Digital subscription"
  /^(?:print|digital|newspaper|home delivery) subscriptions?$/,
  // a script's notice where a live page's filter stands: "Please turn on JavaScript to use this feature"
  /^(?:please )?(?:turn on|enable|activate|allow) javascript(?: in your browser)? to (?:use|see|view|access) this (?:feature|content|page|element)$/,
  /^(?:maybe )?(?:yes|no) this page is (?:not )?useful$/,
  /^report a problem with this page$/,
  /^all content is (?:available|licensed|published) under\b.{0,120}$/,
  // comments: "Commenting for this story is now closed.", a site's rules over its comment box ("X hoan nghênh mọi ý
  // kiến đóng góp của bạn đọc. Bình luận cần viết bằng tiếng Việt có dấu.")
  /^(?:commenting|comments) (?:for|on) this (?:story|article|post) (?:is|are|has been|have been) (?:now )?closed$/,
  /^(?:\S+ ){0,4}hoan nghenh (?:moi )?(?:y kien|binh luan|gop y)\b.{0,160}$/,
  /^binh luan (?:can|phai) (?:duoc )?viet bang tieng viet co dau$/,
  // a follow prompt addressed to readers: "Mời quý vị theo dõi tin tức Viễn Đông trên Facebook và YouTube."
  /^moi (?:quy vi|quy doc gia|ban doc|cac ban|ban) (?:theo doi|xem|dang ky)\b.{0,80}\b(?:facebook|youtube|tiktok|zalo|telegram|instagram)\b.{0,40}$/,
  // an invitation to write in under the text: "We welcome your comments at letters@scroll.in.", "We welcome your
  // feedback at editor@…"
  /^we (?:welcome|invite|value) (?:your |readers )?(?:comments|feedback|letters|views|tips)(?: and (?:\S+ ){0,2}\S+)? (?:at|to|on) \S+(?: \S+){0,4}$/,
  // and in English, with what it is for: "Follow Daryo's official Instagram and Twitter pages to keep current on world
  // news.", "Join our Telegram channel to get the latest updates"
  /^(?:follow|join|subscribe to) (?:\S+ ){0,4}(?:facebook|youtube|tiktok|telegram|instagram|twitter|whatsapp|linkedin|threads|google news)\b.{0,60}\b(?:to|for) (?:keep|stay|get|be|receive|read)\b.{0,80}$/,
  // a list of the site's newest posts under the text: "Bài mới", "Bài viết mới", "Recent posts"
  /^(?:bai moi|bai viet moi|bai moi nhat|recent posts|new posts|latest posts)$/,
  // a reader-support appeal and its buttons: "Independent journalism costs money. Support X for the price of a
  // coffee.", "Support us", "Become a Patron", "Donate now"
  /^(?:independent|quality|good|public interest) journalism (?:costs|takes|needs|requires) (?:money|time|resources|your support)\b.{0,160}$/,
  /^(?:support us|support our journalism|become a (?:patron|member|supporter)|donate(?: now| today)?|make a donation)$/,
  // a free site's appeal: "Our journalism is free and independent. Support it today.", "This journalism is free to
  // read, but not free to produce", "Báo chí độc lập cần sự ủng hộ của bạn"
  /^(?:our|this) (?:journalism|reporting) (?:is|will always be|remains) (?:free|independent|free and independent|free to read|open to all|free for everyone)\b.{0,80}\b(?:support|donate|contribute|help us|chip in|make a gift)\b.{0,60}$/,
  /^(?:support (?:it|us|our work|our reporting|independent journalism) (?:today|now)|ung ho (?:chung toi|toa soan|bao) (?:ngay hom nay|ngay))$/,
  /^bao chi doc lap (?:can|rat can) (?:su )?ung ho cua (?:ban|quy doc gia|ban doc)$/,
  // a page's text-size buttons: "Normal text size", "Larger text size", "Very large text size", "Tăng cỡ chữ", "Cỡ chữ"
  /^(?:(?:normal|small|smaller|medium|large|larger|very large|extra large|default|increase|decrease|reset) (?:text|font) size|(?:text|font) size|(?:tang|giam) co chu|co chu(?: (?:nho|vua|lon|mac dinh))?)$/,
  // a syndication offer under the text: "License this article", "Reprint this story", "Republish this content"
  /^(?:license|licence|reprint|republish|syndicate) this (?:article|story|content|piece)$/,
  // a newsletter's reading time: "Today's read: 9 minutes.", "Estimated reading time: 4 minutes", "Thời gian đọc: 5 phút"
  /^(?:today s read|estimated reading time|reading time|time to read|thoi gian doc)(?: about)? \d{1,3} (?:min|mins|minutes?|phut)$/,
  // a forum's reactions under a post: "Reactions: hoanglong_vn, bmt99 and 12 others"
  /^reactions \S.{0,120}\band \d{1,6} others?$/,
  // a consent wall's title and buttons, a menu's button, an app's prompt, an author page's link copied above the
  // masthead or under the byline: "We value your privacy", "Accept All", "Menu", "Open in the app", "More by this Author"
  /^(?:we|we and our partners) (?:value|care about|respect) your privacy$/,
  /^(?:accept|reject|decline|allow)(?: all)?(?: cookies)?$/,
  // (and a dialog's button that dismisses it, a newsletter's or an app's: "No thanks", "Maybe later", "Not now", "Để
  // sau", "Không, cảm ơn")
  /^(?:no thanks|no thank you|maybe later|not now|remind me later|not interested|de sau|khong cam on|luc khac)$/,
  // a newsletter's sponsor line: "Today's issue is brought to you by ShipTrace, vessel tracking for …", "This edition
  // is sponsored by …", "Số báo hôm nay được tài trợ bởi …"
  // (an issue is a problem too: "This issue is …" opens a story's sentence as well, "Today's issue" does not)
  /^(?:(?:today s|this week s) (?:issue|edition|newsletter|email|episode|briefing|post)|this (?:edition|newsletter|email|episode|briefing))(?: of \S+(?: \S+){0,4})? is (?:brought to you|sponsored|presented|supported|made possible|powered) by \S.{0,160}$/,
  /^(?:so bao|ban tin|so) (?:hom nay|nay|tuan nay) (?:duoc )?(?:tai tro|bao tro) boi \S.{0,160}$/,
  // a members' post's wall heading on a Ghost or Substack page: "This post is for subscribers", "This post is for paying
  // subscribers only", "This content is for members only"
  /^this (?:post|article|story|content|issue|episode) is (?:only )?for (?:paying |paid |premium )?(?:subscribers|members)(?: only)?$/,
  // a cookie banner copied as one line with its buttons or its consent: "We use cookies to improve your experience on
  // our site. By continuing you agree to our cookie policy. Accept", "This website uses cookies. Accept all Reject
  // Settings", "By using this site you agree to our use of cookies. OK", "… Find out more" (a sentence about cookies in
  // a story names no button nor consent of the reader's)
  /^(?:we(?: and our partners)? use cookies|(?:this|our) (?:web ?site|site) uses cookies|by (?:using|continuing to (?:use|browse)) (?:this|our) (?:web ?site|site)\b.{0,120}\bcookies)\b.{0,200}\b(?:accept(?: all)?(?: cookies)?|i agree|you agree|agree|ok|got it|allow all|reject all|cookie (?:policy|settings)|settings|manage (?:cookies|preferences)|privacy policy|learn more|find out more(?: here)?|more info(?:rmation)?)$/,
  // and as a Vietnamese site's banner prints it, past 120 characters: "Chúng tôi sử dụng cookie để cải thiện trải nghiệm
  // của bạn. … đồng ý với chính sách cookie của chúng tôi. Chấp nhận Từ chối Đọc thêm" (its policy or its buttons last)
  /^(?:chung toi su dung cookie|(?:trang web|website)(?: nay)? su dung cookie)\b.{0,200}\b(?:chap nhan(?: tat ca)?|tu choi(?: tat ca)?|chinh sach (?:cookie|bao mat|quyen rieng tu)(?: cua chung toi)?|cai dat cookie|doc them|tim hieu them)$/,
  /^(?:menu|main menu|open menu|close menu|toggle menu|tim kiem|search)$/,
  /^open (?:in )?(?:the )?app$/,
  /^more (?:by|from) this (?:author|writer|reporter|journalist)$/,
  // a skip link copied above the masthead: "Bỏ qua nội dung chính", "Chuyển đến nội dung chính", "Chuyển sang nội dung
  // chính", "Đi tới nội dung", "Skip to main content", "Jump to navigation", "Go to footer"
  /^(?:bo qua|chuyen|di|nhay|skip|jump|go)(?: (?:de|va|xuong))? (?:(?:to|den|toi|sang) )?(?:noi dung(?: chinh| bai viet)?|(?:the )?(?:main )?(?:content|navigation|menu|footer|article)|dieu huong|chan trang)$/,
  // an audio player's buttons and voices: "Nghe bài này", "Nghe bài viết", "Nghe đọc bài", "Nghe toàn bài", "Giọng nữ
  // miền Bắc", "Listen to article", "Listen now", "Play audio", "Download audio"
  // (or "Nghe" alone, or with the programme's length: "Nghe - 09:58", "Listen 8:41")
  /^(?:nghe (?:bai (?:nay|viet)|doc(?: bai(?: viet| nay)?)?|toan bai|noi dung(?: bai viet)?|ban tin(?: nay)?|audio)|listen(?: now| to (?:the )?(?:article|audio))?|play (?:audio|article)|download (?:audio|mp3)|giong (?:nu|nam) (?:mien )?(?:bac|trung|nam))$/,
  /^(?:nghe|listen)(?: \d{1,2} \d{2}(?: \d{2})?)?$/,
  // a blog's like buttons: "Like this:", "Like Loading...", "Liked by 12 people", "Be the first to like this."
  /^(?:like this|like loading|liked by \d{1,6} (?:people|persons?|bloggers?)|be the first to like this)$/,
  // a player's autoplay switch: "Tự động phát", "Tự động phát video tiếp theo", "Autoplay", "Autoplay next video"
  /^(?:tu dong phat|tu dong chuyen bai|autoplay|auto play)(?: (?:video )?(?:tiep theo|ke tiep|next(?: video)?))?(?: (?:on|off|bat|tat))?$/,
  // a broadcaster's live buttons copied above its masthead: "Trực tiếp", "Xem trực tiếp", "Nghe trực tiếp", "Watch
  // live", "Live TV"
  /^(?:(?:xem|nghe) )?truc tiep(?: (?:tv|radio|kenh \S+))?$|^(?:watch |listen )?live(?: tv| radio| stream)?$/,
  // a related list's heading naming its site: "Related stories from Miami Herald"
  /^(?:related|more) (?:stories|articles|coverage|news) from \S+(?: \S+){0,3}$/,
  // a comment section's moderation note: "Comments will be edited (grammar, spelling and slang) and authorized at the
  // discretion of …", "Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and
  // obscene language will be deleted.", "Bình luận sẽ được kiểm duyệt trước khi đăng"
  /^comments (?:will|may|might) be (?:edited|moderated|reviewed|removed|checked)\b.{0,120}\b(?:at the discretion of|before (?:they are |being )?(?:published|posted|appearing)|our (?:moderators|editors|team|staff)|grammar|spelling|terms of (?:use|service)|community (?:guidelines|standards)|abusive|obscene|offensive|relevant to the (?:article|story|topic))\b.{0,160}$/,
  /^(?:binh luan|y kien) (?:cua ban (?:doc )?)?(?:se )?(?:duoc|bi|can duoc) (?:kiem duyet|bien tap|xet duyet|duyet)\b.{0,120}$/,
  // a syndicated story's notice in its other wordings: "(Only the headline and picture of this report may have been
  // reworked by the X staff; the rest of the content is auto-generated from a syndicated feed.)", "This story has
  // been published from a wire agency feed without modifications to the text.", "Tin được đăng tự động từ nguồn …"
  /^(?:disclaimer )?(?:only the headline|except for the headline|this (?:story|article|report|copy) (?:has been|was|is) (?:published|auto generated|sourced|taken)|the rest of the content)\b.{0,200}\b(?:syndicated|wire agency|news agency|agency|wire) feed\b.{0,100}$/,
  /^(?:tin|bai|bai viet|noi dung) (?:nay )?(?:duoc )?(?:dang|cap nhat|tong hop|lay) tu dong tu\b.{0,120}$/,
  // a newsletter's sign-up box inside the text, its pitch first or not: "Get the latest news in your inbox. Sign up
  // for the Daily Briefing newsletter.", "Sign up for Atlantic Daily, our free daily newsletter.", "Sign up now for
  // our newsletters"
  /^(?:get (?:\S+ ){1,8}(?:in|to) your inbox )?sign up (?:now |today |here )?(?:for|to) (?:\S+ ){0,6}newsletters?(?: (?:\S+ ){0,12}\S+)?$/,
  // and what the box says around it on a local paper: its pitch ("Get the biggest stories from Hull and East Yorkshire
  // first", "Stay up to date with the news you care about. Subscribe now.") and its form's error ("Something went
  // wrong, please try again later.")
  /^get (?:the|all the|our) (?:biggest|latest|top|best|most important|breaking) (?:news |local )?(?:stories|news|headlines)(?: (?:from|in|for|across|about)(?: \S+){1,6})? first$/,
  /^stay (?:up to date|informed|in the know|on top of the news) (?:with|on|about) (?:\S+ ){1,8}(?:subscribe|sign up|register)(?: now| today| here| for free)?$/,
  /^(?:oops )?(?:something went wrong|an error (?:has )?occurred|there was an error|we couldn t sign you up)(?: please)? try again(?: later)?$/,
  // an app's banner inside the text: "Tải App X để đọc tin nhanh hơn", "Cài đặt ứng dụng X", "Download the app"
  /^(?:tai|cai dat|cai|download|install) (?:ngay )?(?:the )?(?:app|ung dung)\b.{0,100}$/,
  // or the news it brings: "Nhận tin tức quốc tế mới nhất qua ứng dụng RFI", "Get the latest news on the X app"
  /^(?:nhan|doc|cap nhat|theo doi|get|read) (?:(?:the|cac) )?(?:tin|tin tuc|ban tin|news|latest news|thong bao)\b.{0,60}\b(?:(?:qua|tren|trong) (?:ung dung|app)\b.{0,40}|(?:on|in|with) (?:the )?(?:[a-z\d+]+ ){0,3}app)$/,
  // or an app's name and a colon before what it offers, as an aggregator pitches itself under a story: "Get SmartNews:
  // news from the sources you trust, in one free app."
  /^(?:get|download|try) \S+(?: \S+)? (?:the )?news from .{0,60}\b(?:in|on) (?:one|our|a single) (?:free )?app$/,
  // a magazine's label over the story's summary: "Why We Wrote This"
  /^why we wrote this(?: story| article)?$/,
  // an academic news site's disclosure under the text: "Disclosure statement", "X does not work for, consult, own
  // shares in or receive funding from any company …", "X has disclosed no relevant affiliations beyond their academic
  // appointment."
  /^disclosure(?: statement)?$/,
  /^(?:\S+ ){1,6}(?:does|do) not work for consult own shares in or receive funding from\b.{0,200}$/,
  /^(?:\S+ ){1,6}(?:has|have) disclosed no relevant affiliations beyond (?:their|his|her|the) academic appointments?$/,
  // a "was this useful" widget and its buttons: "Bạn thấy bài viết này thế nào?", "Hữu ích", "Không hữu ích", "Was this
  // article helpful?"
  /^ban thay (?:bai viet|bai bao|tin|noi dung) (?:nay )?(?:the nao|co huu ich khong)$/,
  /^(?:khong )?huu ich$/,
  /^(?:was|did you find) this (?:article|story|page|post) (?:useful|helpful)$/,
  // a link back to the front page: "Go to Homepage", "Back to home page", "Quay về trang chủ"
  /^(?:go|back|return) to (?:the )?home ?page$|^(?:quay ve|tro ve|quay lai|ve lai) trang chu$/,
  // a reader-funded site's appeal and its buttons: "At HuffPost, we believe that everyone needs high-quality
  // journalism …", "Here at Vox, we believe in helping everyone understand our complicated world.", "You've read 1
  // article in the last month", "Yes, I'll give $5/month"
  /^(?:at|here at) (?:\S+ ){1,3}we believe (?:that )?(?:everyone|every reader|all readers|in helping|in (?:free|independent|accessible|quality)|(?:free |independent |quality )?journalism|news|information)\b.{0,220}$/,
  /^you (?:ve|have) read \d{1,3} (?:free )?(?:articles?|stories|story) (?:in the (?:last|past)|this) (?:month|week|year|\d{1,2} days)\b.{0,60}$/,
  /^yes i ll (?:give|donate|contribute|chip in) \d{1,5}(?: \d{2})? (?:a |per )?(?:month|year|monthly|annually|once)$/,
  // a newsletter box's line that says what the newsletter is, under its sign-up ("Sign up for The Salvo" / "Our weekly
  // foreign affairs newsletter.", "The daily briefing from our Seoul bureau", "Bản tin hằng tuần của chúng tôi")
  /^(?:our|the|a) (?:free )?(?:daily|weekly|monthly|fortnightly|twice weekly|morning|evening|weekend)(?: \S+){0,5} (?:newsletter|briefing|digest|email|bulletin)(?: (?:from|by|of) (?:\S+ ){0,4}\S+)?$/,
  /^ban tin (?:hang|moi) (?:ngay|tuan|thang)(?: \S+){0,3} cua chung toi$/,
  // a membership site's call under a free post ("This post is free. If you value it, become a paying member of X.",
  // "This issue is free to read — upgrade to support my work"; "Bài viết này miễn phí. Hãy trở thành hội viên …")
  /^this (?:post|article|story|issue|essay|piece|newsletter|edition) is (?:free|free to read|free for (?:everyone|all))\b.{0,60}\b(?:become a (?:paying |paid )?(?:member|subscriber|supporter)|subscribe|upgrade|support (?:us|our|my|the))\b.{0,160}$/,
  /^bai viet nay (?:duoc )?mien phi\b.{0,60}\b(?:tro thanh (?:hoi vien|thanh vien)|dang ky|ung ho)\b.{0,160}$/,
  ...NOTICE_FOLDED_MORE(),
  ...NOTICE_FOLDED_INSTITUTIONS(),
  ...NOTICE_FOLDED_PHONE(),
  ...NOTICE_FOLDED_PAGE_TYPES(),
  ...NOTICE_FOLDED_LONGTAIL(),
  ...NOTICE_FOLDED_ARTICLE_TOOLS(),
  ...NOTICE_FOLDED_CARRIERS(),
  ...NOTICE_FOLDED_FOREIGN_PAGES(),
  ...NOTICE_FOLDED_SITE_CHROME(),
  ...NOTICE_FOLDED_READING_APPS(),
];

/** Forms on the line as printed (case and punctuation tell them). */
export const NOTICE_RAW: readonly RegExp[] = [
  // a social post's reactions as a phone copies them: the reactions' emoji and their count ("👍❤️😮 856")
  /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}]{1,12}\s?\d[\d.,]{0,8}\s?[KkMN]?$/u,
  // a Korean paper's sign-off as a browser translates it: the writer, "phóng viên" or "reporter" after the name, the
  // e-mail ("Kim Ji-hoon phóng viên jihoon@seoul.co.kr", "Lee Seo-yeon reporter syl@kmib.co.kr")
  /^\p{Lu}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’-]{0,20}){0,3} (?:phóng viên|Phóng viên|reporter|Reporter)\s[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u,
  // a channel post's views and time as Telegram prints them under it: "👁 3.9K  edited 15:42", "👁 1 204 14:05", "12.5K
  // views 09:31" (the eye, a "K" or "views" tell the count; "28.10 14:55" is a date and its time)
  /^(?:👁\u{FE0F}?\s?\d[\d.,]{0,6}(?: \d{3})?\s?[KkM]?|\d[\d.,]{0,6}\s?[KkM](?:\sviews)?|\d[\d.,]{0,6}(?: \d{3})?\sviews)\s{1,2}(?:edited\s)?\d{1,2}:\d{2}(?:\s?[AP]M)?$/u,
  // a reader app's or a feed's line under the headline: the source or section and a relative time, no date ("Tạp chí
  // Kiểm sát · 5 giờ", "Thế giới · 1 ngày trước", "Reuters · 3h ago", Feedly's "Tạp chí Kinh tế Việt Nam / 3d"); a line
  // with digits before the dot is a date's
  /^[^·/\n\d]{2,60}\s[·/]\s(?:\d{1,3}\s(?:phút|giờ|ngày|tuần|tháng|năm)(?:\strước)?|hôm qua(?:\slúc\s\d{1,2}:\d{2})?|vừa xong|mới đây|\d{1,3}\s?(?:m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)(?:\sago)?|yesterday(?:\sat\s\d{1,2}:\d{2}(?:\s?[ap]m)?)?|just now)$/iu,
  // a chart's or map's data source under it, labelled as such: "Data source: South Korea's National Intelligence
  // Service, CIR", "Nguồn dữ liệu: Windward"
  /^(?:Data sources?|DATA SOURCES?|Nguồn dữ liệu|Nguồn số liệu|NGUỒN DỮ LIỆU)\s?:\s?\S.{0,160}$/u,
  // a series' banner over its part's headline: "Loạt bài: Hiệp ước Nga - Triều Tiên sau hai năm", "Tuyến bài: …",
  // "Series: …" (its label and colon; "Loạt bài này …" is a sentence)
  /^(?:Loạt bài|LOẠT BÀI|Tuyến bài|TUYẾN BÀI|Chùm bài|CHÙM BÀI|Loạt phóng sự|LOẠT PHÓNG SỰ|Series|SERIES)\s?:\s?\S.{1,120}$/u,
  // a series' next part announced under the text, its label and colon: "Kỳ tới: Thượng đỉnh Moscow …", "(Kỳ sau: …)",
  // "Bài tiếp theo: …", "Next: Part three …" (without the colon a sentence opens so: "Phần sau, chúng tôi …")
  /^\(?(?:Kỳ|KỲ|Bài|BÀI|Phần|PHẦN) (?:tới|sau|tiếp theo|kế tiếp|TỚI|SAU|TIẾP THEO|KẾ TIẾP)\s?:\s?\S.{1,140}$/u,
  /^Next(?: week| time)?\s?:\s?(?:Part|PART) (?:\d{1,2}|[IVX]{1,4}|one|two|three|four|five|One|Two|Three|Four|Five)\b.{0,140}$/u,
  // a pointer to a map or page elsewhere: "Click here to see ISW's interactive map …"
  /^Click here to (?:see|view|read|explore|watch|access|download)\b.{0,200}$/,
  // a media player's clock copied with its buttons: "00:00", "0:00 / 3:25", "00:00 / 02:41:07" (a clock at zero alone,
  // or elapsed over length; a time of day alone is left to the date lines)
  /^(?:0?0:00(?::00)?|\d{1,2}:[0-5]\d(?::[0-5]\d)? ?\/ ?\d{1,2}:[0-5]\d(?::[0-5]\d)?)$/,
  // a category list: "Categories: Argentina, International."
  /^(?:Categories|Category|Filed under|Topics)\s*:\s*\p{Lu}[\p{L}&' -]{0,40}(?:,\s*\p{Lu}[\p{L}&' -]{0,40}){0,10}\.?$/u,
  // the credit of the page's main picture, printed under the text: "Main image credit: MSZ/Flickr"
  /^(?:Main|Featured|Top|Header|Cover|Lead) (?:image|photo|picture)(?: credit)?\s*:\s*\S.{0,80}$/i,
  // and in its other wordings: "Main image courtesy of KCNA/Reuters", "Photo courtesy of the ministry", "Top image by X"
  /^(?:(?:Main|Featured|Top|Header|Cover|Lead) (?:image|photo|picture) (?:courtesy of|by|from|via)|(?:Image|Photo|Picture)s? courtesy of)\s+\S.{0,80}$/i,
  // an Indian wire's desk slug under its story: the wire and the editors' initials ("PTI ACB ZMN", "UNI XC RN")
  /^(?:PTI|UNI|ANI|IANS)(?: [A-Z]{2,4}){1,4}$/,
  // a newsletter's pointer to its site: "Read the full story on mg.co.za", "Continue reading at example.com"
  /^(?:Read|Continue reading|Keep reading) (?:the (?:full|whole) (?:story|article) )?(?:on|at) (?:www\.)?[a-z\d-]{1,40}(?:\.[a-z\d-]{1,40}){1,3}\/?$/i,
  // a press office's contact: "Email newsdesk@fcdo.gov.uk", "Telephone 020 7008 3100"
  /^(?:Email|E-mail|Mail)\s*:?\s*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}$/,
  /^(?:Telephone|Tel\.?|Phone|Fax)\s*:?\s*\+?[\d ()-]{6,24}$/,
  // a player's label with its video's title after a colon: "Related video: North Korea tests new cruise missile (AP)",
  // "Video liên quan: …", or the label alone
  /^(?:Related videos?|RELATED VIDEOS?|Video liên quan|VIDEO LIÊN QUAN|Video cùng chủ đề)(?:\s?:\s?\S.{0,160})?$/u,
  // an appeal's heading naming a site whose name is one word in camel case: "Support HuffPost", "Support ProPublica"
  /^Support \p{Lu}\p{Ll}+\p{Lu}\p{L}{1,20}$/u,
  // a journal article's furniture: the DOI line ("DOI: https://doi.org/10.26459/…", "doi:10.1080/…"), an author's
  // affiliation under its superscript number ("¹ Trường Đại học Khoa học, Đại học Huế", "² Institute of …"), the
  // received and accepted dates ("Nhận bài: 10/05/2025; Chấp nhận đăng: 20/06/2025", "Received: 3 May 2025;
  // Accepted: 1 June 2025") and the licence ("Giấy phép Creative Commons Attribution 4.0", "Licensed under CC BY 4.0")
  /^DOI\s?:\s?(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S{1,120}$/i,
  /^[¹²³⁴⁵⁶⁷⁸⁹]{1,2}\s?(?:Trường|Khoa|Viện|Học viện|Đại học|Trung tâm|Bộ môn|University|Institute|Department|School|Faculty|College|Centre|Center|Academy)\s\S.{0,140}$/u,
  /^(?:Ngày nhận bài|Nhận bài|Ngày nhận|Received|Submitted)\s?:\s?\S[^;]{0,40};\s?(?:Ngày chấp nhận đăng|Chấp nhận đăng|Ngày duyệt đăng|Duyệt đăng|Ngày phản biện|Phản biện|Revised|Accepted)\s?:\s?\S.{0,80}$/iu,
  /^(?:(?:Giấy phép|License|Licence|Licensed under|This (?:work|article) is licensed under)(?: an?| the)? )?(?:Creative Commons (?:Attribution|CC BY)|CC BY)(?:[ -](?:NC|ND|SA|4\.0|3\.0|International|License|Licence|NonCommercial|NoDerivatives|ShareAlike))*\.?$/iu,
  // a writer's address under the text: "Write to Jane Doe at jane.doe@time.com", "Contact the author at …"
  ...NOTICE_RAW_INSTITUTIONS(),
  ...NOTICE_RAW_ARTICLE_TOOLS(),
  ...NOTICE_RAW_CARRIERS(),
  ...NOTICE_RAW_FOREIGN_PAGES(),
  ...NOTICE_RAW_VOICES_AND_REPRINTS(),
  // a long read's credits block at its foot, besides the writer and the pictures: "Thiết kế: Thu Hà", "Đồ họa: Minh
  // Hoàng", "Trình bày: …", "Kỹ thuật: …", "Dựng video: …", "Design: Jane Doe", "Graphics: …", "Development: …" (an illustration's credit is a picture's)
  /^(?:Thiết kế|THIẾT KẾ|Trình bày|TRÌNH BÀY|Đồ họa|Đồ hoạ|ĐỒ HỌA|ĐỒ HOẠ|Kỹ thuật|KỸ THUẬT|Dựng hình|Dựng video|Quay phim|Design|DESIGN|Designer|Graphics|GRAPHICS|Graphic design|Layout|Development|Developer)\s?:\s?\p{Lu}[\p{L}'’.-]*(?:(?:,\s?|\s(?:và\s|and\s|&\s)?)\p{Lu}[\p{L}'’.-]*){0,7}$/u,
  /^(?:Write to|Contact|Email|E-mail|Reach) (?:the (?:author|writer|reporter)|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: and \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?) (?:at|via) [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}\.?$/u,
];

/**
 * Prompts and labels a reader view, a clipper or a select-all keeps from the boxes around a story, each family in its
 * common English and Vietnamese wordings (folded): a save-for-later prompt that asks for an account ("You can save
 * this article by registering for free here. Or sign-in if you have an account.", "Đăng nhập để lưu bài viết"); a
 * comment prompt under the text ("What do you think? Post a comment.", "Leave a comment", "Bạn nghĩ gì? Hãy để lại
 * bình luận"); a newsletter box's links ("Manage Newsletters", "Sign up for our daily newsletter", "Quản lý bản tin",
 * "Đăng ký nhận bản tin"); a byline's label alone ("Author of the article:", "Tác giả bài viết:"); a donation appeal
 * that ends on the readers' support ("… our operations depend on the support of readers like you.", "… nhờ sự ủng hộ
 * của bạn đọc").
 */
const PROMPT_NOTES = [
  /^you can save (?:this|the) (?:article|story) by (?:registering|signing up) for free(?: here)?(?: or (?:sign in|log in) if you (?:have|already have) an account)?$/,
  /^(?:register|sign up|create a free account|log in|sign in) (?:for free )?to save (?:this|the|your) (?:articles?|stories|story)(?: for later)?$/,
  /^(?:dang ky|dang nhap)(?: mien phi)? de luu (?:bai viet|bai bao|tin bai)(?: nay)?$/,
  /^(?:what do you think |have your say |tell us what you think )?(?:post|leave|add|write|share) (?:a comment|your (?:comment|comments|thoughts))$/,
  /^(?:ban nghi gi(?: ve (?:bai viet|van de) nay)?|y kien cua ban) (?:hay )?(?:de lai|gui|viet|chia se) (?:binh luan|y kien)(?: cua ban)?$/,
  /^(?:moi ban|hay|moi ban doc) (?:de lai|gui|viet) (?:binh luan|y kien)(?: cua ban| cua minh)?$/,
  /^(?:manage|manage your) (?:newsletters?|newsletter (?:preferences|subscriptions)|email preferences)$/,
  /^(?:sign up for|subscribe to) (?:our |the )?(?:daily |weekly |free |morning |evening )?(?:email )?newsletters?$/,
  /^(?:quan ly|dang ky nhan|dang ky) (?:ban tin|ban tin email|thu tin)(?: hang ngay| moi ngay| hang tuan)?$/,
  // a named newsletter's prompt with what it brings: "Subscribe to KED Global's newsletter for the latest news on Korean
  // business and markets.", "Đăng ký nhận bản tin của X để cập nhật tin tức mới nhất mỗi sáng."
  /^(?:sign up for|subscribe to) (?:\S+ ){0,5}newsletters? (?:for|to get|to receive) (?:the |our )?(?:latest|daily|top|best|breaking|biggest|weekly|essential)\b.{0,100}$/,
  /^dang ky (?:nhan )?ban tin (?:\S+ ){0,6}de (?:cap nhat|nhan|doc) (?:tin tuc|tin|nhung tin|cac tin)\b.{0,100}$/,
  // a trade paper's named briefing with when it comes: "Sign up for the ACIW Daily Brief: the air combat news that
  // matters, every weekday morning."
  /^(?:sign up for|subscribe to) (?:the |our )?(?:\S+ ){0,4}(?:brief|briefing|newsletter|digest|bulletin|update)\b.{0,100}\b(?:every|each) (?:weekday|day|morning|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| evening)?$/,
  // a reader's pointer to the story on its source, alone on its line: "Read more on The Cascade Examiner"
  // ("Read more on the same subject" heads a list of stories instead)
  /^(?:read more|continue reading|keep reading) (?:on|at) (?!(?:the same|this|these|that|related|similar|other)\b)(?:\S+ ){0,5}\S+$/,
  // an AMP player's fallback: "Video unavailable. Watch KQRT 9 News live"
  /^video (?:is )?(?:unavailable|not available)(?: watch (?:\S+ ){1,5}live)?$/,
  /^(?:author|authors|writer) of (?:the|this) (?:article|story)$/,
  /^tac gia (?:bai viet|bai bao)$/,
  /\b(?:depends?|relies?|rely|is made possible) (?:entirely |only )?(?:on|by) (?:the )?(?:support|generosity|donations?) of (?:readers|people|supporters) like you$/,
  /\b(?:duy tri|ton tai|hoat dong) (?:duoc )?(?:nho|bang) (?:vao )?su (?:ung ho|dong gop) cua (?:ban doc|doc gia|quy vi)$/,
];
/** (remembered by line: the cleaner asks it of every line, and the notice families of the same lines again) */
export const isPromptNote = memoByLine((plain: string): boolean => plain.length <= 250 && anyPromptNote(foldForMatch(plain)));

/**
 * Is a (plain) line page furniture by any notice family: this module's lists and story-notes.ts, promo-lines.ts (offers,
 * buttons, print notes, sign-offs, skip links), trade-notices.ts (share and print buttons, walls' offers, tip lines,
 * topic lists, footer links), fact-check-notices.ts (a fact-check page's rating widget, partner and network notices,
 * capture notes), player-notices.ts (a player's labels, playlists' clips, programmes' air lines), opinion-notices.ts (an
 * opinion page's board note, calls for letters and op-eds, a columnist's e-mail line, print promotions) and the prompts
 * above (save, comment and newsletter prompts, support notes). The one question the cleaner and the layout model ask
 * of a line's words.
 */
export function isNoticeLine(plain: string, folded: () => string = () => foldForMatch(plain)): boolean {
  return isPromoLine(plain) || isPromptNote(plain) || isTradeFurniture(plain) || isPageNotice(plain, folded) || isFactCheckNotice(plain, folded) || isPlayerNotice(plain, folded) || isOpinionNotice(plain, folded);
}

/** Is a (plain) line one of these notices? Lines over 240 characters never are. */
export function isPageNotice(plain: string, folded: () => string): boolean {
  if (plain.length > 240) return false;
  if (anyNoticeRaw(plain)) return true;
  const f = folded();
  if (anyNoticeFolded(f)) return true;
  return isStoryNote(f) || channelAppealAfterPitch(f);
}

/**
 * A messaging channel's appeal after its pitch, on one line (folded): "We've got the edge. Get real-time reports,
 * breaking scoops, and exclusive angles delivered straight to your phone. Don't settle for less. Subscribe to
 * LEADERSHIP NEWSPAPER on WhatsApp Channel." The pitch speaks to the reader ("your phone", "don't miss"): a sentence
 * that reports a follow prompt does not. Asked only of lines that end naming a messaging app's channel.
 */
const CHANNEL_APPEAL_END = /\b(?:whatsapp|telegram|signal|viber)(?: channel| group)?$/;
const CHANNEL_PITCH = /\b(?:your (?:phone|inbox|device|fingertips|mobile)|don t (?:miss|settle)|real time (?:news|reports|updates))\b/;
const CHANNEL_APPEAL = /(?:^|\s)(?:subscribe to|join|follow) (?:\S+ ){0,4}(?:on|via) (?:whatsapp|telegram|signal|viber)(?: channel| group)?$/;
function channelAppealAfterPitch(f: string): boolean {
  if (f.length < 60 || !CHANNEL_APPEAL_END.test(f.slice(-20))) return false;
  return CHANNEL_PITCH.test(f) && CHANNEL_APPEAL.test(f.slice(-120));
}

/**
 * More notices, each family in its common wordings, English and Vietnamese: a newsletter box's consent text, a rights
 * notice of any owner, an opinion page's disclaimer, a feed's note, an appeal for donations, a call for pitches, a share
 * label. Some are long: LONG_NOTICE_LIMIT lets them be read up to 400 characters (isLongPageNotice).
 */
function NOTICE_FOLDED_MORE(): RegExp[] {
  return [
    // a sign-up's consent: "We use your sign-up to provide content in ways you've consented to …", "By signing up, you
    // agree to our Terms of Use and Privacy Policy", "You can unsubscribe at any time.", "This site is protected by
    // reCAPTCHA …", "Bằng cách đăng ký, bạn đồng ý với …", "Bạn có thể hủy đăng ký bất cứ lúc nào"
    /^we use your (?:sign ?up|email(?: address)?|e mail(?: address)?|details|information|data) to (?:provide|send|deliver|personali[sz]e)\b.{0,360}$/,
    /^by (?:signing up|subscribing|registering|clicking (?:sign up|subscribe|submit)|entering your e ?mail(?: address)?)\b.{0,40}\byou (?:agree|consent|acknowledge|accept)\b.{0,300}$/,
    /^you (?:can|may) (?:unsubscribe|opt out) at any time\b.{0,160}$/,
    /^this (?:site|form|page) is protected by recaptcha\b.{0,160}$/,
    /^bang (?:cach|viec) (?:dang ky|nhan ban tin|bam dang ky|nhap email)\b.{0,40}\bban (?:dong y|chap nhan)\b.{0,200}$/,
    /^ban co the huy (?:dang ky|nhan ban tin|nhan tin) (?:vao )?(?:bat cu|bat ky) (?:luc|thoi diem) nao\b.{0,80}$/,
    // a rights notice of any owner, longer than a footer's: "Copyright 2026 by X. All rights reserved. This material may
    // not be published …", "All rights reserved. This material and any other digital content on this platform may not
    // be reproduced … without written permission from X."
    /^copyright (?:\d{4} )?(?:by )?(?:\S+ ){1,6}all rights reserved (?:this|the) (?:material|content|article)\b.{0,40}\bmay not be\b.{0,160}$/,
    /^all rights reserved (?:this|the|no part of this) (?:material|content|article|publication)\b.{0,120}\b(?:may not be|without (?:the )?(?:prior )?(?:written )?permission)\b.{0,200}$/,
    /^(?:ban quyen thuoc ve \S.{0,60} )?(?:nghiem cam|cam) (?:sao chep|phat hanh lai|su dung lai)\b.{0,200}$/,
    // and the reuse rule after the owner, longer than a footer's line: "© Bản quyền thuộc X. Ghi rõ nguồn "X" khi phát
    // hành lại thông tin từ website này."
    /^(?:ban quyen thuoc (?:ve )?\S.{0,80} )?ghi ro nguon\b.{0,100}\bkhi (?:phat hanh lai|trich dan|su dung lai|dang lai)\b.{0,80}$/,
    // an opinion page's disclaimer: "The views expressed in this Commentary are the author's, and do not represent
    // those of X", "The opinions expressed are those of the writer", "Views expressed are personal", "Bài viết thể hiện
    // quan điểm riêng của tác giả"
    /^(?:the )?(?:views|opinions)(?: and opinions)? expressed (?:in this (?:\S+ ){1,3}|here(?:in)? |above )?(?:are|is)(?: solely| entirely)? (?:those of )?(?:the )?(?:authors?|writers?|contributors?|personal)\b.{0,240}$/,
    /^(?:bai viet|noi dung bai viet|bai viet nay|bai) (?:the hien|phan anh|chi the hien|la) (?:quan diem|goc nhin|y kien) (?:rieng )?(?:cua )?(?:tac gia|nguoi viet)\b.{0,200}$/,
    // the same said of the views: "Các quan điểm trong bài là của riêng tác giả", "Quan điểm trong bài viết thuộc về tác
    // giả", "Nội dung bài viết là quan điểm riêng của tác giả"
    /^(?:cac )?(?:quan diem|y kien|noi dung)(?: (?:trong|cua|neu trong) (?:bai|bai viet)(?: nay)?)? (?:la|thuoc ve|chi la)(?: (?:quan diem|y kien))?(?: (?:rieng )?cua)?(?: rieng)? (?:tac gia|nguoi viet)\b.{0,200}$/,
    // a feed's note: "This is an auto published story from PTI feed.", "(Disclaimer: This story is from the syndicated
    // feed. Nothing has been changed except the headline.)"
    // ("(This is an unedited and auto-generated story from Syndicated News feed, X Staff may not have modified or edited
    // the content body)")
    /^(?:this is an? )?(?:auto ?published|auto generated|automatically published|unedited)(?: and (?:auto ?published|auto generated|automatically (?:published|generated)))? (?:story|article|report|copy) from (?:the |a )?(?:\S+ ){1,4}feed\b.{0,240}$/,
    /^disclaimer this (?:story|article|report|copy) (?:is|was|has been) (?:from|published from|taken from) (?:a |the )?(?:syndicated|wire|agency|news agency) feed\b.{0,160}$/,
    // an appeal for donations: "Support our Nation today", "For the price of a cup of coffee a month you can help us …",
    // "Ủng hộ chúng tôi", "Hãy ủng hộ … để duy trì …"
    /^support (?:us|our (?:\S+ ){0,2}(?:journalism|work|newsroom|reporting|nation|site|paper|news)) (?:today|now)$/,
    // a small site's box, its name then why: "Support Norway Today: we are a small independent newsroom. Every
    // contribution helps us keep the news free.", and a plea before the call: "We work for you. Support independent
    // journalism in Ukraine."
    /^support (?:\S+ ){1,4}we (?:are|re) (?:a |an )?(?:small |independent |non profit |nonprofit |reader funded |reader supported |volunteer run )+(?:newsroom|news site|news outlet|outlet|publication|team|media|site)\b.{0,120}$/,
    /^(?:we work for you|we need you|we need your (?:help|support)|help us|join us) support (?:(?:independent|free|quality|local|public|investigative|our) ){1,3}(?:journalism|media|reporting|press)(?: (?:in|from) (?:\S+ ){0,2}\S+)?$/,
    // a translation tool's notice under the text: "This news was translated from Ukrainian using machine translation
    // and edited by the X team.", "This article was translated with the help of AI and checked by an editor.", "The
    // text was machine-translated from Czech."
    /^(?:this|the) (?:news|article|story|text|material|page|report|post|content|piece)(?: item)? (?:was|has been|is|have been) (?:(?:automatically|machine|ai) translated\b.{0,160}|translated\b.{0,80}\b(?:machine translation|machine translated|automatic(?:ally)?|automated|ai|artificial intelligence|deepl|google translate|a translation tool)\b.{0,120})$/,
    // a wire's terms under a partner's copy: "It is strictly prohibited to use the information published by BNS in
    // mass media and on websites without a written consent of UAB BNS."
    /^it is (?:strictly )?(?:prohibited|forbidden|not allowed|not permitted) to (?:use|reproduce|republish|copy|distribute|publish|quote)\b.{0,160}\bwithout (?:the |a |prior )?(?:prior |express )?(?:written )?(?:consent|permission|approval|agreement)\b.{0,80}$/,
    // a broadcaster's pointer to its app: "Listen to Radio Sweden's news in English every weekday in the Sveriges Radio
    // app."
    /^listen to (?:\S+ ){1,10}(?:in|on|via|with) (?:the|our) (?:\S+ ){0,3}app(?: (?:or|and) (?:\S+ ){0,4}\S+)?$/,
    /^for (?:the price of |less than (?:the price of )?)?(?:a|one) (?:cup of )?coffee(?: a (?:month|week))?\b.{0,60}\b(?:help|support|keep|fund|donat)\w*\b.{0,300}$/,
    // (the station or the paper by its name too: "Ủng hộ Radio Saigon Dallas để duy trì tiếng nói của cộng đồng", "Xin
    // quý thính giả ủng hộ Đài để tiếp tục …")
    /^(?:hay |xin (?:quy (?:vi|thinh gia|khan gia|doc gia) )?)?ung ho (?:chung toi|toa soan|bao|dai|(?:\S+ ){1,5}?) ?(?:de|nham) (?:duy tri|phat trien|tiep tuc)\b.{0,200}$/,
    // (a station's box naming itself, then how or why: "Ủng hộ Đài Sóng Mekong: mỗi đóng góp giúp chúng tôi duy trì
    // chương trình.", "Ủng hộ Đài qua e-Transfer: donate@…")
    /^ung ho (?:dai|bao|toa soan|chung toi)(?: \S+){0,4} (?:moi dong gop|moi su ung ho|qua (?:e transfer|paypal|zelle|chuyen khoan|venmo|patreon))\b.{0,160}$/,
    // a campaign's appeal under a story: "Support Ukraine's defenders. Donate through UNITED24.", "Help the
    // reporters who stayed: donate via our fund", "Donate to the appeal at …" (an imperative line, a few words long)
    /^(?:(?:support|help|stand with|back) (?:\S+ ){1,5})?donate (?:now |today )?(?:through|via|to|at|on) (?:\S+ ){0,3}\S+$/,
    // a call for pitches or tips: "Have an idea for a Commentary you'd like to write for us? Send a short pitch to …",
    // "Want to write for us?", "Got a story tip? Email …", "Bạn có thông tin, tư liệu …? Gửi cho chúng tôi qua …"
    /^(?:have an idea for an? (?:\S+ ){0,2}(?:commentary|article|story|piece|op ed|column)|(?:want|would you like|interested in writing) (?:to write )?for us|(?:got|have|do you have) an? (?:news |story )?tip)\b.{0,300}$/,
    /^ban (?:co|dang co) (?:thong tin|tin|tu lieu|cau chuyen|bai viet)\b.{0,80}\b(?:gui|lien he)\b.{0,40}\b(?:chung toi|toa soan|email)\b.{0,120}$/,
    // a citation note under a paper or a comment: "Trích dẫn: Trương Đức Anh, “…”, AMSRC, 26/11/2026.", "Cite this
    // article: Doe, J. (2026). … ", "Suggested citation: …, 2026" (its year in it)
    /^(?:trich dan|cach trich dan|trich dan bai viet|cite this (?:article|page|report|paper|piece|analysis|commentary)|suggested citation|how to cite(?: this (?:article|page|report|paper))?) .{10,300}\b(?:19|20)\d{2}\b.{0,60}$/,
    // a share label: "Kindly Share This Story:", "Please share this article", "Share this post"
    /^(?:kindly |please )?share this (?:story|article|post|page|report)$/,
    // and a share widget's heading, as a broadcaster's page prints it over its buttons ("Social Sharing", "Chia sẻ mạng xã
    // hội"): two words of a name's shape the byline reader would otherwise take for a writer
    /^(?:social sharing|social share|chia se (?:qua )?mang xa hoi)$/,
  ];
}

/**
 * What a phone's copy of a social post, a Zalo Official Account's page or an app's page adds around an article, each
 * family in its common wordings, Vietnamese and English: the post's counts ("23 lượt chia sẻ", "2,4K lượt xem", "12
 * shares"), its comment section's sorter and buttons ("Phù hợp nhất", "Xem bản dịch", "Viết bình luận...", "Most
 * relevant", "See translation"), the account's label and follow prompts ("Official Account", "Quan tâm", "Quan tâm X
 * để nhận tin mới nhất"), a "was this useful" question ("Bài viết có hữu ích với bạn không?"), a broadcaster's pointer
 * to its newscast ("Xem toàn bộ bản tin lúc 7 giờ tối trên kênh 57.3 …", "Watch the full report on …"), and the stock
 * strings of a SPIP site's article page ("Tất cả các phiên bản của bài này", "Trả lời bài này", "Theo dõi hoạt động
 * của trang web RSS 2.0", "All the versions of this article", "Reply to this article").
 */
function NOTICE_FOLDED_PHONE(): RegExp[] {
  return [
    /^\d{1,3}(?: \d{1,3}){0,2} ?(?:k|n|m|tr|trieu|nghin)? (?:luot )?(?:chia se|thich|binh luan|xem|tuong tac|cam xuc|shares?|comments?|likes?|views?|reactions?|reposts?)$/,
    // a channel's subscribe button with its count, as a video page prints it under the title: "Đăng ký kênh · 126 N
    // người đăng ký", "Subscribe 126K subscribers", "126 N người đăng ký"
    // a post's buttons in a row, with or without their icons: "👍 Thích · 💬 Bình luận · ↗ Chia sẻ", "Like · Comment · Share"
    /^(?:thich|binh luan|chia se|luu|like|comment|share|save)(?: (?:thich|binh luan|chia se|luu|like|comment|share|save)){1,5}$/,
    // a station's or a paper's contact line with its number, and what follows it on the line: "Liên lạc đài: (03) 9312
    // 4567 · Giấy phép phát thanh cộng đồng số …", "Liên hệ tòa soạn: 024 3942 0000"
    /^(?:lien lac|lien he)(?: (?:dai|toa soan|quang cao|ban bien tap|voi chung toi|chung toi))? \d{1,5}(?: \d{2,5}){1,4}(?: .{0,120})?$/,
    /^(?=.)(?:(?:dang ky|da dang ky|subscribe|subscribed)(?: kenh)?(?= |$))?(?: ?\d{1,3}(?: \d{1,3}){0,2} ?(?:k|n|m|tr|trieu|nghin)? (?:nguoi dang ky|subscribers))?$/,
    /^(?:phu hop nhat|tat ca binh luan|binh luan (?:hang dau|moi nhat)|most relevant|all comments|top comments|newest(?: first)?|xem ban dich|an ban dich|see translation|hide translation|xem them binh luan|xem (?:tat ca )?\d{1,5} binh luan(?: khac| truoc)?|view (?:all )?(?:\d{1,5} )?(?:more |previous )?(?:comments|replies)|write a comment|viet binh luan|phan hoi|reply|fan cung|top fan|an bot|see less|da chinh sua|edited)$/,
    /^(?:zalo )?official account$|^(?:quan tam|bo quan tam|da quan tam)$/,
    /^(?:quan tam|theo doi|follow) (?:\S+ ){1,8}de (?:nhan|cap nhat|doc|xem|khong bo lo) (?:\S+ ){0,8}\S+$/,
    /^(?:bai viet|bai bao|tin|thong tin|noi dung)(?: nay)? co huu ich (?:voi|cho|doi voi) ban(?: doc)?(?: khong)?$|^ban co thay (?:bai viet|bai bao|thong tin|noi dung|tin)(?: nay)? huu ich(?: khong)?$|^(?:is|was) this (?:information|content) (?:useful|helpful)(?: to you)?$/,
    /^(?:moi quy vi |moi ban |quy vi )?(?:xem|theo doi|don xem) (?:toan bo |day du |tron ven |tiep )?(?:ban tin|chuong trinh|video|clip|phong su|tin tuc)\b.{0,80}\b(?:tren|qua|tai) (?:kenh|youtube|facebook|fanpage|website|trang|song|tiktok|ung dung)\b.{0,60}$/,
    /^watch (?:the )?(?:full|entire|whole) (?:report|broadcast|newscast|video|segment|episode|story)\b.{0,80}\b(?:on|at) (?:channel|youtube|facebook|our|\S+ tv)\b.{0,60}$/,
    /^tat ca cac phien ban cua bai (?:nay|viet nay)\b.{0,60}$|^all (?:the )?versions of this article\b.{0,60}$/,
    /^(?:tra loi|phan hoi|binh luan) bai (?:nay|viet nay)$|^reply to this (?:article|post)$/,
    /^theo doi hoat dong cua (?:trang web|trang|muc|chuyen muc|site)\b.{0,30}$|^follow up (?:of )?(?:the )?site s activity\b.{0,30}$/,
  ];
}

/**
 * What pages that are not a plain story print around their text, each family in its common wordings, English and
 * Vietnamese: a live page's labels and buttons ("Live updates", "Pinned", "Load more", "Latest / Oldest", "Ghim", "Tải
 * thêm cập nhật", "Mới nhất"), a transcript's and an audio segment's buttons ("Read the Full Transcript", "Listen to
 * this Segment", "Xem toàn văn"), a video page's player labels ("Video đang xem", "Now playing", "Up next"), an
 * e-mail-us line ("Get in touch with our news team by emailing …", "For more stories like this, check …"), a call to
 * discuss ("X mời bạn đọc tiếp tục thảo luận …", "Join the conversation"), an opinion column's disclaimer in the
 * wordings the older form misses ("Bài viết thể hiện văn phong và quan điểm riêng của tác giả", "This article contains
 * the opinions of the author and does not necessarily reflect …"), a member appeal ("X is independent. Become a member
 * to support our work."), an advertisement's "Story continues below advertisement" and a sponsor's "Support provided
 * by". Lines are folded (foldForMatch): no case, no diacritics, punctuation as spaces.
 */
function NOTICE_FOLDED_PAGE_TYPES(): RegExp[] {
  return [
    // a live or breaking page's flag alone on its line, over the headline or the text: "BREAKING", "Breaking news",
    // "Just in", "Tin nóng", "Tin khẩn", "Tường thuật trực tiếp"
    /^(?:breaking(?: news)?|just in|tin nong|tin khan|tuong thuat truc tiep)$/,
    // its pointer to the entries and its notice that it goes on: "Read our North Korea live blog below for the latest
    // updates...", "Follow our Russia-Ukraine live blog below for up-to-the-minute updates", "Tin đang tiếp tục được
    // cập nhật", "Bài viết đang được cập nhật"
    /^(?:read|follow|see|keep up with) (?:our|the|this) (?:\S+ ){0,6}live (?:blog|page|coverage|updates)(?: below)? for (?:the |all the )?(?:latest|up to the minute|more)\b.{0,60}$/,
    /^(?:tin|bai viet|bai|noi dung|dien bien)(?: nay)? (?:dang )?(?:tiep tuc )?(?:duoc )?(?:tiep tuc )?cap nhat$/,
    // a tabloid's tip line: "Do you have a story for The Sun news desk?", "Email us at tips@… or call 0207 782 4104."
    /^do you have a (?:story|news story|tip|news tip)(?: for (?:\S+ ){1,4}(?:news ?desk|team|newsroom|reporters))?$/,
    /^(?:email|e mail|contact|message) us (?:at|on) (?:\S+ ){1,8}or (?:call|phone|ring|whatsapp)(?: us)?(?: on)? \d[\d ]{5,20}$/,
    // a channel's or an agency's line on taking its copy: "Get Latest News Live on Times Now along with Breaking News
    // and Top Headlines from …", "All materials on this site are available for reproduction only with a hyperlink to
    // …", "All content created by the … News Foundation … is available without charge to any legitimate news publisher …"
    /^get (?:the )?latest (?:\S+ ){0,2}news live on (?:\S+ ){1,4}along with\b.{0,120}$/,
    /^all (?:materials|content|articles|stories) (?:on|of|from) (?:this|our|the) (?:site|website|portal|page)(?: \S+){0,4} (?:are|is) available for (?:reproduction|republication|reprinting|reprint)\b.{0,160}$/,
    /^all (?:materials|content|articles|stories) (?:created|produced|published|written) by (?:\S+ ){1,12}(?:are|is) available (?:without charge|free of charge)\b.{0,260}$/,
    /^(?:live updates?|live coverage|live blog|live reporting|live now|follow (?:along )?live|pinned(?: post| update| entry)?|load (?:more|earlier|older|newer)(?: updates| posts| entries)?|show (?:more|older|newer|latest) (?:updates|posts|entries)|see (?:more|all|latest) updates|\d{1,3} new (?:updates?|posts?)|latest|oldest|newest|dang truc tiep|tuong thuat truc tiep|cap nhat lien tuc|ghim|da ghim|tai them(?: cap nhat| tin| bai)?|xem them cap nhat|moi nhat|cu nhat)$/,
    /^(?:(?:read|see|show|view|hide|open|close) (?:the )?(?:full |complete )?transcript|(?:full |complete )?transcript|listen to (?:this|the) (?:segment|episode|podcast|interview|report|conversation|broadcast)|xem (?:toan van|ban ghi|loi thoai)(?: (?:bai|cuoc) (?:phong van|tra loi phong van))?|(?:ban ghi|loi thoai)(?: (?:video|chuong trinh|am thanh|ban tin))?|video transcript)$/,
    /^(?:video (?:dang xem|dang phat|tiep theo|khac|moi nhat|xem nhieu)|xem them video|dang phat|tu dong phat|now playing|next video|watch next|more videos|autoplay(?: on| off)?)$/,
    /^(?:get in touch with|contact|email|e mail|tell) (?:our|the) (?:news ?team|newsroom|news desk|newsdesk|team|editors?)\b.{0,120}$/,
    /^for more (?:stories|news|articles|updates|videos) like this\b.{0,80}$/,
    /^watch \S.{0,30} for (?:daily|the latest|breaking|more)\b.{0,100}$/,
    /^(?:\S+ ){0,4}(?:xin )?moi (?:quy )?(?:ban doc|doc gia|quy vi|cac ban)(?: cung)? (?:tiep tuc )?(?:thao luan|ban luan|trao doi|chia se y kien|gui y kien|gui binh luan|cho y kien|dong gop y kien)\b.{0,100}$/,
    /^(?:join the (?:conversation|discussion|debate)|share your (?:thoughts|views|opinions?) (?:in the comments|below|with us)|what do you think (?:let us know|tell us|share your))\b.{0,100}$/,
    // a comment section's call and its sign-in line: "Would you like to comment on this article?", "Register (it's quick
    // and free) or sign in now.", "Bạn muốn bình luận về bài viết này?"
    /^(?:would you like|do you want|want|wish) to (?:comment|leave a comment|add a comment|join the (?:conversation|discussion)|have your say)(?: on (?:this|the) (?:article|story|post|report))?$/,
    /^(?:register|sign up|create an account)(?: it s (?:quick|free|quick and free|free and quick))? or (?:sign|log) in(?: now| here| below)?(?: to (?:comment|reply|post a comment|join the (?:conversation|discussion)|have your say))?$/,
    /^(?:ban )?(?:muon|co muon) (?:binh luan|gui binh luan|de lai binh luan|gop y)(?: ve)?(?: bai viet| bai| tin)?(?: nay)?$/,
    // a pointer to the site's other news at the foot: "For more Irish Mirror news, click here.", "For all the latest
    // Scottish news, visit our homepage", "Để đọc thêm tin tức, bấm vào đây"
    /^for (?:more|all the latest|the latest|more of the latest) (?:\S+ ){0,4}(?:news|stories|updates|coverage|headlines|videos)(?: (?:and|from) (?:\S+ ){0,3}(?:news|updates|stories|sport|analysis))? (?:click here|tap here|go to (?:\S+ ){0,3}\S+|visit (?:\S+ ){0,3}\S+|head to (?:\S+ ){0,3}\S+)$/,
    /^(?:de )?(?:doc|xem) them (?:tin(?: tuc)?|bai viet)(?: \S+){0,4} (?:bam|nhan|click|nhap) (?:vao )?(?:day|tai day)$/,
    /^(?:bai viet|noi dung bai viet|bai viet nay|bai|chuyen muc nay) (?:the hien|phan anh|chi the hien|mang) (?:van phong|cach nhin|quan diem ca nhan|goc nhin ca nhan)\b.{0,200}$/,
    /^(?:quan diem|y kien|goc nhin) (?:trong|cua) bai (?:viet )?(?:nay )?(?:la|thuoc ve|chi la) (?:cua )?(?:tac gia|nguoi viet|ca nhan)\b.{0,200}$/,
    /^this (?:article|column|piece|story|post|op ed|commentary|opinion piece) (?:contains|reflects|represents|expresses) (?:the )?(?:personal )?(?:views|opinions)(?: and opinions)? of (?:the|its) (?:authors?|writers?|columnists?|contributors?)\b.{0,200}$/,
    // a series' disclaimer of its pieces: "PacNet commentaries and responses represent the views of the respective
    // authors.", "Lawfare articles reflect the opinions of their individual authors."
    /^(?:\S+ ){1,3}(?:commentaries|articles|essays|posts|papers|publications|analyses)(?: and \S+)? (?:represent|reflect|express) (?:only |solely )?(?:the )?(?:views|opinions|positions) of (?:the |their )?(?:respective |individual )?(?:authors?|writers?|contributors?)\b.{0,200}$/,
    /^(?:\S+ ){1,4}is (?:independent|reader supported|reader funded|nonprofit|non profit|member supported)\b.{0,40}\b(?:become a (?:member|supporter|subscriber|patron)|support (?:us|our work|our journalism)|donate)\b.{0,100}$/,
    /^become a (?:member|supporter|subscriber|patron)(?: of (?:\S+ ){0,3}\S+)? (?:to|and) (?:support|help|fund|keep)\b.{0,120}$/, // "Become a Member of The Local to support independent journalism in Denmark …"
    /^(?:(?:the )?(?:story|article|text|content) continues (?:below|after)(?: (?:this|the))? (?:advertisement|advert|ad|sponsored content)|(?:advertisement|ad) (?:continues|story continues) below|continue reading (?:below|after (?:the )?(?:ad|advertisement))|noi dung (?:tiep theo|con lai) (?:ben duoi|sau quang cao)|bai viet tiep tuc (?:ben duoi|sau quang cao))$/,
    /^(?:(?:additional |major |corporate )?(?:support|funding|underwriting) (?:for (?:\S+ ){1,6})?(?:is |was )?provided by|sponsored by)(?: \S+){0,8}$/,
  ];
}

/** How a long notice opens: read first, so an article's paragraphs (most lines this long) are never folded for one. */
const LONG_NOTICE_START =
  /^[("“]?(?:(?:\S+ ){1,3}(?:is|are) produced by|(?:the )?(?:\S+ ){1,6}does not take (?:institutional|corporate|organi[sz]ational) positions|we use your|by (?:signing up|subscribing|registering|clicking|entering)|you (?:can|may) (?:unsubscribe|opt out)|copyright|all rights reserved|(?:the )?(?:views|opinions)|this is an? (?:auto|unedited)|disclaimer|for (?:the price|less than|a cup|a coffee|one coffee)|have an idea|want to write|got a|do you have|bài viết|bạn (?:có|đang có) (?:thông tin|tin|tư liệu)|hãy ủng hộ|ủng hộ|this (?:publication|document|report|project|study|article|website|content|material) (?:was|has been|is) (?:produced|funded|co-funded|financed|made possible|prepared)|(?:co-)?funded by the european union|thanks for reading|(?:\S+ ){1,6}is a reader-supported publication|(?:\S+ ){1,3}(?:commentaries|articles|essays|posts|papers|publications|analyses)(?: and \S+)? (?:represent|reflect|express)|accuracy and availability of|(?:\S+ ){1,3}transcripts are created|(?:the )?(?:\S+ ){1,4}is committed to publishing|(?:correction|clarification):? an? (?:earlier|previous|prior) version|an? (?:earlier|previous|prior) version of this|this is a (?:developing|breaking))/i;

/** How a carrying site's long notices open: its comment rules, its privacy notes ("We want our comments to be …"). */
const LONG_CARRIER_START = /^we (?:want (?:our|the|these) comments|care about (?:the protection of )?your|respect your privacy)\b/i;

/**
 * A notice longer than the furniture lexicon reads (121 to 400 characters) that opens as one of these families does: a
 * sign-up's consent, a rights notice, a disclaimer, a pitch call.
 */
export function isLongPageNotice(plain: string): boolean {
  if (plain.length <= 120 || plain.length > 400 || !(LONG_NOTICE_START.test(plain) || LONG_CARRIER_START.test(plain))) return false;
  const f = foldForMatch(plain);
  return anyNoticeFolded(f) || isStoryNote(f);
}

/**
 * Notices of newsletters, institutes, parliaments, the UN and government press offices, each family in its common
 * wordings: a Substack post's subscribe and discussion lines, a newsletter box's pitch, a press release's contact
 * heading, a download button, a funder's disclaimer, an error-report prompt, a follow prompt, a record's share button.
 */
function NOTICE_FOLDED_INSTITUTIONS(): RegExp[] {
  return [
    // a Substack post's lines: "Thanks for reading X! Subscribe for free to receive new posts and support my work.",
    // "X is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid
    // subscriber.", "Discussion about this post", "12 Likes", "∙ Paid", "Privacy ∙ Terms ∙ Collection notice",
    // "Substack is the home for great culture", the post's "Restack" button under it in an e-mail
    /^thanks for reading (?:\S+ ){1,6}subscribe (?:for free |now )?to (?:receive|get) new posts\b.{0,120}$/,
    /^(?:\S+ ){1,6}is a reader supported publication to receive new posts\b.{0,160}$/,
    /^discussion about this (?:post|episode|video|thread|podcast)$/,
    /^\d{1,6} (?:likes?|restacks?)$|^restack$|^paid$/,
    /^privacy terms collection notice$|^substack is the home for great (?:culture|writing|thinking)$/,
    // the same in a Vietnamese interface ("Cảm ơn bạn đã đọc X! Đăng ký miễn phí để nhận bài viết mới và ủng hộ công
    // việc của tôi.", "24 lượt thích"), and the box over a newsletter's pitch: "Discover more from X" / "Khám phá thêm từ
    // X", its count of readers ("Over 4,000 subscribers", "Hơn 4.000 người đăng ký")
    /^cam on ban da doc (?:\S+ ){1,6}dang ky (?:mien phi |ngay )?de nhan (?:cac )?(?:bai viet|bai|ban tin) moi\b.{0,120}$/,
    /^\d{1,6} luot (?:thich|chia se lai)$/,
    /^(?:discover more from|kham pha them tu) (?:\S+ ){0,5}\S+$/,
    /^(?:over|more than|hon|tren) \d{1,3}(?: \d{3}){0,3}(?: ?[kmb])? (?:subscribers|nguoi dang ky)$/,
    // a platform's credit under the page: Joomla's "Joomla! is Free Software released under the GNU General Public
    // License." / "Joomla! là phần mềm tự do được phát hành theo giấy phép GNU/GPL."
    /^joomla (?:is free software released under the gnu (?:general public license|gpl)|la phan mem (?:tu do|ma nguon mo) (?:duoc )?phat hanh theo giay phep gnu gpl)$/,
    // a portal's prompt where its comment box would be: Drupal's "Log in to post comments" in Vietnamese, "Đăng nhập
    // để gửi bình luận", "Đăng nhập hoặc đăng ký để gửi bình luận"
    /^dang nhap(?: hoac dang ky)? de (?:gui|viet|dang) (?:binh luan|y kien)$/,
    // a newsletter box's pitch: "Receive daily email updates:", "Get weekly updates", "Be the first to receive updates.",
    // "Be the first to know"
    /^(?:receive|get) (?:our )?(?:daily |weekly |monthly |free |regular )?(?:e ?mail |news )?(?:updates|alerts|briefings?)(?: (?:in|to|straight to) your inbox)?$/,
    /^be the first to (?:know|hear|receive (?:updates|our newsletter|the latest|news)|get (?:the latest|updates|news|alerts))(?: (?:about|when|of|on) (?:\S+ ){0,4}(?:news|updates|stories|offers|events|reports))?$/,
    // UN meetings coverage's label: "For information media. Not an official record."
    /^for (?:the )?information (?:of the )?media (?:not an official (?:record|document))?$/,
    // a record's or a post's share button: "Share this specific contribution", "Share this contribution"
    /^share this (?:specific )?(?:contribution|speech|statement|debate)$/,
    // a press release's contact heading: "For information and interview requests contact", "For more information,
    // please contact", "Media contacts", "Press enquiries", "For media inquiries contact"
    /^(?:for (?:further |more |additional )?information(?: and (?:interview|media|press) requests)?(?: please)?(?: contact)?|(?:media|press) (?:contacts?|enquiries|inquiries)(?: please contact)?|for (?:media|press) (?:enquiries|inquiries|requests)(?: please)?(?: contact)?)$/,
    // a download button: "Download PDF", "Download the full report (PDF)", "Download the fact sheet", "Download report
    // 2.4 MB", a parliament's record's "Download Fragment" (a debate's part) and its "Previous Fragment  Next Fragment"
    /^(?:previous|next) fragment(?: (?:previous|next) fragment)?$/,
    /^download (?:the |this )?(?:full |complete |summary |executive summary )?(?:pdf|report|fact ?sheet|brief|briefing|study|paper|publication|press release|dataset|data|dispatch|document|text|transcript|fragment)(?: (?:as (?:a )?)?pdf)?(?: \d{1,4}(?: \d)? ?(?:kb|mb))?$/,
    // a funder's disclaimer: "This document has been produced with the financial assistance of the European Union. The
    // contents are the sole responsibility of …", "Funded by the European Union. Views and opinions expressed are …"
    /^this (?:publication|document|report|project|study|article|website|content|material) (?:was|has been|is) (?:(?:produced|funded|co funded|financed|made possible|prepared) (?:with|by|thanks to) (?:the )?(?:financial )?(?:assistance|support|funding|contribution) (?:of|from)|(?:funded|co funded|financed|supported) by) the european union\b.{0,300}$/,
    /^(?:co )?funded by the european union views and opinions expressed are\b.{0,300}$/,
    // an error-report prompt: "If you find an error in the text, select it and press Ctrl+Enter", "Found a typo?
    // Highlight it and press Ctrl+Enter", "Nếu phát hiện lỗi, bôi đen và nhấn Ctrl+Enter"
    /^(?:if you (?:find|found|notice|spot|see)|(?:found|spotted|noticed|see) an?) (?:an? )?(?:error|mistake|typo|misprint|inaccuracy)s?\b.{0,80}\bctrl\b.{0,20}$/,
    /^(?:neu )?(?:ban )?(?:phat hien|thay) (?:co )?loi\b.{0,80}\bctrl\b.{0,20}$/,
    // a follow prompt naming the networks: "Join us on Facebook and follow NV on Telegram", "Follow us on X and Telegram"
    /^(?:join|follow|find) (?:us|\S+) on (?:facebook|telegram|twitter|x|instagram|youtube|whatsapp|linkedin|tiktok|threads|bluesky)(?:(?: and| or|,) (?:(?:follow|join|find) )?(?:us |\S+ )?(?:on )?(?:facebook|telegram|twitter|x|instagram|youtube|whatsapp|linkedin|tiktok|threads|bluesky)){0,3}$/,
    // and with what following brings: "Follow SunStar on Facebook, X and Instagram for the latest news.", "Theo dõi
    // chúng tôi trên Facebook và Zalo để cập nhật tin tức"
    /^(?:join|follow|find|like) (?:us|\S+(?: \S+){0,2}) on (?:facebook|telegram|twitter|x|instagram|youtube|whatsapp|linkedin|tiktok|threads|bluesky|google news)(?:(?: and| or)? (?:on )?(?:facebook|telegram|twitter|x|instagram|youtube|whatsapp|linkedin|tiktok|threads|bluesky|google news)){0,5} (?:for|to get|to receive|and get) (?:the )?(?:latest|more|breaking|daily|all the latest|regular)\b(?: \S+){0,5}$/,
    /^(?:hay |moi ban )?theo doi (?:chung toi|\S+(?: \S+){0,2}) tren (?:facebook|zalo|youtube|tiktok|x|twitter|instagram|google news)(?:(?: va| hoac)? (?:facebook|zalo|youtube|tiktok|x|twitter|instagram|google news)){0,5}(?: de (?:cap nhat|nhan|doc|xem) (?:\S+ ){0,6}(?:tin|tin tuc|thong tin|bai viet)(?: \S+){0,4})?$/,
  ];
}

/** More notices on the line as printed: labelled links, contact lines, editors' and rights lines, credits. */
function NOTICE_RAW_INSTITUTIONS(): RegExp[] {
  return [
    // a link to the original or the next story with its label: "Read the original article on The New Voice of
    // Ukraine", "NEXT STORY: Army wants …", "Up next: …"
    /^(?:Read|View|See) the (?:original|full) (?:article|story|version|report) (?:on|at|in) \S.{0,60}[^.]$/,
    /^(?:NEXT STORY|Next [Ss]tory|NEXT ARTICLE|Next [Aa]rticle|UP NEXT|Up [Nn]ext|READ NEXT|Read [Nn]ext)\s?:\s?\S.{2,150}$/,
    // a podcast's or a player's label with the episode's title: "Listen: The X Podcast — …", "Podcast: …"
    /^(?:Listen|LISTEN|Podcast|PODCAST)\s?:\s?["“]?[\p{Lu}][^.!?]{4,150}$/u,
    // a pointer to more: "Click here for more information on …", "Click here for the full list"
    /^Click here for (?:more (?:information|details|info)|(?:the )?(?:full|complete) (?:list|text|report|story|statement)|details)\b.{0,200}$/,
    // a writer's or press office's address with a colon: "Contact the author: howard@twz.com", "Contact: SIPRI media
    // team (media@sipri.org, +46 …)", "Media contact: …"
    /^(?:Contact|Email|E-mail|Write to|Reach) (?:the (?:author|writer|reporter)|me)\s?:\s?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}\.?$/,
    /^(?:Contacts?|Media contacts?|Press contacts?|Media enquiries|Press office|Press)\s?:\s?[^@\n]{0,80}[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}[^@\n]{0,60}$/,
    // a broadcaster's or parliament's watch button: "Watch Parliament TV", "Watch CNN Live", "Watch the video"
    /^Watch (?:[\p{Lu}][\p{L}'’]{1,20}\s){1,3}(?:TV|Live|LIVE)$|^Watch the (?:video|debate|livestream|live stream|recording)$/u,
    // a follow label over the networks' icons: "Follow Daily Record:", "Follow us on:", "Theo dõi chúng tôi:"
    /^(?:Follow|FOLLOW|Theo dõi|THEO DÕI)(?: us| chúng tôi| [\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,3})(?: on| trên)?\s?:$/u,
    // a tag label: "Keywords: North Korea, Kursk Oblast, HUR"
    /^(?:Keywords|Key words|KEYWORDS)\s?:\s?\S.{0,200}$/,
    // a site's web editors under the text: "Web editor: Zhang Kaiwei, Liang Jun", "Online editors: …" (not "Biên tập:
    // X" or "Editor: X", which name the story's editor or writer)
    /^(?:Web|Online|Website|WEB) [Ee]ditors?\s?:\s?[\p{Lu}][\p{L}'’. -]{1,40}(?:,\s?[\p{Lu}][\p{L}'’. -]{1,40}){0,3}$/u,
    // a site's imprint with its street address after the owner's name on one line: "Viện X - Viện Hàn lâm Y. Địa chỉ:
    // 1 Liễu Giai, Ba Đình, Hà Nội.", "Báo X. Tòa soạn: 12 Lê Duẩn, …", "The Amur Times. Address: 12 Lenin Street" (an
    // address alone on its line is read with the footer around it)
    /^[^.!?\n]{3,120}\.\s(?:Địa chỉ|Trụ sở(?: chính)?|Tòa soạn|Toà soạn|Address|Head office|Office)\s?:\s?\d{1,5}[\p{L}\d/-]{0,4}\s[^\n]{2,120}$/u,
    // a theme's links to the neighbouring posts with their arrows, and the heading over them: "← Previous Post", "Next
    // Post →", "« Trước", "Tiếp »", "Post navigation", "Điều hướng bài viết"
    /^(?:[←«‹]\s?(?:Previous|Prev|Older|Newer|Next|Trước|Sau|Tiếp|Bài trước|Bài sau)(?: (?:[Pp]ost|[Aa]rticle|[Ss]tory|[Ee]ntry))?|(?:Next|Newer|Older|Previous|Tiếp|Sau|Trước|Bài tiếp|Bài sau)(?: (?:[Pp]ost|[Aa]rticle|[Ss]tory|[Ee]ntry))?\s?[→»›])$|^(?:Post navigation|Điều hướng bài viết)$/u,
    // and with the neighbour's headline after the label, its arrow before or after: "« Bài trước: Cộng đồng … chợ Tết",
    // "Bài sau: Giá xăng … tuần thứ ba »", "← Previous post: …"
    /^[←«‹]\s?(?:Bài trước|Bài sau|Tin trước|Tin sau|Bài tiếp theo|Previous(?: [Pp]ost| [Aa]rticle| [Ss]tory)?|Next(?: [Pp]ost| [Aa]rticle| [Ss]tory)?)\s?:\s?\S.{2,160}$|^(?:Bài trước|Bài sau|Tin trước|Tin sau|Bài tiếp theo|Previous(?: [Pp]ost| [Aa]rticle| [Ss]tory)?|Next(?: [Pp]ost| [Aa]rticle| [Ss]tory)?)\s?:\s?\S.{2,160}\s?[→»›]$/u,
    // a rights line in brackets: "[Copyright The Jiji Press, Ltd.]", "(© 2026 X)"
    /^[[(](?:Copyright|COPYRIGHT|©|\(c\))\s?[^\])\n]{2,80}[\])]$/,
    // a picture's credit of where it came from: "Photo from the Kremlin's website.", "Images via X"
    /^(?:Photos?|Images?|Pictures?|Cover photo|Top photo|Header image) (?:from|via) (?:the )?[\p{Lu}][^\n]{1,60}$/u,
  ];
}

/**
 * Notices of the Vietnamese long tail (portals, embassies, old sites), each family in its common wordings, Vietnamese
 * and English: a translation's note ("Đây là bản dịch của Đại sứ quán …. Văn bản tiếng Anh là văn bản chính thức.",
 * "Bản dịch không chính thức", "Unofficial translation", "The English text is the official version"), a text-size
 * control with its buttons ("Cỡ chữ: A A A", "Font size: A- A A+"), a link to the whole news list ("Tất cả tin tức",
 * "Xem tất cả tin", "All news", "View all articles"), an app banner's button ("Cài đặt", "Tải về", "Install").
 */
function NOTICE_FOLDED_LONGTAIL(): RegExp[] {
  return [
    /^(?:day la )?ban dich (?:khong chinh thuc|tham khao|khong chinh thuc va chi mang tinh tham khao)(?: (?:cua|do) \S.{0,80})?$/,
    /^(?:day la )?ban dich (?:cua|do) \S.{0,100}\b(?:van ban|ban) (?:tieng \S+|goc)(?: goc)? (?:la|moi la|duoc coi la) (?:van ban |ban )?(?:chinh thuc|goc|co gia tri phap ly)$/,
    /^(?:this is an? )?(?:unofficial|courtesy|informal) translation(?: (?:of|by|from|provided by) \S.{0,80})?$/,
    /^(?:this is an? (?:\S+ ){0,2}translation \S.{0,100} )?the (?:original )?(?:english|vietnamese|russian|korean|french|chinese) (?:language )?(?:text|version|original) (?:is|shall be|remains|will be|prevails as) (?:the )?(?:official|authoritative|binding|legally binding|only official)(?: (?:text|version|one|document))?$/,
    /^(?:co chu|font size|text size|kich thuoc chu|kich co chu)(?: a){1,3}$/,
    /^(?:xem )?tat ca (?:tin tuc|tin|bai viet|cac tin|tin bai)$|^(?:view |see )?all (?:news|articles|stories|posts|news items)$/,
    // an app banner's button alone on its line: "Cài đặt", "Cài ngay", "Tải về", "Mở app", "Install", "Get the app"
    /^(?:cai dat|cai dat ngay|cai ngay|tai ve|tai ngay|tai app|mo app|mo ung dung|dung app|install|install now|get the app|get app|open app|open the app|use app|use the app)$/,
  ];
}

/**
 * What the sites that carry wire copy print around it, each family in its common wordings (folded): an ad slot's
 * label ("Article content", "Story continues"), a loader's ("Loading ...", "Loading comments"), a newsletter form's
 * privacy note ("We care about the protection of your data. Read our Privacy Policy.", "We respect your privacy"),
 * a comment section's rules ("Comments: Our rules", "We want our comments to be a lively and valuable part of our
 * community …", "Comment policy", "Community guidelines") or its outage note ("We're experiencing some issues with our
 * commenting platform. Please check back later."), a portal's note that the story is a third party's ("Disclaimer: The
 * content of this article is syndicated or provided to this website from an external third party provider. …"), a
 * newsletter box's heading and field ("Get the Morning Briefing newsletter", "Enter your email to get the day's top
 * stories every morning.", "Nhập email để nhận bản tin mỗi sáng").
 */
function NOTICE_FOLDED_CARRIERS(): RegExp[] {
  return [
    /^author of the (?:article|story)(?: (?:reuters|associated press|the associated press|ap|afp|agence france presse|bloomberg|bloomberg news|the canadian press|canadian press|postmedia news))?$/,
    /^(?:article content|story continues|loading|loading (?:content|comments|more|video|article|next article)|please wait loading)$/,
    /^(?:we care about (?:the protection of )?your (?:data|privacy)|we respect your privacy|we will never share your (?:email|e mail|details|data))\b.{0,120}$/,
    /^(?:comments?(?: section)? (?:our )?(?:rules|policy|guidelines)|community (?:rules|guidelines|standards)|house rules)$/,
    /^we want (?:our|the|these) comments(?: section)? to be\b.{0,220}$/,
    /^we (?:are|re) (?:currently )?(?:experiencing|having) (?:some |technical )?(?:issues|problems|difficulties|trouble) with (?:our )?comment(?:ing|s)?(?: platform| system| section| tool)?\b.{0,100}$/,
    /^(?:disclaimer )?(?:the )?(?:content|contents|text) of this (?:article|story|report|page|post) (?:is|was|has been|are) (?:syndicated|provided|sourced|supplied|distributed)\b.{0,40}\b(?:third party|external|syndicat\w*|news agency|wire)\b.{0,300}$/,
    /^(?:disclaimer )?this (?:article|story|content|report|post) (?:is|was|has been) (?:syndicated|provided|supplied|distributed|sourced) (?:by|from|through|via) (?:an? |the )?(?:external|third party|syndicat\w*|news agency|wire)(?: \S+){0,3} (?:provider|feed|source|partner|agency|service)\b.{0,200}$/,
    /^(?:get|receive) (?:the |our )?(?:\S+ ){0,4}newsletters?$/,
    /^enter your (?:e ?mail(?: address)?|address) (?:to|and) (?:get|receive|have|sign up)\b.{0,100}$/,
    /^nhap (?:dia chi )?email(?: cua ban)? (?:de )?(?:nhan|dang ky)\b.{0,100}$/,
    // the site's note on what it is, under every story: "Stars and Stripes is an editorially independent news
    // organization authorized by the Department of Defense. Its content is not official.", "X is a nonprofit,
    // nonpartisan newsroom …", "Y là cơ quan ngôn luận độc lập …" — its own sentence or two, never a story's longer paragraph
    /^(?:\S+ ){1,6}(?:is|are) (?:an?|the) (?:(?:editorially |financially )?independent|non ?profit|nonpartisan|not for profit|reader (?:supported|funded)|member (?:supported|funded))(?: (?:and )?(?:independent|non ?profit|nonpartisan|reader supported|digital|investigative|public service|global))*(?: \S+){0,2} (?:news (?:organi[sz]ation|outlet|site|website|publication|service)|newsroom|media (?:outlet|organi[sz]ation|company)|journalism (?:organi[sz]ation|outlet|platform))\b(?: [^ ]+){0,24}$/,
    // and a blog's or a newsletter's line about itself at its foot: "Little Saigon Ledger is a weekly blog about
    // Vietnamese community news in Orange County.", "X is an independent newsletter covering the diaspora."
    /^(?!(?:her|his|its|their|my|your|our|this|that|it|she|he|which|who) )(?:\S+ ){1,5}is an? (?:(?:weekly|daily|monthly|independent|personal|community|free|small|reader supported|non ?profit|english language|vietnamese language|bilingual) ){0,3}(?:blog|news blog|newsletter|substack|podcast) (?:about|on|covering|for|from|by|written|run|that|with|of|dedicated)\b(?: [^ ]+){0,24}$/,
  ];
}

/**
 * A story page's own tools and pointers around the text, each family in its common wordings, Vietnamese and English
 * (folded): a "give a star" button ("Tặng sao", "Tặng sao cho tác giả"); a pointer to the section's other stories ("*
 * Mời bạn đọc vào chuyên mục Quốc tế xem các tin, bài liên quan.", "Mời quý độc giả xem thêm các bài viết cùng chủ
 * đề", "See more stories in our World section"); a bar or line that names the story being read and its section ("Bạn
 * đang xem bài viết … tại chuyên mục Thế giới của VTV.vn", "Bạn đang đọc bài viết …"); a related box's heading in its
 * other words ("Chủ đề liên quan", "Nội dung liên quan", "Bài viết liên quan", "Tin, bài liên quan", "Các tin cùng
 * chuyên mục", "Related topics", "More on this story"); a read-on button in its other words ("Xem tiếp »", "Đọc thêm").
 */
function NOTICE_FOLDED_ARTICLE_TOOLS(): RegExp[] {
  return [
    /^tang sao(?: cho (?:tac gia|bai viet|bai bao|bai|phong vien))?(?: \d{1,6})?$/,
    /^(?:xin )?moi (?:quy )?(?:ban doc|doc gia|quy vi|cac ban|quy ban doc|quy doc gia) (?:vao|truy cap|ghe|theo doi|xem|doc|don doc|tham khao|tim doc)\b.{0,80}\b(?:tin|bai|tin bai|tin tuc|bai viet|video|anh) (?:lien quan|cung chu de|cung chuyen muc|khac|moi nhat|moi)$/,
    /^(?:see|read|find|browse|explore) (?:more|other|all|the latest|related) (?:stories|articles|news|coverage|reports) (?:in|from|on) (?:our|the) (?:\S+ ){1,4}(?:section|page|category|channel)$/,
    /^ban dang (?:xem|doc) (?:bai viet|bai bao|bai|tin bai|tin tuc|tin|noi dung|video) \S.{0,200} (?:tai|trong|thuoc) (?:chuyen muc|muc|chuyen trang|trang) \S.{0,80}$/,
    /^(?:chu de|noi dung|bai viet|tin tuc|tin bai|cac tin|cac bai|cac bai viet|tin va bai|bai va tin) (?:lien quan|cung chu de|cung chuyen muc)$/,
    // ("More on the topic", as a German paper's English edition heads it)
    /^(?:related (?:topics|content|coverage|links|stories|articles|reading)|more on (?:this|the) (?:story|topic|subject))$/,
    // and a topics box's heading over its tags, the words cut before the topic ("Discover more stories on" / "North Korea"
    // / "Sanctions", as the South China Morning Post prints it; "Khám phá thêm bài viết về" / "Triều Tiên")
    /^(?:discover|explore|find|see|read) more (?:stories|articles|news|coverage) (?:on|about)$/,
    /^(?:kham pha|xem|doc) them (?:bai viet|tin|tin tuc|tin bai) ve$/,
    // a blogging platform's action bar under the byline, its clap and response counts and its buttons run together
    // by a copy or not ("2145NgheChia sẻ", "1.2K 45 Listen Share")
    /^[\d ]{0,16}(?:k ?\d{0,6} ?)?(?:nghe|listen) ?(?:chia se|share)$/,
    // a read-on button in its other words, alone on its line ("Xem tiếp »", "Đọc thêm", "Đọc toàn bài", "Read on")
    /^(?:xem tiep|doc them|doc toan bai|xem toan bai|read on|read the full (?:story|article))$/,
  ];
}

/**
 * The same tools on the line as printed: a byline's role line below "Tác giả, …" / "Author, …" as a page written
 * with label and value in two spans copies it ("Vai trò, BBC News Tiếng Việt", "Role, BBC World Service"): the label,
 * a comma, a short value with no sentence in it.
 */
function NOTICE_RAW_ARTICLE_TOOLS(): RegExp[] {
  return [/^(?:Vai trò|Role|Chức vụ|Chức danh),\s[^.!?,\n]{2,80}$/u];
}

/**
 * A player's label with the video's title on one line, as a station's or network's page prints it over or inside the
 * text (raw): "Video Now: Tennessee Guard unit returns home", "Now Playing: …", "Video: Seoul's military says …
 * (Source: 1News)". A title, not a sentence: no full stop at its end.
 */
function NOTICE_RAW_CARRIERS(): RegExp[] {
  return [
    /^(?:Video Now|VIDEO NOW|Now Playing|NOW PLAYING|Now playing)\s?:\s?["“]?[\p{Lu}][^\n]{4,150}[^.\s]$/u,
    // a video's label and title with its source in brackets ("Video: … (Source: 1News)"); a page's own headline
    // opens with "Video:" or "Watch:" too, but never ends with its source
    /^(?:Video|VIDEO)\s?:\s?["“]?[\p{Lu}][^\n()]{4,150}\((?:Source|Video|Credit)\s?:\s?[^()\n]{2,40}\)$/u,
  ];
}

/**
 * Lines that credit no writer and are no text (raw): who reads an audio version or presents the bulletin, a
 * translator's credit, a republisher's note, a site's appeal to be paid for by its readers.
 */
function NOTICE_RAW_VOICES_AND_REPRINTS(): RegExp[] {
  return [
    // who reads an audio version or presents the bulletin, never its writer: "Phát thanh viên: Thạch Sô Phal", "Giọng
    // đọc: Minh Anh", "Người dẫn chương trình: …", "Presenter: …", "Read by Jane Doe"
    /^(?:(?:[Pp]hát thanh viên|PHÁT THANH VIÊN|[Gg]iọng đọc|[Nn]gười đọc|[Nn]gười dẫn chương trình|[Dd]ẫn chương trình|[Pp]resenter|[Aa]nnouncer|[Nn]ewsreader|[Nn]arrator)\s*:|(?:[Rr]ead|[Nn]arrated|[Vv]oiced) by)\s*[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,4}$/u,
    // a translator's credit and a republisher's note: "(English translation by Sayaka Higa)", "Translated by …",
    // "Republished with permission from Yonhap News Agency.", "Reprinted by permission of …"
    /^\(?(?:(?:English|Vietnamese|An?|[Aa]n?) )?(?:[Tt]ranslation|[Tt]ranslated) (?:by|from [\p{L} ]{2,20} by) [\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}\)?\.?$/u,
    /^(?:republished|reprinted|reproduced|reposted) (?:here )?(?:with|by) (?:the )?(?:kind )?permission (?:of|from) \S.{1,60}$/i,
    // a site's appeal to be paid for by its readers: "Riddle is funded by its readers. Support independent analysis …"
    /^[\p{Lu}][\p{L}\d .&'’-]{1,40} is (?:funded|supported|financed) (?:entirely |solely )?by (?:its |our )?readers\b.{0,100}$/u,
  ];
}

/**
 * The furniture of Korean, Chinese, Russian and Ukrainian news pages, as they print it and as a browser translates it
 * into Vietnamese or English (raw lines): a broadcast story's segment labels alone on their lines ("[앵커]", "[Mỏ
 * neo]", "◀ Phóng sự ▶", "[Anchor]"); its camera and editing credits ("Phóng viên quay phim: Kim Dong-hoon / Biên tập
 * video: Lee Su-bin", "Video editing: Park Seo-jun"); a tip box's heading and contact lines ("■ Cách gửi tin báo", "-
 * Điện thoại: 02-781-1234", "▷ Email mbcjebo@mbc.co.kr"); a Chinese page's editor in brackets ("【Biên tập viên: Lưu
 * Ninh】", "(责任编辑：刘宁)", "(Editor: Wang Jing, Li Ming)") and its row of bracketed tools ("【Sửa lỗi】【In】【Đóng】",
 * "【纠错】【打印】【关闭】").
 */
function NOTICE_RAW_FOREIGN_PAGES(): RegExp[] {
  /** A broadcast story's segment label as Korean stations print it, and as a browser translates it (앵커 as a ship's "Mỏ neo"). */
  const SEGMENT_LABEL = "(?:anchor|report|reporter|interview|mỏ neo|người dẫn(?: chương trình)?|phát thanh viên|phóng sự|báo cáo|phóng viên|phỏng vấn|앵커|리포트|기자|인터뷰)";
  /** A production credit's label: Korean broadcasts' camera and editing credits, as printed and as translated. */
  const CREW_LABEL = `(?:${["phóng viên quay phim", "phóng viên ảnh", "quay phim", "biên tập video", "biên tập hình ảnh", "dựng phim", "camera reporter", "camera", "cameraman", "video editing", "video editor", "editing", "graphics"]
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join("|")}|촬영기자|촬영|영상편집|영상취재|그래픽)`;
  // (a Korean or Chinese name has no capitals: two to five of its syllables)
  const CREW_NAME = "(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3}|[\\p{Script=Hangul}\\p{Script=Han}]{2,5})";
  return [
    new RegExp(`^(?:\\[\\s?${SEGMENT_LABEL}\\s?\\]|◀\\s?${SEGMENT_LABEL}\\s?▶)$`, "iu"),
    new RegExp(`^${CREW_LABEL}\\s?[:：]\\s?${CREW_NAME}(?:\\s?[/,]\\s?${CREW_LABEL}\\s?[:：]\\s?${CREW_NAME}){0,3}$`, "u"),
    /^[■□▶▷◆◇●•-]\s?(?:cách gửi tin báo|gửi tin báo|báo tin|how to (?:send|submit) (?:a )?(?:news )?tips?|news tips?|제보하기|제보)$/iu,
    /^[■□▶▷◆◇●•-]\s?(?:điện thoại|đường dây nóng|phone|tel|hotline|전화)\s?[:：]?\s?\+?[\d(][\d\s().,-]{5,40}$/iu,
    /^[■□▶▷◆◇●•-]\s?(?:e-?mail|thư điện tử|이메일|카카오톡|kakaotalk)\s?[:：]?\s?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}$/iu,
    /^[【\[(（]\s?(?:biên tập viên(?: phụ trách)?|người biên tập|biên tập|editors?(?: in charge)?|responsible editor|责任编辑|责编|编辑)\s?[:：]\s?[^【】\[\]()（）:：]{2,60}[】\])）]$/iu,
    /^(?:[【\[]\s?[\p{L}\s]{1,16}\s?[】\]]\s?){2,6}$/u,
  ];
}

/**
 * The same pages' notices in words (folded), as a browser translates them into Vietnamese or English: the error-report
 * hint of Russian and Ukrainian sites ("Nếu bạn nhận thấy lỗi, hãy chọn nó bằng chuột và nhấn Ctrl+Enter"; the English
 * one is the cleaner's STORY_FOOT); a station's call for tips ("MBC News luôn chờ đợi những tin báo quý giá của bạn.",
 * "We await your valuable tips"); a Japanese paper's wall with the characters left ("Bài viết này dành cho hội viên trả
 * phí. Còn lại 612 ký tự.", "This article is for paid members. 612 characters remain."); a Russian site's channel
 * invitation ("Read RBC on Telegram", "Đọc RBC trên Telegram"); a Ukrainian agency's citation rule ("When citing and
 * using any materials on the Internet, … hyperlinks … are mandatory", a wire's "When using FEPA materials, a hyperlink to …
 * is required.", "Khi trích dẫn … siêu liên kết … là bắt buộc").
 */
function NOTICE_FOLDED_FOREIGN_PAGES(): RegExp[] {
  return [
    /^neu ban (?:nhan thay|tim thay|phat hien|thay|gap)\b.{0,40}\bloi\b.{0,100}\bctrl\b.{0,20}$/,
    /^(?:\S+ ){0,4}(?:luon )?(?:cho doi|chao don|mong nhan duoc|don nhan) (?:nhung |moi )?(?:tin bao|thong tin|loi mach|tin) (?:quy gia|quy bau) (?:cua (?:ban|quy vi|ban doc|khan gia))?$/,
    /^(?:\S+ ){0,4}(?:always )?(?:awaits?|welcomes?|looks? forward to|is waiting for) your (?:valuable |precious )?(?:news )?(?:tips|reports|tip offs)$/,
    /^(?:bai viet|bai bao|noi dung) nay (?:chi )?(?:danh cho|la bai viet danh cho|danh rieng cho) (?:hoi vien|thanh vien|nguoi dang ky)\b.{0,40}\bcon (?:lai )?\d{1,5} (?:ky tu|chu)\b.{0,20}$/,
    /^this (?:article|story) is (?:only )?(?:for|available to|reserved for) (?:paid |paying )?(?:members|subscribers)\b.{0,40}\b\d{1,5} characters? (?:left|remain|remaining)\b.{0,20}$/,
    /^(?:read|follow) (?:\S+ ){1,3}on (?:telegram|max|vk|dzen|zen|whatsapp|google news)$/,
    /^(?:doc|theo doi) (?:\S+ ){1,3}tren (?:telegram|max|vk|dzen|zen|whatsapp|google news)$/,
    /^when (?:citing|quoting|using)(?: and (?:using|citing|quoting))? (?:any )?(?:\S+ ){0,2}materials?\b.{0,120}\bhyperlinks?\b.{0,160}\b(?:mandatory|required|obligatory)$/,
    /^khi (?:trich dan|su dung)\b.{0,120}\b(?:sieu lien ket|lien ket)\b.{0,160}\bbat buoc$/,
  ];
}


/**
 * The lines of an app an article was read in, around the article it carries, each family in its common wordings,
 * English and Vietnamese (folded): an aggregator's or a reader's pointer to the original ("View original", "Visit
 * website", "Xem bài gốc", "Xem bài gốc tại <domain>", "Xem bản gốc", "Xem nguồn", "Read the full story at Military Times", "This
 * story was originally featured on Fortune.com"); a reader's buttons ("Mark as read", "Mark as unread", "Send to",
 * "Save web page", "Add tags") and its assistant's prompt ("Ask Leo AI to summarize this article", "Generate a summary
 * with Ghostreader"); an app's upsell ("Instapaper Premium: …", "Upgrade to Feedly Pro+", "Upgrade to Inoreader Pro
 * to unlock …"); an outlet's "share by email" line ("Priya Natarajan shared an article with you from The Hamilton
 * Spectator", "Minh An đã chia sẻ một bài viết với bạn"); a mail program's buttons under the message ("Reply",
 * "Forward", "Trả lời", "Chuyển tiếp"); a reader view's toolbar and a chat app's tabs; a relaying portal's pointer to more ("Click xem thêm: …"); a commentary
 * site's note on its contributors ("X is committed to publishing a range of perspectives …") and its pointer to more of
 * them ("Read more expert-driven … analysis in X").
 */
function NOTICE_FOLDED_READING_APPS(): RegExp[] {
  return [
    /^(?:view|open|see|show) (?:the )?original(?: (?:article|story|page|post|link))?$/,
    /^visit (?:the )?(?:website|site|source)$/,
    // a reader's list the item was saved to, over it ("Saved For Later", "Read Later")
    /^(?:saved for later|save for later|read later)$/,
    /^(?:xem|doc) (?:bai goc|bai viet goc|tin goc|nguon|nguon bai viet)(?: (?:tai|tren) (?:\S+ ){0,5}\S+)?$/,
    // Pocket's button to the original's view, alone ("Đọc bản gốc trên trang …" names the source: a credit)
    /^(?:xem|doc) ban goc$/,
    /^read (?:this|it|the (?:full|whole|complete|original) (?:story|article|report|post)) (?:at|on|from) (?:\S+ ){0,5}\S+$/,
    /^this (?:story|article|post|piece) (?:was )?(?:originally|first) (?:featured|published|appeared) (?:on|in|at) (?:\S+ ){0,4}\S+$/,
    // a Vietnamese newsletter's pointer to the article on its site, its link aside: "Đọc bài trên website", "Đọc tiếp
    // trên sgtt.vn"
    /^(?:doc|xem) (?:bai|bai viet|tin|toan bai|tiep|them|chi tiet)(?: nay)? (?:tren|tai) (?:website|web|trang web|trang|\S+ (?:vn|com|net|org))$/,
    /^(?:mark (?:all )?as (?:read|unread)|send to|save (?:the )?web ?page|add tags?|(?:add|save) to (?:board|collection|folder|library|read later))$/,
    // a reader's stamp of when the article was saved ("Saved · Oct 31, 2025 14:02", "Đã lưu lúc 14:02 31/10/2025"),
    // never the article's date
    /^(?:saved|da luu)(?: (?:at|on|luc|vao|ngay))?(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})?(?: \d{1,4}){2,5}(?: [ap]m)?$/,
    /^ask (?:\S+ ){0,2}(?:ai )?to summari[sz]e (?:this|the) (?:article|story|page|post|document)$/,
    /^generate (?:a )?summary(?: with \S+)?$/,
    /^(?:instapaper|pocket|feedly|inoreader|readwise|matter|omnivore|raindrop(?: io)?|newsblur) (?:premium|pro|plus|pro plus)\b.{0,140}$/,
    // a news app's offer and its channel's list under the article: "Get unlimited access to hundreds of magazines and
    // premium news with Apple News+.", "Try it free"
    /^get (?:unlimited )?access to (?:hundreds of|over \d{1,4}|\d{1,4}\+?) (?:magazines|publications|newspapers)\b.{0,120}$/,
    /^try (?:it|apple news\+?|news\+?) free(?: for (?:\d{1,2}|one|a) (?:days?|weeks?|months?))?$/,
    /^upgrade to (?:\S+ ){0,2}(?:premium|pro|plus|pro plus)\b.{0,120}$/,
    /^(?:\S+ ){1,5}(?:has )?(?:shared|sent you) (?:an|a|this) (?:article|story|link)(?: with you)?(?: (?:from|on) (?:\S+ ){0,5}\S+)?$/,
    /^(?:\S+ ){1,5}da (?:chia se|gui) (?:cho ban )?(?:mot |bai )?(?:bai viet|bai bao|tin|duong dan)(?: (?:voi|cho) ban)?(?: tu (?:\S+ ){0,5}\S+)?$/,
    /^(?:reply|reply all|forward|tra loi|tra loi tat ca|chuyen tiep)$/,
    // a browser's reader view's toolbar ("Read aloud", "Text preferences", "Grammar tools", "Reading preferences",
    // "Exit Immersive Reader", "Đọc to", "Tùy chọn văn bản") and a chat app's tabs over its news tab ("Tin nhắn", "Danh bạ")
    /^(?:read aloud|listen to this page|text preferences|grammar tools|reading preferences|exit (?:immersive reader|reader view|reader mode)|doc to|doc thanh tieng|tuy chon van ban|cong cu ngu phap|tuy chon doc)$/,
    /^(?:tin nhan|danh ba|nhat ky|cuoc goi)$/,
    /^(?:click|bam|nhan) xem (?:them|tiep)\b.{0,200}$/,
    /^(?:\S+ ){1,5}is committed to (?:publishing|presenting|providing|featuring) (?:a (?:wide |diverse |broad )?(?:range|variety|diversity) of )?(?:perspectives|views|voices|opinions|viewpoints)\b.{0,200}$/,
    /^read more (?:\S+ ){0,6}(?:insights?|analysis|perspectives?|commentary|opinion|reporting)(?: \S+){0,6} (?:in|at|on|from) (?:the )?(?:\S+ ){0,3}\S+$/,
  ];
}
