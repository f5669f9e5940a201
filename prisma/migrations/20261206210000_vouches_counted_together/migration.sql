-- Whether an admin's word counts for an account (account_vouch_counts) was asked account by account, and each ask
-- walked every active admin's chains and, on a desk whose admins all descend from the first, walked again from every
-- admin holding a confirmation (account_vouch_apart). The two-person check of a proposal and of a review
-- (accounts_of_one_hand) asks it for every confirmed account related to the author: on a desk of hundreds of
-- admin-created, confirmed accounts a review outran its transaction's bound and failed.
--
-- 1. The second walk answered nothing the first did not. An admin stands apart from an account when its walk
--    (account_vouch_apart) ends on an active admin whose hands (account_hands) meet none of the hands gathered, the
--    account's among them; that admin's own walk ends at its first step. So "some active admin stands apart from the
--    account" is "some active admin's hands meet none of the account's".
-- 2. Hands are closed upwards and every account's chain of creators ends at an account created by nobody (a creator
--    is fixed and existed before), so two accounts' hands meet exactly when they hold a common account created by
--    nobody (its root). The desk's active admins fall into a few distinct sets of roots, gathered once.
-- 3. Everything is asked for many pairs in one statement (account_vouches_count): the hands of every account asked
--    about, of every voucher and of every active admin walked together, once. The walk from an admin holding a
--    confirmation (account_vouch_apart) is taken only when the desk has an admin apart from the account and the
--    voucher's roots meet the account's.
-- Should an account's chain of creators never end at a root (only raw SQL could make one), its roots read as none:
-- an admin then seems apart, and the exact walk decides. The answers are the earlier definition's
-- (test/attacks/one-hand-desk-cost.int.test.ts compares them on desks drawn at random).

CREATE FUNCTION "account_vouches_count"(accounts UUID[], vouchers UUID[])
RETURNS TABLE(account UUID, voucher UUID, counts boolean) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE
  pair AS MATERIALIZED (
    SELECT DISTINCT p.account, p.voucher FROM unnest(accounts, vouchers) AS p(account, voucher)
    WHERE p.account IS NOT NULL AND p.voucher IS NOT NULL
  ),
  admin AS MATERIALIZED (SELECT u."id" FROM "User" u WHERE u."role" = 'ADMIN'::"Role" AND u."isActive"),
  hand(origin, id) AS (
    SELECT o.id, o.id FROM (SELECT pair.account FROM pair UNION SELECT pair.voucher FROM pair UNION SELECT admin.id FROM admin) AS o(id)
    UNION
    SELECT hand.origin, parent.id FROM hand JOIN "User" u ON u."id" = hand.id
    CROSS JOIN LATERAL (VALUES (u."createdById"), (u."passwordResetById")) AS parent(id)
    WHERE parent.id IS NOT NULL
  ),
  hands AS MATERIALIZED (
    SELECT hand.origin, array_agg(hand.id) AS ids,
           coalesce(array_agg(hand.id ORDER BY hand.id) FILTER (WHERE u."createdById" IS NULL), '{}') AS roots
    FROM hand JOIN "User" u ON u."id" = hand.id GROUP BY hand.origin
  ),
  admin_roots AS MATERIALIZED (SELECT DISTINCT hands.roots FROM hands JOIN admin ON admin.id = hands.origin)
  SELECT pair.account, pair.voucher,
    CASE
      WHEN pair.voucher NOT IN (SELECT admin.id FROM admin) OR pair.voucher = ANY(a.ids) THEN false
      -- Nobody stands apart from the account: the word of an admin outside its hands counts.
      WHEN NOT EXISTS (SELECT 1 FROM admin_roots r WHERE NOT (r.roots && a.roots)) THEN true
      -- The voucher stands apart itself.
      WHEN NOT (v.roots && a.roots) THEN true
      ELSE "account_vouch_apart"(pair.voucher, pair.account)
    END AS counts
  FROM pair
  JOIN hands a ON a.origin = pair.account
  JOIN hands v ON v.origin = pair.voucher
