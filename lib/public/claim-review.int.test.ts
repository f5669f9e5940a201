// Every published demo claim carries complete ClaimReview markup.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { vi as dictionary } from "@/lib/i18n/vi";
import { getPublishedClaim } from "./published-claims";
import { claimReviewFor } from "./claim-review";
import { checkFactCheckMarkup } from "./fact-check-markup";

beforeAll(async () => {
  process.env.CLAIMDESK_DEMO_PASSWORD = "seed-test-password";
  await seedDemo(() => {});
});

const SITE = { organisation: { name: "Claim desk", url: "https://claims.example" }, baseUrl: "https://claims.example" };

async function markupOf(slug: string) {
  const found = await getPublishedClaim(slug);
  if (!found || !("claim" in found)) throw new Error(`not published: ${slug}`);
  return claimReviewFor(found.claim, dictionary.verdicts, SITE);
}

describe("ClaimReview", () => {
  it("is complete for every published demo claim", async () => {
    const claims = await getDb().claim.findMany({ where: { state: "PUBLISHED" }, select: { slug: true } });
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const { slug } of claims) {
      const ld = await markupOf(slug);
      expect(checkFactCheckMarkup(JSON.parse(JSON.stringify(ld))), slug).toEqual([]);
      expect(ld?.url).toBe(`https://claims.example/claims/${slug}`);
    }
  });

  it("rates confirmed 5 of 5 and leaves unverifiable without a number", async () => {
    const visit = await getDb().claim.findFirstOrThrow({ where: { verdict: "CONFIRMED" }, select: { slug: true } });
    const unverifiable = await getDb().claim.findFirstOrThrow({ where: { verdict: "UNVERIFIABLE", state: "PUBLISHED" }, select: { slug: true } });
    expect((await markupOf(visit.slug))?.reviewRating).toEqual({ "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Đúng", name: "Đúng" });
    expect((await markupOf(unverifiable.slug))?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Không thể kiểm chứng", name: "Không thể kiểm chứng" });
  });

  it("names what is missing", () => {
    expect(checkFactCheckMarkup({ "@context": "https://schema.org", "@type": "ClaimReview" })).toEqual(
      expect.arrayContaining(["claimReviewed is required", "reviewRating.alternateName is required", "url must be an absolute URL"]),
    );
  });
});
