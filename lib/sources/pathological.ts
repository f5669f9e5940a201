// Pathological import inputs of a given size, shared by the linear-time test and the bench: the shapes that once
// made the cleaner quadratic (thousands of blank-line-separated letters, lines that continue a paragraph with an
// open quote, short heading-like runs, markers, captions) and a page of bare <p> elements.

// near misses of the eleventh corpus's forms: notices that run on past their reach ("Subscribe to unlock", "Get
// breaking news", an app, a wire's tag, a print note, "Click here to", a category list, a contact line, comment rules,
// a follow prompt), a caption's capitals credit, a labelled and an e-mailed credit and a kicker cut short, a
// headline's halves and a wrapped tail that never end, a web copy's address and a first-published line run long
const NOTICE_UNITS = [
  `Subscribe to unlock this article ${"ab ".repeat(60)}x\nGet breaking news ${"ab ".repeat(30)}inbo\nAb cd ef download the ab cd ef gh ij app x\nab cd right in the palm of your handx\n\n`,
  `This report by Ab Cd Ef Gh Ij Kl was first publishe\nThis article appeared in the ab cd ef gh ij section of the print editio\nClick here to see ${"ab ".repeat(90)}\n\n`,
  "Categories: Ab, Cd, Ef, Gh, Ij, Kl, Mn, Op, Qr, St, Uv, Wx, Yz, x.\nEmail ab@cd.ef.gh.ij.kl.mn.op.\nTelephone 020 7008 3100 3100 3100 3100 x\ncopyright 2026 ab cd ef gh ij kl mn all rights reserve\n\n",
  "Ab cd ef gh hoan nghênh mọi ý kiến ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz x\nMời quý vị theo dõi ab cd ef gh ij kl mn op qr st uv wx yz trên Facebookx\n\n",
  "Ab cd ef. AB CD EF GH IJ/Ab Cd Ef Gh Ij x\nIllustration: Ab Cd Ef Gh Ij\nAb Cd Ef Gh ab@cd.ef.gh.ij.kl x\nAb | Cd ef gh ij kl mn op qr.\n\n",
  "Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st u\nAb\nAb cd ef gh ij kl mn op qr:\nAb cd ef gh ij kl mn op qr st uv wx yz?\n03/12/2026x\n\n",
  `View this post on the web at https://${"a".repeat(300)} x\nThis story was originally published ${"ab ".repeat(30)}\n\n`,
  // and of its credits and outlets: a logo line, an issuer label, a newsletter's "member of" and a language link cut
  // short, initials with no name to spell them, a byline's colleague, wire and slash run long, a dateline left open
  "Ab Cd Ef Gh Ij Kl Mn Op Logox\nFrom:\nAb and Cd and Ef and Gh and Ij and Kl and Mn and Op and Qr and St and Uv and Wx\nYou are receiving this email because you are a member of Ab Cd Ef Gh Ij Kl Mn x\nAb Cd, en Españolx\n\n",
  `AB\n${"at Ab Cd Ef Gh Ij ".repeat(40)}\n\n`,
  // and of the forty-fourth corpus's: an opinion page's notices run long or cut short (a board's note, a call for
  // op-eds, a letters rule, a letters desk's wish, a columnist's e-mail line, a print promotion)
  `Ab Cd Ef Gh editorial board members are ${"ab ".repeat(140)}x\nThe Ab welcomes submissions ${"ab ".repeat(140)}x\nLetters should be sent to ${"ab ".repeat(140)}x\nTòa soạn mong ${"ab ".repeat(30)}thư ${"ab ".repeat(90)}x\nAb Cd Ef Gh: ${"ab".repeat(40)}@${"cd.".repeat(30)}x\nTry five issues of ${"ab ".repeat(30)}for x\n\n`,
  "By Ab Cd, Ef Gh, and Ij Kl with Mn Op Qr St Uv Wx Yz Ab\nBy AB CD and EF GH Ab Cd Ef Gh Ij\nBy Ab Cd/Ef Gh Ij Kl Mn Op Qr St/\nAb, Dec 3 (ABCDEFGHIJ x\n\n",
  // and of the forty-seventh corpus's: a carrying site's notices run long or cut short (a syndication disclaimer, a
  // feed's note, a comment outage, a newsletter's field), a reporting line whose place never ends, a sign-off's dashes
  // with no wire, a date's "by" with no name, "Read more" over many words
  `Disclaimer: The content of this article is syndicated ${"ab ".repeat(120)}x\n(This is an unedited and auto-generated story from ${"ab ".repeat(60)}fee\nWe're experiencing some issues with ${"ab ".repeat(60)}x\nEnter your email to get ${"ab ".repeat(60)}x\n\n`,
  `(Reporting by Ab Cd in ${"Ab ".repeat(40)}x; Editing by Ef)\n-- ${"-".repeat(60)}\nDecember 3, 2026 by ${"ab ".repeat(30)}\nRead more ${"Ab ".repeat(30)}x\n© ${"Ab ".repeat(40)}\n\n`,
  "Published\nPublished\nPublished 3 x\nPublished:\n3 Decem\n\n",
  // and of the fiftieth corpus's: a Central European date's dots and spaces that never reach a year, a writer's unit
  // after a dash run long, a picture's kind and source cut short, a profession before no name
  `${"5. 12. ".repeat(60)}x\nTS. Ab Cd - Khoa ${"Ab cd ".repeat(40)}x\nAb cd. Ảnh minh họa. Nguồn: ${"ab ".repeat(40)}x\nLuật sư ${"ab ".repeat(40)}\n\n`,
  // and of the fifty-third corpus's: a series' notes run long or cut short (a banner, the next part, a link to a part,
  // "đón đọc"), a compiler's label over many names, a masthead with its twin in another script run long, an
  // interview's question that never ends, a follow button's handle run long, a lone sub-head between endless prose
  `Loạt bài: ${"Ab cd ".repeat(40)}x\nKỳ tới: ${"Ab cd ".repeat(40)}x\nĐọc Kỳ 1: ${"Ab cd ".repeat(40)}x\nĐón đọc kỳ 3 ${"ab ".repeat(60)}x\nTổng hợp: ${"Ab ".repeat(40)}x\nAb Cd ${"四方報 ".repeat(60)}x\nPV: ${"Ab cd ".repeat(60)}?x\n- ${"Ab ".repeat(80)}\nFollow @${"ab".repeat(40)}\nAb cd ef\n${"Ab cd ef gh ij kl mn op qr st uv wx yz. ".repeat(8)}\n\n`,
  // and of a header past its standfirst and a foot past its button: points that never end nor reach a byline, a
  // button over a signature left open, related links over no byline, a name joined by "and" to many, a domain cut short
  `Key points\n${"Ab cd ef gh ij kl\n".repeat(8)}By Ab\nXem thêm\n${"AB CD (Theo ".repeat(5)}\nRead more\nAb Cd\nAb cd ef gh?\nAb cd ef gh\n${"Ab and ".repeat(40)}Cd\nXem bài gốc tại ${"ab.".repeat(30)}\n\n`,
  // and of the fifty-seventh corpus's: a translation notice, a support box, a wire's terms and an app pitch run long or
  // cut short, a source line's hashtags with no end, a language switch past its five names, a caption's label repeated
  `This article was translated from ${"ab ".repeat(60)}x\nSupport Ab Cd we are a small ${"ab ".repeat(60)}x\nIt is strictly prohibited to use ${"ab ".repeat(50)}withou\nListen to ${"Ab ".repeat(40)}in the ab\nSource: ${"Ab / #ab ".repeat(20)}x\n${"Eesti English ".repeat(20)}x\n${"Ab cd. Illustrative ".repeat(20)}photox\n\n`,
  // and of the fifty-fifth corpus's: a masthead in capitals run past its syllables, a reader view's site line and a
  // shared copy's source before its stamp run long or cut short, a scholar's unit after a dash with no end, a
  // credited edition's address and an office's name run long, a labelled link with no address
  `Thứ Năm, ngày 03/12/2026\n${"TẠP CHÍ ĐẶC ".repeat(30)}x\nab.vn\nAb cd ef gh ij\nTạp chí ${"Ab cd ".repeat(60)}x\nTạp chí Ab ${"cd ".repeat(60)}- 03/12/2026 20:10\nTạp chí Ab - ${"03/12/2026 ".repeat(30)}\nTS. Ab Cd - Khoa ${"Ab".repeat(60)}\nNguồn: Báo điện tử ${"Ab.".repeat(40)}vn\nPhòng Truyền thông ${"ab ".repeat(60)}x\nXem bài viết tại: ${"ab".repeat(40)}\n\n`,
  // and of the forty-ninth corpus's: an app's lines run long or cut short (a pointer to the original, a share line, a
  // reader's prompt, an upsell), a byline's bullets with no time after them, a date's bar with no name, a source's
  // name before a bullet run long, a forward's marker over an empty block
  `Xem bài gốc tại ${"ab ".repeat(80)}x\nAb Cd shared an article with you from ${"Ab ".repeat(60)}x\nAsk ${"ab ".repeat(40)}to summarize x\nUpgrade to ${"ab ".repeat(60)}x\nby Ab Cd${" · Ab".repeat(40)} · 3\n03/12/2026 | ${"Ab ".repeat(30)}x\n${"Ab ".repeat(30)}· 16:40 03/12/2026\n---------- Forwarded message ---------\nFrom:\n\n`,
  // and of the thirteenth corpus's: a ticker's label with nothing after it, a desk and wire run long, credits and an
  // appeal cut short, a picture's credit label alone, a gallery's counter too long, a tag list's heading left open,
  // a print note without its edition, a newsletter's headline above a byline that names no one
  `Breaking news :\nTin nóng:\n– AB CD EF GH IJ KL MN OP QR ST UV WX YZ AB/ABCDEFGHIJKLMN\n- With AFPx\nAdditional reporting by ${"ab ".repeat(40)}(x\n\n`,
  `Independent journalism costs money ${"ab ".repeat(70)}x\nMain image credit:\nFeatured photo credit: ${"ab ".repeat(40)}\n1 of 1234\n12 of 3\n\n`,
  `Ab Cd và Thượng tá, TS. ${"Ab và Trung tá, ThS. ".repeat(20)}x\nAb Cd / ${"ab-".repeat(30)}.c0m!\nAb Cd ${"Senior ".repeat(30)}Writerx\nAb Cd/${"Ab ".repeat(30)}reporterx\n\n`,
  `Poll\n${"Ab cd ef?\n".repeat(30)}Read the full story on ${"ab.".repeat(30)}x\nContinue reading at ab-cd-ef-gh\n\n`,
  `Ab Cd\nHọc viện ${"Ab ".repeat(40)}.\nInstitute of ${"Ab, ".repeat(30)}!\n\n`,
  // a site's note on what it is with its kinds run long and never its noun, and a footer link run on
  `Ab Cd is an independent${" nonprofit and independent".repeat(12)} x\nAb is a reader supported ${"news ".repeat(40)}x\nPrivacy Policy${" Policy".repeat(10)}\n\n`,
  // and of the thirty-fifth corpus's: counters in front of a date left open, a labelled writer's update line cut short,
  // a poster after a zone without a name, a dateline's wire with a colon and no sentence
  `Comments / {{${"ab.".repeat(30)}}} Views / x\n${"12 Comments / ".repeat(12)}Views /\nEdited By: Ab Cd | Updatex\nPublished On: 3 Dec 2026 8:45 PM NPT By: 12\nAB (Ab):\n\n`,
  "We value your privacy x\nAccept all cookiesx\nMenu x\nOpen in the appx\nMore by this authorx\nIn this news x\nTopics in this storyx\nThis story appeared in the ab cd ef gh ij section of the print editio\nAb cd ef gh ij kl mn op qr st uv wx yz\nBy ab cd\n\n",
  // and of the sixteenth corpus's: a related link's label, a contact line, a print view's buttons, a video prompt, a
  // dashed e-mail and a picture's barred credit run long or left open; dates joined by dashes cut short; a wrapped
  // headline's lower-case tail and a clipper's publication suffix that never end; a tag list's label over many tags
  `READ ALSO: ${"Ab ".repeat(60)}\nConnect With Us : ${"0 ".repeat(40)}x\nIn bài viết | Đóng | Đóng | Đóng | Đóng | Đóng x\nMời quý độc giả xem video ${"ab ".repeat(60)}\n– ${"a".repeat(70)}@b\n\n`,
  `PHOTO | ${"AB CD EF GH | ".repeat(12)}x\nDec - 03 - 20266 , 17:2x\n03 -  Dec - 202\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op\n${"ab".repeat(15)} ${"cd".repeat(15)}\n\n`,
  `---\ntitle: "Ab cd ef gh - Tạp chí ${"Ab ".repeat(40)}!"\nsource: "https://ab.cd/ef"\n---\n${"\n".repeat(30)}Từ khóa:\n${"ab cd\n".repeat(40)}\n`,
  `Không xem được ${"ab ".repeat(30)}x\n3 mins to rea\nReading time ${"3 ".repeat(20)}\nYou're all set to enjoy ${"ab ".repeat(40)}x\nAlso in today's ${"paper ".repeat(10)}\nAb Cd${"Senior ".repeat(5)}Reporterx\n\n`,
  // and of the fifteenth corpus's: prompts, notes and credits run long or cut short (follow, newsletter, support,
  // comment rules, a syndicated feed's note, a reading time before an update, a place before one, counters, a
  // template's field, a bracketed picture source, a photographer / outlet credit, a dash and a wire after a picture's
  // description, initials before a slash, an outlet's history)
  `Stay updated with the latest ${"ab ".repeat(30)}follow us on instagramx\nFollow ${"Ab ".repeat(40)}on Twitter and Facebook and X and${" ab".repeat(20)}\nIf you'd like to get a daily ${"ab ".repeat(40)}sign up fo\nSign up to get ${"ab ".repeat(40)}inbo\nTheo dõi ${"Ab ".repeat(30)}trên Facebook và Zalo và${" ab".repeat(20)}\n\n`,
  `Comments will be edited ${"ab ".repeat(60)}at the discretio\nOnly the headline ${"ab ".repeat(60)}syndicated fee\nDid you find this article useful ${"ab ".repeat(50)}x\nAb Cd is reader-supported ${"ab ".repeat(60)}x\nTạp chí Ab được duy trì nhờ ${"ab ".repeat(40)}x\n\n`,
  `Posted: 5:12 AM CST ${"Thursday, ".repeat(10)}Last Modified:\n3 min read ${"Last ".repeat(20)}Updated\nNew Delhi, Updated At : x\n- 0 - 1 - 2 - 3 - 4 - 5x\nab_cd_ef_gh_ij_kl\n(Photo source: ${"ab ".repeat(40)}\nContributing: ${"ab ".repeat(40)}(\n\n`,
  `Ab Cd Ef Gh / ${"Ab ".repeat(20)}filex\nThis picture ${"ab ".repeat(40)}. — AFPx\nTT/${"Ab ".repeat(20)}x\nThe Ab, ${"ab ".repeat(30)}, started publication ${"ab ".repeat(90)}x\n\n`,
  // and of the fourteenth corpus's: a tag list's label with spaces but no line end, a label with sixteen tags and one
  // with a tag too long, a signature under a related box's only paragraph that runs long
  `Từ khóa:${" ".repeat(200)}x\nTags:\n${"Ab cd\n".repeat(16)}Chủ đề:\nAb\n${"ab ".repeat(30)}\n\n`,
  `Tin liên quan\nAb cd ef gh\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd.\nAb Cd (Theo ${"Ab ".repeat(30)}\n\n`,
  // a skip link and an autoplay switch run on, a place a writer filed from and an unnamed reporter's credit too long,
  // a bare tag label with its tags, an institution's line under a byline run long
  `Bỏ qua nội dung chính ${"ab ".repeat(40)}\nSkip to main content x\nTự động phát video tiếp theo ${"ab ".repeat(30)}\nAb Cd (từ ${"Ab ".repeat(20)})\nNhóm PV ${"ab ".repeat(20)}\nTừ khóa\n${"Ab\n".repeat(20)}Viện ${"Ab ".repeat(40)},\n\n`,
  // and of the eighteenth corpus's: a blog's poster after a date run long or with no date, the month's name between
  // slashes cut short, a short signed sentence under a related box that never ends
  `Posted on 03/12/2026 by ${"ab ".repeat(40)}1\nPosted on ${"0 ".repeat(40)}by x\nĐăng ngày 3 bởi ${"Ab ".repeat(30)}\n03/Decemberrrrrrr/2026\n${"3/Dec/".repeat(20)}x\n\n`,
  `Nghe bài ${"viết ".repeat(30)}x\nLiked by ${"1".repeat(40)} people\nGiọng nữ miền ${"Bắc ".repeat(20)}\nAb cd. (Hình minh họa: ${"ab ".repeat(30)}\nAb cd. (Hình: ${"(".repeat(30)}x)\n\n`,
  `Tin cùng chuyên mục\n${"Ab cd ef gh ij kl mn op qr st uv wx yz ".repeat(3)}x\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz.\nTheo ${"Ab ".repeat(40)}\n\n`,
  // and of the seventeenth corpus's: a sign-up's consent, a rights notice, a disclaimer, a feed's note, an appeal, a
  // pitch call and a share label run long or cut short; a credit after its caption's sentence (by, a free licence, a
  // paper's file) left open; a wire's slug too long; a clock before a month and an ordinal day cut short; a wire's
  // dateline whose bracket never closes
  `We use your sign-up to provide ${"ab ".repeat(140)}x\nBy signing up ${"ab ".repeat(30)}you agree ${"ab ".repeat(120)}x\nYou can unsubscribe at any time ${"ab ".repeat(70)}x\n\n`,
  `Copyright 2026 by ${"Ab ".repeat(8)}all rights reserved this material ${"ab ".repeat(30)}may not b\nAll rights reserved. This material ${"ab ".repeat(60)}x\nThe views expressed in this ${"ab ".repeat(10)}are the authors ${"ab ".repeat(100)}x\n\n`,
  `This is an auto published story from ${"ab ".repeat(10)}fee\nDisclaimer: this story is from the syndicated feed ${"ab ".repeat(70)}x\nSupport our ${"ab ".repeat(5)}todayx\nFor the price of a cup of coffee ${"ab ".repeat(40)}help ${"ab ".repeat(120)}x\n\n`,
  `Have an idea for a ${"ab ".repeat(10)}commentary ${"ab ".repeat(120)}x\nKindly share this story ${"ab ".repeat(5)}x\nPTI AB CD EF GH IJ KL\nMain image courtesy of ${"ab ".repeat(40)}x\n\n`,
  `Ab cd. Picture by Ab Cd Ef Gh Ij/Ab Cd Ef Gh x\nAb cd. Photo Ab ${"ab ".repeat(30)}(CC ${"ab ".repeat(12)}\nAb cd. Ab Cd Ef Gh Ij filex\nPosted 2:31 p.m. ${"Dec ".repeat(20)}x\n3rd Dec 20266\nAb Cd, Dec 3 (ABCDEFGHIJ x\n\n`,
  // a chat's stamp whose sender never ends in a colon
  `[12/4/26, 9:14 AM] ${"Ab ".repeat(30)}x\n12/4/26, 9:14 AM - ${"Ab ".repeat(30)}x\n\n`,
  // a live button with a channel run long, an edition's name without its end
  `Xem trực tiếp kênh ${"ab".repeat(40)} x\nWatch live stream x\n${"Ab ".repeat(30)}Onlinex\n(Sưu tầm ${"ab ".repeat(30)}\nDịch và tổng hợpx\n\n`,
  // and of the nineteenth corpus's: a magazine's dashed credit whose sources never reach a picture service, "via" and
  // a service cut short, a related link's label with an arrow run long, a sign-up with no newsletter, an appeal, a
  // disclosure and a paywall's counter cut short, a donation button, a camel-cased appeal and a writer's address run
  // long, a "Must-Reads" heading that never ends
  `Ab Cd Ef Gh—${"Ab Cd/".repeat(20)}Gettyx\nvia Associated Pres\nRead More → ${"Ab ".repeat(60)}\nĐọc thêm >> ${"Ab ".repeat(60)}\n\n`,
  `Sign up for ${"ab ".repeat(30)}newsletteX\nGet ${"ab ".repeat(20)}in your inbox sign up for ab\nHere at ${"Ab ".repeat(20)}we believe\nAt Ab Cd Ef, we believe ${"ab ".repeat(90)}\n\n`,
  `${"Ab ".repeat(30)}does not work for, consult ${"ab ".repeat(30)}\n${"Ab ".repeat(8)}has disclosed no relevant affiliations beyond their academic appointmentx\nYou've read 1 article in the last ${"month ".repeat(30)}\nYes, I'll give $5/monthx\n\n`,
  // and of the outlet's self-mentions, the wire beside a byline's names and the writer among a header line's parts:
  // appeals, "At X, we", "More from", a staff note, a moderation note, a newsletter, a rights line and a follow prompt
  // whose name runs on or never ends; a masthead before a tagline, a line in capitals and an archive's toolbar run
  // long; a labelled byline with a wire, a stamp and a desk's initials cut short; a header line of many parts with
  // "by" and no name; a paper's name at the foot run long
  `Support ${"Ab ".repeat(40)}x\nAt ${"Ab Cd ".repeat(30)}we\nMore from ${"Ab ".repeat(40)}.\nreworked by the ${"Ab ".repeat(40)}staf\nat the discretion of ${"Ab ".repeat(40)}x\n${"Ab ".repeat(40)}Newslette\n© 2026 ${"Ab ".repeat(40)}!\nGhi rõ nguồn "${"Ab ".repeat(40)}x\nTheo dõi ${"Ab ".repeat(40)}x\n\n`,
  `${"Ab ".repeat(5)}- ${"Ab cd ".repeat(30)}0\n${"AB ".repeat(40)}x\nAll snapshots from ${"ab ".repeat(40)}x\nBy ${"Ab Cd, ".repeat(20)}Reutersx\nBy Ab Cd ${"Updated ".repeat(20)}\nSource: ${"Ab ".repeat(20)}/abcde\n${"Ab, ".repeat(40)}by ${"Ab ".repeat(20)}1\n${"Ab | ".repeat(40)}bởi ${"Ab ".repeat(10)}\nBáo ${"Ab ".repeat(30)}x\n\n`,
  `Support Ab${"Cd".repeat(40)}\nWrite to ${"Ab ".repeat(20)}at ab@${"cd.".repeat(20)}\nMore Must-Reads from ${"Ab ".repeat(20)}\nTải app ${"ab ".repeat(60)}\n\n`,
  // and of the thirty-sixth corpus's platform posts: a sender row at a platform's address, a name before a stamp, a
  // "Published in" and a count of subscribers that run long or never end
  `${"Ab ".repeat(40)}<${"a".repeat(70)}@${"b-".repeat(30)}\n${"Ab ".repeat(30)}· ${"1 ".repeat(30)}\nPublished in ${"Ab ".repeat(40)}\n${"1 ".repeat(30)}K subscriber\n@${"a".repeat(60)}\n\n`,
  // a media player's clock run long or left open
  `00:00 / 1:2${"3".repeat(40)}\n0:00 /${" ".repeat(40)}x\n${"12:34 / ".repeat(30)}\n\n`,
  // and of the twenty-first corpus's: a newsletter's subscribe line, a publication's note, a download button, a
  // funder's disclaimer, an error-report prompt and a follow prompt that run on or never end; labelled links, a
  // contact line, a web editors' line and a bracketed rights line left open; month and day dates run long
  `Thanks for reading ${"Ab ".repeat(8)}subscribe for free to receive new post\n${"Ab ".repeat(8)}is a reader-supported publication ${"ab ".repeat(60)}x\nDownload the full report pdf ${"1 ".repeat(30)}mb\n\n`,
  `This document has been produced with the financial assistance of the European Union ${"ab ".repeat(120)}x\nIf you find an error ${"ab ".repeat(40)}ctrl${"+".repeat(30)}x\nJoin us on Facebook and follow ${"Ab ".repeat(5)}on Telegram and X and${" on".repeat(20)}\n\n`,
  `Read the original article on ${"Ab ".repeat(30)}.\nNEXT STORY: ${"Ab ".repeat(60)}\nListen: ${"Ab ".repeat(60)}.\nContact: ${"Ab ".repeat(30)}ab@${"cd.".repeat(10)} ${"(".repeat(30)}\nWeb editor: ${"Ab, ".repeat(10)}x\n[Copyright ${"Ab ".repeat(40)}\n\n`,
  `December ${"2026 ".repeat(20)}\n5 December, 10:12 ${"AM ".repeat(20)}\nDec. 5,${" 18:40".repeat(20)}\nAb Cd Ef Gh Ij Kl Mn\nView all Ab Cd Ef Gh Ij Kl Mn ${"debates ".repeat(20)}\n\n`,
  // and of the twentieth corpus's: a share sheet's link whose address runs on, a headline with a site's name after
  // many dashes, a link card's domain and a post's reactions, a feed's source and relative time, counts, a follow
  // prompt, a newscast's pointer and a SPIP site's strings run long or cut short; a month's name before a five-digit
  // year or before many days, an illustration's note and an account's other posts run on
  `Xem thêm tại: https://${"a".repeat(300)} x\n📌 Chi tiết: ${"https:// ".repeat(30)}\nAb cd ef gh ij kl - ${"Ab - ".repeat(60)}x\nAB-CD.${"EF.".repeat(30)}\n👍❤️😮 ${"8".repeat(40)}\nTạp chí Ab · ${"5 ".repeat(30)}giờ\nĐịa chỉ bài viết: https://${"a/".repeat(200)} x\n\n`,
  `${"12 ".repeat(20)}lượt chia sẻ x\nQuan tâm ${"ab ".repeat(30)}để nhận tin\nXem toàn bộ bản tin ${"ab ".repeat(40)}trên kênh ${"ab ".repeat(40)}\nTất cả các phiên bản của bài này: ${"[Ab] ".repeat(30)}\n\n`,
  `Thứ Năm, 03 Tháng Mười Hai 20266\nTháng Mười Hai ${"2 ".repeat(20)}, 2026\nHình minh họa ${"ab ".repeat(20)}\nBài viết khác của ${"Ab ".repeat(20)}\nTrang chủ / ${"Ab / ".repeat(20)}x\n\n`,
  // and of the twenty-fourth corpus's: a comment heading and a thread's cues run long (reply and like buttons with many
  // parts, a sort, a commenter's "said..." left open), a wire's name before an update line cut short, a player's label
  // and a blog's buttons run on, a byline with its clock that never reaches "a.m.", a long "via" credit with no service
  `${"Ab cd ef gh ij kl mn op qr st uv wx yz\n".repeat(3)}Bình luận (${"1".repeat(30)})\nTrả lời${" · Thích".repeat(30)} · 2 giờ trướcx\nSort by: ${"best ".repeat(30)}\n${"Ab ".repeat(20)}said..x\n\n`,
  `${"Ab ".repeat(20)}| Updated: x\nAb | ${"Updated ".repeat(20)}\nNow playing${" now".repeat(20)}\nBlogThis${"!".repeat(40)}\nChia sẻ lên ${"Facebook ".repeat(20)}\n\n`,
  `You've read ${"3 ".repeat(30)}of 4 free articlesx\nThis story has not been edited by ${"Ab ".repeat(40)}staff and is auto-generated from a syndicated fee\nEstimated read time: ${"2 ".repeat(30)}minutex\nMost recent ${"Ab ".repeat(30)}stories\n\n`,
  `by AB CD ${"Ab ".repeat(30)}| December 4, 2026 at 3:10 a.\n${"Ab Cd/".repeat(20)}Ef via APx\nAb Cd Ef\nAb cd ef ${"ab ".repeat(40)}Ab Cd Ef x\n\n`,
  // and of the twenty-ninth corpus's: a byline with a colon and a wire's name as a byline run long, wire credits in
  // brackets that never close or run past their reach, a chain's credit word and wire with letters after, a first
  // publication's clock and a barred "Published:" part left open, a year-first date cut short
  `by: ${"AB ".repeat(30)}x\nBy ${"Associated ".repeat(10)}Pressx\n(${"Ab Cd ".repeat(30)}via AP\n${"Ab cd ef gh ".repeat(20)}(AP Photo/${"Ab ".repeat(40)}\nAb cd ef gh (${"Ab ".repeat(30)}/PAx)\nAb cd ef. Picture APx\nUpdated December 5 2026 - 9:20am, first published ${"7:05 ".repeat(10)}amx\nAb | Published: ${"3 ".repeat(40)}| x\n2026/12/0\n\n`,
  `Author of the article ${"ab ".repeat(20)}x\nWe want our comments to be ${"ab ".repeat(80)}\nWe care about your ${"data ".repeat(40)}\nVideo Now: ${"Ab ".repeat(60)}.\nVideo: Ab ${"cd ".repeat(60)}(Source: ${"ab".repeat(30)}\nMost Read from ${"Ab ".repeat(20)}x\nLoading ${". ".repeat(40)}x\n\n`,
  `By Ab Cd, ${"AB ".repeat(30)}Correspondentx\nBy ${"Ab ".repeat(30)}- | x\nNow Playing\n${"Ab ".repeat(50)}\n\n`,
  `3:48pm ${"Dec ".repeat(30)}5x\n${"3:48pm ".repeat(30)}Dec 5\n\n`,
  // and of the thirty-first corpus's: a bulletin's name of cue words before a date cut short, a byline's sentence
  // before a date's run long or never reaching its cue, a poster after a date run long, a labelled credit's name
  // and source after a dash run long or left open, initials that never end, a picture's "via" source run long, a
  // headline's half before its comma run long
  `Bản tin ${"xuất bản ".repeat(30)}4/12/20266\nWritten by ${"Ab ".repeat(30)}x. Publishe\nBy Ab Cd${". Ab".repeat(30)}. Posted 3 Dec 202\nĐăng ngày December 3, 2026 bởi ${"Ab ".repeat(40)}x\n${"BTV: Ab Cd - Nguồn: ".repeat(10)}${"Ab, ".repeat(30)}(\n${"T.H.".repeat(40)}x (Nguồn: TTXVN\nAb cd. Photo via ${"Ab of the ".repeat(30)}x\n${"Ab cd ".repeat(40)},\n${"Ab cd, ".repeat(30)}\n\n`,
  // and of the thirtieth corpus's: a wall's note whose readers never come, a poster after a clock and a dotted date
  // before a clock run long or cut short, labelled, bracketed and house credits that run on or never close
  `This article is available to ${"ab ".repeat(40)}x\nBài viết dành cho ${"thành viên ".repeat(20)}x\nPublished Dec 4, 2026 3:15 PM by ${"Ab ".repeat(30)}1\n${"12.4.".repeat(20)}2026 7:00 A\n\n`,
  `Credit: ${"Ab ".repeat(40)}x.\n(Illustration: ${"Ab/".repeat(40)}\n${"Ab ".repeat(30)}illustration; ${"Cd, ".repeat(30)}x\nAb cd. Credit: ${"Ab ".repeat(40)}:\n\n`,
  `Share on ${"Reddit ".repeat(20)}x\nNEXT: ${"Ab: ".repeat(60)}\nContinue reading with a ${"Ab ".repeat(30)}subscriptionx\nSubscribe from £${"3".repeat(30)} a month\nSend comments to ${"ab@".repeat(40)}\nDo you have a story ${"that ".repeat(20)}? Get in touch ${"ab ".repeat(60)}\nTopics in this article : ${"Ab, ".repeat(80)}\nRelated news posts${" posts".repeat(10)}\nPrivacy ${"policy ".repeat(30)}x\nTerms of use${" and conditions".repeat(20)}\nBy Ab Cd | ${"ab.".repeat(40)}@cd | Ef${" Gh".repeat(30)}\nBy Ab Cd | ab@${"cd-".repeat(40)}x\n\n`,
  `${"Ab cd ef gh ij kl mn op qr st uv wx yz. ".repeat(3)}\nCredit: ${"Ab ".repeat(30)}\nCredit:\nAb cd ef gh ij kl mn.\n${"Credit: Ab\n".repeat(20)}\n`,
  // and of the thirty-second corpus's: an app's appeal whose app never comes, a player's length run on, a photo story's
  // kicker and a credit after a name and a dash run long, an editor's initials that never close
  `Nhận tin tức ${"quốc tế ".repeat(30)}qua ứng dụng ${"RFI ".repeat(20)}x\nGet the latest news on the ${"ab ".repeat(30)}appx\nNghe ${"- 09:58 ".repeat(20)}\n${"Chùm ảnh: ".repeat(20)}Ab cd\n${"Ab Cd - ".repeat(20)}Theo ${"Ab, ".repeat(30)}\n(Theo AP) [${"đ.".repeat(40)}\n\n`,
  // and of the thirty-sixth corpus's: a day without its year before a clock cut short, a dotted year-first date that
  // never closes, a video's count line with hashtags run long, a library credit after a caption left open, a count
  // line and a sound line run long, a category's other posts never named, a sender row whose address never closes, a
  // sign-off's name and role run long
  `4 tháng 12 lúc ${"21:1".repeat(30)}x\n${"2026. 12. ".repeat(30)}4x\n31,482 views Dec 4, 2026 ${"#ab ".repeat(40)}x\nAb cd. Photo by ${"Ab ".repeat(30)}on Unsplas\n${"12 504 ".repeat(30)}followersx\n♬ ${"ab - ".repeat(60)}\n${"Ab-Cd ".repeat(10)}category's other post\n${"Ab ".repeat(30)}<${"ab.".repeat(40)}@cd${".ef".repeat(30)} Unsubscrib\n— ${"Ab ".repeat(30)}, ${"senior ".repeat(30)}analys\nReported by ${"Ab ".repeat(30)}in ${"Cd ".repeat(30)}.x\n\n`,
  // and of the thirty-fourth corpus's: a story's notes run long or left open (a correction, an update, a contributor
  // line, a briefing's close, a follow list of networks, thanks), a glued year and clock, a venue after a clock
  `Correction: An earlier version of this story ${"ab ".repeat(120)}x\nUPDATE: Adds ${"ab ".repeat(90)}\n${"Ab ".repeat(16)}contributed to this repor\nThe briefing was concluded at 2:2${"1".repeat(30)}\n\n`,
  `Follow the Ab on ${"Facebook, ".repeat(30)}Mastodon\nThanks to ${"Ab ".repeat(20)}for editin\nWith assistance from ${"Ab ".repeat(30)}.\nDecember 4, ${"2026".repeat(20)}11:42 AM\nThursday, December 3, 2026, 4:30 p.m. ${"Ministry of ".repeat(20)}x\n\n`,
  `Ab Cd${" is a".repeat(60)}x\nMs. ${"Cd ".repeat(40)}is\nAb Cd, a ${"ab, ".repeat(40)}is\nHeard on ${"Ab ".repeat(40)}x\nAb Cd (now) and ${"Ef (now) and ".repeat(20)}(earlie\nAccuracy and availability of ${"ab ".repeat(100)}\n\n`,
  // and of the thirty-seventh corpus's: a fact-check page's notices run long or left open (a partner notice, a network
  // line, a checker's blurb, a personal-use notice, a donors appeal, a share appeal, a capture note), a rating line of
  // labels only, a speaker line with no colon, a side-by-side caption that never closes, a byline's bureau run long
  `Ab Cd is part of Meta's third-party fact-checking ${"program ".repeat(60)}x\nAb Cd is an accredited member of the ${"International ".repeat(30)}x\nAb Cd is a ${"fact ".repeat(40)}checking websit\nAll information, text and images included on the ${"ab ".repeat(60)}x\n\n`,
  `Ab Cd is a non-profit and ${"ab ".repeat(50)}donor\n${"Ab ".repeat(40)}share this article and help sto\n(Source: ${"Ab ".repeat(30)}screenshot taken o\nRating: ${"Verdict ".repeat(20)}x\nstated on December 3, 2026 in ${"a post ".repeat(20)}\n\n`,
  `Ab cd (left) and ${"(left) ab ".repeat(30)}x\nAb cd. (Screenshot from ${"Ab ".repeat(20)}x\nBy ${"AB ".repeat(10)}Cd-ef, AFP ${"Ab ".repeat(20)}x\nBy - ${"Ab Cd | ".repeat(20)}202\n\n`,
  // and of the thirty-eighth corpus's: an official trail's labels run long, a filing line's list and an attachment's
  // name that never end, a statement's "by …" half with no occasion, a banner's initials spelled out wrong, a writer's
  // unit and a news service left open
  `Trang chủ > ${"Hoạt động của ".repeat(12)}x\nPersons: ${"Ab Cd, ".repeat(30)}e.\n${"ab_cd ".repeat(30)}.pdf (182 K\nDoorstep statement\nby ${"Ab Cd ".repeat(30)}ahea\n${"AB".repeat(3)} - ${"Ab Cd ".repeat(20)}x\nAb Cd - Vụ ${"ab ".repeat(40)}(x\nBy Ab Cd, ${"Ab ".repeat(30)}New\nWelcome to the ${"Ab of ".repeat(20)}Agenc\nAb Cd, Spokesman ${"ab ".repeat(40)}(x\n\n`,
  // and of the forty-fifth corpus's: follow, comment and more-news calls run long or left open, a wire's sign-off with
  // no editor, a lead caption's day that never gets its year, a masthead's full name cut short
  `Follow Ab on ${"Facebook, ".repeat(30)}Instagram for the latest ${"ab ".repeat(30)}x\nFollow ${"Ab ".repeat(20)}x:\nWould you like to comment on this ${"ab ".repeat(30)}?\nRegister (it's quick and free) or sign in ${"ab ".repeat(30)}x\nFor more ${"Ab ".repeat(40)}news, click her\nTheo dõi chúng tôi trên ${"Facebook và ".repeat(30)}x\nReporting by ${"Ab Cd; ".repeat(30)}Editin\nAb cd ef, on Wednesday, Dec. 3, ${"2026 ".repeat(30)}x\nKorean Central News Agency/${"Ab ".repeat(20)}via A\nBÁO ${"AB ".repeat(30)}\n\n`,
  // and of the fifty-second corpus's: a month's comma before days that never reach a year, a dateline's place and a
  // date with no dash after it run long, a channel's pitch that speaks to the reader but never reaches its appeal, an
  // editor's code with its slash missing, a newsletter's pitch under its heading with no cadence word
  `December, ${"03, ".repeat(40)}x\nDecember ${"4/".repeat(40)}x\n${"Ab ".repeat(20)}, December 4/2026 ${"ab ".repeat(40)}\nWe've got ${"your phone ".repeat(20)}subscribe to ${"Ab ".repeat(30)}on WhatsApp Channex\n${"MNA".repeat(20)}/\nGet the Ab newsletter\n${"Ab cd ".repeat(16)}every mornin\n\n`,
  // and of the misses left by earlier corpora: a pointer's words before a sentence whose commas never reach its stop,
  // a writer's note run long or left without its role, a quoted answer's quotes piled up, dates alone that almost parse
  `Xem thêm ${"ab, ".repeat(80)}x\nĐọc tiếp ${"ab cd ".repeat(60)}, x\nMời ${"ab ".repeat(40)}xem thêm ${"cd, ".repeat(40)}.\n* Tác giả là ${"ab ".repeat(120)}x. Ab. Cd.\n(The author is a ${"ab ".repeat(120)}\n“${"“".repeat(40)}No.${"”".repeat(40)}\n${"Ab ".repeat(5)}No.\n${"1".repeat(30)}\nNgày ${"3/".repeat(14)}\nDec. ${"3 ".repeat(14)}\n\n`,
  // and of the fifty-sixth corpus's: an editor's line that never reaches its copyright, a two-figure year after days
  // that never end, an app's download line and a channel's call run long, a call to pay for journalism left open, a
  // desk's words with no desk, a bracket that never closes on a wire
  `Editor: ${"Ab Cd ".repeat(60)}copyrigh\nPublished Date - 11:20 AM, Thu - ${"3 ".repeat(50)}December 2\nDownload the Ab app from the ${"App Store and ".repeat(20)}x\nAb is now on WhatsApp. Click here to ${"join ".repeat(30)}x\nChoose to support ${"open, ".repeat(30)}journalism and subscrib\nAb ${"Online ".repeat(20)}Des\n(${"A".repeat(60)}\n\n`,
  // and of the misses earlier corpora left: a pitch's words before a price that never comes, a price never worth
  // anything, a coffee never reached; a masthead past five words printed twice but run long; a tagline line's name
  // run long under its text; a cut paragraph under dropped lines
  `${"Ab we serve you ".repeat(30)}news it doesn't cost muc\nIt doesn't cost much ${"but ".repeat(60)}worth your attentio\nIt costs less than ${"a cup of ".repeat(30)}coffe\nThe Ab Cd of the Ef Gh Ij Kl\nThe Ab Cd of the Ef Gh Ij Kl\n${"Ab Cd ".repeat(60)}English — news from ab\n${"ab ".repeat(40)}cd,\nadvertisement\nadvertisement\n${"ef ".repeat(40)}\n\n`,
  // and of the fifty-eighth corpus's: a programme's airing that never reaches its time, a donation appeal whose station
  // never reaches its purpose, a writer's note whose source never comes, a section's "Tin" before endless words, a
  // masthead's slogan and a sister channels' bar run long
  `Chương trình ${"Ab cd ".repeat(12)}- phát sóng ${"lúc ".repeat(30)}x\nChương trình: ${"Ab - ".repeat(30)}19h0x\nỦng hộ ${"Ab ".repeat(40)}để\nAb Cd chuyển ngữ theo ${"(Ab ".repeat(20)}\nAb Cd Ef ${"tổng hợp ".repeat(20)}từ\nTin ${"Nhật Bản ".repeat(20)}\nAb - Tiếng nói ${"ab ".repeat(40)}\n${"Ab | ".repeat(40)}\n${"AB CD ".repeat(10)}\n\n`,
  // and of the fifty-ninth corpus's: a comment form's labels that never reach their colon, a writer's note after
  // endless names, a researcher's post whose bracket never closes, a dateline's day and month before no wire, initials
  // over a name that never ends
  `Ý kiến bạn đọc\n${"Họ tên ".repeat(30)}x\n${"Nội dung ".repeat(30)}\n${"Ab Cd ".repeat(40)}tổng hợpx\nAb Cd (${"Research ".repeat(30)}Fellow\nAB, 30 ${"April ".repeat(30)}(Ab\nABC - ${"Ab Cd ".repeat(40)}\n\n`,
  // and of the sixtieth corpus's: a ticker whose prices never reach their move, a cookie notice and a metered wall's
  // count run long, an app's share line that never names its app, desk initials that never end, a dateline whose wire's
  // bracket never closes after the country
  `${"Brent 65,42 USD ▲".repeat(20)}0,8\n${"Ab 1 ▲1% | ".repeat(30)}x\nThis website uses cookies ${"ab ".repeat(60)}\nYou have 3 free articles left this month subscribe ${"for ".repeat(40)}\nShared from the ${"Ab ".repeat(30)}ap\nGet ${"Ab ".repeat(30)}on Google Pla\n${"ab/".repeat(40)}x\nAb, Cd, Jul 12 (${"Prensa ".repeat(30)}x\nAb, ${"Cd, ".repeat(30)}Jul 12 (Ab) Cd\nBình luận (2)\n${"Ab ".repeat(40)}17/06/2025 21:0\n${"Ab Today ".repeat(20)}/ AF\n\n`,
  // and of the sixty-first corpus's: a series' disclaimer, a podcast's platform row, a transcript notice, a newsletter's
  // sign-up, a journal's DOI, affiliation and received line, a claim box's line and an episode line run long or cut
  // short, and a share's first line of dashes over addresses that never end
  `Ab Cd commentaries and ${"responses ".repeat(40)}represent the x\nListen on ${"Spotify | ".repeat(40)}x\nThis transcript was generated ${"ab ".repeat(60)}\nSubscribe to ${"Ab ".repeat(40)}delivered to your inbo\nDOI: 10.${"12".repeat(60)}/\n¹ Trường ${"Ab ".repeat(50)}\nNhận bài: ${"1/".repeat(30)}; Chấp\nClaim: ${"ab ".repeat(80)}\nEpisode 1 · ${"June 19, 2025 · ".repeat(6)}38:1\n${"Ab - ".repeat(40)}Ab\nhttps://${"a".repeat(300)}/${"b".repeat(400)} x\nhttps://${"ab.".repeat(100)}\nTạp chí ${"Ab ".repeat(30)}: ${"A B ".repeat(30)}x\n\n`,
  // and of this round's: captions over credits under unfinished lines, one after another, a caption cut at 160
  // characters over a credit, and a standfirst over bylines that never finish saying they are one
  `${"Ab cd ef gh ij kl mn\nAb cd ef gh ij kl mn op\nGetty Images\n".repeat(12)}${"Ab ".repeat(60)}\nKCNA via REUTERS\nAb cd ef gh. Ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op.\nBy ${"Ab ".repeat(40)}x\nBởi ${"ab ".repeat(40)}\n\n`,
  // a journal's history line at the foot with publication labels that never reach a date, and dates that never end
  `${"Published: ".repeat(20)}x\nNgày nhận bài: ${"1/".repeat(40)} Ngày xuất bản: ${"3".repeat(60)}\nReceived ${"1 May, ".repeat(20)}published ${"30/".repeat(20)}\nPDF\n\n`,
  // a wordmark glued to its edition's word over spaced letters that never finish it, and a rights line of stems
  `SAIGONONLINE\n${"s a i g o n o n l i n ".repeat(40)}x\n© ${"Sài Gòn ".repeat(40)}Ltd\n\n`,
  // and of the sixty-third corpus's: a poster's line whose cue and stamp never come, a theme's slashed byline that
  // never reaches its date, a blog poster's clock cut short, a newsletter's thanks that never reaches its offer, a
  // "Discover more from" run long, a month cut short before no year, an imprint's address label after endless names
  `${"Ab cd, ".repeat(30)}. Địa chỉ: ${"1 ".repeat(60)}x\nWritten by ${"Ab ".repeat(30)}x\nSubmitted by ${"Ab ".repeat(40)}on ${"06/".repeat(30)}x\nGửi bởi ${"Ab ".repeat(40)}vào ${"T6, ".repeat(20)}x\nBy ${"Ab ".repeat(40)}/ ${"June ".repeat(20)}/ x\nĐược đăng bởi ${"Ab ".repeat(40)}vào lúc ${"21:".repeat(20)}x\nCảm ơn bạn đã đọc ${"Ab ".repeat(40)}! Đăng ký ${"miễn phí ".repeat(20)}x\nDiscover more from ${"Ab ".repeat(60)}!\n17 thg ${"6, ".repeat(40)}x\n\n`,
  // and of the sixty-fourth's: a headline cut at its start over a date that never ends, a site's foot line of names
  // and separators that never reaches its notice, a byline's bars and "with" that never reach a wire
  `${"ab cd ef gh ".repeat(8)}\n${"Friday, December ".repeat(10)}x\n${"Ab Cd Ef · ".repeat(18)}x\nAb Cd - ${"và ".repeat(60)}©x\nBy ${"Ab and Cd | ".repeat(12)}x\n${"Ab Cd, with ".repeat(12)}Interfax · x\nReporting by ${"Ab Cd; ".repeat(20)}x\n\n`,
  // and of the patterns that read a cue in any case and a name capitalised: a caption's capitalised name and outlet, a
  // zone before "by", a repost's credit, a work label and a provincial station's place that never end
  `Ab cd ef. ${"Ab Cd ".repeat(30)}/${"Ab ".repeat(30)}x\nAb cd ef. — ${"Ab ".repeat(40)}file phot\nPosted 9:05 am ${"ABC ".repeat(30)}b\nRead the original article on ${"Ab ".repeat(40)}\nXem bài gốc tại ${"ab ".repeat(60)}x\nNội dung: ${"Ab ".repeat(40)}x\nĐài Phát thanh và Truyền hình ${"Ab - ".repeat(30)}x\n\n`,  // and of a column's standing note, a translator's line and a faculty's line: a column's note whose verb and "every"
  // never come, a translator's name that never ends, a faculty's name of endless words before its dash
  `Chuyên mục ${"ab ".repeat(60)}thực hiện hằng x\nThis column appears ${"every ".repeat(40)}x\nEditor's note: ${"Ab ".repeat(40)}is a weekly x\nTranslated by ${"Ab ".repeat(40)}(x\nDịch: ${"Ab ".repeat(40)}x\nDepartment of ${"Ab ".repeat(40)}- x\nAb cd ef. | ${"AB ".repeat(60)}x\nWatch the video below:\n${"Ab | ".repeat(40)}x\n${"1:".repeat(30)}\nOur weekly ${"ab ".repeat(60)}newslette\nThis post is free ${"ab ".repeat(60)}becom\n\n`,
  // and of the sixty-ninth's: a broadcaster relayed whose report's date, its service's name or its brackets never end,
  // and an original's link line whose source's date never closes
  `Adapted from RFA Vietnamese's report of ${"March 25, ".repeat(20)}x\nTheo VOA (${"24/".repeat(30)}x\n(${"BBC News ".repeat(20)}x\nLược dịch từ DW Tiếng Việt, bài đăng ngày ${"2".repeat(60)}x\nVia ${"VOA ".repeat(40)}x\nBài gốc: ${"ab ".repeat(90)}(VOA, ${"24/".repeat(30)}x\n\n`,
  // and of the seventieth's: a cookie banner whose consent never comes, a menu of capitalised words that never ends,
  // a "Published in" whose name runs on, a sponsor line and a members' wall heading that never end
  `We use cookies ${"to accept ".repeat(24)}x\nThis website uses cookies ${"ok ".repeat(80)}ab\n${"Europe World Ab ".repeat(20)}x\nPublished in ${"Ab ".repeat(40)}\nToday's issue is brought to you by ${"ab ".repeat(80)}\nThis post is for ${"paying ".repeat(30)}x\n\n`,
  // and of the seventy-first's: a menu's labels, a site's name, a top bar's hotline, a stamp's writer and a channel's
  // count of subscribers run long or cut short
  `Giới thiệu ${"Tin tức Văn bản ".repeat(20)}x\nKênh ${"Thời Sự ".repeat(20)}x\nThứ Tư, 12/08/2026 | Đường dây nóng: ${"0".repeat(60)}x\nNgày đăng: 15/08/2026 · Người viết: ${"Ab ".repeat(40)}1\n${"1 ".repeat(30)}lượt xem · 13 thg 8, x\nĐăng ký kênh · ${"1 ".repeat(30)}N người đăng k\nAb cd. Theo ${"Ab ".repeat(40)}x\nAb cd. Nguồn: ${"Ab. ".repeat(40)}\nTheo KBS World${" Radio".repeat(30)}\nHotline: 1900 1234 | Email: ${"a.".repeat(30)}@${"b.".repeat(30)}x\n\n`,
  // and of a relay's original link, a dotted date, a name spelling a domain, a forum's reply and a menu run together:
  // a link's label and its address of dots that never end, numbers of dots with no year, a name of endless capitalised
  // words under a domain line, a handle and a reply's number that never end, a menu's labels past any menu's length,
  // a blog's line about itself that runs on, a platform's line that never names one, a post's time whose
  // poster never ends
  `abcdefghijkl.com\nXem bài gốc tại ${"ab ".repeat(60)}x\nNguồn: ${"https ".repeat(30)}x\n${"1.2.".repeat(40)}x\nVersion ${"1.2.".repeat(40)}2026.x\n© 2026 ${"Ab Cd ".repeat(40)}· ${"Ab ".repeat(30)}x\n${"ab1_".repeat(40)} ${"viết ".repeat(30)}x\nTrả lời ${"#".repeat(60)}1x\nOriginally Posted by${" ".repeat(60)}\n${"Tin Úc ".repeat(30)}x\nAb Cd is a ${"weekly ".repeat(30)}blog about ${"ab ".repeat(60)}\nAb Cd · Powered by ${"Word".repeat(30)}\nĐăng bởi ${"Ab lúc ".repeat(30)}9:30 x\n\n`,
  // and of a relay's teller in its first sentence: a dash's credit never closed, a closing credit with no verb, a kind
  // word and brackets with no comma after them
  `Ab cd – theo hãng thông tấn ${"Ab ".repeat(40)}x, ${"Ab ".repeat(40)}đưa ti\nTheo đài ${"Ab ".repeat(40)}x\n(${"AB".repeat(30)}) x\n\n`,  // and of the seventy-fourth's: a language switch, a live bar and a state's line run long or cut short, an account's
  // line and a street address whose telephone never ends
  `${"Tiếng Việt | ".repeat(40)}x\n● TRỰC TIẾP: ${"Kênh ".repeat(40)}x\nTrực tiếp ${"Ab ".repeat(40)}x\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA ${"VIỆT ".repeat(30)}\nTài khoản đã xác thực · ${"123.".repeat(30)} người\nSố 27 ${"Láng ".repeat(30)}– ĐT: ${"024 ".repeat(30)}x\nNgày đăng: 08/10/2026 | Lượt xem: ${"1.".repeat(40)}x\n${"❤️ 2 💬 3 ".repeat(30)}x\n(Theo ${"Sputnik ".repeat(20)}Việt Na\nTạp chí ${"Hòa Sơn · ".repeat(20)}3 giờ trướ\n\n`,
  // and of a deck and a dateline over the lead: a deck that never ends over a lead whose stop never comes, a place in
  // capitals run long or named nowhere, a full name with initials that never reports
  `Ab cd ef gh ij kl mn ${"ab ".repeat(120)}x\nAb ${"cd ".repeat(120)}x\nAB CD EF GH IJ KL MN OP QR ST\nAB\nAb cd ef ${"ab ".repeat(40)}in Ab.\nAb Cd (${"AB".repeat(3)}) ${"ab ".repeat(40)}x\n\n`,
  // a writer's note on a newsroom post run long or cut short: qualifiers with no post, a name of many words with no
  // end, a Vietnamese paper's kind over a name that never ends
  `Ab Cd is a ${"senior ".repeat(60)}x\nAb Cd is an editor at ${"Ab and ".repeat(60)}x\nAb Cd Ef Gh is contributing analyst of ${"Ab ".repeat(60)}\nAb Cd là phóng viên thường trú của Báo ${"Ab và ".repeat(60)}x\n\n`,
  // and a prompt to write in run long or cut short: an address's host of many labels, "email" far from "us", a
  // reader's prompt with no address, an edition's name of many words before "Online"
  `Email ${"ab ".repeat(80)}us at ab@${"cd.".repeat(40)}x\nMời bạn đọc gửi bài ${"ab ".repeat(60)}@\n${"Ab ".repeat(50)}Online x\nab@cd.${"e".repeat(40)}\n\n`,
  // and of the seventy-ninth corpus's: a caption's bar and source in capitals that never end, a play mark's label with
  // no length, a donation box with no "how", a citation note with no year, a body's name with endless commas, two
  // wires' "và" run long, a compiler's label over no name
  `Ab cd ef | Nguồn: ${"AB ".repeat(60)}x\n▶ Nghe lại chương trình (${"1".repeat(40)}\nỦng hộ Đài ${"Ab ".repeat(60)}x\nTrích dẫn: ${"Ab, ".repeat(80)}x\nTrung tâm ${"Ab, ".repeat(30)}ab\nTheo ${"AP và ".repeat(40)}x\nNgười tổng hợp: ${"ab ".repeat(40)}\n${"Ab Cd ".repeat(8)}, Nghiên cứu viên ${"ab ".repeat(40)}x\n\n`,
  // and of the eighty-first's: an owner's line under a paper's name run long, an account's line with its button cut
  // short, a reader's item line whose writer or stamp never ends
  `BÁO ${"AB ".repeat(30)}\nCơ quan của ${"Ab ".repeat(60)}x\nTài khoản chính thức · ${"Quan tâm ".repeat(20)}\nbởi ${"Ab ".repeat(40)}· ${"1/".repeat(40)}x\nbởi Ab Cd · ${"· 1 ".repeat(40)}\n\n`,
  `archive.today webpage capture\nSaved from https://${"a".repeat(300)} x\n${"Webpage share ".repeat(20)}x\narchived 5 Dec 2026 ${"02:".repeat(30)} UTC\nThS. ${"Ab ".repeat(40)}· 04/12/2026 x\n(Xem tiếp trang ${"8".repeat(60)})\nContinued on page ${"A ".repeat(40)}6\nĐánh dấu đã đọc ${"· Lưu ".repeat(40)}x\n\n`,
  // and of a station's name abbreviated ("Đài PT&TH TP Cần Thơ"), its kind and place run long, a masthead's name
  // with its initials after it that never end, and a newsletter's name whose outlet never ends
  // and of the eighty-second's: a feed's name and section with dashes that never end, a mission's name whose words
  // never end over a menu, a fragment's buttons run long
  `${"Ab - ".repeat(40)}World News\nBáo ${"Ab – ".repeat(20)}Thế giới\n\n`,
  `${"Ab ".repeat(60)}Mission to the ${"Ab of ".repeat(30)}x\nHome ${"Ab ".repeat(60)}\n${"Previous Fragment ".repeat(30)}x\n👉 ${"https://a.vn/ ".repeat(40)}x\n${"Mở bài gốc ".repeat(30)}x\n⚡ https://www.google.com/amp/s/${"a-.".repeat(200)}x\n${"1 ".repeat(200)}N người đăng ký x\n\n`,
  // and of the eighty-fourth's: a caption's "Credit..." label again and again with no capital after it, a byline's
  // bracketed address that never closes, a name run into itself again and again before no date, a portrait's name and
  // credit whose source never comes, a menu of wars that never ends, a topics box's heading repeated
  `${"Discover more stories on ".repeat(30)}x\n${"Khám phá thêm bài viết về ".repeat(20)}x\n${"Ab Cd. ".repeat(30)}Ef Gh ${"ij ".repeat(40)}|\nAb Cd. Ef ${"Gh ".repeat(60)}/ x.\n${"Ukraine War ".repeat(40)}x\nNews ${"War in Ab ".repeat(30)}Chiến sự\n\n`,
  `Ab cd ef.${"Credit...".repeat(40)}x\nAb cd.Credit...${"Ab ".repeat(60)}:\nBY AB CD [${"ab.".repeat(60)}@x\n${"Ab Cd".repeat(30)} December 4, 202x\n${"Ab CdAb Cd ".repeat(20)}1\n${"Social Sharing ".repeat(30)}x\n\n`,
  `Ghi rõ nguồn "Đài PT & TH TP ${"Ab ".repeat(60)}x\nĐài PT&TH ${"TP ".repeat(60)}x\n${"Ab Cd ".repeat(40)}ABCD\nQPVN - ${"Ab ".repeat(60)}x\n${"AB ".repeat(60)}MORNING BRIE\nBản tin sáng ${"Ab ".repeat(60)}x\n\n`,
  // a rights line's years again and again before its owner, and its reservation's words repeated without the end
  `© ${"2000-2026 ".repeat(40)}AB${" All Rights".repeat(40)} x\nBản quyền © ${"2000-2026 Ab ".repeat(30)}Mọi${" quyền".repeat(30)}x\n\n`,
  // a consent notice whose words repeat, over buttons whose words repeat without their end
  `We value your ${"privacy cookies ".repeat(40)}x\n${"Accept all ".repeat(40)}x\nReject all\n${"More ".repeat(40)}options x\n\n`,
];

