// Scores the importer on the capture corpus (fixtures/captures): per-field accuracy of title, date, outlet, agency,
// author, url, captions, furniture removed and text kept. Shared by capture-accuracy.test.ts and the bench.
import { readFileSync } from "node:fs";
import { foldForMatch } from "./normalize";
import { decodeImportFile, parseImport, type ParsedSource } from "./parse-import";

/** What the importer must find in one capture (fixtures/captures/manifest.json). */
export interface CaptureExpectation {
  title: string;
  /** ISO prefix the parsed publishedAt must start with ("2023-09-13T15:54"); null: no date may be found. */
  publishedAt: string | null;
  outlet: string | null;
  agency: string | null;
  author: string | null;
  url: string | null;
  /** Caption descriptions (without credit) that must come out as captions, not body text. */
  captions: string[];
  /** Paragraphs (and sub-headings) that must be kept in the body. */
  body: string[];
  /** Page furniture lines that must not end up in the body, the captions or the title. */
  furniture: string[];
}
export interface CaptureEntry {
  file: string;
  outlet: string;
  layout: string;
  kind: "text" | "html";
  lang: "vi" | "en";
  expect: CaptureExpectation;
}

export const ACCURACY_FIELDS = ["title", "date", "outlet", "agency", "author", "url", "captions", "furniture removed", "text kept"] as const;
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];
/** The floors the corpus must reach (fields without one are reported only). */
export const ACCURACY_FLOORS: Partial<Record<AccuracyField, number>> = {
  title: 0.95,
  date: 0.95,
  captions: 0.9,
  "furniture removed": 0.9,
  "text kept": 0.99,
};

export interface CaptureScore {
  file: string;
  /** Per field: [right, total]. */
  fields: Record<AccuracyField, [number, number]>;
  /** What went wrong, one line per miss. */
  misses: string[];
}

