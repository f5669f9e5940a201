-- A row's updatedAt (@updatedAt) was filled by the writing instance's clock, as Prisma fills it itself, and the desk
-- orders by it: the claims list, a reader's drafts and assigned claims, the claim picker, the tie-break of similar-claim
-- suggestions, the orphaned quotes. A claim edited on an instance ten minutes behind went below one edited earlier.
-- The database's clock, which every instance shares, stamps it now: on insert the transaction's time (a row's
-- createdAt, when the database fills it, is the same), and on an update that sets it (every update Prisma writes) the
-- time of the update; an update in SQL that leaves it (a search document rewritten) leaves it as before.
CREATE OR REPLACE FUNCTION "stamp_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW."updatedAt" := now();
  ELSIF NEW."updatedAt" IS DISTINCT FROM OLD."updatedAt" THEN
    NEW."updatedAt" := clock_timestamp();
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Claim_updated_at" BEFORE INSERT OR UPDATE ON "Claim" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "Appearance_updated_at" BEFORE INSERT OR UPDATE ON "Appearance" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "Source_updated_at" BEFORE INSERT OR UPDATE ON "Source" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "User_updated_at" BEFORE INSERT OR UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
CREATE TRIGGER "OutletProfile_updated_at" BEFORE INSERT OR UPDATE ON "OutletProfile" FOR EACH ROW EXECUTE FUNCTION "stamp_updated_at"();
