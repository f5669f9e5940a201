// Fixed word lists for matching (pure): stop words and the place names that stand for a country, folded.
import { foldDiacritics } from "@/lib/sources/normalize";
import type { AliasExpansion } from "./keywords";

/**
 * Lower-cased Vietnamese syllables (with their diacritics: "khi" is "when" but "khí" is in "vũ khí") and English
 * words that carry no claim of their own: function words, pronouns, titles, tense and aspect markers, and the
 * reporting words every relay adds ("theo", "cho biết", "said").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `
  và với của là các những một cho trong ngoài trên dưới về tại từ đến đó này kia ấy thì mà nên nếu vì như khi
  đã đang sẽ còn có không chưa được bị rất hơn nhất cũng đều vẫn lại chỉ mới nữa theo bởi sau trước gần qua
  ông bà anh chị em họ mình chúng tôi ta người cái việc sự nhiều ít hay hoặc ngày tháng năm lúc hôm vào ra lên
  xuống đi tới biết nói rằng tiếp tục cả lẫn phải cần bên giữa để nhau nay bài viết hãng
  the a an of to in on at by for from with and or but is are was were be been being it its this that these those
  as has have had will would could should may might can not no than then there their they he she his her him we
  our you your i me said says say told according also about after before over into out up more most very
  `
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.normalize("NFC")),
);

/**
 * Words that make a statement conditional ("nếu … cung cấp": if it supplied), as written (they are stop words):
 * a conditional neither states a claim nor is stated by one, whatever words they share. Key words carry it as
 * CONDITIONAL_KEY.
 */
export const CONDITIONAL_WORDS: ReadonlySet<string> = new Set(["nếu", "if", "unless"]);
export const CONDITIONAL_KEY = "~if";

/**
 * Phrases (as written, lower case) that put a statement in question or make it only possible: "có thể" (may),
 * "có lẽ" (perhaps), "liệu … hay không" (whether), may, could, whether. A sentence
 * with one, or with a question mark, reports something that might be, not that it is: key words carry it as
 * MODAL_KEY, and it lowers the sentence's agreement with a claim stated outright (score.ts).
 */
export const MODAL_PHRASES: readonly string[] = [
  "có thể", "có lẽ", "liệu", "hay không", "phải chăng", "may", "might", "could", "whether", "perhaps", "possibly",
  // A plan or a forecast is not yet a fact: "Triều Tiên sẽ cung cấp …", "will supply", "is expected to".
  "sắp", "expected to",
];
/**
 * Phrases of a time to come (as written, lower case): they doubt their whole clause, the words before them
 * included ("Mỹ lo ngại Triều Tiên sẽ cung cấp … trong thời gian tới", "Ông Blinken sẽ thảo luận … vào tuần
 * tới"). "sẽ" and "will" alone are no cue: "sẽ là vi phạm", "sẽ vi phạm" judge what is.
 */
export const FUTURE_PHRASES: readonly string[] = [
  "thời gian tới", "sắp tới", "tuần tới", "tháng tới", "năm tới", "tuần sau", "tháng sau", "năm sau", "ngày mai",
  "thứ hai tới", "thứ ba tới", "thứ tư tới", "thứ năm tới", "thứ sáu tới", "thứ bảy tới", "chủ nhật tới",
  "next week", "next month", "next year", "coming weeks", "coming months", "tomorrow",
  "next monday", "next tuesday", "next wednesday", "next thursday", "next friday", "next saturday", "next sunday",
];
export const MODAL_KEY = "~maybe";
/**
 * A clause in a time to come (FUTURE_PHRASES) tells of a plan, a forecast or a worry, not of what is: a sentence whose
 * words shared with a claim are mostly in one never matches a claim that is not itself to come (score.ts). Key words
 * carry it as LATER_KEY.
 */
export const LATER_KEY = "~later";

/**
 * A direct question (the sentence ends with "?", quotes or brackets after it aside) asks, it does not state: it never
 * matches a claim that is no question itself. Key words carry it as QUESTION_KEY.
 */
export const QUESTION_KEY = "~question";

/**
 * Phrases of an indirect question (as written, lower case): "theo dõi xem liệu … hay không", "câu hỏi là Triều
 * Tiên có thể cung cấp … nhanh đến mức nào", "whether". Their clause asks, as a direct question does: a sentence
 * whose words shared with a claim are mostly in one never matches a statement (score.ts). Key words carry it as
 * ASKED_KEY.
 */