export const CORPUS = new URL("../../fixtures/captures/", import.meta.url);
/** The held-out corpus: outlets and text the importer's rules were never adjusted against. */
export const HELDOUT_CORPUS = new URL("../../fixtures/captures-heldout/", import.meta.url);
/** The third held-out corpus: full pages of still other outlets, written before the rules were read. */
export const BLIND3_CORPUS = new URL("../../fixtures/captures-blind3/", import.meta.url);
/** The fourth held-out corpus: other outlets again, in layouts none of the first three holds. */
export const BLIND4_CORPUS = new URL("../../fixtures/captures-blind4/", import.meta.url);
/** The fifth held-out corpus: other outlets again, in kinds of copy (print, AMP, mobile, e-mail, wire, PDF) none of the first four holds. */
export const BLIND5_CORPUS = new URL("../../fixtures/captures-blind5/", import.meta.url);
/** The sixth held-out corpus: other outlets again, named only by logo, title suffix, copyright line or domain, with dates in URLs, data attributes, CJK or relative form. */
export const BLIND6_CORPUS = new URL("../../fixtures/captures-blind6/", import.meta.url);
/** The seventh held-out corpus: other outlets again, with captions without credits, pages that never name themselves, live blogs, 12-hour and US dates, print copies and a second article under the first. */
export const BLIND7_CORPUS = new URL("../../fixtures/captures-blind7/", import.meta.url);
/** The eighth held-out corpus: other outlets again, whose pages name themselves by tagline, domain, another language or the publisher's company, with appeals inside the text, agency bylines and captions credited in other ways. */
export const BLIND8_CORPUS = new URL("../../fixtures/captures-blind8/", import.meta.url);
/** The ninth held-out corpus: other outlets again, named by logo, tagline or another script, with relative and CJK dates, players, newsletter and cookie boxes, AI summaries and tables. */
export const BLIND9_CORPUS = new URL("../../fixtures/captures-blind9/", import.meta.url);
/** The tenth held-out corpus: other outlets again, through aggregators, AMP, e-paper, PDF, Telegram and newsletter copies, live blogs and text copies that put each link on its own line. */
export const BLIND10_CORPUS = new URL("../../fixtures/captures-blind10/", import.meta.url);
/** The eleventh held-out corpus: other outlets again, of Europe and the Americas and of Vietnam's northern provinces and sector papers, with kickers, several dates, credits only at the foot, walls, polls and hard-wrapped copies. */
export const BLIND11_CORPUS = new URL("../../fixtures/captures-blind11/", import.meta.url);
/** The twelfth held-out corpus: other outlets again, through archive toolbars, search-engine and AMP caches, reader views, read-later exports, print views, phone copies and a page saved as .mhtml. */
export const BLIND12_CORPUS = new URL("../../fixtures/captures-blind12/", import.meta.url);
/** The thirteenth held-out corpus: other outlets again, of Vietnam's provinces and sector papers and of English outlets of every region, with heavy chrome copied along, hard-wrapped e-mails, several sources at the foot and ranks with degrees. */
export const BLIND13_CORPUS = new URL("../../fixtures/captures-blind13/", import.meta.url);
/** The fourteenth held-out corpus: Vietnamese outlets again (provincial, sector and city papers, television sites, magazines, overseas relays of foreign wires), copied whole, by article area and on phones, and saved as pages. */
export const BLIND14_CORPUS = new URL("../../fixtures/captures-blind14/", import.meta.url);
/** The sixteenth held-out corpus: other outlets again, chosen for how the page is built (WordPress @graph, Next.js, Arc XP, Drupal, AMP, microdata, paywalls, live blogs) and how it was captured (.mhtml, .eml, .docx, clipper notes, Reader View, print and read-later copies). */
export const BLIND16_CORPUS = new URL("../../fixtures/captures-blind16/", import.meta.url);
/** The fifteenth held-out corpus: English outlets only, wire copy as regional papers, TV station sites and public radio carry it, and national papers of South Asia, Central Asia and the Caucasus, Eastern Europe, the Nordics, Latin America and Canada. */
export const BLIND15_CORPUS = new URL("../../fixtures/captures-blind15/", import.meta.url);
/** The seventeenth held-out corpus: English outlets only, of the regions and kinds the others hold least (UK, Irish, Scottish and Welsh regional papers, Australian and New Zealand regional papers, US city papers and a TV station, the Caribbean and the Pacific, African and Middle Eastern dailies, think tanks, Indian wire agencies' own pages), two thirds plain-text copies. */
export const BLIND17_CORPUS = new URL("../../fixtures/captures-blind17/", import.meta.url);
/** The eighteenth held-out corpus: Vietnamese outlets relaying foreign broadcasters and wires (overseas papers, sites and television, portals, business, law and provincial papers, a journal of translations), 60 % text copies. */
export const BLIND18_CORPUS = new URL("../../fixtures/captures-blind18/", import.meta.url);
/** The nineteenth held-out corpus: other outlets again, chosen for captions and furniture: saved pages as big outlets' CMSs render figures, galleries, related boxes, promos, players, polls and author boxes, and plain-text copies of such pages. */
export const BLIND19_CORPUS = new URL("../../fixtures/captures-blind19/", import.meta.url);
/** The twentieth held-out corpus: Vietnamese outlets again, captured on the go: phone copies of mobile sites, app share-sheet text, Facebook and Zalo posts relaying an article, reader-app, in-app browser and print copies, and AMP and mobile pages saved on a phone. */
export const BLIND20_CORPUS = new URL("../../fixtures/captures-blind20/", import.meta.url);
/** The twenty-first held-out corpus: English outlets that follow the Russia–North Korea story closely (defence press, Ukrainian, Baltic, Central Asian, Chinese and Japanese English services, research and arms-control bodies, UN pages, a parliamentary record, a sanctions press release), 60 % plain-text copies. */
export const BLIND21_CORPUS = new URL("../../fixtures/captures-blind21/", import.meta.url);
/** The twenty-second held-out corpus: other outlets again, as pages reach a newsroom second-hand: saved from the Wayback Machine or archive.today, a cached snapshot, translated by the browser or through Google Translate's proxy, reposted by aggregators that credit the original, newsletter posts, a Telegram channel and a forum thread quoting an article. */
export const BLIND22_CORPUS = new URL("../../fixtures/captures-blind22/", import.meta.url);
/** The twenty-third held-out corpus: other outlets again, chosen for pages that are not a plain news story: live pages, explainers and Q&As, interviews, opinion columns, long reads and e-magazines, photo stories, video pages, fact-checks, statements relayed in full and timelines. */
export const BLIND23_CORPUS = new URL("../../fixtures/captures-blind23/", import.meta.url);
/** The twenty-fourth held-out corpus: other outlets again, chosen for what a select-all or save really takes along in browsers other than desktop Chrome: the next article of an infinite scroll, consent, paywall and newsletter dialogs, sticky players and "you are reading" bars, comment threads, expanded "read more", Firefox, Safari, Edge Immersive Reader and Samsung Internet copies, Firefox "complete" and Safari page-source saves. */
export const BLIND24_CORPUS = new URL("../../fixtures/captures-blind24/", import.meta.url);
/** The twenty-fifth held-out corpus: the big Vietnamese outlets again, all of them in earlier corpora: another article of each, captured another day and another way than before (phone and article-area copies, a photo story, a video page, an interview, a live box, a two-line headline, saved pages of a wire dispatch and a gallery, the Vietnamese services of BBC, RFA and DW). */
export const BLIND25_CORPUS = new URL("../../fixtures/captures-blind25/", import.meta.url);
/** The twenty-sixth corpus: the big English outlets again (wires, broadcasters, national papers, Korean, Japanese and Hong Kong English outlets, a think tank), every one already in an earlier corpus, each with another article captured another day and another way. */
export const BLIND26_CORPUS = new URL("../../fixtures/captures-blind26/", import.meta.url);
/** The twenty-seventh held-out corpus: other outlets again, as the tools a reporter takes a page with write it: web clippers' Markdown notes and HTML exports (Obsidian, MarkDownload, Joplin, Notion, Evernote), reader modes (Firefox, Safari, Edge, Instapaper), print-to-PDF text and print views, Word and Google Docs exports, a forward to the desk, a chat export, NFD and CRLF text. */
export const BLIND27_CORPUS = new URL("../../fixtures/captures-blind27/", import.meta.url);
/** The twenty-eighth held-out corpus: the Vietnamese long tail: online magazines of associations and sectors, ministry, provincial and city portals, university and research-institute news, provincial radio-television stations, an embassy's and the Vatican's Vietnamese pages, overseas dailies, a large blog and a reposting site, on the CMSes they really run. */
export const BLIND28_CORPUS = new URL("../../fixtures/captures-blind28/", import.meta.url);
/** The twenty-ninth held-out corpus: wire copy (AP, Reuters, AFP, Bloomberg, PA, Xinhua, Bernama) as republishers carry it: US station and chain sites, Canadian, British, Irish, Australian, New Zealand and Asian English sites, a portal and financial sites. */
export const BLIND29_CORPUS = new URL("../../fixtures/captures-blind29/", import.meta.url);
/** The thirtieth held-out corpus: English outlets never seen, as a newsroom captures them any day: shipping, energy and aviation trade press, weeklies and magazines, commentary sites, think tanks' commentary pages, regional dailies, a broadcaster, a tabloid's site, an investigative site and an exile news site; desktop select-all, article-area and phone copies (about 55 %) and saved pages. */
export const BLIND30_CORPUS = new URL("../../fixtures/captures-blind30/", import.meta.url);
/** The thirty-first held-out corpus: Vietnamese-run outlets never seen, in Vietnamese and English: English editions of Vietnamese papers, magazines of mass and party organisations, district and city portals, business portals, provincial stations' video pages, overseas weeklies; text copies and saved pages. */
export const BLIND31_CORPUS = new URL("../../fixtures/captures-blind31/", import.meta.url);
/** The thirty-second held-out corpus: Vietnamese relays of foreign broadcasters and wires in kinds of page other than the plain news story (press reviews, interviews, analyses, round-ups, explainers, video, radio and podcast pages, updated stories, corrections, photo stories), outlets seen before and six never seen; text copies and saved pages. */
export const BLIND32_CORPUS = new URL("../../fixtures/captures-blind32/", import.meta.url);
/** The thirty-third held-out corpus: Vietnamese provincial and sector papers never seen (the papers merged with their provinces' stations in 2025, tax, banking, law, railway, rural-economy, industry and family-health titles, a children's paper, universities), in their non-story page types: relays, photo stories, e-magazines, infographics, video pages, series parts, interviews, a digest, corrections. */
export const BLIND33_CORPUS = new URL("../../fixtures/captures-blind33/", import.meta.url);
/** The thirty-fourth held-out corpus: the page types a desk relays besides the plain story (factboxes, explainers, timelines, analyses with several bylines, live blogs, galleries, video and podcast transcripts, columns with bios, corrections and updates, newsletters, press briefings) from big wires, international outlets and two foreign ministries, seen before or not. */
export const BLIND34_CORPUS = new URL("../../fixtures/captures-blind34/", import.meta.url);
/** The thirty-fifth held-out corpus: English-language outlets never seen, from the regions that watch the story from outside: Indian, Pakistani, Bangladeshi, Sri Lankan and Nepali dailies, sites and state agencies, Indonesian, Thai, Philippine and Cambodian English outlets, an Uzbek site, a Turkish English daily, an Israeli site, a Qatari daily, Iran's state agency in English and a Caribbean daily; text copies and saved pages, half each. */
export const BLIND35_CORPUS = new URL("../../fixtures/captures-blind35/", import.meta.url);
/** The thirty-sixth held-out corpus: where claims are first published: posts and articles on platforms (Substack, Medium, Ghost, Beehiiv, LinkedIn, Facebook, X, Telegram and Telegraph, VK, Blogger, WordPress.com, Zalo, Lotus, Tumblr, YouTube, TikTok, Naver), in Vietnamese and English; text copies and saved pages. */
export const BLIND36_CORPUS = new URL("../../fixtures/captures-blind36/", import.meta.url);
/** The thirty-seventh held-out corpus: fact-check and verification pages (fact-checkers, disinformation trackers, open-source investigators, a Vietnamese paper's verification column, a provincial police portal's fake-news notice) with their verdict boxes, partner notices, archived links and source lists; text copies and saved pages with ClaimReview JSON-LD. */
export const BLIND37_CORPUS = new URL("../../fixtures/captures-blind37/", import.meta.url);
/** The thirty-eighth held-out corpus: official pages, where denials and allegations are first published: governments, parliaments and international organizations (the Kremlin, the White House, the Pentagon, the UN Secretary-General, NATO, the EEAS, the President of Ukraine, the ROK defence ministry, China's foreign ministry, Global Affairs Canada; the Vietnamese National Assembly, President's Office, ministries, Government portal, Party and Front bodies and provincial portals), in English and Vietnamese; text copies and saved pages. */
export const BLIND38_CORPUS = new URL("../../fixtures/captures-blind38/", import.meta.url);
/** The thirty-ninth held-out corpus: Korean, Russian, Chinese, Japanese and Ukrainian news pages read through the browser's page translation (Chrome, Edge, Yandex Browser) or Google Translate's translate.goog proxy, mostly into Vietnamese, some into English, then copied or saved as the translation leaves them: date labels, bylines, credits and copyright lines translated word for word, `<font>` wrappers, the proxy's bar and hover card. Some outlets were seen before in English. */
export const BLIND39_CORPUS = new URL("../../fixtures/captures-blind39/", import.meta.url);
/** The fortieth held-out corpus: long form: magazines, journals, reports and essays never seen, in English (Harper's, Prospect, the London Review of Books, Jacobin, The American Conservative, 19FortyFive, Modern Diplomacy, Geopolitical Monitor, IISS, CSIS, Carnegie) and Vietnamese (research and academy journals, a university journal on Open Journal Systems, an e-magazine page), with their drop caps, pull quotes, footnote markers, notes, abstracts and keywords; text copies and saved pages. */
export const BLIND40_CORPUS = new URL("../../fixtures/captures-blind40/", import.meta.url);
/** The forty-first held-out corpus: the story's past: articles of 2023–2025 (the Vostochny summit, the Pyongyang treaty, troops in Kursk, the confirmation, the labour reports) captured in December 2026 from outlets never seen, in English (Military.com, Task & Purpose, UNITED24 Media, Outlook India, Al Mayadeen English, The Daily Beast, Newsmax, UNIAN, SBS News, JAPAN Forward, BusinessKorea) and Vietnamese (military-region papers, magazines, NTD Việt Nam, Đài Hy Vọng), with what an old page carries: "more than 2 years old" banners, later "Updated"/"Cập nhật" lines, archive labels, editor's notes, related links to newer stories, relative times, two-digit years; text copies and saved pages. */
export const BLIND41_CORPUS = new URL("../../fixtures/captures-blind41/", import.meta.url);
/** The forty-second held-out corpus: broadcasters' video and audio pages never seen, in English (networks, public broadcasters, radio and podcast news pages) and Vietnamese (city, provincial, national and overseas stations), with the player's text taken along (durations, controls, "Up next" and playlists), programme names and air times, presenter and reporter credits, transcripts and scripts, VideoObject/AudioObject JSON-LD and og:video; text copies and saved pages. */
export const BLIND42_CORPUS = new URL("../../fixtures/captures-blind42/", import.meta.url);
/** The forty-third held-out corpus: the everyday mix of outlets never seen: Vietnamese military-region, provincial, city and sector papers, an overseas news site, a forum and a blog portal relaying VOA, RFI, RFA, BBC, AFP and Reuters, and English wire copy and news pages built around AP, AFP and Reuters copy; text copies by every browser and a phone, and saved pages. */
export const BLIND43_CORPUS = new URL("../../fixtures/captures-blind43/", import.meta.url);
/** The forty-fourth held-out corpus: opinion pages never seen, in English and Vietnamese: unsigned editorials ("Editorial", "Xã luận"), signed columns with the columnist's photo and standing title, guest essays and op-eds ("Open Forum", "Diễn đàn", "Góc nhìn", "Quan điểm"), letters to the editor signed with names and towns, with their disclaimers, bio lines, "Most read in Opinion", "More from this columnist" and the readers' comments a select-all takes along; text copies and saved pages. */
export const BLIND44_CORPUS = new URL("../../fixtures/captures-blind44/", import.meta.url);
/** The forty-fifth held-out corpus: the everyday mix again, outlets never seen: regional and national papers of the US, the UK, Ireland, Canada, Australia, New Zealand, India, Singapore, Malaysia, the Philippines and South Africa carrying AP, Reuters and AFP copy or their own reports, and Vietnamese provincial, sector and overseas outlets and the national portal relaying TTXVN, VOA, RFI, Reuters and AFP; text copies by every browser and a phone, saved pages and one .mhtml. */
export const BLIND45_CORPUS = new URL("../../fixtures/captures-blind45/", import.meta.url);
/** The forty-sixth held-out corpus: picture-led pages never seen, in English and Vietnamese: imagery analyses of research sites and think tanks (numbered figures, "Image: Planet Labs PBC", "Satellite image ©2026 Maxar Technologies", "Annotations by …", "Click to enlarge"), photo stories and galleries (slide counters, "Previous / Next", "Ảnh: 1/5", a credit under every picture, captions above the picture), maps and infographics with a text version ("Map data ©", "Đồ họa: …", "Nguồn: …") and explainers with many captioned pictures; text copies and saved pages. */
export const BLIND46_CORPUS = new URL("../../fixtures/captures-blind46/", import.meta.url);
/** The forty-seventh held-out corpus: wire copy as local sites never seen run it: AP stories on US and Canadian papers and TV stations' sites, PA, AAP, PTI, IANS, AFP and Bernama copy on British, Australian, Indian, Philippine and Malaysian sites, Reuters on business sites with "(Reporting by …; Editing by …)", and Vietnamese papers and magazines running TTXVN or rewriting Reuters and AFP ("Theo TTXVN", "(TTXVN/Vietnam+)", "Minh Anh (theo AFP)", "Nguồn: …"); text copies and saved pages. */
export const BLIND47_CORPUS = new URL("../../fixtures/captures-blind47/", import.meta.url);
/** The forty-eighth held-out corpus: live and rolling pages, in English and Vietnamese: live blogs of a summit day ("Live:", "LIVE Updates", "Trực tiếp", "Tường thuật trực tiếp") with pinned "Key points"/"Điểm chính", timestamped entries ("14:44 , NAME", "10:15 GMT+7", "2 phút trước") and entry writers, "Load more"/"Xem thêm diễn biến"; breaking pages ("BREAKING", "Tin nóng", "This is a developing story and will be updated"); stories updated through the day, some printing only their update ("Last Updated:", "Cập nhật lúc …"); and stories with a correction or editor's note appended ("Correction:", "Editor's note:", "Đính chính:", "Ghi chú của Ban biên tập"). Most outlets never seen; a few big newsrooms seen before, each in a page type no earlier corpus took for it; text copies and saved pages. */
export const BLIND48_CORPUS = new URL("../../fixtures/captures-blind48/", import.meta.url);
/** The forty-ninth held-out corpus: the article as read in another app, outlets never seen: aggregators' copies (Microsoft Start in English and Vietnamese, NewsBreak, Lotus, Báo Mới, Zalo's news tab, Cốc Cốc's news, 24h's relay of another paper), readers (Instapaper, Feedly, Inoreader, Readwise Reader), browsers' reader views (Edge's Immersive Reader, Brave's Speedreader), forwarded mail (Gmail as text and as its print view, Outlook in English and Vietnamese) and archived copies (archive.today, the Wayback Machine, Ghostarchive), with the app's own lines around the article; text copies and saved pages. */
export const BLIND49_CORPUS = new URL("../../fixtures/captures-blind49/", import.meta.url);
/** The fiftieth held-out corpus: the Vietnamese long tail, outlets never seen: the provincial papers and radio-TV stations merged in 2025 ("Báo và Phát thanh, Truyền hình …", a province's media centre), sector magazines (inner affairs, law, youth, rural, women's, the police's journal), an academy's and a law university's news pages, a national paper's e-magazine and a provincial infographic page, Vietnamese sites in Poland and Czechia, and the English editions of Vietnamese dailies; relaying TTXVN and foreign wires or writing their own ("Theo TTXVN", "Minh Anh (t/h)", "Nguồn: AFP", "Cập nhật lúc …", "2 ngày trước"); desktop and phone text copies and saved pages. */
export const BLIND50_CORPUS = new URL("../../fixtures/captures-blind50/", import.meta.url);
/** The fifty-first held-out corpus: English-language news of Asia and the Pacific, outlets never seen: papers, relays and broadcasters' sites of Mongolia, Kazakhstan, Uzbekistan, Nepal, Sri Lanka, Bangladesh, Myanmar, Cambodia, Laos, Brunei, Papua New Guinea, Fiji, a New Zealand regional paper, Taiwan, Macau and a Korean relay site, running AFP, Reuters, AP, Kyodo, Yonhap or Xinhua or writing their own ("Source: AFP", "-- Xinhua", "[Source: Kyodo]", "SEOUL (AP)", "-Agencies", "MDT/Agencies"); desktop and phone text copies and saved pages. */
export const BLIND51_CORPUS = new URL("../../fixtures/captures-blind51/", import.meta.url);
/** The fifty-second held-out corpus: English-language news of the Middle East, Africa, Latin America and the Caribbean, outlets never seen: papers, agencies and broadcasters' sites of Egypt, the UAE, Oman, Jordan, Lebanon, Iran, Nigeria, Ghana, Kenya, Ethiopia, South Africa, Brazil, Argentina, Guyana and Barbados, running AFP, Reuters, AP, Anadolu, Xinhua or WAM or writing their own ("Source: AFP", "Agence France Presse" under the text, "(WAM) --", "MOSCOW, (Reuters) –", "— AA", "(MNA) –", "By Agency Report", "December 4/2026"); desktop and phone text copies and saved pages. */
export const BLIND52_CORPUS = new URL("../../fixtures/captures-blind52/", import.meta.url);
/** The fifty-third held-out corpus: the Vietnamese everyday stream in page types besides the plain story, outlets never seen: interviews ("PV:" questions, "Thực hiện:", "(thực hiện)"), timelines ("Dòng thời gian:", dated entries on their own lines or as "19/6/2024: …"), factboxes ("Những điều cần biết", "Hỏi - đáp"), photo stories ("Chùm ảnh:", a credit under every picture), translated op-eds ("Bình luận quốc tế", "(dịch)", "Nguồn: The Diplomat"), summaries of the foreign press ("Báo chí nước ngoài viết gì"), parts of a series ("Kỳ 2:", "Đọc Kỳ 1:", "(Còn nữa)") and stories with a table; institutes' and ministries' journals, sector and students' magazines, a travel paper and the overseas Vietnamese press of Houston, San Jose, Germany, Taiwan and Korea; desktop and phone text copies and saved pages. */
export const BLIND53_CORPUS = new URL("../../fixtures/captures-blind53/", import.meta.url);
/** The fifty-fourth held-out corpus: local and regional papers and stations of the United States, Canada, Britain, Ireland, Australia and New Zealand, outlets never seen, on the platforms they share (Lee's BLOX, McClatchy, Gannett, Glacier, Reach, DC Thomson, Iconic Media, Australian Community Media, News Corp, Stuff, WordPress), running AP, Reuters, AFP, The Canadian Press, PA or AAP or writing a local angle ("SEOUL, South Korea (AP) —", "By: The Canadian Press", "This report by The Canadian Press was first published …", "Updated … first published …", "Picture by …/AAP PHOTOS"); desktop, phone and reader-view text copies and saved pages. */
export const BLIND54_CORPUS = new URL("../../fixtures/captures-blind54/", import.meta.url);
/** The fifty-fifth held-out corpus: the Vietnamese everyday stream from outlets never seen: journals of ministries and trades (education, construction, natural resources, science, culture, ethnic affairs, maritime), associations' magazines, provincial literary journals, a university and a regional political academy, and the portals of provinces, a city and a Hà Nội ward, relaying TTXVN, VOV, Reuters, AFP, Yonhap, TASS or Sputnik or written by their own writers ("Theo TTXVN", "Nguồn: Báo điện tử VOV", "Minh Hằng (theo Yonhap)", the byline in capitals at the end, "Thứ Năm, 03/12/2026, 07:30 (GMT+7)", "Ngày đăng:", "Cập nhật lúc:"); desktop, phone and reader-view text copies, an app's "share as text", and saved pages. */
export const BLIND55_CORPUS = new URL("../../fixtures/captures-blind55/", import.meta.url);
/** The fifty-sixth held-out corpus: English-language papers and broadcasters of South Asia, the Caucasus, Turkey and the Balkans, outlets never seen: India, Pakistan, Bangladesh, Sri Lanka, Nepal, the Maldives, Azerbaijan, Armenia, Georgia, Turkey and Bosnia, running PTI, IANS, ANI, APP, UNB, Trend, Anadolu, Reuters, AFP or AP or writing their own ("Moscow, Dec 3 (PTI)", "Seoul, Dec 2 (IANS)", "Moscow [Russia], December 4 (ANI):", "ISLAMABAD, Dec 3 (APP):", "By Trend", "(AA)", "Published Date - 11:20 AM, Thu - 3 December 26", "Published 2 days ago on 2026/12/04", "Also Read" inside the text); desktop, phone and reader-view text copies and saved pages. */
export const BLIND56_CORPUS = new URL("../../fixtures/captures-blind56/", import.meta.url);
/** The fifty-seventh held-out corpus: English-language papers, portals and broadcasters' English services of continental Europe, the Nordics, the Baltics and Ukraine, outlets never seen: Germany, France, the Netherlands, Switzerland, Austria, Italy, Spain, Portugal, Poland, Czechia, Slovakia, Hungary, Bulgaria, Estonia, Lithuania, Norway, Sweden, Denmark and Ukraine, running dpa, AFP, Reuters, AP, PAP, CTK, LETA, BNS, TT, NTB, Ritzau, Ukrinform or TASR or writing their own ("The Local/Ritzau", "Source: PAP", "By NTB", "Prague, Dec 3 (CTK) —", "Published Thursday 3 December 2026 at 15.48", "2026.12.05. 08:15", "DEC 03, 2026 - 05:30 CET", "4. Dec 2026 at 13:05", cookie banners, "Listen to this article", machine-translation notices, bylines with roles); desktop, phone and reader-view text copies and saved pages. */
export const BLIND57_CORPUS = new URL("../../fixtures/captures-blind57/", import.meta.url);
/** The fifty-eighth held-out corpus: Vietnamese-language pages of broadcasters, overseas papers and foreign services, outlets never seen: the news pages of VTV's regional and foreign-audience channels, VOV's and VTC's channels and a special zone's media centre, the radios, televisions and magazines of the Vietnamese communities of the United States, Canada, Australia, France, Germany and Japan, and the Vietnamese services of Taiwan's public television, Thailand's and Laos's national radios and two Chinese provincial radios, running TTXVN, VOV, Reuters, AFP, AP, Yonhap, Kyodo or TASS or writing their own ("Chương trình: Thời sự VTV9 - 19h00", "BTV:", "Biên tập:", the player's times, "Cập nhật lúc 20:15 ngày 04/12/2026", "Tháng Mười Hai 4, 2026 9:15 sáng", "Đăng lúc 7:30 sáng 04/12/2026", "Nguyễn Hùng chuyển ngữ theo AP"); desktop, phone, in-app and reader-view text copies and saved pages. */
export const BLIND58_CORPUS = new URL("../../fixtures/captures-blind58/", import.meta.url);
/** The fifty-ninth held-out corpus: the Russia–North Korea story in the week of 28 April 2025 from outlets never seen, half Vietnamese (provincial radio and television stations of the Mekong delta, the South Central coast and the North, and a magazine, relaying TTXVN, VOA, RFI, BBC, Reuters, Yonhap or KCNA through the wires: "Theo TTXVN", "KCNA/TTXVN", "(Theo Yonhap)", "Nguồn: VOA", "Thu Hằng tổng hợp", "BTV:", "Phát thanh viên:", an app's "share as text"), half English (think tanks of Washington and Seoul, a Korean business daily's English service, an Okinawan paper's English edition, a Russian analysis site, the Belarusian, Kyrgyz and Far Eastern wires: "SEOUL, April 28 (Yonhap) --", "MINSK, 30 April (BelTA) -", "Source: Reuters", "Text: Irina Sokolova", "Author: X (Research Fellow)", "Date 2025.04.30"); desktop, phone, app and reader-view text copies and saved pages with cookie banners, comment boxes and live-update lists. */
export const BLIND59_CORPUS = new URL("../../fixtures/captures-blind59/", import.meta.url);
/** The sixtieth held-out corpus: the Russia–North Korea story in the second half of 2025 (Shoigu's and Lavrov's visits, the first direct flights, workers, oil and grain, the Tumen road bridge, the honours for the returned soldiers, Kim Jong-un in Beijing, the parade of 10 October) from outlets never seen, half Vietnamese (sector papers and magazines of aviation, tourism, labour, political theory, oil and gas, fisheries, agriculture, business, finance and ethnic and religious affairs: "Bảo Ngọc (Theo TASS, Interfax)", "ThS. Nguyễn Thu Trang", "Tài liệu tham khảo", a print-to-PDF copy's page header and footer), half English (a Mongolian broadcaster and portal, Thai PBS World, Fulcrum, The Strategist, Newsroom, L'Orient Today, Rudaw, ThisDay, WAM and Prensa Latina: "L'Orient Today / AFP", "Ugo Nwankwo | September 29, 2025", "MOSCOW, 27th October, 2025 (WAM) --", "Wonsan, DPRK, Jul 12 (Prensa Latina)", "mem/lam", "— The Associated Press"); desktop, phone, app, reader-view and print copies and saved pages with cookie banners, comment boxes, live-update boxes and paywall teasers. */
export const BLIND60_CORPUS = new URL("../../fixtures/captures-blind60/", import.meta.url);
/** The sixty-first held-out corpus: the Russia–North Korea story in the week of 16 June 2025 on pages that are not a newsroom's ordinary story, from publishers never seen, half Vietnamese (embassies, a province portal, a province's foreign affairs department, the committee for Vietnamese abroad, the Central Theoretical Council, the Academy of Social Sciences, the National Defence Academy, a university journal, a magazine's interview, a friendship association: the spokesperson's "Hỏi:"/"Trả lời:", "PV:", "Nguồn: TTXVN", "(Theo Yonhap)", "TS. X - Viện …", "Tóm tắt", "Từ khóa:", "DOI:"), half English (an embassy's "Question:"/"Answer:" comment, the European Parliament's press room, the House of Commons Library, fact-checkers' rating boxes with "Claim:" and "Verdict:", institutes' commentaries and interviews, a university review, a newsletter's web edition, a podcast's transcript); desktop, phone and reader-view text copies and saved pages. */
export const BLIND61_CORPUS = new URL("../../fixtures/captures-blind61/", import.meta.url);
/** The sixty-second held-out corpus: the Russia–North Korea story in the week of 27 October 2025 as it reached a desk through a third party, from publishers never seen, half Vietnamese (an aggregator's article view, a paper's Zalo and Facebook posts with their link cards, Feedly, a forwarded newsletter, a print-to-PDF copy, archive.today, the Wayback Machine, Korean and Russian pages read through the browser's translation), half English (Apple News, Inoreader, a forwarded newsletter, a Telegram channel's relay of a wire, a print-to-PDF copy, Flipboard, SmartNews, archive.today, the Wayback Machine, French and Korean pages read through the browser's translation); text copies and saved pages. */
export const BLIND62_CORPUS = new URL("../../fixtures/captures-blind62/", import.meta.url);
/** The sixty-third held-out corpus: the Russia–North Korea story in the week of 15 June 2026 (the second anniversary of the 2024 treaty) as sites built on the common publishing platforms and themes published it, from publishers never seen, half Vietnamese (a provincial broadcaster's portal, magazines on the common Vietnamese newsroom CMSs with "Lượt xem", "Bản in", "Tin cùng chuyên mục" and "Gửi bình luận", an AMP page, Blogger, Substack and Medium in Vietnamese, WordPress on Soledad and Newsmag, a Joomla portal, a Drupal institute site), half English (WordPress on tagDiv's Newspaper, JNews, Jannah and Astra, Blogger, Substack with its paywall, Medium, Ghost, a Drupal news site, an Arc XP-like big publisher, an AMP page); text copies and saved pages. */
export const BLIND63_CORPUS = new URL("../../fixtures/captures-blind63/", import.meta.url);
/** The sixty-fourth held-out corpus: the Russia–North Korea story in the week of 30 November – 6 December 2026 captured the awkward ways editors capture it, from publishers never seen, half Vietnamese, half English: selections that start below the section label and the date line or inside the headline, or stop before the foot; Firefox's, Safari's and Chrome's copies of figures, alt text and credits; two blank lines or none between paragraphs; a page selected twice; pages saved as "HTML only", "Complete" (a `_files/` folder, the "saved from url" mark), one file with inline images (SingleFile's header), and after the reader scrolled into the next article. */
export const BLIND64_CORPUS = new URL("../../fixtures/captures-blind64/", import.meta.url);
/** The sixty-fifth held-out corpus: the Russia–North Korea story on broadcasters' websites, pages built around a video or audio item. */
export const BLIND65_CORPUS = new URL("../../fixtures/captures-blind65/", import.meta.url);
/** The sixty-sixth held-out corpus: the Russia–North Korea story in the week of 7–13 September 2026 in a Vietnamese desk's ordinary stream, from publishers never seen: national, provincial and city papers, party and sector journals, foreign broadcasters' Vietnamese services and overseas sites relaying VOA and DW ("Theo TTXVN", "(Theo Reuters)", "Nguồn: RFI", "Minh Anh (t/h)", "PV", "Nhóm PV"), and English pages of Vietnamese outlets; desktop, phone and reader-view copies and saved pages. */
export const BLIND66_CORPUS = new URL("../../fixtures/captures-blind66/", import.meta.url);
/** The sixty-seventh held-out corpus: the Russia–North Korea story as wire copy (AP, Reuters, AFP, Yonhap, Kyodo, dpa, EFE, ANSA, TASS, Xinhua) run by the sites that carry it, from publishers never seen, eighteen English and four Vietnamese relays: datelines, slugs, "(Reporting by …; Editing by …)", "Contributing: …", corrections, the wire's rights line, published and updated stamps together, and each site's own furniture. */
export const BLIND67_CORPUS = new URL("../../fixtures/captures-blind67/", import.meta.url);
/** The sixty-eighth held-out corpus: the Russia–North Korea story in the week of 9–15 February 2026 as regional and local outlets of Asia-Pacific, Europe and the Americas run the wires' copy (AP, Reuters, AFP, Yonhap, Kyodo, AAP, PA, TASS) under their own templates, portals, an app and a comparison page that syndicate it, and Vietnamese provincial and city papers relaying the wires, from publishers never seen: fourteen English, eight Vietnamese. */
export const BLIND68_CORPUS = new URL("../../fixtures/captures-blind68/", import.meta.url);
/** The sixty-ninth held-out corpus: the Russia–North Korea story in the week of 23–29 March 2026 as Vietnamese news portals, forums, overseas papers and radio sites, aggregators' Vietnamese pages and journalists' blogs relay VOA, RFI, BBC, DW, RFA, AP and Reuters ("Theo VOA", "Nguồn: RFI Tiếng Việt", "(BBC)", "Bài gốc: …", "Biên dịch: …", "Lược dịch"), and English blogs and newsletters retell a Vietnamese service's story, from publishers never seen: eighteen Vietnamese, four English. */
export const BLIND69_CORPUS = new URL("../../fixtures/captures-blind69/", import.meta.url);
/** The seventieth held-out corpus: the Russia–North Korea story in the week of 4–10 May 2026 as English pages tell it, from publishers never seen: regional papers of Asia-Pacific, Europe, the Americas and Africa running AP, Reuters, AFP, EFE, Kyodo and The Canadian Press or their own correspondents, a think tank, newsletters on Substack, Ghost and Beehiiv, Medium publications, a university's and an NGO's news pages, each in its own CMS's template (Arc XP, Brightspot, Drupal, WordPress, Ghost, Substack, Medium, hand-made). */
export const BLIND70_CORPUS = new URL("../../fixtures/captures-blind70/", import.meta.url);
/** The seventy-first held-out corpus: the Russia–North Korea story in the week of 10–16 August 2026 on Vietnamese pages from publishers never seen: provincial and ward e-editions, trade magazines, university and research centre news pages, overseas papers and radio in the US, Europe and Australia, Korean and Japanese community stations' Vietnamese services, aggregators and video description pages with a transcript ("Cập nhật lúc …" beside "Đăng ngày …", "PV", "Nhóm PV", "CTV", pen names, "Theo …", photo credits, licence footers), and three English pages of Vietnamese outlets. */
export const BLIND71_CORPUS = new URL("../../fixtures/captures-blind71/", import.meta.url);
/** The seventy-second held-out corpus: the Russia–North Korea story in the week of 30 November – 6 December 2026 as Vietnamese provincial papers and portals, overseas papers and magazines, community radio sites, newsletters, forum threads, Facebook fan pages and video pages relay VOA, RFA, RFI, BBC, DW, NHK, KBS, Yonhap, AP, Reuters, AFP, TASS, Sputnik and Xinhua, each crediting its source in a form no earlier corpus used, from publishers never seen: nineteen Vietnamese, three English. */
export const BLIND72_CORPUS = new URL("../../fixtures/captures-blind72/", import.meta.url);
/** The seventy-third held-out corpus: the Russia–North Korea story in the week of 13–19 July 2026 as English pages tell it, from publishers never seen: local TV stations' sites, public broadcasters' regional pages (US, Canada, Britain, Ireland, Australia, New Zealand), a free daily, business papers, the defence and maritime trade press and aggregators' readers (Yahoo News, MSN, NewsBreak, SmartNews, Flipboard) naming their source, each in its own template (station WordPress, Arc XP, AMP, a print view, hand-made). */
export const BLIND73_CORPUS = new URL("../../fixtures/captures-blind73/", import.meta.url);
/** The seventy-fourth held-out corpus: the Russia–North Korea story in the week of 5–11 October 2026 on Vietnamese pages outside the big national papers, from publishers never seen: provincial portals and a department's news page, mass organisations' papers, university, academy and research institute news pages, economy, law, defence, culture and science magazines, regional radio-TV sites, foreign consulates' and a foreign broadcaster's Vietnamese pages, a Zalo official account, news apps naming their source, print views and an AMP page ("Cổng thông tin điện tử" mastheads, "Trang chủ > Tin tức > …" crumbs, "Ngày đăng:", "Lượt xem:", "Nguồn:", "Tác giả:", "Tin khác", "Văn bản mới", "Liên kết website", visitor counters, licence footers). */
export const BLIND74_CORPUS = new URL("../../fixtures/captures-blind74/", import.meta.url);
/** The seventy-fifth held-out corpus: the Russia–North Korea story in the week of 21–27 September 2026 as English pages of the region and the specialists tell it, from publishers never seen: Asian English-language dailies and broadcasters (Korea, Japan, Hong Kong, Taiwan, Singapore, Malaysia, Thailand, the Philippines, India, Indonesia, Mongolia), a Russian and a Ukrainian English-language site, a think tank's commentary, newsletters (Substack-like, Ghost, Beehiiv), a wire's own client page and a government's press release, each in its own template. */
export const BLIND75_CORPUS = new URL("../../fixtures/captures-blind75/", import.meta.url);
/** The seventy-sixth held-out corpus: the Russia–North Korea story in the week of 2–8 November 2026 as a Vietnamese desk meets it in the ordinary stream, from publishers never seen: dailies' live blogs ("Trực tiếp"), e-magazines, Longform, Infographic and weekend pages, youth, women's, police, army and trade-union papers, business and finance sites, TV channels' video and podcast pages with transcripts, and copies through Báo Mới, Zalo's and Facebook's in-app browsers, Pocket, AMP and reader view ("Nội dung: … | Ảnh: … | Thiết kế: …", "Nghe bài viết", "Theo dõi … trên Google News", "Bình luận (12)", "Ý kiến bạn đọc", "Tin cùng chuyên mục", "Đọc nhiều", hashtags). */
export const BLIND76_CORPUS = new URL("../../fixtures/captures-blind76/", import.meta.url);
/** The seventy-seventh held-out corpus: the Russia–North Korea story in the week of 16–22 November 2026 as a Vietnamese desk meets it in the ordinary stream, from publishers never seen: Asian and European public broadcasters' Vietnamese services and a news agency's Vietnamese edition, overseas Vietnamese papers and radio (the US, Australia, Europe, Japan, Korea), provincial and department portals, trade papers (construction, transport, agriculture, health, education, finance, tax, customs, a procuracy's), sports, entertainment and religious sites' world pages and a faculty's news page ("Trang chủ » Tin tức » Quốc tế", "Lượt xem:", "In bài | Gửi email | Lưu", "Đánh giá bài viết ★★★★☆", "Từ khóa:", "Nghe" and schedule lines, shops' advertisements, "© Bản quyền thuộc …", "Ghi rõ nguồn … khi phát hành lại", "« Bài trước", "Bài sau »"). */
export const BLIND77_CORPUS = new URL("../../fixtures/captures-blind77/", import.meta.url);
/** The seventy-eighth held-out corpus: the Russia–North Korea story in the week of 9–15 November 2026 as an English desk meets it in the ordinary stream, from publishers never seen: European, North American, Australian and New Zealand papers and public broadcasters, weekly magazines, wire clients' pages carrying AP, Reuters, AFP or dpa copy, a foreign ministry's, an embassy's and a defence force's statements, a parliament's committee page, UN and NGO press pages, a court's press summary, and copies through readers (reader view, Instapaper, a newsletter e-mail, a print view, Apple News-like and Flipboard-like shares). */
export const BLIND78_CORPUS = new URL("../../fixtures/captures-blind78/", import.meta.url);
/** The seventy-ninth held-out corpus: the Russia–North Korea story in the week of 23–29 November 2026 as Vietnamese pages relay foreign reporting on it (VOA, RFI, BBC, AP, Reuters, AFP, Yonhap, Kyodo, TASS, Sputnik, TTXVN), from publishers never seen: provincial and district party papers' online editions, city and provincial TV stations' sites, sector ministries' papers, universities' press offices, think tanks' Vietnamese pages, overseas Vietnamese radio's web transcripts, aggregators' copies naming the original's address and phone copies with the share sheet's leftovers ("Chia sẻ qua Zalo", "Sao chép liên kết", "Đã sao chép", "Thời gian đọc", "Lượt xem", captions ending "| Nguồn: KCNA"). */
export const BLIND79_CORPUS = new URL("../../fixtures/captures-blind79/", import.meta.url);
/** The eightieth held-out corpus: the Russia–North Korea story in the week of 23–29 November 2026 as an English desk receives wire copy, from publishers never seen: regional papers, trade papers and television sites running AP, Reuters, AFP, dpa, Yonhap, Kyodo, TASS, Xinhua, ANI, PTI, Bernama, EFE, ANSA, UPI, Anadolu, Ukrinform or Interfax copy under their mastheads, three wires' own pages, a terminal's e-mail alert with its slug and write-through note, a syndicated column's print view, a live page, a correction's note and wire photo captions with their credits ("By The Associated Press", "Reuters staff", "AFP | Updated: …", "— With files from The Associated Press", "This is a breaking news update. AP's earlier story is below.", "(KCNA via KNS/AP)", "Photo: Yonhap", "(END)", "-- BERNAMA", "Distributed by Tribune Content Agency"). */
export const BLIND80_CORPUS = new URL("../../fixtures/captures-blind80/", import.meta.url);
/** The eighty-first held-out corpus: the Russia–North Korea story in the week of 30 November–6 December 2026 as a newsroom really receives a page that is not a plain desktop copy, from Vietnamese publishers never seen: Wayback Machine captures ("N captures", "DD Mon YYYY - DD Mon YYYY", "About this capture", web.archive.org addresses with the original inside), archive.today captures ("webpage capture", "Saved from", "archived … UTC"), AMP copies with Google's banner, print views ("In bài", "Bản in", the address at the foot), a newspaper's Facebook post ("· 2 giờ ·", "Xem thêm", reactions, a link card), Zalo official accounts' articles, a station's YouTube description ("lượt xem", "Công chiếu", chapters, "Đăng ký"), Telegram channels' posts ("👁 2.1K", "edited"), RSS items from a reader ("Mở bài gốc"), an e-paper's text ("Trang 3", "Số 1234"), m. pages and a page through Google Translate ("Bản dịch" over an English original). */
export const BLIND81_CORPUS = new URL("../../fixtures/captures-blind81/", import.meta.url);
/** The eighty-second held-out corpus: the Russia–North Korea story in the week of 30 November–6 December 2026 as an English desk receives a page that is not a plain desktop copy, from publishers never seen: Wayback Machine and archive.today copies (their toolbars, the original's address inside the archive's), a Google AMP copy, a print view, Apple News, Flipboard and Google News shares, Feedly and Inoreader items, Pocket and Instapaper exports, an analyst's Substack and Medium posts, a LinkedIn newsletter article, a think tank's commentary, a press briefing's transcript, a parliament's record, a television video page with its transcript, a podcast episode and a Russian paper through Google Translate ("N captures", "About this capture", "archived … UTC", "Saved from", "Print this page", "Visit website", "Share this post", "The views expressed…", "QUESTION:", "(Laughter.)"). */
export const BLIND82_CORPUS = new URL("../../fixtures/captures-blind82/", import.meta.url);
/** The eighty-third corpus: the Russia–North Korea story in the week of 30 November–6 December 2026 as it reaches a Vietnamese desk every day, in the real layouts of national dailies' online editions and of the Vietnamese services of foreign broadcasters (VnExpress, Tuổi Trẻ, Dân trí, Znews, Người Lao Động, Tiền Phong, VOV, Kinh tế & Đô thị, Thanh Niên, VietnamPlus, VietNamNet, Lao Động, Nhân Dân, Quân đội nhân dân, Công an nhân dân, VOA, RFI, BBC, RFA, DW, NHK, Sputnik), every outlet one an earlier corpus holds, another article of it: weekday dates with their zone, "TTO -", "TPO -", "(Dân trí) -", "VOV.VN -", "Kinhtedothi -", "Như Tâm (Theo Reuters)", "NGỌC ĐỨC (theo AP)", "Nguồn: AP", "Thanh Hà/VOV.VN Theo Yonhap", "(TTXVN/Vietnam+)", "Tác giả,", "Chụp lại hình ảnh,", "7 giờ trước", "Bình luận (0)". */
export const BLIND83_CORPUS = new URL("../../fixtures/captures-blind83/", import.meta.url);
/** The eighty-fourth held-out corpus: the Russia–North Korea story in the week of 30 November–6 December 2026 as the everyday stream brings it to an English desk: ordinary articles in the real layouts of the wires' own sites and of the papers, broadcasters and news sites that run their copy (AP News, Reuters, Yonhap, Kyodo, TASS, France 24 with AFP, The Korea Herald, The Korea Times, Korea JoongAng Daily, NK Pro, KBS World, Nikkei Asia, The Moscow Times, Al Jazeera, CNN, The Guardian, The Washington Post, The New York Times, Bloomberg, the South China Morning Post, The Straits Times, CBC News), copied as text from a browser or saved as a page; outlets seen in earlier corpora with other pages of theirs, and some never seen ("Updated 4:12 AM UTC, December 1, 2026", "(AP Photo/…)", "Reporting by …; Editing by …", "Photograph: …", "Credit...", "Posted : … | Updated : …", "Write: … / Update: …", "KYODO NEWS - Dec 1, 2026 - 19:20 | World, All", "4 DEC, 15:20", "Issued on: …", "Thomson Reuters · Posted: …", "+ FOLLOW", "Gift Article", "With assistance from …"). */
export const BLIND84_CORPUS = new URL("../../fixtures/captures-blind84/", import.meta.url);

