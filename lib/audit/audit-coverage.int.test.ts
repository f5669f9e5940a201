// Every data function that changes the desk writes exactly one audit event in its transaction. The functions are
// found in lib/ by reading the code, so a new one without an entry here fails this test.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createdAccount, makeUser, TEST_PASSWORD } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { createAccount } from "@/lib/accounts/create-account";
import { cancelAdminRemoval, changeRole, setAccountActive, updateAccount } from "@/lib/accounts/update-account";
import { authenticate } from "@/lib/auth/authenticate";
import { revokeSession } from "@/lib/auth/sessions";
import { unlockAccount } from "@/lib/accounts/unlock-account";
import { confirmAccountHeld } from "@/lib/accounts/confirm-account-held";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { recordRefusal } from "@/lib/audit/record-refusal";
import { AppError } from "@/lib/errors";
import { addAppearance } from "@/lib/claims/add-appearance";
import { addEvidence } from "@/lib/claims/add-evidence";
import { createClaimant, mergeClaimants } from "@/lib/claims/claimants";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { editSourceBody } from "@/lib/sources/edit-source-body";
import { importSources } from "@/lib/sources/import-sources";
import { parseImport } from "@/lib/sources/parse-import";
import { storeParsedFiles } from "@/lib/sources/store-sources";
import { updateSourceMetadata } from "@/lib/sources/update-source";
import { lineKey } from "@/lib/sources/line-roles";
import { deleteOutletProfile, learnOutletProfiles, updateOutletProfile } from "@/lib/sources/outlet-profile-store";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { withdrawProposal } from "@/lib/workflow/withdraw";
import { assignClaim, assignReviewer } from "@/lib/workflow/assignment";
import { startImportJob } from "@/lib/sources/import-jobs";
import { acceptMatchSuggestion, dismissMatchSuggestion, matchSource } from "@/lib/matching/suggestions";

/** Prisma writes (through a transaction, a client or getDb()), raw statements and transactions. */
const WRITES = /\b(?:tx|db|getDb\(\))\.\w+\.(?:create|createMany|update|updateMany|upsert|delete|deleteMany)\(|\$executeRaw|\$transaction/;

/**
 * Exported async functions in lib/ whose body writes. Helpers whose first parameter is a transaction run inside
 * their caller's transaction and are audited by it.
 */
function mutatingFunctions(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        for (const match of source.matchAll(/^export async function (\w+)\(\s*(\w+)/gm)) {
          const end = source.indexOf("\n}\n", match.index);
          const body = source.slice(match.index, end < 0 ? undefined : end);
          if (match[2] !== "tx" && WRITES.test(body)) found.push(match[1]!);
        }
      }
    }
  };
  walk("lib");
  return found.sort();
}

/** Not audited, on purpose. */
const EXEMPT: Record<string, string> = {
  markNotificationsRead: "a person's own read markers on their notifications, not a change to the desk",
  listPublicClaimUrls: "reads a sitemap file's page of public claims in one repeatable-read transaction (its count and its page agree); writes nothing",
  takeApiToken: "the public API's rate-limit bookkeeping per client address, not a change to the desk",
  createImportDraft: "an editor's own import preview kept for paging and role corrections; the save that follows is audited",
  openStreamedDraft: "the pending draft of an editor's own streamed import preview (as createImportDraft); the save that follows is audited",
  renewDraftLease: "keeps an editor's own preview's draft marked as still being read; nothing of the desk changes",
  dropStreamedDraft: "removes an editor's own streamed preview that was cut off or abandoned; nothing of the desk changes",
  getLedger: "a read: its counts and rows are read in one read-only transaction so they see one snapshot; nothing changes",
  matchImportedSources: "suggestions the desk computes after an import (workbench only); the editor's decisions on them are audited",
  rewriteSearchDocuments: "upkeep a migration asks for, run by the start before the app serves: published search documents written again from their own revisions; no person acts and nothing published changes",
  resumeStaleImportJobs: "upkeep at start and on an import page: a job whose server died is run again, or given up past its starts; the job's start was audited and no person acts",
  runPendingUpkeep: "runs at start what a migration asked for (rewriteSearchDocuments) and clears its row; no person acts",
};

let admin: Actor;
let editor: Actor;
let reviewer: Actor;
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

/** A short article; its body names its title, so no two are duplicates of each other. */
const ARTICLE = (title: string) => `${title}\n\nVOA, 14/09/2023\n\nBình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí trong cuộc gặp tại Viễn Đông của Nga (${title}). ${"Các quan chức Mỹ cho biết họ sẽ theo dõi sát sao. ".repeat(3)}`;

async function source() {
  const title = `Bài kiểm tra nhật ký ${unique()}`;
  const [outcome] = await storeParsedFiles([{ fileName: `${title}.txt`, text: ARTICLE(title), sources: parseImport(ARTICLE(title), `${title}.txt`) }], { importedById: editor.id });
  return getDb().source.findUniqueOrThrow({ where: { id: outcome!.id }, select: { id: true, body: true, version: true, bodyVersion: true } });
}

