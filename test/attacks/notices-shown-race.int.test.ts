// "Mark as read" marked every unread notice up to the newest the page showed, by its time. A notice is stamped when
// its transaction writes it and seen once that commits: one stamped just before the page was drawn and committed just
// after it was older than the newest shown, so it was marked read though the page never listed it. The page's own
// notices are marked now (their ids), on the desk and on a claim's page.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { getDeskQueues, getClaimWorkflow, markNotificationsRead } from "@/lib/workflow/queues";
import { reviewProposal } from "@/lib/workflow/review";
import { getDb } from "@/lib/db/client";
import { makeUser, openProposal } from "@/test/factories";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let author: Actor;
let reviewer: Actor;
beforeAll(async () => {
  author = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

/**
 * A notice to `userId` about `proposalId` written by a transaction that stamps it by the database's clock, as the desk
 * does, and stays open until `commit` is called.
 */
async function heldNotice(userId: string, proposalId: string, kind: "REVIEW_REQUESTED" | "APPROVED") {
  let commit!: () => void;
  const gate = new Promise<void>((resolve) => (commit = resolve));
  let written!: (id: string) => void;
  const stamped = new Promise<string>((resolve) => (written = resolve));
  const done = getDb().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<[{ id: string }]>`
        INSERT INTO "Notification" (id, "userId", kind, "claimId", "proposalId", "createdAt")
        SELECT gen_random_uuid(), ${userId}::uuid, ${kind}::"NotificationKind", p."claimId", p.id, clock_timestamp() FROM "Proposal" p WHERE p.id = ${proposalId}::uuid
        RETURNING id::text`;
      written(row.id);
      await gate;
    },
    { timeout: 60_000 },
  );
  return { id: await stamped, commit: async () => (commit(), await done) };
}

const unread = async (userId: string) => (await getDb().notification.findMany({ where: { userId, readAt: null }, select: { id: true } })).map((x) => x.id).sort();

describe("marking read the notices a page showed, while another transaction writes one", () => {
  it("on the desk: a notice stamped before the list was drawn and committed after it stays unread", async () => {
    const reader = await makeUser({ role: "REVIEWER" });
    const before = await openProposal(author);
    const held = await heldNotice(reader.id, before.id, "REVIEW_REQUESTED");
    const after = await openProposal(author);
    const shown = (await getDeskQueues(reader)).notifications;
    expect(shown.map((x) => x.proposalId)).toEqual([after.id, before.id]);
    await held.commit();
    expect(await markNotificationsRead(reader, { ids: shown.map((x) => x.id) })).toBe(2);
    expect(await unread(reader.id)).toEqual([held.id]);
  });

  it("on a claim's page: a decision stamped before the page was drawn and committed after it stays unread", async () => {
    const proposal = await openProposal(author);
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "REQUEST_CHANGES", note: "Name the second outlet." });
    const held = await heldNotice(author.id, proposal.id, "APPROVED");
    const drawn = await getClaimWorkflow(author, proposal.claimId);
    await held.commit();
    const { markClaimNotificationsReadAction } = await import("@/app/actions/workflow");
    const session = vi.spyOn(await import("@/lib/auth/session"), "getActor").mockResolvedValue(author);
    try {
      await markClaimNotificationsReadAction(proposal.claimId, drawn.unreadNoticeIds);
    } finally {
      session.mockRestore();
    }
    expect((await getDb().notification.findMany({ where: { userId: author.id, claimId: proposal.claimId, readAt: null }, select: { id: true } })).map((x) => x.id)).toEqual([held.id]);
  });

  it("marks none of another account's notices, nor any when the page named none", async () => {
    const reader = await makeUser({ role: "REVIEWER" });
    const other = await makeUser({ role: "REVIEWER" });
    await openProposal(author);
    const theirs = (await getDeskQueues(other)).notifications.map((x) => x.id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(await markNotificationsRead(reader, { ids: theirs })).toBe(0);
    expect(await markNotificationsRead(reader, {})).toBe(0);
    expect(await unread(other.id)).toEqual(expect.arrayContaining(theirs));
    expect((await unread(reader.id)).length).toBeGreaterThan(0);
  });
});
