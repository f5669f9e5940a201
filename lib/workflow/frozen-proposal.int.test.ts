// Publishing exactly what was reviewed, on a real database: every data function refuses to change a claim under
// review (test/attacks/claim-under-review.int.test.ts); a write that gets past that anyway either makes approval
// refuse (the claim's own working copy) or cannot reach the public (shared source details).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim, CLAIM_UNDER_REVIEW } from "@/lib/claims/update-claim";
import { addAppearance } from "@/lib/claims/add-appearance";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims } from "@/lib/claims/link-claims";
import { createClaimant, mergeClaimants } from "@/lib/claims/claimants";
import { updateSourceMetadata } from "@/lib/sources/update-source";
import { editSourceBody } from "@/lib/sources/edit-source-body";
import { getPublishedClaim } from "@/lib/public/published-claims";
import { proposeVerdict, startResearch } from "./propose";
import { reviewProposal } from "./review";
import { getClaimWorkflow } from "./queues";
import { PROPOSAL_STALE } from "./working-copy";
import { underReviewNaming } from "@/lib/claims/under-review";
import type { RevisionSnapshot } from "./snapshot";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

const Q_CLAIM = "Bình Nhưỡng đã chuyển hàng nghìn container đạn pháo sang Nga";
const Q_EVIDENCE = "ảnh vệ tinh cho thấy đoàn tàu rời cảng Rajin";
const Q_EXTRA = "Moskva phủ nhận mọi thương vụ vũ khí";
const BODY = [`Theo nguồn tin, ${Q_CLAIM} trong mùa thu năm 2023.`, `Các nhà phân tích nói ${Q_EVIDENCE} vào tháng Chín.`, `Trong khi đó, ${Q_EXTRA} với Triều Tiên.`].join("\n\n");

/** A desk source of its own per test, so edits to it touch no other test's quotes. */
async function makeSource() {
  const source = await getDb().source.create({
    data: {
      title: "Tin gốc về đạn pháo",
      outlet: "Báo Thật",
      url: "https://news.example.org/dan-phao",
      language: "vi",
      body: BODY,
      blocks: BODY.split("\n\n").map((text) => ({ kind: "paragraph", text })),
      raw: BODY,
      contentHash: randomUUID(),
      fingerprint: randomUUID(),
    },
  });
  const anchor = (quote: string) => {
    const start = BODY.indexOf(quote);
    return { sourceId: source.id, start, end: start + quote.length, exact: quote };
  };
  return { ...source, anchor };
}

type Kind = "VERDICT" | "CORRECTION" | "WITHDRAWAL";
type Scenario = Awaited<ReturnType<typeof openProposal>>;

const PROPOSAL_FIELDS = {
  VERDICT: { kind: "VERDICT", verdict: "MOSTLY_CONFIRMED", summary: "Mostly confirmed by satellite imagery." },
  CORRECTION: { kind: "CORRECTION", verdict: "CONFIRMED", summary: "Confirmed once the rail records came out.", reason: "New rail records." },
  WITHDRAWAL: { kind: "WITHDRAWAL", summary: "Withdrawn: the imagery was misdated.", reason: "The imagery was misdated." },
} as const;

async function propose(claimId: string, kind: Kind, evidenceIds: string[]) {
  return proposeVerdict(editor, { claimId, evidenceIds, rationale: "Satellite imagery and two independent outlets.", ...PROPOSAL_FIELDS[kind] });
}

