// Checks ClaimReview JSON-LD against the fields search engines' fact-check markup requires and recommends
// (Google's "Fact check (ClaimReview)" structured data: required claimReviewed, reviewRating.alternateName, url;
// recommended author, datePublished, itemReviewed with its author, datePublished and appearances).

type Node = Record<string, unknown>;

const isText = (v: unknown) => typeof v === "string" && v.trim().length > 0;
const isAbsoluteUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/[^\s/]+/.test(v);
/** A full schema.org DateTime with its zone: 2024-06-19T09:30:00+07:00 (or Z). */
const isDate = (v: unknown) => typeof v === "string" && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(v);

/** Problems found, as readable lines; an empty list means the markup is complete. */
export function checkFactCheckMarkup(value: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const ld = (value ?? {}) as Node;
  need(ld["@context"] === "https://schema.org", "@context must be https://schema.org");
  need(ld["@type"] === "ClaimReview", "@type must be ClaimReview");
  need(isText(ld.claimReviewed), "claimReviewed is required");
  need(typeof ld.claimReviewed !== "string" || [...ld.claimReviewed].length < 75, "claimReviewed should be under 75 characters");
  need(isAbsoluteUrl(ld.url), "url must be an absolute URL");
  need(isDate(ld.datePublished), "datePublished should be a DateTime with its zone");
  if (ld.dateModified !== undefined) need(isDate(ld.dateModified), "dateModified should be a DateTime with its zone");
  const author = (ld.author ?? {}) as Node;
  need(author["@type"] === "Organization" && isText(author.name), "author should be an Organization with a name");

  const rating = (ld.reviewRating ?? {}) as Node;
  need(rating["@type"] === "Rating", "reviewRating must be a Rating");
  need(isText(rating.alternateName), "reviewRating.alternateName is required");
  need(isText(rating.name), "reviewRating.name should name the verdict");
  // Every verdict carries a ratingValue (validators such as Adobe's require one): 1–5 on the scale, or -1 as value,
  // best and worst for a verdict off the scale (lib/workflow/verdicts.ts, UNRATED_VALUE).
  const unrated = rating.ratingValue === -1 && rating.bestRating === -1 && rating.worstRating === -1;
  need(rating.ratingValue !== undefined, "reviewRating.ratingValue is required (-1 with bestRating and worstRating -1 when the verdict is off the scale)");
  if (rating.ratingValue !== undefined && !unrated) {
    need(rating.bestRating === 5 && rating.worstRating === 1, "a numeric rating needs bestRating 5 and worstRating 1");
    need(typeof rating.ratingValue === "number" && rating.ratingValue >= 1 && rating.ratingValue <= 5, "ratingValue must lie between worstRating and bestRating");
  }

  const item = (ld.itemReviewed ?? {}) as Node;
  need(item["@type"] === "Claim", "itemReviewed should be a Claim");
  const claimant = (item.author ?? {}) as Node;
  need(["Person", "Organization"].includes(String(claimant["@type"])) && isText(claimant.name), "itemReviewed.author should name the claimant as a Person or Organization");
  if (item.datePublished !== undefined) need(isDate(item.datePublished), "itemReviewed.datePublished should be a DateTime with its zone");
  const appearances = item.appearance;
  need(Array.isArray(appearances) && appearances.length > 0, "itemReviewed.appearance should list where the claim appeared");
  for (const work of Array.isArray(appearances) ? (appearances as Node[]) : []) {
    need(work["@type"] === "CreativeWork", "each appearance should be a CreativeWork");
    if (work.url !== undefined) need(isAbsoluteUrl(work.url), "an appearance's url must be an absolute URL");
    if (work.datePublished !== undefined) need(isDate(work.datePublished), "an appearance's datePublished should be a DateTime with its zone");
  }
  need(((item.firstAppearance ?? {}) as Node)["@type"] === "CreativeWork", "itemReviewed.firstAppearance should be a CreativeWork");
  return problems;
}

/**
 * What aggregators use to link a claim to where it was said, and which the desk cannot invent: an appearance
 * with a URL (the source's original address). Listed apart because a source imported without its address is
 * still a complete, valid review.
 */
export function factCheckRecommendations(value: unknown): string[] {
  const item = (((value ?? {}) as Node).itemReviewed ?? {}) as Node;
  const appearances = Array.isArray(item.appearance) ? (item.appearance as Node[]) : [];
  const out: string[] = [];
  if (!appearances.some((a) => isAbsoluteUrl(a.url))) out.push("no appearance has a URL");
  if (!isAbsoluteUrl(((item.firstAppearance ?? {}) as Node).url)) out.push("firstAppearance has no URL");
  return out;
}
