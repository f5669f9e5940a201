// pg_trgm's trigrams, computed in the app to rank many candidate claims cheaply (pure, no I/O).

/** pg_trgm's word characters: letters and digits; anything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The trigrams pg_trgm makes from lower-cased text: each word padded with two spaces before and one
 * after. Each trigram is a number (its three UTF-16 code units), so that comparing them allocates nothing.
 */
export function trigrams(text: string): number[] {
  const result: number[] = [];
  for (const [word] of text.matchAll(WORD)) {
    let first = 32;
    let second = 32;
    for (let i = 0; i <= word.length; i++) {
      const third = i < word.length ? word.charCodeAt(i) : 32;
      result.push(first * 2 ** 32 + second * 2 ** 16 + third);
      first = second;
      second = third;
    }
  }
  return result;
}

/**
 * The share of the typed text's distinct trigrams that a claim has anywhere. It bounds pg_trgm's
 * similarity and word_similarity from above: both divide at most that many shared trigrams by at least
 * the typed text's count.
 */
export function similarityBound(typed: Set<number>, claim: number[]): number {
  if (typed.size === 0) return 0;
  const shared = new Set<number>();
  for (const trigram of claim) if (typed.has(trigram)) shared.add(trigram);
  return shared.size / typed.size;
}
