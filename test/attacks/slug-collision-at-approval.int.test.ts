// The first approval gives a claim a new address made of the approved wording (slug-from-draft-wording), with a
// random six-digit tail. When that address is already another claim's (current or old), the unique index refused the
// rename, the transaction failed, and the reviewer was told the proposal was "already decided" while it was still
// open. The approval now draws another tail, checked before it is written, in the same transaction. Another
// transaction can still take the address between that check and the write (it had not committed when the check
// looked): the write waits for it, then breaks the unique index; the approval takes that back to a savepoint and draws
// again, where before the reviewer was told "already decided".
import { describe, expect, it, vi } from "vitest";
import * as crypto from "node:crypto";
import { lockHolder, untilSomeoneWaits } from "@/test/lock-wait";

// Tails handed out, in order, to the next three-byte draws (a slug's tail); every other draw stays random.
const forcedTails: string[] = [];
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  const randomBytes = ((size: number, ...rest: unknown[]) => {
    const tail = size === 3 ? forcedTails.shift() : undefined;
    if (tail !== undefined) return Buffer.from(tail, "hex");
    return (actual.randomBytes as (size: number, ...args: unknown[]) => Buffer)(size, ...rest);
  }) as typeof crypto.randomBytes;
  return { ...actual, default: { ...actual, randomBytes }, randomBytes };
});

const { getDb } = await import("@/lib/db/client");
const { makeUser } = await import("@/test/factories");
const { createClaim } = await import("@/lib/claims/create-claim");
const { updateClaim } = await import("@/lib/claims/update-claim");
const { addEvidence } = await import("@/lib/claims/add-evidence");
const { proposeVerdict, startResearch } = await import("@/lib/workflow/propose");
const { reviewProposal } = await import("@/lib/workflow/review");
const { getPublishedClaim } = await import("@/lib/public/published-claims");
const { slugBase } = await import("@/lib/claims/slug");

describe("a first approval whose new address is taken", () => {
  const holder = lockHolder();

  it("publishes under a free address instead of failing the reviewer's approval", async () => {
    const editor = await makeUser();
    const reviewer = await makeUser({ role: "REVIEWER" });
    const token = crypto.randomUUID().slice(0, 8);
    const draft = await createClaim(editor, { text: `Bản nháp đầu tiên ${token} về đạn pháo`, kind: "ARMS_TRANSFER" });
    await startResearch(editor, { claimId: draft.id });
    const wording = `Nga nhận đạn pháo ${token} từ Triều Tiên trong năm 2023`;
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    await updateClaim(editor, { id: draft.id, version: String(version), text: wording, kind: "ARMS_TRANSFER" });

    // Another claim already holds the address the approval draws first, and a merged claim's old address the second.
    forcedTails.push("aaaaaa");
    const other = await createClaim(editor, { text: wording, kind: "ARMS_TRANSFER" });
    expect(other.slug).toBe(`${slugBase(wording)}-aaaaaa`);
    await getDb().claimSlug.create({ data: { slug: `${slugBase(wording)}-bbbbbb`, claimId: other.id } });

    const evidence = await addEvidence(editor, { kind: "external", claimId: draft.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
    const proposal = await proposeVerdict(editor, { claimId: draft.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
    forcedTails.push("aaaaaa", "bbbbbb", "cccccc");
    const result = await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    expect(forcedTails).toEqual([]);

    expect(result).toMatchObject({ decision: "APPROVE", revision: 1, slug: `${slugBase(wording)}-cccccc` });
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: draft.id }, select: { slug: true, state: true } });
    expect(claim).toEqual({ slug: `${slugBase(wording)}-cccccc`, state: "PUBLISHED" });
    expect(await getDb().proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true } })).toEqual({ status: "APPROVED" });
    const page = await getPublishedClaim(claim.slug);
    expect(page && "claim" in page && page.claim.id).toBe(draft.id);
    // The other claims keep their addresses.
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: other.id }, select: { slug: true } })).slug).toBe(other.slug);
    expect(await getDb().claimSlug.findUnique({ where: { slug: `${slugBase(wording)}-bbbbbb` } })).toMatchObject({ claimId: other.id });
  });

  it("draws again when another transaction takes the address between the check and the write", async () => {
    const editor = await makeUser();
    const reviewer = await makeUser({ role: "REVIEWER" });
    const token = crypto.randomUUID().slice(0, 8);
    const draft = await createClaim(editor, { text: `Bản nháp ${token} trước khi sửa`, kind: "ARMS_TRANSFER" });
    await startResearch(editor, { claimId: draft.id });
    const wording = `Tàu chở dầu ${token} cập cảng Nampo tháng Ba`;
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    await updateClaim(editor, { id: draft.id, version: String(version), text: wording, kind: "ARMS_TRANSFER" });
    const evidence = await addEvidence(editor, { kind: "external", claimId: draft.id, stance: "SUPPORTS", url: "https://example.org/tanker", title: "Port record" });
    const proposal = await proposeVerdict(editor, { claimId: draft.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the port record.", rationale: "The record lists it.", evidenceIds: [evidence.id] });
    const other = await createClaim(editor, { text: `Một nhận định khác ${token}`, kind: "ARMS_TRANSFER" });

    // Another transaction renames the other claim to the address the approval draws first, and has not committed:
    // the approval's check cannot see it, and its write waits on the index entry.
    const raced = `${slugBase(wording)}-dddddd`;
    await holder.query("BEGIN");
    await holder.query(`UPDATE "Claim" SET slug = $1 WHERE id = $2`, [raced, other.id]);
    forcedTails.push("dddddd", "eeeeee");
    const review = reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    const settled = review.then(() => undefined, () => undefined);
    try {
      await untilSomeoneWaits(holder);
    } finally {
      await holder.query("COMMIT");
    }
    await settled;
    const result = await review;
    expect(forcedTails).toEqual([]);

    expect(result).toMatchObject({ decision: "APPROVE", revision: 1, slug: `${slugBase(wording)}-eeeeee` });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: draft.id }, select: { slug: true, state: true } })).toEqual({ slug: `${slugBase(wording)}-eeeeee`, state: "PUBLISHED" });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: other.id }, select: { slug: true } })).toEqual({ slug: raced });
    expect(await getDb().proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true } })).toEqual({ status: "APPROVED" });
    expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(1);
    expect(await getDb().claimRevision.count({ where: { claimId: draft.id } })).toBe(1);
  });
});
