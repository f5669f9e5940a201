// Look-alike names: a word that mixes Latin, Cyrillic and Greek letters ("Ngа" with a Cyrillic а, "Мinistry" with a
// Cyrillic М) reads as the Latin word it imitates, yet folds to another key, so the desk would hold two claimants a
// reader cannot tell apart. No real name mixes these scripts inside one word; each script alone is welcome. Pure.
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

export const MIXED_SCRIPT_NAME = "A name cannot mix Latin, Cyrillic and Greek letters in one word: it would look like another name.";

/** Whether some word of `name` holds letters of two of Latin, Cyrillic and Greek. */
export function hasMixedScriptWord(name: string): boolean {
  for (const word of name.normalize("NFC").split(/[^\p{L}\p{M}]+/u)) {
    if (SCRIPTS.filter((script) => script.test(word)).length > 1) return true;
  }
  return false;
}

// Look-alikes in one script: a word written wholly in Cyrillic or Greek letters that each look like a Latin one ("ТАЅЅ",
// "ΚϹΝΑ") imitates a Latin name without mixing scripts. A name's look-alike key maps each such letter to the Latin
// letter it imitates, as Unicode's confusables.txt does for these scripts (its single-letter, same-case entries),
// then folds it as a claimant's alias is folded; two names of different claimants must not share it. Only Cyrillic
// and Greek letters are mapped: Latin letters with diacritics (Vietnamese "ơ", "ư", "đ") are no look-alikes of one
// another, and diacritics are folded as for every alias ("Ngà" and "Nga" are one claimant's already).
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic capitals
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y", Ѕ: "S", І: "I",
  Ј: "J", Ү: "Y", Һ: "h", Ԛ: "Q", Ԝ: "W", Ӏ: "l", Ԁ: "d",
  // Cyrillic small letters
  а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", ѕ: "s", і: "i", ј: "j", һ: "h", ԛ: "q", ԝ: "w", ү: "y",
  ӏ: "l", ԁ: "d", г: "r",
  // Greek capitals
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
  Ϲ: "C", Ϳ: "J",
  // Greek small letters
  ο: "o", ν: "v", ρ: "p", ι: "i", α: "a", γ: "y", ϲ: "c", ϳ: "j", υ: "u",
};
const LOOK_ALIKE_LETTER = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "gu");

/** Whether `name` holds a Cyrillic or Greek letter (only such a name has a look-alike key of its own). */
export function hasCyrillicOrGreek(name: string): boolean {
  return /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(name);
}

/**
 * `name` with each Cyrillic or Greek letter that looks like a Latin one replaced by it ("ТАЅЅ" → "TASS"), before any
 * folding: the letter's case decides what it looks like (Cyrillic "В" is a Latin "B", "в" is none). Letters with a
 * diacritic are first split into letter and mark ("ё" → "е" + ¨), as folding later drops the mark.
 */
export function latinLookAlike(name: string): string {
  if (!hasCyrillicOrGreek(name)) return name;
  return name.normalize("NFD").replace(LOOK_ALIKE_LETTER, (letter) => LOOK_ALIKES[letter]!).normalize("NFC");
}
