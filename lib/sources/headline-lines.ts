// A headline a copy broke over two lines, joined back before the header is read:
// - a hard-wrapped copy (an e-mail, a print to text at 72 columns) sends a headline's last word, often a name's end,
//   to a line of its own ("… as Putin Welcomes Kim Jong" / "Un"), with a blank line after it;
// - a page that sets its headline in two lines copies them as two ("Nga - Triều Tiên mở tuyến vận tải mới:" / "Cơ
//   hội nào cho nông sản Cao Bằng?"): a first half that ends in a colon, a dash or its clause's comma, right above
//   the second, with the date line right below.
// Only the first lines of a text (its header) are looked at; a line a rule reads on its own is never joined.
import { readDateLine } from "./layout-model";

const HEADER_LINES = 60;
/** One or two capitalised words, as the end of a name or a headline: "Un", "Hui", "Son Hui". */
const TAIL_WORDS = /^\p{Lu}[\p{Ll}'’-]{0,14}(?:\s\p{Lu}[\p{Ll}'’-]{0,14})?[?!.]?$/u;
/**
 * One or two words in lower case with no end punctuation, as a headline's end in sentence case ("… respect UN Security
 * Council" / "resolutions"); a paragraph's last line ends with its full stop.
 */
const LOWER_TAIL = /^\p{Ll}[\p{Ll}'’-]{0,19}(?:\s\p{Ll}[\p{Ll}'’-]{0,19})?$/u;
/** A headline's first half as pages break it: three words or more, ending in a colon or a dash. */
const FIRST_HALF = /^[\p{Lu}\d"“‘'][^.!?]{10,120}(?::|\s[-–—])$/u;
/**
 * A headline's first half broken after its clause's comma ("Triều Tiên bác cáo buộc chuyển đạn pháo," / "Hàn Quốc nói
 * …"): three words or more, no other comma, none of a sentence's stops.
 */
const FIRST_HALF_COMMA = /^[\p{Lu}\d"“‘'][^.!?,;:]{10,120},$/u;
/** A headline's second half: capitalised, no longer than a headline, not a sentence of the text. */
const SECOND_HALF = /^[\p{Lu}\d"“‘'][^\n]{5,140}$/u;

export function joinWrappedHeadlines(text: string): string {
  // only the header's lines are split off: a long text's body is never walked
  let cut = -1;
  for (let n = 0; n <= HEADER_LINES + 2; n++) {
    cut = text.indexOf("\n", cut + 1);
    if (cut < 0) break;
  }
  const head = cut < 0 ? text : text.slice(0, cut);
  const joined = joinHead(head);
  return joined === head ? text : cut < 0 ? joined : joined + text.slice(cut);
}

function joinHead(text: string): string {
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i + 1 < Math.min(lines.length, HEADER_LINES); i++) {
    const line = (lines[i] as string).trim();
    const next = (lines[i + 1] as string).trim();
    const after = (lines[i + 2] ?? "").trim();
    if (line.length === 0 || next.length === 0) continue;
    // a hard-wrapped headline: the line runs to a 72-column wrap (never past it), opens in capitals, has no end
    // punctuation, and its last word or two stand alone before a blank line
    const wrapped = line.length >= 56 && line.length <= 72 && /^[\p{Lu}]/u.test(line) && !/[.!?…:;,]$/.test(line) && line.includes(" ") && (TAIL_WORDS.test(next) || LOWER_TAIL.test(next)) && after.length === 0 && (i === 0 || (lines[i - 1] as string).trim().length === 0);
    // a headline set in two lines above its date
    const halves = !wrapped && (FIRST_HALF.test(line) || FIRST_HALF_COMMA.test(line)) && line.split(/\s+/).length >= 3 && SECOND_HALF.test(next) && !/[.]$/.test(next) && readDateLine(after) !== null && readDateLine(next) === null;
    if (!wrapped && !halves) continue;
    lines[i] = `${lines[i] as string} ${next}`;
    lines.splice(i + 1, 1);
    changed = true;
  }
  return changed ? lines.join("\n") : text;
}
