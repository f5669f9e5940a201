// How well a sentence states a known claim, and why, in one sentence (pure).

/** A claim as matching sees it: the key words of its wording, its gloss and each anchored quote. */
export type ClaimKeys = { id: string; wording: Set<string>; gloss: Set<string>; quotes: Set<string>[] };

/** The stored reason for a suggestion, translated on screen: `matching.explain.<via>` with its numbers. */
export type Explanation = { code: "wording" | "gloss" | "quote"; params: { shared: number; total: number; quotes: number } };

export type Match = { claimId: string; score: number; explanation: Explanation };

/**
 * The default threshold, chosen on the labelled set (fixtures/matching/): the lowest score at which precision
 * stays at or above 0.8, see fixtures/matching/README.md for the sweep.
 */
export const MATCH_THRESHOLD = 0.6;
/** Fewer shared key words than this is chance, however short the claim. */
export const MIN_SHARED = 3;
/** A quote shares "enough" with the sentence to be named in the explanation. */
const QUOTE_SUPPORT = 0.5;
/** How much of the score is the share of the claim's words found (the rest: the share of the sentence's words that are the claim's). */
const RECALL_WEIGHT = 0.75;

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) n++;
  return n;
}

/**
 * The best of the claim's references: mostly how many of its key words the sentence has, partly how little
 * else the sentence says. The explanation names the reference that scored best and how many quotes agree.
 */
export function scoreSentence(sentence: Set<string>, claim: ClaimKeys): Match | null {
  if (sentence.size === 0) return null;
  let best: { score: number; via: Explanation["code"]; shared: number; total: number } | null = null;
  let quotes = 0;
  const consider = (via: Explanation["code"], reference: Set<string>) => {
    if (reference.size === 0) return 0;
    const n = shared(sentence, reference);
    const score = RECALL_WEIGHT * (n / reference.size) + (1 - RECALL_WEIGHT) * (n / sentence.size);
    if (n >= Math.min(MIN_SHARED, reference.size) && (!best || score > best.score)) best = { score, via, shared: n, total: reference.size };
    return n / reference.size;
  };
  consider("wording", claim.wording);
  consider("gloss", claim.gloss);
  for (const quote of claim.quotes) if (consider("quote", quote) >= QUOTE_SUPPORT) quotes++;
  if (!best) return null;
  const { score, via, shared: n, total } = best;
  return { claimId: claim.id, score: Math.round(score * 1000) / 1000, explanation: { code: via, params: { shared: n, total, quotes } } };
}

/** Every claim the sentence states at or above the threshold, best first. */
export function matchSentence(sentence: Set<string>, claims: ClaimKeys[], threshold = MATCH_THRESHOLD): Match[] {
  const out: Match[] = [];
  for (const claim of claims) {
    const match = scoreSentence(sentence, claim);
    if (match && match.score >= threshold) out.push(match);
  }
  return out.sort((a, b) => b.score - a.score);
}
