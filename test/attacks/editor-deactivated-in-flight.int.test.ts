// An editor's session is checked when the request begins; an admin may deactivate the account a moment later, while
// the request is on its way to the database. Every audited write re-reads the acting account in its own transaction
// (the audit writer does it, lib/audit/write-audit-event.ts), and so does the one unaudited store an editor makes
// (an import preview's draft). Each test hands a data function the actor its session check produced, after the
// deactivation committed, and finds nothing of it in the database.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { setAccountActive } from "@/lib/accounts/update-account";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { addAppearance } from "@/lib/claims/add-appearance";
import { addEvidence } from "@/lib/claims/add-evidence";
import { createClaimant, mergeClaimants } from "@/lib/claims/claimants";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { editSourceBody } from "@/lib/sources/edit-source-body";
import { importSources } from "@/lib/sources/import-sources";
import { openStreamedDraft } from "@/lib/sources/import-drafts";
import { learnOutletProfiles } from "@/lib/sources/outlet-profile-store";
import { parseImport } from "@/lib/sources/parse-import";
import { lineKey } from "@/lib/sources/line-roles";
import { updateSourceMetadata } from "@/lib/sources/update-source";
import { acceptMatchSuggestion, dismissMatchSuggestion, matchSource } from "@/lib/matching/suggestions";
import { assignClaim, assignReviewer } from "@/lib/workflow/assignment";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { makeUser, rejection, TEST_PASSWORD } from "@/test/factories";
import { untilSomeoneWaits } from "@/test/lock-wait";

let admin: Actor;
let owner: Actor; // sets the scene, stays active
let reviewer: Actor;
let stale: Actor; // the editor whose request is in flight
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

const ARTICLE = (title: string) =>
  `${title}\n\nVOA, 14/09/2023\n\nBình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí trong cuộc gặp tại Viễn Đông của Nga (${title}). ${"Các quan chức Mỹ cho biết họ sẽ theo dõi sát sao. ".repeat(3)}`;

async function source() {
  const title = `Bài nguồn đang sửa ${unique()}`;
  await importSources(owner, { fileName: `${title}.txt`, text: ARTICLE(title) });
  return getDb().source.findFirstOrThrow({ where: { title }, select: { id: true, body: true, version: true, bodyVersion: true } });
}
const claim = () => createClaim(owner, { text: `Tuyên bố trong lúc bị khoá ${unique()}`, kind: "OTHER" });
async function suggestion() {
  const s = await source();
  const c = await createClaim(owner, { text: `Bình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí tại Viễn Đông ${unique()}`, kind: "DENIAL" });
  await matchSource(owner, { sourceId: s.id });
  return getDb().matchSuggestion.findFirstOrThrow({ where: { sourceId: s.id, claimId: c.id }, select: { id: true } });
}
async function proposal() {
  const c = await claim();
  await startResearch(owner, { claimId: c.id });
  const e = await addEvidence(owner, { kind: "external", claimId: c.id, stance: "SUPPORTS", url: "https://example.org/a", title: "A" });
  return proposeVerdict(owner, { claimId: c.id, kind: "VERDICT", verdict: "FALSE", summary: "False by the record.", rationale: "The record refutes it.", evidenceIds: [e.id] });
}

/** What the stale account's request left: its audit events and the rows it would have made or changed. */
async function traces(id: string) {
  const db = getDb();
  const [events, claims, drafts, links, profiles] = await Promise.all([
    db.auditEvent.count({ where: { actorId: id } }),
    db.claim.count({ where: { OR: [{ createdById: id }, { assignedToId: id }] } }),
    db.importDraft.count({ where: { ownerId: id } }),
    db.claimLink.count({ where: { createdById: id } }),
    db.outletProfile.count({ where: { OR: [{ createdById: id }, { updatedById: id }] } }),
  ]);
  return { events, claims, drafts, links, profiles };
}
const NONE = { events: 0, claims: 0, drafts: 0, links: 0, profiles: 0 };

