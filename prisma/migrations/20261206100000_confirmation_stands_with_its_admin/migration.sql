-- A confirmation that an account is held by its own person stands only while the admin who gave it is an active
-- admin: an admin demoted or deactivated (having left, or found to share a hand with the account) no longer vouches.
-- The confirmation stays recorded; another admin may give it again, and it stands again if its admin is reactivated.

-- The admin whose confirmation of `account` stands now, or NULL. The review trigger (through accounts_of_one_hand),
-- the queues, the accounts list and the confirmation itself all ask this one function.
CREATE FUNCTION "account_standing_confirmer"(account UUID) RETURNS UUID LANGUAGE sql STABLE AS $$
  SELECT u."heldConfirmedById" FROM "User" u JOIN "User" confirmer ON confirmer."id" = u."heldConfirmedById"
  WHERE u."id" = account AND confirmer."role" = 'ADMIN'::"Role" AND confirmer."isActive"
$$;

CREATE OR REPLACE FUNCTION "account_confirmed_apart"(account UUID, other UUID) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM (SELECT "account_standing_confirmer"(account) AS id) confirmer
    WHERE confirmer.id IS NOT NULL
      AND confirmer.id NOT IN (SELECT "account_controllers"(account))
      AND confirmer.id NOT IN (SELECT "account_controllers"(other))
  )
$$;

-- A standing confirmation is a record: neither changed nor taken back. One that no longer stands may be given again.
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
  END IF;
  RETURN NEW;
END $$;

-- Who the desk's active admins are decides the two-person rule (how many there are, whose confirmations stand). A
-- change to that set takes the desk's admin lock (the one lib/accounts/update-account.ts takes to keep one admin)
-- for the rest of its transaction; the review trigger takes it shared before it reads the set. So a review and a
-- demotion, deactivation or promotion at the same moment take turns: the second sees what the first committed.
CREATE FUNCTION "user_admin_set_turn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW."role" = 'ADMIN'::"Role" AND NEW."isActive")
     OR (TG_OP = 'UPDATE' AND (OLD."role" = 'ADMIN'::"Role" AND OLD."isActive") IS DISTINCT FROM (NEW."role" = 'ADMIN'::"Role" AND NEW."isActive")) THEN
    PERFORM pg_advisory_xact_lock(hashtext('last-admin'));
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "User_admin_set_turn" BEFORE INSERT OR UPDATE OF "role", "isActive" ON "User" FOR EACH ROW EXECUTE FUNCTION "user_admin_set_turn"();

CREATE OR REPLACE FUNCTION "review_two_person_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  proposal RECORD;
  reviewer RECORD;
BEGIN
  -- Before anything is read: a change to the desk's admins in flight is waited for, and each read below (a statement
  -- of its own, so a snapshot of its own) sees it committed.
  PERFORM pg_advisory_xact_lock_shared(hashtext('last-admin'));
  SELECT "proposedById", "status" INTO proposal FROM "Proposal" WHERE "id" = NEW."proposalId" FOR UPDATE;
  IF proposal."proposedById" = NEW."reviewerId" THEN
    RAISE EXCEPTION 'two-person rule: the author of a proposal cannot review it' USING ERRCODE = 'check_violation';
  END IF;
  IF proposal."proposedById" IN (SELECT "account_controllers"(NEW."reviewerId"))
     OR NEW."reviewerId" IN (SELECT "account_controllers"(proposal."proposedById")) THEN
    RAISE EXCEPTION 'two-person rule: the reviewer''s account and the author''s were created one by the other' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."reviewerId" IN (SELECT "accounts_of_one_hand"(proposal."proposedById")) THEN
    RAISE EXCEPTION 'two-person rule: the reviewer''s account and the author''s were created by the same hand and no other admin confirmed either as held by its own person' USING ERRCODE = 'check_violation';
  END IF;
  SELECT "role", "isActive" INTO reviewer FROM "User" WHERE "id" = NEW."reviewerId" FOR SHARE;
  IF NOT FOUND OR NOT reviewer."isActive" OR reviewer."role" NOT IN ('REVIEWER'::"Role", 'ADMIN'::"Role") THEN
    RAISE EXCEPTION 'a review needs an active reviewer or admin' USING ERRCODE = 'check_violation';
  END IF;
  IF proposal."status" <> 'OPEN' THEN
    RAISE EXCEPTION 'this proposal has already been decided' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
