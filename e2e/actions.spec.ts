// Every server action, enumerated from app/actions and found by id in the build's action manifest, called over
// HTTP as a caller with a forged session cookie, an editor, a reviewer and an admin, each with its expected answer.
import fs from "node:fs";
import path from "node:path";
import { test, expect, signInApi, uniqueIp, type Role } from "./fixtures";
import type { APIRequestContext } from "@playwright/test";
import { builtActions, callAction, PLACEHOLDER_ID as NIL, type ActionArgs } from "./server-actions";
import { postPreview } from "./import-preview-route";

/** The import screen's preview is a route handler, not an action; it is held to the same matrix, in its own row. */
const PREVIEW_ROUTE = "POST /sources/import/preview";
const PREVIEW_EXPECT: Record<"FORGED" | Role, Outcome> = { FORGED: "UNAUTHENTICATED", EDITOR: "ok", REVIEWER: "ok", ADMIN: "ok" };
function previewProbe(): FormData {
  const form = new FormData();
  form.append("text", "Triều Tiên phủ nhận việc cung cấp vũ khí cho Nga.");
  form.append("fileName", "probe.txt");
  return form;
}

const NIL2 = "00000000-0000-4000-8000-000000000001";

/** `export async function name` in every "use server" file under app/actions: what the code offers callers. */
function exportedActions(): { file: string; name: string }[] {
  return fs
    .readdirSync("app/actions")
    .map((name) => ({ file: path.join("app/actions", name), source: fs.readFileSync(path.join("app/actions", name), "utf8") }))
    .filter(({ source }) => /^["']use server["'];/m.test(source))
    .flatMap(({ file, source }) => [...source.matchAll(/^export async function (\w+)/gm)].map((m) => ({ file, name: m[1]! })));
}

type Outcome = string;

/**
 * What each caller gets from each action. Bodies name unknown ids or carry input refused after the permission
 * check, so nothing changes. Outcomes: an error code from the action's result, "ok", or "redirect <path>".
 * An action missing here fails the test: a new one must say who may call it.
 */
const MATRIX: Record<string, { args: ActionArgs; expect: Record<"FORGED" | Role, Outcome> }> = {
  "app/actions/accounts.ts#createAccountAction": {
    args: { state: true, form: { email: "", name: "", role: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "INVALID" },
  },
  "app/actions/accounts.ts#changeRoleAction": {
    args: { state: true, form: { userId: NIL, role: "ADMIN" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "NOT_FOUND" },
  },
  "app/actions/accounts.ts#setAccountActiveAction": {
    args: { state: true, form: { userId: NIL, isActive: "false" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "NOT_FOUND" },
  },
  "app/actions/accounts.ts#cancelAdminRemovalAction": {
    args: { state: true, form: { removalId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "CONFLICT" },
  },
  "app/actions/accounts.ts#confirmAccountHeldAction": {
    args: { state: true, form: { userId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "NOT_FOUND" },
  },
  "app/actions/accounts.ts#unlockAccountAction": {
    args: { state: true, form: { userId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "NOT_FOUND" },
  },
  "app/actions/accounts.ts#resetAccountPasswordAction": {
    args: { state: true, form: { userId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "NOT_FOUND" },
  },
  "app/actions/accounts.ts#changePasswordAction": {
    args: { state: true, form: { currentPassword: "", newPassword: "", confirmPassword: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "INVALID", REVIEWER: "INVALID", ADMIN: "INVALID" },
  },
  "app/actions/claims.ts#createClaimAction": {
    args: { state: true, form: { text: "", kind: "OTHER", confirmNew: "yes" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "INVALID", REVIEWER: "INVALID", ADMIN: "INVALID" },
  },
  "app/actions/claims.ts#attachAppearanceAction": {
    args: { state: true, form: { claimId: NIL, sourceId: NIL2, start: "0", end: "5", exact: "Nga và" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/claims.ts#updateClaimAction": {
    args: { state: true, form: { id: NIL, version: "1", text: "Triều Tiên gửi đạn pháo cho Nga.", kind: "OTHER" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/claims.ts#addEvidenceAction": {
    args: { state: true, form: { claimId: NIL, kind: "external", stance: "SUPPORTS", url: "https://example.org/report", title: "A report", note: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/claims.ts#linkClaimsAction": {
    args: { state: true, form: { fromClaimId: NIL, toClaimId: NIL2, type: "CONTRADICTS", note: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/claims.ts#createClaimantAction": {
    args: { state: true, form: { name: "", kind: "PERSON", aliases: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "INVALID", REVIEWER: "INVALID", ADMIN: "INVALID" },
  },
  "app/actions/claims.ts#mergeClaimantsAction": {
    args: { state: true, form: { fromId: NIL, intoId: NIL2 } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/matching.ts#acceptSuggestionAction": {
    args: { value: { id: NIL, sourceId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/matching.ts#dismissSuggestionAction": {
    args: { value: { id: NIL, sourceId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/matching.ts#matchSourceAction": {
    args: { value: { sourceId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/sources.ts#saveImportAction": {
    args: { value: { fileName: "probe.txt", text: "", overrides: [] } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "INVALID", REVIEWER: "INVALID", ADMIN: "INVALID" },
  },
  "app/actions/sources.ts#rereadImportAction": {
    args: { form: { fileName: "probe.txt", text: "", roles: "[]" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "INVALID", REVIEWER: "INVALID", ADMIN: "INVALID" },
  },
  "app/actions/sources.ts#importDraftPageAction": {
    args: { value: { draftId: NIL, items: [{ fileIndex: 0, index: 0 }] } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/outlet-profiles.ts#updateOutletProfileAction": {
    args: { state: true, form: { id: NIL, version: "1", furniture: "tin lien quan", dateHints: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "NOT_FOUND" },
  },
  "app/actions/outlet-profiles.ts#deleteOutletProfileAction": {
    args: { state: true, form: { id: NIL, version: "1" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "FORBIDDEN", ADMIN: "NOT_FOUND" },
  },
  "app/actions/sources.ts#startImportJobAction": {
    args: { form: { manifest: "[]" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "INVALID", REVIEWER: "INVALID", ADMIN: "INVALID" },
  },
  "app/actions/sources.ts#importJobAction": {
    args: { value: NIL },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/sources.ts#updateSourceAction": {
    args: { state: true, form: { id: NIL, version: "1", title: "Một tiêu đề", language: "vi" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/sources.ts#editSourceBodyAction": {
    args: { state: true, form: { id: NIL, bodyVersion: "1", body: "Một đoạn văn bản mới." } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/workflow.ts#startResearchAction": {
    args: { state: true, form: { claimId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/workflow.ts#proposeAction": {
    args: { state: true, form: { claimId: NIL, kind: "VERDICT", verdict: "UNVERIFIABLE", summary: "A summary for no claim.", rationale: "A rationale long enough for the schema." } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/workflow.ts#reviewAction": {
    args: { state: true, form: { proposalId: NIL, decision: "APPROVE", note: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "FORBIDDEN", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/workflow.ts#withdrawProposalAction": {
    args: { state: true, form: { proposalId: NIL } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/workflow.ts#assignClaimAction": {
    args: { state: true, form: { claimId: NIL, userId: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/workflow.ts#assignReviewerAction": {
    args: { state: true, form: { claimId: NIL, proposalId: NIL, userId: "" } },
    expect: { FORGED: "UNAUTHENTICATED", EDITOR: "NOT_FOUND", REVIEWER: "NOT_FOUND", ADMIN: "NOT_FOUND" },
  },
  "app/actions/workflow.ts#markClaimNotificationsReadAction": {
    args: { value: NIL },
    expect: { FORGED: "ok", EDITOR: "ok", REVIEWER: "ok", ADMIN: "ok" },
  },
  "app/actions/workflow.ts#markNotificationsReadAction": {
    args: {},
    expect: { FORGED: "redirect /sign-in", EDITOR: "ok", REVIEWER: "ok", ADMIN: "ok" },
  },
  // Sign-in, sign-out and language are open to everyone by design.
  "app/actions/session.ts#signInAction": {
    args: { state: true, form: { email: "not-an-address", password: "", callbackUrl: "/desk" } },
    expect: { FORGED: "INVALID", EDITOR: "INVALID", REVIEWER: "INVALID", ADMIN: "INVALID" },
  },
  "app/actions/session.ts#setLocaleAction": {
    args: { form: { locale: "en" } },
    expect: { FORGED: "ok", EDITOR: "ok", REVIEWER: "ok", ADMIN: "ok" },
  },
  "app/actions/session.ts#signOutAction": {
    args: {},
    expect: { FORGED: "redirect /sign-in", EDITOR: "redirect /sign-in", REVIEWER: "redirect /sign-in", ADMIN: "redirect /sign-in" },
  },
};

test("every server action answers each caller as the matrix says (enumerated from app/actions and the build)", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  const exported = exportedActions().map(({ file, name }) => `${file}#${name}`);
  const built = builtActions();
  expect(exported.length).toBeGreaterThanOrEqual(20);
  expect(exported.filter((key) => !built.has(key)), "exported but not in the build's action manifest").toEqual([]);
  expect([...built.keys()].filter((key) => !exported.includes(key)), "in the build but not found in app/actions").toEqual([]);
  expect(exported.filter((key) => !(key in MATRIX)), "actions missing from the matrix").toEqual([]);
  expect(Object.keys(MATRIX).filter((key) => !exported.includes(key)), "matrix rows for actions that no longer exist").toEqual([]);

  const answers: Record<string, Record<string, Outcome>> = {};
  const expected: Record<string, Record<string, Outcome>> = {};
  const run = async (caller: "FORGED" | Role, api: APIRequestContext, headers?: Record<string, string>) => {
    (answers[PREVIEW_ROUTE] ??= {})[caller] = (await postPreview(api, previewProbe(), headers)).outcome;
    (expected[PREVIEW_ROUTE] ??= {})[caller] = PREVIEW_EXPECT[caller];
    // Signing out ends the session, so it goes last.
    const keys = Object.keys(MATRIX).sort((a, b) => Number(a.endsWith("#signOutAction")) - Number(b.endsWith("#signOutAction")));
    for (const key of keys) {
      (answers[key] ??= {})[caller] = (await callAction(api, built.get(key)!, MATRIX[key]!.args, headers)).outcome;
      (expected[key] ??= {})[caller] = MATRIX[key]!.expect[caller];
    }
  };

  // A session cookie the server never issued: past the page guard in proxy.ts, so the action itself must refuse.
  const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await run("FORGED", forged, { cookie: "authjs.session-token=forged-not-a-session" });
  await forged.dispose();
  for (const role of ["EDITOR", "REVIEWER", "ADMIN"] as const) {
    const account = await makeAccount(role);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
    await signInApi(api, account.email, account.password);
    await run(role, api);
    // The last action signed this caller out: the session no longer opens the workbench.
    expect((await api.get("/desk", { maxRedirects: 0 })).headers().location ?? "").toContain("/sign-in");
    await api.dispose();
  }
  expect(answers).toEqual(expected);
});

test("without any session cookie, the workbench's actions stop at sign-in before they run", async ({ request }) => {
  const built = builtActions();
  const createClaimant = built.get("app/actions/claims.ts#createClaimantAction")!;
  const { outcome } = await callAction(request, createClaimant, MATRIX["app/actions/claims.ts#createClaimantAction"]!.args);
  expect(outcome).toBe(`HTTP 307 /sign-in?callbackUrl=${encodeURIComponent(createClaimant.page)}`);
  // The preview's route is outside proxy.ts (a paste streams to it instead of being held whole in front of it): it
  // refuses the anonymous post itself, before reading the body.
  expect((await postPreview(request, previewProbe())).outcome).toBe("UNAUTHENTICATED");
});
