// Fixed word lists for matching (pure): stop words and the place names that stand for a country, folded.
import type { AliasExpansion } from "./keywords";

/**
 * Folded Vietnamese syllables and English words that carry no claim of their own: function words, pronouns,
 * titles, tense and aspect markers, and the reporting words every relay adds ("theo", "cho biết", "said").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `
  va voi cua la cac nhung mot cho trong ngoai tren duoi ve tai tu den do nay kia ay thi ma nen neu vi nhu khi
  da dang se con co khong chua duoc bi rat hon nhat cung deu van lai chi moi nua theo boi sau truoc gan qua
  ong ba anh chi em ho minh chung toi ta nguoi cai viec su nhieu it hay hoac nhung ngay thang nam luc nhu
  vao ra len xuong di toi cho biet noi rang trong khi tiep tuc ca nhieu phai can nay ben giua cung nhu do
  bai viet hang
  the a an of to in on at by for from with and or but is are was were be been being it its this that these those
  as has have had will would could should may might can not no than then there their they he she his her him we
  our you your i me said says say told according also about after before over into out up more most very
  `
    .split(/\s+/)
    .filter(Boolean),
);

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
    ["dan duoc", "dan"],
    ["dan phao", "dan"],
    ["ammunition", "dan"],
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
  ] as const
).map(([alias, name]) => ({ alias: alias.split(" "), name: name.split(" ") }));
