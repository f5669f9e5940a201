-- DropIndex
DROP INDEX "Claim_textFolded_idx";

-- DropIndex
DROP INDEX "Source_fingerprint_idx";

-- CreateIndex
CREATE INDEX "Claim_textFolded_idx" ON "Claim" USING GIST ("textFolded" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_fingerprint_idx" ON "Source" USING GIST ("fingerprint" gist_trgm_ops);
