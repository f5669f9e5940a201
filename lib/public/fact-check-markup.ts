// Checks ClaimReview JSON-LD against the fields search engines' fact-check markup requires and recommends
// (Google's "Fact check (ClaimReview)" structured data: required claimReviewed, reviewRating.alternateName, url;
// recommended author, datePublished, itemReviewed with its author, datePublished and appearances).

type Node = Record<string, unknown>;

const isText = (v: unknown) => typeof v === "string" && v.trim().length > 0;
const isAbsoluteUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/[^\s/]+/.test(v);
const isDate = (v: unknown) => typeof v === "string" && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}/.test(v);

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
  need(isAbsoluteUrl(ld.url), "url must be an absolute URL");
  need(isDate(ld.datePublished), "datePublished should be an ISO date");
  const author = (ld.author ?? {}) as Node;
  need(author["@type"] === "Organization" && isText(author.name), "author should be an Organization with a name");

  const rating = (ld.reviewRating ?? {}) as Node;
  need(rating["@type"] === "Rating", "reviewRating must be a Rating");
  need(isText(rating.alternateName), "reviewRating.alternateName is required");
  if (rating.ratingValue !== undefined) {
    need(rating.bestRating === 5 && rating.worstRating === 1, "a numeric rating needs bestRating 5 and worstRating 1");
    need(typeof rating.ratingValue === "number" && rating.ratingValue >= 1 && rating.ratingValue <= 5, "ratingValue must lie between worstRating and bestRating");
  }

  const item = (ld.itemReviewed ?? {}) as Node;
  need(item["@type"] === "Claim", "itemReviewed should be a Claim");
  const claimant = (item.author ?? {}) as Node;
  need(["Person", "Organization"].includes(String(claimant["@type"])) && isText(claimant.name), "itemReviewed.author should name the claimant as a Person or Organization");
  if (item.datePublished !== undefined) need(isDate(item.datePublished), "itemReviewed.datePublished should be an ISO date");
  const appearances = item.appearance;
  need(Array.isArray(appearances) && appearances.length > 0, "itemReviewed.appearance should list where the claim appeared");
  for (const work of Array.isArray(appearances) ? (appearances as Node[]) : []) need(work["@type"] === "CreativeWork", "each appearance should be a CreativeWork");
  need(((item.firstAppearance ?? {}) as Node)["@type"] === "CreativeWork", "itemReviewed.firstAppearance should be a CreativeWork");
  return problems;
}
