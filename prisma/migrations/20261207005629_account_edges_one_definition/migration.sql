-- CreateIndex
CREATE INDEX "User_reset_then_confirmed_idx" ON "User"("id") WHERE (("passwordResetById" IS NOT NULL) AND ("heldConfirmedById" IS NOT NULL));

-- The two-person rule's walks (accounts_created_under, accounts_of_one_hand) each defined the chain's edges anew and
-- asked whether every confirmation of the desk stands (account_standing_confirmations(), which walks the hands of every
-- confirmed account) on every call: about 30 ms on a desk of 1,000 accounts, for an answer that needs only the
-- accounts reset and confirmed (a reset's edge is left out while a confirmation given after it stands) and, for the
-- accounts of one hand, the related accounts whose confirmer is outside both chains. The answers are the earlier
-- definitions' (test/attacks/one-hand-desk-cost.int.test.ts, vouch-edge-desks.int.test.ts); the confirmations
-- a call asks about are counted in test/attacks/one-hand-confirmations-asked.int.test.ts.

-- The standing confirmations among `accounts`, read together.
CREATE FUNCTION "account_standing_confirmations"(accounts UUID[]) RETURNS TABLE(account UUID, confirmer UUID) LANGUAGE sql STABLE AS $$
  SELECT v.account, v.voucher
  FROM (
    SELECT array_agg(u."id") AS accounts, array_agg(u."heldConfirmedById") AS confirmers FROM "User" u
    WHERE u."id" = ANY(accounts) AND u."heldConfirmedById" IS NOT NULL
      AND (u."passwordResetAt" IS NULL OR u."heldConfirmedAt" >= u."passwordResetAt")
    HAVING count(*) > 0
  ) c
  CROSS JOIN LATERAL "account_vouches_count"(c.accounts, c.confirmers) v
  WHERE v.counts
$$;

-- Every standing confirmation of the desk (the accounts screen), as the set-wide case of the above.
CREATE OR REPLACE FUNCTION "account_standing_confirmations"() RETURNS TABLE(account UUID, confirmer UUID) LANGUAGE sql STABLE AS $$
  SELECT s.account, s.confirmer
  FROM "account_standing_confirmations"(ARRAY(SELECT u."id" FROM "User" u WHERE u."heldConfirmedById" IS NOT NULL)) s
$$;

-- The chain's edges, child to parent: each account's creator, and the admin who reset its password unless a
-- confirmation given after the reset stands. Only the accounts both reset and confirmed are asked about
-- (User_reset_then_confirmed_idx finds them).
CREATE FUNCTION "account_edges"() RETURNS TABLE(child UUID, parent UUID) LANGUAGE sql STABLE AS $$
  WITH standing AS MATERIALIZED (
    SELECT s.account FROM "account_standing_confirmations"(ARRAY(
      SELECT r."id" FROM "User" r WHERE r."passwordResetById" IS NOT NULL AND r."heldConfirmedById" IS NOT NULL
    )) s
  )
  SELECT u."id", u."createdById" FROM "User" u WHERE u."createdById" IS NOT NULL
  UNION ALL
  SELECT u."id", u."passwordResetById" FROM "User" u
  WHERE u."passwordResetById" IS NOT NULL AND u."id" NOT IN (SELECT standing.account FROM standing)
$$;

CREATE OR REPLACE FUNCTION "accounts_created_under"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE edge AS MATERIALIZED (SELECT e.child, e.parent FROM "account_edges"() e),
  down(id) AS (
    SELECT account
    UNION
    SELECT edge.child FROM edge JOIN down ON edge.parent = down.id
  )
  SELECT id FROM down
$$;

-- As 20261206210000 defined it, over the same edges; a confirmation is asked about only where its answer matters: the
-- author's own, and a related account's whose confirmer is outside both chains up (on a desk of several admins).
CREATE OR REPLACE FUNCTION "accounts_of_one_hand"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE edge AS MATERIALIZED (SELECT e.child, e.parent FROM "account_edges"() e),
  up(id) AS (SELECT account UNION SELECT edge.parent FROM edge JOIN up ON edge.child = up.id),
  down(id) AS (SELECT account UNION SELECT edge.child FROM edge JOIN down ON edge.parent = down.id),
  related(id) AS (SELECT id FROM up UNION SELECT edge.child FROM edge JOIN related ON edge.parent = related.id),
  related_up(id, controller) AS (
    SELECT id, id FROM related
    UNION
    SELECT related_up.id, edge.parent FROM edge JOIN related_up ON edge.child = related_up.controller
  ),
  controllers AS MATERIALIZED (SELECT related_up.id, array_agg(related_up.controller) AS ids FROM related_up GROUP BY related_up.id),
  author_up AS MATERIALIZED (SELECT array_agg(up.id) AS ids FROM up),
  several AS MATERIALIZED (SELECT "desk_has_several_admins"() AS yes),
  asked AS MATERIALIZED (
    SELECT accounts_of_one_hand.account AS id
    UNION
    SELECT r.id FROM controllers r JOIN "User" u ON u."id" = r.id, author_up
    WHERE u."heldConfirmedById" IS NOT NULL AND NOT (u."heldConfirmedById" = ANY(r.ids)) AND NOT (u."heldConfirmedById" = ANY(author_up.ids))
  ),
  standing AS MATERIALIZED (
    SELECT s.account, s.confirmer FROM several, "account_standing_confirmations"(ARRAY(SELECT asked.id FROM asked)) s WHERE several.yes
  ),
  -- account_confirmed_apart(account, …): the confirmation `account` holds, outside its own chain up.
  mine AS MATERIALIZED (
    SELECT s.confirmer AS id FROM standing s, author_up WHERE s.account = accounts_of_one_hand.account AND NOT (s.confirmer = ANY(author_up.ids))
  )
  SELECT id FROM up
  UNION
  SELECT id FROM down
  UNION
  SELECT r.id FROM controllers r LEFT JOIN standing s ON s.account = r.id, several, author_up
  WHERE several.yes
    AND NOT EXISTS (SELECT 1 FROM mine WHERE NOT (mine.id = ANY(r.ids)))
    -- account_confirmed_apart(…, account): the confirmation the related account holds, outside both chains up.
    AND NOT (s.confirmer IS NOT NULL AND NOT (s.confirmer = ANY(r.ids)) AND NOT (s.confirmer = ANY(author_up.ids)))
$$;