/** An outlet profile taught by one parsed article of a fresh outlet (its name in a "(X) -" lead code is unknown, so it is typed). */
async function outletProfile() {
  const title = `Bài hồ sơ trang báo ${unique()}`;
  const [parsed] = parseImport(`Quảng cáo đầu trang ${unique()}\n\n${ARTICLE(title)}`, "p.txt");
  const banner = parsed!.lines[0]!.text;
  await learnOutletProfiles(editor, [{ ...parsed!, outlet: `Báo thử ${unique()}` }], [{ key: lineKey(banner), role: "furniture" }]);
  return getDb().outletProfile.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
}

async function claim() {
  return createClaim(editor, { text: `Tuyên bố để kiểm tra nhật ký ${unique()}`, kind: "OTHER" });
}

async function evidence(claimId: string) {
  return addEvidence(editor, { kind: "external", claimId, stance: "SUPPORTS", url: "https://example.org/a", title: "A" });
}

/** A suggestion: a source whose sentence states a new claim, matched on demand. */
async function suggestion() {
  const s = await source();
  const c = await createClaim(editor, { text: `Bình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí tại Viễn Đông ${unique()}`, kind: "DENIAL" });
  await matchSource(editor, { sourceId: s.id });
  return getDb().matchSuggestion.findFirstOrThrow({ where: { sourceId: s.id, claimId: c.id }, select: { id: true } });
}

async function researched() {
  const c = await claim();
  await startResearch(editor, { claimId: c.id });
  return { ...c, evidenceId: (await evidence(c.id)).id };
}

async function proposal() {
  const c = await researched();
  return proposeVerdict(editor, { claimId: c.id, kind: "VERDICT", verdict: "FALSE", summary: "A false claim, by the evidence.", rationale: "The evidence refutes the claim in full.", evidenceIds: [c.evidenceId] });
}

