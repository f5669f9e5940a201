// Speed for the line tests the parse runs on every line: pure helpers that change how fast a test answers, never
// what it answers.

/**
 * `test` remembered by line: a paste repeats its lines (the same furniture in every article, the same sentence read
 * by the cleaner, the header scan and the footer scan), and each test is pure. Two generations of at most `size`
 * lines each: the older one is dropped whole, so memory stays bounded and hot lines survive a turnover. `test` never
 * answers undefined (a boolean, or a reading such as a name or null); an object it answers is shared by every caller
 * asking of the same line, so none may change it.
 */
export function memoByLine<T extends boolean | string | object | null>(test: (line: string) => T, size = 4096): (line: string) => T {
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
/**
 * The characters a match of `source` (from `at`) can open with, or null when they cannot be told from the source
 * alone (a class, an escape for many characters, a lookaround, a piece that may match nothing …): a literal, or a
 * group (plain or capturing) whose every alternative opens with one; a piece that may be left out (`?`, `*`, `{0,…}`)
 * adds what can open the rest after it.
 */
function openingCharacters(source: string, at: number, depth = 0): string[] | null {
  if (depth > 6 || at >= source.length) return null;
  let chars: string[] | null;
  let next: number;
  if (source[at] === "(") {
    const end = groupEnd(source, at);
    const inner = end < 0 ? -1 : source.startsWith("(?:", at) ? at + 3 : source[at + 1] === "?" ? -1 : at + 1;
    if (inner < 0) return null; // unclosed, a lookaround or a named group
    chars = [];
    for (const alternative of topAlternatives(source.slice(inner, end))) {
      const opening = alternative === "" ? null : openingCharacters(alternative, 0, depth + 1);
      if (opening === null) return null;
      chars.push(...opening);
    }
    next = end + 1;
  } else {
    const literal = literalAt(source, at);
    if (literal === null) return null;
    chars = [literal[0]];
    next = at + literal[1];
  }
  const [after, optional] = quantifier(source, next);
  if (!optional) return chars;
  const rest = openingCharacters(source, after, depth + 1);
  return rest === null ? null : [...chars, ...rest];
}

/**
 * The longest run of literal characters every match of `source` holds (at least three; at its top level, none of them
 * optional or repeated, outside groups and classes), or null: a line without it cannot match. Read only from a source
 * of one top-level alternative.
 */
function requiredLiteral(source: string): string | null {
  let best = "";
  let run = "";
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    const literal = literalAt(source, i);
    if (literal !== null) {
      const [after] = quantifier(source, i + literal[1]);
      // (a quantified character is never part of a run: optional, or repeated a number of times the run cannot say)
      if (after === i + literal[1]) run += literal[0];
      else end();
      i = after;
      continue;
    }
    // a group, a class, an anchor, a dot, an escape for many characters: the run stops, the piece and its quantifier skipped
    end();
    let next: number;
    if (c === "(") next = groupEnd(source, i) + 1;
    else if (c === "[") {
      next = i + 1;
      while (next < source.length && source[next] !== "]") next += source[next] === "\\" ? 2 : 1;
      next++;
    } else if (c === "\\") next = escapeEnd(source, i);
    else next = i + 1;
    if (next <= i) return null;
    i = quantifier(source, next)[0];
  }
  end();
  return best.length >= 3 ? best : null;
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
  const unicode = flags.includes("u");
  const wide = unicode ? 2 : 1;
  const unread = new Error("unread");
  let at = 0;
  const alternatives = (): number => {
    let best = sequence();
    while (source[at] === "|") {
      at++;
      best = Math.max(best, sequence());
    }
    return best;
  };
  const sequence = (): number => {
    let sum = 0;
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      const piece = atom();
      const times = repeat();
      sum += piece === 0 ? 0 : piece * times;
    }
    return sum;
  };
  const atom = (): number => {
    const c = source[at] as string;
    const e = source[at + 1] ?? "";
    if (c === "(") {
      const lookaround = e === "?" && (/[=!]/.test(source[at + 2] ?? "") || (source[at + 2] === "<" && /[=!]/.test(source[at + 3] ?? "")));
      if (e !== "?") at += 1;
      else if (source[at + 2] === ":") at += 3;
      else if (lookaround) at += source[at + 2] === "<" ? 4 : 3;
      else if (source[at + 2] === "<" && source.indexOf(">", at) > 0) at = source.indexOf(">", at) + 1; // a named group
      else throw unread; // a modifier group, "(?i:…)"
      const inner = alternatives();
      if (source[at] !== ")") throw unread;
      at++;
      return lookaround ? 0 : inner;
    }
    if (c === "[") {
      at++;
      if (source[at] === "^") at++;
      if (source[at] === "]") at++; // "[]" never matches, "[^]" any character: one character either way
      while (at < source.length && source[at] !== "]") at += source[at] === "\\" ? 2 : 1;
      at++;
      return wide;
    }
    if (c === "^" || c === "$" || (c === "\\" && (e === "b" || e === "B"))) {
      at += c === "\\" ? 2 : 1;
      return 0;
    }
    if (c === ".") {
      at++;
      return wide;
    }
    if (c === "\\") {
      // a back-reference spans what its group matched; "\c" and, outside the u flag, "\p{…}" and "\u{…}" read otherwise
      if (/[1-9kc]/.test(e) || (!unicode && /[pPu]/.test(e) && source[at + 2] === "{")) throw unread;
      at = escapeEnd(source, at);
      return /[dDwWsSpP]/.test(e) || (e === "u" && source[at - 1] === "}") ? wide : 1;
    }
    at++;
    return 1;
  };
  /** The most times the quantifier at `at` (if any) repeats its piece, `at` moved past it. */
  const repeat = (): number => {
    const c = source[at];
    let times = 1;
    if (c === "?") at++;
    else if (c === "*" || c === "+") [at, times] = [at + 1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
      if (m === null) return 1; // (outside the u flag, a brace that opens no quantifier is itself)
      at += m[0].length;
      times = m[2] === undefined ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
    } else return 1;
    if (source[at] === "?") at++;
    return times;
  };
  if (flags.includes("v")) return Infinity;
  try {
    const longest = alternatives();
    return at < source.length ? Infinity : longest;
  } catch (error) {
    if (error === unread) return Infinity;
    throw error;
  }
}