/** Each write an editor makes, set up by `owner` and then asked for by `stale`, with what must be unchanged after. */
const WRITES: Record<string, () => Promise<{ call: () => Promise<unknown>; unchanged?: () => Promise<unknown> }>> = {
  createClaim: async () => ({ call: () => createClaim(stale, { text: `Tuyên bố của người đã nghỉ ${unique()}`, kind: "OTHER" }) }),
  updateClaim: async () => {
    const c = await claim();
    return { call: () => updateClaim(stale, { id: c.id, version: 1, text: `Đã sửa ${unique()}`, kind: "DENIAL" }), unchanged: () => getDb().claim.findUniqueOrThrow({ where: { id: c.id }, select: { text: true, version: true } }) };
  },
  addEvidence: async () => {
    const c = await claim();
    return { call: () => addEvidence(stale, { kind: "external", claimId: c.id, stance: "SUPPORTS", url: "https://example.org/b", title: "B" }), unchanged: () => getDb().evidence.count({ where: { claimId: c.id } }) };
  },
  addAppearance: async () => {
    const [s, c] = await Promise.all([source(), claim()]);
    const quote = "phủ nhận mọi thỏa thuận vũ khí";
    const start = s.body.indexOf(quote);
    return { call: () => addAppearance(stale, { claimId: c.id, sourceId: s.id, start, end: start + quote.length, exact: quote }), unchanged: () => getDb().appearance.count({ where: { claimId: c.id } }) };
  },
  linkClaims: async () => {
    const [a, b] = [await claim(), await claim()];
    return { call: () => linkClaims(stale, { fromClaimId: a.id, toClaimId: b.id, type: "DENIES" }) };
  },
  "linkClaims (merge)": async () => {
    const [a, b] = [await claim(), await claim()];
    return { call: () => linkClaims(stale, { fromClaimId: a.id, toClaimId: b.id, type: "DUPLICATE_OF" }), unchanged: () => getDb().claim.findUniqueOrThrow({ where: { id: a.id }, select: { mergedIntoId: true } }) };
  },
  createClaimant: async () => {
    const name = `Người phát ngôn ${unique()}`;
    return { call: () => createClaimant(stale, { name, kind: "PERSON" }), unchanged: () => getDb().claimant.count({ where: { name } }) };
  },
  mergeClaimants: async () => {
    const [a, b] = [await createClaimant(owner, { name: `Cơ quan A ${unique()}` }), await createClaimant(owner, { name: `Cơ quan B ${unique()}` })];
    return { call: () => mergeClaimants(stale, { fromId: a.id, intoId: b.id }), unchanged: () => getDb().claimant.findUniqueOrThrow({ where: { id: a.id }, select: { mergedIntoId: true } }) };
  },
  updateSourceMetadata: async () => {
    const s = await source();
    return { call: () => updateSourceMetadata(stale, { id: s.id, version: s.version, title: `Tiêu đề mới ${unique()}`, language: "vi" }), unchanged: () => getDb().source.findUniqueOrThrow({ where: { id: s.id }, select: { title: true, version: true } }) };
  },
  editSourceBody: async () => {
    const s = await source();
    return { call: () => editSourceBody(stale, { id: s.id, bodyVersion: s.bodyVersion, body: `${s.body}\n\nĐoạn thêm.` }), unchanged: () => getDb().source.findUniqueOrThrow({ where: { id: s.id }, select: { body: true, bodyVersion: true } }) };
  },
  importSources: async () => {
    const title = `Bài nhập của người đã nghỉ ${unique()}`;
    return { call: () => importSources(stale, { fileName: `${title}.txt`, text: ARTICLE(title) }), unchanged: () => getDb().source.count({ where: { title } }) };
  },
  learnOutletProfiles: async () => {
    const [parsed] = parseImport(`Quảng cáo đầu trang ${unique()}\n\n${ARTICLE(`Bài học hồ sơ ${unique()}`)}`, "p.txt");
    return { call: () => learnOutletProfiles(stale, [{ ...parsed!, outlet: `Báo thử ${unique()}` }], [{ key: lineKey(parsed!.lines[0]!.text), role: "furniture" }]) };
  },
  matchSource: async () => {
    const s = await source();
    return { call: () => matchSource(stale, { sourceId: s.id }), unchanged: () => getDb().matchSuggestion.count({ where: { sourceId: s.id } }) };
  },
  acceptMatchSuggestion: async () => {
    const { id } = await suggestion();
    return { call: () => acceptMatchSuggestion(stale, { id }), unchanged: () => getDb().matchSuggestion.findUniqueOrThrow({ where: { id } }) };
  },
  dismissMatchSuggestion: async () => {
    const { id } = await suggestion();
    return { call: () => dismissMatchSuggestion(stale, { id }), unchanged: () => getDb().matchSuggestion.findUniqueOrThrow({ where: { id } }) };
  },
  assignClaim: async () => {
    const c = await claim();
    return { call: () => assignClaim(stale, { claimId: c.id, userId: owner.id }), unchanged: () => getDb().claim.findUniqueOrThrow({ where: { id: c.id }, select: { assignedToId: true } }) };
  },
  assignReviewer: async () => {
    const p = await proposal();
    return { call: () => assignReviewer(stale, { proposalId: p.id, userId: reviewer.id }), unchanged: () => getDb().proposal.findUniqueOrThrow({ where: { id: p.id }, select: { assignedReviewerId: true } }) };
  },
  startResearch: async () => {
    const c = await claim();
    return { call: () => startResearch(stale, { claimId: c.id }), unchanged: () => getDb().claim.findUniqueOrThrow({ where: { id: c.id }, select: { state: true } }) };
  },
  changeOwnPassword: async () => ({
    call: () => changeOwnPassword(stale, { currentPassword: TEST_PASSWORD, newPassword: "another long passphrase", confirmPassword: "another long passphrase" }),
    unchanged: () => getDb().user.findUniqueOrThrow({ where: { id: stale.id }, select: { passwordHash: true, mustChangePassword: true } }),
  }),
  "import preview's draft": async () => ({ call: () => openStreamedDraft(stale) }),
};

