// Rationale Markdown is parsed on the server on every view of a claim (the desk's claim page, the public page). The
// parser resolves emphasis by looking back over every earlier delimiter of its paragraph: 20,000 characters of
// "*a_*a_…" took 12 s of the server's one thread, and any dense run of emphasis markers costs tens of microseconds a
// character. Past a budget of emphasis runs, the rest are written as character references: they show as the same
// characters, and the parser never weighs them as delimiters. Ordinary text, far under the budget, is left as it is.

/** Emphasis delimiter runs (`*`, `**`, `_` …) a text keeps as Markdown; a rationale with a few dozen uses well under. */
export const MAX_EMPHASIS_RUNS = 300;

/** Code (fenced blocks and inline spans), where `*` and `_` are plain characters: left as written. */
const CODE = /(```[\s\S]*?(?:```|$)|`[^`\n]*`)/;
const REFERENCE: Record<string, string> = { "*": "&#42;", _: "&#95;" };

/**
 * A delimiter run is a stretch of one marker character (`**` is one run, `*_` two). Read in one pass, character by
 * character: a pattern with an optional run of backslashes before the markers went back over every backslash at each
 * start, quadratic in a long run of them.
 */
function budgetPiece(piece: string, max: number, counted: { runs: number }): string {
  const out: string[] = [];
  let from = 0;
  let slashes = 0;
  for (let i = 0; i < piece.length; ) {
    const c = piece[i]!;
    if (c !== "*" && c !== "_") {
      slashes = c === "\\" ? slashes + 1 : 0;
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < piece.length && piece[end] === c) end += 1;
    // An odd number of backslashes makes the run's first character a literal already.
    const start = slashes % 2 === 1 ? i + 1 : i;
    if (start < end) {
      counted.runs += 1;
      if (counted.runs > max) {
        out.push(piece.slice(from, start), REFERENCE[c]!.repeat(end - start));
        from = end;
      }
    }
    slashes = 0;
    i = end;
  }
  out.push(piece.slice(from));
  return out.join("");
}

export function withinEmphasisBudget(markdown: string, max = MAX_EMPHASIS_RUNS): string {
  const counted = { runs: 0 };
  return markdown
    .split(CODE)
    .map((piece, i) => (i % 2 === 1 ? piece : budgetPiece(piece, max, counted)))
    .join("");
}