/**
 * `res.some((re) => re.test(line))`, the same answer sooner for many patterns anchored at the line's start: each such
 * pattern is asked only of lines whose first character can open a match of it (read from its source: a literal or
 * a group of literal alternatives after the `^`); any other pattern is asked of every line. For lexicons of hundreds
 * of anchored wordings, most of which a line's first letter already rules out.
 */
export function anyPattern(res: readonly RegExp[]): (line: string) => boolean {
  type Asked = { re: RegExp; holds: string | null; longest: number };
  const everyLine: Asked[] = [];
  const byFirst = new Map<string, Asked[]>();
  for (const given of res) {
    // (a lexicon's test carries nothing from line to line: a pattern with the g or y flag is asked without it)
    const re = given.global || given.sticky ? new RegExp(given.source, given.flags.replace(/[gy]/g, "")) : given;
    // (each top-level alternative anchored: "^a$|^b$" opens with what either opens with)
    const alternatives = topAlternatives(re.source);
    const opening = re.multiline || !alternatives.every((a) => a.startsWith("^")) ? [null] : alternatives.map((a) => openingCharacters(a, 1));
    const chars = opening.some((c) => c === null) ? null : opening.flat() as string[];
    const variants = chars === null ? null : re.ignoreCase ? chars.map((c) => caseVariants(c, re.unicode)) : [chars];
    const cased = variants === null || variants.some((v) => v === null) ? null : (variants.flat() as string[]);
    // (and each is asked only of lines holding the words it cannot match without, and, when its every match is the
    // whole line, only of lines no longer than its longest match)
    const whole = !re.multiline && alternatives.every((a) => a.startsWith("^") && endsAnchored(a));
    const asked = { re, holds: re.ignoreCase || re.multiline || alternatives.length !== 1 ? null : requiredLiteral(re.source), longest: whole ? maxMatchLength(re.source, re.flags) : Infinity };
    if (cased === null) {
      everyLine.push(asked);
      continue;
    }
    for (const c of new Set(cased)) byFirst.set(c, [...(byFirst.get(c) ?? []), asked]);
  }
  const test = ({ re, holds, longest }: Asked, line: string): boolean => line.length <= longest && (holds === null || line.includes(holds)) && re.test(line);
  return (line) => {
    for (const asked of everyLine) if (test(asked, line)) return true;
    const some = line.length > 0 ? byFirst.get(line[0] as string) : undefined;
    if (some) for (const asked of some) if (test(asked, line)) return true;
    return false;
  };
}

/** anyPattern() of a lexicon, built when first asked (a module's lexicon may stand below the code that reads it). */
export function anyPatternOf(res: () => readonly RegExp[]): (line: string) => boolean {
  let test: ((line: string) => boolean) | null = null;
  return (line) => (test ??= anyPattern(res()))(line);
}
