-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assignedToId" UUID;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "assignedReviewerId" UUID;

-- CreateIndex
CREATE INDEX "Claim_assignedToId_idx" ON "Claim"("assignedToId");

-- CreateIndex
CREATE INDEX "Proposal_assignedReviewerId_status_idx" ON "Proposal"("assignedReviewerId", "status");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_assignedReviewerId_fkey" FOREIGN KEY ("assignedReviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A proposal's author never reviews it, so they are never the reviewer it is assigned to.
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_assignedReviewer_not_author" CHECK ("assignedReviewerId" IS NULL OR "assignedReviewerId" <> "proposedById");
