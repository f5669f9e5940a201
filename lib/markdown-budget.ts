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

export function withinEmphasisBudget(markdown: string, max = MAX_EMPHASIS_RUNS): string {
  let runs = 0;
  return markdown
    .split(CODE)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(/(\\*)([*_]+)/g, (_whole, slashes: string, run: string) => {
            // An odd number of backslashes makes the run's first character a literal already.
            const literal = slashes.length % 2 === 1 ? run[0]! : "";
            const active = run.slice(literal.length);
            if (!active) return slashes + run;
            runs += 1;
            return slashes + literal + (runs <= max ? active : active.replace(/[*_]/g, (c) => REFERENCE[c]!));
          }),
    )
    .join("");
}
