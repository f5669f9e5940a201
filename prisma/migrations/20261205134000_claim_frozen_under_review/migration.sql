-- While a proposal on a claim is open, what its reviewer decides on stays as it is: the claim's wording, claimant,
-- date, kind, tags and attribute values, its quotes' words, its evidence and its links (lib/claims/under-review.ts
-- refuses each such change first, with a line for the editor). These triggers hold the same rule for any writer,
-- one past the data functions included.
--
-- Checked at commit (deferred constraint triggers), so a transaction that closes the proposal before it ends (an
-- approval, a return, a withdrawal) goes through, and the desk's own refusals, which come earlier, keep their words.
-- Only what the reviewer reads counts (each trigger's WHEN): a source edit that moves a quote (its offsets, prefix
-- and suffix, its body version) and the re-anchored provenance of attribute values are let through, as the desk lets
-- them through, and queue nothing; so is anything outside the review (the claim's workflow state, assignee, search
-- document, an author's account removed).
-- The claim's row is locked before the proposals are read: a proposal being opened (it locks the claim FOR UPDATE)
-- is waited for and then seen. The desk's own writers hold that lock already. A restore loads with user triggers off.
--
-- Argument: the row's claim id columns, space-separated (before and after the change are both checked).
CREATE FUNCTION "claim_content_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  id_column text;
  claim uuid;
BEGIN
  FOREACH id_column IN ARRAY string_to_array(TG_ARGV[0], ' ') LOOP
    FOREACH claim IN ARRAY ARRAY[(old_row ->> id_column)::uuid, (new_row ->> id_column)::uuid] LOOP
      CONTINUE WHEN claim IS NULL;
      PERFORM 1 FROM "Claim" WHERE "id" = claim FOR SHARE;
      IF EXISTS (SELECT 1 FROM "Proposal" WHERE "openClaimId" = claim) THEN
        RAISE EXCEPTION 'claim % is under review: its reviewed content (%) cannot change until the proposal is decided or withdrawn', claim, TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END IF;
    END LOOP;
  END LOOP;
  RETURN NULL;
END $$;

-- Where each attribute value was read from ("provenance") moves with its quote: not part of the comparison.
CREATE CONSTRAINT TRIGGER "Claim_frozen_under_review" AFTER UPDATE ON "Claim" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."text", OLD."gloss", OLD."claimantId", OLD."madeAt", OLD."madeAtPrecision", OLD."kind", OLD."tags", OLD."attributes" - 'provenance', OLD."mergedIntoId")
        IS DISTINCT FROM (NEW."text", NEW."gloss", NEW."claimantId", NEW."madeAt", NEW."madeAtPrecision", NEW."kind", NEW."tags", NEW."attributes" - 'provenance', NEW."mergedIntoId"))
  EXECUTE FUNCTION "claim_content_frozen"('id');

CREATE CONSTRAINT TRIGGER "Appearance_frozen_under_review" AFTER INSERT OR DELETE ON "Appearance" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "claim_content_frozen"('claimId');
CREATE CONSTRAINT TRIGGER "Appearance_frozen_under_review_update" AFTER UPDATE ON "Appearance" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."claimId", OLD."sourceId", OLD."exact", OLD."status") IS DISTINCT FROM (NEW."claimId", NEW."sourceId", NEW."exact", NEW."status"))
  EXECUTE FUNCTION "claim_content_frozen"('claimId');

CREATE CONSTRAINT TRIGGER "Evidence_frozen_under_review" AFTER INSERT OR DELETE ON "Evidence" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "claim_content_frozen"('claimId');
CREATE CONSTRAINT TRIGGER "Evidence_frozen_under_review_update" AFTER UPDATE ON "Evidence" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."claimId", OLD."stance", OLD."note", OLD."sourceId", OLD."exact", OLD."status", OLD."url", OLD."title", OLD."publisher", OLD."publishedAt")
        IS DISTINCT FROM (NEW."claimId", NEW."stance", NEW."note", NEW."sourceId", NEW."exact", NEW."status", NEW."url", NEW."title", NEW."publisher", NEW."publishedAt"))
  EXECUTE FUNCTION "claim_content_frozen"('claimId');

CREATE CONSTRAINT TRIGGER "ClaimLink_frozen_under_review" AFTER INSERT OR DELETE ON "ClaimLink" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "claim_content_frozen"('fromClaimId toClaimId');
CREATE CONSTRAINT TRIGGER "ClaimLink_frozen_under_review_update" AFTER UPDATE ON "ClaimLink" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."type", OLD."fromClaimId", OLD."toClaimId", OLD."note") IS DISTINCT FROM (NEW."type", NEW."fromClaimId", NEW."toClaimId", NEW."note"))
  EXECUTE FUNCTION "claim_content_frozen"('fromClaimId toClaimId');
