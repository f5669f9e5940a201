// The two-person rule's walks (`accounts_created_under`, `accounts_of_one_hand`) leave out a password reset's edge
// where a confirmation given after it stands. Each asked whether every confirmation of the desk stands, walking the
// hands of every confirmed account, on every call: a proposal's check on a desk of 1,000 accounts read them all (about
// 30 ms) to answer for an account none of them is related to. Both now read the edges from one definition
// (`account_edges`), which asks only the accounts reset and confirmed since (a partial index finds them), and the
// accounts of one hand ask only the related accounts whose confirmer is outside both chains. Counted here as the
// accounts whose confirmation a call asks about, not as time.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { lockHolder } from "@/test/lock-wait";

describe("the accounts of one hand and the walk down, on a desk where confirmations stand elsewhere", () => {
  const client = lockHolder();

  /**
   * How many accounts one call of `fn` on `account` asks about whether their confirmation stands: the accounts handed
   * to account_vouches_count, whose walk of every account's hands is the work, counted by a wrapper the transaction
   * puts in its place and rolls back (rows read would count whole reads of this small table the planner chooses).
   */
  async function askedBy(fn: "accounts_created_under" | "accounts_of_one_hand", account: string): Promise<{ asked: number }> {
    await client.query("BEGIN");
    try {
      await client.query(`ALTER FUNCTION "account_vouches_count"(UUID[], UUID[]) RENAME TO "account_vouches_count_counted"`);
      await client.query(`
        CREATE FUNCTION "account_vouches_count"(accounts UUID[], vouchers UUID[]) RETURNS TABLE(account UUID, voucher UUID, counts boolean)
        LANGUAGE plpgsql STABLE AS $$
        BEGIN
          PERFORM set_config('claimdesk.asked', (coalesce(nullif(current_setting('claimdesk.asked', true), ''), '0')::int + coalesce(cardinality(accounts), 0))::text, true);
          RETURN QUERY SELECT * FROM "account_vouches_count_counted"(accounts, vouchers);
        END $$`);
      await client.query(`SELECT count(*) FROM "${fn}"($1::uuid)`, [account]);
      const { rows } = await client.query<{ asked: number }>(`SELECT coalesce(nullif(current_setting('claimdesk.asked', true), ''), '0')::int AS asked`);
      return rows[0]!;
    } finally {
      await client.query("ROLLBACK");
    }
  }

  it("ask about the one account reset and confirmed, not the 300 unrelated accounts confirmed", async () => {
    const prefix = `rows-${crypto.randomUUID().slice(0, 8)}`;
    // Two roots: root A with a second admin and an editor, root B with a second admin and 300 editors.
    await getDb().$executeRawUnsafe(`
      DO $$
      DECLARE a1 uuid := gen_random_uuid(); a2 uuid := gen_random_uuid(); b1 uuid := gen_random_uuid(); b2 uuid := gen_random_uuid();
      BEGIN
        INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES (a1, '${prefix}-a1@desk.test', 'A1', 'ADMIN', '-', now());
        INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt", "createdById") VALUES (a2, '${prefix}-a2@desk.test', 'A2', 'ADMIN', '-', now(), a1);
        INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES (b1, '${prefix}-b1@desk.test', 'B1', 'ADMIN', '-', now());
        INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt", "createdById") VALUES (b2, '${prefix}-b2@desk.test', 'B2', 'ADMIN', '-', now(), b1);
        INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt", "createdById") VALUES (gen_random_uuid(), '${prefix}-editor@desk.test', 'Editor', 'EDITOR', '-', now(), a2);
        FOR i IN 1..300 LOOP
          INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt", "createdById")
          VALUES (gen_random_uuid(), '${prefix}-b-' || i || '@desk.test', 'B ' || i, 'EDITOR', '-', now(), CASE WHEN i % 2 = 0 THEN b1 ELSE b2 END);
        END LOOP;
        -- One of them had its password reset by its root: its reset's edge stands until a confirmation given after it.
        UPDATE "User" SET "passwordResetById" = b1, "passwordResetAt" = now() WHERE email = '${prefix}-b-1@desk.test';
      END $$`);
    const editor = await getDb().user.findFirstOrThrow({ where: { email: `${prefix}-editor@desk.test` }, select: { id: true } });
    const a2 = await getDb().user.findFirstOrThrow({ where: { email: `${prefix}-a2@desk.test` }, select: { id: true } });
    await getDb().$executeRawUnsafe(`ANALYZE "User"`);
    const before = { down: await askedBy("accounts_created_under", a2.id), hand: await askedBy("accounts_of_one_hand", editor.id) };

    // Root A's second admin, apart from every account under root B, confirms each of them.
    await getDb().$executeRawUnsafe(`UPDATE "User" SET "heldConfirmedById" = '${a2.id}', "heldConfirmedAt" = now() WHERE email LIKE '${prefix}-b-%'`);
    expect(await getDb().user.count({ where: { email: { startsWith: `${prefix}-b-` }, heldConfirmedById: a2.id } })).toBe(300);
    const standing = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "User" u WHERE u.email LIKE ${`${prefix}-b-%`} AND "account_standing_confirmer"(u.id) IS NOT NULL`;
    expect(standing[0]!.n).toBe(300);
    await getDb().$executeRawUnsafe(`ANALYZE "User"`);
    const after = { down: await askedBy("accounts_created_under", a2.id), hand: await askedBy("accounts_of_one_hand", editor.id) };

    // Before: every confirmed account's hands walked on each call, hundreds of rows more (and more again per admin).
    // Before: every confirmed account of the desk was asked about on each call (and its hands walked), 300 more. Now
    // only the account reset and confirmed since, whose reset's edge the confirmation lifts.
    expect({ down: after.down.asked - before.down.asked, hand: after.hand.asked - before.hand.asked }).toEqual({ down: 1, hand: 1 });
    expect(after.hand.asked).toBeLessThan(5);
    // The answers themselves.
    const down = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "accounts_created_under"(${a2.id}::uuid)`;
    expect(down[0]!.n).toBe(2);
  }, 60_000);
});
