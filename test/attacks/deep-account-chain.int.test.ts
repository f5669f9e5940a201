// The two-person rule reads an account's chain of creators (`account_controllers`) and the accounts down it
// (`accounts_created_under`); both stopped after 100 steps. An admin who created an admin, who created an admin …
// 101 deep (a script signs in as each in turn), held a reviewer account whose chain no longer reached back to that
// admin: it reviewed the accounts the admin created, and the admin's own proposals, as if a second person had. The
// chains are now followed to their ends (they cannot loop: an account's creator is written once, and existed first).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { reviewProposal } from "@/lib/workflow/review";
import { accountsOfOneHand } from "@/lib/auth/account-chain";
import { createdAccount, makeUser, openProposal, rejection } from "@/test/factories";

const DEPTH = 105;

let root: Actor;
let editor: Actor;
let deep: Actor;
beforeAll(async () => {
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  root = await makeUser({ role: "ADMIN" });
  editor = await createdAccount(root, "EDITOR");
  // Admins created one by the other, as createAccount writes them (each with its creator), without 105 password hashes.
  let creator = root.id;
  for (let i = 0; i < DEPTH; i++) {
    const admin = await getDb().user.create({ data: { email: `chain-${i}-${Date.now()}@desk.test`, name: `Chain ${i}`, role: "ADMIN", passwordHash: "-", createdById: creator }, select: { id: true } });
    creator = admin.id;
  }
  const last = await getDb().user.findUniqueOrThrow({ where: { id: creator }, select: { id: true, email: true, name: true, role: true } });
  deep = await createdAccount(last, "REVIEWER");
}, 120_000);

describe("an account created at the end of a long chain of admins", () => {
  it("is of one hand with the first admin and with every account that admin created", async () => {
    const controllers = (await getDb().$queryRaw<{ id: string }[]>`SELECT "account_controllers"(${deep.id}::uuid)::text AS id`).map((r) => r.id);
    expect(controllers).toContain(root.id);
    expect(controllers).toHaveLength(DEPTH + 2);
    const under = (await getDb().$queryRaw<{ id: string }[]>`SELECT "accounts_created_under"(${root.id}::uuid)::text AS id`).map((r) => r.id);
    expect(under).toContain(deep.id);
    expect(await accountsOfOneHand(getDb(), editor.id)).toContain(deep.id);
  });

  it("reviews neither the first admin's accounts nor that admin's own proposals: the data function and the database refuse", async () => {
    for (const author of [editor, root]) {
      const proposal = await openProposal(author);
      expect(await rejection(reviewProposal(deep, { proposalId: proposal.id, decision: "APPROVE" }))).toMatchObject({ code: "FORBIDDEN" });
      await expect(
        getDb().$executeRaw`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), ${proposal.id}::uuid, ${deep.id}::uuid, 'APPROVE')`,
      ).rejects.toThrow(/two-person rule/);
      expect(await getDb().review.count({ where: { proposalId: proposal.id } })).toBe(0);
    }
  });
});
