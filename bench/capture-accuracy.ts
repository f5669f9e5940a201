// The importer's per-field accuracy on the capture corpus, on the held-out corpus (outlets and text the rules were
// never adjusted against) and on the third held-out corpus (full saved pages and select-all text of still other
// outlets), on the fourth (other outlets again, in layouts none of the others holds) and on the fifth (print, AMP,
// mobile, e-mail, wire and PDF copies of still other outlets) and on the sixth (outlets named only by logo, title
// suffix, copyright line or domain; dates in URLs, data attributes, CJK or relative form) and on the seventh
// (captions without credits, pages that never name themselves, live blogs, 12-hour and US dates, print copies) and on
// the eighth (site names that are taglines, domains, another language or the publisher's company; appeals inside the
// text; agency bylines; captions credited in other ways) and on the ninth (names by logo, tagline or another script;
// relative and CJK dates; players, newsletter and cookie boxes, AI summaries; tables) and on the tenth (aggregators,
// AMP, e-paper, PDF, Telegram and newsletter copies; live blogs; links on lines of their own), on the eleventh
// (kickers, several dates, credits only at the foot, walls and polls, hard-wrapped copies) and on the twelfth (archive
// toolbars, caches, reader views, read-later exports, print views, phone copies, .mhtml) and on the thirteenth (heavy chrome, hard-wrapped e-mails, several sources at the foot, ranks
// with degrees), on the fourteenth (Vietnamese provincial, sector and city papers, television sites, magazines and
// overseas relays of foreign wires), on the fifteenth (English wire copy on regional papers, TV and radio sites; South
// Asia, the Caucasus, the Baltics, the Nordics, Latin America, Canada) and on the sixteenth (how the page is built and
// how it was captured: WordPress, Next.js, Arc XP, Drupal, AMP, paywalls, .mhtml, .eml, .docx, clipper notes), on the
// seventeenth (English regional and local papers, the Caribbean and the Pacific, African and Middle Eastern dailies,
// think tanks, wire agencies' own pages; two thirds text copies), on the eighteenth (Vietnamese outlets relaying foreign
// broadcasters and wires, 60 % text copies), on the nineteenth (captions and furniture as big outlets' CMSs render
// them), on the twentieth (Vietnamese captures made on phones and through apps: mobile and AMP pages, share-sheet
// text, Facebook and Zalo posts), on the twenty-first (English defence press, regional English services, research
// bodies, UN and parliamentary pages, press releases), on the twenty-second (pages reached second-hand: archives,
// caches, translations, aggregators' reposts, newsletters, Telegram and forums), on the twenty-third (pages that are
// not a plain story: live pages, explainers, interviews, columns, long reads, galleries, videos, fact-checks, statements
// and timelines) and on the twenty-fourth (what a select-all or save takes along in Firefox, Safari, Edge and Samsung
// Internet: next articles, dialogs, comments), on the twenty-sixth (the big English outlets again, another article of
// each captured another way), on the twenty-fifth (the same for the big Vietnamese outlets), on the twenty-seventh
// (the tools a reporter takes a page with: clippers, reader modes, PDF text, print views, document exports, forwards,
// chat exports), on the twenty-eighth (the Vietnamese long tail: magazines, portals, universities, provincial
// stations, embassies, overseas sites), on the twenty-ninth (wire copy as republishers carry it), on the thirtieth
// (English outlets never seen, captured as a newsroom does any day: trade press, magazines, commentary, think tanks),
// on the thirty-first (Vietnamese-run outlets never seen, in Vietnamese and English), on the thirty-second
// (Vietnamese relays in kinds of page other than the plain news story: reviews, interviews, round-ups, explainers,
// video, radio, updates, corrections), on the thirty-third (Vietnamese provincial and sector papers never seen, in
// their non-story page types), on the thirty-fourth (the page types around a story: factboxes, explainers, live blogs,
// transcripts, briefings), on the thirty-fifth (English outlets never seen from South and Southeast Asia, Central
// Asia, Turkey, Israel, the Gulf, Iran and the Caribbean: dailies, sites and state agencies), on the thirty-sixth
// (posts and articles on platforms, where claims are first published: newsletters, blogs, channels) and on the
// thirty-ninth (Korean, Russian, Chinese, Japanese and Ukrainian pages read through the browser's translation or
// Google Translate's proxy, then copied or saved), on the forty-first (articles of 2023–2025 as their sites show them
// today: age banners, archive notes, later updates and editors' notes), on the forty-second (broadcasters' video and audio pages: the
// player's text, playlists, programme lines, transcripts and scripts), on the forty-third (the everyday mix of
// outlets never seen: Vietnamese relays of foreign broadcasters and wires, English wire copy and the news pages built
// around it), on the forty-fourth (opinion pages: editorials, columns, op-eds and letters), on the forty-fifth (the
// everyday mix again, outlets never seen: English regional and national papers carrying AP, Reuters and AFP copy,
// Vietnamese provincial, sector and overseas outlets relaying TTXVN, VOA, RFI and the wires), on the forty-sixth
// (picture-led pages: imagery analyses, photo stories, galleries, maps and infographics, their figures' numbers and
// credits), on the forty-seventh (wire copy as local sites run it: AP, Reuters, AFP, PA, AAP, PTI, IANS, Bernama
// and TTXVN), on the forty-eighth (live and rolling pages: live blogs, breaking pages, updated and corrected
// stories), on the forty-ninth (the article as read in another app: aggregators, readers, reader views, forwarded
// mail and archived copies) and on the fiftieth (the Vietnamese long tail again: merged provincial papers and
// stations, sector magazines, academies, overseas sites, English editions) and on the fifty-first (English-language
// news of Asia and the Pacific: Central and South Asia, mainland South-East Asia, the Pacific, Taiwan, Macau) and on
// the fifty-second (English-language news of the Middle East, Africa, Latin America and the Caribbean) and on the
// fifty-third (the Vietnamese everyday stream in page types besides the plain story: interviews, timelines,
// factboxes, photo stories, translated op-eds, foreign-press summaries, series, tables) and on the fifty-fourth (local
// and regional papers of the United States, Canada, Britain, Ireland, Australia and New Zealand running wire copy) and on
// the fifty-fifth (the Vietnamese everyday stream: trade and ministry journals, associations' magazines, universities,
// provincial, city and ward portals relaying TTXVN, VOV and foreign wires) and on the fifty-seventh (English-language
// outlets of continental Europe, the Nordics, the Baltics and Ukraine running their region's wires) and on the
// fifty-eighth (Vietnamese-language pages of VTV's, VOV's and VTC's channels, overseas community radios, televisions and
// magazines, and foreign state media's Vietnamese services) and on the fifty-ninth (the Russia–North Korea story
// from Vietnamese provincial stations and a magazine, and from English-language think tanks, a Korean business
// daily, an Okinawan paper and the Belarusian, Kyrgyz and Far Eastern wires) and on the sixtieth (the same story in the
// second half of 2025 from Vietnamese sector papers and magazines and from English-language outlets of Mongolia,
// South-East Asia, Australia and New Zealand, the Middle East, Africa and Latin America) and on the sixty-first (the same story on
// pages that are not a newsroom's story: embassies' and ministries' briefings, parliaments, fact-checkers, institutes,
// university journals, interviews, podcasts and newsletters) and on the sixty-second (the same story reached through a
// third party: aggregators, pages' posts, readers, forwarded newsletters, archives, print copies, a channel's relay and
// the browser's translation) and on the sixty-third (the same story in the week of the treaty's second anniversary
// from sites built on the common publishing platforms and themes: WordPress news themes, Blogger, Substack, Medium,
// Ghost, Drupal and Joomla portals, an Arc XP-like template, AMP pages and the Vietnamese newsroom CMSs) and on the
// sixty-fourth (the same story in the week of 30 November 2026 captured the awkward ways editors capture it: cut
// selections, each browser's copy, doubled pages, "HTML only", "Complete" and single-file saves, infinite scroll) and on the
// sixty-fifth (the same story on broadcasters' websites: pages built around a video or audio item, programmes, presenters,
// players, transcripts and lists of programmes) and on the sixty-sixth (the same story in the week of 7 September 2026
// in a Vietnamese desk's ordinary stream: national, provincial and city papers, party and sector journals, foreign
// broadcasters' Vietnamese services and overseas relays, English pages of Vietnamese outlets) and on the sixty-seventh
// (the same story as wire copy run by the sites that carry it: datelines, slugs, reporting lines, corrections, the
// wire's rights line, each site's own furniture) and on the sixty-eighth (the same story in the week of 9 February 2026
// as regional and local outlets, portals, an app and a comparison page run the wires' copy under their own templates,
// and Vietnamese provincial and city papers relay it) and on the sixty-ninth (the same story in the week of 23 March
// 2026 as Vietnamese portals, forums, overseas papers and radio sites, aggregators and journalists' blogs relay VOA,
// RFI, BBC, DW, RFA, AP and Reuters, and English blogs retell a Vietnamese service's story) and on the seventieth (the
// same story in the week of 4 May 2026 as English regional papers of four continents, think tanks, newsletters on
// Substack, Ghost and Beehiiv, Medium publications, university and NGO news pages tell it, each in its own CMS's
// template) and on the seventy-first
// (the same story in the week of 10 August 2026 on Vietnamese provincial, ward, trade, university, overseas, community
// radio, aggregator and video pages, and English pages of Vietnamese outlets) and on the seventy-second
// (the same story in the week of 30 November 2026 as Vietnamese provincial papers, overseas papers, community radio
// sites, newsletters, forums, fan pages and video pages relay fourteen broadcasters and wires, each credit in a new
// form) and on the seventy-third (the same story in the week of 13 July 2026 as local TV stations, public
// broadcasters' regional pages, a free daily, business papers, the defence trade press and aggregators' readers tell
// it) and on the seventy-fourth
// (the same story in the week of 5 October 2026 on Vietnamese portals, mass organisations' papers, institutes', magazines',
// regional stations', consulates', apps' and print pages outside the big national papers) and on the seventy-fifth
// (the same story in the week of 21 September 2026 as Asian English-language dailies and broadcasters, Russian and
// Ukrainian English-language sites, a think tank, newsletters, a wire's own page and a press release tell it) and on the
// seventy-sixth (the same story in the week of 2 November 2026 as Vietnamese live blogs, e-magazines, infographics,
// weekend editions, youth, women's, police, army and union papers, business sites, TV pages and readers show it), on the
// seventy-seventh (the same story in the week of 16 November 2026 as Vietnamese services of foreign broadcasters, overseas
// papers and radio, portals, trade papers, sports, entertainment, religious and faculty pages show it) and on the
// seventy-eighth (the same story in the week of 9 November 2026 as an English desk meets it: European, North American,
// Australian and New Zealand papers, broadcasters, magazines, wire clients, governments, a parliament, the UN, an NGO, a
// court and readers' copies), on the seventy-ninth (the same story in the week of 23 November 2026 as Vietnamese party
// papers, city TV sites, ministries' papers, universities, think tanks, overseas radio and aggregators relay foreign wires)
// and on the eightieth (the same story in the same week as an English desk receives wire copy: regional papers, trade
// papers and television sites running seventeen wires' copy, wires' own pages, a terminal's alert, a syndicated column, a
// live page),
// and on the eighty-first (the same story in the week of 30 November 2026 as a newsroom receives Vietnamese pages that are
// not plain desktop copies: Wayback Machine and archive.today captures, AMP copies, print views, a Facebook post, Zalo,
// YouTube, Telegram, an RSS reader, an e-paper, m. pages and a page through Google Translate), and on the eighty-second
// (the same week as an English desk receives a page that is not a plain desktop copy: archives' copies, AMP, a print
// view, readers' and apps' shares, posts on platforms, a think tank, a briefing, a parliament, a video, a podcast, a
// translation), on the eighty-third (the same week as it reaches a Vietnamese desk every day: national dailies and
// foreign broadcasters' Vietnamese services in their own layouts, every outlet one an earlier corpus holds) and on the
// eighty-fourth (the same week as the everyday stream brings it to an English desk: ordinary articles in the layouts of
// the wires' own sites and of the papers and broadcasters that run their copy), with the
// scorer of
// lib/sources/capture-accuracy.test.ts, capture-heldout.test.ts and the capture-blind*.test.ts files: every corpus in
// CAPTURE_CORPORA is measured the same way.
import { pathToFileURL } from "node:url";
import { ACCURACY_FIELDS, ACCURACY_FLOORS, accuracyTable, CAPTURE_CORPORA, measureCaptureAccuracy, type AccuracyReport } from "../lib/sources/capture-accuracy";
import { metric, type Metric } from "./report";

function metricsOf(report: AccuracyReport, prefix: string): Metric[] {
  return ACCURACY_FIELDS.map((field) => {
    const floor = ACCURACY_FLOORS[field];
    const pct = Math.round(report.accuracy[field] * 1000) / 10;
    return metric(`${prefix}: ${field}`, pct, "%", floor === undefined ? null : { op: ">=", value: floor * 100 }, `${report.captures} captures · ${report.outlets} outlets`);
  });
}

export function captureAccuracyMetrics(): { metrics: Metric[]; table: string } {
  const reports = CAPTURE_CORPORA.map((corpus) => ({ corpus, report: measureCaptureAccuracy(corpus.dir, corpus.label) }));
  return {
    metrics: reports.flatMap(({ corpus, report }) => metricsOf(report, corpus.metricPrefix)),
    table: reports.map(({ report }) => accuracyTable(report)).join("\n\n"),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${captureAccuracyMetrics().table}\n`);
}
