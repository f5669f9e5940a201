// A review's time, a match suggestion's decision time and a notice's read time were stamped by the writing instance's
// clock (Prisma's now() and new Date()), while every other desk item is stamped by the database's, which the instances
// behind a load balancer share: a review given on an instance ten minutes behind read as given before the proposal it
// decided, and a notice as read before it was sent. So was an external reference's retrieval time when the form left it
// blank (it is published with the evidence).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { importSources } from "@/lib/sources/import-sources";
import { addEvidence } from "@/lib/claims/add-evidence";
import { acceptMatchSuggestion, dismissMatchSuggestion, matchSource } from "@/lib/matching/suggestions";
import { reviewProposal } from "@/lib/workflow/review";
import { getDeskQueues, markNotificationsRead } from "@/lib/workflow/queues";
import { getDb } from "@/lib/db/client";
import { databaseMs, withClockOff } from "@/test/clock-skew";
import { makeUser, openProposal } from "@/test/factories";

let editor: Actor;
let reviewer: Actor;
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Two open suggestions of one source's sentence, for two claims. */
async function suggestions(): Promise<[string, string]> {
  const title = `Bài nguồn về cuộc gặp ${unique()}`;
  await importSources(editor, { fileName: `${title}.txt`, text: `${title}\n\nVOA, 14/09/2023\n\nBình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí trong cuộc gặp tại Viễn Đông của Nga (${title}). ${"Các quan chức Mỹ cho biết họ sẽ theo dõi sát sao. ".repeat(3)}` });
  const source = await getDb().source.findFirstOrThrow({ where: { title }, select: { id: true } });
  const claims = [
    await createClaim(editor, { text: `Bình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí tại Viễn Đông ${unique()}`, kind: "DENIAL" }),
    await createClaim(editor, { text: `Moscow và Bình Nhưỡng phủ nhận mọi thỏa thuận vũ khí ở Viễn Đông ${unique()}`, kind: "DENIAL" }),
  ];
  await matchSource(editor, { sourceId: source.id });
  const found = await getDb().matchSuggestion.findMany({ where: { sourceId: source.id, claimId: { in: claims.map((c) => c.id) } }, select: { id: true, claimId: true } });
  const ids = claims.map((c) => found.find((s) => s.claimId === c.id)?.id);
  expect(ids.every(Boolean)).toBe(true);
  return ids as [string, string];
}

describe("decisions written on an instance whose clock runs behind the database's", () => {
  it("stamps a review, a suggestion accepted or dismissed, a notice read and a reference retrieved by the database's clock", async () => {
    const proposal = await openProposal(editor);
    const [accepted, dismissed] = await suggestions();
    const start = await databaseMs();
    await withClockOff(-10, () => reviewProposal(reviewer, { proposalId: proposal.id, decision: "REQUEST_CHANGES", note: "Name the second outlet." }));
    await withClockOff(-10, () => acceptMatchSuggestion(editor, { id: accepted }));
    await withClockOff(-10, () => dismissMatchSuggestion(editor, { id: dismissed }));
    const shown = (await getDeskQueues(editor)).notifications.filter((x) => x.proposalId === proposal.id);
    expect(shown.map((x) => x.kind)).toEqual(["CHANGES_REQUESTED"]);
    await withClockOff(-10, () => markNotificationsRead(editor, { ids: shown.map((x) => x.id) }));
    const claim = await createClaim(editor, { text: `Một tuyên bố có nguồn ngoài ${unique()}`, kind: "OTHER" });
    const reference = await withClockOff(-10, () => addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/retrieved", title: "Retrieved now" }));
    const end = await databaseMs();

    const db = getDb();
    const times = {
      review: (await db.review.findUniqueOrThrow({ where: { proposalId: proposal.id }, select: { createdAt: true } })).createdAt,
      accepted: (await db.matchSuggestion.findUniqueOrThrow({ where: { id: accepted }, select: { decidedAt: true } })).decidedAt,
      dismissed: (await db.matchSuggestion.findUniqueOrThrow({ where: { id: dismissed }, select: { decidedAt: true } })).decidedAt,
      read: (await db.notification.findUniqueOrThrow({ where: { id: shown[0]!.id }, select: { readAt: true } })).readAt,
      retrieved: (await db.evidence.findUniqueOrThrow({ where: { id: reference.id }, select: { retrievedAt: true } })).retrievedAt,
    };
    for (const [name, at] of Object.entries(times)) {
      expect(at, name).not.toBeNull();
      expect(at!.getTime(), name).toBeGreaterThanOrEqual(start);
      expect(at!.getTime(), name).toBeLessThanOrEqual(end);
    }
    // The review follows the proposal it decided, and the notice was read after it was sent.
    const sent = (await db.notification.findUniqueOrThrow({ where: { id: shown[0]!.id }, select: { createdAt: true } })).createdAt;
    expect(times.review.getTime()).toBeLessThanOrEqual(sent.getTime());
    expect(times.read!.getTime()).toBeGreaterThanOrEqual(sent.getTime());
  });
});
