// The two-person rule's functions as earlier migrations defined them, one account or one pair at a time, kept to compare
// the set-based definitions' answers with (test/attacks/one-hand-desk-cost.int.test.ts on desks drawn at random,
// test/attacks/vouch-edge-desks.int.test.ts on desks built step by step). Each is created by the test that compares.

// The walk down as migration 20261206180000 defined it, and the accounts of one hand as 20261206074728 did (over the
// walk down, whose answers the test compares first), kept to compare answers with.
export const REFERENCE = [
  `
  CREATE OR REPLACE FUNCTION "accounts_created_under_reference"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
    WITH RECURSIVE down(id) AS (
      SELECT account
      UNION
      SELECT u."id" FROM "User" u JOIN down
        ON u."createdById" = down.id OR (u."passwordResetById" = down.id AND "account_password_resetter"(u."id") = down.id)
    )
    SELECT id FROM down
  $$`,
  // Whether an admin's word counts, one pair at a time: an active admin outside the account's hands whose own hands
  // meet the account's nowhere outside what every active admin's hands share, or who stands apart through
  // confirmations (account_vouch_apart, every step asked in turn), as 20261206230000 defines it.
  `
  CREATE OR REPLACE FUNCTION "account_vouch_counts_reference"(voucher UUID, account UUID) RETURNS boolean LANGUAGE sql STABLE AS $$
    WITH admins AS (SELECT "id" FROM "User" WHERE "role" = 'ADMIN'::"Role" AND "isActive"),
    shared AS (
      SELECT c.id FROM admins a CROSS JOIN LATERAL "account_hands"(a."id") AS c(id)
      GROUP BY c.id HAVING count(*) = (SELECT count(*) FROM admins)
    )
    SELECT EXISTS (SELECT 1 FROM admins WHERE "id" = voucher)
      AND voucher NOT IN (SELECT "account_hands"(account))
      AND (NOT EXISTS (
             SELECT 1 FROM "account_hands"(voucher) AS h(id)
             WHERE h.id IN (SELECT "account_hands"(account)) AND h.id NOT IN (SELECT shared.id FROM shared))
           OR "account_vouch_apart"(voucher, account))
  $$`,
  `
  CREATE OR REPLACE FUNCTION "accounts_of_one_hand_reference"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
    WITH up AS (SELECT "account_controllers"(account) AS id),
    related AS (SELECT DISTINCT "accounts_created_under"(up.id) AS id FROM up)
    SELECT id FROM up
    UNION
    SELECT "accounts_created_under"(account)
    UNION
    SELECT related.id FROM related
    WHERE "desk_has_several_admins"() AND NOT "account_confirmed_apart"(account, related.id) AND NOT "account_confirmed_apart"(related.id, account)
  $$`,
  // Whose confirmation of an account stands, as 20261206180000 defined it, over the earlier definition of whose word counts.
  `
  CREATE OR REPLACE FUNCTION "account_standing_confirmer_reference"(account UUID) RETURNS UUID LANGUAGE sql STABLE AS $$
    SELECT u."heldConfirmedById" FROM "User" u
    WHERE u."id" = account AND u."heldConfirmedById" IS NOT NULL
      AND (u."passwordResetAt" IS NULL OR u."heldConfirmedAt" >= u."passwordResetAt")
      AND "account_vouch_counts_reference"(u."heldConfirmedById", account)
  $$`,
];
