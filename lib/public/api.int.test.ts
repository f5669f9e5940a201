// The public API's data functions on a real database: published data only, cursors, ids and slugs.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { decodeCursor, encodeCursor, getClaimForApi, listCorrectionsForApi, searchClaimsForApi } from "./api";

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
      const page: Awaited<ReturnType<typeof searchClaimsForApi>> = await searchClaimsForApi(params({ limit: "3", ...(cursor ? { cursor } : {}) }));
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
    const found = await searchClaimsForApi(params({ q: "trieu tien", verdict: "CONFIRMED", kind: "TREATY_TERM" }));
    expect(found.data.map((c) => c.id)).toEqual([corrected.id]);
    expect(found.data[0]).toMatchObject({ url: `/claims/${corrected.slug}`, verdict: "CONFIRMED" });
    await expect(searchClaimsForApi(params({ verdict: "MAYBE" }))).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { verdict: ["Unknown verdict."] } } });
    await expect(searchClaimsForApi(params({ limit: "1000" }))).rejects.toMatchObject({ code: "INVALID" });
    await expect(searchClaimsForApi(params({ cursor: "bm9wZQ" }))).rejects.toMatchObject({ code: "INVALID" });
  });

  it("round-trips cursors and refuses forged ones", () => {
    expect(decodeCursor(encodeCursor(40))).toBe(40);
    expect(decodeCursor(null)).toBe(0);
    expect(() => decodeCursor(Buffer.from("o:-1").toString("base64url"))).toThrow();
  });

  it("gives a claim by id or slug: the latest snapshot, its rating, revisions and corrections", async () => {
    const byId = await getClaimForApi(corrected.id);
    expect(await getClaimForApi(corrected.slug)).toEqual(byId);
    expect(byId).toMatchObject({ id: corrected.id, state: "PUBLISHED", rating: { verdict: "CONFIRMED", value: 5, best: 5, worst: 1 }, revision: { number: 2, kind: "CORRECTION" } });
    expect(byId.published).toMatchObject({ text: "Nga và Triều Tiên ký hiệp ước đối tác chiến lược toàn diện", summary: "The treaty text was published.", verdict: "CONFIRMED" });
    expect(byId.revisions.map((r) => [r.number, r.verdict])).toEqual([
      [2, "CONFIRMED"],
      [1, "MIXED"],
    ]);
    expect(byId.corrections).toEqual([expect.objectContaining({ oldVerdict: "MIXED", newVerdict: "CONFIRMED", reason: "The full text is now public.", revision: 2 })]);
  });

  it("does not find a draft, by id or by slug, nor an unknown claim", async () => {
    await expect(getClaimForApi(draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClaimForApi(draft.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClaimForApi("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClaimForApi("../etc/passwd")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists corrections with links to their claims", async () => {
    const { data } = await listCorrectionsForApi(params({}));
    expect(data).toEqual([expect.objectContaining({ slug: corrected.slug, url: `/claims/${corrected.slug}`, kind: "CORRECTION", newVerdict: "CONFIRMED" })]);
  });
});