$$;

CREATE OR REPLACE FUNCTION "account_vouch_counts"(voucher UUID, account UUID) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT v.counts FROM "account_vouches_count"(ARRAY[account], ARRAY[voucher]) v), false)
$$;

-- Every account whose confirmation stands (account_standing_confirmer), with its confirmer, read together.
CREATE FUNCTION "account_standing_confirmations"() RETURNS TABLE(account UUID, confirmer UUID) LANGUAGE sql STABLE AS $$
  SELECT v.account, v.voucher
  FROM (
    SELECT array_agg(u."id") AS accounts, array_agg(u."heldConfirmedById") AS confirmers FROM "User" u
    WHERE u."heldConfirmedById" IS NOT NULL AND (u."passwordResetAt" IS NULL OR u."heldConfirmedAt" >= u."passwordResetAt")
  ) c
  CROSS JOIN LATERAL "account_vouches_count"(c.accounts, c.confirmers) v
  WHERE v.counts
$$;

CREATE OR REPLACE FUNCTION "account_standing_confirmer"(account UUID) RETURNS UUID LANGUAGE sql STABLE AS $$
  SELECT u."heldConfirmedById" FROM "User" u
  WHERE u."id" = account AND u."heldConfirmedById" IS NOT NULL
    AND (u."passwordResetAt" IS NULL OR u."heldConfirmedAt" >= u."passwordResetAt")
    AND "account_vouch_counts"(u."heldConfirmedById", account)
$$;

-- The walk down, with the edges' resets read against every standing confirmation at once.
CREATE OR REPLACE FUNCTION "accounts_created_under"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE standing AS MATERIALIZED (SELECT s.account FROM "account_standing_confirmations"() s),
  edge(child, parent) AS MATERIALIZED (
    SELECT u."id", u."createdById" FROM "User" u WHERE u."createdById" IS NOT NULL
    UNION ALL
    SELECT u."id", u."passwordResetById" FROM "User" u
    WHERE u."passwordResetById" IS NOT NULL AND u."id" NOT IN (SELECT standing.account FROM standing)
  ),
  down(id) AS (
    SELECT account
    UNION
    SELECT edge.child FROM edge JOIN down ON edge.parent = down.id
  )
  SELECT id FROM down
$$;

-- As 20261206190000 defined it, each account's standing confirmation read from every standing confirmation read at
-- once, where each related account asked its own.
CREATE OR REPLACE FUNCTION "accounts_of_one_hand"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE standing AS MATERIALIZED (SELECT s.account, s.confirmer FROM "account_standing_confirmations"() s),
  edge(child, parent) AS MATERIALIZED (
    SELECT u."id", u."createdById" FROM "User" u WHERE u."createdById" IS NOT NULL
    UNION ALL
    SELECT u."id", u."passwordResetById" FROM "User" u
    WHERE u."passwordResetById" IS NOT NULL AND u."id" NOT IN (SELECT standing.account FROM standing)
  ),
  up(id) AS (SELECT account UNION SELECT edge.parent FROM edge JOIN up ON edge.child = up.id),
  down(id) AS (SELECT account UNION SELECT edge.child FROM edge JOIN down ON edge.parent = down.id),
  related(id) AS (SELECT id FROM up UNION SELECT edge.child FROM edge JOIN related ON edge.parent = related.id),
  related_up(id, controller) AS (
    SELECT id, id FROM related
    UNION
    SELECT related_up.id, edge.parent FROM edge JOIN related_up ON edge.child = related_up.controller
  ),
  -- Each related account's chain up as one array, and the author's: looked up by key, not scanned for each account.
  controllers AS MATERIALIZED (SELECT related_up.id, array_agg(related_up.controller) AS ids FROM related_up GROUP BY related_up.id),
  author_up AS MATERIALIZED (SELECT array_agg(up.id) AS ids FROM up),
  several AS MATERIALIZED (SELECT "desk_has_several_admins"() AS yes),
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
