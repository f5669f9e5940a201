// A page selected and pasted twice: an editor presses select-all, copies, and pastes into a field that already held
// the same copy, or pastes twice by mistake. The text is then the page's lines followed by the same lines again (the
// second copy whole or cut short, as the second selection was). Read as it is, the second masthead, menu and headline
// look like a dossier's next article, and the first copy's lines like its table of contents. The repeat is dropped:
// only when the lines after a point repeat the text's opening lines one for one to the end, that repeat is at least half
// as long as what it repeats (a footer repeating the masthead and the menu is no second copy) and it holds a paragraph.
// Any other text is returned as it is.
import { visibleLine } from "./normalize";

const MAX_LINES = 20_000;
/** How many places where the opening line comes again are tried (each compared until its first difference). */
const MAX_TRIES = 4;
/** A paragraph among the repeated lines: a long line of prose. */
const PARAGRAPH = /^(?=.{60})\S+(?: \S+){9}/u;

/** `text` without a second copy of itself pasted after it (see the head of this file). */
export function withoutDoubledPaste(text: string): string {
  const raw = text.split("\n", MAX_LINES + 1);
  if (raw.length > MAX_LINES) return text;
  const kept: number[] = []; // indices of the lines with something on them
  const plain: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const v = visibleLine(raw[i] as string);
    if (v.length === 0) continue;
    kept.push(i);
    plain.push(v);
  }
  const n = plain.length;
  if (n < 8) return text;
  let tries = 0;
  // the second copy starts at k: it repeats lines 0 … n-k-1, and is at least half as long as the first (n-k ≥ k/2), at
  // most as long (n-k ≤ k)
  for (let k = Math.ceil(n / 2); k <= Math.floor((2 * n) / 3) && tries < MAX_TRIES; k++) {
    if (plain[k] !== plain[0]) continue;
    tries++;
    let j = 1;
    while (k + j < n && plain[k + j] === plain[j]) j++;
    if (k + j < n) continue;
    if (!plain.slice(k).some((line) => PARAGRAPH.test(line))) return text;
    return `${raw.slice(0, kept[k] as number).join("\n").replace(/\s+$/, "")}\n`;
  }
  return text;
}
