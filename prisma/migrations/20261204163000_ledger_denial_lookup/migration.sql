-- DropIndex
DROP INDEX "ClaimLink_toClaimId_idx";

-- CreateIndex
CREATE INDEX "ClaimLink_toClaimId_type_fromClaimId_idx" ON "ClaimLink"("toClaimId", "type", "fromClaimId");
