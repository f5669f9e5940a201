-- AlterTable
ALTER TABLE "User" ADD COLUMN     "heldConfirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "heldConfirmedById" UUID;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_heldConfirmedById_fkey" FOREIGN KEY ("heldConfirmedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A confirmation is a record: once given it is neither changed nor taken back by another writer.
CREATE FUNCTION "user_held_confirmation_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."heldConfirmedById" IS NOT NULL AND (NEW."heldConfirmedById" IS DISTINCT FROM OLD."heldConfirmedById" OR NEW."heldConfirmedAt" IS DISTINCT FROM OLD."heldConfirmedAt") THEN
    RAISE EXCEPTION 'an account''s confirmation cannot be changed' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."heldConfirmedById" IS NOT NULL AND OLD."heldConfirmedById" IS NULL THEN
    IF NEW."heldConfirmedById" IN (SELECT "account_controllers"(NEW."id")) THEN
      RAISE EXCEPTION 'an account cannot be confirmed by itself or by an account up its chain of creators' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = NEW."heldConfirmedById" AND "role" = 'ADMIN'::"Role" AND "isActive") THEN
      RAISE EXCEPTION 'only an active admin confirms an account' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "User_held_confirmation_fixed" BEFORE UPDATE OF "heldConfirmedById", "heldConfirmedAt" ON "User" FOR EACH ROW EXECUTE FUNCTION "user_held_confirmation_fixed"();

-- An account and every account down its chain of creation: each of those it could have signed in as.
CREATE FUNCTION "accounts_created_under"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE down(id, depth) AS (
    SELECT account, 0
    UNION
    SELECT u."id", down.depth + 1 FROM "User" u JOIN down ON u."createdById" = down.id WHERE down.depth < 100
  )
  SELECT DISTINCT id FROM down
$$;

-- Whether `account` was confirmed as held by its own person by an admin outside both accounts' chains of creators.
CREATE FUNCTION "account_confirmed_apart"(account UUID, other UUID) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM "User" u
    WHERE u."id" = account AND u."heldConfirmedById" IS NOT NULL
      AND u."heldConfirmedById" NOT IN (SELECT "account_controllers"(account))
      AND u."heldConfirmedById" NOT IN (SELECT "account_controllers"(other))
  )
$$;

-- A desk with one active admin has nobody to confirm an account: that admin owns the desk.
CREATE FUNCTION "desk_has_several_admins"() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT count(*) >= 2 FROM "User" WHERE "role" = 'ADMIN'::"Role" AND "isActive"
$$;

-- The accounts one person may hold together with `account` (itself included): those up its chain of creators and
-- those down it, always; and, when the desk has two or more active admins, every account whose chain of creators
-- meets its own (created by the same admin, or by admins created one by the other), unless another admin confirmed
-- one of the two as held by its own person. lib/auth/account-chain.ts reads this; the review trigger holds it.
CREATE FUNCTION "accounts_of_one_hand"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH up AS (SELECT "account_controllers"(account) AS id),
  related AS (SELECT DISTINCT "accounts_created_under"(up.id) AS id FROM up)
  SELECT id FROM up
  UNION
  SELECT "accounts_created_under"(account)
  UNION
  SELECT related.id FROM related
  WHERE "desk_has_several_admins"() AND NOT "account_confirmed_apart"(account, related.id) AND NOT "account_confirmed_apart"(related.id, account)
$$;

-- The two-person rule, with accounts of one hand: besides the author and the accounts created one by the other, no
-- account created by the same hand as the author's may review, unless one of the two was confirmed as held apart.
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
