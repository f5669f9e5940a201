-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('CONFIRMED', 'MOSTLY_CONFIRMED', 'MIXED', 'MISLEADING', 'FALSE', 'UNVERIFIABLE', 'NOT_A_CLAIM');

-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('VERDICT', 'CORRECTION', 'WITHDRAWAL');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('OPEN', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVE', 'REJECT', 'REQUEST_CHANGES');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REVIEW_REQUESTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publishedAt" TIMESTAMPTZ(3),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "verdict" "Verdict";

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'OPEN',
    "openClaimId" UUID,
    "verdict" "Verdict",
    "summary" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "reason" TEXT,
    "evidenceIds" UUID[],
    "claimVersion" INTEGER NOT NULL,
    "proposedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimRevision" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "proposalId" UUID NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "verdict" "Verdict",
    "snapshot" JSONB NOT NULL,
    "proposedById" UUID NOT NULL,
    "approvedById" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "oldVerdict" "Verdict",
    "newVerdict" "Verdict",
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "claimId" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_openClaimId_key" ON "Proposal"("openClaimId");

-- CreateIndex
CREATE INDEX "Proposal_claimId_createdAt_idx" ON "Proposal"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_proposedById_status_idx" ON "Proposal"("proposedById", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Review_proposalId_key" ON "Review"("proposalId");

-- CreateIndex
CREATE INDEX "Review_reviewerId_createdAt_idx" ON "Review"("reviewerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRevision_proposalId_key" ON "ClaimRevision"("proposalId");

-- CreateIndex
CREATE INDEX "ClaimRevision_publishedAt_idx" ON "ClaimRevision"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRevision_claimId_number_key" ON "ClaimRevision"("claimId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Correction_revisionId_key" ON "Correction"("revisionId");

-- CreateIndex
CREATE INDEX "Correction_createdAt_idx" ON "Correction"("createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRevision" ADD CONSTRAINT "ClaimRevision_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRevision" ADD CONSTRAINT "ClaimRevision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRevision" ADD CONSTRAINT "ClaimRevision_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRevision" ADD CONSTRAINT "ClaimRevision_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ClaimRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the workflow rules the database can hold on its own, even against direct SQL.
-- One open proposal per claim: openClaimId mirrors claimId exactly while the proposal is open (unique above).
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_open_claim" CHECK (
  ("status" = 'OPEN') = ("openClaimId" IS NOT NULL) AND ("openClaimId" IS NULL OR "openClaimId" = "claimId")
);
-- A verdict or correction names a verdict; a withdrawal does not. Corrections and withdrawals give a reason.
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_verdict_by_kind" CHECK (("kind" = 'WITHDRAWAL') = ("verdict" IS NULL));
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_reason_by_kind" CHECK ("kind" = 'VERDICT' OR length(btrim(coalesce("reason", ''))) > 0);
-- A rated verdict relies on at least one piece of evidence.
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_evidence_for_rating" CHECK (
  "kind" = 'WITHDRAWAL' OR "verdict" IN ('UNVERIFIABLE', 'NOT_A_CLAIM') OR cardinality(coalesce("evidenceIds", '{}')) >= 1
);
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_decided_when_closed" CHECK (("status" = 'OPEN') = ("decidedAt" IS NULL));
ALTER TABLE "ClaimRevision" ADD CONSTRAINT "ClaimRevision_two_people" CHECK ("approvedById" <> "proposedById");
ALTER TABLE "ClaimRevision" ADD CONSTRAINT "ClaimRevision_number_positive" CHECK ("number" >= 1);

-- The two-person rule: a review must come from someone other than the proposal's author, on an open proposal.
CREATE FUNCTION "review_two_person_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  proposal RECORD;
BEGIN
  SELECT "proposedById", "status" INTO proposal FROM "Proposal" WHERE "id" = NEW."proposalId" FOR UPDATE;
  IF proposal."proposedById" = NEW."reviewerId" THEN
    RAISE EXCEPTION 'two-person rule: the author of a proposal cannot review it' USING ERRCODE = 'check_violation';
  END IF;
  IF proposal."status" <> 'OPEN' THEN
    RAISE EXCEPTION 'this proposal has already been decided' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Review_two_person_rule" BEFORE INSERT ON "Review" FOR EACH ROW EXECUTE FUNCTION "review_two_person_rule"();

-- A revision is published only by an approval: its approver is the reviewer who approved its proposal,
-- and its proposer the proposal's author.
CREATE FUNCTION "revision_requires_approval"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Proposal" p JOIN "Review" r ON r."proposalId" = p."id"
    WHERE p."id" = NEW."proposalId" AND p."claimId" = NEW."claimId" AND r."decision" = 'APPROVE'
      AND r."reviewerId" = NEW."approvedById" AND p."proposedById" = NEW."proposedById" AND r."reviewerId" <> p."proposedById"
  ) THEN
    RAISE EXCEPTION 'a revision needs an approval by someone other than the proposer' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ClaimRevision_requires_approval" BEFORE INSERT ON "ClaimRevision" FOR EACH ROW EXECUTE FUNCTION "revision_requires_approval"();

