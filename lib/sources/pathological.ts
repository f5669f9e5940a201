// Pathological import inputs of a given size, shared by the linear-time test and the bench: the shapes that once
// made the cleaner quadratic (thousands of blank-line-separated letters, lines that continue a paragraph with an
// open quote, short heading-like runs, markers, captions) and a page of bare <p> elements.

const TEXT_UNITS = [
  "a\n\n",
  "Ab\nc «d\n\n",
  "x “y\n\n",
  "Tin liên quan\n\n",
  "# A\n\n",
  "Ảnh: x\n\n\n",
  "b,\n\n",
  "Đây là một câu.\n\n",
];

/** `bytes` (UTF-16 code units, about bytes for this ASCII-heavy text) of blank-line-separated pathological lines. */
export function pathologicalText(bytes: number): string {
  const unit = TEXT_UNITS.join("");
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

/** An HTML page of about `bytes` made of `<p>a</p>` elements. */
export function pathologicalHtml(bytes: number): string {
  return `<html><body>${"<p>a</p>".repeat(Math.max(1, Math.ceil(bytes / 8)))}</body></html>`;
}

/** Best of `runs` wall-clock times (ms) of `work`: the least disturbed by other processes and the garbage collector. */
export function bestTime(work: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
