// Speed for the line tests the parse runs on every line: pure helpers that change how fast a test answers, never
// what it answers.

/**
 * `test` remembered by line: a paste repeats its lines (the same furniture in every article, the same sentence read
 * by the cleaner, the header scan and the footer scan), and each test is pure. Two generations of at most `size`
 * lines each: the older one is dropped whole, so memory stays bounded and hot lines survive a turnover. `test` never
 * answers undefined (a boolean, a set of bits, or a reading such as a name or null); an object it answers is shared by every caller
 * asking of the same line, so none may change it.
 */
export function memoByLine<T extends boolean | number | string | object | null>(test: (line: string) => T, size = 4096): (line: string) => T {
  let current = new Map<string, T>();
  let older = new Map<string, T>();
  return (line) => {
    let answer = current.get(line);
    if (answer !== undefined) return answer;
    answer = older.get(line) ?? test(line);
    current.set(line, answer);
    if (current.size >= size) {
      older = current;
      current = new Map();
    }
    return answer;
  };
}

/** The top-level alternatives of a regular expression's source (split at `|` outside groups and classes). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Does a source end in an unescaped `$` (outside a class)? */
function endsAnchored(alternative: string): boolean {
  if (!alternative.endsWith("$")) return false;
  let slashes = 0;
  for (let i = alternative.length - 2; i >= 0 && alternative[i] === "\\"; i--) slashes++;
  return slashes % 2 === 0;
}

/**
 * `re.test` for a pattern all of whose matches end at the end of the line (every top-level alternative ends in `$`):
 * the same answer, found by reading backwards from the end once (a lookbehind,
 * sticky at the line's length) instead of trying the pattern at every position of the line. A pattern that does not
 * have that form, uses the `g`, `m` or `y` flag or a back-reference, is tested as it is.
 */
export function testAtEnd(re: RegExp): (line: string) => boolean {
  const backReference = /\\(?:[1-9]|k<)/.test(re.source);
  if (re.global || re.multiline || re.sticky || backReference || !topAlternatives(re.source).every(endsAnchored)) return (line) => re.test(line);
  const back = new RegExp(`(?<=${re.source})`, `${re.flags}y`);
  return (line) => {
    back.lastIndex = line.length;
    return back.test(line);
  };
}

/**
 * `s.split(" ").length >= n`, answered without building the array: counts spaces and stops at the n-1th. The same
 * answer for any string (double spaces count twice, as split's empty pieces do).
 */
export function hasPieces(s: string, n: number): boolean {
  let at = -1;
  for (let spaces = 0; spaces < n - 1; spaces++) {
    at = s.indexOf(" ", at + 1);
    if (at < 0) return false;
  }
  return true;
}

/**
 * Every character a case-insensitive pattern's character `c` matches, or null when they cannot be listed here: a
 * caseless character itself; an ASCII letter its two cases, and under the u flag k the Kelvin sign and s the long s
 * too; a Latin letter with marks (Vietnamese's among them) its two cases, but for the few that case folding joins to
 * a third (Å and the Ångström sign, ß, the dotted and dotless i, the long s's own letters, the two-letter titlecases).
 */
