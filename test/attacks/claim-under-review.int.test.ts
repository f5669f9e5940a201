// A claim under review is frozen. An editor could add evidence, a quote or a link to a claim whose verdict awaited
// review (only its wording was refused): the proposal then could never be approved, and the reviewer was stuck.
// Every change to what a reviewer decides on is now refused while a proposal is open, in either order of a race
// on a real database, and the proposer (or an admin) can withdraw the proposal to edit again. The database holds the
// same rule for a writer past the desk (prisma/migrations/…_claim_frozen_under_review), letting through what the desk
// lets through: a quote moved, and the transactions that decide or withdraw the proposal.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { auditCount, makeUser, rejection } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { addAppearance } from "@/lib/claims/add-appearance";
import { linkClaims } from "@/lib/claims/link-claims";
import { createClaimant, mergeClaimants } from "@/lib/claims/claimants";
import { provenanceOf } from "@/lib/claims/attribute-selection";
import { CLAIM_UNDER_REVIEW, underReviewNaming } from "@/lib/claims/under-review";
import { editSourceBody } from "@/lib/sources/edit-source-body";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { withdrawProposal, WITHDRAW_NOT_YOURS } from "@/lib/workflow/withdraw";
import { localizeMessage } from "@/lib/i18n/messages";

const Q_CLAIM = "Bình Nhưỡng đã chuyển hàng nghìn container đạn pháo sang Nga";
const Q_EVIDENCE = "ảnh vệ tinh cho thấy đoàn tàu rời cảng Rajin";
const Q_EXTRA = "Moskva phủ nhận mọi thương vụ vũ khí";
const BODY = [`Theo nguồn tin, ${Q_CLAIM} trong mùa thu năm 2023.`, `Các nhà phân tích nói ${Q_EVIDENCE} vào tháng Chín.`, `Trong khi đó, ${Q_EXTRA} với Triều Tiên.`].join("\n\n");

let editor: Actor;
let colleague: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  [editor, colleague, reviewer, admin] = [await makeUser(), await makeUser(), await makeUser({ role: "REVIEWER" }), await makeUser({ role: "ADMIN" })];
});

/** A claim in research quoting its own source, with evidence, a claimant of its own, and filled attributes read from its quote. */
async function claimInResearch() {
  const source = await getDb().source.create({
    data: { title: "Tin gốc", language: "vi", body: BODY, blocks: [], raw: BODY, contentHash: randomUUID(), fingerprint: randomUUID() },
  });
  const anchor = (quote: string) => ({ sourceId: source.id, start: BODY.indexOf(quote), end: BODY.indexOf(quote) + quote.length, exact: quote });
  const claimant = `Người phát ngôn ${randomUUID().slice(0, 8)}`;
  const claim = await createClaim(editor, { text: `Triều Tiên chuyển đạn pháo cho Nga ${randomUUID().slice(0, 8)}`, kind: "ARMS_TRANSFER", claimantName: claimant, claimantKind: "PERSON", appearance: anchor(Q_CLAIM) });
  const a = await getDb().appearance.findFirstOrThrow({ where: { claimId: claim.id } });
  const quote = { id: a.id, sourceId: a.sourceId, exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start };
  const at = (words: string) => provenanceOf(quote, Q_CLAIM.indexOf(words), Q_CLAIM.indexOf(words) + words.length);
  const saved = await updateClaim(editor, { id: claim.id, version: "1", text: claim.text, kind: "ARMS_TRANSFER", claimantName: claimant, claimantKind: "PERSON", attributes: { supplier: "Bình Nhưỡng", recipient: "Nga", materiel: "ARTILLERY_SHELLS", provenance: JSON.stringify({ supplier: at("Bình Nhưỡng"), recipient: at("Nga") }) } });
  expect(saved.attributes).toMatchObject({ provenance: { supplier: { exact: "Bình Nhưỡng" } } });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "source", claimId: claim.id, stance: "SUPPORTS", anchor: anchor(Q_EVIDENCE) });
  const { claimantId, version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { claimantId: true, version: true } });
  expect(claimantId).not.toBeNull();
  return { claim, source, anchor, evidenceId: evidence.id, claimantId: claimantId!, claimantName: claimant, version };
}
type Setup = Awaited<ReturnType<typeof claimInResearch>>;

