-- An admin's word that an account is held by its own person parts it from the accounts created by the same hand. An
-- admin created by another admin was shown its one-time password by that admin: an admin could create a second admin
-- account and, signed in as it, vouch for the accounts the first created, parting two accounts of one hand alone,
-- while the desk had another admin, created apart, whose word was the one the rule asks for.
--
-- An admin stands apart from an account when its chain of creators does not meet the account's; or, when it does, when
-- it was itself confirmed as held by its own person by an admin standing apart from both (and so on, each step's
-- chain added to the hands the next must stand apart from, each voucher an active admin). When the desk has an active
-- admin standing apart from the account, only such an admin's word counts: one of the account's own hand whom nobody
-- apart confirmed is its creator's word. When it has none (every admin was created, directly or not, by the account's
-- creators: a desk's admins all descend from the first admin unless one was confirmed apart), no word could be a
-- second person's, and an admin's word counts as before, from any active admin outside the account's chain of
-- creators: refusing it would leave such a desk with two admins no review at all between the accounts they created.
-- Read when a confirmation is given (the trigger and lib/accounts/confirm-account-held.ts refuse it) and each time a
-- confirmation is asked whether it stands (account_standing_confirmer): one that stood lapses when its voucher no
-- longer counts, and may then be given again by an admin whose word does.
CREATE FUNCTION "account_vouch_apart"(voucher UUID, account UUID) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
DECLARE
  hands UUID[] := ARRAY(SELECT "account_controllers"(account));
  step UUID := voucher;
  own UUID[];
BEGIN
  FOR depth IN 1..100 LOOP
    IF step IS NULL OR step = ANY(hands) OR NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = step AND "role" = 'ADMIN'::"Role" AND "isActive") THEN
      RETURN false;
    END IF;
    own := ARRAY(SELECT "account_controllers"(step));
    IF NOT (own && hands) THEN
      RETURN true;
    END IF;
    -- Of one hand with the account: apart only if an admin apart from both confirmed it.
    hands := hands || own;
    SELECT "heldConfirmedById" INTO step FROM "User" WHERE "id" = step;
  END LOOP;
  RETURN false;
END $$;

CREATE FUNCTION "account_vouch_counts"(voucher UUID, account UUID) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "User" WHERE "id" = voucher AND "role" = 'ADMIN'::"Role" AND "isActive")
    AND voucher NOT IN (SELECT "account_controllers"(account))
    AND ("account_vouch_apart"(voucher, account)
         OR NOT EXISTS (SELECT 1 FROM "User" a WHERE a."role" = 'ADMIN'::"Role" AND a."isActive" AND "account_vouch_apart"(a."id", account)))
$$;

CREATE OR REPLACE FUNCTION "account_standing_confirmer"(account UUID) RETURNS UUID LANGUAGE sql STABLE AS $$
  SELECT u."heldConfirmedById" FROM "User" u
  WHERE u."id" = account AND u."heldConfirmedById" IS NOT NULL AND "account_vouch_counts"(u."heldConfirmedById", account)
$$;

CREATE OR REPLACE FUNCTION "user_held_confirmation_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."heldConfirmedById" IS NOT NULL AND (NEW."heldConfirmedById" IS DISTINCT FROM OLD."heldConfirmedById" OR NEW."heldConfirmedAt" IS DISTINCT FROM OLD."heldConfirmedAt")
     AND (NEW."heldConfirmedById" IS NULL OR "account_standing_confirmer"(OLD."id") IS NOT NULL) THEN
    RAISE EXCEPTION 'an account''s confirmation cannot be changed' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."heldConfirmedById" IS NOT NULL AND NEW."heldConfirmedById" IS DISTINCT FROM OLD."heldConfirmedById" THEN
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