export const ASK_PHRASES: readonly string[] = ["liệu", "hay không", "hay chưa", "phải chăng", "đến mức nào", "đến đâu", "ra sao", "như thế nào", "whether"];
export const ASKED_KEY = "~asks";

/**
 * Words that negate the rest of their clause, as written (lower case), with the next words that make them no
 * negation ("không quân" is an air force, "không chỉ" is "not only", "không rõ" a doubt). A statement whose words
 * shared with a claim are mostly negated ("had not seen North Korea supply munitions to Russia", "không vi phạm
 * nghị quyết nào") states the opposite: it never matches a claim that is not itself a denial (score.ts). Key words
 * carry it as NEGATED_KEY.
 */
export const NEGATIONS: Readonly<Record<string, readonly string[]>> = {
  không: ["quân", "gian", "khí", "phận", "kích", "người", "trung", "chỉ", "những", "ít", "rõ", "lâu", "kể", "ngừng", "ngớt", "biết", "hề"],
  chưa: ["rõ", "kể", "hề"],
  not: ["only", "just", "least", "yet"],
  never: [],
  "n't": ["only"],
  // "no sign that …", "chẳng có", and the warnings "chớ nên", "đừng", which forbid and so do not state.
  no: ["doubt"],
  chẳng: ["hạn", "những"],
  chớ: [],
  đừng: [],
};
export const NEGATED_KEY = "~not";

/**
 * Phrases that decline to say or take back what was said (as written, lower case): what follows them is neither
 * stated nor denied ("từ chối bình luận về tiến triển của đàm phán", "declined to confirm or deny"; a retraction,
 * "rút lại nhận định rằng …", "retracted its claim that …"). They negate the rest of their clause as NEGATIONS do,
 * and a denial after one in its clause is no denial (roles.ts).
 */
export const REFUSALS: readonly string[][] = [
  "từ chối bình luận", "từ chối xác nhận", "từ chối trả lời", "từ chối cho biết", "miễn bình luận",
  "declined to comment", "declined to confirm", "declined to say", "refused to comment", "refused to confirm", "no comment",
  "rút lại", "thu hồi tuyên bố", "đính chính", "retracted", "retracts", "withdrew", "walked back",
].map((phrase) => phrase.split(" "));

