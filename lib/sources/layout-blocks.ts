// Where each block of a source sits in its body string, and how anchors split a block into highlighted runs.
import type { Block } from "./clean";

export type LaidOutBlock = { kind: Block["kind"]; text: string; start: number | null };

/**
 * Non-caption blocks joined by a blank line make up the body, so each gets its offset in the body; captions
 * get none (they cannot be anchored). If the stored blocks ever disagree with the body, the body's own
 * paragraphs are used, so offsets stay true to the text anchors point into.
 */
export function layoutBlocks(body: string, blocks: Block[]): LaidOutBlock[] {
  const laid: LaidOutBlock[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (block.kind === "caption") {
      laid.push({ kind: "caption", text: block.text, start: null });
      continue;
    }
    if (body.slice(offset, offset + block.text.length) !== block.text) return fromBody(body);
    laid.push({ kind: block.kind, text: block.text, start: offset });
    offset += block.text.length + 2;
  }
  return offset - 2 === body.length || (body.length === 0 && offset === 0) ? laid : fromBody(body);
}

function fromBody(body: string): LaidOutBlock[] {
  const out: LaidOutBlock[] = [];
  let offset = 0;
  for (const text of body.split("\n\n")) {
    out.push({ kind: "paragraph", text, start: offset });
    offset += text.length + 2;
  }
  return out;
}

export type Mark = { id: string; start: number; end: number };
export type Run<M extends Mark> = { text: string; marks: M[] };

/** Splits a block's text at every anchor boundary inside it; each run lists the anchors covering it. */
export function splitRuns<M extends Mark>(text: string, blockStart: number, marks: M[]): Run<M>[] {
  const blockEnd = blockStart + text.length;
  const inside = marks.filter((m) => m.start < blockEnd && m.end > blockStart);
  if (!inside.length) return [{ text, marks: [] }];
  const cuts = new Set<number>([0, text.length]);
  for (const m of inside) {
    cuts.add(Math.max(0, m.start - blockStart));
    cuts.add(Math.min(text.length, m.end - blockStart));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run<M>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    runs.push({ text: text.slice(from, to), marks: inside.filter((m) => m.start - blockStart <= from && m.end - blockStart >= to) });
  }
  return runs;
}
