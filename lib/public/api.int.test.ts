// The public API's data functions on a real database: published data only, cursors, ids and slugs.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { claimReviewFeedForApi, decodeCursor, encodeCursor, getClaimForApi, listCorrectionsForApi, searchClaimsForApi } from "./api";
import { RANKED_RESULTS_MAX } from "./search-window";
import { checkFactCheckMarkup } from "./fact-check-markup";

const BASE = "https://news.example:8443";

let editor: Actor;
let reviewer: Actor;
let corrected: { id: string; slug: string; evidenceId: string };
let draft: { id: string; slug: string };

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
  corrected = await publishClaim(editor, reviewer, { text: "Nga và Triều Tiên ký hiệp ước đối tác chiến lược toàn diện", kind: "TREATY_TERM", verdict: "MIXED" });
  for (const text of ["Nga nhận tên lửa đạn đạo từ Triều Tiên", "Ông Putin thăm Bình Nhưỡng tháng 6/2024", "Triều Tiên gửi pháo tự hành sang Nga"]) {
    await publishClaim(editor, reviewer, { text, kind: "OTHER" });
  }
  const correction = await proposeVerdict(editor, { claimId: corrected.id, kind: "CORRECTION", verdict: "CONFIRMED", summary: "The treaty text was published.", rationale: "KCNA published the full treaty text.", reason: "The full text is now public.", evidenceIds: [corrected.evidenceId] });
  await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
  draft = await createClaim(editor, { text: "Một bản nháp về Triều Tiên chưa công bố", kind: "OTHER" });
});

const params = (query: Record<string, string>) => new URLSearchParams(query);

