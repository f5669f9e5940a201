-- Whether an admin's word counts for an account (account_vouch_counts) asked, when that admin is of the account's own
-- hand, whether any active admin stands apart from it: account_vouch_apart for every active admin, each walking two
-- chains. The accounts screen asks it for every account: on a desk whose admins all descend from the first (the
-- usual desk), 100 admins and 700 accounts, a second admin's accounts screen took 16 s.
--
-- The same answer, read once: an active admin stands apart from the account at the walk's first step exactly when no
-- account of the account's hands (account_hands) is up that admin's own chains (over the same edges: creators and
-- every admin who ever reset a password); every active admin's chains are walked in one statement. An admin whose
-- chains meet the hands stands apart only through a confirmation it holds, so only admins holding one are walked in
-- full by account_vouch_apart.

CREATE OR REPLACE FUNCTION "account_vouch_counts"(voucher UUID, account UUID) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
  hands UUID[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = voucher AND "role" = 'ADMIN'::"Role" AND "isActive") THEN
    RETURN false;
  END IF;
  hands := ARRAY(SELECT "account_hands"(account));
  IF voucher = ANY(hands) THEN
    RETURN false;
  END IF;
  IF "account_vouch_apart"(voucher, account) THEN
    RETURN true;
  END IF;
  -- Of the account's hand: the word counts only while no active admin stands apart from the account. Every active
  -- admin's chains up are walked together (an admin's chain is short; each step reads one row by its key).
  RETURN NOT EXISTS (
    WITH RECURSIVE up(admin, id) AS (
      SELECT a."id", a."id" FROM "User" a WHERE a."role" = 'ADMIN'::"Role" AND a."isActive"
      UNION
      SELECT up.admin, parent.id FROM up JOIN "User" u ON u."id" = up.id
      CROSS JOIN LATERAL (VALUES (u."createdById"), (u."passwordResetById")) AS parent(id)
      WHERE parent.id IS NOT NULL
    ),
    meets AS (SELECT up.admin, bool_or(up.id = ANY(hands)) AS yes FROM up GROUP BY up.admin)
    SELECT 1 FROM meets JOIN "User" a ON a."id" = meets.admin
    WHERE NOT meets.yes OR (a."heldConfirmedById" IS NOT NULL AND "account_vouch_apart"(a."id", account))
  );
END $$;
