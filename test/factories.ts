// Seed factories for integration tests: each test builds exactly what it needs.
import { randomBytes, randomUUID } from "node:crypto";
import { expect } from "vitest";
import { getDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Role } from "@/lib/auth/permissions";
import { createAccount } from "@/lib/accounts/create-account";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { changeRole, setAccountActive } from "@/lib/accounts/update-account";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { AppError } from "@/lib/errors";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | null = null;

export async function makeUser(options: { role?: Role; email?: string; password?: string; isActive?: boolean } = {}): Promise<Actor & { sessionVersion: number }> {
  const email = options.email ?? `user-${randomBytes(4).toString("hex")}@desk.test`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = options.password ? await hashPassword(options.password) : await passwordHash;
  return getDb().user.create({
    data: { email, name: email.split("@")[0]!, role: options.role ?? "EDITOR", passwordHash: hash, isActive: options.isActive ?? true },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

export async function auditCount(where: { action?: string; objectId?: string } = {}): Promise<number> {
  return getDb().auditEvent.count({ where });
}

/** Empties the source tables, for test files whose tests each start from a desk with no sources. */
export async function clearSources(): Promise<void> {
  await getDb().$executeRaw`DELETE FROM "Source"`;
  await getDb().$executeRaw`DELETE FROM "Dossier"`;
}

/**
 * A claim taken through the real workflow to publication (evidence, proposal by `editor`, approval by
 * `reviewer`), so every table approval writes is written as in production.
 */
export async function publishClaim(
  editor: Actor,
  reviewer: Actor,
  fields: { text: string; kind: string; claimantName?: string; claimantKind?: string; tags?: string[]; gloss?: string; summary?: string; verdict?: string; attributes?: Record<string, unknown>; shortText?: string },
): Promise<{ id: string; slug: string; evidenceId: string }> {
  const { summary, verdict, shortText, ...claimFields } = fields;
  const claim = await createClaim(editor, claimFields);
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
  const proposal = await proposeVerdict(editor, {
    claimId: claim.id,
    kind: "VERDICT",
    verdict: verdict ?? "CONFIRMED",
    summary: summary ?? "Confirmed by the published record.",
    rationale: "Two independent outlets report it.",
    evidenceIds: [evidence.id],
    ...(shortText ? { shortText } : {}),
  });
  await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
  return { id: claim.id, slug: claim.slug, evidenceId: evidence.id };
}

/** The AppError a data function refused with (the test fails if it resolved, or threw something else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let createdAccounts = 0;
/** An account created by `by` through the admin screen's data function, its one-time password replaced by its holder. */
export async function createdAccount(by: Actor, role: "EDITOR" | "REVIEWER" | "ADMIN"): Promise<Actor> {
  createdAccounts += 1;
  const { user, oneTimePassword } = await createAccount(by, { email: `made-${createdAccounts}-${Date.now()}@desk.test`, name: `Made ${createdAccounts}`, role });
  const actor: Actor = { id: user.id, role: user.role, email: user.email, name: user.name };
  await changeOwnPassword(actor, { currentPassword: oneTimePassword, newPassword: "a password of my own", confirmPassword: "a password of my own" });
  return actor;
}

/** A new claim researched by `by`, with one supporting source, and its verdict proposed for review. */
export async function openProposal(by: Actor) {
  const claim = await createClaim(by, { text: `Một tuyên bố để duyệt ${Math.random()}`, kind: "ARMS_TRANSFER", claimantName: "Nhà Trắng", claimantKind: "STATE_BODY" });
  await startResearch(by, { claimId: claim.id });
  const evidence = await addEvidence(by, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
  return proposeVerdict(by, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
}

/**
 * A source holding `body` (paragraphs split at blank lines) and a claim quoted from it at `quote`, put in research by
 * `editor`: where a test of what a claim publishes starts.
 */
export async function claimQuotedIn(editor: Actor, body: string, quote: string) {
  const source = await getDb().source.create({
    data: { title: "Bản tin", outlet: "Báo Thử", url: "https://news.example.org/a", language: "vi", body, blocks: body.split("\n\n").map((text) => ({ kind: "paragraph", text })), raw: body, contentHash: randomUUID(), fingerprint: randomUUID() },
  });
  const start = body.indexOf(quote);
  const claim = await createClaim(editor, { text: `Triều Tiên chuyển đạn pháo cho Nga ${randomUUID()}`, kind: "ARMS_TRANSFER", appearance: { sourceId: source.id, start, end: start + quote.length, exact: quote } });
  await startResearch(editor, { claimId: claim.id });
  return { source, claim };
}

/**
 * Slugs the front server takes for claims' (an old slug of a claim that is none, in ClaimSlug), so that its tests over a
 * stand-in app reach the app for those claim pages instead of its 404 for a slug no claim holds (lib/public/missing-claims.ts).
 */
export async function knownClaimSlugs(...slugs: string[]): Promise<void> {
  for (const slug of slugs) await getDb().$executeRaw`INSERT INTO "ClaimSlug" (slug, "claimId") VALUES (${slug}, ${randomUUID()}::uuid) ON CONFLICT DO NOTHING`;
}

/**
 * Takes an admin's rights away as the desk does (lib/accounts/update-account.ts): another admin, apart from every
 * account, asks for the change (`role`, or null to deactivate), and `confirm` (the test's own change by an admin)
 * makes the same change, which applies it. The asking admin is retired afterwards, leaving the desk's admins as the
 * test made them.
 */
export async function withRemovalAsked<T>(accountId: string, role: Role | null, confirm: () => Promise<T>): Promise<T> {
  const asker = await makeUser({ role: "ADMIN" });
  const asked = role === null ? await setAccountActive(asker, { userId: accountId, isActive: false }) : await changeRole(asker, { userId: accountId, role });
  if (!asked.removal) throw new Error("The removal landed without a second admin.");
  try {
    return await confirm();
  } finally {
    await getDb().user.update({ where: { id: asker.id }, data: { isActive: false } });
  }
}