/** Metonyms and translations the wire services use for the same country, folded: each adds the country's words. */
const WORD_SYNONYMS: readonly AliasExpansion[] = (
  [
    ["binh nhuong", "trieu tien"],
    ["pyongyang", "trieu tien"],
    ["bac han", "trieu tien"],
    ["north korea", "trieu tien"],
    ["north korean", "trieu tien"],
    ["moscow", "nga"],
    ["mat xco va", "nga"],
    ["matxcova", "nga"],
    ["kremlin", "nga"],
    ["russia", "nga"],
    ["russian", "nga"],
    ["washington", "my"],
    ["hoa ky", "my"],
    ["nha trang", "my"],
    ["united states", "my"],
    ["american", "my"],
    ["ukraina", "ukraine"],
    ["dan duoc", "dan vu khi"],
    ["dan phao", "dan vu khi"],
    ["ammunition", "dan vu khi"],
    ["weapons", "vu khi"],
    ["arms", "vu khi"],
    ["deny", "bac bo phu nhan"],
    ["denied", "bac bo phu nhan"],
    ["phu nhan", "bac bo"],
    ["cap", "cung cap"],
    ["cung ung", "cung cap"],
    ["supplies", "cung cap"],
    ["supplying", "cung cap"],
    ["hop thuong dinh", "gap"],
    ["hoi dam", "gap"],
    ["gap mat", "gap"],
    ["met", "gap"],
    ["trung tam vu tru", "san bay vu tru"],
    ["cosmodrome", "san bay vu tru"],
    ["lien hop quoc", "lien hiep quoc"],
    ["security council", "hoi dong bao an"],
    ["resolutions", "nghi quyet"],
    ["lenh trung phat", "nghi quyet"],
    ["che tai", "nghi quyet"],
    ["negotiations", "dam phan"],
    ["talks", "dam phan"],
    ["thao luan", "dam phan"],
    ["bac bo", "phu nhan"],
    ["chdcnd", "trieu tien"],
    ["cuoc chien", "chien tranh"],
    ["chien su", "chien tranh"],
    ["chien truong", "chien tranh"],
    ["war", "chien tranh"],
    ["phi dan", "ten lua"],
    ["hoa tien", "ten lua"],
    ["missile", "ten lua"],
    ["missiles", "ten lua"],
    ["phao binh", "dan vu khi"],
    ["chuyen giao", "cung cap"],
    ["supply", "cung cap"],
    ["supplied", "cung cap"],
    ["thuong dinh", "gap"],
    ["thuong luong", "dam phan"],
    ["lhq", "lien hiep quoc"],
    // Relays' words for the same acts, in both languages (the blind set's misses: fixtures/matching/README.md).
    ["thuong thao", "dam phan"],
    ["negotiation", "dam phan"],
    ["advancing", "tien trien"],
    ["advance", "tien trien"],
    ["progressing", "tien trien"],
    ["moving forward", "tien trien"],
    ["day manh", "tien trien"],
    ["thuc day", "tien trien"],
    ["xuc tien", "tien trien"],
    ["shells", "dan vu khi"],
    ["munitions", "dan vu khi"],
    ["artillery", "dan vu khi"],
    ["weapon", "vu khi"],
    ["claims", "cao buoc"],
    ["allegations", "cao buoc"],
    ["accusations", "cao buoc"],
    ["accused", "cao buoc"],
    ["spaceport", "san bay vu tru"],
    ["space centre", "san bay vu tru"],
    ["space center", "san bay vu tru"],
    ["space launch centre", "san bay vu tru"],
    ["space launch center", "san bay vu tru"],
    ["hoi kien", "gap"],
    ["don", "gap"],
    ["tiep don", "gap"],
    ["hosted", "gap"],
    ["meet", "gap"],
    ["meets", "gap"],
    ["summit", "gap"],
    ["violates", "vi pham"],
    ["violate", "vi pham"],
    ["violating", "vi pham"],
    ["breaches", "vi pham"],
    ["breach", "vi pham"],
    ["di nguoc lai", "vi pham"],
    ["relationship", "quan he"],
    ["relations", "quan he"],
    ["ties", "quan he"],
    ["hdba", "hoi dong bao an"],
    // Other words for a violation, which a claim of one needs (score.ts: a claim's predicate missing).
    ["violation", "vi pham"],
    ["violations", "vi pham"],
    ["violated", "vi pham"],
    ["flouts", "vi pham"],
    ["flout", "vi pham"],
    ["contravenes", "vi pham"],
    ["contravene", "vi pham"],
    ["run counter", "vi pham"],
    ["runs counter", "vi pham"],
    ["xam pham", "vi pham"],
    ["trai voi", "vi pham"],
    // Relays' words for the same acts (the second blind set's misses: fixtures/matching/README.md).
    ["thuong thuyet", "dam phan"],
    ["progress", "tien trien"],
    ["day nhanh", "tien trien"],
    ["khi tai", "vu khi"],
    ["don tiep", "gap"],
    ["welcomed", "gap"],
    ["meeting", "gap"],
    ["alleged", "cao buoc"],
    ["alleges", "cao buoc"],
    // English titles the wires use instead of the names of the demo claims' people.
    ["north korean leader", "kim jong un"],
    ["nguoi dung dau dien kremlin", "vladimir putin"],
    ["russian president", "vladimir putin"],
    ["secretary of state", "antony blinken"],
    ["national security adviser", "jake sullivan"],
  ] as const
).map(([alias, name]) => ({ alias: alias.split(" "), name: name.split(" ") }));

/**
 * Abbreviations that are synonyms only in capitals, as written: "UN" (not the "Un" of Kim Jong Un), "US" (not
 * "us"). Each adds the folded words of what it stands for.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = { UN: "lien hiep quoc", US: "my", "U.S.": "my", UNSC: "hoi dong bao an lien hiep quoc" };

/**
 * Countries and the names the wire services give them (folded): the actors whose roles matching tells apart. A
 * role filled by anyone else (a person, "phương Tây") is left empty and neither agrees nor disagrees.
 */