const propose = (s: Setup, by: Actor = editor) =>
  proposeVerdict(by, { claimId: s.claim.id, kind: "VERDICT", verdict: "MOSTLY_CONFIRMED", summary: "Ảnh vệ tinh xác nhận phần lớn.", rationale: "Ảnh vệ tinh và hai nguồn độc lập.", evidenceIds: [s.evidenceId] });

/** Every change to a claim's reviewed content, each made the way the desk makes it. */
const CHANGES: Record<string, (s: Setup) => Promise<unknown>> = {
  wording: (s) => updateClaim(colleague, { id: s.claim.id, version: String(s.version), text: `${s.claim.text}, theo Reuters`, kind: "ARMS_TRANSFER", claimantName: s.claimantName, claimantKind: "PERSON" }),
  claimant: (s) => updateClaim(colleague, { id: s.claim.id, version: String(s.version), text: s.claim.text, kind: "ARMS_TRANSFER", claimantName: "Một người khác", claimantKind: "PERSON" }),
  "evidence added": (s) => addEvidence(colleague, { kind: "external", claimId: s.claim.id, stance: "REFUTES", url: "https://example.org/later", title: "Thêm sau" }),
  "quote added": (s) => addAppearance(colleague, { claimId: s.claim.id, ...s.anchor(Q_EXTRA) }),
  "link from it": async (s) => linkClaims(colleague, { fromClaimId: s.claim.id, toClaimId: (await createClaim(colleague, { text: `Tuyên bố khác ${randomUUID()}`, kind: "OTHER" })).id, type: "CONTRADICTS" }),
  "link to it": async (s) => linkClaims(colleague, { fromClaimId: (await createClaim(colleague, { text: `Tuyên bố khác ${randomUUID()}`, kind: "OTHER" })).id, toClaimId: s.claim.id, type: "REPEATS" }),
  "merge into it": async (s) => linkClaims(colleague, { fromClaimId: (await createClaim(colleague, { text: `Bản trùng ${randomUUID()}`, kind: "OTHER", appearance: s.anchor(Q_EXTRA) })).id, toClaimId: s.claim.id, type: "DUPLICATE_OF" }),
  "claimant merged away": async (s) => mergeClaimants(colleague, { fromId: s.claimantId, intoId: (await createClaimant(colleague, { name: `Người gộp ${randomUUID().slice(0, 8)}`, kind: "PERSON", aliases: [] })).id }),
  "source text changing its quote": (s) => editSourceBody(colleague, { id: s.source.id, bodyVersion: 1, body: BODY.replace("hàng nghìn", "hàng chục nghìn") }),
};

const refusedUnderReview = (error: unknown) => expect((error as Error).message.startsWith(CLAIM_UNDER_REVIEW.slice(0, -1))).toBe(true);

describe("a claim under review", () => {
  it.each(Object.keys(CHANGES))("refuses a change (%s) with the under-review line, and the proposal stays approvable", async (name) => {
    const s = await claimInResearch();
    const proposal = await propose(s);
    const refused = await rejection(CHANGES[name]!(s));
    expect(refused.code).toBe("CONFLICT");
    refusedUnderReview(refused);
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("refuses it under a correction or a withdrawal awaiting review too, where the claim stays published", async () => {
    const s = await claimInResearch();
    await reviewProposal(reviewer, { proposalId: (await propose(s)).id, decision: "APPROVE" });
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: s.claim.id }, select: { version: true } });
    const correction = await proposeVerdict(editor, { claimId: s.claim.id, kind: "CORRECTION", verdict: "CONFIRMED", summary: "Xác nhận hoàn toàn.", rationale: "Hồ sơ đường sắt đã được công bố.", reason: "Hồ sơ mới.", evidenceIds: [s.evidenceId] });
    refusedUnderReview(await rejection(CHANGES.wording!({ ...s, version })));
    refusedUnderReview(await rejection(CHANGES["evidence added"]!(s)));
    await expect(reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 2 });
  });

  it("names the claims when a source edit would change their quoted words, in the editor's language", async () => {
    const s = await claimInResearch();
    await propose(s);
    const refused = await rejection(CHANGES["source text changing its quote"]!(s));
    expect(refused.message).toBe(underReviewNaming([s.claim.text]));
    expect(localizeMessage("vi", refused.message)).toBe(`Đang chờ duyệt — rút đề xuất để sửa: “${s.claim.text}”.`);
    expect(localizeMessage("vi", CLAIM_UNDER_REVIEW)).toBe("Đang chờ duyệt — rút đề xuất để sửa.");
    expect((await getDb().source.findUniqueOrThrow({ where: { id: s.source.id } })).body).toBe(BODY);
  });

  it("lets a source edit that only moves its quotes through, and the proposal stays approvable", async () => {
    const s = await claimInResearch();
    const proposal = await propose(s);
    const lead = "Cập nhật lúc 9 giờ. ";
    const result = await editSourceBody(colleague, { id: s.source.id, bodyVersion: 1, body: `${lead}${BODY}` });
    expect(result.provenance.moved).toBe(2);
    const moved = await getDb().appearance.findFirstOrThrow({ where: { claimId: s.claim.id } });
    expect(moved).toMatchObject({ exact: Q_CLAIM, start: lead.length + BODY.indexOf(Q_CLAIM) });
    await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });
});

