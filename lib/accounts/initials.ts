// A person's initials for the account button where their whole name does not fit (a phone's top bar): the first
// letter of the first and of the last word of the name, a note in brackets ("(Biên tập viên)") left out. Pure, so
// the server renders it and a test checks it on real names.

/** The first user-perceived character (a letter with its marks) of each word, as the reader sees it. */
function firstLetter(word: string): string {
  const first = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(word)[Symbol.iterator]().next();
  return first.done ? "" : first.value.segment;
}

/**
 * Up to two initials, upper-cased in the page's language: "Nguyễn Thị Phương Thảo" gives "NT", "Demo Reviewer" "DR",
 * "Minh" "M". Words are split at spaces; a bracketed note, and an address's domain, are no part of a name.
 */
export function initialsOf(name: string, locale = "vi"): string {
  const plain = name
    .normalize("NFC")
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/@\S*/g, " ");
  // (a word's leading quote or bracket is no letter of it: "“Minh”" is Minh; "O'Brien" and "Jean-Luc" are one word)
  const words = plain
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ""))
    .filter((word) => word !== "");
  if (!words.length) return "";
  const picked = words.length === 1 ? [words[0]!] : [words[0]!, words[words.length - 1]!];
  return picked.map(firstLetter).join("").toLocaleUpperCase(locale);
}