const TEXT_UNITS = [
  "a\n\n",
  "Ab\nc «d\n\n",
  "x “y\n\n",
  "Tin liên quan\n\n",
  "# A\n\n",
  "Ảnh: x\n\n\n",
  "b,\n\n",
  "Đây là một câu.\n\n",
  // near misses of the forms added for full pages: a caps credit with no end, an open "(Photo by", a bio without its
  // role word, a copyright with a year range, a social handle, a dateline with a dot and no agency
  "A. ABCDEFGHIJ/Abc abc abc abc abc abc abc abc abc abc abc abc abc\n\n",
  "x (Photo by aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n\n",
  "Ab Cd is a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o\n\n",
  "© 1991—2024 X PCL\n\n",
  "Facebook : @a\n\n",
  "MOSCOW. Sept 18 (X\n\n",
  "Ab Cd | 22/10/2024 08:05\n",
  // near misses of the fourth corpus's forms: a credit line of many names below a short sentence, a name/agency credit
  // without its agency, a bracketed "A / B" source left open, "3:30pmx", "06-Jun-20255", an author photo's alt text
  // too long, a comment request, and a gallery run of short sentences between long paragraphs with one newline
  "Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij.\nAb cd ef.\nẢnh: Ab Cd Ef Gh Ij Kl Mn Op\nAb Cd Ef Gh/Gettyx\n\n",
  "Ab. (Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz / Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx\n\n",
  "Updated 2025.05.27 3:30pmx 06-Jun-20255\n\n",
  "Headshot of Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef Gh Ij Kl Mn\n\n",
  "Please direct any comments or questions about this article to a@b\n\n",
  "(With input from Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv (x\n\n",
  "Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij.\nAb cd ef gh ij kl.\nAb cd ef gh ij kl.\nAb cd ef gh ij kl.\nAb cd ef gh ij kl.\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij.\n\n",
  // near misses of the fifth corpus's forms: a running page header without its page number, an issue word repeated,
  // an e-mail envelope and a meter prompt run long, a bar headline, a print label, desk initials in capitals, and a
  // phone copy's short lines that continue in lower case (the column unwrap) with a name of many capitalised words
  "12 AB CD Số 38-2025 Số 38-2025 Số 38-2025 Số 38-2025 Số 38-2025 x\n\n",
  "View this email in your browser aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n\n",
  "You have reached your limit of aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n\n",
  "Ab | In bài viết - Print - Ab | Ab cd ef gh ij kl mn\n\n",
  "Author: AB, CD, EF, GH, IJ\n",
  "Ab cd ef gh ij kl mn\nop qr st uv wx yz\nab cd ef gh ij\nAB CD EF GH IJ KL MN OP QR ST UV\nkl mn op qr st\n\n",
  // near misses of the sixth corpus's forms: a blog's category list that runs on, "Read more:" with nothing after, a
  // calendar row too long, a photo credit with a slash and no end, a translation credit left open, a name with an
  // e-mail and more, copyright markers repeated, CJK and glued English dates cut short
  "Posted inAb Cd, Ef Gh, Ij Kl, Mn Op, Qr St, Uv Wx, Yz Ab, Cd Ef, Gh Ij, Kl Mn, Op Qr, St Uv, Wx Yz, Ab Cd x.\n\n",
  "Read more:\n1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n\n",
  "Ab cd. AB PHOTO / Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn/\n\n",
  "(Japanese original by Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz, Ab\n",
  "Ab Cd ab@cd.ef gh\n© Bản quyền thuộc về © 2026 by © 2025 by Ab\n\n",
  "2026年12月4日 15時 2026년 12월 Dec.4,20266 Dec.4,\n\n",
  "From: Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef Gh Ij Kl Mn Op <ab@cd\nabc.de.fg.hi.jk.lm\n\n",
  "AB CD EF GH IJ KL MN OP QR ST UV WX YZ AB CD EF Số 38-2025 Số 38-2025 Số 38-2025 Số 38-2025 23\n\n",
  // near misses of the seventh corpus's forms: an update line whose published part never ends, a date glued to a time
  // and a view count run long, a month name with no year, a capitals byline before a US date with its zone cut, a
  // credit glued after a full stop with colons inside, "Ảnh" and a run of names, an agency-first credit too long, a
  // print header whose title is printed nowhere else, "Read more" and "Tags" with a colon late, a date glued to a
  // lead in lower case, and a question headline above a date that is not one
  "Updated 03/12/2026 4:05 PM ETx|Published x, published x, published 03/12/26 4:05 PMx ET\n\n",
  "03/12/20261:05:00(Xem: 123456789012345678)\n\n",
  "ngày 3 tháng mười một mười hai năm 202 tháng Chạp,\n\n",
  "BY AB CD EF GH IJ KL MN - 12/03/26 4:05 PM ETX\n\n",
  "Ab cd ef gh.Credit: Ab: cd: ef: gh: ij: kl\nAb cd. Ảnh Ab Cd Ef Gh Ij Kl Mn Op Qr\nAssociated Press/Ab Cd Ef Gh Ij Kl Mn\n\n",
  "04/12/2026, 09:12 Ab cd ef gh ij kl mn op qr st uv wx yz\nAb cd ef gh ij kl\n\n",
  "Read more Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz.\nTags Ab Cd Ef Gh Ij Kl: x\n\n",
  "03/12/2026sáng 3/12, ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx.\n\n",
  "Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv?\n03/12/2026 x y z w\n\n",
  "Ab Cd | ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd newsx\n",
  "By ab cd ef gh correspondentx Ab Cd with Ab-Cd-Ef-Gh-Ij-Kl-Mn-Op-Qr\nAb Cd (nguồn Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd\n\n",
  "Phối cảnh a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a, b, c, d, e, f, g, h, i, j, k\n\n",
  // near misses of the eighth corpus's forms: an appeal and a "help keep … free" that run on, a row of links with
  // one bar too many inside a part, a date glued to a lower-case word, a wire's dash line and a "By <wire> -" byline
  // run long, a paper's name with an edition word glued on, a credit "via" with no service, a "PIC" credit cut short
  "Your support helps ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op\n\n",
  "Help keep ab cd ef gh ij kl mn op qr st uv wx yz free\nAb | Cd | Ef | Gh | Ij | Kl | Mn | Op | Qr | St | Uv | Wx | Yz | Ab | Cd | Ef | Gh || x\n\n",
  "03/12/2026 16:05ab cd ef gh ij kl mn op qr st\n03/12/2026 - 16:05:00Ab\n\n",
  "- Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef Gh Ij Kl Mn Op Qr\nBy Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef Gh Ij Kl Mn Op Qr St - x\n\n",
  "Báo Ab Cd Ef Gh Ij Kl Mn Op Qr điện tửx\nCơ quan của ab\n\n",
  "Ab Cd Ef/AFP via\nAb cd ef gh. - AB CD EF GH IJ KL MN OP FILE PICx\n\n",
  // near misses of the ninth corpus's forms: a credit "via" and a credit between bars that never reach their picture
  // service, a role after a name run long, an outlet/wire pair after a date run long, a player's clock and speed cut
  // short, a handle too long, a role line with a word glued on, a "/ AP" credit glued on
  "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef via Gettyx\nAb Cd | Ef Gh Ij Kl | Mn Op Qr | St Uv Wx | Getty Imagesx\n\n",
  "Ab Cd Ef, ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh editorx\nDecember 3, 2026 / 6:12 AM / AB-CD-EF-GH-IJ-KL-MN-OP-QR/ab-cd-ef-gh-ij-kl-mn-op-qr-st1\n\n",
  "00:00 / 04:1x\n1.2.3x\n@ab_cd_ef_gh_ij_kl_mn_op_qr_st_uv_wx_yz_ab\nAb cd ef gh correspondentx\nAb cd ef. / APx\n\n",
  // a paper and its owner on one line with the owner's words cut short
  "Báo Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij - Cơ qua\n\n",
  // an AI summary's label with its word cut short above short lines, "PV (Theo" left open
  "Summary is A\nAb cd ef.\nAb cd ef.\nAb cd ef.\nAb cd ef.\nAb cd ef.\nAb cd ef.\nPV (Theo ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh\n\n",
  // lower-case lines under a prompt, one ending its sentence
  "Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij.\nGet the Ab app\nfor ab cd ef\nfor ab cd ef.\n\n",
  // tab-separated rows of one width, then of another, an empty cell, a bar in a cell, a rule line that ends in a letter
  "Ab\tCd\tEf\nAb\tCd\tEf\nAb\tCd\nAb\t\tCd\nAb|x\tCd\n- - - - - - - - - - - - - - - - - - - - - - - - - x\n|\n\n",
  // near misses of a data table's rows and a list's items: bars that never close the row, a row of empty cells, one cell, bars doubled,
  // and rows below a sentence that ends the text (the footer scan reads them upwards)
  "| ab | cd | ef | gh | ij | kl | mn | op | qr | st | uv | wx | yz | ab | cd | ef | gh | ij | kl x\n| | | | | | | | | | | | |\n|ab|\n||||||||||||||||||||||||x\n\n",
  "Ab cd ef gh ij kl mn op qr st uv wx yz.\n| 1 | 2,5 % | -3.5 | $1.2bn |\n| Ab | 45 tấn | 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 x |\n\n",
  // near misses of an outlet's notes under the text: a mission whose subject has one name too many, a subscription
  // note whose "contact us" comes past its reach, subscribers named again and again
  "Ab Cd Ef Gh Ij Kl is committed to ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op\nsubscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers subscribers contact u\n© 2026 AB CD\n\n",
  "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef Gh Ij Kl in Mn1\nSign in\n\n",
  "* **ab\n* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * x\n*ab\nAb cd\n* Ab\n\n",
  "Ab | Cd | Ef\nAb | Cd | Ef | Gh\nAb | Cd\n | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |\n | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |\n\n",
  // near misses of the tenth corpus's forms: a run of a sentence's fragments and link words that never ends, a page
  // number between dashes never closed, a dateline whose month has no day, "Source:" names with slashes again and
  // again, "File" credits and "file photo" words cut short, prompts and paywalls run long, a language switch of many
  // codes, a voice name and a print note cut short
  "Ab cd ef gh ij kl\nAb Cd\nab cd\nAb Cd\nab cd\nAb Cd\nab cd\nAb Cd\nab cd\nAb Cd\nab cd\nAb Cd\nab cd\n\n- 1\n\nab cd\n- 12 -\n",
  "12/03/2026 03:21 PMx\nAb Cd Ef Gh Ij Kl Mn Op Qr St Uv, Dec. (CNA\nAb, Dec. 3 x (\n\n",
  "Ab cd. Source: a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z:\nAB CD EF GH / Filex\nAb cd. AB CD EF GH IJ KL file photox\n\n",
  "Subscribe to our ab cd ef gh ij kl mn op qr st uv wx yz newsletter and ge\nGet ab cd ef gh ij kl mn op qr st uv wx yz ab cd delivered to your inbo\nSubscribe to Ab Cd Ef Gh Ij Kl to keep readin\nKeep reading with a 777-day free trial\n\n",
  "EN | RU | UA | DE | FR | ES | ZH | JA | KO | AR | VI | EN | RU | x\nGiọng nữ miền Nam Bắc Trung\nBài đăng trên Ab Cd Ef Gh Ij Kl Mn Op Qr số\nĐể tiếp tục duy trì tờ báo ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh độc giả\n\n",
  // near misses of the tenth corpus's credits: ranks and degrees repeated before no name, a writer "with" a colleague
  // whose place never ends, two names and a dash with a paper's word, "(By" never closed, generic sources run long, a
  // desk word glued on, a copyright line of one long sentence
  // near misses of a portal's, a print viewer's and a release's lines: "Story by" a name run long, a bullet's time
  // with letters after it, a viewer's initials too many, a byline's paper with no paper word, a contact line without
  // a number's word, a release's label with a word after it
  "Story by Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef Gh Ij • 3hx\n• 123 hrsx\nABCDEF e-Paperx\nAb Cd - The Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef\nContact: ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij x\nPRESS RELEASE x\nFollow this page for updates ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn\n\n",
  "Đại tá, Đại tá, Đại tá, ThS. ThS. TS. PGS.TS. x\nAb Cd Ef Gh with Ij Kl Mn Op in Qr St Uv Wx Yz Ab Cd Ef Gh Ij 1\nAb Cd - Ef Gh - Ij Kl - Mn Op Star\n(By Ab Cd, Ef Gh, Ij Kl, Mn Op, Qr St, Uv Wx, Yz Ab, Cd Ef and\n(With inputs from agencies agencies agencies agencies agencies x\nAB CD Onlinex\nCopyright 2026 Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab\n\n",
  // near misses of a forward's header block in an e-mail's text: a marker with a word after it, a From line and
  // fields that never reach their colon, forward prefixes repeated, an Outlook rule not quite long enough
  "---------- Forwarded message --------- x\nFrom: Ab Cd <ab@cd\nSent Ab Cd Ef\nSubject Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: x\n_________\nFrom: **\nTừ: Ab\n\n",
  // near misses of the twelfth corpus's forms: a host of many dotted parts that ends in a digit, a reading time of
  // many ranges, names with capitals inside after no prefix and prefixes again and again, a related box whose list
  // runs into a long sentence with no end, notes and licences cut short, a desk word glued on
  "ab-cd-ef.gh-ij-kl.mn-op-qr.st-uv-wx.yz-ab-cd.ef1\n5–6–7–8–9–10 minutesx\nAb McMcMcAb AlAlAlAb DeDeAb O’O’Ab VanVanAb AbAbAb x\nTin liên quan\nAb cd\n\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op\nNext article x\n\n",
  // a standfirst, a byline and dates, then a would-be caption with quotes and a second sentence, date lines again and
  // again, and a bio by surname whose role word never comes
  "Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij.\nAb Cd\nPublished at : December 3, 2026\nUpdated at : December 3, 2026 18:20\nUpdated at : December 3, 2026 18:20\n\nAb “cd” ef. Gh ij kl mn op qr st uv wx yz ab.\n\nAb Cd\nCd is a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z reporte\n\n",
  // a date and its update's label again and again, a work label with no names, a counter too long
  "Thu Dec 3, 2026 08:00 PM Last update on: Last update on: Last update on: Thu Dec 3, 2026 09:15 PMx\nBài, ảnh, bài, ảnh, bài: \n1234/12345\n\n",
  // a byline "with" a wire word repeated, a paper and an owner's body whose name runs on, a bracketed note cut short
  "by AB CD with with with with with with with with with with with with with with with with AFPx\nTạp chí Ab Cd Ef Gh Ij Kl - Bộ Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz 1\nAb Cd (thực hiệ\n\n",
  // a dateline alone whose agency's slash or bracket never closes
  "Ab cd ef gh ij kl mn op qr st uv wx yz.\nAB, Ab, December 3. /Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh\nAB, 3 December (Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij\n\n",
  "Comments are moderated ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab\nAll content by ab cd ef gh ij kl mn op is licensed underx\nNews ID 1234567890123\nAb Cd Ef video deskx\nSubscribe to ab cd ef gh ij digital editio\n\n",
  ...NOTICE_UNITS,
  // near misses of the twenty-second corpus's forms: an archive's toolbar head, its counters and a cache's banner
  // whose address never ends, a proxied address of many hyphens, a portal's credit, a picture's label and a
  // compiler's note run long or left open, flags again and again, an appeal whose call never comes
  `The Wayback Machine - https://web.archive.org/web/2026/${"a/".repeat(150)} x\n12 captures captures captures\n${"NOV ".repeat(40)}x\nThis is a snapshot of https://${"a.".repeat(150)} as it appeared on\nĐây là bản lưu của https://${"a-".repeat(150)}\n\n`,
  `https://${"a-".repeat(120)}b.translate.goog/${"c/".repeat(100)}?${"_x_tr_sl=ru&".repeat(20)} x\n© Provided by ${"Ab ".repeat(40)}x\nCung cấp bởi ${"Ab ".repeat(40)}\nAb cd. Image: ${"Ab ".repeat(40)}x\nAb (tổng hợp tổng hợp tổng hợp x\n${"🇷🇺".repeat(40)} x\nOur journalism is free and independent ${"ab ".repeat(60)}x\n\n`,
  // near misses of the eighty-third corpus's forms: a wire's signature whose slashes and site never close its bracket,
  // a line of "theo dõi" again and again, a writer's slash before a station whose "Theo" never reaches a source, a
  // writer's comma before a house's name run long, a caption's "©" credit whose slashes and names never end, a
  // newsletter's sign-up line whose name runs long
  `Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef cho biết. (${"TTXVN/Ab ".repeat(40)}x\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx cho biết. (TTXVN/${"Ab/".repeat(40)})\n${"Ab Cd theo dõi ".repeat(30)}x\n\nAb Cd/${"VOV Theo ".repeat(30)}(x\nAb Cd/${"Ab.".repeat(40)} Theo /x\n${"Ab Cd ".repeat(30)}, RFA RFA Tiếng Việt x\n\nAb Cd - Ab, 1920 © ${"Ab ".repeat(30)}/ ${"Cd ".repeat(30)}x\nAb Cd - © Ab ${"/ Ab ".repeat(40)}x\n\nĐăng ký nhận thư tin của ${"Ab ".repeat(30)}x\nSign up for the ${"Ab newsletter ".repeat(6)}x\n\n`,
  // near misses of the eighty-second corpus's forms: archive.today's labels run into a row again and again, a feed
  // reader's slashes and "by" that never reach a date, a masthead's bullets and days run long
  `archive.today\nwebpage capture\n${"webpage screenshot share ".repeat(30)}x\nSaved from ${"https://a/".repeat(40)}\n\nAb Cd / by ${"Ab / by ".repeat(15)}/ Mar 3, 2024\nAb / by ${"Ab Cd ".repeat(20)}/ x\nby Ab Cd · ${"Ab Herald · ".repeat(15)}Mon, 3 Mar 2024 10:15\n\n`,
  // a web address's line of 2,000 characters and more, a label before it or not, a space or a line's end cutting it
  `Link: https://${"a/".repeat(1000)}b\nhttps://${"a?".repeat(1200)}\nLink: https://${"a".repeat(1500)} x\nAb Cd Ef: https://${"a".repeat(300)}\n\n`,
  // near misses of the twenty-fifth corpus's forms: a pointer to the section's stories, a "you are viewing" bar and a
  // role line that never end, "Tặng sao" and related headings with words after them, a role value with commas
  `Mời bạn đọc vào ${"chuyên mục ".repeat(40)}x\nBạn đang xem bài viết ${"ab ".repeat(60)}tại chuyên mục ${"ab ".repeat(30)}\nVai trò, ${"Ab ".repeat(40)}\nTặng sao sao sao\nChủ đề liên quan liên quan\nRole, ${"Ab, ".repeat(30)}x\nSee more stories in our ${"ab ".repeat(40)}x\n\n`,
  // and editors' initials before a wire list that never closes its bracket or names no wire, a caption's bracket of
  // picture words above a lead, again and again
  `ab/cd (${"AFP, ".repeat(20)}x\nab/${"ab, ".repeat(20)}\n${"Ab cd ef. (Ảnh ".repeat(10)}tư liệu\nAb Cd (${"ảnh ".repeat(20)}x\n\n`,
  // and a caption's wire, dash and photographer again and again, the name never ending in capitals
  `${"Ab cd. AP - Ab ".repeat(20)}cd\nAb. via Reuters - ${"Ab ".repeat(40)}x\n\n`,
  // a reader app's "More from" heading whose name never ends, or ends in a full stop, over teasers
  `More from The ${"Ab-Cd ".repeat(60)}x.\nAb cd ef gh\nThêm từ ${"Ab ".repeat(80)}!\nAb cd ef gh\n\n`,
  // a platform's action bar whose counts never end
  `${"1 ".repeat(200)}k${"2".repeat(200)} Listen x\n${"9".repeat(300)}nghe\n\n`,
  // and a date line's print button again and again, its date never coming
  `12 ${"Print ".repeat(60)}x\n${"Ab ".repeat(8)}1 ${"| Bản in ".repeat(40)}\n\n`,
  // and signatures, summaries and read-on buttons again and again, the button run long
  `${"Theo Ab\nAb Cd\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd.\nĐọc tiếp\n".repeat(10)}Đọc tiếp ${"» ".repeat(30)}\n\n`,
  // near misses of the twenty-third corpus's forms: a live page's labels, a transcript's and a player's buttons, an
  // e-mail-us line, a call to discuss, disclaimers, a member appeal, an advertisement's and a sponsor's line and a long
  // read's credits run long or left open; a time under a date with letters after it; question sub-heads again and
  // again with no answer; a wire's name in capitals under a caption that never ends
  `Load more updates updates updates x\nRead the full transcript transcript x\nVideo đang xem xem xem\nGet in touch with our news team ${"ab ".repeat(60)}x\nAb cd ef gh mời bạn đọc tiếp tục thảo luận ${"ab ".repeat(50)}x\nBài viết thể hiện văn phong ${"ab ".repeat(90)}x\n\n`,
  `This article contains the opinions of the author ${"ab ".repeat(90)}x\nAb is independent ${"ab ".repeat(30)}x\nStory continues below advertisement advertisement\nSupport provided by ${"ab ".repeat(50)}x\nThiết kế: ${"Ab ".repeat(20)}x\nDesign: Ab, Cd, Ef, Gh, Ij, Kl, Mn, Op, Qr, St x\n\n`,
  // near misses of the twenty-sixth corpus's forms: a wire's end mark, an image credit, an offer's price, a sign-off
  // and a translator's line run long or cut short; skip links, listen, comments and print notes again and again; a
  // "skip past" block never closed; figure labels, relay credits, file brackets and imagery sources left open; a
  // desk's and initials' wire list that never closes; title case that never ends; a question over prose again and again
  `==${"Ab ".repeat(40)}x\nImage © 2026 ${"Ab ".repeat(80)}\nOnly $1 for ${"four ".repeat(30)}x\nReporting by ${"Ab ".repeat(80)}Editing by\nTranslated by ${"Ab ".repeat(30)}Edited by x.\n${"Go to Contents ".repeat(20)}x\n${"Listen to this article ".repeat(10)}6:48\nRead 1234567 Comments\nA version of this article appears in print on ${"ab ".repeat(150)}\n\n`,
  `By ${"Ab ".repeat(25)}for ${"Ab ".repeat(10)}x\nBy Ab [${"ab.".repeat(40)}@\nAb - ${"Ab Cd ".repeat(20)}\nKeep up with the latest news ${"ab ".repeat(60)}\nSave articles to read later ${"ab ".repeat(40)}\nSource: ${"Ab ".repeat(30)}x\n\n`,
  `skip past ${"ab ".repeat(15)}\n${"Ab cd ef.\n".repeat(20)}after ${"ab ".repeat(15)}x\nFigure 1.${" ".repeat(200)}x\nAb cd. ${"AP-".repeat(60)}Yonhapx\nAb cd. (${"Ab ".repeat(60)}file\nAb cd. Planet Labs ${"PBC ".repeat(60)}x\n(FRANCE 24 with ${"AFP, ".repeat(20)}x\njsi/rc (${"Reuters, ".repeat(12)}\n${"Ab Cd Ef ".repeat(30)}x.\n${"What ab cd ef gh ij kl mn op qr st uv?\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op.\n".repeat(8)}\n`,
  `Published: 04/12/2026\n- 11:02 x\n${"What ab cd?\n".repeat(30)}Read Next\n${"Ab cd ef?\n".repeat(20)}Ab cd ef gh ij kl mn op qr st uv wx yz ${"ab ".repeat(10)}\nREUTERS\n— With files from ${"Ab ".repeat(30)}(x\nNội dung: Ab Cd\nẢnh: ${"Ab, ".repeat(20)}x\n\n`,
  // near misses of the twenty-eighth corpus's forms: a writer's note whose source never comes, a photographer's credit
  // whose colon never comes, a site's name before a title again and again, a gallery's unfinished captions in long runs
`Đây là bản dịch của ${"ab ".repeat(60)}văn bản tiếng ${"ab ".repeat(20)}là văn bản\nThis is a translation ${"of the ".repeat(30)}the english text is the officia\nCỡ chữ${" A".repeat(40)}\nTin đã đưa${" đã đưa".repeat(20)}\nBy Embassy${" Embassy".repeat(30)}\n\n`,
  `${"ĐÀI PHÁT THANH - ".repeat(12)}x\n${"Cổng thông tin ".repeat(10)}1\n(${"Reuters".repeat(20)})\n((((((Reuters\n\n`,
    `Ab Cd (t/h ${"t/h ".repeat(40)}theo x\nAb Cd (tổng hợp, ${"tổng hợp ".repeat(20)}\nTin: Ab Cd${" – ảnh".repeat(60)}x\nTin: Ab${" / video / clip".repeat(30)}\nAb Cd${" - Ab Cd".repeat(40)} - x\n\n`,
  `${"Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab.\nAb cd ef gh\nCd ef gh ij\nEf gh ij kl\nGh ij kl mn\n".repeat(10)}Ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab.\n\n`,
  // near misses of the twenty-seventh corpus's forms: a clipper's picture whose link never closes, italics that never
  // end, a link list's item cut short, a sapo's lead code left open, prompts and labels run long, a front matter's
  // Notion-like properties with no address, a credit's slashes that never reach a wire
  `![${"a".repeat(600)}](${"b".repeat(2500)}\n*${"ab ".repeat(200)}\n-   [${"ab ".repeat(150)}](x\n(${"AB ".repeat(10)}) - ab\n\n`,
  `You can save this article by registering for free ${"here ".repeat(50)}x\nWhat do you think? ${"post ".repeat(60)}a comment x\nManage ${"newsletters ".repeat(20)}\nAuthor of the article:${" ".repeat(100)}x\n\n`,
  // near misses of the thirty-third corpus's forms: a picture page's label before a headline that never ends, the
  // paper-and-station name with a province that runs on, sub-heads over finished paragraphs again and again with one
  // left unfinished, an outlet's code before a dash that never comes
  `Phóng sự ảnh: ${"Ab cd ".repeat(40)}x\nBáo và Phát thanh, Truyền hình ${"Ab ".repeat(30)}x\n${"Ab cd ef gh\nAb cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab.\n".repeat(12)}Ab cd ef gh\n${"ABCDEFGHIJ".repeat(20)} ab\n${"[Infographic] ".repeat(30)}x\nTổng hợp: ${"Ab ".repeat(40)}x\nCuộn xuống để đọc${" tiếp".repeat(30)}\nAb Cd (${"thực hiện ".repeat(20)})\nTác giả: admin${"_".repeat(40)}\nTạp chí Ab - Cục ${"Ab ".repeat(30)}1\n\n`,
  `# Ab cd\n\n${"Created: December 5, 2026 10:12 AM\n".repeat(20)}\n${"Ab Cd / ".repeat(30)}Reuterz\nAB CD is a Senior ${"Fellow ".repeat(40)}\n\n`,
  // and of the thirty-ninth's: translated date labels, a stamp's source and a Juche year run long or left open, a
  // Chinese page's bracketed tools and editor, a broadcast's crew credits, a tip line and an error hint that never end
  `Đầu vào 2026.12.04 (${"21:15 ".repeat(20)}x\nSửa đổi${" 2026".repeat(30)}x\n2026-12-04 21:15:08 Nguồn:${" Ab".repeat(40)}: x\nJuche 115 (2026)${" ngày 4".repeat(20)} tháng\nJuche ${"1".repeat(60)} (2026) x\n${"【Ab】".repeat(40)}x\n【Biên tập viên: ${"Ab ".repeat(40)}x\nBiên tập video: ${"Ab / Quay phim: Ab ".repeat(20)}x\n- Điện thoại: ${"02-781 ".repeat(20)}x\nNếu bạn nhận thấy lỗi${" ab".repeat(60)} ctrl x\n[Seoul = ${"Ab ".repeat(30)}x\nAb Cd ${"— Ab ".repeat(20)}— AB\nAb, ngày 4 tháng 12 (Phóng viên ${"Ab ".repeat(30)}x\n\n`,
  // near misses of the fortieth corpus's forms: note markers after stops and brackets that never close, a drop cap
  // over a line that never ends its word, pull quotes between long paragraphs again and again, a notes heading over
  // numbered lines and cited works that run on, issue lines run long
  `${"Ab cd ef.[1".repeat(40)}x ${"(1".repeat(40)} ${"ab.1".repeat(40)}\nA\n${"ab".repeat(300)}\n${`${"Ab cd ef gh ij kl mn op qr st uv wx yz. ".repeat(20)}\n“Ab cd ef gh ij kl mn op.”\n`.repeat(10)}Notes\n${"1. Ab (2025), ".repeat(40)}\n${"Ab, C. (".repeat(30)}2025\nThis article appeared in the ${"ab ".repeat(40)}issue of\nVol. 1 No. ${"1 ".repeat(40)}\nTạp chí ${"Ab ".repeat(40)}số 12/\n\n`,
  // and of the forty-second's: a playlist's clip whose title runs on and whose length never comes, lengths and colons
  // piled up, a wire's slashed credit that never names its wire, a player's dialog text and an air line run long
  `${"Ab cd ef ".repeat(15)}1:2\n${"Ab 12:34 ".repeat(15)}x\n${"Ab: ".repeat(40)}1:02:4\nAb cd ef. ${"AB CD / ".repeat(30)}AF\nBeginning of dialog window ${"ab ".repeat(40)}x\nThis segment aired on ${"December ".repeat(20)}x\nMore from ${"Ab ".repeat(20)}\n\n`,
  // and of the forty-third's: a day in words whose year runs into digits, a forum's stamp and card that never end, logos'
  // alt text run long, appeals and a reprint notice that never reach their words, a caption's library cut short, a
  // source glued to a paragraph's end left open, a byline's bar over a name that never ends
  `Thứ Năm, 03 Tháng Mười Hai ${"2026".repeat(30)}10:12 SA(Xem: ${"1".repeat(40)}\nOld ${"12-05-".repeat(30)}2026\nJoin Date: ${"Mar ".repeat(40)}\nThanked ${"6 ".repeat(40)}Times in\n${"Logo Ab Cd ".repeat(40)}x\nReaders like you are keeping${" ab".repeat(60)}\nThis document may not be reprinted${" ab".repeat(60)}\n${"Ab cd ef. Alamy ".repeat(30)}x\n${"Ab cd ef gh ij kl mn op qr st uv wx yz. ".repeat(10)}(Nguồn: ${"Ab ".repeat(30)}\nBy AB CD | ${"Ab ".repeat(40)}\n\n`,
  // and of the forty-first's: an old story's age and archive notes, an editor's note, a pointer to the story on
  // another site, an invitation to read more and a campaign's appeal, each run long or left without its end
  // and of the forty-sixth's: a figure's number, a gallery's labelled counter and a picture's controls run long, a
  // caption whose bracketed source never closes or never names a picture, credits and sources piled under a caption,
  // a registration line and a map's credit that never end, a gallery of captions whose credits never come, an
  // imagery credit and an analyst's note that run long, a figure's dashes that never reach its caption
  `Hình ${"1".repeat(40)}\nẢnh: ${"1/".repeat(40)}5\nClick ${"on the image ".repeat(30)}to enlarg\nOpen ${"full screen ".repeat(30)}ma\nText version of ${"this ".repeat(40)}\n${"Ab cd ef. ".repeat(20)}(Source: ${"ab ".repeat(50)}\nAb cd ef. (Source: ${"ab ".repeat(40)})\nAb cd ef gh.\n${"Đồ họa: Ab\nNguồn: Ab, Cd\n".repeat(10)}${"Ab ".repeat(9)}is a registered charity ${"ab ".repeat(60)}\nMap data © ${"ab ".repeat(60)}!\n${"Ab cd ef gh ij kl mn. Credit: AB/Cd ".repeat(20)}\n${"Ab cd. ".repeat(30)}Satellite image ©2026 Maxar ${"Technologies ".repeat(10)}Annotations by ${"ab ".repeat(30)}\nFig. 2 ${"– ".repeat(40)}x\n\n`,
  `This article is more than ${"2 ".repeat(60)}x\nThis is an archived article ${"ab ".repeat(90)}x\nEditor's note: This article was first published in ${"ab ".repeat(40)}x\nBài viết này đã được đăng hơn ${"2 ".repeat(60)}x\nGhi chú của biên tập viên: Bài viết ${"ab ".repeat(90)}x\nRead it at ${"Ab ".repeat(40)}\nMời xem thêm ${"ab ".repeat(60)}\nSupport ${"Ab ".repeat(30)}donate through ${"Ab ".repeat(30)}\n\n`,
  // near misses of a writer's place after the name: brackets and commas that never close or never end, a letters
  // page signed with towns again and again
  `By Ab Cd (${"Ab ".repeat(40)}x\nBy Ab Cd, ${"Ab ".repeat(30)}x\nBy Ab Cd (Yonhap${" (Ab".repeat(20)}\n${"Ab Cd (Ab, Cd)\n".repeat(30)}Ab Cd (${"Ab, ".repeat(30)}x\nRepublished with permission from ${"Ab ".repeat(40)}\n${"Republished with permission\n".repeat(20)}Pavel Orlov, ${"2 May ".repeat(30)}2025\nBy Ab Cd  ${"Dec 3, ".repeat(20)}2026\n\n`,
  // and of the sixty-second's: a stamp's update that never ends, a reader's "Saved" stamp and a feed's age run long, a
  // channel's views that never reach their clock, a newsletter's footer and pointer left open, a translate bar run on
  `Đăng 2025-10-28 14:22 | Sửa ${"2025 ".repeat(30)}x\nSaved ·${" 1".repeat(60)}x\n${"Ab ".repeat(30)}/ ${"3".repeat(60)}\n👁 ${"3.9".repeat(30)}K ${"1".repeat(40)}\nBạn nhận được thư này vì đã đăng ký ${"bản tin ".repeat(30)}x\nĐọc tiếp trên ${"ab.".repeat(40)}\nTrang này đã được dịch từ tiếng ${"Hàn ".repeat(30)}x\n10:05 31/10/25 ${"Ab | ".repeat(30)}\n\n`,
  // near misses of a broadcaster's crew line: roles and names again and again, a name that never ends, a role before a
  // sentence, a photo story's joined credit over a name that never ends and its roles again and again, a date's
  // reading-time label again and again
  `${"BTV Ab Cd - Phóng viên Ab Cd - ".repeat(12)}x\nAnchor: ${"Ab ".repeat(60)}| Reporting: ab\n${"Reporting: Ab Cd | ".repeat(20)}\nPhóng viên: ${"Ab ".repeat(40)}cd.\nẢnh và bài: ${"Ab ".repeat(40)}x\n${"Ảnh, bài, ".repeat(20)}: Ab\n28/11/2026 ${"· Thời gian đọc: ".repeat(8)}3 phútx\n\n`,
  // and of a programme's numbered issues, sound cues and player labels: dashes and numbers again and again, a cue that
  // never closes, a heading run long
  `${"Ab - Số 1 - ".repeat(12)}x\n[${"nhạc ".repeat(30)}\nNow playing: ${"Ab ".repeat(60)}\n${"Watch more from Ab ".repeat(8)}\nNghe audio ${"01 ".repeat(40)}x\n\n`,
  // and of the sixty-sixth's: a menu and a slash trail run long, a bracketed caption that never closes or never credits,
  // a language switch and a tag row that never end, a box's marker run on
  `Trang chủ ${"Thời sự Thế giới ".repeat(12)}x\nThế giới / ${"Châu Á / ".repeat(30)}2\n[${"Ab cd - ".repeat(50)}\n[${"Ab cd ".repeat(50)}]\n${"Tiếng Việt | English | ".repeat(20)}x\n${"Ab Cd ".repeat(12)}\nĐọc thêm về chủ đề ${"này ".repeat(20)}\nMenu ${"Ab ".repeat(40)}Search x\n☰ ${"Ab".repeat(30)}\n${"PV ".repeat(30)}\n\n`,
  // near misses of wire copy run by a site: a ticker's label over lines that never reach a date, a market bar of codes
  // and rates run long, a "Contributing:" line of names and semicolons, a newsletter's pitch and a paywall's offer that
  // never reach their inbox or their access, an EFE dateline left open, a translator's note that never closes, a
  // school's name and its faculty's run long
  `${"BREAKING: Ab cd ef gh ij kl mn op qr st uv wx yz.\n".repeat(20)}${"USD 1.70 ".repeat(40)}x\nContributing: ${"Ab Cd; ".repeat(30)}(\nGet ${"the day's top stories ".repeat(10)}in your inbo\nLimited-time offer: ${"unlimited ".repeat(30)}acces\nNhận ${"tin ".repeat(30)}qua hộp th\nMadrid ${"(EFE)".repeat(20)}.x\nBiên dịch: ${"Ab ".repeat(40)}(${"sinh viên ".repeat(10)}\nTRƯỜNG ĐẠI HỌC ${"AB ".repeat(30)}\nKhoa ${"Ab ".repeat(30)}- Trường ${"Ab ".repeat(30)}x\n\n`,
  // near misses of an air line, a station's mark before its name and a wire joined to a writer: hours that never reach
  // a day, marks and dashes again and again, names joined by "and" that never reach a wire
  `Phát sóng: ${"21h00 ".repeat(12)}x\nAired: ${"Thursday 9 p.m., ".repeat(4)}x\n${"LHTV - ".repeat(12)}Đài\nBy ${"Ab Cd and ".repeat(12)}The Ab\n${"Ab và ".repeat(20)}TTX\nAb, with files from ${"Ab ".repeat(20)}x\nvia ${"Ab of ".repeat(20)}x\nvia ${"ab.".repeat(30)}1\n${"ab-cd.".repeat(30)}\nPhóng viên ${"Ab ".repeat(8)}tại ${"Ab ".repeat(8)}x\n${"Ab ".repeat(8)}correspondent in ${"Ab ".repeat(8)}x\nAb Cd (${"Ab tại ".repeat(8)}\n\n`,
  // near misses of the wires' copy under regional templates: a contributor line whose credit runs long and never
  // reaches "contributed to this report", a wire's writers that never close
  `${"The Associated Press ".repeat(12)}contributed to this repor\n(${"Associated Press writer Ab ".repeat(10)}contributed to this report\n${"Ab ".repeat(60)}contributed to this story.\n\n`,
  // a byline's comma parts run long before a bar, an end mark's name that never ends
  `By ${"Ab Cd, ".repeat(40)}Kyodo News | February 11, 202x\n==${"Kyodo ".repeat(40)}1\n\n`,
  // an alert bar's items that never reach a date, a menu of sections run long, a player's label over lines of no byline
  `${"WEATHER ALERT: Ab cd ef gh ij kl mn op.\n".repeat(20)}News ${"Weather Sports ".repeat(20)}x\nNow Playing\n${"Ab cd ".repeat(20)}\nby: ${"AB ".repeat(40)}\n\n`,
  // an app's invitation and a trial's offer that never end as theirs do, a "Read the original:" label with no address
  `Get ${"local news ".repeat(20)}Download ${"Ab ".repeat(30)}for fre\nTry ${"Ab ".repeat(40)}free for 14 dayz\nRead the original: ${"https ".repeat(30)}x\nWe value your privacy${" ab".repeat(60)}\n\n`,
  // a paper's name before a bullet run long and never reaching a paper's word
  `The ${"Bayou-".repeat(40)}Ledge · Dec 1, 2026\n${"Ab ".repeat(50)}Star · Dec 1, 202\n\n`,
  // a name run into words that never make a wire's full name, a wire's dateline whose brackets never close or whose
  // dash never comes, a byline's bars run long, a bar after a sentence before words that never end
  `${"AbCd".repeat(30)} Associated Pres\nMOSCOW, Feb 9 (${"Reuters ".repeat(10)}x\nMOSCOW, Feb 9 (Reuters) ${"ab ".repeat(40)}\nBy ${"Ab Cd | ".repeat(30)}x\n${"Ab cd. | Ef gh ".repeat(30)}1\n\n`,
  // a relay's credit whose source never comes, a thanks line's names that never reach the count, a dateline's day and
  // brackets that never close, a date line's original tail run long
  `Dịch từ: ${"Radio Free ".repeat(12)}x\n${"ngoclan, ".repeat(40)}và 7 người khác đã thích bài\nBình Nhưỡng, 4/12 (${"Tân Hoa ".repeat(6)}x\nĐăng: 02/12/2026 | Bản gốc: ${"01/12 ".repeat(12)}x\n— ${"BBC News, ".repeat(12)}4/12/2026 x\n\n`,
  // an alert box's label in capitals run on without a date below, a station's name of numbers before a bullet, a
  // domain of a name's words with every middle word left out
  `${"WEATHER ALERT Ab cd ef gh.\n".repeat(20)}${"KAB 4 ".repeat(20)}· Jul 14, 202x\n${"abcd".repeat(12)}.com\n${"Abcd ".repeat(8)}\n\n`,
  // a post before a name that never reaches a name, a picture's source in brackets that never closes
  `By ${"Pacific affairs ".repeat(20)}reporter ab\nAb cd. (Supplied: ${"Ab ".repeat(30)}\nJust In ${"For You ".repeat(20)}x\n\n`,
  // a name and a bar before words that never reach a post, a wire's name before a bullet run long, a gift pitch cut short
  `Ab Cd | ${"Washington ".repeat(20)}corresponden\n${"The Canadian ".repeat(10)}· Posted: Jul 17, 202x\nSubscribe to gift this ${"article ".repeat(30)}\n\n`,
  // an app's pitch, a briefing's pitch and a pointer to the source run long and never ending as theirs do
  `Get Ab: news from ${"the sources ".repeat(20)}in one free ap\nSign up for the ${"Ab ".repeat(30)}Brief: ${"ab ".repeat(40)}every weekda\nRead more on ${"Ab ".repeat(40)}\nVideo unavailable. Watch ${"Ab ".repeat(20)}liv\n\n`,
  // a desk's credit whose wire never comes, a partner's credit whose network is cut short, a bar's credit of slashes
  // run long, a metered wall's limit and a subscription's pitch that never end as theirs do, a rights line's name run
  // long, a footnote's number over words that never finish, a citation rule's materials repeated
  `Staff writer, with ${"with ".repeat(30)}AFPx\nThe ${"Ab Cd ".repeat(20)}/ AN\nAb cd ef. | ${"Ab / via ".repeat(30)}1\nYou have reached your free article limit ${"for this month ".repeat(12)}x\nRead more ${"ab ".repeat(40)}with a ${"Ab ".repeat(20)}subscriptio\n${"Ab cd ".repeat(20)}. All rights reserved. No reproduction ${"ab ".repeat(40)}\n1\n${"Ab cd ef gh ".repeat(60)}\nWhen using ${"ab ".repeat(40)}materials, a hyperlink ${"ab ".repeat(60)}x\nTrending ${"Topics ".repeat(20)}\nComments will be moderated. ${"Keep ab ".repeat(40)}abusiv\nFont size ${"Share ".repeat(30)}x\n\n`,
  // near misses of the seventy-sixth corpus's forms: a long read's credits block whose parts never end or run past
  // their count, a graphic's credit line whose source after the bar never closes
  `Nội dung: ${"Ab Cd | Ảnh: ".repeat(30)}x\nNội dung: Ab Cd ${"| Thiết kế: Ab ".repeat(30)}x\nThực hiện: Ab Cd ${"| Nguồn: Ab ".repeat(30)}\nBy Ab Cd | Source: ${"Ab ".repeat(60)}x\nBáo Mới\n${"Báo Ab · ".repeat(30)}1 giờ trước\n\n`,
  // near misses of the seventy-seventh's: a language switch in its own scripts that never ends, a live-score bar run
  // long, a bar of labels with loose numbers again and again, a labelled writer whose dashes never reach a stamp, a
  // stamp whose views after dashes never end
  `${"日本語 | 한국어 | ".repeat(30)}x\nTỷ số trực tiếp: ${"Ab 2-1 ".repeat(40)}\n${"Ab 24h | Cd | ".repeat(30)}2026\nTác giả: ${"Ab - Cd ".repeat(30)}- 1x\nNgày đăng 19/11/2026 ${"- Lượt xem ".repeat(20)}: x\n${"Ab - Cd – ".repeat(14)}(408) 555-21x\n« Bài trước: ${"Ab ".repeat(60)}\n© Bản quyền thuộc ${"Ab ".repeat(30)}Ghi rõ nguồn ${"khi ".repeat(40)}x\n${"Ăb ".repeat(30)}/ ${"Ab ".repeat(20)}x\nNgười viết: ${"Ab ".repeat(20)}(sinh viên ${"ab ".repeat(30)}\nAb Cd tổng hợp (theo ${"Ab ".repeat(30)}\nĐài ${"Ab - ".repeat(30)}Ban x\n\n`,
  // near misses of the seventy-eighth corpus's forms: a print view's buttons repeated and never closing, a reader's
  // reason and a court summary's note that never reach their end, a stamp whose host runs long, end marks in a row
  `${"Print this article Close window ".repeat(30)}x\nYou are receiving this because you ${"ab ".repeat(80)}\nThis summary is provided to help ${"ab decision ".repeat(60)}\nPrinted from ${"ab ".repeat(60)}on 1\n${"— ENDS —".repeat(20)}x\nWatch the meeting on ${"Ab ".repeat(40)}x\nContact the press desk ${"ab ".repeat(50)}\nThe ${"tanker, right, ".repeat(20)}at sea. ${"Japan ".repeat(30)}Coast Gua\nBy Ab Cd, ${"Tokyo ".repeat(30)}correspondent, and ${"Ab ".repeat(30)}in\nHome > ${"Ab Cd > ".repeat(40)}x\nab.cd · ${"Ab ".repeat(60)}· x\n${"ab.cd · ".repeat(40)}1\n\n`,
  // near misses of the eightieth corpus's forms: a write-through note whose paragraph never comes, a slug of words that
  // never reach the version, rights lines and a syndicate's line that never end, a menu of e-labels that never close,
  // a wire's name before dashes that never reach a year, a bar before a wire's name repeated
  `(ADDS ${"comment in ".repeat(40)}paragraph x)\nBC-EU--${"Ab-".repeat(60)}, 1st Ld-Write\nCopyright 2026 ${"Ab ".repeat(8)}any reproduction ${"ab ".repeat(70)}x\n${"Ab ".repeat(3)}2026 ${"all rights ".repeat(30)}x\nDistributed by ${"Ab ".repeat(60)}agenc\nThis is a breaking news update. ${"ab ".repeat(70)}\n${"City ePaper ".repeat(30)}ePape\n${"Print ".repeat(40)}Close x\n${"KYODO NEWS - ".repeat(30)}Nov 24, 20\nAb Cd | ${"Anadolu ".repeat(30)}x\n\n`,
  // sign-up boxes whose owner's name never ends, or never reaches its newsletter
  `Đăng ký nhận bản tin của ${"Ab ".repeat(200)}x\nĐăng ký kênh Telegram của ${"Ab cd ".repeat(60)}\nSign up for ${"Ab ".repeat(120)}x's\nJoin ${"Ab's ".repeat(80)}newslette\n\n`,
  // a page under a parent's domain whose lines almost spell its label, in parts that never end
  `https://abcd.cand.com.vn/x-i1/\n${"Ab Bc Cd ".repeat(60)}x\nTheo ${"Ab - ".repeat(80)}Bc\n© 2026 ${"Ab. ".repeat(60)}\n\n`,
  // names in the possessive run on and on (a domain printed over them, for the domain's reading to try each)
  `ab.cd\n${"The Ab's ".repeat(60)}x\n${"the Ab Cd’s ".repeat(40)}ab\n${"Ab's ab ".repeat(60)}\n\n`,
  // a name before a stamp's weekday run long or never reaching its date; a Vietnamese cookie banner's buttons repeated
  // past its reach; a publisher's line whose name or publisher never ends; a writer's post and box heading run long
  `${"Ab cd ".repeat(30)}là ấn phẩm của ${"ab ".repeat(80)}x\nPublished by ${"Ab ".repeat(100)}\n${"Ab Cd ".repeat(20)}is a publication of x\n\n`,
  `Dr. Ab Cd is a ${"senior ".repeat(60)}editor at x\n${"Ab ".repeat(30)}là ${"phóng ".repeat(40)}viên\nAbout the Author: ${"Ab ".repeat(80)}x\n\n`,
  `Chúng tôi sử dụng cookie ${"chấp nhận đọc thêm ".repeat(40)}x\n${"Ab ".repeat(40)}Thứ Năm, 03/12/2026 19:40\n${"Ab Cd ".repeat(30)}Thursday, December 3, 20\n${"Ab, ".repeat(40)}Thứ Năm, 3 x\n\n`,
  // a last paragraph's dashes before names that never end as a wire's, and dashes again and again at its end
  // offers whose edition's name never ends as theirs do, tip calls whose words never reach their contact
  `Before it's here, it's on the ${"Ab ".repeat(80)}x\nGet the full ${"Ab ".repeat(80)}experienc\nSubscribe to ${"Ab ".repeat(80)}x\nĐăng ký gói ${"ab ".repeat(80)}để đọc\nHave a ${"tip for us ".repeat(40)}x\nBạn có thông tin ${"muốn chia sẻ ".repeat(40)}x\n\n`,
  // writers' notes whose names run on and never reach their verb, or whose note never ends in brackets
  `${"Ab Cd ".repeat(80)}x\n(${"Ab Cd Ef Gh reports on ".repeat(30)}x\n${"Ab ".repeat(60)}là nhà nghiên cứu ${"ab ".repeat(60)}\n\n`,
  // corrections' labels again and again without their colon, and a correction's star before stars that never end
  `${"* Đính chính ".repeat(60)}x\n${"Correction: ".repeat(50)}\n${"* ".repeat(200)}Correction x\n\n`,
  `${"Ab cd ef. – ".repeat(60)}Reuters x\n${"ab cd ef gh ij kl ".repeat(10)}said. ${"– ".repeat(60)}AFP, ${"Ab, ".repeat(30)}x\n\n`,
  `Đăng bởi: ${"Ab ".repeat(40)}· 3 giờ\n${"Ab ".repeat(40)}· 2 giờ trước\nPosted by ${"Ab-".repeat(40)}x · 3 hours ago\n▶ ${"00:00 / ".repeat(20)}x\nNội dung ${"chương trình ".repeat(10)}:\nHÀ NỘI\n${"Hà Nội".repeat(200)} tại x.\n${"Sổ tay ".repeat(30)}x\n\n`,
];