describe("a change racing the proposal", () => {
  // Each change against a proposal made at the same moment: the change lands first (and is frozen into the
  // proposal) or is refused as under review; whichever, what was proposed can be approved.
  it.each(Object.keys(CHANGES))("%s: lands before the freeze or is refused, never after it", async (name) => {
    for (let round = 0; round < 4; round++) {
      const s = await claimInResearch();
      const [changed, proposed] = await Promise.allSettled([CHANGES[name]!(s), propose(s)]);
      if (proposed.status === "rejected") throw proposed.reason;
      if (changed.status === "rejected") refusedUnderReview(changed.reason);
      await expect(reviewProposal(reviewer, { proposalId: proposed.value.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
    }
  });
});

describe("withdrawing a proposal", () => {
  it("is for its proposer or an admin; it closes the proposal, sends the claim back to research and unlocks it", async () => {
    const s = await claimInResearch();
    const proposal = await propose(s);
    expect((await rejection(withdrawProposal(colleague, { proposalId: proposal.id }))).message).toBe(WITHDRAW_NOT_YOURS);
    expect((await rejection(withdrawProposal(reviewer, { proposalId: proposal.id }))).code).toBe("FORBIDDEN");
    await expect(withdrawProposal(null, { proposalId: proposal.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await rejection(withdrawProposal(editor, { proposalId: "not-a-uuid" }))).code).toBe("INVALID");

    await expect(withdrawProposal(editor, { proposalId: proposal.id })).resolves.toMatchObject({ state: "RESEARCHING" });
    expect(await getDb().proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "WITHDRAWN", openClaimId: null });
    expect(await auditCount({ action: "proposal.withdraw", objectId: proposal.id })).toBe(1);
    expect(await getDb().notification.count({ where: { proposalId: proposal.id, kind: "REVIEW_REQUESTED", readAt: null } })).toBe(0);
    // Decided once: neither a second withdrawal nor a review goes through.
    expect((await rejection(withdrawProposal(editor, { proposalId: proposal.id }))).code).toBe("CONFLICT");
    expect((await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }))).code).toBe("CONFLICT");

    // Editable again, and proposed again.
    await CHANGES["evidence added"]!(s);
    const again = await propose(s, colleague);
    await expect(withdrawProposal(admin, { proposalId: again.id })).resolves.toMatchObject({ state: "RESEARCHING" });
  });

  it("of a correction leaves the claim published as it was", async () => {
    const s = await claimInResearch();
    await reviewProposal(reviewer, { proposalId: (await propose(s)).id, decision: "APPROVE" });
    const withdrawal = await proposeVerdict(editor, { claimId: s.claim.id, kind: "WITHDRAWAL", summary: "Rút: ảnh vệ tinh ghi sai ngày.", rationale: "Ảnh vệ tinh bị ghi sai ngày chụp.", reason: "Sai ngày." });
    await expect(withdrawProposal(editor, { proposalId: withdrawal.id })).resolves.toMatchObject({ state: "PUBLISHED" });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: s.claim.id } })).toMatchObject({ state: "PUBLISHED", revision: 1 });
  });

  it("at the moment a reviewer decides: one of the two goes through, the other is told it was decided", async () => {
    for (let round = 0; round < 4; round++) {
      const s = await claimInResearch();
      const proposal = await propose(s);
      const [withdrawn, reviewed] = await Promise.allSettled([withdrawProposal(editor, { proposalId: proposal.id }), reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })]);
      expect([withdrawn.status, reviewed.status].sort()).toEqual(["fulfilled", "rejected"]);
      const loser = (withdrawn.status === "rejected" ? withdrawn : reviewed) as PromiseRejectedResult;
      expect(loser.reason).toMatchObject({ code: "CONFLICT" });
      const after = await getDb().proposal.findUniqueOrThrow({ where: { id: proposal.id } });
      const claim = await getDb().claim.findUniqueOrThrow({ where: { id: s.claim.id } });
      expect([after.status, claim.state]).toEqual(withdrawn.status === "fulfilled" ? ["WITHDRAWN", "RESEARCHING"] : ["APPROVED", "PUBLISHED"]);
    }
  });
});

