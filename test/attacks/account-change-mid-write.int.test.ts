// An account deactivated or demoted while its write is half done: the write has passed its checks and waits on a lock
// (here a table another session holds, so the write stops just before its row is inserted) when the admin's change
// commits. Whatever the order, the write never lands after the change: it is refused once it goes on, or, when it
// already holds the account's row, the change waits for it. Two connections: the write's and the lock holder's.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { changeRole, setAccountActive } from "@/lib/accounts/update-account";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { importSources } from "@/lib/sources/import-sources";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { assignClaim, assignReviewer } from "@/lib/workflow/assignment";
import { makeUser } from "@/test/factories";
import { lockHolder, untilSomeoneWaits } from "@/test/lock-wait";

let admin: Actor;
let editor: Actor;
let reviewer: Actor;
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;
const blocker = lockHolder();

beforeEach(async () => {
  admin = await makeUser({ role: "ADMIN" });
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

async function researching(by: Actor) {
  const claim = await createClaim(by, { text: `Tuyên bố đang được xác minh ${unique()}`, kind: "ARMS_TRANSFER" });
  await startResearch(by, { claimId: claim.id });
  const evidence = await addEvidence(by, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: `https://example.org/${unique()}`, title: "Report" });
  return { claimId: claim.id, evidenceId: evidence.id };
}

type Settled = { ok: true } | { ok: false; code: unknown };
const settle = (promise: Promise<unknown>): Promise<Settled> =>
  promise.then(
    () => ({ ok: true as const }),
    (error: { code?: unknown }) => ({ ok: false as const, code: error?.code }),
  );

/**
 * `write` started while another session holds `table` (SHARE: reads pass, the write's insert waits), the account
 * `change` made while it waits, then the table let go. The audit trail numbers its events as they are written: a
 * write that landed must hold the account's row before the change could, so its event comes first.
 */
async function race(table: string, write: () => Promise<unknown>, change: () => Promise<unknown>, action: string, actorId: string) {
  const [last] = await getDb().$queryRaw<{ id: bigint }[]>`SELECT COALESCE(max(id), 0) AS id FROM "AuditEvent"`;
  await blocker.query("BEGIN");
  await blocker.query(`LOCK TABLE "${table}" IN SHARE MODE`);
  const written = settle(write());
  // (an import parses its text before it writes: on a loaded machine that takes seconds before it blocks)
  await untilSomeoneWaits(blocker, 30_000);
  const changed = settle(change());
  // The change commits at once, or waits for the write's hold on the account (then two sessions wait).
  await Promise.race([changed, untilSomeoneWaits(blocker, 10_000, 2).catch(() => undefined)]);
  await blocker.query("COMMIT");
  const [w, c] = await Promise.all([written, changed]);
  expect(c).toEqual({ ok: true });
  const events = await getDb().auditEvent.findMany({ where: { id: { gt: last!.id }, OR: [{ actorId, action }, { objectId: actorId, action: { in: ["account.deactivate", "account.changeRole"] } }] }, orderBy: { id: "asc" }, select: { action: true } });
  return { written: w, order: events.map((e) => e.action) };
}

describe("an account changed while its write waits half done", () => {
  it("evidence: an editor deactivated meanwhile adds nothing", async () => {
    const { claimId } = await researching(editor);
    const url = `https://example.org/late-${unique()}`;
    const result = await race("Evidence", () => addEvidence(editor, { kind: "external", claimId, stance: "REFUTES", url, title: "Late" }), () => setAccountActive(admin, { userId: editor.id, isActive: false }), "evidence.create", editor.id);
    expect(result.written).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    expect(await getDb().evidence.count({ where: { url } })).toBe(0);
    expect(result.order).toEqual(["account.deactivate"]);
  });

  it("a proposal: an editor deactivated meanwhile proposes nothing", async () => {
    const { claimId, evidenceId } = await researching(editor);
    const result = await race(
      "Proposal",
      () => proposeVerdict(editor, { claimId, kind: "VERDICT", verdict: "FALSE", summary: "False by the record.", rationale: "Two independent outlets report it.", evidenceIds: [evidenceId] }),
      () => setAccountActive(admin, { userId: editor.id, isActive: false }),
      "proposal.create",
      editor.id,
    );
    if (result.written.ok) expect(result.order).toEqual(["proposal.create", "account.deactivate"]);
    else {
      expect(result.written.code).toBe("UNAUTHENTICATED");
      expect(await getDb().proposal.count({ where: { claimId } })).toBe(0);
      expect((await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { state: true } })).state).toBe("RESEARCHING");
    }
  });

  it("an import: an editor deactivated meanwhile stores no article", async () => {
    const title = `Bài nhập khi bị khoá ${unique()}`;
    const text = `${title}\n\nVOA, 14/09/2023\n\nBình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí trong cuộc gặp tại Viễn Đông của Nga. ${"Các quan chức Mỹ cho biết họ sẽ theo dõi sát sao. ".repeat(3)}`;
    const result = await race("Source", () => importSources(editor, { fileName: `${title}.txt`, text }), () => setAccountActive(admin, { userId: editor.id, isActive: false }), "source.import", editor.id);
    if (result.written.ok) expect(result.order).toEqual(["source.import", "account.deactivate"]);
    else expect(await getDb().source.count({ where: { title } })).toBe(0);
  });

  it("an approval: a reviewer demoted meanwhile publishes nothing after the demotion", async () => {
    const { claimId, evidenceId } = await researching(editor);
    const proposal = await proposeVerdict(editor, { claimId, kind: "VERDICT", verdict: "FALSE", summary: "False by the record.", rationale: "Two independent outlets report it.", evidenceIds: [evidenceId] });
    const result = await race("ClaimRevision", () => reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }), () => changeRole(admin, { userId: reviewer.id, role: "EDITOR" }), "proposal.approve", reviewer.id);
    if (result.written.ok) expect(result.order).toEqual(["proposal.approve", "account.changeRole"]);
    else {
      expect(result.written.code).toBe("FORBIDDEN");
      expect(await getDb().claimRevision.count({ where: { proposalId: proposal.id } })).toBe(0);
    }
  });
});

describe("an assignee changed while the assignment is written", () => {
  it("a reviewer's demotion being written: the assignment waits for it, then refuses the editor", async () => {
    const { claimId, evidenceId } = await researching(editor);
    const proposal = await proposeVerdict(editor, { claimId, kind: "VERDICT", verdict: "FALSE", summary: "False by the record.", rationale: "Two independent outlets report it.", evidenceIds: [evidenceId] });
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET role = 'EDITOR', "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [reviewer.id]);
    const assigned = settle(assignReviewer(admin, { proposalId: proposal.id, userId: reviewer.id }));
    await untilSomeoneWaits(blocker);
    await blocker.query("COMMIT");
    expect(await assigned).toEqual({ ok: false, code: "INVALID" });
    expect((await getDb().proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { assignedReviewerId: true } })).assignedReviewerId).toBeNull();
  });

  it("an editor's deactivation being written: the claim is not handed to the departed account", async () => {
    const { claimId } = await researching(admin);
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET "isActive" = false, "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [editor.id]);
    const assigned = settle(assignClaim(admin, { claimId, userId: editor.id }));
    await untilSomeoneWaits(blocker);
    await blocker.query("COMMIT");
    expect(await assigned).toEqual({ ok: false, code: "INVALID" });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { assignedToId: true } })).assignedToId).toBeNull();
  });
});