/** A claim with a quote and a quoted piece of evidence in its own source, and an open proposal of `kind`. */
async function openProposal(kind: Kind) {
  const source = await makeSource();
  const claimant = `Người phát ngôn ${randomUUID().slice(0, 8)}`;
  const claim = await createClaim(editor, { text: `Triều Tiên chuyển đạn pháo cho Nga (${kind})`, kind: "ARMS_TRANSFER", claimantName: claimant, claimantKind: "PERSON", appearance: source.anchor(Q_CLAIM) });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "source", claimId: claim.id, stance: "SUPPORTS", anchor: source.anchor(Q_EVIDENCE) });
  // Attached but not relied on: left out of the snapshot, and what a re-proposal can rely on once the quote is removed.
  await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: "https://example.org/background", title: "Background report" });
  if (kind !== "VERDICT") {
    const first = await propose(claim.id, "VERDICT", [evidence.id]);
    await reviewProposal(reviewer, { proposalId: first.id, decision: "APPROVE" });
  }
  const proposal = await propose(claim.id, kind, [evidence.id]);
  return { kind, claim, source, evidenceId: evidence.id, proposal, proposed: proposal.snapshot as RevisionSnapshot };
}

/**
 * Runs `write` as if the claim were not under review (its proposal briefly not marked open), as a write by another
 * path than the data functions and the database's freeze would: what the approval guard must still catch.
 */
async function pastTheFreeze<T>(s: Scenario, write: () => Promise<T>): Promise<T> {
  await getDb().$executeRaw`UPDATE "Proposal" SET status = 'CHANGES_REQUESTED', "openClaimId" = NULL, "decidedAt" = now() WHERE id = ${s.proposal.id}::uuid`;
  try {
    return await write();
  } finally {
    await getDb().$executeRaw`UPDATE "Proposal" SET status = 'OPEN', "openClaimId" = "claimId", "decidedAt" = NULL WHERE id = ${s.proposal.id}::uuid`;
  }
}

const underReview = async (write: Promise<unknown>) => expect((await rejection(write)).message).toBe(CLAIM_UNDER_REVIEW);
/** A write past the data functions, refused by the database while the proposal is open. */
const pastDatabase = (write: Promise<unknown>) => expect(write).rejects.toThrow(/is under review: its reviewed content/);

const approve = (s: Scenario) => reviewProposal(reviewer, { proposalId: s.proposal.id, decision: "APPROVE" });
const revisionsOf = (claimId: string) => getDb().claimRevision.findMany({ where: { claimId }, orderBy: { number: "asc" } });

/** Approval refuses, nothing is published, and a fresh proposal (after changes were requested) publishes its own snapshot. */
async function expectRefusedThenReproposed(s: Scenario) {
  const before = await revisionsOf(s.claim.id);
  const refused = await rejection(approve(s));
  expect(refused.code).toBe("CONFLICT");
  expect(refused.message).toBe(PROPOSAL_STALE);
  expect(await revisionsOf(s.claim.id)).toEqual(before);
  expect(await getDb().proposal.findUniqueOrThrow({ where: { id: s.proposal.id } })).toMatchObject({ status: "OPEN" });
  const workflow = await getClaimWorkflow(reviewer, s.claim.id);
  expect(workflow.open).toMatchObject({ id: s.proposal.id, isStale: true });

  await reviewProposal(reviewer, { proposalId: s.proposal.id, decision: "REQUEST_CHANGES", note: "The claim changed: propose again." });
  const evidence = await getDb().evidence.findMany({ where: { claimId: s.claim.id }, select: { id: true } });
  const again = await propose(s.claim.id, s.kind, evidence.map((e) => e.id));
  await reviewProposal(reviewer, { proposalId: again.id, decision: "APPROVE" });
  const published = (await revisionsOf(s.claim.id)).at(-1)!;
  expect(published.proposalId).toBe(again.id);
  expect(published.snapshot).toEqual(again.snapshot);
  return published.snapshot as RevisionSnapshot;
}

/** Approval goes through and publishes the proposal's frozen snapshot, byte for byte. */
async function expectFrozenPublished(s: Scenario) {
  const result = await approve(s);
  const published = (await revisionsOf(s.claim.id)).at(-1)!;
  expect(published.number).toBe(result.revision);
  expect(published.proposalId).toBe(s.proposal.id);
  expect(published.snapshot).toEqual(s.proposed);
  return published.snapshot as RevisionSnapshot;
}