export const ACTORS: Readonly<Record<string, readonly string[]>> = {
  trieu_tien: ["trieu tien", "bac trieu tien", "binh nhuong", "bac han", "chdcnd trieu tien", "chdcnd", "north korea", "pyongyang", "dprk"],
  nga: ["nga", "lien bang nga", "moscow", "moskva", "mat xco va", "matxcova", "kremlin", "dien kremlin", "russia"],
  my: ["my", "hoa ky", "washington", "nha trang", "toa bach oc", "lau nam goc", "united states", "us", "white house", "pentagon", "america"],
  ukraine: ["ukraine", "ukraina", "kiev", "kyiv", "kiep"],
  han_quoc: ["han quoc", "nam han", "seoul", "south korea"],
  trung_quoc: ["trung quoc", "bac kinh", "china", "beijing"],
  iran: ["iran", "tehran"],
  nhat_ban: ["nhat ban", "tokyo", "japan"],
  // A place, not the country: "đưa đến bán đảo Triều Tiên" names no North Korean supplier.
  ban_dao_trieu_tien: ["ban dao trieu tien", "korean peninsula"],
};

/**
 * Office titles the wires use instead of the names of the demo claims' people, folded: the title, the country
 * (an ACTORS id: the title is read with every name of the country, "Ngoại trưởng Mỹ", "Ngoại trưởng Hoa Kỳ",
 * "Tổng thống Liên bang Nga"), and the name it stands for.
 */
const TITLES: readonly (readonly [string, string, string])[] = [
  ["nha lanh dao", "trieu_tien", "kim jong un"],
  ["lanh dao", "trieu_tien", "kim jong un"],
  ["lanh tu", "trieu_tien", "kim jong un"],
  ["chu tich", "trieu_tien", "kim jong un"],
  ["chu tich uy ban quoc vu", "trieu_tien", "kim jong un"],
  ["tong thong", "nga", "vladimir putin"],
  ["ngoai truong", "my", "antony blinken"],
  ["nguoi dung dau nganh ngoai giao", "my", "antony blinken"],
  ["co van an ninh quoc gia", "my", "jake sullivan"],
];

/**
 * Cues of a denial, as written, that name what they deny after them: the verbs (bác bỏ, phủ nhận, gạt bỏ, denied,
 * dismissed) and the words that say the thing is not ("không hề", "không có bất kỳ … nào"). A denial is another
 * claim than the allegation it denies.
 */
export const DENY_VERBS: readonly string[][] = [
  "bác bỏ", "phủ nhận", "phủ định", "không hề", "gạt bỏ", "bác tin", "bác thông tin",
  "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "refute", "refuted", "dismiss", "dismisses", "dismissed",
  // Saying that the thing does not exist: "khẳng định không có bất kỳ thỏa thuận vũ khí nào".
  "không có bất kỳ", "không hề có",
].map((phrase) => phrase.split(" "));

/**
 * Words that call what comes before them false (as written): "cáo buộc … là vô căn cứ", "gọi thông tin … là
 * \"luận điệu bịa đặt\"", "called the allegations … absurd". Denials as DENY_VERBS are, but what they deny is named
 * before them, not after (keywords.ts).
 */
export const DENY_PREDICATES: readonly string[][] = [
  "vô căn cứ", "bịa đặt", "sai sự thật", "baseless", "unfounded",
  // Calling a claim unproven is denying it: "… là không có bằng chứng", "groundless", "without evidence".
  "không có bằng chứng", "không có căn cứ", "groundless", "no evidence", "without evidence",
  // Calling it absurd or made up: "gọi cáo buộc … là hoàn toàn vô lý", "absurd", "nonsense", "fabricated".
  "vô lý", "hoang đường", "absurd", "nonsense", "fabricated", "fabrication",
].map((phrase) => phrase.split(" "));

/** Every cue of a denial: the verbs, then the predicates. */
export const DENIALS: readonly string[][] = [...DENY_VERBS, ...DENY_PREDICATES];

/** The word an ACTORS id stands for among key words: "trieu_tien" is "trieu tien". */
const countryWords = (id: string) => id.split("_");

/**
 * Every expansion: the relay words above, each other name of a country of ACTORS ("DPRK", "White House", "Lầu
 * Năm Góc", "Liên bang Nga") adding the country's words, and each title with each name of its country. A name
 * that is also an English word in lower case ("us") is read as an abbreviation (ABBREVIATIONS), not here.
 */