export function caseVariants(c: string, unicode: boolean): string[] | null {
  const [lower, upper] = [c.toLowerCase(), c.toUpperCase()];
  if (lower === upper) return [c];
  if (/^[a-z]$/i.test(c)) return unicode && (lower === "k" || lower === "s") ? [lower, upper, lower === "k" ? "\u212a" : "\u017f"] : [lower, upper];
  const latin = /^[\u00c0-\u024f\u1e00-\u1eff]$/u.test(c) && !/^[\u00c5\u00e5\u00df\u0130\u0131\u017f\u01c4-\u01cc\u01f1-\u01f3\u1e60\u1e61\u1e9b\u1e9e]$/u.test(c);
  return latin && lower.length === 1 && upper.length === 1 ? [lower, upper] : null;
}
/** A literal character opening a pattern, as the pattern's source writes it at `at`: [the character, its length in the source], or null. */
function literalAt(source: string, at: number): [string, number] | null {
  const c = source[at];
  if (c === undefined) return null;
  if (c === "\\") {
    const e = source[at + 1];
    // an escaped punctuation mark is itself; \d, \s, \w, \b, \p{…}, \u…, a back-reference … are not one character
    return e !== undefined && /[\\^$.|?*+()[\]{}/\-]/.test(e) ? [e, 2] : null;
  }
  if (/[\\^$.|?*+()[\]{}]/.test(c)) return null;
  const code = c.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff ? null : [c, 1];
}
/** The index of the parenthesis closing the group opened at `at` (classes and escapes skipped), or -1. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}
/**
 * Where the quantifier at `at` ends (a lazy mark included), and whether it lets its piece be left out: `?`, `*`,
 * `{0,…}`; `at` itself and false when no quantifier stands there.
 */
function quantifier(source: string, at: number): [number, boolean] {
  const c = source[at];
  let end = at;
  let optional = false;
  if (c === "?" || c === "*") [end, optional] = [at + 1, true];
  else if (c === "+") end = at + 1;
  else if (c === "{") {
    const close = source.indexOf("}", at);
    if (close < 0 || !/^\{\d+(?:,\d*)?\}$/.test(source.slice(at, close + 1))) return [at, false];
    [end, optional] = [close + 1, /^\{0\b/.test(source.slice(at, close + 1))];
  } else return [at, false];
  return [source[end] === "?" ? end + 1 : end, optional];
}
/** Every character `\s` matches (white space and line ends), and `\d`'s and `\w`'s. */
const SPACE_CHARACTERS = [..."\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"].concat(Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)));
const DIGITS = [..."0123456789"];
const WORD_CHARACTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_", ...DIGITS];
/** The characters an escape for a few characters (`\d`, `\s`, `\w`) at `at` matches (before any case variants), or null. */
function escapeCharacters(source: string, at: number): string[] | null {
  if (source[at] !== "\\") return null;
  const e = source[at + 1];
  return e === "d" ? DIGITS : e === "s" ? SPACE_CHARACTERS : e === "w" ? WORD_CHARACTERS : null;
}
/** The most characters a class may list and still be read as a list (a range of a few letters, "\s"). */
const MOST_LISTED = 128;
/**
 * The characters a class at `at` lists ("[Pp]", "[【\\[(（]", "[■▶•-]", "[a-z]", "[\\d.]", "[|\\s]") and where it
 * ends, or null for any other class (a negation, an escape for many characters but `\d`, `\s` and `\w`, a range
 * of more than a few characters or from an escape, a character beyond the BMP).
 */
function classCharacters(source: string, at: number): [string[], number] | null {
  const chars: string[] = [];
  for (let i = at + 1; i < source.length; ) {
    const c = source[i] as string;
    if (c === "]") return chars.length > 0 && chars.length <= MOST_LISTED ? [chars, i + 1] : null;
    if (c === "^" && i === at + 1) return null;
    if (c === "[") return null; // (the v flag's nested classes)
    const many = escapeCharacters(source, i);
    if (many !== null) {
      // (a hyphen after "\d" is itself outside the u flag, an error under it: read as neither)
      if (source[i + 2] === "-" && source[i + 3] !== "]") return null;
      chars.push(...many);
      i += 2;
      continue;
    }
    // inside a class only an escape is more than itself ("\\[" is "[", "\\d" many characters)
    const literal = c === "\\" ? literalAt(source, i) : ([c, 1] as [string, number]);
    const code = c.charCodeAt(0);
    if (literal === null || (code >= 0xd800 && code <= 0xdfff)) return null;
    i += literal[1];
    // a hyphen is itself first or last ("[-•]", "[•-]"); between two characters it makes a range ("[a-z]")
    if (source[i] === "-" && source[i + 1] !== "]" && source[i + 1] !== undefined) {
      const end = source[i + 1] === "\\" ? null : literalAt(source, i + 1);
      const [from, to] = [literal[0].charCodeAt(0), end === null ? -1 : end[0].charCodeAt(0)];
      if (end === null || to < from || to - from >= MOST_LISTED || (to >= 0xd800 && from <= 0xdfff)) return null;
      for (let k = from; k <= to; k++) chars.push(String.fromCharCode(k));
      i += 1 + end[1];
      continue;
    }
    chars.push(literal[0]);
  }
  return null;
}
/**
 * The piece of a pattern's source at `at` as the opening readers take it: the characters it matches (a literal, an
 * escape for a few characters, a class listing a few), or the alternatives of a plain or capturing group; and where
 * the piece ends (before any quantifier). Null for any other piece (a lookaround or a named group, a class or escape
 * for many characters, an unclosed group).
 */
