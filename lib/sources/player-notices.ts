// What a video or audio player and a broadcaster's page around it print into a copy, each family in its common
// English and Vietnamese wordings: a player's hidden control labels and dialog text (video.js and its kin, which a
// select-all takes along: "Video Player is loading.", "captions settings, opens captions settings dialog", "Beginning
// of dialog window. …"), its buttons ("Bật/tắt phụ đề", "Tốc độ phát"), a clip's entry in a playlist (its title and
// its length: "Thời sự 19h ngày 03/12/2026 28:40"), a programme's air line ("This segment aired on December 3,
// 2026.", "Heard on: Marketplace Morning Report", "Chương trình: Thời sự VOV2 17h"), a bulletin's audio link ("Listen
// to the Radio 3 news bulletin", "Audio: 00:58"), a programme's production note ("Here & Now is produced by WBUR in
// partnership with NPR.") and a channel's promotion ("Watch the latest news on Channel 7 or stream for free on 7plus").
// Every pattern is anchored and bounded; lines are short (see pathological.ts).
import { anyPatternOf } from "./line-speed";
import { foldForMatch } from "./normalize";
// Each lexicon asked only of lines whose first character can open one of its patterns (line-speed.ts).
const anyPlayerNotice = anyPatternOf(() => PLAYER_FOLDED);

/** Forms on the folded line (foldForMatch: lower case, no diacritics, punctuation as spaces). */
const PLAYER_FOLDED = [
  // video.js's hidden labels and dialogs, and the like in other players
  /^(?:video player is loading|the media could not be loaded\b.{0,80}|no compatible source was found for this media|this is a modal window|beginning of dialog window\b.{0,80}|end of dialog window|close modal dialog|seek to live currently behind live(?: ?live)?|stream type live|loaded \d{1,3}(?: \d{1,2})?|(?:current time|duration|remaining time) ?\d{0,2} ?\d{1,2} \d{2}(?: \d{2})?|playback rate|picture in picture|audio track|(?:captions|subtitles|descriptions|chapters)(?: off| on)?(?: selected)?|(?:captions|subtitles) settings opens (?:captions|subtitles) settings dialog|(?:captions|subtitles) off selected|descriptions off selected|play video|unmute|non fullscreen|exit fullscreen)$/,
  // an embedded YouTube player's labels: "Watch later", "Copy link", "Watch on YouTube", "Tap to unmute", its notes
  /^(?:watch later|copy link|watch on youtube|tap to unmute|include playlist|you re signed out|if playback doesn t begin shortly\b.{0,60}|videos you watch may be added to the tv s watch history\b.{0,120}|an error occurred while retrieving sharing information\b.{0,60}|xem sau|sao chep duong lien ket|xem tren youtube)$/,
  // a player's buttons in Vietnamese: "Bật/tắt phụ đề", "Tốc độ phát", "Tốc độ 1x", "Toàn màn hình", "Tắt tiếng"
  /^(?:bat tat phu de|bat phu de|tat phu de|toc do(?: phat)?(?: \d(?: \d{1,2})?x)?|toan man hinh|thoat toan man hinh|tat tieng|bat tieng|chat luong(?: video)?)$/,
  // a programme's air line: "This segment aired on December 3, 2026.", "This episode aired December 3, 2026 at 9:00
  // p.m. ET", "Heard on: Marketplace Morning Report", "As heard on …", "Chương trình: Thời sự VOV2 17h", "Phát sóng
  // lúc 19h ngày 03/12/2026"
  /^this (?:segment|episode|interview|story|report|program|programme|conversation|broadcast) (?:originally )?aired (?:on )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?(?:[a-z]{3,9} \d{1,2}|\d{1,2} [a-z]{3,9}) \d{4}(?: at \d{1,2}(?: \d{2})? ?(?:a m|p m|am|pm)?(?: [a-z]{2,4})?)?$/,
  /^(?:as )?heard on(?: \S+){1,5}$/,
  // ("Chương trình: Thời sự VTV9 - 19h00", "Chương trình: Thời sự tiếng Việt - 22h00 trên VTV4": the hour with its
  // minutes, the channel after it)
  /^(?:chuong trinh|phat song|len song)(?: luc)? (?:\S+ ){0,4}\d{1,2}(?: ?h(?:\d{2})?| \d{2})(?: (?:\S+ ){0,2}\d{1,2} \d{1,2}(?: \d{4})?| tren (?:\S+ ){0,2}\S+)?$/,
  // a bulletin's audio link and length: "Listen to the Radio 3 news bulletin", "Audio: 00:58", "Nghe bản tin"
  /^(?:listen to (?:the |this )?(?:\S+ ){0,3}(?:news )?bulletin|listen (?:to this story|now|live)|audio \d{1,2} \d{2}|nghe (?:ban tin|truc tiep|chuong trinh)(?: \S+){0,3})$/,
  // a channel's promotion under the text: "Watch the latest news on Channel 7 or stream for free on 7plus", "Watch
  // i24NEWS live", "Xem trực tiếp kênh …"
  /^watch (?:the latest|more|all the latest|the full)\b.{0,60}\b(?:stream|on demand|catch up)\b.{0,60}$/,
];

