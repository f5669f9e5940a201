-- A confirmation stands when it was given at or after the account's last password reset (heldConfirmedAt >=
-- passwordResetAt), both stamped by the database's clock and stored to the millisecond. A reset written just after a
-- confirmation, within the same millisecond once rounded (the two take turns on the account's row, and the second
-- reads its clock a round trip or two after the first commits), was stamped with the confirmation's time: the
-- confirmation, given for the password the account had before, still stood, and the resetting admin, who alone knows
-- the new one-time password, was no longer counted up the account's chain. An admin resetting an account over and over
-- while another admin confirms it wins that millisecond sooner or later.
--
-- The order of the stamps is now the order of the writes, whatever the clocks say: a reset written after a
-- confirmation is stamped after it (a millisecond later at least), so the confirmation lapses; a confirmation written
-- after a reset is stamped no earlier than it, so it stands; a reset is stamped no earlier than the last (one that
-- read an earlier clock, or followed a stamp moved a millisecond on, was refused: the admin's reset failed).

CREATE OR REPLACE FUNCTION "user_password_reset_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."passwordResetById" IS NULL AND OLD."passwordResetById" IS NOT NULL THEN
    RAISE EXCEPTION 'an account''s password reset cannot be taken back' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."passwordResetById" IS DISTINCT FROM OLD."passwordResetById" OR NEW."passwordResetAt" IS DISTINCT FROM OLD."passwordResetAt" THEN
    IF NEW."passwordResetAt" IS NULL THEN
      RAISE EXCEPTION 'a password reset needs its time' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW."passwordResetById" = NEW."id" THEN
      RAISE EXCEPTION 'an admin changes their own password, not resets it' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = NEW."passwordResetById" AND "role" = 'ADMIN'::"Role" AND "isActive") THEN
      RAISE EXCEPTION 'only an active admin resets a password' USING ERRCODE = 'check_violation';
    END IF;
    -- No earlier than the last reset, and after the confirmation the account holds (written before this reset, or by
    -- the same statement), which lapses.
    NEW."passwordResetAt" := greatest(NEW."passwordResetAt", OLD."passwordResetAt", NEW."heldConfirmedAt" + interval '1 millisecond');
  END IF;
  RETURN NEW;
END $$;

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
    -- After the last reset, written before this confirmation: it stands.
    IF NEW."heldConfirmedAt" < OLD."passwordResetAt" THEN
      NEW."heldConfirmedAt" := OLD."passwordResetAt";
    END IF;
  END IF;
  RETURN NEW;
END $$;