function openingPiece(source: string, at: number): { chars: string[]; alternatives: null; next: number } | { chars: null; alternatives: string[]; next: number } | null {
  const many = escapeCharacters(source, at);
  if (many !== null) return { chars: many, alternatives: null, next: at + 2 };
  if (source[at] === "[") {
    const listed = classCharacters(source, at);
    return listed === null ? null : { chars: listed[0], alternatives: null, next: listed[1] };
  }
  if (source[at] === "(") {
    const end = groupEnd(source, at);
    const inner = end < 0 ? -1 : source.startsWith("(?:", at) ? at + 3 : source[at + 1] === "?" ? -1 : at + 1;
    return inner < 0 ? null : { chars: null, alternatives: topAlternatives(source.slice(inner, end)), next: end + 1 };
  }
  const literal = literalAt(source, at);
  return literal === null ? null : { chars: [literal[0]], alternatives: null, next: at + literal[1] };
}
/**
 * The characters a match of `source` (from `at`) can open with, or null when they cannot be told from the source
 * alone (a class, an escape for many characters, a lookaround, a piece that may match nothing …): a literal, or a
 * group (plain or capturing) whose every alternative opens with one; a piece that may be left out (`?`, `*`, `{0,…}`)
 * adds what can open the rest after it.
 */