describe("the database holds the freeze too", () => {
  // A writer past the data functions (a script, a forgotten path, SQL by hand): each change to the reviewed content of
  // a claim under review is refused when its transaction commits, and nothing of it stays.
  const refusedByDatabase = async (write: Promise<unknown>) => expect(((await write.then(() => null, (error: unknown) => error)) as Error | null)?.message).toMatch(/is under review: its reviewed content \((Claim|Appearance|Evidence|ClaimLink)\) cannot change/);

  /** A claim under review, with another claim to link to and a second quote's anchor. */
  async function underReview() {
    const s = await claimInResearch();
    const proposal = await propose(s);
    const other = await createClaim(colleague, { text: `Tuyên bố khác ${randomUUID()}`, kind: "OTHER" });
    const link = await getDb().claimLink.create({ data: { type: "CORROBORATES", fromClaimId: other.id, toClaimId: (await createClaim(colleague, { text: `Tuyên bố thứ ba ${randomUUID()}`, kind: "OTHER" })).id } });
    const quote = await getDb().appearance.findFirstOrThrow({ where: { claimId: s.claim.id } });
    return { ...s, proposal, other, link, quote };
  }
  type Frozen = Awaited<ReturnType<typeof underReview>>;
  const db = () => getDb();

  const WRITES: Record<string, (f: Frozen) => Promise<unknown>> = {
    wording: (f) => db().$executeRaw`UPDATE "Claim" SET "text" = "text" || ' (sửa)' WHERE "id" = ${f.claim.id}::uuid`,
    claimant: (f) => db().$executeRaw`UPDATE "Claim" SET "claimantId" = NULL WHERE "id" = ${f.claim.id}::uuid`,
    "attribute value": (f) => db().$executeRaw`UPDATE "Claim" SET "attributes" = jsonb_set("attributes", '{recipient}', '"Iran"') WHERE "id" = ${f.claim.id}::uuid`,
    "merged away": (f) => db().$executeRaw`UPDATE "Claim" SET "mergedIntoId" = ${f.other.id}::uuid WHERE "id" = ${f.claim.id}::uuid`,
    "evidence added": (f) => db().$executeRaw`INSERT INTO "Evidence" ("id", "claimId", "stance", "url") VALUES (gen_random_uuid(), ${f.claim.id}::uuid, 'REFUTES', 'https://example.org/sau')`,
    "evidence's note": (f) => db().$executeRaw`UPDATE "Evidence" SET "note" = 'ghi chú sau' WHERE "id" = ${f.evidenceId}::uuid`,
    "evidence removed": (f) => db().$executeRaw`DELETE FROM "Evidence" WHERE "id" = ${f.evidenceId}::uuid`,
    "evidence moved to another claim": (f) => db().$executeRaw`UPDATE "Evidence" SET "claimId" = ${f.other.id}::uuid WHERE "id" = ${f.evidenceId}::uuid`,
    "quote added": (f) => {
      const a = f.anchor(Q_EXTRA);
      return db().$executeRaw`INSERT INTO "Appearance" ("id", "claimId", "sourceId", "exact", "prefix", "suffix", "start", "end", "updatedAt") VALUES (gen_random_uuid(), ${f.claim.id}::uuid, ${a.sourceId}::uuid, ${a.exact}, '', '', ${a.start}, ${a.end}, now())`;
    },
    "quote's words": (f) => db().$executeRaw`UPDATE "Appearance" SET "exact" = 'lời khác' WHERE "id" = ${f.quote.id}::uuid`,
    "quote orphaned": (f) => db().$executeRaw`UPDATE "Appearance" SET "status" = 'ORPHANED' WHERE "id" = ${f.quote.id}::uuid`,
    "quote removed": (f) => db().$executeRaw`DELETE FROM "Appearance" WHERE "id" = ${f.quote.id}::uuid`,
    "link from it": (f) => db().$executeRaw`INSERT INTO "ClaimLink" ("id", "type", "fromClaimId", "toClaimId") VALUES (gen_random_uuid(), 'CONTRADICTS', ${f.claim.id}::uuid, ${f.other.id}::uuid)`,
    "link to it": (f) => db().$executeRaw`INSERT INTO "ClaimLink" ("id", "type", "fromClaimId", "toClaimId") VALUES (gen_random_uuid(), 'REPEATS', ${f.other.id}::uuid, ${f.claim.id}::uuid)`,
    "a link re-pointed to it": (f) => db().$executeRaw`UPDATE "ClaimLink" SET "toClaimId" = ${f.claim.id}::uuid WHERE "id" = ${f.link.id}::uuid`,
  };

  /** What a reviewer reads of the claim, as the database holds it. */
  const content = async (claimId: string) => {
    const [claim, appearances, evidence, links] = await Promise.all([
      db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { text: true, claimantId: true, attributes: true, mergedIntoId: true } }),
      db().appearance.findMany({ where: { claimId }, select: { id: true, exact: true, status: true }, orderBy: { id: "asc" } }),
      db().evidence.findMany({ where: { claimId }, select: { id: true, note: true, stance: true }, orderBy: { id: "asc" } }),
      db().claimLink.findMany({ where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] }, select: { id: true }, orderBy: { id: "asc" } }),
    ]);
    return { claim, appearances, evidence, links };
  };

  it.each(Object.keys(WRITES))("refuses a write past the desk (%s) and keeps nothing of it; the proposal stays approvable", async (name) => {
    const f = await underReview();
    const before = await content(f.claim.id);
    await refusedByDatabase(WRITES[name]!(f));
    expect(await content(f.claim.id)).toEqual(before);
    await expect(reviewProposal(reviewer, { proposalId: f.proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
  });

  it("lets through what is not reviewed content: a quote moved, the provenance of a value, the assignee, an author's account gone", async () => {
    const f = await underReview();
    await db().$executeRaw`UPDATE "Appearance" SET "start" = "start" + 5, "end" = "end" + 5, "prefix" = 'x', "suffix" = 'y', "bodyVersion" = 2 WHERE "id" = ${f.quote.id}::uuid`;
    await db().$executeRaw`UPDATE "Claim" SET "attributes" = jsonb_set("attributes", '{provenance}', '{}'), "assignedToId" = ${colleague.id}::uuid WHERE "id" = ${f.claim.id}::uuid`;
    await db().$executeRaw`UPDATE "Evidence" SET "createdById" = NULL WHERE "id" = ${f.evidenceId}::uuid`;
    expect(await db().appearance.findUniqueOrThrow({ where: { id: f.quote.id } })).toMatchObject({ start: f.quote.start + 5, prefix: "x", bodyVersion: 2 });
    // and changes to claims that are not under review
    await db().$executeRaw`UPDATE "Claim" SET "text" = "text" || ' (sửa)' WHERE "id" = ${f.other.id}::uuid`;
    await db().$executeRaw`DELETE FROM "ClaimLink" WHERE "id" = ${f.link.id}::uuid`;
  });

  it("refuses a write begun before the proposal was made and committed after it", async () => {
    const s = await claimInResearch();
    const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Evidence" SET "note" = 'viết dở' WHERE "id" = $1::uuid`, [s.evidenceId]);
      const proposal = await propose(s); // the writer holds no lock the proposal waits for
      await expect(writer.query("COMMIT")).rejects.toThrow(/is under review: its reviewed content \(Evidence\)/);
      expect(await getDb().evidence.findUniqueOrThrow({ where: { id: s.evidenceId } })).toMatchObject({ note: null });
      await expect(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" })).resolves.toMatchObject({ revision: 1 });
    } finally {
      await writer.end();
    }
  });

  it("lets a transaction that closes the proposal change the claim, and every write once it is decided", async () => {
    const f = await underReview();
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Evidence" SET "note" = 'trước khi rút' WHERE "id" = ${f.evidenceId}::uuid`;
      await tx.$executeRaw`UPDATE "Proposal" SET "status" = 'WITHDRAWN', "openClaimId" = NULL, "decidedAt" = now() WHERE "id" = ${f.proposal.id}::uuid`;
    });
    expect(await db().evidence.findUniqueOrThrow({ where: { id: f.evidenceId } })).toMatchObject({ note: "trước khi rút" });
    const g = await underReview();
    await reviewProposal(reviewer, { proposalId: g.proposal.id, decision: "APPROVE" });
    for (const name of ["wording", "evidence added", "quote removed", "link to it"]) await WRITES[name]!(g);
    expect((await content(g.claim.id)).appearances).toEqual([]);
  });
});
