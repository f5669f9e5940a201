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