function openingCharacters(source: string, at: number, depth = 0): string[] | null {
  if (depth > 6 || at >= source.length) return null;
  let chars: string[];
  if (/^\(\?<?[=!]/.test(source.slice(at, at + 4))) {
    // a lookaround matches no character: the match opens with what follows it
    const end = groupEnd(source, at);
    return end < 0 ? null : openingCharacters(source, quantifier(source, end + 1)[0], depth + 1);
  }
  const piece = openingPiece(source, at);
  if (piece === null) return null;
  const next = piece.next;
  if (piece.alternatives !== null) {
    chars = [];
    for (const alternative of piece.alternatives) {
      const opening = alternative === "" ? null : openingCharacters(alternative, 0, depth + 1);
      if (opening === null) return null;
      chars.push(...opening);
    }
  } else chars = piece.chars;
  const [after, optional] = quantifier(source, next);
  if (!optional) return chars;
  const rest = openingCharacters(source, after, depth + 1);
  return rest === null ? null : [...chars, ...rest];
}

/** The most strings of two characters a pattern may open with and still be listed by them. */
const MOST_PAIRS = 256;
/**
 * The strings of `n` characters every match of `source` from `at` opens with (a match shorter than that is none), or
 * null when they cannot be told from the source alone or are more than MOST_PAIRS: the characters as
 * openingCharacters reads them, each followed by what can follow it. A piece repeated may be followed by itself again;
 * a list may hold strings no match opens with (a repeat's bound is not read), never miss one a match opens with.
 */
function openingStrings(source: string, at: number, n: number, depth = 0): string[] | null {
  if (n === 0) return [""];
  if (depth > 12 || at >= source.length) return null;
  if (/^\(\?<?[=!]/.test(source.slice(at, at + 4))) {
    // a lookaround matches no character: the match opens with what follows it
    const end = groupEnd(source, at);
    return end < 0 ? null : openingStrings(source, quantifier(source, end + 1)[0], n, depth + 1);
  }
  const piece = openingPiece(source, at);
  if (piece === null) return null;
  const { chars, alternatives, next } = piece;
  const [after, optional] = quantifier(source, next);
  // after one match of the piece: the piece again when it may repeat ("?" lets it stand once at most), then the rest
  const rest = (after > next && source[next] !== "?" ? `${source.slice(at, next)}*` : "") + source.slice(after);
  const out = new Set<string>();
  if (chars !== null) {
    const tails = openingStrings(rest, 0, n - 1, depth + 1);
    if (tails === null || chars.length * tails.length > MOST_PAIRS) return null;
    for (const c of chars) for (const t of tails) out.add(c + t);
  } else {
    for (const alternative of alternatives as string[]) {
      const opening = openingStrings(alternative + rest, 0, n, depth + 1);
      if (opening === null) return null;
      for (const o of opening) out.add(o);
    }
  }
  if (optional) {
    const without = openingStrings(source, after, n, depth + 1);
    if (without === null) return null;
    for (const o of without) out.add(o);
  }
  return out.size > MOST_PAIRS ? null : [...out];
}
/**
 * The two characters every match of an anchored pattern's alternative opens with (each case of a letter under the i
 * flag), or null when they cannot be listed (a match of one character, or one openingStrings cannot read).
 */
export function openingPairs(alternative: string, ignoreCase = false, unicode = false): string[] | null {
  if (!alternative.startsWith("^")) return null;
  const pairs = openingStrings(alternative, 1, 2);
  if (pairs === null || !ignoreCase) return pairs;
  const out = new Set<string>();
  for (const pair of pairs) {
    const [first, second] = [caseVariants(pair[0] as string, unicode), caseVariants(pair[1] as string, unicode)];
    if (first === null || second === null) return null;
    for (const a of first) for (const b of second) out.add(a + b);
  }
  return out.size > MOST_PAIRS ? null : [...out];
}

/**
 * The words (runs of literal characters, three at least) one of which every match of `source` holds, or null when
 * none can be told: a line holding none of them cannot match. Read from each top-level alternative: a run of literal
 * characters (none of them optional or repeated) or a group that must match (plain, capturing or named, not optional)
 * whose every alternative holds words of its own, whichever is likeliest to rule a line out (the longest shortest
 * word, then the fewest words). Under the i flag the words are lower case, for a lower-cased line, and a letter whose
 * cases do not all lower-case to one (the u flag's s, which the long s matches) ends a run as a class would.
 */
export function requiredWords(source: string, ignoreCase = false, unicode = false, depth = 0): string[] | null {
  if (depth > 6) return null;
  const words: string[] = [];
  for (const alternative of topAlternatives(source)) {
    const held = wordsOfSequence(alternative, ignoreCase, unicode, depth);
    if (held === null) return null;
    words.push(...held);
  }
  return [...new Set(words)];
}
/** A literal character as a case-insensitive pattern's word holds it (lower case), or null when its cases cannot be so read. */
function wordCharacter(c: string, ignoreCase: boolean, unicode: boolean): string | null {
  if (!ignoreCase) return c;
  const lower = c.toLowerCase();
  const variants = caseVariants(c, unicode);
  return variants !== null && variants.every((v) => v.toLowerCase() === lower) ? lower : null;
}
/**
 * A mark rarer in prose than letters ("/", "|", "—", "©", "·", "="): alone it rules out a line as well as a word of
 * three letters, and it weighs so. Other words weigh their length.
 */
const RARE_MARKS = /^[^\p{L}\p{N}\p{M}\s.,:;!?'’‘"“”()[\]{}\-_*&%$#+]+$/u;
const weight = (word: string): number => (RARE_MARKS.test(word) ? Math.max(word.length, 3) : word.length);
/**
 * The characters a class of a few plain marks lists ("[—–]", "[|/]"), each a word of one, or null for any other class
 * (a range, an escape, a negation, a letter, a mark with cases).
 */
function classMarks(inside: string, ignoreCase: boolean, unicode: boolean): string[] | null {
  if (inside.length === 0 || inside.length > 8 || inside.startsWith("^") || inside.includes("\\") || inside.includes("-")) return null;
  const marks = [...inside];
  return marks.every((m) => m.length === 1 && RARE_MARKS.test(m) && wordCharacter(m, ignoreCase, unicode) === m) ? marks : null;
}
/**
 * The likelier of two sets of words to rule a line out (the longest shortest word, then the fewest words): `words`
 * when it is a set of words each weighing three or more and better than `best`, else `best`.
 */
function betterWords(best: string[] | null, words: string[] | null): string[] | null {
  if (words === null || words.length === 0 || !words.every((w) => weight(w) >= 3)) return best;
  if (best === null) return words;
  const [shortest, bestShortest] = [Math.min(...words.map(weight)), Math.min(...best.map(weight))];
  return shortest > bestShortest || (shortest === bestShortest && words.length < best.length) ? words : best;
}
/** betterWords() of a run of literal characters as one word (an empty run, which weighs nothing, never is). */
function endRun(best: string[] | null, run: string): string[] | null {
  return run === "" ? best : betterWords(best, [run]);
}
/** requiredWords() of one alternative (no top-level bar). */
function wordsOfSequence(source: string, ignoreCase: boolean, unicode: boolean, depth: number): string[] | null {
  let best: string[] | null = null;
  let run = "";
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    const literal = literalAt(source, i);
    if (literal !== null) {
      const [after] = quantifier(source, i + literal[1]);
      const held = wordCharacter(literal[0], ignoreCase, unicode);
      // (a quantified character is never part of a run: optional, or repeated a number of times the run cannot say)
      if (after === i + literal[1] && held !== null) run += held;
      else {
        best = endRun(best, run);
        run = "";
      }
      i = after;
      continue;
    }
    // a group, a class, an anchor, a dot, an escape for many characters: the run stops, the piece and its quantifier skipped
    best = endRun(best, run);
    run = "";
    let next: number;
    let inner: string | null = null;
    if (c === "(") {
      next = groupEnd(source, i) + 1;
      // (a lookaround holds no words of the match; a modifier group, "(?i:…)", reads its letters otherwise)
      const named = source.startsWith("(?<", i) && !/^\(\?<[=!]/.test(source.slice(i, i + 4)) ? source.indexOf(">", i) + 1 : -1;
      const open = source.startsWith("(?:", i) ? i + 3 : source[i + 1] !== "?" ? i + 1 : named;
      if (next > 0 && open > 0) inner = source.slice(open, next - 1);
    } else if (c === "[") {
      next = i + 1;
      while (next < source.length && source[next] !== "]") next += source[next] === "\\" ? 2 : 1;
      next++;
    } else if (c === "\\") next = escapeEnd(source, i);
    else next = i + 1;
    if (next <= i) return null;
    const [after, optional] = quantifier(source, next);
    if (inner !== null && !optional) best = betterWords(best, requiredWords(inner, ignoreCase, unicode, depth + 1));
    if (c === "[" && !optional) best = betterWords(best, classMarks(source.slice(i + 1, next - 1), ignoreCase, unicode));
    i = after;
  }
  return endRun(best, run);
}
/** Where an escape for many characters (or a code, a back-reference) that opens at `at` ends. */
function escapeEnd(source: string, at: number): number {
  const e = source[at + 1];
  if (e === "p" || e === "P" || (e === "u" && source[at + 2] === "{")) return source.indexOf("}", at) + 1;
  if (e === "u") return at + 6;
  if (e === "x") return at + 4;
  if (e === "c") return at + 3;
  if (e === "k") return source.indexOf(">", at) + 1;
  let k = at + 1;
  if (e !== undefined && e >= "0" && e <= "9") while (k < source.length && (source[k] as string) >= "0" && (source[k] as string) <= "9") k++;
  else k++;
  return k;
}

/**
 * The most UTF-16 code units a match of `source` (one alternative or several) can span, or Infinity when a repeat is
 * unbounded or the source cannot be read here (a back-reference, a `v`-flag class). An upper bound, not the exact
 * longest: under the `u` flag anything but a plain literal (a class, `.`, an escape for many characters) counts two
 * units, as it may match a character beyond the BMP; a lookaround, an anchor and `\b` count none.
 */
export function maxMatchLength(source: string, flags = ""): number {
  if (flags.includes("v")) return Infinity;
  const reader = new LongestMatchReader(source, flags.includes("u"));
  try {
    const longest = reader.alternatives();
    return reader.at < source.length ? Infinity : longest;
  } catch (error) {
    if (error === UNREAD) return Infinity;
    throw error;
  }
}
/**
 * What LongestMatchReader throws at a piece it cannot read: made once (an error made for each pattern read took a
 * tenth of building the lexicons' lists, most of it in recording where it was made).
 */
const UNREAD = new Error("unread");
/**
 * maxMatchLength's reading of a source from `at` on, a piece at a time; its methods are made once for every pattern
 * read, where functions made anew for each pattern cost more than the reading (tsx names each function it makes).
 */
class LongestMatchReader {
  at = 0;
  private readonly wide: number;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {
    this.wide = unicode ? 2 : 1;
  }
  /** The longest of the alternatives from `at` to the end or the closing parenthesis of their group. */
  alternatives(): number {
    let best = this.sequence();
    while (this.source[this.at] === "|") {
      this.at++;
      best = Math.max(best, this.sequence());
    }
    return best;
  }
  private sequence(): number {
    const source = this.source;
    let sum = 0;
    while (this.at < source.length && source[this.at] !== "|" && source[this.at] !== ")") {
      const piece = this.atom();
      const times = this.repeat();
      sum += piece === 0 ? 0 : piece * times;
    }
    return sum;
  }
  private atom(): number {
    const { source, at, wide } = this;
    const c = source[at] as string;
    const e = source[at + 1] ?? "";
    if (c === "(") {
      const lookaround = e === "?" && (/[=!]/.test(source[at + 2] ?? "") || (source[at + 2] === "<" && /[=!]/.test(source[at + 3] ?? "")));
      if (e !== "?") this.at += 1;
      else if (source[at + 2] === ":") this.at += 3;
      else if (lookaround) this.at += source[at + 2] === "<" ? 4 : 3;
      else if (source[at + 2] === "<" && source.indexOf(">", at) > 0) this.at = source.indexOf(">", at) + 1; // a named group
      else throw UNREAD; // a modifier group, "(?i:…)"
      const inner = this.alternatives();
      if (source[this.at] !== ")") throw UNREAD;
      this.at++;
      return lookaround ? 0 : inner;
    }
    if (c === "[") {
      let k = at + 1;
      if (source[k] === "^") k++;
      if (source[k] === "]") k++; // "[]" never matches, "[^]" any character: one character either way
      while (k < source.length && source[k] !== "]") k += source[k] === "\\" ? 2 : 1;
      this.at = k + 1;
      return wide;
    }
    if (c === "^" || c === "$" || (c === "\\" && (e === "b" || e === "B"))) {
      this.at += c === "\\" ? 2 : 1;
      return 0;
    }
    if (c === ".") {
      this.at++;
      return wide;
    }
    if (c === "\\") {
      // a back-reference spans what its group matched; "\c" and, outside the u flag, "\p{…}" and "\u{…}" read otherwise
      if (/[1-9kc]/.test(e) || (!this.unicode && /[pPu]/.test(e) && source[at + 2] === "{")) throw UNREAD;
      this.at = escapeEnd(source, at);
      return /[dDwWsSpP]/.test(e) || (e === "u" && source[this.at - 1] === "}") ? wide : 1;
    }
    this.at++;
    return 1;
  }
  /** The most times the quantifier at `at` (if any) repeats its piece, `at` moved past it. */
  private repeat(): number {
    const source = this.source;
    const c = source[this.at];
    let times = 1;
    if (c === "?") this.at++;
    else if (c === "*" || c === "+") [this.at, times] = [this.at + 1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.at, this.at + 24));
      if (m === null) return 1; // (outside the u flag, a brace that opens no quantifier is itself)
      this.at += m[0].length;
      times = m[2] === undefined ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
    } else return 1;
    if (source[this.at] === "?") this.at++;
    return times;
  }
}

/**
 * `res.some((re) => re.test(line))`, the same answer sooner for many patterns anchored at the line's start: each such
 * pattern is asked only of lines whose first character can open a match of it (read from its source: a literal, a
 * group of literal alternatives, a class of a few characters or `\d`, `\s`, `\w`, after the `^` and any lookaround);
 * any other pattern is asked of every line. And each only of lines holding one of the words it cannot match without
 * (requiredWords: for a case-insensitive pattern, in the line lower-cased). For lexicons of hundreds of wordings, most
 * of which a line's first letter or its words rule out.
 */
export function anyPattern(res: readonly RegExp[]): (line: string) => boolean {
  type Asked = { re: RegExp; holds: string[] | null; pieces: Int32Array | null; lower: boolean; longest: number };
  const everyLine: Asked[] = [];
  const byFirst = new Map<string, Asked[]>();
  const byPair = new Map<number, Asked[]>();
  for (const given of res) {
    // (a lexicon's test carries nothing from line to line: a pattern with the g or y flag is asked without it)
    const re = given.global || given.sticky ? new RegExp(given.source, given.flags.replace(/[gy]/g, "")) : given;
    // (each top-level alternative anchored: "^a$|^b$" opens with what either opens with)
    const alternatives = topAlternatives(re.source);
    const opening = re.multiline || re.flags.includes("v") || !alternatives.every((a) => a.startsWith("^")) ? [null] : alternatives.map((a) => openingCharacters(a, 1));
    const chars = opening.some((c) => c === null) ? null : (opening.flat() as string[]);
    const variants = chars === null ? null : re.ignoreCase ? chars.map((c) => caseVariants(c, re.unicode)) : [chars];
    const cased = variants === null || variants.some((v) => v === null) ? null : (variants.flat() as string[]);
    // (and each is asked only of lines holding the words it cannot match without, and, when its every match is the
    // whole line, only of lines no longer than its longest match)
    const whole = !re.multiline && alternatives.every((a) => a.startsWith("^") && endsAnchored(a));
    const holds = re.multiline || re.flags.includes("v") ? null : requiredWords(re.source, re.ignoreCase, re.unicode);
    // (a word's first three characters, hashed: a line whose pieces miss them does not hold it)
    const pieces = holds === null ? null : Int32Array.from(holds, (w) => (w.length >= 3 ? pieceHash(w, 0) : -1));
    const asked = { re, holds, pieces, lower: re.ignoreCase, longest: whole ? maxMatchLength(re.source, re.flags) : Infinity };
    if (cased === null) {
      everyLine.push(asked);
      continue;
    }
    // (and, where its first two characters can be listed, only of lines opening with one of those pairs)
    const paired = alternatives.map((a) => openingPairs(a, re.ignoreCase, re.unicode));
    if (paired.every((p) => p !== null)) {
      for (const pair of new Set(paired.flat() as string[])) {
        const key = pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1);
        byPair.set(key, [...(byPair.get(key) ?? []), asked]);
      }
      continue;
    }
    for (const c of new Set(cased)) byFirst.set(c, [...(byFirst.get(c) ?? []), asked]);
  }
  // (a line meets one list: the patterns asked of every line, then those its first character may open, then those its
  // first two may; and it is lower-cased once, when a case-insensitive pattern's words are first looked for)
  for (const [c, some] of byFirst) byFirst.set(c, [...everyLine, ...some]);
  for (const [key, some] of byPair) byPair.set(key, [...(byFirst.get(String.fromCharCode(Math.floor(key / 0x10000))) ?? everyLine), ...some]);
  return (line) => {
    let lowered: string | null = null;
    const asks =
      (line.length > 1 ? byPair.get(line.charCodeAt(0) * 0x10000 + line.charCodeAt(1)) : undefined) ?? (line.length > 0 ? byFirst.get(line[0] as string) : undefined) ?? everyLine;
    for (let k = 0; k < asks.length; k++) {
      const one = asks[k] as Asked;
      if (line.length > one.longest) continue;
      const holds = one.holds;
      if (holds !== null) {
        const within = one.lower ? (lowered ??= line.toLowerCase()) : line;
        const table = one.lower ? LOWERED_PIECES : LINE_PIECES;
        const pieces = one.pieces as Int32Array;
        table.mark(within);
        let held = false;
        // (a word looked for only where the line holds its first three characters' hash; a word of one or two always)
        for (let w = 0; w < holds.length && !held; w++) held = (pieces[w] as number) < 0 || table.mayHold(pieces[w] as number) ? within.includes(holds[w] as string) : false;
        if (!held) continue;
      }
      if (one.re.test(line)) return true;
    }
    return false;
  };
}

