// Fixed word lists for matching (pure): stop words and the place names that stand for a country, folded.
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
  xuống đi tới biết nói rằng tiếp tục cả phải cần bên giữa để nhau nay bài viết hãng
  the a an of to in on at by for from with and or but is are was were be been being it its this that these those
  as has have had will would could should may might can not no than then there their they he she his her him we
  our you your i me said says say told according also about after before over into out up more most very
  `
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.normalize("NFC")),
);

/** Folded key words that make a statement a denial (bác bỏ, phủ nhận, deny): a denial and its allegation share their other words. */
export const DENIAL_WORDS: readonly string[] = ["bac_bo", "phu_nhan", "deny", "denied", "denies", "rejected"];

/**
 * Words that make a statement conditional ("nếu … cung cấp": if it supplied), as written (they are stop words):
 * a conditional neither states a claim nor is stated by one, whatever words they share. Key words carry it as
 * CONDITIONAL_KEY.
 */
export const CONDITIONAL_WORDS: ReadonlySet<string> = new Set(["nếu", "if", "unless"]);
export const CONDITIONAL_KEY = "~if";

/** Metonyms and translations the wire services use for the same country, folded: each adds the country's words. */
export const SYNONYMS: readonly AliasExpansion[] = (
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
    ["us", "my"],
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
    ["un", "lien hiep quoc"],
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
  ] as const
).map(([alias, name]) => ({ alias: alias.split(" "), name: name.split(" ") }));