/**
 * Each corpus's manifest, read once in a process: every held-out corpus checks its outlets against all the corpora
 * before it, and the unit files share their worker, so without it the earlier manifests were parsed again by each file
 * (about 1,650 reads of 58 manifests instead of 58). Frozen, so no reader can change what the next one gets.
 */
const manifests = new Map<string, readonly CaptureEntry[]>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function loadCorpus(dir: URL = CORPUS): CaptureEntry[] {
  let corpus = manifests.get(dir.href);
  if (!corpus) {
    corpus = deepFreeze(JSON.parse(readFileSync(new URL("manifest.json", dir), "utf8")) as CaptureEntry[]);
    manifests.set(dir.href, corpus);
  }
  return corpus as CaptureEntry[];
}


const same = (a: string | null, b: string | null): boolean => (a === null || b === null ? a === b : foldForMatch(a) === foldForMatch(b));
/**
 * Outlets compare without a leading "The" ("The Financial Times" is "Financial Times") and without "điện tử", which
 * names a Vietnamese paper's online edition wherever it stands ("Báo Khánh Hòa điện tử", "Báo điện tử Tổ Quốc").
 */
const outletKey = (name: string | null): string | null => name && name.replace(/^the\s+/i, "").replace(/(?<=\s|^)điện tử(?=\s|$)/giu, " ");
const sameOutlet = (a: string | null, b: string | null): boolean => same(outletKey(a), outletKey(b));
/** Titles compare as printed, but for the kind of quote marks: a copy that straightens “…” into "…" reads the same title. */
const straightQuotes = (s: string | null): string | null => s && s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
const show = (v: string | null | undefined): string => (v === null || v === undefined ? "∅" : JSON.stringify(v));
/** How much longer than a caption a body block may be and still be that caption left in the body (its credit, a dash). */
const CAPTION_CREDIT_ROOM = 60;
/**
 * Whether a caption (folded) is left in the body: a block of the body is that caption, with at most a credit after it.
 * Its words recurring inside a longer paragraph are no caption left in the text ("Tổng thống Ukraine Volodymyr
 * Zelensky." under a photo, "Tổng thống Ukraine Volodymyr Zelensky ngày 4-12 cho biết …" as the first paragraph).
 * Text found in the body but in none of its blocks counts as left.
 */
