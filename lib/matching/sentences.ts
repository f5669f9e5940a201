// The sentences of a source's body with their offsets (pure): the units matching suggests and anchors.
import { stopEndsSentence } from "@/lib/sources/abbreviations";

export type Sentence = { start: number; end: number; text: string };

const MIN_LENGTH = 12;
/**
 * The longest sentence, in UTF-16 units: a quote's longest (lib/claims/schemas.ts), which an accepted suggestion
 * becomes. A longer run without a sentence end (a text with no stops, or made to have none) is cut at the last
 * space before it; the matcher's work per sentence grows faster than its length, so it must never see such a run whole.
 */
export const MAX_SENTENCE = 2000;

/**
 * Splits each paragraph (the body's blocks are separated by a blank line; a line break inside one also ends a
 * sentence) after . ! ? … when a space and a capital, a digit or an opening quote follow, except after known
 * abbreviations (the cleaner's list, lib/sources/abbreviations.ts: "Gen. Ri", "Dec. 3", but "No. He left.") and
 * single capitals ("J. Biden"). Offsets count UTF-16 units of the body, as anchors do;
 * each sentence is trimmed; fragments shorter than MIN_LENGTH (a dateline) are left out, and one longer than
 * MAX_SENTENCE is cut into pieces. Linear in the body's length, whatever it holds (a run of stops is tried once,
 * from its first stop: tried from each of its stops, 20,000 of them took 4 s).
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    for (;;) {
      while (start < end && /\s/.test(body[start]!)) start++;
      while (end > start && /\s/.test(body[end - 1]!)) end--;
      if (end - start <= MAX_SENTENCE) break;
      const cut = cutBefore(body, start, start + MAX_SENTENCE);
      let pieceEnd = cut;
      while (pieceEnd > start && /\s/.test(body[pieceEnd - 1]!)) pieceEnd--;
      if (pieceEnd - start >= MIN_LENGTH) out.push({ start, end: pieceEnd, text: body.slice(start, pieceEnd) });
      start = cut;
    }
    if (end - start >= MIN_LENGTH) out.push({ start, end, text: body.slice(start, end) });
  };
  const BOUNDARY = /(?<![.!?…])([.!?…]+["”’»)]*)(\s+)(?=["“‘«(]?[\p{Lu}\p{N}])|\n+/gu;
  let start = 0;
  for (const match of body.matchAll(BOUNDARY)) {
    const at = match.index!;
    if (match[0].startsWith("\n")) {
      push(start, at);
      start = at + match[0].length;
      continue;
    }
    const before = body.slice(Math.max(start, at - 12), at);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    if (match[1] === "." && (/^\p{Lu}$/u.test(lastWord) || !stopEndsSentence(lastWord, body.slice(at + 1, at + 1 + match[2]!.length + 1)))) continue;
    const end = at + match[1]!.length;
    push(start, end);
    start = end + match[2]!.length;
  }
  push(start, body.length);
  return out;
}

/**
 * Where to cut a run that is too long, at most at `limit`: after the last space in its second half (the piece ends
 * trimmed), else at `limit` itself, never between the halves of a surrogate pair.
 */
function cutBefore(body: string, start: number, limit: number): number {
  for (let at = limit; at > start + (limit - start) / 2; at--) if (/\s/.test(body[at]!)) return at;
  const code = body.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}
