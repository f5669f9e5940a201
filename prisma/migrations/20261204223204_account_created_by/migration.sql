-- AlterTable
ALTER TABLE "User" ADD COLUMN     "createdById" UUID;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Who created an account is history: it never changes once written.
CREATE FUNCTION "user_created_by_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."createdById" IS DISTINCT FROM OLD."createdById" THEN
    RAISE EXCEPTION 'an account''s creator cannot be changed' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "User_created_by_fixed" BEFORE UPDATE OF "createdById" ON "User" FOR EACH ROW EXECUTE FUNCTION "user_created_by_fixed"();

-- An account and every account up its chain of creators: each of those knew, or could have set, its first password.
CREATE FUNCTION "account_controllers"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain(id, depth) AS (
    SELECT account, 0
    UNION
    SELECT u."createdById", chain.depth + 1 FROM "User" u JOIN chain ON u."id" = chain.id
    WHERE u."createdById" IS NOT NULL AND chain.depth < 100
  )
  SELECT id FROM chain
$$;

-- The two-person rule, again: besides the author, no account the author created (directly or through accounts it
-- created) may review, nor an account that created the author's: an admin could otherwise approve their own
-- proposal with an account whose one-time password they were shown.
CREATE OR REPLACE FUNCTION "review_two_person_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  proposal RECORD;
BEGIN
  SELECT "proposedById", "status" INTO proposal FROM "Proposal" WHERE "id" = NEW."proposalId" FOR UPDATE;
  IF proposal."proposedById" = NEW."reviewerId" THEN
    RAISE EXCEPTION 'two-person rule: the author of a proposal cannot review it' USING ERRCODE = 'check_violation';
  END IF;
  IF proposal."proposedById" IN (SELECT "account_controllers"(NEW."reviewerId"))
     OR NEW."reviewerId" IN (SELECT "account_controllers"(proposal."proposedById")) THEN
    RAISE EXCEPTION 'two-person rule: the reviewer''s account and the author''s were created one by the other' USING ERRCODE = 'check_violation';
  END IF;
  IF proposal."status" <> 'OPEN' THEN
    RAISE EXCEPTION 'this proposal has already been decided' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