-- Published records never change: reviews, revisions and corrections are append-only.
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "Review_append_only" BEFORE UPDATE OR DELETE ON "Review" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "Review_no_truncate" BEFORE TRUNCATE ON "Review" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "ClaimRevision_append_only" BEFORE UPDATE OR DELETE ON "ClaimRevision" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "ClaimRevision_no_truncate" BEFORE TRUNCATE ON "ClaimRevision" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "Correction_append_only" BEFORE UPDATE OR DELETE ON "Correction" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "Correction_no_truncate" BEFORE TRUNCATE ON "Correction" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();

-- A claim moves only along the workflow's edges, and its published verdict and revision number change only
-- to match a revision that an approval wrote (lib/workflow/state-machine.ts holds the same edges).
CREATE FUNCTION "claim_workflow_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rev RECORD;
BEGIN
  IF NEW."state" <> OLD."state" AND (OLD."state", NEW."state") NOT IN (
    ('DRAFT'::"ClaimState", 'RESEARCHING'::"ClaimState"),
    ('RESEARCHING', 'PROPOSED'),
    ('PROPOSED', 'RESEARCHING'),
    ('PROPOSED', 'PUBLISHED'),
    ('PUBLISHED', 'WITHDRAWN')
  ) THEN
    RAISE EXCEPTION 'illegal workflow move % -> %', OLD."state", NEW."state" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."revision" = OLD."revision" THEN
    -- Without a new revision nothing public changes.
    IF NEW."verdict" IS DISTINCT FROM OLD."verdict" OR (NEW."state" <> OLD."state" AND NEW."state" IN ('PUBLISHED', 'WITHDRAWN')) THEN
      RAISE EXCEPTION 'a claim is published only through an approved revision' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  SELECT "kind", "verdict" INTO rev FROM "ClaimRevision" WHERE "claimId" = NEW."id" AND "number" = NEW."revision";
  IF NOT FOUND OR NEW."revision" <> OLD."revision" + 1 OR rev."verdict" IS DISTINCT FROM NEW."verdict"
     OR NEW."state" <> (CASE WHEN rev."kind" = 'WITHDRAWAL' THEN 'WITHDRAWN' ELSE 'PUBLISHED' END)::"ClaimState" THEN
    RAISE EXCEPTION 'a claim is published only through an approved revision' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Claim_workflow_guard" BEFORE UPDATE ON "Claim" FOR EACH ROW EXECUTE FUNCTION "claim_workflow_guard"();
-- Nothing is inserted as published: publication is an update guarded above.
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_published_has_revision" CHECK ("state" NOT IN ('PUBLISHED', 'WITHDRAWN') OR "revision" >= 1);
