// schema.org ClaimReview for a published claim, as search engines' fact-check markup reads it.
import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from "schema-dts";
import { claimReviewRating, type Verdict } from "@/lib/workflow/verdicts";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { SHORT_TEXT_MAX } from "@/lib/workflow/schemas";
import { claimUrl, type Organisation } from "./site";
import { articleDateTime, siteTimeZone, zonedDateTime } from "./datetime";
import type { PublishedClaim, PublishedRevision } from "./published-claims";

/** What a review is built from: a public claim and its latest revision. */
export type ReviewedClaim = Pick<PublishedClaim, "slug" | "state" | "firstPublishedAt"> & { latest: Pick<PublishedRevision, "verdict" | "snapshot" | "publishedAt"> };

/** Google's fact-check markup asks for claimReviewed under 75 characters. */
export const CLAIM_REVIEWED_MAX = SHORT_TEXT_MAX;

/** The wording cut at a word boundary with an ellipsis when it is longer than the limit (by code points). */
export function shortClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - 1).join("");
  const cut = head.replace(/\s+\S*$/, "");
  return `${(cut.length >= head.length / 2 ? cut : head).replace(/[\s,;:.–—-]+$/, "")}…`;
}

type Claimant = RevisionSnapshot["claimant"];

/** People are Persons; state bodies and outlets are Organizations. */
function claimantNode(claimant: Claimant): Person | Organization | undefined {
  if (!claimant) return undefined;
  return claimant.kind === "PERSON" ? { "@type": "Person", name: claimant.name } : { "@type": "Organization", name: claimant.name };
}

type SourceRef = RevisionSnapshot["appearances"][number]["source"];

/** Only http(s) addresses are links an aggregator can follow. */
const webUrl = (url: string | null) => (url && /^https?:\/\/[^\s/]+/i.test(url) ? url : undefined);

function appearanceNode(source: SourceRef, zone: string): CreativeWork {
  const published = articleDateTime(source.publishedAt, zone);
  return {
    "@type": "CreativeWork",
    ...(webUrl(source.url) ? { url: webUrl(source.url) } : {}),
    ...(source.title ? { headline: source.title } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(source.outlet ? { publisher: { "@type": "Organization", name: source.outlet } } : {}),
  };
}

/** The markup of a published claim's page; none for a withdrawn claim, whose review no longer stands. */
export function claimReviewFor(claim: ReviewedClaim, verdictNames: Record<Verdict, string>, site: { organisation: Organisation; baseUrl: string }): WithContext<ClaimReview> | null {
  const verdict = claim.latest.verdict as Verdict | null;
  if (claim.state !== "PUBLISHED" || !verdict) return null;
  return buildClaimReview({
    slug: claim.slug,
    snapshot: claim.latest.snapshot,
    verdict,
    verdictName: verdictNames[verdict],
    firstPublishedAt: claim.firstPublishedAt,
    updatedAt: claim.latest.publishedAt,
    ...site,
  });
}

export function buildClaimReview(input: {
  slug: string;
  snapshot: RevisionSnapshot;
  verdict: Verdict;
  verdictName: string;
  firstPublishedAt: Date;
  updatedAt: Date;
  organisation: Organisation;
  baseUrl: string;
  timeZone?: string;
}): WithContext<ClaimReview> {
  const { snapshot } = input;
  const zone = input.timeZone ?? siteTimeZone();
  // One node per source (a source quoted twice appeared once), in the order they were published: the earliest is
  // the claim's first appearance; among those, sources with an address come first, as aggregators link through it.
  // (a source dated by its month alone, "2026-12", stands at its month's first moment: before a later source, never
  // after every dated one; its node states no date, as a month is no schema.org Date an aggregator reads)
  const instant = (s: SourceRef) => {
    const month = /^(\d{4}-\d{2})$/.exec(s.publishedAt ?? "")?.[1];
    const dt = articleDateTime(month ? `${month}-01` : s.publishedAt, zone);
    return dt ? Date.parse(dt) : Number.POSITIVE_INFINITY;
  };
  const seen = new Set<string>();
  const sources = snapshot.appearances
    .map((a) => a.source)
    .filter((s) => {
      const key = JSON.stringify([s.url, s.title, s.outlet, s.publishedAt]);
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => instant(a) - instant(b) || Number(!webUrl(a.url)) - Number(!webUrl(b.url)));
  const first = sources.find((s) => webUrl(s.url) && instant(s) === instant(sources[0]!)) ?? sources[0];
  const author = claimantNode(snapshot.claimant);
  const madeAt = articleDateTime(snapshot.madeAt, zone);
  const claimReviewed = snapshot.shortText || shortClaim(snapshot.text);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl(input.slug, input.baseUrl),
    claimReviewed,
    reviewBody: snapshot.summary,
    author: { "@type": "Organization", name: input.organisation.name, url: input.organisation.url },
    datePublished: zonedDateTime(input.firstPublishedAt, zone),
    dateModified: zonedDateTime(input.updatedAt, zone),
    inLanguage: "vi",
    reviewRating: { ...claimReviewRating(input.verdict, input.verdictName), name: input.verdictName },
    itemReviewed: {
      "@type": "Claim",
      // The whole wording, when claimReviewed is a shorter form of it.
      ...(claimReviewed !== snapshot.text.replace(/\s+/g, " ").trim() ? { name: snapshot.text } : {}),
      ...(author ? { author } : {}),
      ...(madeAt ? { datePublished: madeAt } : {}),
      ...(sources.length ? { appearance: sources.map((s) => appearanceNode(s, zone)), firstAppearance: appearanceNode(first!, zone) } : {}),
    },
  };
}
