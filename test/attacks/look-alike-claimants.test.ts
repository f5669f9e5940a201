// Two claimants a reader cannot tell apart: a name with one letter from another script ("Ngа" with a Cyrillic а)
// folds to another key than the name it imitates, so it would be a second claimant. The schemas refuse a word that
// mixes Latin, Cyrillic and Greek, wherever a claimant's name is typed; names in one script, any of them, pass.
import { describe, expect, it } from "vitest";
import { claimantSchema, createClaimSchema } from "@/lib/claims/schemas";
import { hasMixedScriptWord, latinLookAlike, MIXED_SCRIPT_NAME } from "@/lib/claims/name-scripts";
import { localizeMessage } from "@/lib/i18n/messages";

const SPOOFS = [
  "Bộ Quốc phòng Ngа", // Cyrillic а
  "Kim Jоng-un", // Cyrillic о
  "Мinistry of Defence", // Cyrillic М
  "Sergei Shоigu", // Cyrillic о
  "Vlаdimir Putin", // Cyrillic а
  "ΚCNA", // Greek Κ
  "Hãng thông tấn Yonhаp", // Cyrillic а after Vietnamese
  "Phạm Minh Chinh\u0301е", // combining mark, then Cyrillic е
];
const NAMES = ["Bộ Quốc phòng Nga", "Kim Jong-un", "Владимир Путин", "Сергей Шойгу", "Κυριάκος Μητσοτάκης", "KCNA", "Hãng thông tấn Yonhap", "조선중앙통신", "Nga – Путин", "Lavrov (Лавров)", "TASS/ТАСС"];

describe("a claimant's name", () => {
  it.each(SPOOFS)("refuses the look-alike %j", (name) => {
    expect(hasMixedScriptWord(name)).toBe(true);
    expect(claimantSchema.safeParse({ name, kind: "PERSON" }).error?.issues.map((i) => i.message)).toEqual([MIXED_SCRIPT_NAME]);
    expect(claimantSchema.safeParse({ name: "Bộ Quốc phòng Nga", aliases: `MoD, ${name}` }).success).toBe(false);
    const claim = createClaimSchema.safeParse({ text: "Một tuyên bố để kiểm tra tên.", kind: "OTHER", claimantName: name, claimantKind: "PERSON" });
    expect(claim.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["claimantName", MIXED_SCRIPT_NAME]]);
  });

  it.each(NAMES)("takes %j, in one script a word", (name) => {
    expect(hasMixedScriptWord(name)).toBe(false);
    expect(claimantSchema.safeParse({ name, kind: "PERSON" }).success).toBe(true);
    expect(createClaimSchema.safeParse({ text: "Một tuyên bố để kiểm tra tên.", kind: "OTHER", claimantName: name, claimantKind: "PERSON" }).success).toBe(true);
  });

  it("says why in Vietnamese", () => {
    expect(localizeMessage("vi", MIXED_SCRIPT_NAME)).not.toBe(MIXED_SCRIPT_NAME);
  });
});

// A spoof in one script: every letter Cyrillic (or Greek) and each a look-alike of a Latin one. It mixes no scripts,
// so the schemas take it; its look-alike key is the Latin name's, which the data functions compare with the desk's.
describe("a name's Latin look-alike", () => {
  it.each([
    ["ТАЅЅ", "TASS"], // Cyrillic Т А Ѕ Ѕ
    ["РЕРЅІСО", "PEPSICO"],
    ["ΚϹΝΑ", "KCNA"], // Greek Κ, lunate sigma Ϲ, Ν, Α
    ["Ноа Ѕеа", "Hoa Sea"],
    ["АТОМ", "ATOM"],
    ["роре", "pope"],
  ])("%j reads as %j", (spoof, latin) => {
    expect(hasMixedScriptWord(spoof)).toBe(false);
    expect(latinLookAlike(spoof)).toBe(latin);
  });

  it.each([
    ["ТАСС", "TASS"], // Russian for TASS: С is a C, not an S
    ["НАТО", "NATO"], // Russian for NATO: Н is an H
    ["Владимир Путин", "Vladimir Putin"],
    ["Сергей Шойгу", "Sergei Shoigu"],
  ])("does not read %j as %j", (name, latin) => {
    expect(latinLookAlike(name).toLowerCase()).not.toBe(latin.toLowerCase());
  });

  it("maps no Latin letter, so Vietnamese letters with diacritics stay what they are", () => {
    for (const name of ["Bộ Quốc phòng Việt Nam", "Nguyễn Phú Trọng", "Đỗ Mười", "ơ ư ă â ê ô đ", "Hãng thông tấn Yonhap"]) expect(latinLookAlike(name)).toBe(name);
  });
});