/**
 * A clip's entry in a playlist or an "Up next" list: a title of two words or more and the clip's length after it
 * ("Thời sự 19h ngày 03/12/2026 28:40", "The economics of holiday shipping 7:21", "Washington Journal: Open Forum
 * 1:02:44"). Not a date line's time ("Thứ Tư, 03/12/2026 19:45", "03 December 2026 Thursday 09:00"): a title with a
 * day in it before a time of day is a date line, and one that ends on a word that places a time ("lúc", "at") too.
 */
const CLIP_ENTRY = /^(\S.{5,130}?) (?:(\d{1,2}):)?(\d{1,3}):[0-5]\d$/u;
const DATED = /\b(?:19|20)\d{2}\b|\d{1,2}[/.-]\d{1,2}|\b(?:am|pm|a\.m\.|p\.m\.)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b/iu;
const TIME_WORD = /(?:^|\s)(?:lúc|vào|từ|đến|tới|khoảng|at|from|to|until|by|around|before|after|updated|posted|published|cập nhật|đăng)$/iu;
/** An episode's label opening a line: "Episode 112 ·", "Ep. 7 |", "Season 2, Episode 3 –". */
const EPISODE_LINE = /^(?:(?:season|series)\s\d{1,3},?\s)?(?:episode|ep\.?)\s?#?\d{1,4}\s?[·•|–—-]\s/iu;
export function isClipEntry(plain: string): boolean {
  if (plain.length > 140 || !plain.includes(":")) return false;
  const m = CLIP_ENTRY.exec(plain);
  if (!m) return false;
  const title = (m[1] as string).trim();
  if (/[.!?…;,]["”’»)]?$/u.test(title) || TIME_WORD.test(title) || !/[\p{L}]{2,}.*\s.*[\p{L}]{2,}/u.test(title)) return false;
  // a podcast page's episode line, its number, day and length ("Episode 112 · June 19, 2025 · 38:12"): the page's own
  // date line, not another clip's entry
  if (EPISODE_LINE.test(title) && DATED.test(title)) return false;
  // a clock time after a day is a date line's ("03 December 2026 Thursday 09:00"); a length past 23 minutes is no time
  return !(Number(m[2] ?? m[3]) < 24 && DATED.test(title));
}

/**
 * A programme's masthead over its page, the programme and its two hosts: "Here & Now with Marisol Grant and Peter
 * Osgood", "All Things Considered with Ari Shapiro and Mary Louise Kelly". Two full names are asked for: a headline
 * with one ("Xi meets with Vladimir Putin") is a headline.
 */
const PROGRAMME_HOSTS = /^(?:[\p{Lu}\d&][\p{L}\d&'’.:-]*\s){1,3}with (?:hosts? )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u;

/** A programme's production note, its partners named: "Here & Now is produced by WBUR in partnership with NPR." */
const PRODUCED_WITH = /^(?:[\p{L}\d&'’.-]+ ){1,5}(?:is|was) (?:produced|co-produced|presented) by (?:[\p{L}\d&'’.-]+ ){1,5}in (?:partnership|association|collaboration) with(?: (?:the )?\p{Lu}[\p{L}\d&'’.-]*){1,5}\.?$/u;

/**
 * A programme's name and when it airs, after a dash or a bar, as a station's page prints it over or under its story:
 * "Chương trình: Bản tin tiếng Việt - phát sóng 19:00-19:15 giờ Thái Lan", "Chương trình tiếng Việt - phát lúc 11:00 và
 * 20:30 hằng ngày trên FM 103,7 MHz", "Chương trình Thời sự buổi sáng - phát thanh lúc 7 giờ sáng giờ Sydney", "Chương
 * trình: Chào buổi sáng Tây Nam Bộ | Phát sóng: 06:00 hằng ngày". The mark before the airing tells it from a headline
 * about a programme ("Chương trình nghệ thuật phát sóng lúc 20h tối nay thu hút khán giả"); the time after the verb is
 * asked on the folded line.
 */
const PROGRAMME_AIRS = /^chương trình\b[^|–—]{2,80}?\s[-–—|]\s(?:phát|lên sóng)/iu;
const AIRS_AT = /^chuong trinh (?:\S+ ){1,10}?(?:phat song|phat thanh|phat|len song)(?: luc| vao| tu)? \d{1,2}(?: \d{2}| ?h(?:\d{2})?| gio)(?: \S+){0,14}$/;

/**
 * A programme's issue or episode by its number, as a station's list of them or its page's label prints it: "Bản tin thế
 * giới 6h30 - Số 318", "Góc nhìn quốc tế - Tập 145", "All Things Considered - Episode 2291", "Asia Today | Ep. 12 -
 * 17/11/2026". The number closes the line (or a date after it): a headline about a series ("Tập 2 của loạt phim về Bình
 * Nhưỡng gây chú ý") goes on past it.
 */
const NUMBERED_ISSUE = /^\S.{2,70}? [-–—|·] (?:số|tập|kỳ|episode|ep\.?|issue|no\.) ?#?\d{1,4}(?: [-–—|·] \d{1,2}[/.]\d{1,2}[/.]\d{4})?$/iu;
/** A transcript's sound cue on a line of its own: "[NHẠC]", "[Nhạc hiệu]", "[MUSIC]", "[APPLAUSE]", "[Vỗ tay]". */
const SOUND_CUE = /^[[(](?:nhạc(?: hiệu| nền| chuyển cảnh)?|tiếng vỗ tay|vỗ tay|tiếng cười|cười|âm thanh hiện trường|(?:theme |background )?music|applause|laughter|crosstalk|inaudible|silence)[\])]$/iu;
/**
 * The label heading a programme's or a podcast's rundown, alone on its line with its colon: "Nội dung chương trình:",
 * "Nội dung chính của chương trình:", "Trong chương trình hôm nay:", "Programme notes:", "Show notes:", "In this
 * episode:". The rundown's items below it stay the story's; a sentence that opens with the same words ("Nội dung
 * chương trình gồm ba phần.", "In this episode, we look at …") is no label.
 */
const RUNDOWN_LABEL = /^(?:nội dung(?: chính)?(?: của)? (?:chương trình|số phát thanh|bản tin|tập)(?: này| hôm nay| kỳ này)?|trong (?:chương trình|số|tập|bản tin) (?:này|hôm nay|kỳ này)|(?:programme|program|show|episode) notes|in (?:this|today['’]s) (?:episode|programme|program|show|edition|bulletin))\s?:$/iu;
/** A player's download link and its labels over a clip: "Tải xuống", "Tải về", "Download", "Now playing: X at Noon". */
const PLAYER_LABEL = /^(?:tải xuống|tải về|download|now playing\s?:?\s.{2,80}|đang phát\s?:?\s.{2,80})$/iu;
/** An audio's or a video's label with its length, or with the bulletin it comes from: "Nghe audio 01:32", "Video: Bản tin thời sự tối 20/11". */
const MEDIA_LABEL = /^(?:(?:nghe|listen)(?: to)? (?:audio|podcast|radio) \d{1,2} \d{2}(?: \d{2})?|video (?:ban tin|thoi su|chuong trinh|bulletin|newscast)\b.{0,60})$/;

/**
 * A play mark, a replay's or a watch button's words and the clip's length in brackets, or the length alone after the
 * mark: "▶ Nghe lại chương trình (12:05)", "▶ Xem video (2:41)", "▶ Xem bản tin (1:58)", "▶ Watch (3:10)", "▶ 2:07". A
 * sentence after the mark ("▶ Xem video: Kim Jong Un thăm nhà máy") is a clip's title, and stays.
 */
const PLAY_BUTTON = /^[▶►▷⏵]\uFE0F?\s?(?:(?:nghe lại|xem lại|nghe|xem|phát lại|watch|listen|replay|play)(?:\s(?:video|clip|audio|chương trình|bản tin|toàn bộ|again|now))?\s\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}(?::\d{2})?)$/iu;

/** Is a (plain) line a player's or a broadcaster's furniture of these families? Lines over 160 characters never are. */
export function isPlayerNotice(plain: string, folded: () => string = () => foldForMatch(plain)): boolean {
  if (plain.length > 160) return false;
  if (isClipEntry(plain) || PRODUCED_WITH.test(plain) || (plain.includes(" with ") && PROGRAMME_HOSTS.test(plain))) return true;
  if (plain.length <= 100 && (NUMBERED_ISSUE.test(plain) || SOUND_CUE.test(plain) || PLAYER_LABEL.test(plain) || PLAY_BUTTON.test(plain))) return true;
  if (plain.length <= 60 && plain.endsWith(":") && RUNDOWN_LABEL.test(plain)) return true;
  if (plain.length <= 90 && MEDIA_LABEL.test(folded())) return true;
  const f = folded();
  return anyPlayerNotice(f) || (f.startsWith("chuong trinh ") && PROGRAMME_AIRS.test(plain) && AIRS_AT.test(f));
}

/**
 * A programme's episode by its name and day, as a station's playlist or related list under the text names it
 * ("Thời sự 19h ngày 03/12/2026", "Chương trình phát thanh thời sự sáng 03/12/2026", "Bản tin Quốc tế ngày 02/12/2026").
 * A digest page's own headline reads the same, so only lines below the text are asked (metadata.ts's foot scan).
 */
const EPISODE = /^(?:(?:chuong trinh|ban tin) )?(?:phat thanh |truyen hinh )?(?:thoi su|tin tuc|quoc te|the gioi)(?: [a-z]\S*){0,2}? (?:(?:sang|trua|chieu|toi|dem) |\d{1,2} ?h(?: \d{2})? )?(?:ngay )?\d{1,2} \d{1,2} \d{4}$/;
export function isEpisodeEntry(plain: string): boolean {
  return plain.length <= 80 && EPISODE.test(foldForMatch(plain));
}

/**
 * A broadcaster's heading over what follows its story's text: the clip's credits ("People in this video"), its other
 * clips, episodes and programmes ("More videos", "Latest Episodes", "Related Video", "More from Here & Now", "Video
 * khác", "Chương trình khác", "Các tập khác", "Watch more", "Xem thêm các chương trình", "Nghe tiếp", "Các số khác
 * của chương trình", a station's "Phát thanh thời sự" over its bulletins). The short lines below
 * it are the list's (clean.ts's tail markers).
 */
const PLAYER_TAIL =
  /^(?:people in this (?:video|program|programme|clip|episode)|(?:more|other|latest|recent|all|previous) (?:videos|clips|episodes|segments|programs|programmes|shows|bulletins)|watch more(?: from (?:[\p{L}\d&'’.-]+ ){0,5}[\p{L}\d&'’.-]+)?|xem thêm (?:các )?(?:chương trình|video|bản tin)|nghe tiếp|(?:các )?(?:số|kỳ|tập) khác(?: của chương trình)?|related (?:videos?|clips|episodes|programs|programmes)|more from (?:[\p{L}\d&'’.-]+ ){0,3}[\p{L}\d&'’.-]+|(?:các )?(?:video|clip|chương trình|tập|bản tin|podcast) khác|(?:phát thanh|truyền hình) thời sự)\s*:?$/iu;
export const isPlayerTailMarker = (plain: string): boolean => plain.length <= 40 && PLAYER_TAIL.test(plain);
