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

/**
 * The rating of a verdict that has no place on the 1–5 scale ("unverifiable", "not a claim"): -1 as its value, best
 * and worst, the convention fact-checkers' ClaimReview markup uses for a rating that is not a number on a scale
 * (Share the Facts' widget, as PolitiFact, the Washington Post and Snopes publish it). Validators that require a
 * ratingValue within its bounds accept it, and no aggregator can read it as a point between false and true.
 */
export const UNRATED_VALUE = -1;

/** schema.org Rating for ClaimReview: the number and its scale (or the unrated -1), and always the verdict's name. */
export function claimReviewRating(verdict: Verdict, alternateName: string) {
  const value = RATING_VALUE[verdict];
  return value === null
    ? { "@type": "Rating" as const, ratingValue: UNRATED_VALUE, bestRating: UNRATED_VALUE, worstRating: UNRATED_VALUE, alternateName }
    : { "@type": "Rating" as const, ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName };
}
