// Every published demo claim carries complete ClaimReview markup.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { vi as dictionary } from "@/lib/i18n/vi";
import { getPublishedClaim } from "./published-claims";
import { claimReviewFor } from "./claim-review";
import { checkFactCheckMarkup } from "./fact-check-markup";
import { makeUser, publishClaim, rejection } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";

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

  it("rates confirmed 5 of 5 and unverifiable -1 (not on the scale)", async () => {
    const visit = await getDb().claim.findFirstOrThrow({ where: { verdict: "CONFIRMED" }, select: { slug: true } });
    const unverifiable = await getDb().claim.findFirstOrThrow({ where: { verdict: "UNVERIFIABLE", state: "PUBLISHED" }, select: { slug: true } });
    expect((await markupOf(visit.slug))?.reviewRating).toEqual({ "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Đúng", name: "Đúng" });
    expect((await markupOf(unverifiable.slug))?.reviewRating).toEqual({ "@type": "Rating", ratingValue: -1, bestRating: -1, worstRating: -1, alternateName: "Không thể kiểm chứng", name: "Không thể kiểm chứng" });
  });

  it("carries the editor's short wording as claimReviewed, frozen with the proposal, and the whole wording as the claim's name", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const text = "Triều Tiên đã chuyển cho Nga hàng triệu quả đạn pháo qua cảng Rajin trong nửa cuối năm 2023, theo đánh giá của tình báo Hàn Quốc.";
    const shortText = "Triều Tiên chuyển hàng triệu quả đạn pháo cho Nga năm 2023";
    const { slug } = await publishClaim(editor, reviewer, { text, kind: "ARMS_TRANSFER", shortText });
    const ld = (await markupOf(slug)) as unknown as { claimReviewed: string; itemReviewed: { name?: string } };
    expect(ld.claimReviewed).toBe(shortText);
    expect(ld.itemReviewed.name).toBe(text);
    expect(checkFactCheckMarkup(JSON.parse(JSON.stringify(ld))).filter((problem) => problem.includes("claimReviewed"))).toEqual([]);
    // Without one, the wording is cut at a word with an ellipsis, under 75 characters.
    const plain = await publishClaim(editor, reviewer, { text: `${text} Bình Nhưỡng bác bỏ.`, kind: "ARMS_TRANSFER" });
    const cut = (await markupOf(plain.slug)) as unknown as { claimReviewed: string };
    expect(cut.claimReviewed).toMatch(/…$/);
    expect([...cut.claimReviewed].length).toBeLessThan(75);
  });

  it("refuses a short wording over 74 characters, naming the field", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const claim = await createClaim(editor, { text: "Một tuyên bố dài cần câu ngắn cho công cụ tìm kiếm, dài hơn bảy mươi tư ký tự rất nhiều.", kind: "OTHER" });
    await startResearch(editor, { claimId: claim.id });
    const error = await rejection(
      proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "UNVERIFIABLE", summary: "Chưa thể kiểm chứng.", rationale: "Không có nguồn độc lập nào xác nhận.", shortText: "x".repeat(75) }),
    );
    expect(error.details?.fieldErrors?.shortText).toEqual(["At most 74 characters: search engines cut anything longer."]);
  });

  it("names what is missing", () => {
    expect(checkFactCheckMarkup({ "@context": "https://schema.org", "@type": "ClaimReview" })).toEqual(
      expect.arrayContaining(["claimReviewed is required", "reviewRating.alternateName is required", "url must be an absolute URL"]),
    );
  });
});
