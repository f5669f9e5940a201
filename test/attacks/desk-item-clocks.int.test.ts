// A claim's evidence, quotes and links, the corrections of a published claim and the notices a reader is sent were
// stamped by the writing instance's clock (Prisma fills @default(now()) itself), and each is ordered by that time: the
// evidence a verdict publishes, the corrections on the public page, a reader's notices newest first. Behind a load
// balancer, what was added on an instance ten minutes behind went before what was added earlier. They are now stamped
// by the database's clock, which every instance shares, and a claim's corrections are listed by their revision.
// (A review's time, a match suggestion's decision and a notice's read time: decision-clocks.int.test.ts.)
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims } from "@/lib/claims/link-claims";
import { addAppearance } from "@/lib/claims/add-appearance";
import { importSources } from "@/lib/sources/import-sources";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getPublishedClaim } from "@/lib/public/published-claims";
import { getDb } from "@/lib/db/client";
import { getDeskQueues, markNotificationsRead } from "@/lib/workflow/queues";
import { databaseMs, withClockOff } from "@/test/clock-skew";
import { makeUser, publishClaim } from "@/test/factories";

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

describe("a claim's parts added on instances whose clocks differ", () => {
  it("publishes the evidence in the order it was added, and stamps quotes, links and notices by the database's clock", async () => {
    const start = await databaseMs();
    const other = await createClaim(editor, { text: `Tuyên bố được liên kết ${unique()}`, kind: "OTHER" });
    const claim = await createClaim(editor, { text: `Tàu Angara chở container từ Rajin ${unique()}`, kind: "ARMS_TRANSFER" });
    await startResearch(editor, { claimId: claim.id });
    const first = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/first", title: "First report" });
    const second = await withClockOff(-10, () => addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/second", title: "Second report" }));
    const title = `Bài nguồn về tàu Angara ${unique()}`;
    await importSources(editor, { fileName: `${title}.txt`, text: `${title}\n\nVOA, 14/09/2023\n\nBình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí trong cuộc gặp tại Viễn Đông của Nga. ${"Các quan chức Mỹ cho biết họ sẽ theo dõi sát sao. ".repeat(3)}` });
    const source = await getDb().source.findFirstOrThrow({ where: { title }, select: { id: true, body: true } });
    const quote = "phủ nhận mọi thỏa thuận vũ khí";
    const at = source.body.indexOf(quote);
    const appearance = await withClockOff(-10, () => addAppearance(editor, { claimId: claim.id, sourceId: source.id, start: at, end: at + quote.length, exact: quote }));
    await withClockOff(-10, () => linkClaims(editor, { fromClaimId: claim.id, toClaimId: other.id, type: "CORROBORATES" }));
    const proposal = await withClockOff(-10, () =>
      proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by two reports.", rationale: "Two outlets report it.", evidenceIds: [second.id, first.id] }),
    );
    await withClockOff(-10, () => reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }));
    const end = await databaseMs();

    const published = await getPublishedClaim((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { slug: true } })).slug);
    expect(published && "claim" in published).toBe(true);
    const titles = (published as { claim: { latest: { snapshot: { evidence: { reference: { title: string } | null }[] } } } }).claim.latest.snapshot.evidence.map((e) => e.reference?.title);
    expect(titles).toEqual(["First report", "Second report"]);

    const db = getDb();
    const times = {
      quote: (await db.appearance.findUniqueOrThrow({ where: { id: appearance.id }, select: { createdAt: true } })).createdAt,
      evidence: (await db.evidence.findUniqueOrThrow({ where: { id: second.id }, select: { createdAt: true } })).createdAt,
      link: (await db.claimLink.findFirstOrThrow({ where: { fromClaimId: claim.id }, select: { createdAt: true } })).createdAt,
      ...Object.fromEntries((await db.notification.findMany({ where: { proposalId: proposal.id }, select: { kind: true, createdAt: true } })).map((x) => [`notice ${x.kind}`, x.createdAt])),
    };
    expect(Object.keys(times)).toEqual(expect.arrayContaining(["notice REVIEW_REQUESTED", "notice APPROVED"]));
    for (const [name, at] of Object.entries(times)) {
      expect(at.getTime(), name).toBeGreaterThanOrEqual(start);
      expect(at.getTime(), name).toBeLessThanOrEqual(end);
    }
  });

  it("lists a published claim's corrections newest first, one approved on an instance running behind included", async () => {
    const published = await publishClaim(editor, reviewer, { text: `Cảng Vostochny nhận hàng từ Triều Tiên ${unique()}`, kind: "OTHER", verdict: "MIXED" });
    const correct = async (verdict: string, reason: string) => {
      const proposal = await proposeVerdict(editor, { claimId: published.id, kind: "CORRECTION", verdict, summary: `Reviewed again: ${verdict.toLowerCase()}.`, rationale: "Two independent outlets report it.", reason, evidenceIds: [published.evidenceId] });
      await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    };
    await correct("MOSTLY_CONFIRMED", "A second outlet reports it.");
    await withClockOff(-10, () => correct("CONFIRMED", "The port's records confirm it."));
    const page = await getPublishedClaim(published.slug);
    const corrections = (page as { claim: { corrections: { reason: string; revision: number }[] } }).claim.corrections;
    expect(corrections.map((c) => c.revision)).toEqual([3, 2]);
    expect(corrections[0]!.reason).toBe("The port's records confirm it.");
  });
});

describe("marking the notices shown read", () => {
  it("leaves unread a notice that arrived after the list was drawn", async () => {
    const author = await makeUser({ role: "EDITOR" });
    const reader = await makeUser({ role: "REVIEWER" });
    const propose = async () => {
      const claim = await createClaim(author, { text: `Tuyên bố chờ người duyệt ${unique()}`, kind: "OTHER" });
      await startResearch(author, { claimId: claim.id });
      const evidence = await addEvidence(author, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: `https://example.org/${unique()}`, title: "Report" });
      return proposeVerdict(author, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
    };
    const seen = await propose();
    const shown = (await getDeskQueues(reader)).notifications.find((x) => x.proposalId === seen.id);
    expect(shown).toBeDefined();
    // Sent while the reader looked at the list, from an instance whose clock runs behind.
    const late = await withClockOff(-10, propose);
    await markNotificationsRead(reader, { ids: [shown!.id] });
    const unread = await getDb().notification.findMany({ where: { userId: reader.id, readAt: null, proposalId: { in: [seen.id, late.id] } }, select: { proposalId: true } });
    expect(unread).toEqual([{ proposalId: late.id }]);
  });
});
