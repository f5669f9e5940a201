// Abbreviations whose full stop need not end a sentence (pure): one list for the cleaner, which asks whether a short
// line is a whole sentence, and for the matcher's sentence splitter, which asks whether a stop ends one.

/** A title or a place's kind before a name ("Mr. Kim", "Gen. Ri", "TP. Hồ Chí Minh", "GS. Lê"): its stop ends nothing. */
const BEFORE_NAME = ["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "prof", "tp", "gs", "ts", "ths", "pgs", "ông", "bà"];
/**
 * A company's suffix, a name's generation, the Latin shorthands and a month's short name ("Dec. 3", a day's number in
 * words after it in a wrapped line: "on Dec." / "Three …"): read as ending nothing, the safer mistake.
 */
const INSIDE = ["jr", "sr", "corp", "inc", "ltd", "co", "u.s", "u.n", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec"];
/**
 * Before a figure: a number's, a page's and a volume's shorthand ("No. 5", "tr. 12", "Vol. 3"). Its stop ends a
 * sentence when no figure follows: the quoted one-word answer "“No.” He left." is a sentence.
 */
const BEFORE_FIGURE = ["no", "vol", "p", "q", "tr"];

const ALL = new Set([...BEFORE_NAME, ...INSIDE, ...BEFORE_FIGURE]);
const FIGURE_NEXT = new Set(BEFORE_FIGURE);
/** What may stand between the stop and the next word: closing quotes and brackets, then spaces. */
const AFTER_STOP = /^["”’»)]*\s*/u;

/** Is this word (as printed, without its stop) one of the abbreviations? */
export const isAbbreviation = (word: string): boolean => ALL.has(word.toLowerCase());

/**
 * Does the full stop after `word` end a sentence, given the text right after the stop (`after`: "" at the text's end)?
 * Any word but an abbreviation, yes; a title's or a suffix's stop, no; a figure's shorthand, unless a figure follows
 * it with no closing quote between ("No. 5" goes on; "“No.” The minister …" and "… in Dec." end).
 */
export function stopEndsSentence(word: string, after: string): boolean {
  const key = word.toLowerCase();
  if (!ALL.has(key)) return true;
  if (!FIGURE_NEXT.has(key)) return false;
  const gap = AFTER_STOP.exec(after)?.[0] ?? "";
  if (/["”’»)]/u.test(gap)) return true;
  const next = after.charCodeAt(gap.length);
  return !(next >= 48 && next <= 57);
}