export function captionLeftInBody(folded: string, body: string, bodyBlocks: readonly string[]): boolean {
  if (!body.includes(folded)) return false;
  const holding = bodyBlocks.filter((b) => b.includes(folded));
  return holding.length === 0 || holding.some((b) => b.length <= folded.length + CAPTION_CREDIT_ROOM);
}

export function scoreCapture(entry: CaptureEntry, parsed: ParsedSource | null): CaptureScore {
  const e = entry.expect;
  const misses: string[] = [];
  const one = (field: string, ok: boolean, got: string | null | undefined, want: string | null): [number, number] => {
    if (!ok) misses.push(`${field}: got ${show(got)}, want ${show(want)}`);
    return [ok ? 1 : 0, 1];
  };
  const p = parsed;
  const body = foldForMatch(p?.body ?? "");
  const blocks = new Set((p?.blocks ?? []).filter((b) => b.kind !== "caption").map((b) => foldForMatch(b.text)));
  const captions = (p?.captions ?? []).map((c) => ({ raw: c, folded: foldForMatch(c) }));
  let captionsRight = 0;
  for (const want of e.captions) {
    const f = foldForMatch(want);
    const hit = captions.find((c) => c.folded.includes(f));
    const left = captionLeftInBody(f, body, [...blocks]);
    const ok = hit !== undefined && !left && !(entry.lang === "en" && /^Ảnh\s*:/i.test(hit.raw));
    if (ok) captionsRight++;
    else misses.push(`caption: ${JSON.stringify(want)} ${hit ? `came out as ${JSON.stringify(hit.raw)}` : body.includes(f) ? "left in the body" : "lost"}`);
  }
  let furnitureRight = 0;
  for (const line of e.furniture) {
    const f = foldForMatch(line);
    const left = blocks.has(f) || (f.length >= 12 && body.includes(f)) || captions.some((c) => c.folded === f) || foldForMatch(p?.title ?? "") === f;
    if (!left) furnitureRight++;
    else misses.push(`furniture kept: ${JSON.stringify(line)}`);
  }
  let kept = 0;
  for (const para of e.body) {
    if (body.includes(foldForMatch(para))) kept++;
    else misses.push(`text lost: ${JSON.stringify(para.slice(0, 60))}…`);
  }
  const dateOk = e.publishedAt === null ? p?.publishedAt === null : (p?.publishedAt ?? "").startsWith(e.publishedAt);
  return {
    file: entry.file,
    fields: {
      title: one("title", straightQuotes(p?.title ?? null) === straightQuotes(e.title), p?.title, e.title),
      date: one("date", dateOk, p?.publishedAt, e.publishedAt),
      outlet: one("outlet", sameOutlet(p?.outlet ?? null, e.outlet), p?.outlet, e.outlet),
      agency: one("agency", same(p?.agency ?? null, e.agency), p?.agency, e.agency),
      author: one("author", same(p?.author ?? null, e.author), p?.author, e.author),
      url: one("url", (p?.url ?? null) === e.url, p?.url, e.url),
      captions: [captionsRight, e.captions.length],
      "furniture removed": [furnitureRight, e.furniture.length],
      "text kept": [kept, e.body.length],
    },
    misses,
  };
}

