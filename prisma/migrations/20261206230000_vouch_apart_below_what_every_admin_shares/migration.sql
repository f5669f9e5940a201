-- On a desk whose admins all descend from the first (the usual desk), nobody stands apart from any account, and the
-- vouching rule of 20261206170000 then let any admin outside an account's hands vouch for it. An admin could create a
-- second admin account and vouch as it for the accounts the first created; or reset the password of a colleague's
-- reviewer, vouch as that second account that the reviewer is held by its own person (lifting the reset), sign in as
-- the reviewer and approve their own proposal.
--
-- What every active admin's hands share (account_hands: creators and every admin who reset a password; on the usual
-- desk, the first admin, whoever created every admin, and whoever ever reset the first admin's password and so could
-- sign in as it) is the desk's own root of trust: it could make any account anyway. Below it, an admin's word counts
-- for an account when their hands meet nowhere outside what every admin shares: two admins the first created vouch
-- for each other's accounts, as before, but an admin's second account no longer vouches for the first's accounts, nor
-- for an account the first reset. Failing that, an admin still stands
-- apart through confirmations (account_vouch_apart), as before; on a desk of one root that walk never ends on anyone.
-- A desk of several roots shares nothing, and there the rule is the earlier one's: hands that do not meet at all.

CREATE OR REPLACE FUNCTION "account_vouches_count"(accounts UUID[], vouchers UUID[])
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
  -- What every active admin's hands hold.
  shared AS MATERIALIZED (
    SELECT hand.id FROM hand JOIN admin ON admin.id = hand.origin GROUP BY hand.id HAVING count(*) = (SELECT count(*) FROM admin)
  ),
  hands AS MATERIALIZED (
    SELECT hand.origin, array_agg(hand.id) AS ids,
           coalesce(array_agg(hand.id) FILTER (WHERE hand.id NOT IN (SELECT shared.id FROM shared)), '{}') AS own,
           coalesce(array_agg(hand.id ORDER BY hand.id) FILTER (WHERE u."createdById" IS NULL), '{}') AS roots
    FROM hand JOIN "User" u ON u."id" = hand.id GROUP BY hand.origin
  ),
  admin_roots AS MATERIALIZED (SELECT DISTINCT hands.roots FROM hands JOIN admin ON admin.id = hands.origin)
  SELECT pair.account, pair.voucher,
    CASE
      WHEN pair.voucher NOT IN (SELECT admin.id FROM admin) OR pair.voucher = ANY(a.ids) THEN false
      -- The voucher's hands and the account's meet nowhere below what every admin shares.
      WHEN NOT (v.own && a.own) THEN true
      -- Nobody stands apart from the account: a walk through confirmations cannot end on anyone.
      WHEN NOT EXISTS (SELECT 1 FROM admin_roots r WHERE NOT (r.roots && a.roots)) THEN false
      ELSE "account_vouch_apart"(pair.voucher, pair.account)
    END AS counts
  FROM pair
  JOIN hands a ON a.origin = pair.account
  JOIN hands v ON v.origin = pair.voucher
$$;