/** A 12-bit hash of the three UTF-16 code units of `s` from `at`. */
export function pieceHash(s: string, at: number): number {
  return (s.charCodeAt(at) * 961 + s.charCodeAt(at + 1) * 31 + s.charCodeAt(at + 2)) & 0xfff;
}
/**
 * The three-character pieces of the last line marked, as a table of their hashes: a line that holds a word of three
 * characters or more holds its first three, so a word whose hash is not marked is not in the line (one that is may
 * share its hash with another piece, and is looked for). One pass over the line, where looking for each of a
 * lexicon's words was a pass each; the table is marked again only for another line. A table of 4,096 (16 KB) stays
 * in the processor's nearest cache.
 */
export class LinePieces {
  private readonly marks = new Uint32Array(4096);
  private stamp = 0;
  private line: string | null = null;
  mark(line: string): void {
    if (line === this.line) return;
    this.line = line;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    const { marks, stamp } = this;
    if (line.length < 3) return;
    // (pieceHash of each piece, each character read once: the next piece's hash keeps two of the last one's characters)
    let [first, second] = [line.charCodeAt(0), line.charCodeAt(1)];
    for (let i = 2; i < line.length; i++) {
      const third = line.charCodeAt(i);
      marks[(first * 961 + second * 31 + third) & 0xfff] = stamp;
      [first, second] = [second, third];
    }
  }
  /** May the line marked last hold a piece of this hash? */
  mayHold(hash: number): boolean {
    return this.marks[hash] === this.stamp;
  }
}
// (one table for lines as given, one for lines lower-cased: a lexicon's patterns of both kinds ask of one line in turn)
const LINE_PIECES = new LinePieces();
const LOWERED_PIECES = new LinePieces();

/** anyPattern() of a lexicon, built when first asked (a module's lexicon may stand below the code that reads it). */
export function anyPatternOf(res: () => readonly RegExp[]): (line: string) => boolean {
  let test: ((line: string) => boolean) | null = null;
  return (line) => (test ??= anyPattern(res()))(line);
}
