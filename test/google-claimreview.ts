// Google's rules for ClaimReview markup (Search Central, "Fact Check (ClaimReview) structured data"), as a preset
// for tests: what Google requires for a fact check to be eligible, plus what this desk promises aggregators
// (an Organization author with a URL, the claim's author and where it appeared). Pure: a JSON-LD node in, the
// broken rules out (an empty list when the markup is eligible).
type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => !!value && typeof value === "object" && !Array.isArray(value);
const text = (value: unknown) => typeof value === "string" && value.trim().length > 0;
const typeOf = (node: Node) => [node["@type"]].flat().map(String);
const absoluteUrl = (value: unknown): URL | null => {
  if (typeof value !== "string" || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === "https:" || url.protocol === "http:" ? url : null;
};
/** ISO 8601 as schema.org's Date or DateTime; a time must carry its zone (Google reads a bare time as UTC). */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isDate = (value: unknown) => typeof value === "string" && (DATE.test(value) || DATE_TIME.test(value)) && !Number.isNaN(Date.parse(value));
const num = (value: unknown) => (typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN);
/** The value, best and worst of a rating with no place on a numeric scale (fact-checkers' "not rated"). */
export const UNRATED = -1;
/** Google shows claimReviewed on one line on phones: under 75 characters. */
export const CLAIM_REVIEWED_MAX = 75;

/** The rules a ClaimReview on the page at `pageUrl` breaks. */
export function googleClaimReviewProblems(markup: unknown, pageUrl: string): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, rule: string) => {
    if (!ok) problems.push(rule);
  };
  if (!isNode(markup)) return ["the markup is a JSON-LD object"];
  need(/^https?:\/\/schema\.org\/?$/.test(String(markup["@context"])), "@context is schema.org");
  need(typeOf(markup).includes("ClaimReview"), "@type is ClaimReview");

  // claimReviewed (required): a short summary of the claim.
  need(text(markup.claimReviewed), "claimReviewed: required text");
  need(typeof markup.claimReviewed === "string" && [...markup.claimReviewed].length < CLAIM_REVIEWED_MAX, `claimReviewed: under ${CLAIM_REVIEWED_MAX} characters`);

  // url (required): the fact check's page, on the domain (or a subdomain) of the page carrying the markup.
  const url = absoluteUrl(markup.url);
  const page = new URL(pageUrl);
  need(!!url, "url: required absolute URL");
  need(!!url && (url.host === page.host || url.hostname.endsWith(`.${page.hostname}`)), `url: on the page's own host (${page.host})`);

  // reviewRating (required): a Rating with alternateName (required), and a numeric scale when one is given.
  // A verdict off any numeric scale (unverifiable, not a claim) may carry ratingValue, bestRating and worstRating all
  // -1: fact-checkers' convention for "not rated" (Share the Facts' markup), which Google's Fact Check Explorer lists
  // by its alternateName; the scale's own rules below are for numeric ratings.
  const rating = markup.reviewRating;
  need(isNode(rating) && typeOf(rating).includes("Rating"), "reviewRating: a Rating");
  if (isNode(rating)) {
    const scale = ["ratingValue", "bestRating", "worstRating"].filter((key) => rating[key] !== undefined);
    need(text(rating.alternateName) || scale.length === 3, "reviewRating: alternateName, or ratingValue with bestRating and worstRating");
    need(text(rating.alternateName), "reviewRating.alternateName: required text (the verdict in words)");
    const unrated = scale.length === 3 && scale.every((key) => num(rating[key]) === UNRATED);
    if (scale.length && !unrated) {
      const [value, best, worst] = [num(rating.ratingValue), num(rating.bestRating), num(rating.worstRating)];
      need(scale.length === 3, "reviewRating: ratingValue, bestRating and worstRating together");
      need(Number.isFinite(worst) && worst >= 1, "reviewRating.worstRating: a number, 1 or more");
      need(Number.isFinite(best) && best > worst, "reviewRating.bestRating: a number above worstRating");
      need(Number.isFinite(value) && value >= worst && value <= best, "reviewRating.ratingValue: between worstRating and bestRating");
    }
  }

  // author (recommended by Google, required here): the publishing organisation, with its name and address.
  const author = markup.author;
  need(isNode(author) && typeOf(author).includes("Organization"), "author: an Organization");
  need(isNode(author) && text(author.name), "author.name: required text");
  need(isNode(author) && !!absoluteUrl(author.url), "author.url: an absolute URL");

  need(isDate(markup.datePublished), "datePublished: an ISO 8601 date (a time with its zone)");

  // itemReviewed: the Claim, who made it, and where it appeared.
  const claim = markup.itemReviewed;
  need(isNode(claim) && typeOf(claim).includes("Claim"), "itemReviewed: a Claim");
  if (isNode(claim)) {
    const claimAuthor = claim.author;
    need(isNode(claimAuthor) && (typeOf(claimAuthor).includes("Person") || typeOf(claimAuthor).includes("Organization")) && text(claimAuthor.name), "itemReviewed.author: a Person or Organization with a name");
    if (claim.datePublished !== undefined) need(isDate(claim.datePublished), "itemReviewed.datePublished: an ISO 8601 date");
    const appearances = [claim.appearance ?? []].flat();
    const first = claim.firstAppearance;
    need(appearances.length > 0 || first !== undefined, "itemReviewed: appearance or firstAppearance");
    for (const [i, work] of [...appearances, ...(first === undefined ? [] : [first])].entries()) {
      const where = i < appearances.length ? `itemReviewed.appearance[${i}]` : "itemReviewed.firstAppearance";
      // "A link to, or inline description of, a CreativeWork in which this claim appears": a URL, or a CreativeWork
      // with its URL or, for a source that has no address (a printed paper, a pasted text), its headline or name.
      if (typeof work === "string") {
        need(!!absoluteUrl(work), `${where}: an absolute URL`);
        continue;
      }
      need(isNode(work) && typeOf(work).some((t) => ["CreativeWork", "Article", "NewsArticle", "VideoObject", "MediaObject", "SocialMediaPosting", "WebPage"].includes(t)), `${where}: a CreativeWork`);
      need(isNode(work) && (work.url === undefined ? text(work.headline) || text(work.name) : !!absoluteUrl(work.url)), `${where}: a url (an absolute URL), or a headline or name describing it`);
      if (isNode(work) && work.datePublished !== undefined) need(isDate(work.datePublished), `${where}.datePublished: an ISO 8601 date`);
    }
  }
  return problems;
}