export const SYNONYMS: readonly AliasExpansion[] = (() => {
  const out: AliasExpansion[] = [...WORD_SYNONYMS];
  const seen = new Set(out.map((e) => e.alias.join(" ")));
  const add = (alias: string[], name: string[]) => {
    const key = alias.join(" ");
    if (seen.has(key) || key === name.join(" ")) return;
    seen.add(key);
    out.push({ alias, name });
  };
  for (const [id, names] of Object.entries(ACTORS)) {
    if (id === "ban_dao_trieu_tien") continue;
    for (const name of names) if (!(name.toUpperCase() in ABBREVIATIONS)) add(name.split(" "), countryWords(id));
  }
  // Every cue of a denial is a denial: "vô căn cứ", "gạt bỏ", "absurd" add the words "bác bỏ", "phủ nhận" give.
  for (const phrase of DENIALS) add(phrase.map(foldDiacritics), ["bac", "bo", "phu", "nhan"]);
  for (const [title, country, person] of TITLES) {
    for (const name of ACTORS[country]!) if (!(name.toUpperCase() in ABBREVIATIONS)) add([...title.split(" "), ...name.split(" ")], person.split(" "));
  }
  return out;
})();

/**
 * Verbs of a transfer, as written (lower case, with diacritics: "chuyến" is a trip, "chuyển" a transfer).
 * `reverse`: the subject receives ("nhận … từ", "mua", "receive from"). `needsRecipient`: short verbs that are
 * a transfer only with a "cho/sang/to" after them ("cấp vũ khí cho Nga", not "cấp cao"); `needsSource`: with a
 * "từ/của/from" after them ("nhận đạn từ", not "nhận định"). `not`/`notAfter`:
 * the next or previous word that makes them another word ("bán đảo", "ngoại giao").
 */
export type TransferVerb = { words: string[]; reverse?: boolean; needsRecipient?: boolean; needsSource?: boolean; not?: string[]; notAfter?: string[] };
export const TRANSFER_VERBS: readonly TransferVerb[] = (
  [
    ["cung cấp"], ["cung ứng"], ["chuyển giao"], ["xuất khẩu"], ["tiếp tế"],
    ["viện trợ", { needsRecipient: true }],
    ["cấp", { needsRecipient: true, not: ["cao", "bách", "độ", "thiết", "tốc"], notAfter: ["khẩn", "đồng", "các", "cao"] }],
    ["chuyển", { needsRecipient: true, not: ["đổi", "động", "biến", "hướng"] }],
    ["gửi", { needsRecipient: true }],
    ["giao", { needsRecipient: true, notAfter: ["ngoại", "bàn", "chuyển"], not: ["thông", "dịch", "lưu", "tranh", "chiến", "thoa", "ước", "tiếp"] }],
    ["bán", { needsRecipient: true, not: ["đảo", "kính", "cầu", "nguyệt", "dẫn", "kết", "tự"] }],
    ["nhận", { reverse: true, needsSource: true, not: ["định", "thấy", "xét", "lời", "ra", "được", "diện", "thức", "mạnh"], notAfter: ["xác", "thừa", "phủ", "nhìn", "ghi", "công", "tiếp"] }],
    ["tiếp nhận", { reverse: true }],
    ["mua", { reverse: true, not: ["bán"] }],
    ["nhập khẩu", { reverse: true }],
    ["supply"], ["supplies"], ["supplied"], ["supplying"], ["provide"], ["provides"], ["provided"], ["providing"],
    ["send", { needsRecipient: true }], ["sends", { needsRecipient: true }], ["sent", { needsRecipient: true }], ["sending", { needsRecipient: true }],
    ["sell", { needsRecipient: true }], ["sells", { needsRecipient: true }], ["sold", { needsRecipient: true }], ["selling", { needsRecipient: true }],
    ["deliver"], ["delivers"], ["delivered"], ["delivering"], ["ship", { needsRecipient: true }], ["shipped"], ["shipping", { needsRecipient: true }],
    ["transfer"], ["transfers"], ["transferred"], ["transferring"],
    ["receive", { reverse: true }], ["receives", { reverse: true }], ["received", { reverse: true }], ["receiving", { reverse: true }],
    ["buy", { reverse: true }], ["buys", { reverse: true }], ["bought", { reverse: true }], ["buying", { reverse: true }],
    ["obtain", { reverse: true }], ["obtained", { reverse: true }], ["acquire", { reverse: true }], ["acquired", { reverse: true }],
    ["import", { reverse: true }], ["imported", { reverse: true }], ["imports", { reverse: true }],
  ] as [string, Omit<TransferVerb, "words">?][]
).map(([phrase, rest]) => ({ words: phrase.split(" "), ...rest }));

