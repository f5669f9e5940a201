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