describe.each(["VERDICT", "CORRECTION", "WITHDRAWAL"] as const)("a %s proposal", (kind) => {
  it("freezes the claim, its quotes with their sources' details, and its evidence when it is made", async () => {
    const s = await openProposal(kind);
    expect(s.proposed).toMatchObject({
      text: s.claim.text,
      kind: "ARMS_TRANSFER",
      appearances: [{ exact: Q_CLAIM, source: { title: "Tin gốc về đạn pháo", outlet: "Báo Thật", url: "https://news.example.org/dan-phao" } }],
      evidence: [{ stance: "SUPPORTS", quote: Q_EVIDENCE, source: { url: "https://news.example.org/dan-phao" } }],
    });
    expect(s.proposal.workingCopyHash).toMatch(/^[0-9a-f]{64}$/);
    await expectFrozenPublished(s);
  });

  it("refuses approval after the claim's wording, claimant and kind were rewritten", async () => {
    const s = await openProposal(kind);
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: s.claim.id } });
    const rewrite = { id: claim.id, version: claim.version, text: "Nga chưa từng nhận đạn pháo nào", claimantName: "Một người khác", claimantKind: "PERSON", kind: "DENIAL" };
    // Refused outright under any kind of proposal; a write that gets past that is still caught.
    await underReview(updateClaim(editor, rewrite));
    await pastTheFreeze(s, () => updateClaim(editor, rewrite));
    // Now a denial: it names the claim it denies, published, before it is proposed again.
    const denied = await publishClaim(editor, reviewer, { text: `Triều Tiên chuyển đạn pháo cho Nga (${kind}, bị phủ nhận)`, kind: "ARMS_TRANSFER" });
    await pastTheFreeze(s, () => linkClaims(editor, { fromClaimId: claim.id, toClaimId: denied.id, type: "DENIES" }));
    const published = await expectRefusedThenReproposed(s);
    expect(published.text).toBe(rewrite.text);
  });

  it("refuses approval after a quote (appearance) was added", async () => {
    const s = await openProposal(kind);
    await underReview(addAppearance(editor, { claimId: s.claim.id, ...s.source.anchor(Q_EXTRA) }));
    await pastTheFreeze(s, () => addAppearance(editor, { claimId: s.claim.id, ...s.source.anchor(Q_EXTRA) }));
    const published = await expectRefusedThenReproposed(s);
    expect(published.appearances.map((a) => a.exact)).toEqual([Q_CLAIM, Q_EXTRA]);
  });

  it("refuses approval after a quote (appearance) was removed", async () => {
    const s = await openProposal(kind);
    // No data function removes an appearance yet: the database refuses it under review, and the approval guard reads
    // the rows, so a removal that gets past both is caught.
    await pastDatabase(getDb().appearance.deleteMany({ where: { claimId: s.claim.id } }));
    await pastTheFreeze(s, () => getDb().appearance.deleteMany({ where: { claimId: s.claim.id } }));
    const published = await expectRefusedThenReproposed(s);
    expect(published.appearances).toEqual([]);
  });

  it("refuses approval after evidence was added", async () => {
    const s = await openProposal(kind);
    const added = { kind: "external", claimId: s.claim.id, stance: "REFUTES", url: "https://phishing.example.net/login", title: "Added later" };
    await underReview(addEvidence(editor, added));
    await pastTheFreeze(s, () => addEvidence(editor, added));
    const published = await expectRefusedThenReproposed(s);
    expect(published.evidence.map((e) => e.reference?.title ?? e.quote)).toContain("Added later");
  });

  it("refuses approval after evidence was removed", async () => {
    const s = await openProposal(kind);
    await pastDatabase(getDb().evidence.delete({ where: { id: s.evidenceId } }));
    await pastTheFreeze(s, () => getDb().evidence.delete({ where: { id: s.evidenceId } }));
    const published = await expectRefusedThenReproposed(s);
    expect(published.evidence.map((e) => e.reference?.title ?? e.quote)).toEqual(["Background report"]);
  });

  it("refuses approval after a link to another claim was added, or a duplicate merged into the claim", async () => {
    const s = await openProposal(kind);
    const other = await createClaim(editor, { text: `Một tuyên bố khác (${kind})`, kind: "OTHER" });
    await underReview(linkClaims(editor, { fromClaimId: s.claim.id, toClaimId: other.id, type: "CONTRADICTS" }));
    await underReview(linkClaims(editor, { fromClaimId: other.id, toClaimId: s.claim.id, type: "CONTRADICTS" }));
    await pastTheFreeze(s, () => linkClaims(editor, { fromClaimId: s.claim.id, toClaimId: other.id, type: "CONTRADICTS" }));
    expect((await rejection(approve(s))).message).toBe(PROPOSAL_STALE);

    const t = await openProposal(kind);
    const duplicate = await createClaim(editor, { text: `Bản trùng (${kind})`, kind: "OTHER", appearance: t.source.anchor(Q_EXTRA) });
    await underReview(linkClaims(editor, { fromClaimId: duplicate.id, toClaimId: t.claim.id, type: "DUPLICATE_OF" }));
    await pastTheFreeze(t, () => linkClaims(editor, { fromClaimId: duplicate.id, toClaimId: t.claim.id, type: "DUPLICATE_OF" }));
    const published = await expectRefusedThenReproposed(t);
    expect(published.appearances.map((a) => a.exact)).toContain(Q_EXTRA);
  });

  it("refuses approval after the claimant was renamed or merged into another", async () => {
    const s = await openProposal(kind);
    const { claimantId } = await getDb().claim.findUniqueOrThrow({ where: { id: s.claim.id }, select: { claimantId: true } });
    // No data function renames a claimant yet; the guard reads the claimant, so a rename by any path is caught.
    await getDb().claimant.update({ where: { id: claimantId! }, data: { name: "Tên đã đổi" } });
    expect((await rejection(approve(s))).message).toBe(PROPOSAL_STALE);

    const t = await openProposal(kind);
    const from = await getDb().claim.findUniqueOrThrow({ where: { id: t.claim.id }, select: { claimantId: true } });
    const into = await createClaimant(editor, { name: `Người gộp ${randomUUID().slice(0, 8)}`, kind: "PERSON", aliases: [] });
    expect((await rejection(mergeClaimants(editor, { fromId: from.claimantId!, intoId: into.id }))).message).toBe(underReviewNaming([t.claim.text]));
    await pastTheFreeze(t, () => mergeClaimants(editor, { fromId: from.claimantId!, intoId: into.id }));
    const published = await expectRefusedThenReproposed(t);
    expect(published.claimant?.name).toBe(into.name);
  });

  it("publishes the source details as proposed after the source's title, outlet and URL were changed", async () => {
    const s = await openProposal(kind);
    await updateSourceMetadata(editor, { id: s.source.id, version: s.source.version, title: "Tiêu đề bị đổi", outlet: "Báo Giả", url: "https://phishing.example.net/login" });
    const published = await expectFrozenPublished(s);
    for (const ref of [...published.appearances.map((a) => a.source), ...published.evidence.map((e) => e.source!)]) {
      expect(ref).toMatchObject({ title: "Tin gốc về đạn pháo", outlet: "Báo Thật", url: "https://news.example.org/dan-phao" });
    }
    expect(JSON.stringify(published)).not.toContain("phishing");
  });

  it("publishes the quotes as proposed after the source's text was edited", async () => {
    const s = await openProposal(kind);
    const edited = BODY.replace(Q_CLAIM, Q_CLAIM.replace("hàng nghìn", "hàng chục nghìn")).replace(Q_EVIDENCE, "ảnh vệ tinh không cho thấy gì cả");
    // Refused, naming the claim whose quotes it would change; past that, the frozen quotes are still what is published.
    expect((await rejection(editSourceBody(editor, { id: s.source.id, bodyVersion: 1, body: edited }))).message).toBe(underReviewNaming([s.claim.text]));
    await pastTheFreeze(s, () => editSourceBody(editor, { id: s.source.id, bodyVersion: 1, body: edited }));
    const published = await expectFrozenPublished(s);
    expect(published.appearances.map((a) => a.exact)).toEqual([Q_CLAIM]);
    expect(published.evidence.map((e) => e.quote)).toEqual([Q_EVIDENCE]);
  });
});