/** Words of a passive before a transfer verb ("Moscow được Bình Nhưỡng cung cấp", "Russia was supplied"). */
export const PASSIVE_WORDS: ReadonlySet<string> = new Set(["được", "bị", "is", "are", "was", "were", "been", "being", "be"]);

/**
 * Folded words that say what kind of statement is denied, not what it is about ("mọi cáo buộc", "những tuyên bố
 * như vậy", "reports of", "any"): a denial's object is its other words (roles.ts, score.ts).
 */
export const DENIED_GENERIC: ReadonlySet<string> = new Set([
  "moi", "any", "all", "cao", "buoc", "thong", "tin", "tuyen", "bo", "vay", "nay", "do", "nhung", "hoan", "toan",
  // "luận điệu" (a line of talk), "điều" (a thing: "Đó là điều hoàn toàn vô lý"), "both".
  "luan", "dieu", "both",
  "claims", "claim", "reports", "report", "allegations", "allegation", "accusations", "accusation", "statements", "statement", "speculation",
]);
export const DENIES_KEY = "~denies:";

/**
 * Phrases with a stop word in them (as written), which pairs of key words never form ("lại" is a stop word):
 * each adds STOP_PHRASE_KEY and its folded words joined ("~phrase:chung_lai"), for OPPOSITES to read.
 */
export const STOP_PHRASES: readonly string[] = ["chững lại", "khựng lại"];
export const STOP_PHRASE_KEY = "~phrase:";

/**
 * Predicates and the words that state their opposite, folded key words: a sentence with an opposite of a claim's
 * predicate ("đàm phán … đã rơi vào bế tắc" for "đàm phán … đang tích cực tiến triển") states another claim, whatever
 * else they share. Each entry: the claim's words, then their opposites.
 */
export const OPPOSITES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [["tien_trien", "advancing"], ["be_tac", "do_vo", "dinh_tre", "stalled", "collapsed", "deadlock", "stalemate", "dinh_chi", "suspended", "giam_chan", "stalling", STOP_PHRASE_KEY + "chung_lai", STOP_PHRASE_KEY + "khung_lai"]],
  [["vi_pham", "violate", "violates"], ["tuan_thu", "phu_hop", "complies", "comply", "compliance"]],
  [["gap"], ["huy_bo", "cancelled", "canceled", "postponed", "hoan_lai"]],
];

/**
 * The predicates of OPPOSITES (their first word) that judge rather than tell an act: a claim with one is not stated by
 * a sentence with none of its words (score.ts), "đã thông qua nghị quyết 2397 về Triều Tiên" for "… vi phạm nhiều
 * nghị quyết".
 */
export const JUDGEMENTS: readonly string[] = ["vi_pham"];

/**
 * Kinds of place, folded, that a proper name is written with: before it in Vietnamese ("Sân bay Vũ trụ Vostochny",
 * "bãi phóng Vostochny"), after it in English ("the Vostochny cosmodrome", "the Vostochny launch site"). In a claim,
 * the name and its kind are one place: a sentence that names the place alone ("tại Vostochny") names all of it
 * (PLACE_KEY, score.ts).
 */
export const PLACE_KINDS_BEFORE: readonly string[] = ["san bay vu tru", "trung tam vu tru", "trung tam phong vu tru", "bai phong", "san bay", "cang", "can cu", "nha may"];
export const PLACE_KINDS_AFTER: readonly string[] = [
  "cosmodrome", "spaceport", "space centre", "space center", "space launch centre", "space launch center", "space launch facility",
  "launch site", "launch facility", "launch pad", "airport", "port", "base", "plant", "factory",
];
/** "~place:vostochny:san_bay": a key word of the kind a place's name is written with in a claim. */
export const PLACE_KEY = "~place:";