/** How to call each mutating function once, and the one audit action it must write. */
const CALLS: Record<string, { action: string; call: () => Promise<unknown> }> = {
  changeOwnPassword: {
    action: "account.changePassword",
    call: async () => {
      const user = await makeUser();
      return changeOwnPassword(user, { currentPassword: TEST_PASSWORD, newPassword: "another long passphrase", confirmPassword: "another long passphrase" });
    },
  },
  createAccount: { action: "account.create", call: () => createAccount(admin, { email: `new-${unique()}@desk.test`, name: "New", role: "EDITOR" }) },
  changeRole: { action: "account.changeRole", call: async () => changeRole(admin, { userId: (await makeUser()).id, role: "REVIEWER" }) },
  setAccountActive: { action: "account.deactivate", call: async () => setAccountActive(admin, { userId: (await makeUser()).id, isActive: false }) },
  // Role and activation together write one event per change; one change, one event.
  updateAccount: { action: "account.deactivate", call: async () => updateAccount(admin, { userId: (await makeUser()).id, isActive: false }) },
  authenticate: { action: "auth.signIn", call: async () => authenticate({ email: (await makeUser()).email, password: TEST_PASSWORD }, "192.0.2.10") },
  revokeSession: { action: "auth.signOut", call: async () => revokeSession((await authenticate({ email: (await makeUser()).email, password: TEST_PASSWORD }, "192.0.2.11")).sessionId) },
  recordRefusal: {
    action: "auth.refused",
    call: async () => {
      await recordRefusal(editor.id, new AppError("FORBIDDEN", "Your role does not allow this.", { permission: "account.changeRole" }));
      return "recorded"; // returns nothing itself: the event checked below is what it does
    },
  },
  cancelAdminRemoval: {
    action: "account.cancelRemoval",
    call: async () => {
      const other = await makeUser({ role: "ADMIN" });
      const { removal } = await changeRole(admin, { userId: other.id, role: "EDITOR" });
      return cancelAdminRemoval(admin, { removalId: removal!.id });
    },
  },
  unlockAccount: { action: "account.unlock", call: async () => unlockAccount(admin, { userId: (await makeUser()).id }) },
  confirmAccountHeld: { action: "account.confirmHeld", call: async () => confirmAccountHeld(admin, { userId: (await createdAccount(await makeUser({ role: "ADMIN" }), "EDITOR")).id }) },
  resetAccountPassword: { action: "account.resetPassword", call: async () => resetAccountPassword(admin, { userId: (await makeUser()).id }) },
  addAppearance: {
    action: "appearance.create",
    call: async () => {
      const [s, c] = await Promise.all([source(), claim()]);
      const quote = "phủ nhận mọi thỏa thuận vũ khí";
      const start = s.body.indexOf(quote);
      return addAppearance(editor, { claimId: c.id, sourceId: s.id, start, end: start + quote.length, exact: quote });
    },
  },
  matchSource: { action: "source.match", call: async () => matchSource(editor, { sourceId: (await source()).id }) },
  acceptMatchSuggestion: { action: "matchSuggestion.accept", call: async () => acceptMatchSuggestion(editor, { id: (await suggestion()).id }) },
  dismissMatchSuggestion: { action: "matchSuggestion.dismiss", call: async () => dismissMatchSuggestion(editor, { id: (await suggestion()).id }) },
  addEvidence: { action: "evidence.create", call: async () => evidence((await claim()).id) },
  createClaimant: { action: "claimant.create", call: () => createClaimant(editor, { name: `Người phát ngôn ${unique()}`, kind: "PERSON" }) },
  mergeClaimants: {
    action: "claimant.merge",
    call: async () => {
      const [a, b] = await Promise.all([createClaimant(editor, { name: `Cơ quan A ${unique()}` }), createClaimant(editor, { name: `Cơ quan B ${unique()}` })]);
      return mergeClaimants(editor, { fromId: a.id, intoId: b.id });
    },
  },
  createClaim: { action: "claim.create", call: claim },
  linkClaims: { action: "claimLink.create", call: async () => linkClaims(editor, { fromClaimId: (await claim()).id, toClaimId: (await claim()).id, type: "DENIES" }) },
  updateClaim: { action: "claim.update", call: async () => updateClaim(editor, { id: (await claim()).id, version: 1, text: `Tuyên bố đã sửa ${unique()}`, kind: "DENIAL" }) },
  editSourceBody: { action: "source.editBody", call: async () => { const s = await source(); return editSourceBody(editor, { id: s.id, bodyVersion: s.bodyVersion, body: `${s.body}\n\nĐoạn bổ sung.` }); } },
  storeParsedFiles: { action: "source.import", call: source },
  updateSourceMetadata: { action: "source.update", call: async () => { const s = await source(); return updateSourceMetadata(editor, { id: s.id, version: s.version, title: `Tiêu đề mới ${unique()}`, language: "vi" }); } },
  learnOutletProfiles: {
    action: "outletProfile.create",
    call: async () => {
      const [parsed] = parseImport(`Quảng cáo đầu trang ${unique()}\n\n${ARTICLE(`Bài học hồ sơ ${unique()}`)}`, "p.txt");
      return learnOutletProfiles(editor, [{ ...parsed!, outlet: `Báo thử ${unique()}` }], [{ key: lineKey(parsed!.lines[0]!.text), role: "furniture" }]);
    },
  },
  updateOutletProfile: { action: "outletProfile.update", call: async () => { const p = await outletProfile(); return updateOutletProfile(admin, { id: p.id, version: p.version, furniture: "Tin liên quan", dateHints: "" }); } },
  deleteOutletProfile: { action: "outletProfile.delete", call: async () => { const p = await outletProfile(); return deleteOutletProfile(admin, { id: p.id, version: p.version }); } },
  assignClaim: { action: "claim.assign", call: async () => assignClaim(editor, { claimId: (await claim()).id, userId: editor.id }) },
  assignReviewer: { action: "proposal.assign", call: async () => assignReviewer(editor, { proposalId: (await proposal()).id, userId: reviewer.id }) },
  // Not run here (run: false): the job's own batches are audited as imports when it runs.
  startImportJob: { action: "import.job.start", call: () => startImportJob(editor, { files: [{ fileName: "job.txt", text: ARTICLE(`Bài của việc nhập ${unique()}`), overrides: [], roles: [] }] }, { run: false }) },
  startResearch: { action: "claim.startResearch", call: async () => startResearch(editor, { claimId: (await claim()).id }) },
  proposeVerdict: { action: "proposal.create", call: proposal },
  reviewProposal: { action: "proposal.approve", call: async () => reviewProposal(reviewer, { proposalId: (await proposal()).id, decision: "APPROVE" }) },
  withdrawProposal: { action: "proposal.withdraw", call: async () => withdrawProposal(editor, { proposalId: (await proposal()).id }) },
};

beforeAll(async () => {
  [admin, editor, reviewer] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "EDITOR" }), makeUser({ role: "REVIEWER" })]);
});

describe("audit coverage", () => {
  it("knows every mutating data function in lib/ (a new one must be added here)", () => {
    const found = mutatingFunctions();
    expect(found.length).toBeGreaterThan(15);
    expect(found.filter((name) => !(name in CALLS) && !(name in EXEMPT))).toEqual([]);
    expect(Object.keys(CALLS).filter((name) => !found.includes(name))).toEqual([]);
  });

  for (const [name, { action, call }] of Object.entries(CALLS)) {
    it(`${name} writes exactly one audit event (${action}) in its transaction`, async () => {
      // Set-up writes events of other kinds; the call under test must add exactly one of its own, and last.
      const before = await getDb().auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      expect(await call()).toBeDefined();
      const events = await getDb().auditEvent.findMany({ where: { id: { gt: before?.id ?? 0n } }, orderBy: { id: "asc" }, select: { action: true } });
      expect(events.at(-1)?.action).toBe(action);
      expect(events.filter((e) => e.action === action)).toHaveLength(1);
    });
  }

  it("imports one article with one event (through importSources too)", async () => {
    const title = `Bài nhập qua màn hình ${unique()}`;
    const before = await getDb().auditEvent.count({ where: { action: "source.import" } });
    await importSources(editor, { fileName: `${title}.txt`, text: ARTICLE(title) });
    expect(await getDb().auditEvent.count({ where: { action: "source.import" } })).toBe(before + 1);
  });
});