describe("the database", () => {
  /** Everything an approval writes, by hand, with the revision's snapshot (and verdict) as given. */
  async function approveByHand(s: Scenario, revision: { snapshot: RevisionSnapshot; verdict?: string | null }) {
    return getDb().$transaction(async (tx) => {
      await tx.review.create({ data: { proposalId: s.proposal.id, reviewerId: reviewer.id, decision: "APPROVE" } });
      await tx.proposal.update({ where: { id: s.proposal.id }, data: { status: "APPROVED", openClaimId: null, decidedAt: new Date() } });
      const number = (await tx.claim.findUniqueOrThrow({ where: { id: s.claim.id } })).revision + 1;
      await tx.$executeRaw`
        INSERT INTO "ClaimRevision" (id, "claimId", number, "proposalId", kind, verdict, snapshot, "proposedById", "approvedById")
        VALUES (gen_random_uuid(), ${s.claim.id}::uuid, ${number}, ${s.proposal.id}::uuid, ${s.kind}::"ProposalKind",
                ${revision.verdict === undefined ? s.proposed.verdict : revision.verdict}::"Verdict", ${JSON.stringify(revision.snapshot)}::jsonb, ${editor.id}::uuid, ${reviewer.id}::uuid)`;
    });
  }

  it("refuses a revision whose snapshot differs from its proposal's frozen snapshot", async () => {
    const s = await openProposal("CORRECTION");
    await expect(approveByHand(s, { snapshot: { ...s.proposed, text: "Lời lẽ chưa ai duyệt" } })).rejects.toThrow(/exactly the snapshot its proposal froze/);
    const source = { ...s.proposed.appearances[0]!.source, url: "https://phishing.example.net/login" };
    await expect(approveByHand(s, { snapshot: { ...s.proposed, appearances: [{ ...s.proposed.appearances[0]!, source }] } })).rejects.toThrow(/exactly the snapshot its proposal froze/);
    await expect(approveByHand(s, { snapshot: s.proposed, verdict: "FALSE" })).rejects.toThrow(/exactly the snapshot its proposal froze/);
    // The same hand-written approval with the frozen snapshot is accepted: the trigger compares, it does not just refuse.
    await approveByHand(s, { snapshot: s.proposed });
    expect((await revisionsOf(s.claim.id)).at(-1)!.snapshot).toEqual(s.proposed);
  });

  it("refuses changing a proposal's content once made", async () => {
    const s = await openProposal("VERDICT");
    await expect(getDb().$executeRaw`UPDATE "Proposal" SET snapshot = jsonb_set(snapshot, '{text}', '"khác"') WHERE id = ${s.proposal.id}::uuid`).rejects.toThrow(/content is frozen/);
    await expect(getDb().$executeRaw`UPDATE "Proposal" SET "workingCopyHash" = 'x' WHERE id = ${s.proposal.id}::uuid`).rejects.toThrow(/content is frozen/);
    await expect(getDb().$executeRaw`UPDATE "Proposal" SET summary = 'Another summary entirely' WHERE id = ${s.proposal.id}::uuid`).rejects.toThrow(/content is frozen/);
  });

  it("never publishes a proposal made without a snapshot (one opened before proposals were frozen)", async () => {
    const s = await openProposal("VERDICT");
    await reviewProposal(reviewer, { proposalId: s.proposal.id, decision: "REJECT", note: "Start again." });
    await getDb().$executeRaw`UPDATE "Claim" SET state = 'PROPOSED' WHERE id = ${s.claim.id}::uuid`;
    const [legacy] = await getDb().$queryRaw<{ id: string }[]>`
      INSERT INTO "Proposal" (id, "claimId", "openClaimId", kind, verdict, summary, rationale, "evidenceIds", "claimVersion", "proposedById")
      VALUES (gen_random_uuid(), ${s.claim.id}::uuid, ${s.claim.id}::uuid, 'VERDICT', 'UNVERIFIABLE', 'No snapshot here.', 'None at all, on purpose.', '{}', 1, ${editor.id}::uuid)
      RETURNING id::text`;
    const legacyScenario = { ...s, proposal: { ...s.proposal, id: legacy!.id } };
    expect((await rejection(approve(legacyScenario))).message).toBe(PROPOSAL_STALE);
    await expect(approveByHand(legacyScenario, { snapshot: s.proposed, verdict: "UNVERIFIABLE" })).rejects.toThrow(/exactly the snapshot its proposal froze/);
    expect(await revisionsOf(s.claim.id)).toEqual([]);
  });
});

