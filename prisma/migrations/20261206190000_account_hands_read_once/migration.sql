-- Two flaws of the functions joined in 20261206180000.
--
-- A confirmation a password reset made lapse still vouched for its admin. account_vouch_apart follows, from an admin
-- of one hand with the account, the confirmation that admin holds; it read heldConfirmedById whether or not a reset
-- came after it. An admin who reset another admin's password (and so holds it, until someone confirms it again)
-- signed in as that admin and vouched, as it, for an account of their own: the lapsed confirmation parted them, and
-- the accounts the first admin created were no longer of one hand (test/attacks/lapsed-vouch-chain.int.test.ts). A
-- step is now taken only on a confirmation given after the last reset, read from the columns (asking
-- account_standing_confirmer would call this function back). The walk also goes to its end instead of 100 steps:
-- each admin it reaches joins the hands, so it cannot meet one twice and ends within the desk's admins.
--
-- accounts_created_under joined every account to each step down the chain with a condition holding a function call
-- (whether the account's reset still stands), which PostgreSQL evaluated for every pair it tried: seconds per call on
-- a desk of 500 accounts, and the review trigger (through accounts_of_one_hand) calls it for every account up the
-- author's chain, so one approval took tens of seconds (test/attacks/one-hand-desk-cost.int.test.ts). The edges up
-- the chains (creator, and the resetter while no confirmation since stands) are now read once per call, each
-- account's reset asked once; the accounts it answers are the same.

CREATE OR REPLACE FUNCTION "account_vouch_apart"(voucher UUID, account UUID) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
  hands UUID[] := ARRAY(SELECT "account_hands"(account));
  step UUID := voucher;
  own UUID[];
BEGIN
  LOOP
    IF step IS NULL OR step = ANY(hands) OR NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = step AND "role" = 'ADMIN'::"Role" AND "isActive") THEN
      RETURN false;
    END IF;
    own := ARRAY(SELECT "account_hands"(step));
    IF NOT (own && hands) THEN
      RETURN true;
    END IF;
    -- Of one hand with the account: apart only if an admin apart from both confirmed it since its last reset.
    hands := hands || own;
    step := (SELECT "heldConfirmedById" FROM "User"
             WHERE "id" = step AND ("passwordResetAt" IS NULL OR "heldConfirmedAt" >= "passwordResetAt"));
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION "accounts_created_under"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE edge(child, parent) AS MATERIALIZED (
    SELECT u."id", u."createdById" FROM "User" u WHERE u."createdById" IS NOT NULL
    UNION ALL
    SELECT u."id", u."passwordResetById" FROM "User" u
    WHERE u."passwordResetById" IS NOT NULL AND "account_password_resetter"(u."id") IS NOT NULL
  ),
  down(id) AS (
    SELECT account
    UNION
    SELECT edge.child FROM edge JOIN down ON edge.parent = down.id
  )
  SELECT id FROM down
$$;

-- The accounts of one hand with `account`, as 20261206074728 defined them (its chain up, the accounts down it, and,
-- with two or more active admins, the accounts down its chain up unless one of the two was confirmed apart), read in
-- one statement: the edges once, every account's chain up walked together, the desk's admins counted once and
-- `account`'s own standing confirmation asked once, where each account down the chain asked them all again.
CREATE OR REPLACE FUNCTION "accounts_of_one_hand"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE edge(child, parent) AS MATERIALIZED (
    SELECT u."id", u."createdById" FROM "User" u WHERE u."createdById" IS NOT NULL
    UNION ALL
    SELECT u."id", u."passwordResetById" FROM "User" u
    WHERE u."passwordResetById" IS NOT NULL AND "account_password_resetter"(u."id") IS NOT NULL
  ),
  up(id) AS (SELECT account UNION SELECT edge.parent FROM edge JOIN up ON edge.child = up.id),
  down(id) AS (SELECT account UNION SELECT edge.child FROM edge JOIN down ON edge.parent = down.id),
  related(id) AS (SELECT id FROM up UNION SELECT edge.child FROM edge JOIN related ON edge.parent = related.id),
  -- Each related account with every account up its chain (account_controllers of each).
  related_up(id, controller) AS (
    SELECT id, id FROM related
    UNION
    SELECT related_up.id, edge.parent FROM edge JOIN related_up ON edge.child = related_up.controller
  ),
  several AS MATERIALIZED (SELECT "desk_has_several_admins"() AS yes),
  -- account_confirmed_apart(account, …): the confirmation `account` holds, outside its own chain up.
  mine AS MATERIALIZED (
    SELECT c.id FROM (SELECT "account_standing_confirmer"(account) AS id) c WHERE c.id IS NOT NULL AND c.id NOT IN (SELECT id FROM up)
  )
  SELECT id FROM up
  UNION
  SELECT id FROM down
  UNION
  SELECT r.id FROM related r, several
  WHERE several.yes
    AND NOT EXISTS (SELECT 1 FROM mine WHERE mine.id NOT IN (SELECT ru.controller FROM related_up ru WHERE ru.id = r.id))
    -- account_confirmed_apart(…, account): the confirmation the related account holds, outside both chains up.
    AND NOT EXISTS (
      SELECT 1 FROM (SELECT "account_standing_confirmer"(r.id) AS id) c
      WHERE c.id IS NOT NULL AND c.id NOT IN (SELECT ru.controller FROM related_up ru WHERE ru.id = r.id) AND c.id NOT IN (SELECT id FROM up)
    )
$$;
