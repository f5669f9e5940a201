-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "snapshot" JSONB,
ADD COLUMN     "workingCopyHash" TEXT;

-- Proposals made before this migration have no snapshot: they can still be rejected or sent back, and approval
-- refuses them (the trigger below, as lib/workflow/working-copy.ts does first), so the proposer proposes again.
-- No CHECK on the column: a restore re-inserts such rows with constraints on.

-- What was proposed stays what was proposed: a decision changes the status, never the content.
CREATE FUNCTION "proposal_content_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."claimId", NEW."kind", NEW."verdict", NEW."summary", NEW."rationale", NEW."reason", NEW."evidenceIds", NEW."claimVersion",
      NEW."proposedById", NEW."createdAt", NEW."snapshot", NEW."workingCopyHash")
     IS DISTINCT FROM
     (OLD."claimId", OLD."kind", OLD."verdict", OLD."summary", OLD."rationale", OLD."reason", OLD."evidenceIds", OLD."claimVersion",
      OLD."proposedById", OLD."createdAt", OLD."snapshot", OLD."workingCopyHash") THEN
    RAISE EXCEPTION 'a proposal''s content is frozen once made' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Proposal_content_frozen" BEFORE UPDATE ON "Proposal" FOR EACH ROW EXECUTE FUNCTION "proposal_content_frozen"();

-- A revision publishes exactly the snapshot its proposal froze (the one the reviewer saw), with its kind and verdict.
-- (Named to fire after "ClaimRevision_requires_approval": triggers of one event run in name order.)
CREATE FUNCTION "revision_matches_proposal"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Proposal" p
    WHERE p."id" = NEW."proposalId" AND p."snapshot" IS NOT NULL AND p."snapshot" = NEW."snapshot" AND p."kind" = NEW."kind"
      AND (p."snapshot"->>'verdict') IS NOT DISTINCT FROM NEW."verdict"::text
  ) THEN
    RAISE EXCEPTION 'a revision publishes exactly the snapshot its proposal froze' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ClaimRevision_snapshot_is_proposal" BEFORE INSERT ON "ClaimRevision" FOR EACH ROW EXECUTE FUNCTION "revision_matches_proposal"();
