// The verdict scale, fixed in one place with its ClaimReview rating (value out of 5, best 5, worst 1).
export const VERDICTS = ["CONFIRMED", "MOSTLY_CONFIRMED", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE", "NOT_A_CLAIM"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The 1–5 value of each rated verdict; unverifiable and "not a claim" carry no number. */
export const RATING_VALUE: Record<Verdict, number | null> = {
  CONFIRMED: 5,
  MOSTLY_CONFIRMED: 4,
  MIXED: 3,
  MISLEADING: 2,
  FALSE: 1,
  UNVERIFIABLE: null,
  NOT_A_CLAIM: null,
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** A rated verdict must rest on evidence; "unverifiable" and "not a claim" may stand without. */
export function needsEvidence(verdict: Verdict): boolean {
  return RATING_VALUE[verdict] !== null;
}

/** schema.org Rating for ClaimReview: the number when there is one, and always the verdict's name. */
export function claimReviewRating(verdict: Verdict, alternateName: string) {
  const value = RATING_VALUE[verdict];
  return value === null
    ? { "@type": "Rating" as const, alternateName }
    : { "@type": "Rating" as const, ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName };
}
