// A claim and its sources dated by a month alone ("2026-12", a report's or a journal issue's date) in the ClaimReview
// markup: no node states a month as a Date (aggregators read a day or a moment), the markup stays valid, and the
// month-dated source is ordered at its month, so an earlier report is still the first appearance (it was put after
// every dated source, as if it had no date).
import { describe, expect, it } from "vitest";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { buildClaimReview } from "@/lib/public/claim-review";
import { checkFactCheckMarkup } from "@/lib/public/fact-check-markup";
import { googleClaimReviewProblems } from "@/test/google-claimreview";

const source = (title: string, url: string, publishedAt: string | null) => ({ exact: title, prefix: "", suffix: "", source: { title, outlet: "Outlet", url, publishedAt, language: "en" } });

const snapshot: RevisionSnapshot = {
  text: "Rajin shipped artillery shells to Dunai",
  gloss: null,
  claimant: { name: "Monitoring group", kind: "OTHER" },
  madeAt: "2025-11",
  kind: "OTHER",
  tags: [],
  verdict: "CONFIRMED",
  summary: "Confirmed.",
  rationale: "Two reports.",
  reason: null,
  appearances: [source("Later story", "https://news.example/later", "2026-05-01"), source("Monthly report", "https://institute.example/report", "2025-11"), source("Undated", "https://blog.example/x", null)],
  evidence: [],
  links: [],
};

describe("a month-dated claim and source in ClaimReview", () => {
  it("state no month as a date, stay valid, and put the month's report first", () => {
    const ld = JSON.parse(JSON.stringify(buildClaimReview({ slug: "rajin", snapshot, verdict: "CONFIRMED", verdictName: "True", firstPublishedAt: new Date("2026-06-01T00:00:00Z"), updatedAt: new Date("2026-06-01T00:00:00Z"), organisation: { name: "Desk", url: "https://desk.example" }, baseUrl: "https://desk.example", timeZone: "Asia/Ho_Chi_Minh" })));
    expect(checkFactCheckMarkup(ld)).toEqual([]);
    expect(googleClaimReviewProblems(ld, "https://desk.example/claims/rajin")).toEqual([]);
    expect(ld.itemReviewed.datePublished).toBeUndefined();
    expect(ld.itemReviewed.firstAppearance.headline).toBe("Monthly report");
    expect(ld.itemReviewed.firstAppearance.datePublished).toBeUndefined();
    expect(ld.itemReviewed.appearance.map((a: { headline: string }) => a.headline)).toEqual(["Monthly report", "Later story", "Undated"]);
    for (const node of ld.itemReviewed.appearance) if (node.datePublished) expect(node.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });
});
