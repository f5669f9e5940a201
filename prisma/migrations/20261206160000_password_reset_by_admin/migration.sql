-- An admin resets a forgotten password: the new one-time password is shown to that admin, who can sign in as the
-- account before its owner does. Like an admin who created an account, the admin who reset its password counts up
-- its chain (account_controllers) until another admin confirms, after the reset, that the account is held by its own
-- person. The owner's change of the one-time password does not lift it: the change forced at the next sign-in is made
-- by whoever signs in first with that password, the resetting admin included, and the database cannot tell them apart.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "passwordResetAt" TIMESTAMPTZ(3),
ADD COLUMN     "passwordResetById" UUID;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_passwordResetById_fkey" FOREIGN KEY ("passwordResetById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Who reset a password is set with its time, by an active admin other than the account, and never taken back: a later
-- reset replaces it (that admin's one-time password replaced the earlier one, and every session ended).
CREATE FUNCTION "user_password_reset_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."passwordResetById" IS NULL AND OLD."passwordResetById" IS NOT NULL THEN
    RAISE EXCEPTION 'an account''s password reset cannot be taken back' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."passwordResetById" IS DISTINCT FROM OLD."passwordResetById" OR NEW."passwordResetAt" IS DISTINCT FROM OLD."passwordResetAt" THEN
    IF NEW."passwordResetAt" IS NULL OR NEW."passwordResetAt" < OLD."passwordResetAt" THEN
      RAISE EXCEPTION 'a password reset needs its time, later than the last one' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW."passwordResetById" = NEW."id" THEN
      RAISE EXCEPTION 'an admin changes their own password, not resets it' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = NEW."passwordResetById" AND "role" = 'ADMIN'::"Role" AND "isActive") THEN
      RAISE EXCEPTION 'only an active admin resets a password' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "User_password_reset_fixed" BEFORE UPDATE OF "passwordResetById", "passwordResetAt" ON "User" FOR EACH ROW EXECUTE FUNCTION "user_password_reset_fixed"();

-- A confirmation stands while its admin is an active admin and it was given after the account's last password reset:
-- one given before vouched for a password the account no longer has.
CREATE OR REPLACE FUNCTION "account_standing_confirmer"(account UUID) RETURNS UUID LANGUAGE sql STABLE AS $$
  SELECT u."heldConfirmedById" FROM "User" u JOIN "User" confirmer ON confirmer."id" = u."heldConfirmedById"
  WHERE u."id" = account AND confirmer."role" = 'ADMIN'::"Role" AND confirmer."isActive"
    AND (u."passwordResetAt" IS NULL OR u."heldConfirmedAt" >= u."passwordResetAt")
$$;

-- The admin who reset `account`'s password, while no confirmation given since stands; else NULL.
CREATE FUNCTION "account_password_resetter"(account UUID) RETURNS UUID LANGUAGE sql STABLE AS $$
  SELECT u."passwordResetById" FROM "User" u
  WHERE u."id" = account AND u."passwordResetById" IS NOT NULL AND "account_standing_confirmer"(account) IS NULL
$$;

-- An account and every account up its chain of creators and of admins who reset a password on it: each of those knew,
-- or could have set, its password.
CREATE OR REPLACE FUNCTION "account_controllers"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain(id, depth) AS (
    SELECT account, 0
    UNION
    SELECT parent.id, chain.depth + 1 FROM chain JOIN "User" u ON u."id" = chain.id
    CROSS JOIN LATERAL (VALUES (u."createdById"), ("account_password_resetter"(u."id"))) AS parent(id)
    WHERE parent.id IS NOT NULL AND chain.depth < 100
  )
  SELECT DISTINCT id FROM chain
$$;

-- An account and every account down its chain of creation and of password resets: each of those it could have signed
-- in as.
CREATE OR REPLACE FUNCTION "accounts_created_under"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE down(id, depth) AS (
    SELECT account, 0
    UNION
    SELECT u."id", down.depth + 1 FROM "User" u JOIN down
      ON u."createdById" = down.id OR (u."passwordResetById" = down.id AND "account_password_resetter"(u."id") = down.id)
    WHERE down.depth < 100
  )
  SELECT DISTINCT id FROM down
$$;

-- A confirmation given again (after a reset made the last one lapse) is checked as a first one is, even when its
-- admin is the one who gave the last: that admin may since have reset the password.
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
  END IF;
  RETURN NEW;
END $$;
