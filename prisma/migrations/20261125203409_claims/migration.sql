-- CreateEnum
CREATE TYPE "ClaimantKind" AS ENUM ('PERSON', 'STATE_BODY', 'OUTLET', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('ARMS_TRANSFER', 'DENIAL', 'TREATY_TERM', 'MEETING_OR_VISIT', 'MILITARY_COOPERATION', 'SANCTIONS', 'TECHNOLOGY_TRANSFER', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimState" AS ENUM ('DRAFT', 'RESEARCHING', 'PROPOSED', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('ANCHORED', 'ORPHANED');

-- CreateEnum
CREATE TYPE "EvidenceStance" AS ENUM ('SUPPORTS', 'REFUTES', 'CONTEXT');

-- CreateEnum
CREATE TYPE "ClaimLinkType" AS ENUM ('DENIES', 'CONTRADICTS', 'CORROBORATES', 'REPEATS', 'DUPLICATE_OF');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "bodyVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "SourceVersion" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "bodyVersion" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "blocks" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claimant" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ClaimantKind" NOT NULL DEFAULT 'PERSON',
    "description" TEXT,
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Claimant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimantAlias" (
    "id" UUID NOT NULL,
    "claimantId" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "aliasFolded" TEXT NOT NULL,

    CONSTRAINT "ClaimantAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "textFolded" TEXT NOT NULL,
    "gloss" TEXT,
    "claimantId" UUID,
    "madeAt" TEXT,
    "madeAtPrecision" TEXT,
    "kind" "ClaimKind" NOT NULL DEFAULT 'OTHER',
    "tags" TEXT[],
    "state" "ClaimState" NOT NULL DEFAULT 'DRAFT',
    "mergedIntoId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appearance" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "status" "AnchorStatus" NOT NULL DEFAULT 'ANCHORED',
    "bodyVersion" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Appearance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "stance" "EvidenceStance" NOT NULL,
    "note" TEXT,
    "sourceId" UUID,
    "exact" TEXT,
    "prefix" TEXT,
    "suffix" TEXT,
    "start" INTEGER,
    "end" INTEGER,
    "status" "AnchorStatus",
    "bodyVersion" INTEGER,
    "url" TEXT,
    "title" TEXT,
    "publisher" TEXT,
    "publishedAt" TEXT,
    "retrievedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" UUID NOT NULL,
    "type" "ClaimLinkType" NOT NULL,
    "fromClaimId" UUID NOT NULL,
    "toClaimId" UUID NOT NULL,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimSlug" (
    "slug" TEXT NOT NULL,
    "claimId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceVersion_sourceId_bodyVersion_key" ON "SourceVersion"("sourceId", "bodyVersion");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimantAlias_aliasFolded_key" ON "ClaimantAlias"("aliasFolded");

-- CreateIndex
CREATE INDEX "ClaimantAlias_aliasFolded_idx" ON "ClaimantAlias" USING GIN ("aliasFolded" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Claim_slug_key" ON "Claim"("slug");

-- CreateIndex
CREATE INDEX "Claim_textFolded_idx" ON "Claim" USING GIN ("textFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_state_updatedAt_idx" ON "Claim"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_claimantId_idx" ON "Claim"("claimantId");

-- CreateIndex
CREATE INDEX "Appearance_sourceId_idx" ON "Appearance"("sourceId");

-- CreateIndex
CREATE INDEX "Appearance_status_idx" ON "Appearance"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Appearance_claimId_sourceId_start_end_key" ON "Appearance"("claimId", "sourceId", "start", "end");

-- CreateIndex
CREATE INDEX "Evidence_claimId_idx" ON "Evidence"("claimId");

-- CreateIndex
CREATE INDEX "Evidence_sourceId_idx" ON "Evidence"("sourceId");

-- CreateIndex
CREATE INDEX "ClaimLink_toClaimId_idx" ON "ClaimLink"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_fromClaimId_toClaimId_type_key" ON "ClaimLink"("fromClaimId", "toClaimId", "type");

-- CreateIndex
CREATE INDEX "ClaimSlug_claimId_idx" ON "ClaimSlug"("claimId");

-- AddForeignKey
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claimant" ADD CONSTRAINT "Claimant_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claimant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimantAlias" ADD CONSTRAINT "ClaimantAlias_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_not_merged_into_itself" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_madeAtPrecision_check" CHECK ("madeAtPrecision" IS NULL OR "madeAtPrecision" IN ('day', 'minute', 'month-day'));
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_text_not_blank" CHECK (length(btrim("text")) > 0);
ALTER TABLE "Claimant" ADD CONSTRAINT "Claimant_not_merged_into_itself" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");
-- Offsets count UTF-16 code units (JavaScript string indices), so length("exact") may differ from end - start.
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_range" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_no_self_link" CHECK ("fromClaimId" <> "toClaimId");
-- Evidence is either an anchored quote in a desk source or an external reference with an address.
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_source_or_reference" CHECK (
  ("sourceId" IS NOT NULL AND "exact" IS NOT NULL AND "start" IS NOT NULL AND "end" IS NOT NULL AND "status" IS NOT NULL)
  OR ("sourceId" IS NULL AND "url" IS NOT NULL)
);
