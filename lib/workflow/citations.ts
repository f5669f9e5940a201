// Evidence citations inside a rationale: `[1]`, `[2]` … name the proposal's ticked evidence in list order.

/** The anchor of the n-th cited evidence item on the public page. */
export function citationAnchor(n: number): string {
  return `evidence-${n}`;
}

// `[n]` on its own: not an image or link text (`![1]`, `[1](…)`, `[1][ref]`, `[1]: …`), not escaped, not inside `[[1]]`.
const CITATION = /(?<![\\!\[\]])\[(\d{1,4})\](?![(\[:\]])/g;

/**
 * The rationale's Markdown with each `[n]` for 1 ≤ n ≤ count turned into a link to the evidence anchor; other
 * numbers stay plain text, and code (fenced blocks and inline spans) is left as written.
 */
export function linkCitations(markdown: string, count: number): string {
  if (count <= 0) return markdown;
  // Split on code so citations inside it stay literal: odd pieces are code.
  const pieces = markdown.split(/(```[\s\S]*?(?:```|$)|`[^`\n]*`)/);
  return pieces
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(CITATION, (whole, digits: string) => {
            const n = Number(digits);
            return n >= 1 && n <= count ? `[\\[${n}\\]](#${citationAnchor(n)})` : whole;
          }),
    )
    .join("");
}

