// The two-person rule counts the admin who reset an account's password up the account's chain, as its creator is,
// until another admin confirms after the reset that the account is held by its own person: a review between the two
// is refused on the desk (account_controllers, in the review trigger). A restore read the backup's reviews against
// the chains of creators only, so a backup edited to hold an approval by the admin who had reset its author's
// password (the author's other hand, as the file itself said) came back as the desk's record. A reset with no
// confirmation since counts from its time on; a desk whose admin reviewed before resetting the password, or after
// another admin's confirmation, still restores.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BackupError, dumpDatabase, restoreDatabase } from "@/lib/db/backup";
import { withScratchDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";
import { confirmAccountHeld } from "@/lib/accounts/confirm-account-held";
import { reviewProposal } from "@/lib/workflow/review";
import { getDb } from "@/lib/db/client";
import { makeUser, openProposal, rejection } from "@/test/factories";
import { backupLines, editedBackup } from "@/test/backup-edit";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-reset-hands-"));
let lines: string[] = [];
const ids = { editor: "", reviewer: "", resetLater: "", confirmedAdmin: "", review: "" };

beforeAll(async () => {
  const editor = await makeUser({ role: "EDITOR" });
  const reviewer = await makeUser({ role: "ADMIN" });
  const proposal = await openProposal(editor);
  await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
  // Reviewed first, the password reset after: of one hand from the reset on, not before.
  await resetAccountPassword(reviewer, { userId: editor.id });
  // Reset, then confirmed held by another admin, then reviewed by the admin who reset it: the desk allows it.
  const author = await makeUser({ role: "EDITOR" });
  const resetter = await makeUser({ role: "ADMIN" });
  const confirmer = await makeUser({ role: "ADMIN" });
  await resetAccountPassword(resetter, { userId: author.id });
  const second = await openProposal(author);
  expect(await rejection(reviewProposal(resetter, { proposalId: second.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
  await confirmAccountHeld(confirmer, { userId: author.id });
  await reviewProposal(resetter, { proposalId: second.id, decision: "APPROVE" });
  Object.assign(ids, { editor: editor.id, reviewer: reviewer.id, resetLater: resetter.id, confirmedAdmin: confirmer.id });
  ids.review = (await getDb().review.findUniqueOrThrow({ where: { proposalId: proposal.id }, select: { id: true } })).id;
  const file = path.join(dir, "desk.jsonl.gz");
  await dumpDatabase(process.env.DATABASE_URL!, file);
  lines = backupLines(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const edited = (name: string, edits: Parameters<typeof editedBackup>[2]) => editedBackup(lines, path.join(dir, `${name}.jsonl.gz`), edits);
const BEFORE_ANY_REVIEW = "2020-01-01 00:00:00+00";

describe("restoring a review between an account and the admin who reset its password", () => {
  it("refuses a review given after the reset with no confirmation since, either way and up a chain, and restores the desk's own", async () => {
    const refused: [string, string][] = [
      // The author's password reset by the reviewer before the review.
      ["reset-by-reviewer", edited("reset-by-reviewer", { User: (u) => void (u.id === ids.editor && (u.passwordResetAt = BEFORE_ANY_REVIEW)) })],
      // The reviewer's password reset by the author.
      ["reset-by-author", edited("reset-by-author", { User: (u) => void (u.id === ids.reviewer && ((u.passwordResetById = ids.editor), (u.passwordResetAt = BEFORE_ANY_REVIEW))) })],
      // The author's password reset by an admin the reviewer created.
      [
        "reset-by-reviewers-account",
        edited("reset-by-reviewers-account", {
          User: (u) => void (u.id === ids.editor && ((u.passwordResetById = ids.confirmedAdmin), (u.passwordResetAt = BEFORE_ANY_REVIEW)), u.id === ids.confirmedAdmin && (u.createdById = ids.reviewer)),
        }),
      ],
    ];
    await withScratchDatabase(inject("serverUrl"), "claimdesk_reset_hands", async (url) => {
      await migrate(url);
      for (const [name, file] of refused) {
        const refusal = restoreDatabase(url, file);
        await expect(refusal, name).rejects.toBeInstanceOf(BackupError);
        await expect(refusal, name).rejects.toThrow(new RegExp(`: refused, it breaks a rule the desk keeps: review ${ids.review} of proposal [0-9a-f-]{36} is by an account that reset the password of its author's, or whose password its author's reset, with no confirmation since \\(two-person rule\\); nothing was restored\\.$`));
      }
      await expect(restoreDatabase(url, edited("whole", {}))).resolves.toMatchObject({ rows: expect.objectContaining({ Review: 2 }) });
    });
    // A review stamped by an instance whose clock ran ahead (as reviews were): read by its proposal's decision, which
    // the database's clock stamped before the reset.
    await withScratchDatabase(inject("serverUrl"), "claimdesk_reset_hands_ahead", async (url) => {
      await migrate(url);
      const ahead = edited("review-stamped-ahead", { Review: (r) => void (r.id === ids.review && (r.createdAt = "2100-01-01 00:00:00+00")) });
      await expect(restoreDatabase(url, ahead)).resolves.toMatchObject({ rows: expect.objectContaining({ Review: 2 }) });
    });
  }, 120_000);
});