export interface AccuracyReport {
  /** "capture corpus" or "held-out corpus". */
  label: string;
  captures: number;
  outlets: number;
  /** Per field: share right (0–1) over the whole corpus. */
  accuracy: Record<AccuracyField, number>;
  scores: CaptureScore[];
}

/** Every corpus with the name its table and the bench's rows give it, the first (tuned) corpus first. */
export const CAPTURE_CORPORA: readonly { dir: URL; label: string; metricPrefix: string }[] = [
  { dir: CORPUS, label: "capture corpus", metricPrefix: "capture accuracy" },
  { dir: HELDOUT_CORPUS, label: "held-out corpus", metricPrefix: "capture accuracy, held-out" },
  ...[BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS].map((dir, i) => ({ dir, label: `blind corpus ${i + 3}`, metricPrefix: `capture accuracy, blind corpus ${i + 3}` })),
  { dir: BLIND15_CORPUS, label: "blind corpus 15", metricPrefix: "capture accuracy, blind corpus 15" },
  { dir: BLIND16_CORPUS, label: "blind corpus 16", metricPrefix: "capture accuracy, blind corpus 16" },
  { dir: BLIND17_CORPUS, label: "blind corpus 17", metricPrefix: "capture accuracy, blind corpus 17" },
  { dir: BLIND18_CORPUS, label: "blind corpus 18", metricPrefix: "capture accuracy, blind corpus 18" },
  { dir: BLIND19_CORPUS, label: "blind corpus 19", metricPrefix: "capture accuracy, blind corpus 19" },
  { dir: BLIND20_CORPUS, label: "blind corpus 20", metricPrefix: "capture accuracy, blind corpus 20" },
  { dir: BLIND21_CORPUS, label: "blind corpus 21", metricPrefix: "capture accuracy, blind corpus 21" },
  { dir: BLIND22_CORPUS, label: "blind corpus 22", metricPrefix: "capture accuracy, blind corpus 22" },
  { dir: BLIND23_CORPUS, label: "blind corpus 23", metricPrefix: "capture accuracy, blind corpus 23" },
  { dir: BLIND24_CORPUS, label: "blind corpus 24", metricPrefix: "capture accuracy, blind corpus 24" },
  { dir: BLIND25_CORPUS, label: "blind corpus 25", metricPrefix: "capture accuracy, blind corpus 25" },
  { dir: BLIND26_CORPUS, label: "blind corpus 26", metricPrefix: "capture accuracy, blind corpus 26" },
  { dir: BLIND27_CORPUS, label: "blind corpus 27", metricPrefix: "capture accuracy, blind corpus 27" },
  { dir: BLIND28_CORPUS, label: "blind corpus 28", metricPrefix: "capture accuracy, blind corpus 28" },
  { dir: BLIND29_CORPUS, label: "blind corpus 29", metricPrefix: "capture accuracy, blind corpus 29" },
  { dir: BLIND30_CORPUS, label: "blind corpus 30", metricPrefix: "capture accuracy, blind corpus 30" },
  { dir: BLIND31_CORPUS, label: "blind corpus 31", metricPrefix: "capture accuracy, blind corpus 31" },
  { dir: BLIND32_CORPUS, label: "blind corpus 32", metricPrefix: "capture accuracy, blind corpus 32" },
  { dir: BLIND33_CORPUS, label: "blind corpus 33", metricPrefix: "capture accuracy, blind corpus 33" },
  { dir: BLIND34_CORPUS, label: "blind corpus 34", metricPrefix: "capture accuracy, blind corpus 34" },
  { dir: BLIND35_CORPUS, label: "blind corpus 35", metricPrefix: "capture accuracy, blind corpus 35" },
  { dir: BLIND36_CORPUS, label: "blind corpus 36", metricPrefix: "capture accuracy, blind corpus 36" },
  { dir: BLIND37_CORPUS, label: "blind corpus 37", metricPrefix: "capture accuracy, blind corpus 37" },
  { dir: BLIND38_CORPUS, label: "blind corpus 38", metricPrefix: "capture accuracy, blind corpus 38" },
  { dir: BLIND39_CORPUS, label: "blind corpus 39", metricPrefix: "capture accuracy, blind corpus 39" },
  { dir: BLIND40_CORPUS, label: "blind corpus 40", metricPrefix: "capture accuracy, blind corpus 40" },
  { dir: BLIND41_CORPUS, label: "blind corpus 41", metricPrefix: "capture accuracy, blind corpus 41" },
  { dir: BLIND42_CORPUS, label: "blind corpus 42", metricPrefix: "capture accuracy, blind corpus 42" },
  { dir: BLIND43_CORPUS, label: "blind corpus 43", metricPrefix: "capture accuracy, blind corpus 43" },
  { dir: BLIND44_CORPUS, label: "blind corpus 44", metricPrefix: "capture accuracy, blind corpus 44" },
  { dir: BLIND45_CORPUS, label: "blind corpus 45", metricPrefix: "capture accuracy, blind corpus 45" },
  { dir: BLIND46_CORPUS, label: "blind corpus 46", metricPrefix: "capture accuracy, blind corpus 46" },
  { dir: BLIND47_CORPUS, label: "blind corpus 47", metricPrefix: "capture accuracy, blind corpus 47" },
  { dir: BLIND48_CORPUS, label: "blind corpus 48", metricPrefix: "capture accuracy, blind corpus 48" },
  { dir: BLIND49_CORPUS, label: "blind corpus 49", metricPrefix: "capture accuracy, blind corpus 49" },
  { dir: BLIND50_CORPUS, label: "blind corpus 50", metricPrefix: "capture accuracy, blind corpus 50" },
  { dir: BLIND51_CORPUS, label: "blind corpus 51", metricPrefix: "capture accuracy, blind corpus 51" },
  { dir: BLIND52_CORPUS, label: "blind corpus 52", metricPrefix: "capture accuracy, blind corpus 52" },
  { dir: BLIND53_CORPUS, label: "blind corpus 53", metricPrefix: "capture accuracy, blind corpus 53" },
  { dir: BLIND54_CORPUS, label: "blind corpus 54", metricPrefix: "capture accuracy, blind corpus 54" },
  { dir: BLIND55_CORPUS, label: "blind corpus 55", metricPrefix: "capture accuracy, blind corpus 55" },
  { dir: BLIND56_CORPUS, label: "blind corpus 56", metricPrefix: "capture accuracy, blind corpus 56" },
  { dir: BLIND57_CORPUS, label: "blind corpus 57", metricPrefix: "capture accuracy, blind corpus 57" },
  { dir: BLIND58_CORPUS, label: "blind corpus 58", metricPrefix: "capture accuracy, blind corpus 58" },
  { dir: BLIND59_CORPUS, label: "blind corpus 59", metricPrefix: "capture accuracy, blind corpus 59" },
  { dir: BLIND60_CORPUS, label: "blind corpus 60", metricPrefix: "capture accuracy, blind corpus 60" },
  { dir: BLIND61_CORPUS, label: "blind corpus 61", metricPrefix: "capture accuracy, blind corpus 61" },
  { dir: BLIND62_CORPUS, label: "blind corpus 62", metricPrefix: "capture accuracy, blind corpus 62" },
  { dir: BLIND63_CORPUS, label: "blind corpus 63", metricPrefix: "capture accuracy, blind corpus 63" },
  { dir: BLIND64_CORPUS, label: "blind corpus 64", metricPrefix: "capture accuracy, blind corpus 64" },
  { dir: BLIND65_CORPUS, label: "blind corpus 65", metricPrefix: "capture accuracy, blind corpus 65" },
  { dir: BLIND66_CORPUS, label: "blind corpus 66", metricPrefix: "capture accuracy, blind corpus 66" },
  { dir: BLIND67_CORPUS, label: "blind corpus 67", metricPrefix: "capture accuracy, blind corpus 67" },
  { dir: BLIND68_CORPUS, label: "blind corpus 68", metricPrefix: "capture accuracy, blind corpus 68" },
  { dir: BLIND69_CORPUS, label: "blind corpus 69", metricPrefix: "capture accuracy, blind corpus 69" },
  { dir: BLIND70_CORPUS, label: "blind corpus 70", metricPrefix: "capture accuracy, blind corpus 70" },
  { dir: BLIND71_CORPUS, label: "blind corpus 71", metricPrefix: "capture accuracy, blind corpus 71" },
  { dir: BLIND72_CORPUS, label: "blind corpus 72", metricPrefix: "capture accuracy, blind corpus 72" },
  { dir: BLIND73_CORPUS, label: "blind corpus 73", metricPrefix: "capture accuracy, blind corpus 73" },
  { dir: BLIND74_CORPUS, label: "blind corpus 74", metricPrefix: "capture accuracy, blind corpus 74" },
  { dir: BLIND75_CORPUS, label: "blind corpus 75", metricPrefix: "capture accuracy, blind corpus 75" },
  { dir: BLIND76_CORPUS, label: "blind corpus 76", metricPrefix: "capture accuracy, blind corpus 76" },
  { dir: BLIND77_CORPUS, label: "blind corpus 77", metricPrefix: "capture accuracy, blind corpus 77" },
  { dir: BLIND78_CORPUS, label: "blind corpus 78", metricPrefix: "capture accuracy, blind corpus 78" },
  { dir: BLIND79_CORPUS, label: "blind corpus 79", metricPrefix: "capture accuracy, blind corpus 79" },
  { dir: BLIND80_CORPUS, label: "blind corpus 80", metricPrefix: "capture accuracy, blind corpus 80" },
  { dir: BLIND81_CORPUS, label: "blind corpus 81", metricPrefix: "capture accuracy, blind corpus 81" },
  { dir: BLIND82_CORPUS, label: "blind corpus 82", metricPrefix: "capture accuracy, blind corpus 82" },
  { dir: BLIND83_CORPUS, label: "blind corpus 83", metricPrefix: "capture accuracy, blind corpus 83" },
  { dir: BLIND84_CORPUS, label: "blind corpus 84", metricPrefix: "capture accuracy, blind corpus 84" },
];

