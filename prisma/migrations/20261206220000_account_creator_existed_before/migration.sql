-- Whether an admin's word counts (account_vouches_count, 20261206210000) reads two accounts' hands as meeting exactly
-- when they hold a common account created by nobody, which holds only while every chain of creators ends at one. An
-- account's creator is fixed once written (User_created_by_fixed), but the foreign key let the row name itself, or a
-- row inserted after it by the same statement: an account created by itself, or two created by each other, had no
-- account created by nobody in its hands, and an admin created by such an account read as apart from it, its word
-- counting for the account where the walk of account_vouch_apart says it does not. The creator named by a new account
-- is now an account that exists already (rows inserted earlier by the same statement included), so no chain loops.
-- A restore switches user triggers off and loads a desk whose chains were written under this rule.

CREATE FUNCTION "user_created_by_earlier"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = NEW."createdById") THEN
    RAISE EXCEPTION 'an account''s creator must be an account that exists already' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "User_created_by_earlier" BEFORE INSERT ON "User" FOR EACH ROW EXECUTE FUNCTION "user_created_by_earlier"();