describe("linked claims", () => {
  it("are proposed and published with their published wording, never their working copy, and never when unpublished", async () => {
    const linked = await openProposal("VERDICT");
    await approve(linked);
    const publishedWording = linked.proposed.text;
    const s = await openProposal("VERDICT");
    await reviewProposal(reviewer, { proposalId: s.proposal.id, decision: "REQUEST_CHANGES", note: "Link the related claim." });
    await linkClaims(editor, { fromClaimId: s.claim.id, toClaimId: linked.claim.id, type: "CORROBORATES" });
    const draft = await createClaim(editor, { text: "Một bản nháp chưa công bố", kind: "OTHER" });
    await linkClaims(editor, { fromClaimId: s.claim.id, toClaimId: draft.id, type: "CONTRADICTS" });
    // The linked claim's working copy moves on without review.
    const current = await getDb().claim.findUniqueOrThrow({ where: { id: linked.claim.id } });
    await updateClaim(editor, { id: current.id, version: current.version, text: "Lời lẽ chưa được duyệt của tuyên bố liên quan", kind: "ARMS_TRANSFER" });

    const proposal = await propose(s.claim.id, "VERDICT", [s.evidenceId]);
    expect((proposal.snapshot as RevisionSnapshot).links).toEqual([{ type: "CORROBORATES", direction: "from", claim: { slug: linked.claim.slug, text: publishedWording, revision: 1 } }]);
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });

    const page = await getPublishedClaim(s.claim.slug);
    const links = page && "claim" in page ? page.claim.latest.snapshot.links : null;
    expect(links).toEqual([{ type: "CORROBORATES", direction: "from", claim: { slug: linked.claim.slug, text: publishedWording, revision: 1 } }]);
    expect(JSON.stringify(page)).not.toContain("chưa được duyệt");
    expect(JSON.stringify(page)).not.toContain(draft.slug);
  });

  it("show on a public page with the linked claim's latest published wording, even when an older revision stored another", async () => {
    const linked = await openProposal("VERDICT");
    await approve(linked);
    const s = await openProposal("VERDICT");
    await reviewProposal(reviewer, { proposalId: s.proposal.id, decision: "REQUEST_CHANGES", note: "Link the related claim." });
    await linkClaims(editor, { fromClaimId: linked.claim.id, toClaimId: s.claim.id, type: "REPEATS" });
    await approve({ ...s, proposal: await propose(s.claim.id, "VERDICT", [s.evidenceId]) });
    // The linked claim is corrected with new wording, reviewed and published: the page follows its published revision.
    const current = await getDb().claim.findUniqueOrThrow({ where: { id: linked.claim.id } });
    await updateClaim(editor, { id: current.id, version: current.version, text: "Lời lẽ mới đã được duyệt", kind: "ARMS_TRANSFER" });
    const correction = await propose(linked.claim.id, "CORRECTION", [linked.evidenceId]);
    await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
    const page = await getPublishedClaim(s.claim.slug);
    expect(page && "claim" in page ? page.claim.latest.snapshot.links : null).toEqual([{ type: "REPEATS", direction: "to", claim: { slug: linked.claim.slug, text: "Lời lẽ mới đã được duyệt", revision: 2 } }]);
  });
});