const labelOf = (dir: URL): string => CAPTURE_CORPORA.find((corpus) => corpus.dir.href === dir.href)?.label ?? "capture corpus";

/** Every corpus listed before `dir` in CAPTURE_CORPORA: whose outlets a corpus of outlets never seen must not hold. */
export function corporaBefore(dir: URL): URL[] {
  const at = CAPTURE_CORPORA.findIndex((c) => c.dir.href === dir.href);
  return CAPTURE_CORPORA.slice(0, at < 0 ? CAPTURE_CORPORA.length : at).map((c) => c.dir);
}

/** A capture's file as an upload's decoding gives its text, and its score as read from that text. */
export interface CaptureReading {
  decoded: string;
  score: CaptureScore;
}

/**
 * Each capture's reading, kept for the process: a corpus's own test file and copy-artefacts.test.ts (which compares
 * every capture of every corpus with its reading unaltered) read the same files, and the unit files share their
 * worker. Decoding and parsing are pure functions of the file, so the reading is the same whichever file asks first.
 */
const readings = new Map<string, CaptureReading>();

/** The capture's file decoded and parsed as an upload is, and scored; once in a process. */
export function captureReading(entry: CaptureEntry, dir: URL = CORPUS): CaptureReading {
  const key = new URL(entry.file, dir).href;
  let reading = readings.get(key);
  if (!reading) {
    const decoded = decodeImportFile(readFileSync(new URL(entry.file, dir)), entry.file);
    reading = deepFreeze({ decoded, score: scoreCapture(entry, parseImport(decoded, entry.file)[0] ?? null) });
    readings.set(key, reading);
  }
  return reading;
}

