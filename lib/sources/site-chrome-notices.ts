// What the everyday news page prints around a relayed story that page-notices.ts's families did not hold, each in its
// common English and Vietnamese wordings, on the folded line (foldForMatch: lower case, no diacritics, punctuation as
// spaces): a forum's post card and thread links (vBulletin, XenForo, phpBB), a comment count in the words of a portal,
// a reader-funded site's appeals and their buttons, a local paper's "Print Headline" and reprint notice, and the alt
// text of a network's logos and a user button that a select-all copies as lines. Every pattern is anchored, its repeats
// bounded, and page-notices.ts never hands it a line over 240 characters.

/** The families, for page-notices.ts's folded list. */
export function NOTICE_FOLDED_SITE_CHROME(): RegExp[] {
  return [
    // a forum post's card: "Join Date: Mar 2014", "Joined: 12 Mar 2014", "Ngày tham gia: 03/2014", "Posts: 98,766",
    // "Bài viết: 1.234", "Thanks: 7", "Thanked 6,514 Times in 4,302 Posts", "florida80 is offline", "Reputation: 120"
    /^(?:join date|joined|member since|registered|ngay tham gia|tham gia)(?: (?:[a-z]{3,9}|\d{1,4})){1,3}$/,
    /^(?:posts|messages|bai viet|bai gui|thanks|likes|reaction score|reputation|points|cam on|da cam on)(?: \d{1,3}){1,3}$/,
    /^thanked (?:\d{1,3} ){1,3}times? in (?:\d{1,3} ){1,3}posts?$|^(?:da )?duoc cam on (?:\d{1,3} ){1,3}lan trong (?:\d{1,3} ){1,3}bai(?: viet)?$/,
    /^\S{1,40} is (?:offline|online)$|^\S{1,40} (?:dang )?(?:ngoai tuyen|truc tuyen)$/,
    // the thanks under the post and the thread's links: "The following user thanked florida80 for this post:", "The
    // following 3 users say thank you to X for this useful post", "Reply With Quote", "« Previous Thread | Next Thread »",
    // "All times are GMT. The time now is 09:15.", "All times are GMT +7. The time now is 09:15 AM."
    /^the following (?:\d{1,5} )?(?:users?|members?) (?:thanked|say thank you to|liked?|likes) \S{1,40} for this (?:useful )?post$/,
    /^(?:reply with quote|multi quote this message|quick reply|quote|tra loi kem trich dan)$/,
    /^(?:previous thread|next thread|previous thread next thread|chu de truoc|chu de tiep theo|chu de truoc chu de tiep theo)$/,
    /^all times are (?:gmt|utc)(?: \d{1,2}){0,2}(?: hours?)?(?: the time now is \d{1,2} \d{2}(?: am| pm)?)?$/,
    // a portal's comment count: "5 phản hồi", "12 ý kiến", "3 responses", "No responses yet"
    /^(?:\d{1,5}|khong co) (?:phan hoi|y kien|loi binh|responses?)$|^no (?:responses|replies) yet$/,
    // a reader-funded site's appeals and their button: "Readers like you are keeping these stories free for
    // everyone...", "A mix of advertising and supporting contributions helps keep paywalls away from valuable
    // information like this article.", "Excellence in journalism is more important than ever. Support local reporting
    // with a subscription to the X.", "Contribute"
    /^readers like you (?:are )?(?:keeping|keep|help(?:ing)? (?:to )?keep|make it possible to keep)\b.{0,120}$/,
    /^(?:\S+ ){0,8}help(?:s|ing)? (?:to )?keep (?:the )?paywalls? (?:away|down|off)\b.{0,120}$/,
    /^(?:\S+ ){0,4}journalism is (?:more important|more vital|more needed|needed more) (?:now )?than ever\b.{0,40}\b(?:support|subscribe|subscription|donate|donation|contribute|become a member)\b.{0,120}$/,
    /^support (?:local|independent|quality|trusted|our) (?:journalism|reporting|news)(?: (?:with|by|through) (?:a |your )?(?:subscription|donation|gift|contribution)\b.{0,80})?$/,
    /^(?:contribute|contribute now|contribute today|make a contribution)$/,
    // a local paper's print headline under its web story and its reprint notice: "Print Headline: Spy agency: North
    // sends arms", "This document may not be reprinted without the express written permission of X."
    /^print headline \S.{0,160}$/,
    /^this (?:document|article|story|material|content) may not be (?:reprinted|reproduced|republished|redistributed)\b.{0,40}\b(?:written )?permission\b.{0,80}$/,
    // the alt text of a network's logos and of a user button, copied as lines: "Logo B Universe", "Logo BeritaSatu
    // Logo BTV Logo Investor Daily Logo Jakarta Globe", "User Button", "User Icon"
    /^logo(?: \S+){1,4}(?: logo(?: \S+){1,4}){0,8}$/,
    /^(?:user|account|profile) (?:button|icon|avatar|menu)$/,
  ];
}
