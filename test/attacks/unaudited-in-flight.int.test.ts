// Reads an admin's role allows, and writes that record no audit event, by an account demoted or deactivated while
// the request is on its way. An audited write re-reads its account in its own transaction (lib/auth/confirm-actor.ts);
// these run in asConfirmedAccount, which does the same: a change that committed first refuses them, one that comes
// later waits until they are done. Each test hands a data function the actor its request's session check produced,
// then changes the account as an admin would.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { changeRole, setAccountActive } from "@/lib/accounts/update-account";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { exportAuditEvents, listAuditEvents } from "@/lib/audit/list-audit-events";
import { listOutletProfiles } from "@/lib/sources/outlet-profile-store";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { markNotificationsRead } from "@/lib/workflow/queues";
import { draftWritesSettled, openStreamedDraft, readDraftPage, renewDraftLease } from "@/lib/sources/import-drafts";
import { streamImportPreview } from "@/lib/sources/preview-stream";
import { ParsePool } from "@/lib/sources/parse-in-worker";
import { parseImport } from "@/lib/sources/parse-import";
import { storeParsedFiles } from "@/lib/sources/store-sources";
import { matchImportedSources } from "@/lib/matching/retrieve";
import { makeUser, rejection, withRemovalAsked } from "@/test/factories";
import { untilSomeoneWaits } from "@/test/lock-wait";

let admin: Actor;
let editor: Actor;
let blocker: pg.Client;
const pool = new ParsePool({ timeoutMs: 60_000, maxHeapMb: 512, workers: 1 });

beforeAll(async () => {
  blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
});
afterAll(async () => {
  await blocker.end();
  await pool.close();
});
beforeEach(async () => {
  await draftWritesSettled();
  admin = await makeUser({ role: "ADMIN" });
  editor = await makeUser({ role: "EDITOR" });
});

const READS = {
  exportAuditEvents: (actor: Actor) => exportAuditEvents(actor, {}),
  listAuditEvents: (actor: Actor) => listAuditEvents(actor, {}),
  listAccounts: (actor: Actor) => listAccounts(actor),
  listOutletProfiles: (actor: Actor) => listOutletProfiles(actor),
};

