-- A password reset by an admin (20261206160000) and a vouch from another hand with chains followed to their ends
-- (20261206170000, 20261206171000) both redefine the functions of the two-person rule, and the later two leave the
-- reset out. This joins them: the chains followed to their ends take the admin who reset a password as its
-- creator is taken, a confirmation stands only when given after the last reset by an admin whose word counts, and a
-- confirmation given again is checked as a first one is.
--
-- Whether a vouch counts (account_vouch_counts, account_vouch_apart) reads each account's hands from its columns alone
-- (account_hands: creators and every admin who reset a password, whether or not a confirmation lifted the reset):
-- reading them through account_controllers would ask whether the account's own confirmation stands while deciding
-- just that. So an admin who once reset an account's password is never apart from it when vouching (stricter), and
-- the functions never call one another in a ring.

-- An account and every account up its chain of creators and of admins who ever reset a password on it.
CREATE FUNCTION "account_hands"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain(id) AS (
    SELECT account
    UNION
    SELECT parent.id FROM chain JOIN "User" u ON u."id" = chain.id
    CROSS JOIN LATERAL (VALUES (u."createdById"), (u."passwordResetById")) AS parent(id)
    WHERE parent.id IS NOT NULL
  )
  SELECT id FROM chain
$$;

CREATE OR REPLACE FUNCTION "account_vouch_apart"(voucher UUID, account UUID) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
  hands UUID[] := ARRAY(SELECT "account_hands"(account));
  step UUID := voucher;
  own UUID[];
BEGIN
  FOR depth IN 1..100 LOOP
    IF step IS NULL OR step = ANY(hands) OR NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = step AND "role" = 'ADMIN'::"Role" AND "isActive") THEN
      RETURN false;
    END IF;
    own := ARRAY(SELECT "account_hands"(step));
    IF NOT (own && hands) THEN
      RETURN true;
    END IF;
    -- Of one hand with the account: apart only if an admin apart from both confirmed it.
    hands := hands || own;
    SELECT "heldConfirmedById" INTO step FROM "User" WHERE "id" = step;
  END LOOP;
  RETURN false;
END $$;

CREATE OR REPLACE FUNCTION "account_vouch_counts"(voucher UUID, account UUID) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "User" WHERE "id" = voucher AND "role" = 'ADMIN'::"Role" AND "isActive")
    AND voucher NOT IN (SELECT "account_hands"(account))
    AND ("account_vouch_apart"(voucher, account)
         OR NOT EXISTS (SELECT 1 FROM "User" a WHERE a."role" = 'ADMIN'::"Role" AND a."isActive" AND "account_vouch_apart"(a."id", account)))
$$;

-- A confirmation stands while its word counts and it was given after the account's last password reset: one given
-- before vouched for a password the account no longer has.
CREATE OR REPLACE FUNCTION "account_standing_confirmer"(account UUID) RETURNS UUID LANGUAGE sql STABLE AS $$
  SELECT u."heldConfirmedById" FROM "User" u
  WHERE u."id" = account AND u."heldConfirmedById" IS NOT NULL
    AND (u."passwordResetAt" IS NULL OR u."heldConfirmedAt" >= u."passwordResetAt")
    AND "account_vouch_counts"(u."heldConfirmedById", account)
$$;

-- An account and every account up its chain of creators and of admins who reset a password on it that no standing
-- confirmation has lifted, followed to their ends.
CREATE OR REPLACE FUNCTION "account_controllers"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain(id) AS (
    SELECT account
    UNION
    SELECT parent.id FROM chain JOIN "User" u ON u."id" = chain.id
    CROSS JOIN LATERAL (VALUES (u."createdById"), ("account_password_resetter"(u."id"))) AS parent(id)
    WHERE parent.id IS NOT NULL
  )
  SELECT id FROM chain
$$;

-- An account and every account down its chain of creation and of password resets, followed to their ends.
CREATE OR REPLACE FUNCTION "accounts_created_under"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE down(id) AS (
    SELECT account
    UNION
    SELECT u."id" FROM "User" u JOIN down
      ON u."createdById" = down.id OR (u."passwordResetById" = down.id AND "account_password_resetter"(u."id") = down.id)
  )
  SELECT id FROM down
$$;

-- A confirmation given again (after a reset made the last one lapse) is checked as a first one is, even when its
-- admin is the one who gave the last; and only an admin whose word counts may give it.
CREATE OR REPLACE FUNCTION "user_held_confirmation_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."heldConfirmedById" IS NOT NULL AND (NEW."heldConfirmedById" IS DISTINCT FROM OLD."heldConfirmedById" OR NEW."heldConfirmedAt" IS DISTINCT FROM OLD."heldConfirmedAt")
     AND (NEW."heldConfirmedById" IS NULL OR "account_standing_confirmer"(OLD."id") IS NOT NULL) THEN
    RAISE EXCEPTION 'an account''s confirmation cannot be changed' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."heldConfirmedById" IS NOT NULL AND (NEW."heldConfirmedById" IS DISTINCT FROM OLD."heldConfirmedById" OR NEW."heldConfirmedAt" IS DISTINCT FROM OLD."heldConfirmedAt") THEN
    IF NEW."heldConfirmedById" IN (SELECT "account_controllers"(NEW."id")) THEN
      RAISE EXCEPTION 'an account cannot be confirmed by itself or by an account up its chain of creators' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = NEW."heldConfirmedById" AND "role" = 'ADMIN'::"Role" AND "isActive") THEN
      RAISE EXCEPTION 'only an active admin confirms an account' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT "account_vouch_counts"(NEW."heldConfirmedById", NEW."id") THEN
      RAISE EXCEPTION 'an admin of one hand with the account, whom no admin apart has confirmed, cannot confirm it while the desk has an admin apart from it' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;