describe("public API data", () => {
  it("walks every search result with cursors, each once", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null) {
      const page: Awaited<ReturnType<typeof searchClaimsForApi>> = await searchClaimsForApi(params({ limit: "3", ...(cursor ? { cursor } : {}) }), BASE);
      expect(page.total).toBe(4);
      seen.push(...page.data.map((c) => c.slug));
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(4);
    expect(seen).not.toContain(draft.slug);
  });

  it("searches with the page's filters and answers bad parameters with field errors", async () => {
    const found = await searchClaimsForApi(params({ q: "trieu tien", verdict: "CONFIRMED", kind: "TREATY_TERM" }), BASE);
    expect(found.data.map((c) => c.id)).toEqual([corrected.id]);
    expect(found.data[0]).toMatchObject({ url: `${BASE}/claims/${corrected.slug}`, verdict: "CONFIRMED" });
    await expect(searchClaimsForApi(params({ verdict: "MAYBE" }), BASE)).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { verdict: ["Unknown verdict."] } } });
    await expect(searchClaimsForApi(params({ limit: "1000" }), BASE)).rejects.toMatchObject({ code: "INVALID" });
    await expect(searchClaimsForApi(params({ cursor: "bm9wZQ" }), BASE)).rejects.toMatchObject({ code: "INVALID" });
  });

  it("round-trips cursors and refuses forged ones", () => {
    expect(decodeCursor(encodeCursor({ offset: 40 }), "offset")).toEqual({ offset: 40 });
    expect(decodeCursor(encodeCursor({ before: 12345678901234n }), "keyset")).toEqual({ before: 12345678901234n });
    expect(decodeCursor(null, "keyset")).toBeNull();
    for (const forged of ["o:-1", "p:0", "p:-3", "p:1e3", "p:12345678901234567890", "o:1;p:2", ""]) {
      expect(() => decodeCursor(Buffer.from(forged).toString("base64url") || "x", "keyset"), forged).toThrow();
    }
  });

  it("answers an offset cursor on a time-ordered list with a 400 that says to start again, and a keyset one on a ranked search likewise", async () => {
    const old = encodeCursor({ offset: 20 });
    for (const call of [listCorrectionsForApi(params({ cursor: old }), BASE), claimReviewFeedForApi(params({ cursor: old }), BASE), searchClaimsForApi(params({ cursor: old }), BASE)]) {
      await expect(call).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { cursor: [expect.stringMatching(/start again without a cursor/)] } } });
    }
    await expect(searchClaimsForApi(params({ q: "nga", cursor: encodeCursor({ before: 5n }) }), BASE)).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { cursor: [expect.stringMatching(/start again/)] } } });
    // A ranked search still pages by offset.
    const first = await searchClaimsForApi(params({ q: "triều tiên", limit: "1" }), BASE);
    expect(first.nextCursor).not.toBeNull();
    expect(decodeCursor(first.nextCursor, "offset")).toEqual({ offset: 1 });
  });

  it("pages a ranked search no deeper than its first 10,000 results: a cursor past them is a 400 that says to narrow it", async () => {
    const far = encodeCursor({ offset: 9_999_999 });
    await expect(searchClaimsForApi(params({ q: "triều tiên", cursor: far }), BASE)).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { cursor: [expect.stringMatching(/first 10,000 results/)] } } });
    await expect(searchClaimsForApi(params({ q: "triều tiên", cursor: encodeCursor({ offset: RANKED_RESULTS_MAX }) }), BASE)).rejects.toMatchObject({ code: "INVALID" });
    // A cursor inside the bound still pages.
    const inside = await searchClaimsForApi(params({ q: "triều tiên", cursor: encodeCursor({ offset: RANKED_RESULTS_MAX - 1 }) }), BASE);
    expect(inside.data).toEqual([]);
  });

  it("gives a claim by id or slug: the latest snapshot, its rating, revisions and corrections", async () => {
    const byId = await getClaimForApi(corrected.id, BASE);
    expect(await getClaimForApi(corrected.slug, BASE)).toEqual(byId);
    expect(byId).toMatchObject({ id: corrected.id, state: "PUBLISHED", rating: { verdict: "CONFIRMED", value: 5, best: 5, worst: 1 }, revision: { number: 2, kind: "CORRECTION" } });
    expect(byId.published).toMatchObject({ text: "Nga và Triều Tiên ký hiệp ước đối tác chiến lược toàn diện", summary: "The treaty text was published.", verdict: "CONFIRMED" });
    expect(byId.revisions.map((r) => [r.number, r.verdict])).toEqual([
      [2, "CONFIRMED"],
      [1, "MIXED"],
    ]);
    expect(byId.corrections).toEqual([expect.objectContaining({ oldVerdict: "MIXED", newVerdict: "CONFIRMED", reason: "The full text is now public.", revision: 2 })]);
  });

  it("does not find a draft, by id or by slug, nor an unknown claim", async () => {
    await expect(getClaimForApi(draft.id, BASE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClaimForApi(draft.slug, BASE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClaimForApi("00000000-0000-4000-8000-000000000000", BASE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClaimForApi("../etc/passwd", BASE)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists corrections with links to their claims", async () => {
    const { data } = await listCorrectionsForApi(params({}), BASE);
    expect(data).toEqual([expect.objectContaining({ slug: corrected.slug, url: `${BASE}/claims/${corrected.slug}`, kind: "CORRECTION", newVerdict: "CONFIRMED" })]);
  });

  it("refuses query parameters an operation does not take, naming them", async () => {
    await expect(searchClaimsForApi(params({ q: "x", page: "2" }), BASE)).rejects.toMatchObject({ code: "INVALID", message: "Unknown query parameter: page.", details: { fieldErrors: { page: [expect.any(String)] } } });
    await expect(listCorrectionsForApi(params({ offset: "3", sort: "x" }), BASE)).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { offset: expect.any(Array), sort: expect.any(Array) } } });
    await expect(getClaimForApi(corrected.id, BASE, params({ expand: "all" }))).rejects.toMatchObject({ code: "INVALID" });
    await expect(claimReviewFeedForApi(params({ page: "1" }), BASE)).rejects.toMatchObject({ code: "INVALID" });
    await expect(searchClaimsForApi(new URLSearchParams("q=a&q=b"), BASE)).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { q: expect.any(Array) } } });
  });

  it("pages the corrections log with a cursor", async () => {
    const second = await publishClaim(editor, reviewer, { text: "Triều Tiên phóng vệ tinh do thám lần thứ ba", kind: "OTHER", verdict: "MIXED" });
    const correction = await proposeVerdict(editor, { claimId: second.id, kind: "CORRECTION", verdict: "FALSE", summary: "It failed.", rationale: "The launch failed in flight.", reason: "Later reports.", evidenceIds: [second.evidenceId] });
    await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
    const first = await listCorrectionsForApi(params({ limit: "1" }), BASE);
    expect(first.data.map((c) => c.slug)).toEqual([second.slug]);
    expect(first.nextCursor).not.toBeNull();
    const next = await listCorrectionsForApi(params({ limit: "1", cursor: first.nextCursor! }), BASE);
    expect(next.data.map((c) => c.slug)).toEqual([corrected.slug]);
    expect(next.nextCursor).toBeNull();
    expect((await listCorrectionsForApi(params({}), BASE)).nextCursor).toBeNull();
  });

  it("serves every published ClaimReview as a paged schema.org DataFeed with absolute URLs", async () => {
    const items: { item: Record<string, unknown>; dateCreated: string }[] = [];
    let page = await claimReviewFeedForApi(params({ limit: "2" }), BASE);
    expect(page).toMatchObject({ "@context": "https://schema.org", "@type": "DataFeed", url: `${BASE}/api/v1/claimreview-feed.json?limit=2` });
    expect(page.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    items.push(...page.dataFeedElement);
    while (page.nextCursor) {
      expect(page.next).toBe(`${BASE}/api/v1/claimreview-feed.json?limit=2&cursor=${page.nextCursor}`);
      page = await claimReviewFeedForApi(params({ limit: "2", cursor: page.nextCursor }), BASE);
      items.push(...page.dataFeedElement);
    }
    const published = (await searchClaimsForApi(params({ limit: "100" }), BASE)).data.filter((c) => c.state === "PUBLISHED");
    expect(items).toHaveLength(published.length);
    expect(new Set(items.map((i) => i.item.url))).toEqual(new Set(published.map((c) => c.url)));
    for (const { item, dateCreated } of items) {
      expect(item["@type"]).toBe("ClaimReview");
      expect(String(item.url).startsWith(`${BASE}/claims/`)).toBe(true);
      expect(dateCreated).toMatch(/\+07:00$/);
      expect(checkFactCheckMarkup({ "@context": "https://schema.org", ...item }).filter((p) => !p.startsWith("itemReviewed."))).toEqual([]);
    }
    expect(items.map((i) => i.item.claimReviewed)).not.toContain(draft.slug);
  });
});