describe("an admin's read by an account demoted or deactivated meanwhile", () => {
  it.each(Object.entries(READS))("%s delivers no row once the demotion has committed", async (_name, read) => {
    const other = await makeUser({ role: "ADMIN" });
    await read(other); // allowed while an admin
    await withRemovalAsked(other.id, "EDITOR", () => changeRole(admin, { userId: other.id, role: "EDITOR" }));
    expect(await rejection(read(other))).toMatchObject({ code: "FORBIDDEN" });
  });

  it.each(Object.entries(READS))("%s delivers no row once the deactivation has committed", async (_name, read) => {
    const other = await makeUser({ role: "ADMIN" });
    await withRemovalAsked(other.id, null, () => setAccountActive(admin, { userId: other.id, isActive: false }));
    expect(await rejection(read(other))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("the audit export takes turns with a demotion being written: it waits for it, then is refused", async () => {
    const other = await makeUser({ role: "ADMIN" });
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET role = 'EDITOR', "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [other.id]);
    const exported = rejection(exportAuditEvents(other, {}));
    await untilSomeoneWaits(blocker);
    await blocker.query("COMMIT");
    expect(await exported).toMatchObject({ code: "FORBIDDEN" });
  });

  it("a demotion written while the export reads waits until every row has been read", async () => {
    const other = await makeUser({ role: "ADMIN" });
    // The export holds the account's row (FOR SHARE) while it reads: the demotion cannot commit in between.
    const [read] = await withRemovalAsked(other.id, "EDITOR", () => Promise.all([exportAuditEvents(other, {}), changeRole(admin, { userId: other.id, role: "EDITOR" })]));
    expect(read.events.length).toBeGreaterThan(0);
    expect(await rejection(exportAuditEvents(other, {}))).toMatchObject({ code: "FORBIDDEN" });
  });
});

async function notificationFor(userId: string) {
  const claim = await createClaim(editor, { text: `Tuyên bố có thông báo ${Math.random()}`, kind: "OTHER" });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/a", title: "A" });
  const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "FALSE", summary: "False by the record.", rationale: "The record refutes it.", evidenceIds: [evidence.id] });
  return getDb().notification.create({ data: { userId, kind: "APPROVED", claimId: claim.id, proposalId: proposal.id }, select: { id: true } });
}

const ARTICLE = (title: string) =>
  `${title}\n\nVOA, 14/09/2023\n\nBình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí trong cuộc gặp tại Viễn Đông của Nga (${title}). ${"Các quan chức Mỹ cho biết họ sẽ theo dõi sát sao. ".repeat(3)}`;

async function importedBy(importer: Actor) {
  const title = `Bài đối chiếu ${Math.random().toString(36).slice(2)}`;
  const [outcome] = await storeParsedFiles([{ fileName: `${title}.txt`, text: ARTICLE(title), sources: parseImport(ARTICLE(title), `${title}.txt`) }], { importedById: importer.id });
  return outcome!.id;
}

describe("a write that records no audit event, by an account deactivated meanwhile", () => {
  it("marks no notification read", async () => {
    const { id } = await notificationFor(editor.id);
    await setAccountActive(admin, { userId: editor.id, isActive: false });
    expect(await rejection(markNotificationsRead(editor, { ids: [id] }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await getDb().notification.findUniqueOrThrow({ where: { id } })).readAt).toBeNull();
  });

  it("keeps no import draft's lease alive and reads no page of it", async () => {
    const draftId = await openStreamedDraft(editor);
    await getDb().$executeRaw`UPDATE "ImportDraft" SET "leaseUntil" = now() + interval '5 seconds' WHERE id = ${draftId}::uuid`;
    await setAccountActive(admin, { userId: editor.id, isActive: false });
    expect(await rejection(renewDraftLease(editor, draftId))).toMatchObject({ code: "UNAUTHENTICATED" });
    const [{ left }] = await getDb().$queryRaw<[{ left: number }]>`SELECT extract(epoch FROM "leaseUntil" - now())::float AS left FROM "ImportDraft" WHERE id = ${draftId}::uuid`;
    expect(left).toBeLessThan(6);
    expect(await rejection(readDraftPage(editor, { draftId, items: [{ fileIndex: 0, index: 0 }] }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("renews no other account's draft", async () => {
    const other = await makeUser();
    const draftId = await openStreamedDraft(other);
    expect(await renewDraftLease(editor, draftId)).toBe(false);
  });

  it("a streamed preview stops at its next batch once its account is deactivated, and its draft is gone", async () => {
    const text = Array.from({ length: 6 }, (_, i) => ARTICLE(`Bài xem trước số ${i} ${Math.random()}`)).join("\n\n* * *\n\n");
    let deactivated = false;
    const preview = streamImportPreview(editor, [{ fileName: "a.txt", text, pasted: true }], {
      pool,
      emit: async (event) => {
        if (event.type === "file" && !deactivated) {
          deactivated = true;
          await setAccountActive(admin, { userId: editor.id, isActive: false });
        }
      },
    });
    expect(await rejection(preview)).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(deactivated).toBe(true);
    await draftWritesSettled();
    expect(await getDb().importDraft.count({ where: { ownerId: editor.id } })).toBe(0);
  });

  it("matching after an import stores no suggestion in the name of an importer deactivated since", async () => {
    await createClaim(editor, { text: `Bình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí tại Viễn Đông ${Math.random()}`, kind: "DENIAL" });
    const kept = await importedBy(editor);
    expect(await matchImportedSources([kept]), "an active importer's source is matched").toBeGreaterThan(0);
    const other = await makeUser();
    const gone = await importedBy(other);
    await setAccountActive(admin, { userId: other.id, isActive: false });
    expect(await matchImportedSources([gone])).toBe(0);
    expect(await getDb().matchSuggestion.count({ where: { sourceId: gone } })).toBe(0);
    expect((await getDb().source.findUniqueOrThrow({ where: { id: gone }, select: { matchPending: true } })).matchPending).toBe(false);
  });
});
