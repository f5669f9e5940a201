// The ClaimReview builder on its own: appearances with the sources' addresses, zoned DateTimes, a rating name
// and a claimReviewed short enough for aggregators.
import { describe, expect, it } from "vitest";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { buildClaimReview, shortClaim } from "./claim-review";
import { checkFactCheckMarkup, factCheckRecommendations } from "./fact-check-markup";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { googleClaimReviewProblems } from "@/test/google-claimreview";

const source = (fields: Partial<RevisionSnapshot["appearances"][number]["source"]>) => ({ title: null, outlet: null, url: null, publishedAt: null, language: "vi", ...fields });

const LONG = "Nga và Triều Tiên ký hiệp ước đối tác chiến lược toàn diện, trong đó có điều khoản hỗ trợ quân sự lẫn nhau khi bị tấn công";

function snapshot(overrides: Partial<RevisionSnapshot> = {}): RevisionSnapshot {
  return {
    text: "Ông Putin thăm Bình Nhưỡng ngày 19/6/2024",
    gloss: null,
    claimant: { name: "KCNA", kind: "OUTLET" },
    madeAt: "2024-06-18T20:00",
    kind: "EVENT",
    tags: [],
    verdict: "CONFIRMED",
    summary: "Confirmed.",
    rationale: "Two outlets.",
    reason: null,
    appearances: [
      { exact: "a", prefix: "", suffix: "", source: source({ title: "Later", outlet: "VnExpress", url: "https://vnexpress.net/later", publishedAt: "2024-06-20" }) },
      { exact: "b", prefix: "", suffix: "", source: source({ title: "No address", outlet: "TTXVN", publishedAt: "2024-06-18T21:15" }) },
      { exact: "c", prefix: "", suffix: "", source: source({ title: "First", outlet: "KCNA", url: "http://kcna.kp/first", publishedAt: "2024-06-18T21:15" }) },
      { exact: "d", prefix: "", suffix: "", source: source({ title: "Later", outlet: "VnExpress", url: "https://vnexpress.net/later", publishedAt: "2024-06-20" }) },
    ],
    evidence: [],
    links: [],
    ...overrides,
  };
}

const build = (snap: RevisionSnapshot, timeZone = "Asia/Ho_Chi_Minh") =>
  JSON.parse(
    JSON.stringify(
      buildClaimReview({
        slug: "putin-tham-binh-nhuong",
        snapshot: snap,
        verdict: "CONFIRMED",
        verdictName: "Đúng",
        firstPublishedAt: new Date("2024-06-21T03:00:00Z"),
        updatedAt: new Date("2024-06-22T17:30:00Z"),
        organisation: { name: "Claim desk", url: "https://news.example" },
        baseUrl: "https://news.example",
        timeZone,
      }),
    ),
  );

describe("ClaimReview markup", () => {
  it("lists each source once as an appearance with its address, the earliest with an address first", () => {
    const ld = build(snapshot());
    expect(checkFactCheckMarkup(ld)).toEqual([]);
    expect(factCheckRecommendations(ld)).toEqual([]);
    expect(ld.itemReviewed.appearance.map((a: { headline: string }) => a.headline)).toEqual(["First", "No address", "Later"]);
    expect(ld.itemReviewed.firstAppearance).toEqual({ "@type": "CreativeWork", url: "http://kcna.kp/first", headline: "First", datePublished: "2024-06-18T21:15:00+07:00", publisher: { "@type": "Organization", name: "KCNA" } });
    expect(ld.itemReviewed.appearance[2]).toMatchObject({ url: "https://vnexpress.net/later", datePublished: "2024-06-20T00:00:00+07:00" });
  });

  it("writes every date as a DateTime with the desk's zone", () => {
    const ld = build(snapshot());
    expect(ld).toMatchObject({ datePublished: "2024-06-21T10:00:00+07:00", dateModified: "2024-06-23T00:30:00+07:00", itemReviewed: { datePublished: "2024-06-18T20:00:00+07:00" } });
    expect(build(snapshot(), "Europe/Paris").datePublished).toBe("2024-06-21T05:00:00+02:00");
  });

  it("names the rating and keeps claimReviewed under 75 characters, the whole wording as the claim's name", () => {
    const ld = build(snapshot({ text: LONG }));
    expect(ld.reviewRating).toMatchObject({ name: "Đúng", alternateName: "Đúng", ratingValue: 5 });
    expect([...ld.claimReviewed].length).toBeLessThan(75);
    expect(ld.claimReviewed).toBe("Nga và Triều Tiên ký hiệp ước đối tác chiến lược toàn diện, trong đó có…");
    expect(ld.itemReviewed.name).toBe(LONG);
    expect(checkFactCheckMarkup(ld)).toEqual([]);
    expect(build(snapshot()).claimReviewed).toBe("Ông Putin thăm Bình Nhưỡng ngày 19/6/2024");
  });

  it("rates every verdict with a ratingValue inside its bounds: 1–5 on the scale, -1 for a verdict off it", () => {
    const ratings = Object.fromEntries(
      VERDICTS.map((verdict) => {
        const ld = JSON.parse(JSON.stringify(buildClaimReview({ slug: "s", snapshot: snapshot({ verdict }), verdict, verdictName: verdict.toLowerCase(), firstPublishedAt: new Date("2024-06-21T03:00:00Z"), updatedAt: new Date("2024-06-22T17:30:00Z"), organisation: { name: "Claim desk", url: "https://news.example" }, baseUrl: "https://news.example" })));
        expect(checkFactCheckMarkup(ld), verdict).toEqual([]);
        expect(googleClaimReviewProblems(ld, "https://news.example/claims/s"), verdict).toEqual([]);
        const { ratingValue, worstRating, bestRating } = ld.reviewRating;
        expect(ratingValue >= worstRating && ratingValue <= bestRating, verdict).toBe(true);
        expect(ld.reviewRating).toMatchObject({ alternateName: verdict.toLowerCase(), name: verdict.toLowerCase() });
        return [verdict, [ratingValue, worstRating, bestRating]];
      }),
    );
    expect(ratings).toEqual({ CONFIRMED: [5, 1, 5], MOSTLY_CONFIRMED: [4, 1, 5], MIXED: [3, 1, 5], MISLEADING: [2, 1, 5], FALSE: [1, 1, 5], UNVERIFIABLE: [-1, -1, -1], NOT_A_CLAIM: [-1, -1, -1] });
  });

  it("cuts a wording without spaces inside the limit too", () => {
    expect([...shortClaim("x".repeat(200))].length).toBe(74);
    expect(shortClaim("short")).toBe("short");
  });

  it("says when no appearance has an address, and refuses dates without a zone or a javascript: URL", () => {
    const ld = build(snapshot({ appearances: [{ exact: "a", prefix: "", suffix: "", source: source({ title: "t", url: "javascript:alert(1)", publishedAt: "--07-27" }) }] }));
    expect(ld.itemReviewed.appearance).toEqual([{ "@type": "CreativeWork", headline: "t" }]);
    expect(factCheckRecommendations(ld)).toEqual(["no appearance has a URL", "firstAppearance has no URL"]);
    expect(checkFactCheckMarkup({ ...ld, datePublished: "2024-06-21", claimReviewed: "x".repeat(80) })).toEqual(
      expect.arrayContaining(["datePublished should be a DateTime with its zone", "claimReviewed should be under 75 characters"]),
    );
  });
});
