-- A review is written only by an account that may review at that moment: active, and a reviewer or an admin.
-- The desk checks the session when a request begins and the acting account again inside the review's transaction
-- (lib/auth/confirm-actor.ts); this holds the same rule for any writer. The reviewer's row is locked FOR SHARE, so a
-- demotion or deactivation being written waits for the review, or, committed first, is seen here.
CREATE OR REPLACE FUNCTION "review_two_person_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  proposal RECORD;
  reviewer RECORD;
BEGIN
  SELECT "proposedById", "status" INTO proposal FROM "Proposal" WHERE "id" = NEW."proposalId" FOR UPDATE;
  IF proposal."proposedById" = NEW."reviewerId" THEN
    RAISE EXCEPTION 'two-person rule: the author of a proposal cannot review it' USING ERRCODE = 'check_violation';
  END IF;
  IF proposal."proposedById" IN (SELECT "account_controllers"(NEW."reviewerId"))
     OR NEW."reviewerId" IN (SELECT "account_controllers"(proposal."proposedById")) THEN
    RAISE EXCEPTION 'two-person rule: the reviewer''s account and the author''s were created one by the other' USING ERRCODE = 'check_violation';
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