/** A page printed to PDF of about `bytes`: a print header, then footers that almost match, words broken across lines. */
export function pathologicalPrintCopy(bytes: number): string {
  const unit = `https://${"a/".repeat(900)} 1/\nhttps://a.b/c ${"1".repeat(40)}/2\n${"ab-\n".repeat(40)}cd ef.\n12/5/26, 9:41 AM ${"ab ".repeat(200)}\n1 of ${"2".repeat(30)} 12/5/26\n`;
  return `12/5/26, 9:41 AM Ab cd ef gh ij | Kl\n${unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)))}https://a.b/c 1/2\n`;
}

/** A chat export of about `bytes`: stamped messages, lines that almost carry a stamp, left-out media cut short. */
export function pathologicalChatExport(bytes: number): string {
  const unit = `05/12/2026, 07:53 - Ab: <Media omitte\n05/12/2026, 07:5 - Ab: x\n${"ab ".repeat(80)}\n<attached: ${"a".repeat(300)}\n`;
  return `05/12/2026, 07:52 - Ab: https://a.b/c\n${unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)))}`;
}

/** `bytes` (UTF-16 code units, about bytes for this ASCII-heavy text) of blank-line-separated pathological lines. */
export function pathologicalText(bytes: number): string {
  const unit = TEXT_UNITS.join("");
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

/** An HTML page of about `bytes` made of `<p>a</p>` elements. */
export function pathologicalHtml(bytes: number): string {
  return `<html><body>${"<p>a</p>".repeat(Math.max(1, Math.ceil(bytes / 8)))}</body></html>`;
}

const NESTED_UNIT = "<div><section><div>Subscribe to <table><tr><td><img src=a.jpg>a</td></tr></table>";
/**
 * An HTML page of about `bytes` of containers nested 60 deep, again and again, each opening with a sign-up's first
 * words and holding an image table: the promotion-box and image-table passes must not read a subtree per element.
 */
export function pathologicalNestedHtml(bytes: number): string {
  const close = "</div></section></div>";
  const group = `${NESTED_UNIT.repeat(20)}${close.repeat(20)}`;
  return `<html><body>${group.repeat(Math.max(1, Math.ceil(bytes / group.length)))}</body></html>`;
}

const PICTURE_UNIT =
  '<div><div><img alt="Ab cd ef gh ij kl mn op"><p>1/4</p><p>Ab cd ef gh</p></div><p><img alt="blank"></p><p>Ab cd ef gh ij kl</p><figure><img alt="Ab cd ef gh ij kl mn"><p>Image: Ab</p></figure>';
/**
 * An HTML page of about `bytes` of pictures without figcaptions nested 20 deep, again and again (gallery slides, a
 * short line below a picture, figures with alt text only), each wrapper also holding the pictures below it: the
 * caption pass must read each picture's surroundings within a small budget, not the wrappers' whole text.
 */
export function pathologicalPictureHtml(bytes: number): string {
  const group = `${PICTURE_UNIT.repeat(20)}${"</div>".repeat(20)}`;
  return `<html><body>${group.repeat(Math.max(1, Math.ceil(bytes / group.length)))}</body></html>`;
}

const BOX_UNIT = `<div>${"<span>ab</span><span>Cd</span><a>3.</a><a>5</a>".repeat(20)}${"<span>".repeat(60)}Ab${"</span>".repeat(60)}<span>ab</span></div>`;
/**
 * An HTML page of about `bytes` of inline boxes side by side with no space between them, each next to spans nested 60
 * deep before their first letter: telling where a box starts a word must look into each box's start within a budget,
 * not read its whole subtree.
 */
export function pathologicalInlineBoxHtml(bytes: number): string {
  return `<html><body><article>${BOX_UNIT.repeat(Math.max(1, Math.ceil(bytes / BOX_UNIT.length)))}</article></body></html>`;
}

const TABLE_UNIT =
  "<table><caption>Ab</caption><tr><th>Ab</th><td>1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 x</td></tr><tr><td><a href=a>Ab</a></td><td>";
const LIST_UNIT = "<ul><li><a href=a>Ab cd</a></li><li><a href=b>Ef</a>";
/**
 * An HTML page of about `bytes` of tables nested 30 deep in each other's cells (each with a caption, header cells and
 * a cell of figures that almost parses), then lists of links nested 30 deep: telling data tables from layout tables
 * and lists of facts from lists of links must read each cell and item once, not a table's or list's whole subtree.
 */
export function pathologicalTableHtml(bytes: number): string {
  const tables = `${TABLE_UNIT.repeat(30)}${"</td></tr></table>".repeat(30)}`;
  const lists = `${LIST_UNIT.repeat(30)}${"</li></ul>".repeat(30)}`;
  const group = `<div><p>Ab cd ef gh ij kl mn op qr st uv wx yz.</p>${tables}${lists}</div>`;
  return `<html><body><article>${group.repeat(Math.max(1, Math.ceil(bytes / group.length)))}</article></body></html>`;
}

/**
 * Best of `runs` times (ms) of `work`, counted in this process's CPU time (user and system, its garbage collector's
 * threads included) rather than the wall clock: on a machine shared with other work, waiting for a core is not the
 * work's own cost, and it made the smallest input of a growth test look fast or slow at random.
 */
export function bestTime(work: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const EMAIL_UNIT = [
  // encoded words never closed, a charset run long, Q data with "=" runs, a boundary that almost matches
  "=?utf-8?Q?=3D=3D=3D=?= =?utf-8?B?AAAA =?x?Q?a_b =?aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?Q?x?=",
  "--=_b_7Xq\r\n--=_b_7XqZ\r\n-- =_b_7Xq9\r\nContent-Type: multipart/mixed; boundary==_b_7Xq9\r\n\r\n",
  "= = = = = = = = = = =\r\n=\r\n==\r\n=ZZ=\r\n",
  "---------- Forwarded message ---------\r\nFrom: a\r\nSent: b\r\nTo: c\r\nSubject: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: Fwd: x\r\nFrom: a\r\nSent b\r\n\r\n",
].join("");
/**
 * A saved e-mail of about `bytes` (Latin-1, one byte a character): a Subject of encoded words that never close, then a
 * multipart/mixed body whose parts nest, almost match the boundary, hold quoted-printable "=" runs and forward header
 * blocks again and again.
 */
export function pathologicalEmail(bytes: number): string {
  const repeat = Math.max(1, Math.ceil(bytes / EMAIL_UNIT.length));
  const subject = "=?utf-8?Q?Fwd:_".repeat(Math.min(200, repeat));
  const head = `From: a <a@b>\r\nTo: c@d\r\nSubject: Fwd: FW: ${subject}\r\nDate: Thu, 3 Dec 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="=_b_7Xq9"\r\n\r\n`;
  return `${head}--=_b_7Xq9\r\nContent-Type: text/plain; charset=utf-8; format=flowed\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${EMAIL_UNIT.repeat(repeat)}`;
}

/** HTML of about `bytes` whose tags never close: "<", "<br" and "</div" followed by long runs of other characters. */
export function pathologicalOpenTags(bytes: number): string {
  const unit = `<${"a".repeat(600)}<br${" x".repeat(300)}</div${"-".repeat(900)}<<<<&am&lt`;
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

const WORD_UNIT =
  '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>&#x; &#99999999; &amp &lt;w:p&gt; <![CDATA[ab]]></w:t></w:r><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t><w:tab/><w:br/></w:r>' +
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc><w:tc>' +
  '<w:del><w:r><w:delText>c</w:delText></w:r></w:del><mc:Fallback><w:p><w:r><w:t>d</w:t></w:r></w:p></mc:Fallback><w:t>&#x1F600;</w:t><!-- e --></w:tc></w:tr></w:tbl><w:attr w:val=\'x\' w:val="y" w:valx="z"/></w:p>';
/**
 * A Word document's body of about `bytes`: paragraphs holding tables nested in each other's cells, entities that
 * almost parse, deleted and fallback content (one deletion never closed), CDATA and comments: the document reader must read each
 * tag once.
 */
export function pathologicalWordXml(bytes: number): string {
  const body = WORD_UNIT.repeat(Math.max(1, Math.ceil(bytes / WORD_UNIT.length)));
  return `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
}
