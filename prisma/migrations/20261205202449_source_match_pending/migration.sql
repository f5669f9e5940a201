-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "matchPending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Source_matchPending_idx" ON "Source"("matchPending");
