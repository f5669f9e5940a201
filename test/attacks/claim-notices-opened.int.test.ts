// Opening a claim marks its reader's notifications about it read, from the browser once the page is on screen. It
// marked every unread one, so a decision that arrived between the page being drawn and that call (an approval of the
// proposal sent again) was marked read unseen: the page showed the claim as it stood before. Only those up to the
// ones the page was drawn with (their ids) are marked, as "Mark as read" on the desk does.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getClaimWorkflow } from "@/lib/workflow/queues";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";

const request = vi.hoisted(() => ({ session: null as null | Record<string, unknown> }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => request.session, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-claimdesk-path": "/desk", "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "https" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let author: Awaited<ReturnType<typeof makeUser>>;
let reviewer: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  author = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
  request.session = { sessionId: "s", user: { id: author.id, email: author.email, name: author.name, role: "EDITOR" } };
});

describe("opening a claim marks its notifications read", () => {
  it("leaves unread a decision that arrived after the page was drawn", async () => {
    const { markClaimNotificationsReadAction } = await import("@/app/actions/workflow");
    const claim = await createClaim(author, { text: `Tuyên bố gửi lại để duyệt ${Date.now().toString(36)}`, kind: "OTHER" });
    await startResearch(author, { claimId: claim.id });
    const evidence = await addEvidence(author, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: `https://example.org/${Date.now().toString(36)}`, title: "Report" });
    const propose = () => proposeVerdict(author, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
    const first = await propose();
    await reviewProposal(reviewer, { proposalId: first.id, decision: "REQUEST_CHANGES", note: "Name the second outlet." });
    const second = await propose();

    const drawn = await getClaimWorkflow(author, claim.id);
    expect(drawn.unreadNoticeIds).toHaveLength(1);
    // Approved while the page is on its way to the reader's browser.
    await reviewProposal(reviewer, { proposalId: second.id, decision: "APPROVE" });
    await markClaimNotificationsReadAction(claim.id, drawn.unreadNoticeIds);

    const notices = await getDb().notification.findMany({ where: { userId: author.id, claimId: claim.id }, select: { kind: true, readAt: true }, orderBy: { createdAt: "asc" } });
    expect(notices.map((x) => [x.kind, x.readAt !== null])).toEqual([
      ["CHANGES_REQUESTED", true],
      ["APPROVED", false],
    ]);
  });

  it("marks nothing when called without the notices the page was drawn with", async () => {
    const { markClaimNotificationsReadAction } = await import("@/app/actions/workflow");
    const claim = await createClaim(author, { text: `Tuyên bố bị trả lại ${Date.now().toString(36)}`, kind: "OTHER" });
    await startResearch(author, { claimId: claim.id });
    const evidence = await addEvidence(author, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: `https://example.org/${Date.now().toString(36)}b`, title: "Report" });
    const proposal = await proposeVerdict(author, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "REQUEST_CHANGES", note: "Name the second outlet." });
    await (markClaimNotificationsReadAction as (...args: unknown[]) => Promise<void>)(claim.id);
    expect(await getDb().notification.count({ where: { userId: author.id, claimId: claim.id, readAt: null } })).toBe(1);
  });
});
