// The reader's keyboard selection: sentences and words of the laid-out text as body offsets, and the moves of a cursor over them.
export type Span = { start: number; end: number };
type Block = { text: string; start: number | null };

/** Trims whitespace off a span of `text` (offsets relative to it); null when nothing but whitespace is left. */
function trimmed(text: string, from: number, to: number, offset: number): Span | null {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start: offset + start, end: offset + end } : null;
}

/** The sentences (or words) of the text's blocks with a body position, in body offsets, in reading order. */
export function segmentsOf(blocks: Block[], granularity: "sentence" | "word", locale = "vi"): Span[] {
  const segmenter = new Intl.Segmenter(locale, { granularity });
  const spans: Span[] = [];
  for (const block of blocks) {
    if (block.start === null) continue;
    for (const segment of segmenter.segment(block.text)) {
      if (granularity === "word" && !segment.isWordLike) continue;
      const span = trimmed(block.text, segment.index, segment.index + segment.segment.length, block.start);
      if (span) spans.push(span);
    }
  }
  return spans;
}

export type CursorMove = "next" | "previous" | "extendSentence" | "shrinkSentence" | "extendWord" | "shrinkWord";

/**
 * Where a move takes the cursor. Next/previous select one whole sentence; extending adds the next sentence or
 * word to the end; shrinking takes the last one back off, never below one word.
 */
export function moveCursor(cursor: Span | null, move: CursorMove, sentences: Span[], words: Span[]): Span | null {
  if (sentences.length === 0) return cursor;
  if (!cursor) return move === "previous" ? sentences[sentences.length - 1]! : sentences[0]!;
  switch (move) {
    case "next": {
      const next = sentences.find((s) => s.start >= cursor.end) ?? sentences.find((s) => s.end > cursor.start && s.start > cursor.start);
      return next ?? cursor;
    }
    case "previous": {
      const previous = [...sentences].reverse().find((s) => s.end <= cursor.start);
      return previous ?? cursor;
    }
    case "extendSentence": {
      const next = sentences.find((s) => s.end > cursor.end);
      return next ? { start: cursor.start, end: next.end } : cursor;
    }
    case "shrinkSentence": {
      const previousEnd = [...sentences].reverse().find((s) => s.end < cursor.end && s.end > cursor.start);
      return previousEnd ? { start: cursor.start, end: previousEnd.end } : cursor;
    }
    case "extendWord": {
      const next = words.find((w) => w.end > cursor.end);
      return next ? { start: cursor.start, end: next.end } : cursor;
    }
    case "shrinkWord": {
      // Trailing punctuation goes with the last word: shrink from the end of the last word inside the cursor.
      const lastEnd = [...words].reverse().find((w) => w.end <= cursor.end)?.end ?? cursor.end;
      const previous = [...words].reverse().find((w) => w.end < lastEnd && w.end > cursor.start);
      return previous ? { start: cursor.start, end: previous.end } : cursor;
    }
  }
}

/** The sentence holding a body offset (or the next one after it), to start the cursor from a mouse selection. */
export function sentenceAt(sentences: Span[], offset: number): Span | null {
  return sentences.find((s) => s.end > offset) ?? null;
}