export function measureCaptureAccuracy(dir: URL = CORPUS, label = labelOf(dir)): AccuracyReport {
  const corpus = loadCorpus(dir);
  const scores = corpus.map((entry) => captureReading(entry, dir).score);
  const accuracy = {} as Record<AccuracyField, number>;
  for (const field of ACCURACY_FIELDS) {
    const [right, total] = scores.reduce(([r, t], s) => [r + s.fields[field][0], t + s.fields[field][1]], [0, 0]);
    accuracy[field] = total === 0 ? 1 : right / total;
  }
  return { label, captures: corpus.length, outlets: new Set(corpus.map((c) => c.outlet)).size, accuracy, scores };
}

/** The accuracy table as text: field, share right, floor, pass/fail. */
export function accuracyTable(report: AccuracyReport): string {
  const rows = ACCURACY_FIELDS.map((f) => {
    const floor = ACCURACY_FLOORS[f];
    const pct = (report.accuracy[f] * 100).toFixed(1);
    return `${f.padEnd(18)} ${pct.padStart(6)} %   ${floor === undefined ? "   —   " : `≥ ${(floor * 100).toFixed(0)} %`}   ${floor === undefined ? "info" : report.accuracy[f] >= floor ? "pass" : "FAIL"}`;
  });
  return [`${report.label}: ${report.captures} captures, ${report.outlets} outlets`, ...rows].join("\n");
}
