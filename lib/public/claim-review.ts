// schema.org ClaimReview for a published claim, as search engines' fact-check markup reads it.
import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from "schema-dts";
import { claimReviewRating, type Verdict } from "@/lib/workflow/verdicts";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { claimUrl, type Organisation } from "./site";
import type { PublishedClaim } from "./published-claims";

type Claimant = RevisionSnapshot["claimant"];

/** People are Persons; state bodies and outlets are Organizations. */
function claimantNode(claimant: Claimant): Person | Organization | undefined {
  if (!claimant) return undefined;
  return claimant.kind === "PERSON" ? { "@type": "Person", name: claimant.name } : { "@type": "Organization", name: claimant.name };
}

/** "2023-09-13T11:41" and "2023-09-13" are dates schema.org accepts; "--07-27" (no year) is not. */
function isoDate(value: string | null): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value : undefined;
}

function appearanceNode(source: RevisionSnapshot["appearances"][number]["source"]): CreativeWork {
  return {
    "@type": "CreativeWork",
    ...(source.url ? { url: source.url } : {}),
    ...(source.title ? { headline: source.title } : {}),
    ...(isoDate(source.publishedAt) ? { datePublished: isoDate(source.publishedAt) } : {}),
    ...(source.outlet ? { publisher: { "@type": "Organization", name: source.outlet } } : {}),
  };
}

/** The markup of a published claim's page; none for a withdrawn claim, whose review no longer stands. */
export function claimReviewFor(claim: PublishedClaim, verdictNames: Record<Verdict, string>, site: { organisation: Organisation; baseUrl: string }): WithContext<ClaimReview> | null {
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

function buildClaimReview(input: {
  slug: string;
  snapshot: RevisionSnapshot;
  verdict: Verdict;
  verdictName: string;
  firstPublishedAt: Date;
  updatedAt: Date;
  organisation: Organisation;
  baseUrl: string;
}): WithContext<ClaimReview> {
  const { snapshot } = input;
  // Sources in the order they were published: the earliest is the claim's first appearance.
  const sources = snapshot.appearances.map((a) => a.source).sort((a, b) => (isoDate(a.publishedAt) ?? "9999").localeCompare(isoDate(b.publishedAt) ?? "9999"));
  const author = claimantNode(snapshot.claimant);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl(input.slug, input.baseUrl),
    claimReviewed: snapshot.text,
    reviewBody: snapshot.summary,
    author: { "@type": "Organization", name: input.organisation.name, url: input.organisation.url },
    datePublished: input.firstPublishedAt.toISOString(),
    dateModified: input.updatedAt.toISOString(),
    inLanguage: "vi",
    reviewRating: claimReviewRating(input.verdict, input.verdictName),
    itemReviewed: {
      "@type": "Claim",
      ...(author ? { author } : {}),
      ...(isoDate(snapshot.madeAt) ? { datePublished: isoDate(snapshot.madeAt) } : {}),
      ...(sources.length ? { appearance: sources.map(appearanceNode), firstAppearance: appearanceNode(sources[0]!) } : {}),
    },
  };
}
