// The ClaimReview preset finds what Google refuses, and passes an eligible fact check.
import { describe, expect, it } from "vitest";
import { googleClaimReviewProblems } from "./google-claimreview";

const PAGE = "https://factcheck.example/claims/a-claim";
const eligible = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: PAGE,
  claimReviewed: "North Korea sent missiles to Russia",
  author: { "@type": "Organization", name: "Claim desk", url: "https://factcheck.example" },
  datePublished: "2026-11-02T10:00:00+07:00",
  reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false", name: "Mostly false" },
  itemReviewed: {
    "@type": "Claim",
    author: { "@type": "Person", name: "A. Minister" },
    datePublished: "2026-10-30",
    appearance: [{ "@type": "CreativeWork", url: "https://news.example/a" }],
    firstAppearance: { "@type": "CreativeWork", url: "https://news.example/a" },
  },
};

describe("Google's ClaimReview rules", () => {
  it("pass an eligible fact check", () => {
    expect(googleClaimReviewProblems(eligible, PAGE)).toEqual([]);
  });

  it("find each broken rule", () => {
    const broken = (change: (m: typeof eligible & Record<string, unknown>) => void) => {
      const copy = structuredClone(eligible) as typeof eligible & Record<string, unknown>;
      change(copy);
      return googleClaimReviewProblems(copy, PAGE);
    };
    expect(broken((m) => (m.url = "http://localhost:41231/claims/a-claim"))).toEqual(["url: on the page's own host (factcheck.example)"]);
    expect(broken((m) => (m.claimReviewed = "x".repeat(80)))).toEqual(["claimReviewed: under 75 characters"]);
    expect(broken((m) => delete (m as Record<string, unknown>).claimReviewed)).toContain("claimReviewed: required text");
    expect(broken((m) => (m.reviewRating.alternateName = ""))).toContain("reviewRating.alternateName: required text (the verdict in words)");
    expect(broken((m) => (m.reviewRating.ratingValue = 7))).toEqual(["reviewRating.ratingValue: between worstRating and bestRating"]);
    expect(broken((m) => (m.reviewRating.worstRating = 0))).toEqual(["reviewRating.worstRating: a number, 1 or more"]);
    expect(broken((m) => (m.author = { "@type": "Person", name: "Someone", url: "https://factcheck.example" }))).toEqual(["author: an Organization"]);
    expect(broken((m) => (m.author = { "@type": "Organization", name: "Claim desk", url: "/" }))).toEqual(["author.url: an absolute URL"]);
    expect(broken((m) => (m.datePublished = "2026-11-02T10:00:00"))).toEqual(["datePublished: an ISO 8601 date (a time with its zone)"]);
    expect(broken((m) => delete (m.itemReviewed as Record<string, unknown>).author)).toEqual(["itemReviewed.author: a Person or Organization with a name"]);
    expect(
      broken((m) => {
        delete (m.itemReviewed as Record<string, unknown>).appearance;
        delete (m.itemReviewed as Record<string, unknown>).firstAppearance;
      }),
    ).toEqual(["itemReviewed: appearance or firstAppearance"]);
    expect(broken((m) => (m.itemReviewed.firstAppearance = { "@type": "CreativeWork", url: "not a url" }))).toEqual(["itemReviewed.firstAppearance: a url (an absolute URL), or a headline or name describing it"]);
    expect(broken((m) => (m.itemReviewed.firstAppearance = { "@type": "CreativeWork" } as typeof m.itemReviewed.firstAppearance))).toEqual(["itemReviewed.firstAppearance: a url (an absolute URL), or a headline or name describing it"]);
    expect(broken((m) => ((m.itemReviewed as Record<string, unknown>).appearance = ["/relative"]))).toEqual(["itemReviewed.appearance[0]: an absolute URL"]);
  });

  it("accept a verdict off the numeric scale as -1 for value, best and worst (fact-checkers' \"not rated\"), but no other -1", () => {
    const unrated = structuredClone(eligible);
    unrated.reviewRating = { "@type": "Rating", ratingValue: -1, bestRating: -1, worstRating: -1, alternateName: "Unverifiable", name: "Unverifiable" };
    expect(googleClaimReviewProblems(unrated, PAGE)).toEqual([]);
    const half = structuredClone(unrated);
    half.reviewRating.bestRating = 5;
    expect(googleClaimReviewProblems(half, PAGE)).toEqual(["reviewRating.worstRating: a number, 1 or more"]);
    const nameless = structuredClone(unrated);
    nameless.reviewRating.alternateName = "";
    expect(googleClaimReviewProblems(nameless, PAGE)).toEqual(["reviewRating.alternateName: required text (the verdict in words)"]);
  });

  it("accept an appearance described inline (a source without an address), as Google allows", () => {
    const inline = structuredClone(eligible) as Record<string, unknown> & typeof eligible;
    (inline.itemReviewed as Record<string, unknown>).appearance = [{ "@type": "CreativeWork", headline: "Printed interview", datePublished: "2026-10-30T08:00:00+07:00" }, "https://news.example/b"];
    expect(googleClaimReviewProblems(inline, PAGE)).toEqual([]);
  });
});
