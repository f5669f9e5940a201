-- While a proposal on a claim is open, what its reviewer decides on stays as it is: the claim's wording, claimant,
-- date, kind, tags and attribute values, its quotes' words, its evidence and its links (lib/claims/under-review.ts
-- refuses each such change first, with a line for the editor). These triggers hold the same rule for any writer,
-- one past the data functions included.
--
-- Checked at commit (deferred constraint triggers), so a transaction that closes the proposal before it ends (an
-- approval, a return, a withdrawal) goes through, and the desk's own refusals, which come earlier, keep their words.
-- Only what the reviewer reads counts: a source edit that moves a quote (its offsets, prefix and suffix, its body
-- version) and the re-anchored provenance of attribute values are let through, as the desk lets them through; so is
-- anything outside the review (the claim's workflow state, assignee, search document, an author's account removed).
-- The claim's row is locked before the proposals are read: a proposal being opened (it locks the claim FOR UPDATE)
-- is waited for and then seen. The desk's own writers hold that lock already. A restore loads with user triggers off.
--
-- Arguments: the row's claim id columns (space-separated), then the columns that are reviewed content.
CREATE FUNCTION "claim_content_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  id_column text;
  claim uuid;
  changed boolean := TG_OP <> 'UPDATE';
BEGIN
  FOR i IN 1 .. TG_NARGS - 1 LOOP
    EXIT WHEN changed;
    IF TG_ARGV[i] = 'attributes' THEN
      -- where each value was read from moves with its quote
      changed := ((old_row -> 'attributes') - 'provenance') IS DISTINCT FROM ((new_row -> 'attributes') - 'provenance');
    ELSE
      changed := (old_row -> TG_ARGV[i]) IS DISTINCT FROM (new_row -> TG_ARGV[i]);
    END IF;
  END LOOP;
  IF NOT changed THEN
    RETURN NULL;
  END IF;
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

CREATE CONSTRAINT TRIGGER "Claim_frozen_under_review" AFTER UPDATE ON "Claim" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "claim_content_frozen"('id', 'text', 'gloss', 'claimantId', 'madeAt', 'madeAtPrecision', 'kind', 'tags', 'attributes', 'mergedIntoId');
CREATE CONSTRAINT TRIGGER "Appearance_frozen_under_review" AFTER INSERT OR UPDATE OR DELETE ON "Appearance" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "claim_content_frozen"('claimId', 'claimId', 'sourceId', 'exact', 'status');
CREATE CONSTRAINT TRIGGER "Evidence_frozen_under_review" AFTER INSERT OR UPDATE OR DELETE ON "Evidence" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "claim_content_frozen"('claimId', 'claimId', 'stance', 'note', 'sourceId', 'exact', 'status', 'url', 'title', 'publisher', 'publishedAt');
CREATE CONSTRAINT TRIGGER "ClaimLink_frozen_under_review" AFTER INSERT OR UPDATE OR DELETE ON "ClaimLink" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "claim_content_frozen"('fromClaimId toClaimId', 'type', 'fromClaimId', 'toClaimId', 'note');