let blocker: pg.Client;
beforeAll(async () => {
  [admin, owner, reviewer] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "EDITOR" }), makeUser({ role: "REVIEWER" })]);
  blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
});
afterAll(async () => {
  await blocker.end();
});
beforeEach(async () => {
  stale = await makeUser({ role: "EDITOR" });
});

describe("an editor deactivated while their write is on its way", () => {
  for (const [name, setUp] of Object.entries(WRITES)) {
    it(`${name}: refused as signed out once the deactivation has committed, and nothing of it lands`, async () => {
      const { call, unchanged } = await setUp();
      const before = await unchanged?.();
      await setAccountActive(admin, { userId: stale.id, isActive: false });
      expect(await rejection(call())).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(await traces(stale.id)).toEqual(NONE);
      if (unchanged) expect(await unchanged()).toEqual(before);
    });
  }

  it("takes turns with a deactivation being written: the edit waits for it, then is refused", async () => {
    const c = await claim();
    await blocker.query("BEGIN");
    await blocker.query(`UPDATE "User" SET "isActive" = false, "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [stale.id]);
    const edit = rejection(updateClaim(stale, { id: c.id, version: 1, text: `Sửa khi đang bị khoá ${unique()}`, kind: "DENIAL" }));
    await untilSomeoneWaits(blocker);
    await blocker.query("COMMIT");
    expect(await edit).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: c.id }, select: { version: true } })).toEqual({ version: 1 });
  });

  it("still lands for an active editor, and an admin's deactivation afterwards waits for nothing", async () => {
    const c = await claim();
    await expect(updateClaim(stale, { id: c.id, version: 1, text: `Sửa bình thường ${unique()}`, kind: "DENIAL" })).resolves.toMatchObject({ version: 2 });
    await setAccountActive(admin, { userId: stale.id, isActive: false });
    expect((await traces(stale.id)).events).toBe(1);
  });
});
